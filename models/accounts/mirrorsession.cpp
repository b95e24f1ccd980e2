#include "accounts/mirrorsession.h"

#include "core/tr.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Pd {

namespace {
std::atomic<qint64> lastSession{0};
} // namespace

MirrorSession::MirrorSession(Database &database, QString accountId, QString profile)
    : m_database(database)
    , m_accountId(std::move(accountId))
    , m_profile(std::move(profile))
    , m_session(++lastSession)
{}

Result<std::unique_ptr<MirrorSession>> MirrorSession::begin(Database &database, const QString &accountId)
{
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral("SELECT profile FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Account %1 does not exist in this workspace.").arg(accountId));
    const QString profile = q.value(0).toString();
    if (profile.isEmpty())
        return Error::conflict(
            Tr::tr("Account %1 is not connected to a profile: only a connected account can be synced.").arg(accountId));
    // Temporary: gone with the connection; WITHOUT ROWID: a key is looked up by its whole value.
    QSqlQuery create(database.db());
    if (!create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS mirror_seen (session INTEGER NOT NULL,"
                                    " kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (session, kind, key))"
                                    " WITHOUT ROWID")))
        return sqlError(create);
    return std::unique_ptr<MirrorSession>(new MirrorSession(database, accountId, profile));
}

MirrorSession::~MirrorSession()
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM temp.mirror_seen WHERE session = ?"));
    q.addBindValue(m_session);
    q.exec();
}

QString MirrorSession::markSeenSql()
{
    return QStringLiteral("INSERT OR IGNORE INTO temp.mirror_seen (session, kind, key) VALUES (?, ?, ?)");
}

QString MirrorSession::seenKeysSql()
{
    return QStringLiteral("(SELECT key FROM temp.mirror_seen WHERE session = ? AND kind = ?)");
}

Status MirrorSession::markSeen(const QString &kind, const QString &key)
{
    QSqlQuery q(m_database.db());
    q.prepare(markSeenSql());
    q.addBindValue(m_session);
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<int> MirrorSession::deleteUnseen(const QString &kind, const QString &deleteSql, const QVariantList &values)
{
    int deleted = 0;
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.db());
        q.prepare(deleteSql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(m_session);
        q.addBindValue(kind);
        if (!q.exec())
            return sqlError(q);
        deleted = q.numRowsAffected();
        // The listing is done: what it saw is not needed any more.
        QSqlQuery forget(m_database.db());
        forget.prepare(QStringLiteral("DELETE FROM temp.mirror_seen WHERE session = ? AND kind = ?"));
        forget.addBindValue(m_session);
        forget.addBindValue(kind);
        if (!forget.exec())
            return sqlError(forget);
        return {};
    });
    if (!status)
        return status.error();
    return deleted;
}

} // namespace Pd

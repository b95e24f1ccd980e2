#include "store/auditlog.h"

#include "core/clock.h"
#include "core/session.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

Q_LOGGING_CATEGORY(lcAudit, "pd.audit")

namespace {

AuditEntry entryOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toString()};
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

Status AuditStore::append(const AuditEntry &e)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, identity, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at);
    q.addBindValue(e.actor);
    q.addBindValue(nullableText(e.identity));
    q.addBindValue(e.action);
    q.addBindValue(nullableText(e.target));
    q.addBindValue(e.outcome);
    q.addBindValue(nullableText(e.detail));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<AuditEntry>> AuditStore::latest(int limit) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT id, at, actor, identity, action, target, outcome, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<AuditEntry> result;
    while (q.next())
        result.append(entryOf(q));
    return result;
}

Result<QList<AuditEntry>> AuditStore::find(const AuditFilter &filter, const std::optional<AuditPosition> &after,
                                           int limit) const
{
    QStringList where;
    QVariantList values;
    if (!filter.target.isEmpty()) {
        if (filter.target.startsWith(QLatin1String("arn:"))) {
            // A range rather than LIKE so the target index serves it: '0' follows '/' in ASCII.
            where << QStringLiteral("(target = ? OR (target > ? AND target < ?))");
            values << filter.target << filter.target + QLatin1Char('/') << filter.target + QLatin1Char('0');
        } else {
            where << QStringLiteral("(target = ? OR target LIKE ? ESCAPE '\\')");
            values << filter.target << QStringLiteral("%/") + likeEscaped(filter.target);
        }
    }
    if (!filter.identity.isEmpty()) {
        where << QStringLiteral("identity = ?");
        values << filter.identity;
    }
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (const QString &action : filter.actions) {
            marks << QStringLiteral("?");
            values << action;
        }
        where << QStringLiteral("action IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    if (filter.since) {
        where << QStringLiteral("at >= ?");
        values << *filter.since;
    }
    if (filter.until) {
        where << QStringLiteral("at <= ?");
        values << *filter.until;
    }
    if (filter.succeeded) {
        where << (*filter.succeeded ? QStringLiteral("outcome = 'ok'") : QStringLiteral("outcome <> 'ok'"));
    }
    if (after) {
        where << QStringLiteral("(at < ? OR (at = ? AND id < ?))");
        values << after->at << after->at << after->id;
    }
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id, at, actor, identity, action, target, outcome, detail FROM audit_log%1"
                             " ORDER BY at DESC, id DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<AuditEntry> result;
    while (q.next())
        result.append(entryOf(q));
    return result;
}

Result<QStringList> AuditStore::actions() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        return sqlError(q);
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

Result<qint64> AuditStore::lastId() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

void AuditLog::record(const QString &identity, const QString &action, const QString &target, const Status &outcome,
                        const QString &detail, const QString &actor)
{
    AuditEntry entry;
    entry.at = m_clock.nowMs();
    entry.actor = actor.isEmpty() ? Session::userName() : actor;
    entry.identity = identity;
    entry.action = action;
    entry.target = target;
    entry.outcome = outcome ? QStringLiteral("ok") : outcome.error().message;
    entry.detail = detail;
    // Outside a change it records an outcome that changed nothing (a refusal): a Record, so that
    // a program can still tell that its command wrote nothing else.
    const Status written =
        m_database.transaction([&] { return AuditStore(m_database).append(entry); }, Database::Kind::Record);
    if (!written)
        qCWarning(lcAudit) << "audit log not written:" << action << target << written.error().message;
}

} // namespace Pd

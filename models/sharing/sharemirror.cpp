#include "sharing/sharemirror.h"

#include "accounts/mirrorsession.h"
#include "core/clock.h"
#include "core/tr.h"
#include "pipelines/pipelinemirror.h"
#include "sharing/accessservice.h"
#include "sharing/share.h"
#include "sharing/sharestore.h"
#include "sharing/sharingservice.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Pd {

namespace {

const QLatin1String shareKind("share");
const QLatin1String invitationKind("invitation");

QString resourcesKind(const QString &shareArn)
{
    return QStringLiteral("resource ") + shareArn;
}

QString principalsKind(const QString &shareArn)
{
    return QStringLiteral("principal ") + shareArn;
}

Error badMember(const QString &member, const QString &reason)
{
    return Error::invalid(member, QStringLiteral("%1: %2").arg(member, reason));
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

bool isPipelineArn(const QString &arn)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    return p.size() == 6 && p.at(0) == QLatin1String("arn") && p.at(2) == QLatin1String("sagemaker")
           && p.at(5).startsWith(QLatin1String("pipeline/")) && p.at(5).count(QLatin1Char('/')) == 1;
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

ShareMirror::ShareMirror(ServiceContext &context, SharingService &sharing, AccessService &access,
                         std::unique_ptr<MirrorSession> session)
    : m_context(context), m_sharing(sharing), m_access(access), m_session(std::move(session)), m_accountId(m_session->accountId()),
      m_profile(m_session->profile())
{
}

ShareMirror::~ShareMirror() = default;

Result<std::unique_ptr<ShareMirror>> ShareMirror::begin(ServiceContext &context, SharingService &sharing,
                                                        AccessService &access, const QString &accountId)
{
    auto session = MirrorSession::begin(context.database(), accountId);
    if (!session)
        return session.error();
    return std::unique_ptr<ShareMirror>(new ShareMirror(context, sharing, access, std::move(session).value()));
}

Status ShareMirror::write(const std::function<Status()> &body)
{
    // Access is decided from the shares: every change makes the index be built again.
    const Status status = m_context.database().transaction([&]() -> Status {
        if (Status s = body(); !s)
            return s;
        return ShareStore(m_context.database()).bumpGeneration();
    });
    if (status)
        emit m_access.accessChanged();
    return status;
}

Status ShareMirror::checkShare(const QString &shareArn) const
{
    QSqlQuery q(m_context.database().db());
    q.prepare(QStringLiteral("SELECT owner_account_id FROM resource_shares WHERE arn = ?"));
    q.addBindValue(shareArn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).toString() != m_accountId)
        return Error::notFound(Tr::tr("Resource share %1 is not a share of account %2 in this workspace.")
                                   .arg(shareArn, m_accountId));
    return {};
}

Status ShareMirror::applyShares(const QJsonObject &page)
{
    const QJsonArray list = page.value(QLatin1String("resourceShares")).toArray();
    struct Row
    {
        QString arn, name, status;
        bool external = true;
        QMap<QString, QString> tags;
        qint64 createdAt = 0, modifiedAt = 0;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString path = QStringLiteral("resourceShares[%1]").arg(i);
        Row r;
        r.arn = text(o, "resourceShareArn");
        if (text(o, "owningAccountId") != m_accountId || r.arn.section(QLatin1Char(':'), 4, 4) != m_accountId)
            return badMember(path + QStringLiteral(".owningAccountId"),
                             Tr::tr("the resource share %1 is not owned by the synced account %2.").arg(r.arn, m_accountId));
        r.name = text(o, "name");
        r.status = text(o, "status");
        if (r.status.isEmpty())
            r.status = QStringLiteral("ACTIVE");
        r.external = o.value(QLatin1String("allowExternalPrincipals")).toBool(true);
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            r.tags.insert(text(t.toObject(), "key"), text(t.toObject(), "value"));
        r.createdAt = PipelineMirror::timestampMs(o.value(QLatin1String("creationTime")));
        r.modifiedAt = PipelineMirror::timestampMs(o.value(QLatin1String("lastUpdatedTime")));
        rows.append(r);
    }
    const qint64 now = m_context.clock().nowMs();
    Database &database = m_context.database();
    const Status status = write([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO resource_shares (arn, owner_account_id, name, permission, allow_external_principals, status, "
            "tags, created_at, modified_at, origin, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET name = excluded.name, "
            "allow_external_principals = excluded.allow_external_principals, status = excluded.status, "
            "tags = excluded.tags, created_at = excluded.created_at, modified_at = excluded.modified_at, "
            "origin = excluded.origin, read_at = excluded.read_at"));
        for (const Row &r : std::as_const(rows)) {
            int i = 0;
            for (const QVariant &v :
                 {QVariant(r.arn), QVariant(m_accountId), QVariant(r.name),
                  QVariant(permissionName(SharePermission::ReadOnly)), QVariant(r.external ? 1 : 0), QVariant(r.status),
                  QVariant(tagsToJson(r.tags)), QVariant(r.createdAt ? r.createdAt : now),
                  QVariant(r.modifiedAt ? r.modifiedAt : (r.createdAt ? r.createdAt : now)), QVariant(m_profile),
                  QVariant(now)})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(shareKind, r.arn); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    emit m_sharing.sharesChanged(m_accountId);
    return {};
}

Result<int> ShareMirror::finishShares()
{
    // Resources, principals and invitations of a share go with it (foreign keys).
    int deleted = 0;
    const Status status = write([&]() -> Status {
        auto gone = m_session->deleteUnseen(shareKind,
                                            QStringLiteral("DELETE FROM resource_shares WHERE owner_account_id = ? AND "
                                                           "origin IS NOT NULL AND arn NOT IN ")
                                                + MirrorSession::seenKeysSql(),
                                            {m_accountId});
        if (!gone)
            return gone.error();
        deleted = gone.value();
        return {};
    });
    if (!status)
        return status.error();
    if (deleted > 0)
        emit m_sharing.sharesChanged(m_accountId);
    return deleted;
}

Status ShareMirror::applyPermissions(const QString &shareArn, const QJsonObject &page)
{
    if (Status known = checkShare(shareArn); !known)
        return known;
    const QJsonArray list = page.value(QLatin1String("permissions")).toArray();
    std::optional<SharePermission> permission;
    for (const QJsonValue &v : list) {
        SharePermission p;
        if (permissionFromString(text(v.toObject(), "arn"), &p) || permissionFromString(text(v.toObject(), "name"), &p))
            permission = p;
    }
    if (!permission) {
        ++m_skipped; // a customer managed permission: the share keeps the one it had
        return {};
    }
    const Status status = write([&]() -> Status {
        QSqlQuery q(m_context.database().db());
        q.prepare(QStringLiteral("UPDATE resource_shares SET permission = ?, read_at = ? WHERE arn = ?"));
        q.addBindValue(permissionName(*permission));
        q.addBindValue(m_context.clock().nowMs());
        q.addBindValue(shareArn);
        return exec(q);
    });
    if (!status)
        return status;
    emit m_sharing.sharesChanged(m_accountId);
    return {};
}

Status ShareMirror::applyResources(const QString &shareArn, const QJsonObject &page)
{
    if (Status known = checkShare(shareArn); !known)
        return known;
    const QJsonArray list = page.value(QLatin1String("resources")).toArray();
    QStringList arns;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString owner = text(o, "resourceShareArn");
        if (!owner.isEmpty() && owner != shareArn)
            continue; // listed for another share of the same owner
        if (!isPipelineArn(text(o, "arn"))) {
            ++m_skipped;
            continue;
        }
        arns.append(text(o, "arn"));
    }
    const QString kind = resourcesKind(shareArn);
    const Status status = write([&]() -> Status {
        QSqlQuery q(m_context.database().db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO share_resources (share_arn, resource_arn) VALUES (?, ?)"));
        for (const QString &arn : std::as_const(arns)) {
            q.bindValue(0, shareArn);
            q.bindValue(1, arn);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(kind, arn); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    emit m_sharing.sharesChanged(m_accountId);
    return {};
}

Result<int> ShareMirror::finishResources(const QString &shareArn)
{
    if (Status known = checkShare(shareArn); !known)
        return known.error();
    int deleted = 0;
    const Status status = write([&]() -> Status {
        auto gone = m_session->deleteUnseen(resourcesKind(shareArn),
                                            QStringLiteral("DELETE FROM share_resources WHERE share_arn = ? AND "
                                                           "resource_arn NOT IN ")
                                                + MirrorSession::seenKeysSql(),
                                            {shareArn});
        if (!gone)
            return gone.error();
        deleted = gone.value();
        return {};
    });
    if (!status)
        return status.error();
    if (deleted > 0)
        emit m_sharing.sharesChanged(m_accountId);
    return deleted;
}

Status ShareMirror::applyPrincipals(const QString &shareArn, const QJsonObject &page)
{
    if (Status known = checkShare(shareArn); !known)
        return known;
    const QJsonArray list = page.value(QLatin1String("principals")).toArray();
    QStringList principals;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString owner = text(o, "resourceShareArn");
        if (!owner.isEmpty() && owner != shareArn)
            continue;
        if (!text(o, "id").isEmpty())
            principals.append(text(o, "id"));
    }
    const QString kind = principalsKind(shareArn);
    const Status status = write([&]() -> Status {
        ShareStore store(m_context.database());
        for (const QString &principal : std::as_const(principals)) {
            if (Status s = store.setPrincipal(shareArn, principal, QStringLiteral("ASSOCIATED")); !s)
                return s;
            if (Status s = m_session->markSeen(kind, principal); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    emit m_sharing.sharesChanged(m_accountId);
    return {};
}

Result<int> ShareMirror::finishPrincipals(const QString &shareArn)
{
    if (Status known = checkShare(shareArn); !known)
        return known.error();
    int deleted = 0;
    const Status status = write([&]() -> Status {
        auto gone = m_session->deleteUnseen(principalsKind(shareArn),
                                            QStringLiteral("DELETE FROM share_principals WHERE share_arn = ? AND "
                                                           "principal NOT IN ")
                                                + MirrorSession::seenKeysSql(),
                                            {shareArn});
        if (!gone)
            return gone.error();
        deleted = gone.value();
        return {};
    });
    if (!status)
        return status.error();
    if (deleted > 0)
        emit m_sharing.sharesChanged(m_accountId);
    return deleted;
}

Status ShareMirror::applyInvitations(const QJsonObject &page)
{
    const QJsonArray list = page.value(QLatin1String("resourceShareInvitations")).toArray();
    struct Row
    {
        QString arn, shareArn, sender;
        InvitationStatus status = InvitationStatus::Pending;
        qint64 at = 0;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString path = QStringLiteral("resourceShareInvitations[%1]").arg(i);
        if (text(o, "receiverAccountId") != m_accountId)
            continue; // sent by the account, not received
        Row r;
        r.arn = text(o, "resourceShareInvitationArn");
        r.shareArn = text(o, "resourceShareArn");
        r.sender = text(o, "senderAccountId");
        if (r.arn.isEmpty() || r.shareArn.isEmpty())
            return badMember(path, Tr::tr("an invitation needs its ARN and its share's ARN."));
        if (!invitationStatusFromApi(text(o, "status"), &r.status))
            return badMember(path + QStringLiteral(".status"),
                             Tr::tr("“%1” is not an invitation status.").arg(text(o, "status")));
        r.at = PipelineMirror::timestampMs(o.value(QLatin1String("invitationTimestamp")));
        rows.append(r);
    }
    const qint64 now = m_context.clock().nowMs();
    Database &database = m_context.database();
    int skipped = 0;
    const Status status = write([&]() -> Status {
        QSqlQuery share(database.db());
        share.prepare(QStringLiteral("SELECT 1 FROM resource_shares WHERE arn = ?"));
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO share_invitations (arn, share_arn, sender_account_id, receiver_account_id, status, "
            "created_at, expires_at, origin, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET status = excluded.status, origin = excluded.origin, "
            "read_at = excluded.read_at"));
        for (const Row &r : std::as_const(rows)) {
            share.bindValue(0, r.shareArn);
            if (Status s = exec(share); !s)
                return s;
            const bool known = share.next();
            share.finish();
            if (!known) {
                ++skipped; // the share's owner is not in this workspace
                continue;
            }
            const qint64 at = r.at ? r.at : now;
            int i = 0;
            for (const QVariant &v : {QVariant(r.arn), QVariant(r.shareArn), QVariant(r.sender), QVariant(m_accountId),
                                      QVariant(toApiString(r.status)), QVariant(at),
                                      QVariant(at + invitationLifetimeMs), QVariant(m_profile), QVariant(now)})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(invitationKind, r.arn); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    m_skipped += skipped;
    emit m_sharing.invitationsChanged(m_accountId);
    return {};
}

Result<int> ShareMirror::finishInvitations()
{
    int deleted = 0;
    const Status status = write([&]() -> Status {
        auto gone = m_session->deleteUnseen(invitationKind,
                                            QStringLiteral("DELETE FROM share_invitations WHERE receiver_account_id = ? "
                                                           "AND origin IS NOT NULL AND arn NOT IN ")
                                                + MirrorSession::seenKeysSql(),
                                            {m_accountId});
        if (!gone)
            return gone.error();
        deleted = gone.value();
        return {};
    });
    if (!status)
        return status.error();
    if (deleted > 0)
        emit m_sharing.invitationsChanged(m_accountId);
    return deleted;
}

} // namespace Pd

#include "sharing/sharestore.h"

#include "core/tr.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const char shareColumns[] = "arn, owner_account_id, name, permission, allow_external_principals, status, tags, "
                            "client_token, created_at, modified_at";
const char invitationColumns[] = "i.arn, i.share_arn, s.name, i.sender_account_id, i.receiver_account_id, i.status, "
                                 "i.created_at, i.expires_at";
const QString generationKey = QStringLiteral("sharing_generation");

ResourceShare shareFrom(const QSqlQuery &q)
{
    ResourceShare s;
    s.arn = q.value(0).toString();
    s.ownerAccountId = q.value(1).toString();
    s.name = q.value(2).toString();
    permissionFromString(q.value(3).toString(), &s.permission);
    s.allowExternalPrincipals = q.value(4).toBool();
    s.status = q.value(5).toString();
    s.tags = tagsFromJson(q.value(6).toString());
    s.clientToken = q.value(7).toString();
    s.createdAt = q.value(8).toLongLong();
    s.modifiedAt = q.value(9).toLongLong();
    return s;
}

ShareInvitation invitationFrom(const QSqlQuery &q)
{
    ShareInvitation i;
    i.arn = q.value(0).toString();
    i.shareArn = q.value(1).toString();
    i.shareName = q.value(2).toString();
    i.senderAccountId = q.value(3).toString();
    i.receiverAccountId = q.value(4).toString();
    invitationStatusFromApi(q.value(5).toString(), &i.status);
    i.createdAt = q.value(6).toLongLong();
    i.expiresAt = q.value(7).toLongLong();
    return i;
}

Status execute(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

// Fills resources and principals of the given shares with two queries, not two per share.
static Status loadMembers(Database &database, QList<ResourceShare> &shares, const QString &where,
                          const QVariant &bound = QVariant())
{
    QHash<QString, int> byArn;
    for (int i = 0; i < shares.size(); ++i)
        byArn.insert(shares.at(i).arn, i);
    if (shares.isEmpty())
        return {};
    QSqlQuery resources(database.db());
    resources.setForwardOnly(true);
    resources.prepare(QStringLiteral("SELECT r.share_arn, r.resource_arn FROM share_resources r "
                                     "JOIN resource_shares s ON s.arn = r.share_arn %1 ORDER BY r.resource_arn")
                          .arg(where));
    if (bound.isValid())
        resources.addBindValue(bound);
    if (!resources.exec())
        return sqlError(resources);
    while (resources.next()) {
        const auto it = byArn.constFind(resources.value(0).toString());
        if (it != byArn.cend())
            shares[*it].resourceArns.append(resources.value(1).toString());
    }
    QSqlQuery principals(database.db());
    principals.setForwardOnly(true);
    principals.prepare(QStringLiteral("SELECT p.share_arn, p.principal, p.status FROM share_principals p "
                                      "JOIN resource_shares s ON s.arn = p.share_arn %1 ORDER BY p.principal")
                           .arg(where));
    if (bound.isValid())
        principals.addBindValue(bound);
    if (!principals.exec())
        return sqlError(principals);
    while (principals.next()) {
        const auto it = byArn.constFind(principals.value(0).toString());
        if (it != byArn.cend())
            shares[*it].principals.append({principals.value(1).toString(), principals.value(2).toString(), false});
    }
    return {};
}

Result<ResourceShare> ShareStore::share(const QString &arn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM resource_shares WHERE arn = ?").arg(QLatin1String(shareColumns)));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Resource share %1 does not exist.").arg(arn));
    ResourceShare share = shareFrom(q);
    QSqlQuery r(m_database.db());
    r.prepare(QStringLiteral("SELECT resource_arn FROM share_resources WHERE share_arn = ? ORDER BY resource_arn"));
    r.addBindValue(arn);
    if (!r.exec())
        return sqlError(r);
    while (r.next())
        share.resourceArns.append(r.value(0).toString());
    QSqlQuery p(m_database.db());
    p.prepare(QStringLiteral("SELECT principal, status FROM share_principals WHERE share_arn = ? ORDER BY principal"));
    p.addBindValue(arn);
    if (!p.exec())
        return sqlError(p);
    while (p.next())
        share.principals.append({p.value(0).toString(), p.value(1).toString(), false});
    return share;
}

Result<QList<ResourceShare>> ShareStore::shares(const QString &ownerAccountId, bool includeDeleted) const
{
    QSqlQuery q(m_database.db());
    const QString statusFilter = includeDeleted ? QString() : QStringLiteral(" AND status <> 'DELETED'");
    q.prepare(QStringLiteral("SELECT %1 FROM resource_shares WHERE owner_account_id = ?%2 ORDER BY name, arn")
                  .arg(QLatin1String(shareColumns), statusFilter));
    q.addBindValue(ownerAccountId);
    if (!q.exec())
        return sqlError(q);
    QList<ResourceShare> result;
    while (q.next())
        result.append(shareFrom(q));
    if (Status s = loadMembers(m_database, result, QStringLiteral("WHERE s.owner_account_id = ?"), ownerAccountId); !s)
        return s.error();
    return result;
}

Result<QList<ResourceShare>> ShareStore::activeShares() const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT arn, owner_account_id, name, permission FROM resource_shares WHERE status = 'ACTIVE'")))
        return sqlError(q);
    QList<ResourceShare> result;
    while (q.next()) {
        ResourceShare s;
        s.arn = q.value(0).toString();
        s.ownerAccountId = q.value(1).toString();
        s.name = q.value(2).toString();
        permissionFromString(q.value(3).toString(), &s.permission);
        result.append(std::move(s));
    }
    if (Status s = loadMembers(m_database, result, QStringLiteral("WHERE s.status = 'ACTIVE'")); !s)
        return s.error();
    return result;
}

Result<ResourceShare> ShareStore::shareByClientToken(const QString &ownerAccountId, const QString &clientToken) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT arn FROM resource_shares WHERE owner_account_id = ? AND client_token = ?"));
    q.addBindValue(ownerAccountId);
    q.addBindValue(clientToken);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return ResourceShare{};
    return share(q.value(0).toString());
}

Status ShareStore::insert(const ResourceShare &share)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO resource_shares (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(shareColumns)));
    q.addBindValue(share.arn);
    q.addBindValue(share.ownerAccountId);
    q.addBindValue(share.name);
    q.addBindValue(permissionName(share.permission));
    q.addBindValue(share.allowExternalPrincipals ? 1 : 0);
    q.addBindValue(share.status);
    q.addBindValue(tagsToJson(share.tags));
    q.addBindValue(nullableText(share.clientToken));
    q.addBindValue(share.createdAt);
    q.addBindValue(share.modifiedAt);
    if (Status s = execute(q); !s)
        return s;
    for (const QString &resource : share.resourceArns) {
        if (Status s = addResource(share.arn, resource); !s)
            return s;
    }
    for (const SharePrincipal &principal : share.principals) {
        if (Status s = setPrincipal(share.arn, principal.principal, principal.status); !s)
            return s;
    }
    return {};
}

Status ShareStore::updateShare(const ResourceShare &share)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE resource_shares SET name = ?, permission = ?, allow_external_principals = ?, "
                             "status = ?, tags = ?, modified_at = ? WHERE arn = ?"));
    q.addBindValue(share.name);
    q.addBindValue(permissionName(share.permission));
    q.addBindValue(share.allowExternalPrincipals ? 1 : 0);
    q.addBindValue(share.status);
    q.addBindValue(tagsToJson(share.tags));
    q.addBindValue(share.modifiedAt);
    q.addBindValue(share.arn);
    return execute(q);
}

Status ShareStore::addResource(const QString &shareArn, const QString &resourceArn)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO share_resources (share_arn, resource_arn) VALUES (?, ?)"));
    q.addBindValue(shareArn);
    q.addBindValue(resourceArn);
    return execute(q);
}

Status ShareStore::removeResource(const QString &shareArn, const QString &resourceArn)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM share_resources WHERE share_arn = ? AND resource_arn = ?"));
    q.addBindValue(shareArn);
    q.addBindValue(resourceArn);
    return execute(q);
}

Status ShareStore::setPrincipal(const QString &shareArn, const QString &principal, const QString &status)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO share_principals (share_arn, principal, status) VALUES (?, ?, ?) "
                             "ON CONFLICT (share_arn, principal) DO UPDATE SET status = excluded.status"));
    q.addBindValue(shareArn);
    q.addBindValue(principal);
    q.addBindValue(status);
    return execute(q);
}

Status ShareStore::removePrincipal(const QString &shareArn, const QString &principal)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM share_principals WHERE share_arn = ? AND principal = ?"));
    q.addBindValue(shareArn);
    q.addBindValue(principal);
    return execute(q);
}

Result<ShareInvitation> ShareStore::invitation(const QString &arn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM share_invitations i JOIN resource_shares s ON s.arn = i.share_arn "
                             "WHERE i.arn = ?")
                  .arg(QLatin1String(invitationColumns)));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Resource share invitation %1 does not exist.").arg(arn));
    return invitationFrom(q);
}

Result<QList<ShareInvitation>> ShareStore::invitations(const QString &receiverAccountId) const
{
    QSqlQuery q(m_database.db());
    const QString where = receiverAccountId.isEmpty() ? QString() : QStringLiteral("WHERE i.receiver_account_id = ?");
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM share_invitations i JOIN resource_shares s ON s.arn = i.share_arn "
                             "%2 ORDER BY i.created_at DESC, i.rowid DESC")
                  .arg(QLatin1String(invitationColumns), where));
    if (!receiverAccountId.isEmpty())
        q.addBindValue(receiverAccountId);
    if (!q.exec())
        return sqlError(q);
    QList<ShareInvitation> result;
    while (q.next())
        result.append(invitationFrom(q));
    return result;
}

Result<ShareInvitation> ShareStore::latestInvitation(const QString &shareArn, const QString &receiverAccountId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM share_invitations i JOIN resource_shares s ON s.arn = i.share_arn "
                             "WHERE i.share_arn = ? AND i.receiver_account_id = ? "
                             "ORDER BY i.created_at DESC, i.rowid DESC LIMIT 1")
                  .arg(QLatin1String(invitationColumns)));
    q.addBindValue(shareArn);
    q.addBindValue(receiverAccountId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return ShareInvitation{};
    return invitationFrom(q);
}

Status ShareStore::insert(const ShareInvitation &invitation)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO share_invitations (arn, share_arn, sender_account_id, receiver_account_id, "
                             "status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(invitation.arn);
    q.addBindValue(invitation.shareArn);
    q.addBindValue(invitation.senderAccountId);
    q.addBindValue(invitation.receiverAccountId);
    q.addBindValue(toApiString(invitation.status));
    q.addBindValue(invitation.createdAt);
    q.addBindValue(invitation.expiresAt);
    return execute(q);
}

Status ShareStore::setInvitationStatus(const QString &arn, InvitationStatus status)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE share_invitations SET status = ? WHERE arn = ?"));
    q.addBindValue(toApiString(status));
    q.addBindValue(arn);
    return execute(q);
}

Result<QList<ExecutionSummary>> ShareStore::executionSummaries(const QStringList &pipelineArns, int limit,
                                                               const ExecutionSummary *after) const
{
    QList<ExecutionSummary> result;
    if (pipelineArns.isEmpty())
        return result;
    // A temporary table joins faster than thousands of bound IN (...) values and has no limit on
    // their number.
    QSqlQuery setup(m_database.db());
    if (!setup.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS pd_view_pipelines (arn TEXT PRIMARY KEY)"))
        || !setup.exec(QStringLiteral("DELETE FROM pd_view_pipelines")))
        return sqlError(setup);
    {
        QSqlQuery insert(m_database.db());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO pd_view_pipelines (arn) VALUES (?)"));
        insert.addBindValue(pipelineArns);
        if (!insert.execBatch())
            return sqlError(insert);
    }
    // A hundred thousand rows: pipeline and status come back as small integers mapped to shared
    // strings, so only the columns that differ per row are converted to QString.
    QSqlQuery arns(m_database.db());
    arns.setForwardOnly(true);
    if (!arns.exec(QStringLiteral("SELECT rowid, arn FROM pd_view_pipelines")))
        return sqlError(arns);
    QHash<qint64, QString> pipelineByRowid;
    while (arns.next())
        pipelineByRowid.insert(arns.value(0).toLongLong(), arns.value(1).toString());
    static const QString statuses[] = {QStringLiteral("Executing"), QStringLiteral("Stopping"),
                                       QStringLiteral("Stopped"), QStringLiteral("Failed"),
                                       QStringLiteral("Succeeded")};
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    // Pipeline and status travel packed in one integer: each column QtSql converts costs more than
    // the conversion itself. The view needs no last-modified time. Walking the start-time index
    // and probing the pipelines makes a page cost its own rows, not a sort of all of them.
    // "start_time <= ?" keeps the index range usable; within one start time the index holds rows
    // by rowid, which is the tie-break of the cursor.
    const QString page = after ? QStringLiteral("WHERE e.start_time <= ? AND (e.start_time < ? OR e.rowid > ?) ")
                               : QString();
    q.prepare(QStringLiteral("SELECT e.arn, v.rowid * 8 + CASE e.status WHEN 'Executing' THEN 0 "
                             "WHEN 'Stopping' THEN 1 WHEN 'Stopped' THEN 2 WHEN 'Failed' THEN 3 ELSE 4 END, "
                             "e.display_name, e.acting_account_id, e.start_time, e.end_time, e.rowid "
                             "FROM executions e INDEXED BY executions_by_start "
                             "CROSS JOIN pd_view_pipelines v ON v.arn = e.pipeline_arn %1"
                             "ORDER BY e.start_time DESC LIMIT ?")
                  .arg(page));
    if (after) {
        q.addBindValue(after->startTime);
        q.addBindValue(after->startTime);
        q.addBindValue(after->position);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QHash<QString, QString> accounts; // a few distinct acting accounts: share their strings
    while (q.next()) {
        ExecutionSummary e;
        e.arn = q.value(0).toString();
        const qint64 packed = q.value(1).toLongLong();
        e.pipelineArn = pipelineByRowid.value(packed / 8);
        e.status = statuses[qBound(0, int(packed % 8), 4)];
        e.displayName = q.value(2).toString();
        const QString acting = q.value(3).toString();
        auto known = accounts.constFind(acting);
        if (known == accounts.cend())
            known = accounts.insert(acting, acting);
        e.actingAccountId = *known;
        e.startTime = q.value(4).toLongLong();
        e.endTime = q.value(5).toLongLong();
        e.position = q.value(6).toLongLong();
        result.append(std::move(e));
    }
    return result;
}

qint64 ShareStore::generation() const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(generationKey);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status ShareStore::bumpGeneration()
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                             "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
    q.addBindValue(generationKey);
    return execute(q);
}

Status ShareStore::removeDeletedShares(const QString &ownerAccountId)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM resource_shares WHERE owner_account_id = ? AND status = 'DELETED'"));
    q.addBindValue(ownerAccountId);
    return execute(q);
}

} // namespace Pd

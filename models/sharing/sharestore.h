#pragma once

#include "core/result.h"
#include "sharing/share.h"

namespace Pd {

class Database;

// SQL for resource shares, their resources and principals, and invitations. Writes must run
// inside Database::transaction(); reads may run anywhere. Knows nothing of permissions: the
// sharing service decides, this only stores.
class ShareStore
{
public:
    explicit ShareStore(Database &database) : m_database(database) {}

    // One share with its resources and principals; NotFound when absent.
    Result<ResourceShare> share(const QString &arn) const;
    // Shares owned by an account, by name; DELETED ones only when asked.
    Result<QList<ResourceShare>> shares(const QString &ownerAccountId, bool includeDeleted) const;
    // Every ACTIVE share with resources and principals (tags left out): what the access index is built from.
    Result<QList<ResourceShare>> activeShares() const;
    // The share an owner created with this client token, or an empty arn when there is none.
    Result<ResourceShare> shareByClientToken(const QString &ownerAccountId, const QString &clientToken) const;

    Status insert(const ResourceShare &share); // with its resources and principals
    Status updateShare(const ResourceShare &share); // name, permission, external flag, status, tags, modified
    Status addResource(const QString &shareArn, const QString &resourceArn);
    Status removeResource(const QString &shareArn, const QString &resourceArn);
    Status setPrincipal(const QString &shareArn, const QString &principal, const QString &status);
    Status removePrincipal(const QString &shareArn, const QString &principal);

    Result<ShareInvitation> invitation(const QString &arn) const; // NotFound when absent
    // Invitations received by an account (empty: all), newest first, with the share's name.
    Result<QList<ShareInvitation>> invitations(const QString &receiverAccountId) const;
    // The newest invitation of (share, receiver), or an empty arn.
    Result<ShareInvitation> latestInvitation(const QString &shareArn, const QString &receiverAccountId) const;
    Status insert(const ShareInvitation &invitation);
    Status setInvitationStatus(const QString &arn, InvitationStatus status);

    // Executions of the given pipelines without steps or parameters, newest first; for the
    // cross-account view, which may show a hundred thousand of them. With a limit, at most that
    // many; with `after`, only those that come after it in this order (the next page).
    Result<QList<ExecutionSummary>> executionSummaries(const QStringList &pipelineArns, int limit = -1,
                                                       const ExecutionSummary *after = nullptr) const;

    // A counter bumped by every share write, so another process can tell that its cached
    // access decisions are stale.
    qint64 generation() const;
    Status bumpGeneration();

    // Removes the shares of ownerAccountId that are DELETED (with their resources, principals and
    // invitations), so that the account itself can be deleted.
    Status removeDeletedShares(const QString &ownerAccountId);

private:
    Database &m_database;
};

} // namespace Pd

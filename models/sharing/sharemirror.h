#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace Pd {

class AccessService;
class MirrorSession;
class ServiceContext;
class SharingService;

// The workspace side of a sync of a connected account's AWS RAM resource shares (the ones it owns),
// their pipelines and principals, and the invitations it received, as PipelineMirror is for
// SageMaker: RAM's answers (its members are camelCase) written into resource_shares,
// share_resources, share_principals and share_invitations with origin = the profile and read_at =
// now, one transaction an answer; every write bumps the sharing generation and emits
// AccessService::accessChanged, so access decisions are made again (here and in other programs),
// and is announced with sharesChanged / invitationsChanged. A finished listing
// deletes the account's mirrored rows the cloud no longer has, never local ones.
//
// What the tables cannot hold is skipped and counted (skipped()): resources that are not SageMaker
// pipelines, and invitations to shares this workspace does not have (an invitation row needs its
// share, which belongs to an account that may not be here).
class ShareMirror
{
public:
    // access: told (accessChanged) after every write, so cached decisions go at once.
    static Result<std::unique_ptr<ShareMirror>> begin(ServiceContext &context, SharingService &sharing,
                                                      AccessService &access, const QString &accountId);
    ~ShareMirror();
    ShareMirror(const ShareMirror &) = delete;
    ShareMirror &operator=(const ShareMirror &) = delete;

    // GetResourceShares (resourceOwner SELF): {"resourceShares": [{resourceShareArn, name,
    // owningAccountId, allowExternalPrincipals, status, tags: [{key, value}], creationTime,
    // lastUpdatedTime}]}. A new share's permission is the read-only one until
    // applyPermissions() says otherwise.
    Status applyShares(const QJsonObject &page);
    Result<int> finishShares();
    // ListResourceSharePermissions: {"permissions": [{arn, name, ...}]}.
    Status applyPermissions(const QString &shareArn, const QJsonObject &page);
    // ListResources (resourceOwner SELF, one share): {"resources": [{arn, type, resourceShareArn, status}]}.
    Status applyResources(const QString &shareArn, const QJsonObject &page);
    Result<int> finishResources(const QString &shareArn);
    // ListPrincipals (resourceOwner SELF, one share): {"principals": [{id, resourceShareArn, external}]}.
    Status applyPrincipals(const QString &shareArn, const QJsonObject &page);
    Result<int> finishPrincipals(const QString &shareArn);
    // GetResourceShareInvitations: {"resourceShareInvitations": [{resourceShareInvitationArn,
    // resourceShareName, resourceShareArn, senderAccountId, receiverAccountId, invitationTimestamp,
    // status}]}; only those the account received.
    Status applyInvitations(const QJsonObject &page);
    Result<int> finishInvitations();

    int skipped() const { return m_skipped; }

private:
    ShareMirror(ServiceContext &context, SharingService &sharing, AccessService &access,
                std::unique_ptr<MirrorSession> session);
    Status checkShare(const QString &shareArn) const;
    Status write(const std::function<Status()> &body);

    ServiceContext &m_context;
    SharingService &m_sharing;
    AccessService &m_access;
    std::unique_ptr<MirrorSession> m_session;
    QString m_accountId;
    QString m_profile;
    int m_skipped = 0;
};

} // namespace Pd

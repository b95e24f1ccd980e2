// CloudActions on RAM resource shares and invitations: cloud first for a connected account, the local SharingService
// otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "connected/cloudsync.h"
#include "sharing/ramapi.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

namespace Pd {

using namespace CloudActionsDetail;

CloudJob *CloudActions::answerInvitation(const QString &identity, const QString &invitationArn, bool accept)
{
    if (profileOf(identity).isEmpty()) {
        SharingService &sharing = m_connections.workspace().sharing();
        auto answered = accept ? sharing.accept(identity, invitationArn) : sharing.reject(identity, invitationArn);
        return answered ? finished(Status(), invitationArn) : finished(answered.error());
    }
    auto *job = new CloudJob(this);
    callFor(job, identity, accept ? RamApi::acceptResourceShareInvitation() : RamApi::rejectResourceShareInvitation(),
            {{QStringLiteral("resourceShareInvitationArn"), invitationArn}},
            [this, job, identity, invitationArn](const QJsonObject &) {
                refresh(job, identity, SyncScope::Shares, invitationArn);
            });
    return job;
}

} // namespace Pd

// SharingService's invitation calls: list, accept, reject. In a file of their own so that the
// receiving account's side reads apart from the owner's operations in sharingservice.cpp.
#include "sharing/sharingservice.h"

#include "accounts/connectedaccounts.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "sharing/sharestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

namespace Pd {

namespace {

// The statuses of a share's principal (SharePrincipal::status), as sharingservice.cpp spells them.
const QString associated = QStringLiteral("ASSOCIATED");
const QString associating = QStringLiteral("ASSOCIATING");
const QString failed = QStringLiteral("FAILED");

} // namespace

Result<QList<ShareInvitation>> SharingService::invitations(const QString &identity) const
{
    auto all = ShareStore(m_context.database()).invitations(identity);
    if (!all)
        return all;
    const qint64 now = m_context.clock().nowMs();
    QList<ShareInvitation> result = all.value();
    for (ShareInvitation &i : result)
        i.status = i.effectiveStatus(now);
    return result;
}

Result<ShareInvitation> SharingService::accept(const QString &identity, const QString &invitationArn)
{
    return answer(identity, invitationArn, true);
}

Result<ShareInvitation> SharingService::reject(const QString &identity, const QString &invitationArn)
{
    return answer(identity, invitationArn, false);
}

Result<ShareInvitation> SharingService::answer(const QString &identity, const QString &invitationArn, bool accept)
{
    const QString action = accept ? QStringLiteral("AcceptResourceShareInvitation")
                                  : QStringLiteral("RejectResourceShareInvitation");
    auto fail = [&](const Error &error) -> Result<ShareInvitation> {
        record(identity, action, invitationArn, error);
        return error;
    };
    if (Status local = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Invitation,
                                                           invitationArn);
        !local)
        return fail(local.error());
    ShareStore store(m_context.database());
    auto invitation = store.invitation(invitationArn);
    if (!invitation)
        return fail(invitation.error());
    if (invitation->receiverAccountId != identity)
        return fail(Error::denied(Tr::tr("Account %1 may not answer the invitation %2: it was sent to account %3.")
                                      .arg(identity, invitationArn, invitation->receiverAccountId)));
    const qint64 now = m_context.clock().nowMs();
    const InvitationStatus status = invitation->effectiveStatus(now);
    if (status == InvitationStatus::Expired)
        return fail(Error::conflict(Tr::tr("The invitation %1 expired at %2; ask account %3 to share again.")
                                        .arg(invitationArn, isoUtcMs(invitation->expiresAt),
                                             invitation->senderAccountId)));
    if (status != InvitationStatus::Pending)
        return fail(Error::conflict(Tr::tr("The invitation %1 was already answered: it is %2.")
                                        .arg(invitationArn, toApiString(status))));
    auto share = store.share(invitation->shareArn);
    if (!share)
        return fail(share.error());
    bool named = false;
    for (const SharePrincipal &p : share->principals)
        named = named || (p.principal == identity && p.status == associating);
    if (share->status != QLatin1String("ACTIVE") || !named)
        return fail(Error::conflict(Tr::tr("The invitation %1 no longer applies: the resource share “%2” no longer "
                                           "names account %3.")
                                        .arg(invitationArn, share->name, identity)));
    const Status written = m_context.database().transaction([&]() -> Status {
        if (Status s = store.setInvitationStatus(invitationArn,
                                                 accept ? InvitationStatus::Accepted : InvitationStatus::Rejected);
            !s)
            return s;
        if (Status s = store.setPrincipal(invitation->shareArn, identity, accept ? associated : failed); !s)
            return s;
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, action, invitationArn, {});
    });
    if (!written)
        return fail(written.error());
    changed(share->ownerAccountId, {identity});
    return store.invitation(invitationArn);
}

} // namespace Pd

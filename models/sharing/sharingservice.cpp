// SharingService: shares, their resources and principals, organization sharing. The invitation
// calls (list, accept, reject) are in invitations.cpp, the receiving side apart from the owner's.
// The all-or-nothing edit built from the owner's writes is in shareedit.cpp; what other accounts
// see of the shares (shared resources and their executions) in sharedresources.cpp.
#include "sharing/sharingservice.h"

#include "accounts/accountstore.h"
#include "accounts/connectedaccounts.h"
#include "core/ids.h"
#include "core/text.h"
#include "core/tr.h"
#include "pipelines/pipelinestore.h"
#include "sharing/accessindex.h"
#include "sharing/accessservice.h"
#include "sharing/sharestore.h"
#include "sharing/sharingservice_p.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace Pd {

namespace {

const QString associated = QStringLiteral("ASSOCIATED");
const QString associating = QStringLiteral("ASSOCIATING");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

struct SharingService::Context
{
    Account owner;
    QString organizationArn;
    bool organizationSharing = false;
    QHash<QString, Account> accounts;
    QHash<QString, OrganizationalUnit> unitsByArn;

    bool isMember(const QString &accountId) const
    {
        const auto it = accounts.constFind(accountId);
        return !owner.organizationId.isEmpty() && it != accounts.cend() && it->organizationId == owner.organizationId;
    }
};

Result<SharingService::Context> SharingService::context(const QString &owner) const
{
    AccountStore store(m_context.database());
    Context context;
    auto account = store.account(owner);
    if (!account)
        return account.error();
    context.owner = account.value();
    auto accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    for (const Account &a : accounts.value())
        context.accounts.insert(a.id, a);
    auto organizations = store.organizations();
    if (!organizations)
        return organizations.error();
    for (const Organization &o : organizations.value()) {
        if (o.id == context.owner.organizationId)
            context.organizationArn = o.arn;
    }
    auto units = store.organizationalUnits();
    if (!units)
        return units.error();
    for (const OrganizationalUnit &u : units.value())
        context.unitsByArn.insert(u.arn, u);
    context.organizationSharing = organizationSharingEnabled(context.owner.organizationId);
    return context;
}

bool SharingService::organizationSharingEnabled(const QString &organizationId) const
{
    return !organizationId.isEmpty() &&
           SettingsStore(m_context.database()).value(organizationSharingKey(organizationId)) == QLatin1String("1");
}

Status SharingService::setOrganizationSharing(const QString &identity, bool enabled)
{
    auto ctx = context(identity);
    if (!ctx)
        return ctx.error();
    AccountStore store(m_context.database());
    auto organizations = store.organizations();
    if (!organizations)
        return organizations.error();
    const QString action = enabled ? QStringLiteral("EnableSharingWithAwsOrganization")
                                   : QStringLiteral("DisableSharingWithAwsOrganization");
    Status status = Error::denied(Tr::tr("Account %1 may not change sharing with AWS Organizations: only the "
                                         "management account of an organization may.")
                                      .arg(identity));
    for (const Organization &o : organizations.value()) {
        if (o.id == ctx->owner.organizationId && o.managementAccountId == identity) {
            status = m_context.database().transaction([&]() -> Status {
                if (Status s = SettingsStore(m_context.database())
                                   .setValue(organizationSharingKey(o.id),
                                             enabled ? QStringLiteral("1") : QStringLiteral("0"));
                    !s)
                    return s;
                return ShareStore(m_context.database()).bumpGeneration();
            });
        }
    }
    record(identity, action, ctx->owner.organizationId, status);
    if (status)
        changed(identity, {});
    return status;
}

Result<QString> SharingService::checkResource(const QString &owner, const QString &resource, const QString &region)
{
    if (!resource.startsWith(QLatin1String("arn:")))
        return pipelineArn(region, owner, resource); // a bare name only resolves inside the acting account
    const ArnParts parts = parseArn(resource);
    if (!parts.valid || parts.service != QLatin1String("sagemaker") ||
        !parts.resource.startsWith(QLatin1String("pipeline/")) || parts.resource.contains(QLatin1String("/execution/")))
        return Error::invalid(QStringLiteral("resource-arns"),
                              Tr::tr("resource-arns: “%1” is not a SageMaker pipeline ARN; only pipelines "
                                     "can be shared.")
                                  .arg(resource));
    if (parts.account != owner)
        return Error::denied(Tr::tr("Account %1 may not share %2: it belongs to account %3, and only a "
                                    "resource's owner may share it.")
                                 .arg(owner, resource, parts.account));
    return resource;
}

Status SharingService::checkPrincipal(const QString &owner, const QString &principal)
{
    PrincipalKind kind = PrincipalKind::Account;
    if (!principalKindOf(principal, &kind))
        return Error::invalid(QStringLiteral("principals"),
                              Tr::tr("principals: “%1” is not a 12-digit account id, an organization ARN or an "
                                     "OU ARN.")
                                  .arg(principal));
    if (kind == PrincipalKind::Account && principal == owner)
        return Error::invalid(
            QStringLiteral("principals"),
            Tr::tr("principals: %1 owns the share; an account can not share with itself.").arg(principal));
    return {};
}

Result<SharePermission> SharingService::checkPermission(const QString &permission)
{
    SharePermission result = SharePermission::ReadOnly;
    if (!permissionFromString(permission, &result))
        return Error::invalid(QStringLiteral("permission-arns"),
                              Tr::tr("permission-arns: “%1” is not a permission for SageMaker pipelines; use %2 "
                                     "or %3.")
                                  .arg(permission, permissionName(SharePermission::ReadOnly),
                                       permissionName(SharePermission::AllowExecution)));
    return result;
}

Result<QStringList> SharingService::resolveResources(const QString &identity, const QStringList &resources) const
{
    PipelineStore pipelines(m_context.database());
    QStringList result;
    for (const QString &resource : SharingDetail::unique(resources)) {
        auto arn = checkResource(identity, resource, m_context.region());
        if (!arn)
            return arn.error();
        auto found = pipelines.pipeline(arn.value());
        if (!found)
            return Error::notFound(
                Tr::tr("resource-arns: pipeline “%1” does not exist in account %2.").arg(resource, identity));
        if (!result.contains(found->arn))
            result.append(found->arn);
    }
    return result;
}

Status SharingService::addPrincipals(const Context &context, const ResourceShare &share, const QStringList &principals,
                                     QStringList *invited)
{
    ShareStore store(m_context.database());
    const qint64 now = m_context.clock().nowMs();
    QHash<QString, QString> existing;
    for (const SharePrincipal &p : share.principals)
        existing.insert(p.principal, p.status);
    const QString organization = context.owner.organizationId;
    auto needsOrganizationSharing = [&](const QString &principal) -> Status {
        if (organization.isEmpty())
            return Error::invalid(
                QStringLiteral("principals"),
                Tr::tr("principals: %1 can not be a principal: account %2 belongs to no organization.")
                    .arg(principal, context.owner.id));
        if (!context.organizationSharing)
            return Error::invalid(QStringLiteral("principals"),
                                  Tr::tr("principals: sharing with an organization or OU (%1) needs sharing with AWS "
                                         "Organizations, which is off for %2. Its management account can turn it "
                                         "on, or name the accounts instead.")
                                      .arg(principal, organization));
        return {};
    };

    for (const QString &principal : SharingDetail::unique(principals)) {
        if (Status s = checkPrincipal(context.owner.id, principal); !s)
            return s;
        PrincipalKind kind = PrincipalKind::Account;
        principalKindOf(principal, &kind);
        if (kind == PrincipalKind::Organization) {
            if (principal != context.organizationArn)
                return Error::invalid(QStringLiteral("principals"),
                                      Tr::tr("principals: %1 is not the organization of account %2; a share can "
                                             "name only the owner's own organization.")
                                          .arg(principal, context.owner.id));
            if (Status s = needsOrganizationSharing(principal); !s)
                return s;
            if (Status s = store.setPrincipal(share.arn, principal, associated); !s)
                return s;
            continue;
        }
        if (kind == PrincipalKind::OrganizationalUnit) {
            const auto unit = context.unitsByArn.constFind(principal);
            if (unit == context.unitsByArn.cend() || unit->organizationId != organization)
                return Error::invalid(QStringLiteral("principals"),
                                      Tr::tr("principals: %1 is not an OU of the organization of account %2.")
                                          .arg(principal, context.owner.id));
            if (Status s = needsOrganizationSharing(principal); !s)
                return s;
            if (Status s = store.setPrincipal(share.arn, principal, associated); !s)
                return s;
            continue;
        }
        const bool member = context.isMember(principal);
        if (!member && !share.allowExternalPrincipals)
            return Error::invalid(QStringLiteral("principals"),
                                  Tr::tr("principals: account %1 is outside the organization of account %2, and "
                                         "the resource share “%3” allows principals only within the organization.")
                                      .arg(principal, context.owner.id, share.name));
        const QString current = existing.value(principal);
        if (current == associated)
            continue;
        if (member && context.organizationSharing) {
            if (Status s = store.setPrincipal(share.arn, principal, associated); !s)
                return s;
            continue;
        }
        if (current == associating) {
            auto latest = store.latestInvitation(share.arn, principal);
            if (!latest)
                return latest.error();
            if (!latest->arn.isEmpty() && latest->effectiveStatus(now) == InvitationStatus::Pending)
                continue; // one pending invitation is enough
        }
        ShareInvitation invitation;
        invitation.arn = QStringLiteral("arn:aws:ram:%1:%2:resource-share-invitation/%3")
                             .arg(m_context.region(), context.owner.id, newId());
        invitation.shareArn = share.arn;
        invitation.senderAccountId = context.owner.id;
        invitation.receiverAccountId = principal;
        invitation.createdAt = now;
        invitation.expiresAt = now + invitationLifetimeMs;
        if (Status s = store.insert(invitation); !s)
            return s;
        if (Status s = store.setPrincipal(share.arn, principal, associating); !s)
            return s;
        invited->append(principal);
    }
    return {};
}

Result<QString> SharingService::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("name"), Tr::tr("name: a resource share needs a name."));
    if (trimmed.size() > 255)
        return Error::invalid(QStringLiteral("name"), Tr::tr("name: at most 255 characters are allowed."));
    if (Status text = checkText(QStringLiteral("name"), trimmed); !text)
        return text.error();
    return trimmed;
}

Result<ResourceShare> SharingService::create(const QString &identity, const CreateRequest &request)
{
    Database &database = m_context.database();
    ShareStore store(database);
    auto fail = [&](const Error &error) -> Result<ResourceShare> {
        record(identity, QStringLiteral("CreateResourceShare"), request.name, error);
        return error;
    };
    auto validName = validateName(request.name);
    if (!validName)
        return fail(validName.error());
    if (Status local =
            ConnectedAccounts::checkLocalChange(database, identity, CloudObjectKind::ResourceShare, validName.value());
        !local)
        return fail(local.error());
    const QString name = validName.value();
    auto checkedPermission = checkPermission(request.permission);
    if (!checkedPermission)
        return fail(checkedPermission.error());
    const SharePermission permission = checkedPermission.value();
    auto ctx = context(identity);
    if (!ctx)
        return fail(ctx.error());
    auto resources = resolveResources(identity, request.resourceArns);
    if (!resources)
        return fail(resources.error());

    if (!request.clientToken.isEmpty()) {
        auto previous = store.shareByClientToken(identity, request.clientToken);
        if (!previous)
            return fail(previous.error());
        if (!previous->arn.isEmpty()) {
            QStringList previousPrincipals;
            for (const SharePrincipal &p : previous->principals)
                previousPrincipals.append(p.principal);
            const bool same = previous->name == name && previous->permission == permission &&
                              previous->allowExternalPrincipals == request.allowExternalPrincipals &&
                              toSet(previous->resourceArns) == toSet(resources.value()) &&
                              toSet(previousPrincipals) == toSet(SharingDetail::unique(request.principals));
            if (!same)
                return fail(Error::conflict(Tr::tr("client-token: “%1” was already used for the resource share %2 "
                                                   "with different parameters.")
                                                .arg(request.clientToken, previous->arn)));
            return previous;
        }
    }

    ResourceShare share;
    share.arn = QStringLiteral("arn:aws:ram:%1:%2:resource-share/%3").arg(m_context.region(), identity, newId());
    share.ownerAccountId = identity;
    share.name = name;
    share.permission = permission;
    share.allowExternalPrincipals = request.allowExternalPrincipals;
    share.tags = request.tags;
    share.clientToken = request.clientToken;
    share.createdAt = share.modifiedAt = m_context.clock().nowMs();
    share.resourceArns = resources.value();
    QStringList invited;
    const Status written = database.transaction([&]() -> Status {
        if (Status s = store.insert(share); !s)
            return s;
        if (Status s = addPrincipals(ctx.value(), share, request.principals, &invited); !s)
            return s;
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, QStringLiteral("CreateResourceShare"), share.arn, {});
    });
    if (!written)
        return fail(written.error());
    changed(identity, invited);
    return store.share(share.arn);
}

Result<QList<ResourceShare>> SharingService::shares(const QString &identity, bool includeDeleted) const
{
    return ShareStore(m_context.database()).shares(identity, includeDeleted);
}

Result<ResourceShare> SharingService::share(const QString &identity, const QString &shareArn) const
{
    auto found = ShareStore(m_context.database()).share(shareArn);
    if (!found || found->ownerAccountId == identity)
        return found;
    // A principal may see a share that gives it something; others learn nothing about it.
    for (const QString &resource : found->resourceArns) {
        if (m_access.grant(identity, resource).shareArn == shareArn)
            return found;
    }
    return Error::denied(Tr::tr("Account %1 may not describe the resource share %2: it belongs to account %3 and "
                                "grants this account nothing.")
                             .arg(identity, shareArn, found->ownerAccountId));
}

Result<QList<ResourceShare>> SharingService::resourceShares(const QString &identity, ShareOwner owner,
                                                            const QString &status) const
{
    QList<ResourceShare> result;
    if (owner == ShareOwner::Self) {
        auto own = shares(identity, true);
        if (!own)
            return own;
        result = own.value();
    } else {
        auto resources = sharedResources(identity);
        if (!resources)
            return resources.error();
        QStringList seen;
        for (const SharedResource &r : resources.value()) {
            if (seen.contains(r.shareArn))
                continue;
            seen.append(r.shareArn);
            auto found = share(identity, r.shareArn);
            if (!found)
                return found.error();
            result.append(found.value());
        }
    }
    if (status.isEmpty() && owner == ShareOwner::Self)
        result.removeIf([](const ResourceShare &s) { return s.status == QLatin1String("DELETED"); });
    else if (!status.isEmpty())
        result.removeIf([&](const ResourceShare &s) { return s.status != status; });
    return result;
}

Result<ResourceShare> SharingService::ownedShare(const QString &identity, const QString &shareArn) const
{
    auto found = ShareStore(m_context.database()).share(shareArn);
    if (!found)
        return found;
    if (found->ownerAccountId != identity)
        return Error::denied(Tr::tr("Account %1 may not change the resource share %2: only its owner, account %3, may.")
                                 .arg(identity, shareArn, found->ownerAccountId));
    if (found->status == QLatin1String("DELETED"))
        return Error::conflict(Tr::tr("The resource share %1 was deleted and can not be changed.").arg(shareArn));
    if (Status local = ConnectedAccounts::checkLocalChange(m_context.database(), found->ownerAccountId,
                                                           CloudObjectKind::ResourceShare, found->name);
        !local)
        return local.error();
    return found;
}

Result<ResourceShare> SharingService::update(const QString &identity, const QString &shareArn, const Update &update)
{
    const QString action = QStringLiteral("UpdateResourceShare");
    auto share = ownedShare(identity, shareArn);
    if (!share) {
        record(identity, action, shareArn, share.error());
        return share.error();
    }
    if (Status s = applyUpdate(identity, share.value(), update); !s) {
        record(identity, action, shareArn, s);
        return s.error();
    }
    changed(identity, {});
    return ShareStore(m_context.database()).share(shareArn);
}

Status SharingService::applyUpdate(const QString &identity, const ResourceShare &share, const Update &update)
{
    ResourceShare changedShare = share;
    if (update.name) {
        auto name = validateName(*update.name);
        if (!name)
            return name.error();
        changedShare.name = name.value();
    }
    if (update.permission) {
        auto permission = checkPermission(*update.permission);
        if (!permission)
            return permission.error();
        changedShare.permission = permission.value();
    }
    if (update.allowExternalPrincipals) {
        changedShare.allowExternalPrincipals = *update.allowExternalPrincipals;
        if (!changedShare.allowExternalPrincipals) {
            auto ctx = context(identity);
            if (!ctx)
                return ctx.error();
            for (const SharePrincipal &p : changedShare.principals) {
                if (isAccountId(p.principal) && !ctx->isMember(p.principal))
                    return Error::invalid(
                        QStringLiteral("allow-external-principals"),
                        Tr::tr("allow-external-principals: the share still names account %1, which is outside the "
                               "organization; remove it first.")
                            .arg(p.principal));
            }
        }
    }
    changedShare.modifiedAt = m_context.clock().nowMs();
    return m_context.database().transaction([&]() -> Status {
        ShareStore store(m_context.database());
        if (Status s = store.updateShare(changedShare); !s)
            return s;
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, QStringLiteral("UpdateResourceShare"), share.arn, {});
    });
}

Status SharingService::remove(const QString &identity, const QString &shareArn)
{
    const QString action = QStringLiteral("DeleteResourceShare");
    auto share = ownedShare(identity, shareArn);
    if (!share) {
        record(identity, action, shareArn, share.error());
        return share.error();
    }
    ShareStore store(m_context.database());
    auto invitations = store.invitations(QString());
    if (!invitations)
        return invitations.error();
    const qint64 now = m_context.clock().nowMs();
    QStringList receivers;
    const Status written = m_context.database().transaction([&]() -> Status {
        ResourceShare deleted = share.value();
        deleted.status = QStringLiteral("DELETED");
        deleted.modifiedAt = now;
        if (Status s = store.updateShare(deleted); !s)
            return s;
        // An invitation to a deleted share can no longer be accepted.
        for (const ShareInvitation &i : invitations.value()) {
            if (i.shareArn == shareArn && i.effectiveStatus(now) == InvitationStatus::Pending) {
                if (Status s = store.setInvitationStatus(i.arn, InvitationStatus::Expired); !s)
                    return s;
                receivers.append(i.receiverAccountId);
            }
        }
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, action, shareArn, {});
    });
    if (!written) {
        record(identity, action, shareArn, written);
        return written;
    }
    changed(identity, receivers);
    return {};
}

Result<ResourceShare> SharingService::associate(const QString &identity, const QString &shareArn,
                                                const QStringList &resources, const QStringList &principals)
{
    const QString action = QStringLiteral("AssociateResourceShare");
    auto share = ownedShare(identity, shareArn);
    if (!share) {
        record(identity, action, shareArn, share.error());
        return share.error();
    }
    QStringList invited;
    if (Status s = applyAssociate(identity, share.value(), resources, principals, &invited); !s) {
        record(identity, action, shareArn, s);
        return s.error();
    }
    changed(identity, invited);
    return ShareStore(m_context.database()).share(shareArn);
}

Status SharingService::applyAssociate(const QString &identity, const ResourceShare &share, const QStringList &resources,
                                      const QStringList &principals, QStringList *invited)
{
    auto resolved = resolveResources(identity, resources);
    if (!resolved)
        return resolved.error();
    auto ctx = context(identity);
    if (!ctx)
        return ctx.error();
    ShareStore store(m_context.database());
    return m_context.database().transaction([&]() -> Status {
        for (const QString &resource : resolved.value()) {
            if (Status s = store.addResource(share.arn, resource); !s)
                return s;
        }
        if (Status s = addPrincipals(ctx.value(), share, principals, invited); !s)
            return s;
        ResourceShare touched = share;
        touched.modifiedAt = m_context.clock().nowMs();
        if (Status s = store.updateShare(touched); !s)
            return s;
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, QStringLiteral("AssociateResourceShare"), share.arn, {});
    });
}

Result<ResourceShare> SharingService::disassociate(const QString &identity, const QString &shareArn,
                                                   const QStringList &resources, const QStringList &principals)
{
    const QString action = QStringLiteral("DisassociateResourceShare");
    auto share = ownedShare(identity, shareArn);
    if (!share) {
        record(identity, action, shareArn, share.error());
        return share.error();
    }
    if (Status s = applyDisassociate(identity, share.value(), resources, principals); !s) {
        record(identity, action, shareArn, s);
        return s.error();
    }
    changed(identity, SharingDetail::unique(principals));
    return ShareStore(m_context.database()).share(shareArn);
}

Status SharingService::applyDisassociate(const QString &identity, const ResourceShare &share,
                                         const QStringList &resources, const QStringList &principals)
{
    QStringList present;
    for (const SharePrincipal &p : share.principals)
        present.append(p.principal);
    // Names resolve in the owner's account, as for associate; ARNs are taken as given.
    QStringList resourceArns;
    for (const QString &resource : SharingDetail::unique(resources)) {
        const QString arn =
            resource.startsWith(QLatin1String("arn:")) ? resource : pipelineArn(m_context.region(), identity, resource);
        if (!share.resourceArns.contains(arn))
            return Error::invalid(
                QStringLiteral("resource-arns"),
                Tr::tr("resource-arns: %1 is not a resource of the share “%2”.").arg(resource, share.name));
        resourceArns.append(arn);
    }
    for (const QString &principal : SharingDetail::unique(principals)) {
        if (!present.contains(principal))
            return Error::invalid(
                QStringLiteral("principals"),
                Tr::tr("principals: %1 is not a principal of the share “%2”.").arg(principal, share.name));
    }
    ShareStore store(m_context.database());
    return m_context.database().transaction([&]() -> Status {
        for (const QString &resource : resourceArns) {
            if (Status s = store.removeResource(share.arn, resource); !s)
                return s;
        }
        for (const QString &principal : SharingDetail::unique(principals)) {
            if (Status s = store.removePrincipal(share.arn, principal); !s)
                return s;
        }
        ResourceShare touched = share;
        touched.modifiedAt = m_context.clock().nowMs();
        if (Status s = store.updateShare(touched); !s)
            return s;
        if (Status s = store.bumpGeneration(); !s)
            return s;
        return audit(identity, QStringLiteral("DisassociateResourceShare"), share.arn, {});
    });
}

Status SharingService::audit(const QString &identity, const QString &action, const QString &target,
                             const Status &outcome)
{
    // AuditLog's policy: inside the share's transaction the entry commits with the change; a failed
    // audit write is logged there and never undoes the change.
    m_context.audit().record(identity, action, target, outcome);
    return {};
}

void SharingService::record(const QString &identity, const QString &action, const QString &target,
                            const Status &outcome)
{
    // Outside a transaction the outcome is what the caller must hear (AuditLog logs its own failures).
    m_context.audit().record(identity, action, target, outcome);
}

void SharingService::changed(const QString &owner, const QStringList &invited)
{
    emit m_access.accessChanged();
    emit sharesChanged(owner);
    for (const QString &receiver : invited)
        emit invitationsChanged(receiver);
}

} // namespace Pd

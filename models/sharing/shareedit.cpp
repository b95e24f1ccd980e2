// SharingService::edit: a share brought to the desired state in one transaction, built from the
// owner's writes in sharingservice.cpp (their validations, permission checks and audit entries).
#include "sharing/sharingservice.h"

#include "core/ids.h"
#include "core/tr.h"
#include "sharing/sharestore.h"
#include "sharing/sharingservice_p.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QSet>

namespace Pd {

using SharingDetail::unique;

Result<ResourceShare> SharingService::edit(const QString &identity, const QString &shareArn, const EditRequest &desired)
{
    const QString updateAction = QStringLiteral("UpdateResourceShare");
    auto share = ownedShare(identity, shareArn);
    if (!share) {
        record(identity, updateAction, shareArn, share.error());
        return share.error();
    }
    const ResourceShare &stored = share.value();
    auto missingFrom = [](const QStringList &list, const QStringList &from) {
        QStringList result;
        for (const QString &item : list) {
            if (!from.contains(item))
                result.append(item);
        }
        return result;
    };
    // Names resolve in the owner's account, as for associate, so that a pipeline named either way
    // compares equal to the ARN stored.
    QStringList resources;
    for (const QString &resource : unique(desired.resourceArns)) {
        const QString arn = resource.startsWith(QLatin1String("arn:"))
                                ? resource
                                : pipelineArn(m_context.region(), identity, resource);
        if (!resources.contains(arn))
            resources.append(arn);
    }
    const QStringList principals = unique(desired.principals);
    QStringList storedPrincipals;
    for (const SharePrincipal &p : stored.principals)
        storedPrincipals.append(p.principal);
    const QStringList addResources = missingFrom(resources, stored.resourceArns);
    const QStringList addPrincipals = missingFrom(principals, storedPrincipals);
    const QStringList dropResources = missingFrom(stored.resourceArns, resources);
    const QStringList dropPrincipals = missingFrom(storedPrincipals, principals);

    Update opening; // external principals allowed before one is added
    Update update;  // the rest once the associations are in place
    if (desired.name.trimmed() != stored.name)
        update.name = desired.name;
    SharePermission permission;
    // An unknown permission goes to update(), which refuses it with its own message.
    if (!permissionFromString(desired.permission, &permission) || permission != stored.permission)
        update.permission = desired.permission;
    if (desired.allowExternalPrincipals != stored.allowExternalPrincipals)
        (desired.allowExternalPrincipals ? opening : update).allowExternalPrincipals = desired.allowExternalPrincipals;
    auto any = [](const Update &u) { return u.name || u.permission || u.allowExternalPrincipals; };
    const bool adding = !addResources.isEmpty() || !addPrincipals.isEmpty();
    const bool dropping = !dropResources.isEmpty() || !dropPrincipals.isEmpty();
    if (!any(opening) && !adding && !dropping && !any(update))
        return share;

    ShareStore store(m_context.database());
    QString action; // the step under way: a refusal is recorded under its name
    QStringList invited;
    const Status written = m_context.database().transaction([&]() -> Status {
        // Each step starts from what the previous one wrote (inside this transaction).
        auto current = [&]() { return store.share(shareArn); };
        if (any(opening)) {
            action = updateAction;
            if (Status s = applyUpdate(identity, stored, opening); !s)
                return s;
        }
        if (adding) {
            action = QStringLiteral("AssociateResourceShare");
            auto now = current();
            if (!now)
                return now.error();
            if (Status s = applyAssociate(identity, now.value(), addResources, addPrincipals, &invited); !s)
                return s;
        }
        if (dropping) {
            action = QStringLiteral("DisassociateResourceShare");
            auto now = current();
            if (!now)
                return now.error();
            if (Status s = applyDisassociate(identity, now.value(), dropResources, dropPrincipals); !s)
                return s;
        }
        if (any(update)) {
            action = updateAction;
            auto now = current();
            if (!now)
                return now.error();
            if (Status s = applyUpdate(identity, now.value(), update); !s)
                return s;
        }
        return {};
    });
    if (!written) {
        // Rolled back, with the audit entries of the steps before: record the refusal only.
        record(identity, action, shareArn, written);
        return written.error();
    }
    changed(identity, invited + dropPrincipals);
    return store.share(shareArn);
}

} // namespace Pd

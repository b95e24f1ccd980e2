#include "sharing/accessindex.h"

#include "accounts/accountstore.h"
#include "sharing/sharestore.h"
#include "store/settingsstore.h"

#include <QSet>

namespace Pd {

QString organizationSharingKey(const QString &organizationId)
{
    return QStringLiteral("ram_organization_sharing/") + organizationId;
}

Result<AccessIndex> AccessIndex::build(Database &database)
{
    AccessIndex index;
    AccountStore accounts(database);
    SettingsStore settings(database);
    auto organizations = accounts.organizations();
    if (!organizations)
        return organizations.error();
    auto units = accounts.organizationalUnits();
    if (!units)
        return units.error();
    auto allAccounts = accounts.accounts();
    if (!allAccounts)
        return allAccounts.error();

    QHash<QString, QString> orgArn; // only organizations that share with AWS Organizations
    for (const Organization &o : organizations.value()) {
        if (settings.value(organizationSharingKey(o.id)) == QLatin1String("1"))
            orgArn.insert(o.id, o.arn);
    }
    QHash<QString, const OrganizationalUnit *> unitById;
    for (const OrganizationalUnit &u : units.value())
        unitById.insert(u.id, &u);
    for (const Account &a : allAccounts.value()) {
        QStringList keys{a.id};
        if (orgArn.contains(a.organizationId)) {
            // Walk up the OU tree; the depth guard protects against a cycle in a damaged file.
            QString ou = a.ouId;
            for (int depth = 0; !ou.isEmpty() && depth < 64; ++depth) {
                const OrganizationalUnit *unit = unitById.value(ou);
                if (!unit)
                    break;
                keys.append(unit->arn);
                ou = unit->parentId;
            }
            keys.append(orgArn.value(a.organizationId));
        }
        index.m_keys.insert(a.id, keys);
    }

    ShareStore store(database);
    auto shares = store.activeShares();
    if (!shares)
        return shares.error();
    auto invitations = store.invitations(QString());
    if (!invitations)
        return invitations.error();
    // Newest pending invitation per (share, receiver); the store lists newest first.
    QHash<QString, const ShareInvitation *> pending;
    for (const ShareInvitation &i : invitations.value()) {
        const QString key = i.shareArn + QLatin1Char('|') + i.receiverAccountId;
        if (!pending.contains(key) && i.status == InvitationStatus::Pending)
            pending.insert(key, &i);
    }

    index.m_shareCount = int(shares->size());
    QHash<QString, QSet<QString>> granted;
    for (const ResourceShare &share : shares.value()) {
        for (const SharePrincipal &principal : share.principals) {
            const bool associated = principal.status == QLatin1String("ASSOCIATED");
            const ShareInvitation *invitation = nullptr;
            if (principal.status == QLatin1String("ASSOCIATING"))
                invitation = pending.value(share.arn + QLatin1Char('|') + principal.principal);
            for (const QString &resource : share.resourceArns) {
                Entry &entry = index.m_byResource[resource][principal.principal];
                if (associated) {
                    if (int(share.permission) > entry.granted) {
                        if (entry.granted == int(SharePermission::ReadOnly))
                            entry.weakerShare = entry.grantingShare;
                        entry.granted = int(share.permission);
                        entry.grantingShare = share.name;
                        entry.grantingShareArn = share.arn;
                    } else if (share.permission == SharePermission::ReadOnly) {
                        entry.weakerShare = share.name;
                    }
                    granted[principal.principal].insert(resource);
                } else if (invitation) {
                    if (invitation->expiresAt > entry.invitationExpiresAt) {
                        entry.invitationArn = invitation->arn;
                        entry.invitationShare = share.name;
                        entry.invitationExpiresAt = invitation->expiresAt;
                    }
                } else if (principal.status == QLatin1String("FAILED")) {
                    entry.rejected = true;
                }
            }
        }
    }
    for (auto it = granted.cbegin(); it != granted.cend(); ++it) {
        QStringList list(it.value().cbegin(), it.value().cend());
        list.sort();
        index.m_granted.insert(it.key(), list);
    }
    return index;
}

QStringList AccessIndex::keysOf(const QString &accountId) const
{
    const auto it = m_keys.constFind(accountId);
    return it == m_keys.cend() ? QStringList{accountId} : it.value();
}

const QHash<QString, AccessIndex::Entry> *AccessIndex::entriesFor(const QString &pipelineArn) const
{
    const auto it = m_byResource.constFind(pipelineArn);
    return it == m_byResource.cend() ? nullptr : &it.value();
}

const QStringList *AccessIndex::grantedTo(const QString &key) const
{
    const auto it = m_granted.constFind(key);
    return it == m_granted.cend() ? nullptr : &it.value();
}

} // namespace Pd

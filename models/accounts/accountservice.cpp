#include "accounts/accountservice.h"

#include "accounts/accountdependents.h"
#include "accounts/accountstore.h"
#include "core/ids.h"
#include "core/tr.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/settingsstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Pd {

namespace {

const QString defaultIdentityKey = QStringLiteral("default_identity");

// The AWS Organizations limits: account names 1–50 characters, emails 6–64.
constexpr int maxAccountName = 50;
constexpr int maxOrganizationName = 128;

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Status validateName(const QString &field, const QString &name, int maxLength)
{
    if (name.trimmed().isEmpty())
        return Error::invalid(field, Tr::tr("%1: a name is required.").arg(field));
    if (name.size() > maxLength)
        return Error::invalid(field, Tr::tr("%1: at most %2 characters are allowed.").arg(field).arg(maxLength));
    if (hasControlCharacters(name))
        return Error::invalid(field, Tr::tr("%1: the name may not contain control characters.").arg(field));
    return {};
}

Status validateEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
    if (email.isEmpty())
        return {};
    if (email.size() < 6 || email.size() > 64 || !pattern.match(email).hasMatch())
        return Error::invalid(
            QStringLiteral("email"),
            Tr::tr("email: “%1” is not an email address (name@example.com, 6 to 64 characters).").arg(email));
    return {};
}

Status validateAccountId(const QString &field, const QString &id)
{
    if (id.isEmpty())
        return Error::invalid(field, Tr::tr("%1: an account id is required.").arg(field));
    if (!isAccountId(id))
        return Error::invalid(field, Tr::tr("%1: “%2” is not an account id (12 digits).").arg(field, id));
    return {};
}

// A conflict that concerns one field: "field: reason", with the field kept apart for forms.
Error conflictAt(const QString &field, const QString &message)
{
    Error error = Error::conflict(message);
    const Error invalid = Error::invalid(field, message);
    error.field = invalid.field;
    error.reason = invalid.reason;
    return error;
}

// "o-" and 10 characters, the shortest id AWS Organizations gives.
QString newOrganizationId()
{
    return QStringLiteral("o-") + newExecutionId().left(10);
}

QString organizationArn(const QString &managementAccountId, const QString &organizationId)
{
    return QStringLiteral("arn:aws:organizations::%1:organization/%2").arg(managementAccountId, organizationId);
}

} // namespace

Result<QList<Account>> AccountService::accounts() const
{
    return AccountStore(m_context.database()).accounts();
}

Result<Account> AccountService::account(const QString &id) const
{
    return AccountStore(m_context.database()).account(id);
}

Result<QList<Organization>> AccountService::organizations() const
{
    return AccountStore(m_context.database()).organizations();
}

Result<QList<OrganizationalUnit>> AccountService::organizationalUnits() const
{
    return AccountStore(m_context.database()).organizationalUnits();
}

Status AccountService::checkIdentity(const QString &id) const
{
    if (!isAccountId(id))
        return Error::invalid(QStringLiteral("identity"),
                              Tr::tr("identity: “%1” is not an account id (12 digits).").arg(id));
    auto found = account(id);
    if (!found)
        return Error::invalid(QStringLiteral("identity"),
                              Tr::tr("identity: account %1 does not exist in this workspace.").arg(id));
    return {};
}

Status AccountService::validate(Account &account) const
{
    if (Status s = validateName(QStringLiteral("name"), account.name, maxAccountName); !s)
        return s;
    if (Status s = validateEmail(account.email); !s)
        return s;
    AccountStore store(m_context.database());
    if (!account.organizationId.isEmpty()) {
        auto organizations = store.organizations();
        if (!organizations)
            return organizations.error();
        const bool exists = std::any_of(organizations->cbegin(), organizations->cend(),
                                        [&](const Organization &o) { return o.id == account.organizationId; });
        if (!exists)
            return Error::invalid(QStringLiteral("organization-id"),
                                  Tr::tr("organization-id: organization %1 does not exist in this workspace.")
                                      .arg(account.organizationId));
    }
    if (!account.ouId.isEmpty()) {
        auto units = store.organizationalUnits();
        if (!units)
            return units.error();
        auto unit = std::find_if(units->cbegin(), units->cend(),
                                 [&](const OrganizationalUnit &u) { return u.id == account.ouId; });
        if (unit == units->cend())
            return Error::invalid(
                QStringLiteral("ou-id"),
                Tr::tr("ou-id: organizational unit %1 does not exist in this workspace.").arg(account.ouId));
        if (account.organizationId.isEmpty())
            account.organizationId = unit->organizationId;
        else if (unit->organizationId != account.organizationId)
            return Error::invalid(QStringLiteral("ou-id"),
                                  Tr::tr("ou-id: organizational unit %1 belongs to organization %2, not to %3.")
                                      .arg(account.ouId, unit->organizationId, account.organizationId));
    }
    return {};
}

Result<Account> AccountService::createAccount(const QString &identity, const AccountInput &input)
{
    Account account;
    account.id = input.id.trimmed();
    account.name = input.name.trimmed();
    account.email = input.email.trimmed();
    account.organizationId = input.organizationId.trimmed();
    account.ouId = input.ouId.trimmed();
    account.createdAt = m_context.clock().nowMs();
    Database &db = m_context.database();
    Status status = [&]() -> Status {
        if (Status s = validateAccountId(QStringLiteral("account-id"), account.id); !s)
            return s;
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            if (auto existing = store.account(account.id))
                return conflictAt(
                    QStringLiteral("account-id"),
                    Tr::tr("account-id: account %1 already exists (%2).").arg(account.id, existing->name));
            if (Status s = validate(account); !s)
                return s;
            return store.insert(account);
        });
    }();
    m_context.audit().record(identity, QStringLiteral("CreateAccount"), account.id, status, account.name);
    if (!status)
        return status.error();
    emit accountsChanged();
    return account;
}

Result<Account> AccountService::connectAccount(const QString &identity, const QString &accountId, const QString &name,
                                               const QString &profile)
{
    Database &db = m_context.database();
    Account account;
    bool changed = false;
    Status status = [&]() -> Status {
        if (Status s = validateAccountId(QStringLiteral("account-id"), accountId); !s)
            return s;
        if (profile.isEmpty())
            return Error::invalid(QStringLiteral("profile"), Tr::tr("profile: a connected account needs a profile."));
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            if (auto existing = store.account(accountId)) {
                account = existing.value();
                if (!account.isConnected())
                    return conflictAt(QStringLiteral("account-id"),
                                      Tr::tr("account-id: account %1 (%2) is a local account of this workspace; a "
                                             "profile cannot connect it, as a sync would replace its pipelines and "
                                             "runs with the cloud's. Use another workspace for the real account.")
                                          .arg(account.id, account.name));
                if (account.profile == profile)
                    return Status();
                account.profile = profile;
                changed = true;
                return store.update(account);
            }
            account.id = accountId;
            account.name = name.trimmed();
            account.profile = profile;
            account.createdAt = m_context.clock().nowMs();
            // The profile's name is the natural name; when a local account has it, the id says which.
            auto all = store.accounts();
            if (!all)
                return all.error();
            for (const Account &other : all.value()) {
                if (other.name == account.name) {
                    account.name = QStringLiteral("%1-%2").arg(account.name, accountId.right(4));
                    break;
                }
            }
            if (Status s = validate(account); !s)
                return s;
            changed = true;
            return store.insert(account);
        });
    }();
    if (changed || !status)
        m_context.audit().record(identity, QStringLiteral("ConnectAccount"), accountId, status, profile);
    if (!status)
        return status.error();
    if (changed)
        emit accountsChanged();
    return account;
}

Result<Account> AccountService::updateAccount(const QString &identity, const AccountChange &change)
{
    const QString id = change.id.trimmed();
    Database &db = m_context.database();
    Account account;
    Status status = [&]() -> Status {
        if (Status s = validateAccountId(QStringLiteral("account-id"), id); !s)
            return s;
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            auto existing = store.account(id);
            if (!existing)
                return existing.error();
            account = existing.value();
            const QString oldOrganization = account.organizationId;
            if (change.name)
                account.name = change.name->trimmed();
            if (change.email)
                account.email = change.email->trimmed();
            if (change.organizationId) {
                account.organizationId = change.organizationId->trimmed();
                // An OU of the old organization cannot stay when the account moves.
                if (account.organizationId != oldOrganization && !change.ouId)
                    account.ouId.clear();
            }
            if (change.ouId)
                account.ouId = change.ouId->trimmed();
            if (Status s = validate(account); !s)
                return s;
            if (account.organizationId != oldOrganization && !oldOrganization.isEmpty()) {
                auto managed = store.managedOrganizations(id);
                if (!managed)
                    return managed.error();
                if (managed->contains(oldOrganization))
                    return Error::invalid(QStringLiteral("organization-id"),
                                          Tr::tr("organization-id: account %1 is the management account of "
                                                 "organization %2 and cannot leave it.")
                                              .arg(id, oldOrganization));
            }
            return store.update(account);
        });
    }();
    m_context.audit().record(identity, QStringLiteral("UpdateAccount"), id, status, account.name);
    if (!status)
        return status.error();
    emit accountsChanged();
    return account;
}

Status AccountService::deleteAccount(const QString &identity, const QString &accountId)
{
    const QString id = accountId.trimmed();
    Database &db = m_context.database();
    Status status = [&]() -> Status {
        if (Status s = validateAccountId(QStringLiteral("account-id"), id); !s)
            return s;
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            if (auto existing = store.account(id); !existing)
                return existing.error();
            auto managed = store.managedOrganizations(id);
            if (!managed)
                return managed.error();
            if (!managed->isEmpty())
                return conflictAt(QStringLiteral("account-id"),
                                  Tr::tr("account-id: account %1 is the management account of organization %2; "
                                         "it cannot be deleted.")
                                      .arg(id, managed->join(QStringLiteral(", "))));
            if (m_dependents) {
                auto owned = m_dependents->ownedBy(id);
                if (!owned)
                    return owned.error();
                if (!owned->isEmpty()) {
                    QStringList texts;
                    for (const AccountDependent &d : owned.value())
                        texts.append(d.text);
                    return conflictAt(QStringLiteral("account-id"),
                                      Tr::tr("account-id: account %1 still owns %2; delete them first.")
                                          .arg(id, texts.join(QStringLiteral(", "))));
                }
                if (Status s = m_dependents->release(id); !s)
                    return s;
            }
            if (Status s = store.removeAccount(id); !s)
                return s;
            // The default identity must name an account that exists; an empty one means "the first".
            SettingsStore settings(db);
            if (settings.value(defaultIdentityKey) == id)
                return settings.setValue(defaultIdentityKey, QStringLiteral(""));
            return {};
        });
    }();
    m_context.audit().record(identity, QStringLiteral("DeleteAccount"), id, status);
    if (status)
        emit accountsChanged();
    return status;
}

Result<Organization> AccountService::createOrganization(const QString &identity, const QString &name,
                                                        const QString &managementAccountId)
{
    Organization organization;
    organization.id = newOrganizationId();
    organization.name = name.trimmed();
    organization.managementAccountId = managementAccountId.trimmed();
    organization.arn = organizationArn(organization.managementAccountId, organization.id);
    Database &db = m_context.database();
    Status status = [&]() -> Status {
        if (Status s = validateName(QStringLiteral("name"), organization.name, maxOrganizationName); !s)
            return s;
        if (Status s = validateAccountId(QStringLiteral("management-account-id"), organization.managementAccountId); !s)
            return s;
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            auto management = store.account(organization.managementAccountId);
            if (!management)
                return Error::invalid(QStringLiteral("management-account-id"),
                                      Tr::tr("management-account-id: account %1 does not exist in this workspace.")
                                          .arg(organization.managementAccountId));
            if (!management->organizationId.isEmpty())
                return conflictAt(QStringLiteral("management-account-id"),
                                  Tr::tr("management-account-id: account %1 already belongs to organization %2.")
                                      .arg(organization.managementAccountId, management->organizationId));
            if (Status s = store.insert(organization); !s)
                return s;
            Account joined = management.value();
            joined.organizationId = organization.id;
            joined.ouId.clear();
            return store.update(joined);
        });
    }();
    m_context.audit().record(identity, QStringLiteral("CreateOrganization"), organization.arn, status,
                             organization.name);
    if (!status)
        return status.error();
    emit organizationsChanged();
    emit accountsChanged();
    return organization;
}

Result<OrganizationalUnit> AccountService::createOrganizationalUnit(const QString &identity,
                                                                    const QString &organizationId,
                                                                    const QString &parentOuId, const QString &name)
{
    OrganizationalUnit unit;
    unit.organizationId = organizationId.trimmed();
    unit.parentId = parentOuId.trimmed();
    unit.name = name.trimmed();
    Database &db = m_context.database();
    Status status = [&]() -> Status {
        if (Status s = validateName(QStringLiteral("name"), unit.name, maxOrganizationName); !s)
            return s;
        if (unit.organizationId.isEmpty())
            return Error::invalid(QStringLiteral("organization-id"),
                                  Tr::tr("organization-id: an organization is required."));
        return db.transaction([&]() -> Status {
            AccountStore store(db);
            auto organizations = store.organizations();
            if (!organizations)
                return organizations.error();
            auto organization = std::find_if(organizations->cbegin(), organizations->cend(),
                                             [&](const Organization &o) { return o.id == unit.organizationId; });
            if (organization == organizations->cend())
                return Error::invalid(QStringLiteral("organization-id"),
                                      Tr::tr("organization-id: organization %1 does not exist in this workspace.")
                                          .arg(unit.organizationId));
            auto units = store.organizationalUnits();
            if (!units)
                return units.error();
            if (!unit.parentId.isEmpty()) {
                auto parent = std::find_if(units->cbegin(), units->cend(),
                                           [&](const OrganizationalUnit &u) { return u.id == unit.parentId; });
                if (parent == units->cend())
                    return Error::invalid(QStringLiteral("parent-id"),
                                          Tr::tr("parent-id: organizational unit %1 does not exist in this workspace.")
                                              .arg(unit.parentId));
                if (parent->organizationId != unit.organizationId)
                    return Error::invalid(QStringLiteral("parent-id"),
                                          Tr::tr("parent-id: organizational unit %1 belongs to organization %2, "
                                                 "not to %3.")
                                              .arg(unit.parentId, parent->organizationId, unit.organizationId));
            }
            for (const OrganizationalUnit &sibling : units.value()) {
                if (sibling.organizationId == unit.organizationId && sibling.parentId == unit.parentId &&
                    sibling.name.compare(unit.name, Qt::CaseInsensitive) == 0)
                    return conflictAt(QStringLiteral("name"),
                                      Tr::tr("name: an organizational unit named “%1” already exists there (%2).")
                                          .arg(unit.name, sibling.id));
            }
            // ou-<4 characters of the organization's id>-<8 more>, as AWS Organizations forms them.
            unit.id = QStringLiteral("ou-%1-%2").arg(unit.organizationId.mid(2, 4), newExecutionId().left(8));
            unit.arn = QStringLiteral("arn:aws:organizations::%1:ou/%2/%3")
                           .arg(organization->managementAccountId, unit.organizationId, unit.id);
            return store.insert(unit);
        });
    }();
    m_context.audit().record(identity, QStringLiteral("CreateOrganizationalUnit"),
                             unit.arn.isEmpty() ? unit.name : unit.arn, status, unit.name);
    if (!status)
        return status.error();
    emit organizationsChanged();
    return unit;
}

Result<MirrorStatus> AccountService::mirrorStatus(const QString &accountId, MirrorKind kind) const
{
    auto account = AccountStore(m_context.database()).account(accountId);
    if (!account)
        return account.error();
    MirrorStatus status;
    status.accountId = accountId;
    status.accountName = account->name;
    status.profile = account->profile;
    if (!status.isConnected())
        return status;
    if (const auto unusable = m_unusable.constFind(accountId); unusable != m_unusable.constEnd()) {
        status.offline = true;
        status.state = unusable->state;
        status.offlineReason = unusable->reason;
    }
    const char *sql = nullptr;
    switch (kind) {
    case MirrorKind::Pipelines: sql = "FROM pipelines WHERE account_id = ? AND origin IS NOT NULL"; break;
    case MirrorKind::Executions:
        // Through the pipelines index: the account's pipelines, then each one's executions.
        sql = "FROM executions WHERE pipeline_arn IN (SELECT arn FROM pipelines WHERE account_id = ?) "
              "AND origin IS NOT NULL";
        break;
    case MirrorKind::EventBuses: sql = "FROM event_buses WHERE account_id = ? AND origin IS NOT NULL"; break;
    case MirrorKind::Rules: sql = "FROM rules WHERE account_id = ? AND origin IS NOT NULL"; break;
    case MirrorKind::Schedules: sql = "FROM schedules WHERE account_id = ? AND origin IS NOT NULL"; break;
    case MirrorKind::ResourceShares:
        sql = "FROM resource_shares WHERE owner_account_id = ? AND origin IS NOT NULL";
        break;
    case MirrorKind::Invitations:
        sql = "FROM share_invitations WHERE receiver_account_id = ? AND origin IS NOT NULL";
        break;
    }
    QSqlQuery q(m_context.database().db());
    q.prepare(QStringLiteral("SELECT coalesce(min(read_at), 0), coalesce(max(read_at), 0), count(*) ") +
              QLatin1String(sql));
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return sqlError(q);
    status.oldestReadAt = q.value(0).toLongLong();
    status.newestReadAt = q.value(1).toLongLong();
    status.rows = q.value(2).toInt();
    return status;
}

void AccountService::setConnectionState(const QString &accountId, ConnectionState state, const QString &reason)
{
    const auto was = m_unusable.constFind(accountId);
    if (state == ConnectionState::Online) {
        if (was == m_unusable.constEnd())
            return;
        m_unusable.erase(was);
    } else {
        if (was != m_unusable.constEnd() && was->state == state && was->reason == reason)
            return;
        m_unusable.insert(accountId, {state, reason});
    }
    emit connectionStateChanged(accountId);
}

} // namespace Pd

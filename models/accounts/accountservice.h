#pragma once

#include "accounts/account.h"
#include "accounts/mirrorstatus.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Pd {

class AccountDependents;
class ServiceContext;

// What a new account is made of. Empty email, organization and OU are left out; an OU without an
// organization puts the account in the OU's organization.
struct AccountInput
{
    QString id; // 12 digits
    QString name;
    QString email;
    QString organizationId;
    QString ouId;
};

// What an update changes: only the members that hold a value. An empty organization takes the
// account out of its organization (and its OU); an empty OU puts it directly under the root.
struct AccountChange
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> organizationId;
    std::optional<QString> ouId;
};

// Accounts, organizations and OUs of the workspace. Every write validates its input (errors name the
// field as the CLI option does: "account-id", "name", "email", "organization-id", "ou-id",
// "parent-id", "management-account-id"), runs in one transaction and is written to the audit log
// with the identity that asked (which may be empty: a workspace without accounts has none yet).
// Managing accounts is not checked against the identity: the workspace is the user's own.
class AccountService : public QObject
{
    Q_OBJECT

public:
    explicit AccountService(ServiceContext &context)
        : m_context(context)
    {}

    Result<QList<Account>> accounts() const;
    Result<Account> account(const QString &id) const;
    Result<QList<Organization>> organizations() const;
    Result<QList<OrganizationalUnit>> organizationalUnits() const;

    // Checks that id is a 12-digit account id that exists here.
    Status checkIdentity(const QString &id) const;

    // Not owned; must outlive this service. Without it, delete relies on the database's foreign
    // keys and refuses an account that owns anything with a storage error.
    void setDependents(AccountDependents *dependents) { m_dependents = dependents; }

    // Conflict when the id is taken; InvalidInput naming the field otherwise.
    Result<Account> createAccount(const QString &identity, const AccountInput &input);
    // The account a profile reaches (what sts:GetCallerIdentity said) becomes a connected account
    // of the workspace: created under `name` when new, or moved to this profile when another profile
    // reached it before. A local account of that id is refused (Conflict): its pipelines and runs
    // would mix with the cloud's, and a sync would delete them.
    Result<Account> connectAccount(const QString &identity, const QString &accountId, const QString &name,
                                   const QString &profile);
    // NotFound when the account does not exist. The management account of an organization cannot
    // leave it.
    Result<Account> updateAccount(const QString &identity, const AccountChange &change);
    // Conflict naming what is left (the count of each kind) while the account owns pipelines, rules,
    // schedules, event buses or resource shares, or manages an organization. When it was the
    // workspace's default identity, the default falls back to the first account left (or none).
    Status deleteAccount(const QString &identity, const QString &accountId);

    // A new organization managed by managementAccountId, which joins it (unless it is in another
    // organization already: Conflict). The id is new: "o-" and 10 lowercase letters and digits.
    Result<Organization> createOrganization(const QString &identity, const QString &name,
                                            const QString &managementAccountId);
    // A new OU of organizationId, under parentOuId or (when empty) directly under the root. Its name
    // must be unique among its siblings.
    Result<OrganizationalUnit> createOrganizationalUnit(const QString &identity, const QString &organizationId,
                                                        const QString &parentOuId, const QString &name);

    // "As of": for a connected account, when its rows of a kind were read from the cloud (the
    // oldest and newest read_at of its mirrored rows), and whether its connection is usable now.
    // For a local account only accountId and accountName are set. NotFound for an unknown account.
    Result<MirrorStatus> mirrorStatus(const QString &accountId, MirrorKind kind) const;
    // Whoever syncs (the sync, a profile test) says whether an account's connection is usable;
    // kept in memory only (a new program starts online until told otherwise). Emits
    // connectionStateChanged when it changes.
    void setConnectionState(const QString &accountId, ConnectionState state, const QString &reason = QString());

signals:
    void accountsChanged();
    void organizationsChanged();
    void connectionStateChanged(const QString &accountId);

private:
    // Checks the account's name, email, organization and OU (filling the organization from the OU).
    Status validate(Account &account) const;

    ServiceContext &m_context;
    AccountDependents *m_dependents = nullptr;
    struct Unusable
    {
        ConnectionState state;
        QString reason;
    };
    QHash<QString, Unusable> m_unusable; // account id → why its connection is not usable
};

} // namespace Pd

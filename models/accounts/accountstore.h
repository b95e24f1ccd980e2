#pragma once

#include "accounts/account.h"
#include "core/result.h"

namespace Pd {

class Database;

// SQL for accounts, organizations and OUs. Writes must run inside Database::transaction().
class AccountStore
{
public:
    explicit AccountStore(Database &database)
        : m_database(database)
    {}

    Result<QList<Account>> accounts() const;
    Result<Account> account(const QString &id) const; // NotFound when absent
    Result<QList<Organization>> organizations() const;
    Result<QList<OrganizationalUnit>> organizationalUnits() const;

    Status insert(const Organization &organization);
    Status insert(const OrganizationalUnit &unit);
    Status insert(const Account &account);
    // Name, email, organization and OU of an existing account.
    Status update(const Account &account);
    Status removeAccount(const QString &id);
    // Which organizations this account manages (their ids), sorted.
    Result<QStringList> managedOrganizations(const QString &accountId) const;

private:
    Database &m_database;
};

} // namespace Pd

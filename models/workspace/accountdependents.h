#pragma once

#include "accounts/accountdependents.h"

namespace Pd {

class Database;

// What an account owns in the slices above accounts — pipelines, rules, event buses, schedules,
// resource shares — counted through each slice's store. It lives in the composition root because only
// the Workspace may know every slice; AccountService asks it through the AccountDependents seam.
class WorkspaceAccountDependents : public AccountDependents
{
public:
    explicit WorkspaceAccountDependents(Database &database)
        : m_database(database)
    {}

    Result<QList<AccountDependent>> ownedBy(const QString &accountId) const override;
    Status release(const QString &accountId) override;

private:
    Database &m_database;
};

} // namespace Pd

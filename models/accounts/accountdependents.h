#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Pd {

// One kind of thing an account still owns, and how many: {"pipelines", 2, "2 pipelines"}.
struct AccountDependent
{
    QString kind; // untranslated, plural: "pipelines", "rules", "schedules", "shares", "event-buses"
    int count = 0;
    QString text; // translated, with the count: "2 pipelines"
};

// What the accounts slice needs to know about the slices above it before an account can go, declared
// here so that accounts never includes them (the same seam as PipelineAccess): the Workspace, which
// knows every slice, implements it and hands it to AccountService. A test may hand in its own.
// Both calls run inside the transaction that deletes the account.
class AccountDependents
{
public:
    virtual ~AccountDependents() = default;

    // What accountId still owns that its owner must delete first, kinds with none left out.
    virtual Result<QList<AccountDependent>> ownedBy(const QString &accountId) const = 0;
    // Removes what the account leaves behind that nobody can see or use any more (resource shares
    // already deleted, which RAM keeps for a while), so that the account's row can go.
    virtual Status release(const QString &accountId) = 0;
};

} // namespace Pd

#pragma once

#include "accounts/account.h"
#include "core/result.h"

#include <QObject>

namespace Pd {

class ServiceContext;

// Accounts, organizations and OUs of the workspace.
class AccountService : public QObject
{
    Q_OBJECT

public:
    explicit AccountService(ServiceContext &context) : m_context(context) {}

    Result<QList<Account>> accounts() const;
    Result<Account> account(const QString &id) const;
    Result<QList<Organization>> organizations() const;
    Result<QList<OrganizationalUnit>> organizationalUnits() const;

    // Checks that id is a 12-digit account id that exists here.
    Status checkIdentity(const QString &id) const;

signals:
    void accountsChanged();

private:
    ServiceContext &m_context;
};

} // namespace Pd

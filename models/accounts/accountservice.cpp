#include "accounts/accountservice.h"

#include "accounts/accountstore.h"
#include "core/ids.h"
#include "core/tr.h"
#include "store/servicecontext.h"

namespace Pd {

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

} // namespace Pd

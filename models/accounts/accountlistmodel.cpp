#include "accounts/accountlistmodel.h"

#include "accounts/accountservice.h"

namespace Pd {

AccountListModel::AccountListModel(AccountService &accounts, QObject *parent)
    : QAbstractListModel(parent)
    , m_accountService(accounts)
{
    connect(&accounts, &AccountService::accountsChanged, this, &AccountListModel::reload);
    reload();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return account.label();
    case Qt::ToolTipRole: return account.email;
    case IdRole: return account.id;
    default: return {};
    }
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

void AccountListModel::reload()
{
    beginResetModel();
    auto accounts = m_accountService.accounts();
    m_accounts = accounts ? accounts.value() : QList<Account>();
    endResetModel();
}

} // namespace Pd

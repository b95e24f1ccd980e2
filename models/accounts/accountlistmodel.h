#pragma once

#include "accounts/account.h"
#include "itemmodels/columntablemodel.h"

#include <QAbstractListModel>

namespace Pd {

class AccountService;

// The accounts of the workspace, for the identity switcher. DisplayRole "dev (111111111111)",
// IdRole the account id.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    AccountListModel(AccountService &accounts, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString &accountId) const;
    void reload();

private:
    AccountService &m_accountService;
    QList<Account> m_accounts;
};

} // namespace Pd

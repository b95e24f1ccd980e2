#pragma once

#include "accounts/account.h"
#include "itemmodels/columntablemodel.h"

#include <QHash>

namespace Pd {

class AccountService;

// The accounts of the workspace with their organization and OU, for the Accounts dialog. DisplayRole
// shows names ("Pipeline Desk demo"), ToolTipRole the ids; IdRole is the account id. Reloads when
// the service says accounts or organizations changed.
class AccountTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Email, Organization, OrganizationalUnit, ColumnCount };

    explicit AccountTableModel(AccountService &accounts, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Account account(int row) const { return m_accounts.value(row); }
    int rowOf(const QString &accountId) const;
    void reload();

protected:
    int rows() const override { return int(m_accounts.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    AccountService &m_service;
    QList<Account> m_accounts;
    QHash<QString, QString> m_organizationNames; // id → name
    QHash<QString, QString> m_unitNames;         // id → name
};

} // namespace Pd

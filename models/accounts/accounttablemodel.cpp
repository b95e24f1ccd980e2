#include "accounts/accounttablemodel.h"

#include "accounts/accountservice.h"

namespace Pd {

AccountTableModel::AccountTableModel(AccountService &accounts, QObject *parent)
    : ColumnTableModel(parent)
    , m_service(accounts)
{
    connect(&accounts, &AccountService::accountsChanged, this, &AccountTableModel::reload);
    connect(&accounts, &AccountService::organizationsChanged, this, &AccountTableModel::reload);
    reload();
}

QString AccountTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Id: return tr("Account ID");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Organization: return tr("Organization");
    case OrganizationalUnit: return tr("Organizational unit");
    case ColumnCount: break;
    }
    return QString();
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    if (role == IdRole)
        return a.id;
    auto named = [](const QHash<QString, QString> &names, const QString &id) {
        return id.isEmpty() ? QString() : names.value(id, id);
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Id: return a.id;
        case Name: return a.name;
        case Email: return a.email;
        case Organization: return named(m_organizationNames, a.organizationId);
        case OrganizationalUnit: return named(m_unitNames, a.ouId);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Organization: return a.organizationId.isEmpty() ? QVariant() : QVariant(a.organizationId);
        case OrganizationalUnit: return a.ouId.isEmpty() ? QVariant() : QVariant(a.ouId);
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

int AccountTableModel::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

void AccountTableModel::reload()
{
    beginResetModel();
    auto accounts = m_service.accounts();
    m_accounts = accounts ? accounts.value() : QList<Account>();
    m_organizationNames.clear();
    m_unitNames.clear();
    if (auto organizations = m_service.organizations()) {
        for (const Pd::Organization &o : organizations.value())
            m_organizationNames.insert(o.id, o.name);
    }
    if (auto units = m_service.organizationalUnits()) {
        for (const Pd::OrganizationalUnit &u : units.value())
            m_unitNames.insert(u.id, u.name);
    }
    endResetModel();
}

} // namespace Pd

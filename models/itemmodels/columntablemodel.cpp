#include "itemmodels/columntablemodel.h"

#include "core/language.h"

namespace Pd {

ColumnTableModel::ColumnTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(Language::instance(), &Language::languageChanged, this, &ColumnTableModel::retranslate);
}

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ColumnTableModel::retranslate()
{
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (rows() > 0 && columns() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

} // namespace Pd

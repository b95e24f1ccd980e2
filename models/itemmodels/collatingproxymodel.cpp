#include "itemmodels/collatingproxymodel.h"

#include "core/language.h"
#include "itemmodels/columntablemodel.h"

namespace Pd {

CollatingProxyModel::CollatingProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(SortRole);
    connect(Language::instance(), &Language::languageChanged, this, [this] {
        m_collator = QCollator(QLocale());
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        invalidate();
    });
}

bool CollatingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.isValid() && r.isValid() && l.typeId() != QMetaType::QString)
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    return m_collator.compare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString()) < 0;
}

} // namespace Pd

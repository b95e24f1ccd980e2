#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Pd {

// Sorts text the way people of the current language expect (QCollator, numeric mode: "run-2"
// before "run-10", Hangul in dictionary order) and numbers and times by SortRole when a cell
// provides it. Filters on every column, case-insensitively.
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatingProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace Pd

#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace Pd {

// The read-only, row-selecting table every page uses: one selected row, no editing, alternating
// rows, no row numbers, columns sized to their contents with the last one stretched.
// The caller owns the view (it is parentless until put in a layout).
QTableView *createTableView(const QString &objectName, QAbstractItemModel *model, bool sortable = false);

// A page's heading: bold, 1.4 times the normal size. Text is set by the page's retranslateUi().
// The caller owns the label.
QLabel *createPageTitle(const QString &objectName = QStringLiteral("pageTitleLabel"));

// The open (visible) dialog or wizard of type T that a page made, if any: pages keep them
// non-modal, and tests and the page itself find them this way.
template<typename T>
T *visibleChild(const QObject *parent)
{
    const QList<T *> children = parent->findChildren<T *>(QString(), Qt::FindDirectChildrenOnly);
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace Pd

#pragma once

#include <QString>

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

} // namespace Pd

#pragma once

// Model contents as short strings, so assertions read like sentences (KDE KItemModels' idea).
#include <QAbstractItemModel>
#include <QStringList>

namespace PdTest {

// "a, b, c": the display text of one column, top to bottom.
inline QString column(const QAbstractItemModel &model, int column = 0, int role = Qt::DisplayRole)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.index(row, column).data(role).toString();
    return cells.join(QStringLiteral(", "));
}

// "a|b|c": the header titles.
inline QString headers(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c)
        titles << model.headerData(c, Qt::Horizontal).toString();
    return titles.join(QLatin1Char('|'));
}

} // namespace PdTest

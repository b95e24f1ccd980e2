#pragma once

#include <QAbstractTableModel>

namespace Pd {

// Common roles of Pipeline Desk's item models.
enum ItemRole {
    SortRole = Qt::UserRole + 1, // the raw value to sort by (a time as msecs, a number)
    IdRole,                      // the row's stable id: an ARN or an account id
    StatusRole,                  // the API status string ("Executing"), for delegates to colour
};

// A flat table with translated column titles. Re-emits headers and cells when the UI language
// changes, since item models receive no QEvent::LanguageChange.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    explicit ColumnTableModel(QObject *parent);
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;

private:
    void retranslate();
};

} // namespace Pd

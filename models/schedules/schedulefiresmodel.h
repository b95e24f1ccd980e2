#pragma once

#include "itemmodels/columntablemodel.h"
#include "scheduleexpressions/scheduleexpression.h"

#include <QTimeZone>

namespace Pd::Schedule {

// The rows of a schedule preview: each fire in the schedule's zone, in UTC and in the user's zone,
// with what DST did to it. Slots that DST skipped are rows too (no instant). SortRole is the
// instant in seconds; StatusRole the DST effect ("", "skipped", "merged", "moved").
class ScheduleFiresModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { ScheduleZoneColumn, UtcColumn, UserZoneColumn, DstColumn, ColumnCount };

    explicit ScheduleFiresModel(QObject *parent = nullptr);

    void setFires(const QList<Fire> &fires, const QTimeZone &scheduleZone, const QTimeZone &userZone);
    const QList<Fire> &fires() const { return m_fires; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_fires.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    QList<Fire> m_fires;
    QTimeZone m_scheduleZone;
    QTimeZone m_userZone;
};

} // namespace Pd::Schedule

#include "schedules/schedulefiresmodel.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "scheduleexpressions/civil.h"

#include <QLocale>

namespace Pd::Schedule {

ScheduleFiresModel::ScheduleFiresModel(QObject *parent) : ColumnTableModel(parent) {}

void ScheduleFiresModel::setFires(const QList<Fire> &fires, const QTimeZone &scheduleZone, const QTimeZone &userZone)
{
    beginResetModel();
    m_fires = fires;
    m_scheduleZone = scheduleZone;
    m_userZone = userZone;
    endResetModel();
}

QString ScheduleFiresModel::columnTitle(int column) const
{
    switch (column) {
    case ScheduleZoneColumn:
        return Tr::tr("Schedule's time zone");
    case UtcColumn:
        return Tr::tr("UTC");
    case UserZoneColumn:
        return Tr::tr("Your time zone");
    default:
        return Tr::tr("Daylight saving time");
    }
}

QVariant ScheduleFiresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fires.size())
        return QVariant();
    const Fire &fire = m_fires.at(index.row());
    const bool skipped = fire.effect == DstEffect::Skipped;
    if (role == SortRole)
        return fire.utc;
    if (role == StatusRole) {
        switch (fire.effect) {
        case DstEffect::None:
            return QString();
        case DstEffect::Skipped:
            return QStringLiteral("skipped");
        case DstEffect::Merged:
            return QStringLiteral("merged");
        case DstEffect::Moved:
            return QStringLiteral("moved");
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case ScheduleZoneColumn: {
        if (!skipped)
            return displayDateTime(QDateTime::fromSecsSinceEpoch(fire.utc, Qt::UTC), m_scheduleZone, locale);
        // The reading never shows on the clock: print it with the zone's id.
        const Civil::DateTime t = Civil::fromSeconds(fire.local);
        const QDateTime local(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::UTC);
        return locale.toString(local, displayDateTimeFormat(locale)) + QLatin1Char(' ') +
               QString::fromUtf8(m_scheduleZone.id());
    }
    case UtcColumn:
        return skipped ? QStringLiteral("—") : isoUtc(QDateTime::fromSecsSinceEpoch(fire.utc, Qt::UTC));
    case UserZoneColumn:
        return skipped ? QStringLiteral("—") : displayDateTime(QDateTime::fromSecsSinceEpoch(fire.utc, Qt::UTC), m_userZone, locale);
    case DstColumn:
        switch (fire.effect) {
        case DstEffect::None:
            return QString();
        case DstEffect::Skipped:
            return Tr::tr("Skipped: this time does not exist (clocks go forward)");
        case DstEffect::Merged:
            return Tr::tr("Once: this time occurs twice (clocks go back)");
        case DstEffect::Moved:
            return Tr::tr("Moved: the offset changed since the previous fire");
        }
    }
    return QVariant();
}

} // namespace Pd::Schedule

#pragma once

#include "scheduleexpressions/cronspec.h"

#include <QString>

#include <optional>

namespace Pd::Schedule {

// An Azure ML recurrence trigger as written: recurrence({"frequency": ..., "interval": ...,
// "schedule": {"hours": [...], "minutes": [...], "weekdays": [...]}, "start_time": ...,
// "end_time": ..., "time_zone": ...}).
struct RecurrenceSpec
{
    enum class Frequency { Minute, Hour, Day, Week, Month };
    Frequency frequency = Frequency::Day;
    int interval = 1;
    quint64 minutes = 0;   // bit set; 0 = not given (the start's minute is used)
    quint32 hours = 0;     // bit set; 0 = not given (the start's hour is used)
    quint32 weekdays = 0;  // bit 0 = Sunday; 0 = not given
    quint32 monthDays = 0; // bit d; 0 = not given (the start's day is used)
    // start_time / end_time: a wall-clock reading in the zone, or an instant when written with
    // Z or an offset.
    std::optional<qint64> startLocal, startUtc, endLocal, endUtc;
    QString timeZone; // as written, empty when absent
};

// The largest "interval" a recurrence accepts.
constexpr int MaxRecurrenceInterval = 100000;

// Parses the text between the parentheses of recurrence(...). Errors name the JSON key.
Result<RecurrenceSpec> parseRecurrence(const QString &body, int bodyOffset);

// The calendar rule of a day/week/month recurrence that starts at the given wall-clock reading.
CalendarRule compileRecurrence(const RecurrenceSpec &spec, qint64 startLocal);

// English JSON names of the frequencies and weekdays, as Azure writes them.
QString frequencyKey(RecurrenceSpec::Frequency frequency);
QString weekdayKey(int weekday); // 0 = sunday

} // namespace Pd::Schedule

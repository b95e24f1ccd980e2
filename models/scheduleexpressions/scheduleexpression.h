#pragma once

#include "core/result.h"
#include "scheduleexpressions/cronspec.h"
#include "scheduleexpressions/recurrencespec.h"
#include "scheduleexpressions/zonetable.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace Pd::Schedule {

enum class Dialect {
    At,         // at(yyyy-mm-ddThh:mm:ss)
    Rate,       // rate(N unit)
    Cron,       // cron(6 fields), EventBridge / Quartz
    Crontab,    // crontab(5 fields), classic cron and Azure ML cron
    Recurrence, // recurrence({...}), Azure ML
};

// How daylight saving time changed a fire (for previews).
enum class DstEffect {
    None,
    Skipped, // the wall-clock time does not exist that day (spring forward): no fire
    Merged,  // the wall-clock time occurs twice (fall back): fired once, at the first
    Moved,   // elapsed-time schedule: the wall-clock time shifted by a change of offset
};

struct Fire
{
    qint64 utc = 0;    // seconds since the epoch; not a fire when effect is Skipped
    qint64 local = 0;  // the wall-clock reading in the schedule's zone, as local seconds
    DstEffect effect = DstEffect::None;
};

// A parsed, validated schedule expression with its time zone and optional start/end: a pure
// value (cheap to copy, thread-safe to share), no store, no clock.
//
// Time-zone rules (docs/schedule-expressions.md):
// - Calendar dialects (at, cron, crontab, recurrence day/week/month) match the zone's wall-clock.
//   A reading that does not exist (spring forward) is skipped; one that occurs twice (fall back)
//   fires once, at its first instant.
// - rate() and recurrence minute/hour are elapsed time from the start; DST does not matter.
// - Without a start, a preview uses its "from" instant as the start (rate's first fire is
//   from + N). Fires are strictly after "from", at or after the start and at or before the end.
// - The calendar is searched up to the end of year 2199 (the last year cron() can name).
class ScheduleExpression
{
public:
    // Parses at(), rate(), cron(), crontab() or recurrence(). timeZone is IANA, Windows or "UTC"
    // (empty = UTC); a recurrence's own "time_zone" wins over it. Errors are Error::invalid
    // naming the field, with the position in the text.
    static Result<ScheduleExpression> parse(const QString &text, const QString &timeZone = QString());

    Dialect dialect() const;
    QString text() const;
    // The zone, built from its canonical name (a link or a Windows name resolves to it).
    QTimeZone timeZone() const;
    // The zone's name as given (the recurrence's time_zone, else the schedule's, else UTC) and its
    // canonical name.
    const ZoneName &zoneName() const;
    std::optional<qint64> start() const;
    std::optional<qint64> end() const;
    // Bounds from the schedule (not the expression); a recurrence's start_time/end_time are
    // set by parse() and may be overridden here.
    void setStart(std::optional<qint64> utcSeconds);
    void setEnd(std::optional<qint64> utcSeconds);

    // The first fire strictly after afterUtc (seconds since the epoch), if any.
    std::optional<qint64> next(qint64 afterUtc) const;
    // The next count fires strictly after fromUtc; fewer when the schedule ends.
    QList<qint64> preview(qint64 fromUtc, int count) const;
    // Like preview() with each fire's wall-clock reading and DST effect; slots skipped by DST are
    // listed too (as Skipped, not counted).
    QList<Fire> explain(qint64 fromUtc, int count) const;

    QList<QDateTime> preview(const QDateTime &from, int count) const;

    // Dialect details for description, linting and conversion.
    const CronSpec *cron() const;             // Cron and Crontab
    const RecurrenceSpec *recurrence() const; // Recurrence
    int rateValue() const;                    // Rate: N
    qint64 ratePeriod() const;                // Rate: seconds
    QString rateUnit() const;                 // Rate: "minute", "hour", "day"
    qint64 atLocal() const;                   // At: the wall-clock reading
    std::shared_ptr<const ZoneTable> zoneTable() const;
    // The wall-clock rule of a calendar dialect; for a recurrence without start_time, the rule
    // as if it started at startIfUnset. Null for at(), rate() and minute/hour recurrences.
    std::optional<CalendarRule> calendarRule(qint64 startIfUnset) const;

    struct Data;

private:
    std::shared_ptr<Data> d;
};

} // namespace Pd::Schedule

#include "scheduleexpressions/schedulelinter.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"

#include <algorithm>

namespace Pd::Schedule {

namespace {

QString localDate(qint64 local)
{
    const Civil::DateTime t = Civil::fromSeconds(local);
    return QStringLiteral("%1-%2-%3").arg(t.year).arg(t.month, 2, 10, QLatin1Char('0')).arg(t.day, 2, 10, QLatin1Char('0'));
}

QString localClock(qint64 local)
{
    const Civil::DateTime t = Civil::fromSeconds(local);
    return QStringLiteral("%1:%2").arg(t.hour, 2, 10, QLatin1Char('0')).arg(t.minute, 2, 10, QLatin1Char('0'));
}

// Months (bits 1-12) that are shorter than the day; February counts as 29 days long.
bool skipsShortMonths(quint32 domBits, quint32 months)
{
    static constexpr int longest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int lowest = domBits ? int(qCountTrailingZeroBits(domBits)) : 0;
    if (lowest < 29)
        return false; // some day of the list exists in every month
    bool skips = false;
    for (int m = 1; m <= 12; ++m) {
        if ((months & (1u << m)) && lowest > longest[m - 1] - (m == 2 ? 1 : 0))
            skips = true;
    }
    return skips;
}

// "2027-12-31 12:00 Asia/Seoul": a local reading with its zone.
QString localReading(qint64 local, const QString &zone)
{
    return QStringLiteral("%1 %2 %3").arg(localDate(local), localClock(local), zone);
}

// Whether the schedule fires again after `now`, and whether its expression runs out of dates
// (a cron whose years end, cron(0 12 31 2 ? *)). Bounded: next() is a bit-set search that stops
// at the end of MaxYear (some 2,400 months for a date that never comes, microseconds), and the
// last fire is found by bisection over the instants, at most 64 next() calls.
void checkFires(const ScheduleExpression &e, qint64 now, const QString &zone, QList<LintWarning> &warnings)
{
    const std::shared_ptr<const ZoneTable> table = e.zoneTable();
    auto reading = [&](qint64 utc) { return localReading(utc + table->offsetAt(utc), zone); };
    const std::optional<qint64> next = e.next(now);
    ScheduleExpression unbounded = e;
    unbounded.setEnd(std::nullopt);
    if (!next) {
        QString message;
        if (e.dialect() == Dialect::At) {
            message = Tr::tr("Never fires: %1 is in the past.").arg(localReading(e.atLocal(), zone));
        } else if (const std::optional<qint64> later = e.end() ? unbounded.next(now) : std::nullopt) {
            message = Tr::tr("Never fires: the end (%1) comes before the next fire (%2).").arg(reading(*e.end()), reading(*later));
        } else {
            message = Tr::tr("Never fires: no date after %1 matches the expression.").arg(reading(now));
        }
        warnings.append({LintWarning::Kind::NeverFires, message});
        return;
    }
    if (e.dialect() == Dialect::At)
        return; // one fire, and it is to come
    // Only an expression that still fires at the calendar's end goes on for good.
    const qint64 horizon = Civil::toSeconds(MaxYear, 1, 1, 0, 0, 0);
    if (now >= horizon || unbounded.next(horizon))
        return;
    qint64 before = now, after = horizon; // next(before) exists, next(after) does not
    while (after - before > 1) {
        const qint64 middle = before + (after - before) / 2;
        (unbounded.next(middle) ? before : after) = middle;
    }
    const std::optional<qint64> last = unbounded.next(before);
    if (!last || (e.end() && *e.end() < *last))
        return; // the schedule's own end comes first: nothing unexpected
    warnings.append({LintWarning::Kind::FiresEnd,
                     Tr::tr("No more fires after %1: the expression matches no later date.").arg(reading(*last))});
}

// The dialects each target takes, the preferred first (what a conversion aims at).
QList<Dialect> takenDialects(LintTarget target)
{
    switch (target) {
    case LintTarget::Any:
        return {Dialect::At, Dialect::Rate, Dialect::Cron, Dialect::Crontab, Dialect::Recurrence};
    case LintTarget::EventBridgeRule:
        return {Dialect::Cron, Dialect::Rate};
    case LintTarget::Scheduler:
        return {Dialect::Cron, Dialect::Rate, Dialect::At};
    case LintTarget::AzureMl:
        return {Dialect::Crontab, Dialect::Recurrence};
    case LintTarget::Crontab:
        return {Dialect::Crontab};
    }
    return {};
}

// "cron() and rate()": what the target takes, as the warnings say it.
QString takenDialectsText(LintTarget target)
{
    switch (target) {
    case LintTarget::EventBridgeRule:
        return Tr::tr("EventBridge rules take only cron() and rate()");
    case LintTarget::Scheduler:
        return Tr::tr("EventBridge Scheduler takes only at(), rate() and cron()");
    case LintTarget::AzureMl:
        return Tr::tr("Azure ML schedules take only a cron trigger (crontab) and a recurrence");
    case LintTarget::Crontab:
        return Tr::tr("A crontab takes only its five fields (crontab)");
    case LintTarget::Any:
        break;
    }
    return {};
}

// A zone that reads as UTC over the coming year (UTC, Etc/UTC, GMT, Africa/Abidjan...): a rule
// evaluating the expression in UTC fires at the same instants.
bool readsAsUtc(const ScheduleExpression &e, qint64 from)
{
    const std::shared_ptr<const ZoneTable> table = e.zoneTable();
    return table->offsetAt(from) == 0 && table->transitions(from, from + 366 * Civil::SecondsPerDay).empty();
}

} // namespace

QStringList lintTargetNames()
{
    return {QStringLiteral("any"), QStringLiteral("eventbridge"), QStringLiteral("scheduler"), QStringLiteral("azure-ml"),
            QStringLiteral("crontab")};
}

std::optional<LintTarget> lintTargetFromName(const QString &name)
{
    const int index = int(lintTargetNames().indexOf(name.trimmed().toLower()));
    if (index < 0)
        return std::nullopt;
    return LintTarget(index);
}

QString lintTargetName(LintTarget target)
{
    return lintTargetNames().value(int(target));
}

Result<QString> expressionFor(const ScheduleExpression &e, LintTarget target)
{
    const QList<Dialect> taken = takenDialects(target);
    if (taken.contains(e.dialect()))
        return e.text();
    // One step is enough: what two would reach (at() through a year-bound cron() to a crontab,
    // rate() through a start-anchored recurrence) repeats or drifts, and is refused on the way.
    std::optional<Error> first;
    for (Dialect d : taken) {
        Result<QString> converted = convertExpression(e, d);
        if (converted)
            return converted.value();
        if (!first)
            first = converted.error();
    }
    return first.value_or(Error::invalid(QStringLiteral("dialect"), takenDialectsText(target)));
}

bool neverFires(const QList<LintWarning> &warnings)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [](const LintWarning &w) {
                           return w.kind == LintWarning::Kind::NeverFires || w.kind == LintWarning::Kind::EndBeforeStart;
                       });
}

QList<LintWarning> lint(const ScheduleExpression &e, const LintOptions &options)
{
    QList<LintWarning> warnings;
    const QString zone = QString::fromUtf8(e.timeZone().id());

    if (options.ruleOnCustomEventBus)
        warnings.append({LintWarning::Kind::CustomEventBus,
                         Tr::tr("Rules on a custom event bus cannot have a schedule expression; use the default event bus or "
                                "a standalone schedule.")});

    const CronSpec *cron = e.cron();
    const RecurrenceSpec *recurrence = e.recurrence();
    const std::optional<CalendarRule> rule = e.calendarRule(options.referenceUtc);

    // Days 29-31 that some months lack.
    if (cron && rule && rule->domSpecial == CalendarRule::DomSpecial::None && rule->logic != CalendarRule::DayLogic::Dow
        && !cron->fields[2].star && skipsShortMonths(rule->domBits, rule->months))
        warnings.append({LintWarning::Kind::ShortMonths,
                         Tr::tr("Day-of-month %1 does not exist in every month; months without it are skipped (use L for the "
                                "last day).")
                             .arg(qCountTrailingZeroBits(rule->domBits))});
    if (cron && rule && rule->domSpecial == CalendarRule::DomSpecial::NearestWeekday && rule->domValue >= 29)
        warnings.append({LintWarning::Kind::ShortMonths,
                         Tr::tr("Day-of-month %1W does not exist in every month; months without day %1 are skipped.").arg(rule->domValue)});
    if (recurrence && rule && recurrence->frequency == RecurrenceSpec::Frequency::Month && !recurrence->weekdays
        && skipsShortMonths(rule->domBits, 0x1FFE))
        warnings.append({LintWarning::Kind::ShortMonths,
                         Tr::tr("Day %1 does not exist in every month; the recurrence does not fire in months without it.")
                             .arg(qCountTrailingZeroBits(rule->domBits))});

    // What the target makes of the expression: another dialect, and for Azure ML the fields it ignores.
    if (options.target != LintTarget::Any) {
        const Result<QString> there = expressionFor(e, options.target);
        if (!there)
            warnings.append({LintWarning::Kind::TargetDialect,
                             Tr::tr("%1, and this schedule has no exact equivalent there: %2")
                                 .arg(takenDialectsText(options.target), there.error().message)});
        else if (there.value() != e.text())
            warnings.append({LintWarning::Kind::TargetDialect,
                             Tr::tr("%1: there this schedule is written “%2” (the same instants).")
                                 .arg(takenDialectsText(options.target), there.value())});
        if (options.target == LintTarget::AzureMl && there) {
            const Result<ScheduleExpression> azure = ScheduleExpression::parse(there.value(), e.zoneName().typed);
            const CronSpec *azureCron = azure ? azure->cron() : nullptr;
            if (azureCron && azureCron->crontab && (!azureCron->fields[2].star || !azureCron->fields[3].star))
                warnings.append({LintWarning::Kind::AzureIgnoresFields,
                                 Tr::tr("Azure ML cron triggers ignore day-of-month and month (they are treated as *); "
                                        "this schedule would fire on other days there.")});
        }
        if (options.target == LintTarget::EventBridgeRule && !readsAsUtc(e, options.referenceUtc))
            warnings.append({LintWarning::Kind::TargetTimeZone,
                             Tr::tr("EventBridge rules fire in UTC only: the time zone %1 is not kept there, so the "
                                    "fires move by its offset. EventBridge Scheduler fires in a time zone.")
                                 .arg(zone)});
    }

    const bool everyMinute = (rule && rule->minutes == (1ULL << 60) - 1 && rule->hours == (1u << 24) - 1)
        || (e.dialect() == Dialect::Rate && e.ratePeriod() == 60)
        || (recurrence && recurrence->frequency == RecurrenceSpec::Frequency::Minute && recurrence->interval == 1);
    if (everyMinute)
        warnings.append({LintWarning::Kind::EveryMinute,
                         Tr::tr("Fires every minute, the most often a schedule can fire (1,440 runs a day); check that the "
                                "pipeline finishes within a minute.")});

    if (e.start() && e.end() && *e.end() < *e.start())
        warnings.append({LintWarning::Kind::EndBeforeStart, Tr::tr("The end is before the start: the schedule never fires.")});
    else
        checkFires(e, options.referenceUtc, zone, warnings);

    // Wall-clock times that daylight saving time removes or repeats in the coming year.
    const std::shared_ptr<const ZoneTable> table = e.zoneTable();
    const qint64 from = options.referenceUtc;
    const auto transitions = table->transitions(from, from + 366 * Civil::SecondsPerDay);
    bool gapWarned = false, overlapWarned = false, shiftWarned = false;
    for (const auto &[at, offsetAfter] : transitions) {
        const int offsetBefore = table->offsetAt(at - 1);
        const bool gap = offsetAfter > offsetBefore;
        // The affected wall-clock window: [at + before, at + after) for a gap, the reverse for an overlap.
        const qint64 windowStart = at + std::min(offsetBefore, offsetAfter);
        const qint64 windowEnd = at + std::max(offsetBefore, offsetAfter);
        std::optional<qint64> hit;
        if (rule) {
            hit = rule->nextLocal(windowStart);
            if (hit && *hit >= windowEnd)
                hit.reset();
        } else if (e.dialect() == Dialect::At && e.atLocal() >= windowStart && e.atLocal() < windowEnd) {
            hit = e.atLocal();
        } else if ((e.dialect() == Dialect::Rate && e.ratePeriod() % Civil::SecondsPerDay == 0) && !shiftWarned) {
            shiftWarned = true;
            warnings.append({LintWarning::Kind::DstShift,
                             Tr::tr("rate() counts 24-hour days: after the change of offset on %1 in %2, it fires at a "
                                    "different wall-clock time.")
                                 .arg(localDate(at + offsetAfter), zone)});
        }
        if (!hit)
            continue;
        if (gap && !gapWarned) {
            gapWarned = true;
            warnings.append({LintWarning::Kind::DstGap, Tr::tr("%1 on %2 does not exist in %3 (clocks go forward); that fire is skipped.")
                                                            .arg(localClock(*hit), localDate(*hit), zone)});
        } else if (!gap && !overlapWarned) {
            overlapWarned = true;
            warnings.append({LintWarning::Kind::DstOverlap,
                             Tr::tr("%1 on %2 occurs twice in %3 (clocks go back); it fires once, at the first.")
                                 .arg(localClock(*hit), localDate(*hit), zone)});
        }
    }
    return warnings;
}

} // namespace Pd::Schedule

#include "scheduleexpressions/scheduleconverter.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Pd::Schedule {

namespace {

Error refuse(const QString &why)
{
    return Error::invalid(QStringLiteral("dialect"), Tr::tr("Cannot convert exactly: %1").arg(why));
}

// "*" for a full set, else "1,5-9,20".
QString fieldText(quint64 bits, int min, int max, int shift = 0)
{
    bool full = true;
    for (int v = min; v <= max; ++v)
        full = full && (bits & (1ULL << v));
    if (full)
        return QStringLiteral("*");
    QStringList parts;
    for (int v = min; v <= max;) {
        if (!(bits & (1ULL << v))) {
            ++v;
            continue;
        }
        int end = v;
        while (end + 1 <= max && (bits & (1ULL << (end + 1))))
            ++end;
        if (end - v >= 2)
            parts.append(QStringLiteral("%1-%2").arg(v + shift).arg(end + shift));
        else
            for (int k = v; k <= end; ++k)
                parts.append(QString::number(k + shift));
        v = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

QJsonArray bitArray(quint64 bits, int min, int max)
{
    QJsonArray array;
    for (int v = min; v <= max; ++v) {
        if (bits & (1ULL << v))
            array.append(v);
    }
    return array;
}

QString recurrenceText(const QJsonObject &object)
{
    return QStringLiteral("recurrence(%1)").arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// A calendar rule that only restricts minutes, hours and (optionally) weekdays.
Result<QString> fromSimpleRule(const CalendarRule &rule, bool hasWeekdays, Dialect target, const QString &zone)
{
    if (rule.second != 0)
        return refuse(Tr::tr("it fires at second %1 of the minute; cron fires at second 0").arg(rule.second));
    const QString minutes = fieldText(rule.minutes, 0, 59);
    const QString hours = fieldText(rule.hours, 0, 23);
    switch (target) {
    case Dialect::Cron:
        return hasWeekdays ? QStringLiteral("cron(%1 %2 ? * %3 *)").arg(minutes, hours, fieldText(rule.dowBits, 0, 6, 1))
                           : QStringLiteral("cron(%1 %2 * * ? *)").arg(minutes, hours);
    case Dialect::Crontab:
        return QStringLiteral("crontab(%1 %2 * * %3)").arg(minutes, hours, hasWeekdays ? fieldText(rule.dowBits, 0, 6) : QStringLiteral("*"));
    case Dialect::Recurrence: {
        QJsonObject schedule{{QStringLiteral("hours"), bitArray(rule.hours, 0, 23)},
                             {QStringLiteral("minutes"), bitArray(rule.minutes, 0, 59)}};
        if (hasWeekdays) {
            QJsonArray days;
            for (int w : {1, 2, 3, 4, 5, 6, 0}) {
                if (rule.dowBits & (1u << w))
                    days.append(weekdayKey(w));
            }
            schedule.insert(QStringLiteral("weekdays"), days);
        }
        return recurrenceText({{QStringLiteral("frequency"), hasWeekdays ? QStringLiteral("week") : QStringLiteral("day")},
                               {QStringLiteral("interval"), 1},
                               {QStringLiteral("schedule"), schedule},
                               {QStringLiteral("time_zone"), zone}});
    }
    default:
        break;
    }
    return refuse(Tr::tr("that dialect cannot express a repeating calendar schedule"));
}

} // namespace

Result<QString> convertExpression(const ScheduleExpression &e, Dialect target)
{
    if (e.dialect() == target)
        return e.text().trimmed();
    const QString zone = QString::fromUtf8(e.timeZone().id());
    const QString elapsed = Tr::tr("rate() and minute/hour recurrences count elapsed time from the start, while cron matches the "
                                   "clock (DST changes and the start's offset make them differ)");
    switch (e.dialect()) {
    case Dialect::At: {
        if (target != Dialect::Cron)
            return refuse(Tr::tr("only cron() can name one year; crontab and recurrence repeat"));
        const Civil::DateTime t = Civil::fromSeconds(e.atLocal());
        if (t.year < MinYear || t.year > MaxYear)
            return refuse(Tr::tr("cron() can only name the years %1–%2").arg(MinYear).arg(MaxYear));
        if (t.second != 0)
            return refuse(Tr::tr("it fires at second %1 of the minute; cron fires at second 0").arg(t.second));
        return QStringLiteral("cron(%1 %2 %3 %4 ? %5)").arg(t.minute).arg(t.hour).arg(t.day).arg(t.month).arg(t.year);
    }
    case Dialect::Rate: {
        if (target != Dialect::Recurrence)
            return refuse(elapsed);
        const QString unit = e.rateUnit();
        const bool minute = unit == QLatin1String("minute");
        const qint64 interval = minute ? e.rateValue() : unit == QLatin1String("hour") ? e.rateValue() : e.rateValue() * 24LL;
        if (interval > MaxRecurrenceInterval)
            return refuse(Tr::tr("a recurrence's interval is at most %1").arg(MaxRecurrenceInterval));
        return recurrenceText({{QStringLiteral("frequency"), minute ? QStringLiteral("minute") : QStringLiteral("hour")},
                               {QStringLiteral("interval"), interval},
                               {QStringLiteral("time_zone"), zone}});
    }
    case Dialect::Cron:
    case Dialect::Crontab: {
        const CronSpec &spec = *e.cron();
        const CalendarRule &r = spec.rule;
        if (r.domSpecial != CalendarRule::DomSpecial::None || r.dowSpecial != CalendarRule::DowSpecial::None)
            return refuse(Tr::tr("L, W and # have no equivalent in crontab or recurrence"));
        if (!r.allYears)
            return refuse(Tr::tr("only cron() can restrict years"));
        const bool domAll = spec.fields[2].star || spec.fields[2].question;
        const bool dowAll = spec.fields[4].star || spec.fields[4].question;
        if (r.logic == CalendarRule::DayLogic::Or)
            return refuse(Tr::tr("crontab fires when either day-of-month or day-of-week matches; cron() and recurrence cannot "
                                 "combine both"));
        if (target == Dialect::Recurrence) {
            if (!spec.fields[3].star || !domAll)
                return refuse(Tr::tr("a recurrence cannot restrict months or days of the month together with times of day"));
            return fromSimpleRule(r, !dowAll, target, zone);
        }
        if (target == Dialect::Cron || target == Dialect::Crontab) {
            const bool toCron = target == Dialect::Cron;
            const QString minutes = fieldText(r.minutes, 0, 59);
            const QString hours = fieldText(r.hours, 0, 23);
            const QString months = fieldText(r.months, 1, 12);
            const QString dom = domAll ? QStringLiteral("*") : fieldText(r.domBits, 1, 31);
            QString dow = dowAll ? QStringLiteral("*") : fieldText(r.dowBits, 0, 6, toCron ? 1 : 0);
            if (toCron) {
                // EventBridge needs ? in the day field that does not count.
                if (!domAll && !dowAll)
                    return refuse(Tr::tr("both day fields are restricted"));
                const QString domField = dowAll ? dom : QStringLiteral("?");
                const QString dowField = dowAll ? QStringLiteral("?") : dow;
                return QStringLiteral("cron(%1 %2 %3 %4 %5 *)").arg(minutes, hours, domField, months, dowField);
            }
            return QStringLiteral("crontab(%1 %2 %3 %4 %5)").arg(minutes, hours, dom, months, dow);
        }
        return refuse(Tr::tr("at() fires once and rate() counts elapsed time; a calendar schedule repeats on the clock"));
    }
    case Dialect::Recurrence: {
        const RecurrenceSpec &r = *e.recurrence();
        if (r.frequency == RecurrenceSpec::Frequency::Minute || r.frequency == RecurrenceSpec::Frequency::Hour) {
            if (target != Dialect::Rate)
                return refuse(elapsed);
            const bool minute = r.frequency == RecurrenceSpec::Frequency::Minute;
            const int n = r.interval;
            if (!minute && n % 24 == 0)
                return n == 24 ? QStringLiteral("rate(1 day)") : QStringLiteral("rate(%1 days)").arg(n / 24);
            const QString unit = minute ? QStringLiteral("minute") : QStringLiteral("hour");
            return n == 1 ? QStringLiteral("rate(1 %1)").arg(unit) : QStringLiteral("rate(%1 %2s)").arg(n).arg(unit);
        }
        if (target != Dialect::Cron && target != Dialect::Crontab)
            return refuse(Tr::tr("at() fires once and rate() counts elapsed time; a calendar schedule repeats on the clock"));
        if (r.startLocal || r.startUtc || r.endLocal || r.endUtc)
            return refuse(Tr::tr("start_time and end_time bound the recurrence; cron has no bounds (set them as the "
                                 "schedule's start and end instead)"));
        if (r.interval != 1)
            return refuse(Tr::tr("an interval of %1 counts from the start; cron has no start").arg(r.interval));
        if (!r.hours || !r.minutes)
            return refuse(Tr::tr("without hours and minutes the time of day comes from the start"));
        const std::optional<CalendarRule> rule = e.calendarRule(0);
        if (r.frequency == RecurrenceSpec::Frequency::Month && !r.weekdays) {
            if (!r.monthDays)
                return refuse(Tr::tr("without month_days the day of the month comes from the start"));
            const QString minutes = fieldText(rule->minutes, 0, 59), hours = fieldText(rule->hours, 0, 23);
            const QString days = fieldText(r.monthDays, 1, 31);
            return target == Dialect::Cron ? QStringLiteral("cron(%1 %2 %3 * ? *)").arg(minutes, hours, days)
                                           : QStringLiteral("crontab(%1 %2 %3 * *)").arg(minutes, hours, days);
        }
        if (r.frequency == RecurrenceSpec::Frequency::Week && !r.weekdays)
            return refuse(Tr::tr("without weekdays the day of the week comes from the start"));
        return fromSimpleRule(*rule, r.frequency != RecurrenceSpec::Frequency::Day, target, zone);
    }
    }
    return refuse(QString());
}

} // namespace Pd::Schedule

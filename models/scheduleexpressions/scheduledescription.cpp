#include "scheduleexpressions/scheduledescription.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"
#include "scheduleexpressions/scheduleexpression.h"

#include <QLocale>
#include <QStringList>

namespace Pd::Schedule {

namespace {

QList<int> bitsOf(quint64 bits, int from, int to)
{
    QList<int> values;
    for (int i = from; i <= to; ++i) {
        if (bits & (1ULL << i))
            values.append(i);
    }
    return values;
}

QString twoDigits(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

QString clock(int h, int m)
{
    return twoDigits(h) + QLatin1Char(':') + twoDigits(m);
}

// "1, 2, 5–9": consecutive values folded into ranges.
QString numberList(const QList<int> &values)
{
    QStringList parts;
    for (int i = 0; i < values.size();) {
        int j = i;
        while (j + 1 < values.size() && values.at(j + 1) == values.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1–%2").arg(values.at(i)).arg(values.at(j)));
        else
            for (int k = i; k <= j; ++k)
                parts.append(QString::number(values.at(k)));
        i = j + 1;
    }
    return QLocale().createSeparatedList(parts);
}

// The step of values that start at the field's minimum and repeat to its end, or 0.
int stepOf(const QList<int> &values, int min, int max)
{
    if (values.size() < 2 || values.first() != min)
        return 0;
    const int step = values.at(1) - values.at(0);
    for (int i = 1; i < values.size(); ++i) {
        if (values.at(i) - values.at(i - 1) != step)
            return 0;
    }
    return values.last() + step > max ? step : 0;
}

QString weekdayName(int weekday) // 0 = Sunday
{
    return QLocale().dayName(weekday == 0 ? 7 : weekday, QLocale::LongFormat);
}

QString weekdayList(quint32 bits)
{
    QStringList names;
    for (int w : {1, 2, 3, 4, 5, 6, 0}) {
        if (bits & (1u << w))
            names.append(weekdayName(w));
    }
    return QLocale().createSeparatedList(names);
}

QString monthsPhrase(quint32 months)
{
    if (months == 0x1FFE)
        return Tr::tr("every month");
    QStringList names;
    for (int m : bitsOf(months, 1, 12))
        names.append(QLocale().monthName(m, QLocale::LongFormat));
    return QLocale().createSeparatedList(names);
}

QString ordinal(int n)
{
    switch (n) {
    case 1:
        return Tr::tr("first");
    case 2:
        return Tr::tr("second");
    case 3:
        return Tr::tr("third");
    case 4:
        return Tr::tr("fourth");
    default:
        return Tr::tr("fifth");
    }
}

// When in the day: a list of clock times when short, else minutes and hours apart.
struct TimePhrase
{
    QString text;
    bool single = false; // one clock time a day: "10:15"
};

TimePhrase timePhrase(quint64 minuteBits, quint32 hourBits)
{
    const QList<int> minutes = bitsOf(minuteBits, 0, 59);
    const QList<int> hours = bitsOf(hourBits, 0, 23);
    if (minutes.size() == 1 && hours.size() == 1)
        return {clock(hours.first(), minutes.first()), true};
    const int minuteStep = minutes.size() == 60 ? 1 : stepOf(minutes, 0, 59);
    QString minutePart;
    if (minuteStep == 1)
        minutePart = Tr::tr("every minute");
    else if (minuteStep > 1)
        minutePart = Tr::tr("every %1 minutes").arg(minuteStep);
    if (hours.size() == 24) {
        if (!minutePart.isEmpty())
            return {minutePart, false};
        if (minutes.size() == 1)
            return {Tr::tr("at minute %1 of every hour").arg(minutes.first()), false};
        return {Tr::tr("at minutes %1 of every hour").arg(numberList(minutes)), false};
    }
    if (minutes.size() * hours.size() <= 6) {
        QStringList times;
        for (int h : hours)
            for (int m : minutes)
                times.append(clock(h, m));
        return {Tr::tr("at %1").arg(QLocale().createSeparatedList(times)), false};
    }
    const int hourStep = stepOf(hours, 0, 23);
    const QString hourPart = hourStep > 1 ? Tr::tr("every %1 hours").arg(hourStep) : Tr::tr("hours %1").arg(numberList(hours));
    if (minutePart.isEmpty())
        minutePart = minutes.size() == 1 ? Tr::tr("at minute %1").arg(minutes.first()) : Tr::tr("at minutes %1").arg(numberList(minutes));
    return {Tr::tr("%1 during %2", "minutes during hours").arg(minutePart, hourPart), false};
}

QString cronDays(const CronSpec &spec)
{
    const CalendarRule &r = spec.rule;
    const QString months = monthsPhrase(r.months);
    const bool everyMonth = r.months == 0x1FFE;
    const QString weekdays = weekdayList(r.dowBits);
    const QString domList = numberList(bitsOf(r.domBits, 1, 31));
    const bool domStar = spec.fields[2].star || spec.fields[2].question;
    const bool dowStar = spec.fields[4].star || spec.fields[4].question;
    switch (r.logic) {
    case CalendarRule::DayLogic::Dom:
        switch (r.domSpecial) {
        case CalendarRule::DomSpecial::Last:
            return Tr::tr("on the last day of %1").arg(months);
        case CalendarRule::DomSpecial::LastWeekday:
            return Tr::tr("on the last weekday of %1").arg(months);
        case CalendarRule::DomSpecial::NearestWeekday:
            return Tr::tr("on the weekday nearest day %1 of %2").arg(r.domValue).arg(months);
        case CalendarRule::DomSpecial::None:
            break;
        }
        if (domStar)
            return everyMonth ? Tr::tr("every day") : Tr::tr("every day in %1").arg(months);
        return Tr::tr("on day %1 of %2").arg(domList, months);
    case CalendarRule::DayLogic::Dow:
        switch (r.dowSpecial) {
        case CalendarRule::DowSpecial::LastOf:
            return Tr::tr("on the last %1 of %2").arg(weekdayName(r.dowValue), months);
        case CalendarRule::DowSpecial::Nth:
            return Tr::tr("on the %1 %2 of %3").arg(ordinal(r.nth), weekdayName(r.dowValue), months);
        case CalendarRule::DowSpecial::None:
            break;
        }
        if (dowStar)
            return everyMonth ? Tr::tr("every day") : Tr::tr("every day in %1").arg(months);
        return everyMonth ? Tr::tr("on %1").arg(weekdays) : Tr::tr("on %1 in %2").arg(weekdays, months);
    case CalendarRule::DayLogic::And:
        if (domStar && dowStar)
            return everyMonth ? Tr::tr("every day") : Tr::tr("every day in %1").arg(months);
        if (domStar)
            return everyMonth ? Tr::tr("on %1").arg(weekdays) : Tr::tr("on %1 in %2").arg(weekdays, months);
        return Tr::tr("on day %1 of %2").arg(domList, months);
    case CalendarRule::DayLogic::Or:
        return Tr::tr("on day %1 of %2 or on %3").arg(domList, months, weekdays);
    }
    return QString();
}

QString zoneName(const ScheduleExpression &e)
{
    return QString::fromUtf8(e.timeZone().id());
}

QString withTime(const TimePhrase &time, const QString &days, const QString &zone)
{
    if (time.single)
        return Tr::tr("at %1 %2 %3", "%1 clock time, %2 zone, %3 days").arg(time.text, zone, days);
    return Tr::tr("%1, %2 (%3)", "%1 times of day, %2 days, %3 zone").arg(time.text, days, zone);
}

QString localText(qint64 local)
{
    const Civil::DateTime t = Civil::fromSeconds(local);
    return QStringLiteral("%1-%2-%3 %4:%5")
        .arg(t.year, 4, 10, QLatin1Char('0'))
        .arg(twoDigits(t.month), twoDigits(t.day), twoDigits(t.hour), twoDigits(t.minute))
        + (t.second ? QLatin1Char(':') + twoDigits(t.second) : QString());
}

} // namespace

QString describe(const ScheduleExpression &e)
{
    const QString zone = zoneName(e);
    switch (e.dialect()) {
    case Dialect::At:
        return Tr::tr("once at %1 (%2)").arg(localText(e.atLocal()), zone);
    case Dialect::Rate: {
        const int n = e.rateValue();
        const QString unit = e.rateUnit();
        if (unit == QLatin1String("minute"))
            return n == 1 ? Tr::tr("every minute, counted from the start") : Tr::tr("every %1 minutes, counted from the start").arg(n);
        if (unit == QLatin1String("hour"))
            return n == 1 ? Tr::tr("every hour, counted from the start") : Tr::tr("every %1 hours, counted from the start").arg(n);
        return n == 1 ? Tr::tr("every 24 hours, counted from the start") : Tr::tr("every %1 days of 24 hours, counted from the start").arg(n);
    }
    case Dialect::Cron:
    case Dialect::Crontab: {
        const CronSpec &spec = *e.cron();
        QString days = cronDays(spec);
        if (!spec.rule.allYears) {
            QList<int> years;
            for (int y = MinYear; y <= MaxYear; ++y) {
                if (spec.rule.yearAllowed(y))
                    years.append(y);
            }
            days = Tr::tr("%1 in %2", "days in years").arg(days, numberList(years));
        }
        return withTime(timePhrase(spec.rule.minutes, spec.rule.hours), days, zone);
    }
    case Dialect::Recurrence: {
        const RecurrenceSpec &r = *e.recurrence();
        QString text;
        const int n = r.interval;
        const std::optional<qint64> start = e.start();
        const auto offset = [&](qint64 utc) { return utc + e.timeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)); };
        if (r.frequency == RecurrenceSpec::Frequency::Minute || r.frequency == RecurrenceSpec::Frequency::Hour) {
            const bool minute = r.frequency == RecurrenceSpec::Frequency::Minute;
            text = minute ? (n == 1 ? Tr::tr("every minute") : Tr::tr("every %1 minutes").arg(n))
                          : (n == 1 ? Tr::tr("every hour") : Tr::tr("every %1 hours").arg(n));
            text = start ? Tr::tr("%1 from %2 (%3)").arg(text, localText(offset(*start)), zone)
                         : Tr::tr("%1 from the start (%2)").arg(text, zone);
        } else {
            // Parts the recurrence does not give come from the start.
            const Civil::DateTime s = Civil::fromSeconds(start ? offset(*start) : 0);
            const quint64 minutes = r.minutes ? r.minutes : 1ULL << s.minute;
            const quint32 hours = r.hours ? r.hours : 1u << s.hour;
            const bool known = start || (r.minutes && r.hours);
            const TimePhrase time = known ? timePhrase(minutes, hours) : TimePhrase{Tr::tr("at the start's time of day"), false};
            QString days;
            switch (r.frequency) {
            case RecurrenceSpec::Frequency::Day:
                days = n == 1 ? Tr::tr("every day") : Tr::tr("every %1 days").arg(n);
                break;
            case RecurrenceSpec::Frequency::Week: {
                const quint32 w = r.weekdays ? r.weekdays : (start ? 1u << Civil::weekday(Civil::floorDiv(offset(*start), 86400)) : 0);
                const QString list = w ? weekdayList(w) : Tr::tr("the start's weekday");
                days = n == 1 ? Tr::tr("every week on %1").arg(list) : Tr::tr("every %1 weeks on %2").arg(n).arg(list);
                break;
            }
            default: {
                QString which;
                if (r.weekdays)
                    which = weekdayList(r.weekdays);
                else if (r.monthDays)
                    which = Tr::tr("day %1").arg(numberList(bitsOf(r.monthDays, 1, 31)));
                else
                    which = start ? Tr::tr("day %1").arg(s.day) : Tr::tr("the start's day");
                days = n == 1 ? Tr::tr("every month on %1").arg(which) : Tr::tr("every %1 months on %2").arg(n).arg(which);
                break;
            }
            }
            text = withTime(time, days, zone);
        }
        if (e.end())
            text = Tr::tr("%1, until %2").arg(text, localText(offset(*e.end())));
        return text;
    }
    }
    return QString();
}

} // namespace Pd::Schedule

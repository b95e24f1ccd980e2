#include "scheduleexpressions/recurrencespec.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"
#include "scheduleexpressions/zonetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Pd::Schedule {

namespace {

const char *const kWeekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

Error keyError(const QString &key, const QString &reason, int position)
{
    return Error::invalid(key, Tr::tr("%1: %2").arg(key, reason), position);
}

// "2026-01-01T10:00:00" (wall clock) or with Z / ±hh:mm (an instant).
bool parseTime(const QString &text, std::optional<qint64> *local, std::optional<qint64> *utc)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
    const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
    if (mo < 1 || mo > 12 || d < 1 || d > Civil::daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return false;
    const qint64 seconds = Civil::toSeconds(y, mo, d, h, mi, s);
    const QString zone = m.captured(7);
    if (zone.isEmpty()) {
        *local = seconds;
        return true;
    }
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int oh = digits.left(2).toInt(), om = digits.mid(2, 2).toInt();
        if (oh > 18 || om > 59)
            return false;
        offset = (oh * 3600 + om * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    *utc = seconds - offset;
    return true;
}

} // namespace

QString frequencyKey(RecurrenceSpec::Frequency frequency)
{
    static const char *const keys[] = {"minute", "hour", "day", "week", "month"};
    return QLatin1String(keys[int(frequency)]);
}

QString weekdayKey(int weekday)
{
    return QLatin1String(kWeekdays[qBound(0, weekday, 6)]);
}

Result<RecurrenceSpec> parseRecurrence(const QString &body, int bodyOffset)
{
    QJsonParseError parseError;
    const QByteArray utf8 = body.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The parser counts UTF-8 bytes; positions are in characters of the text.
        const int offset = int(QString::fromUtf8(utf8.left(parseError.offset)).size());
        return Error::invalid(QStringLiteral("recurrence"),
                              Tr::tr("recurrence: the JSON is not valid: %1").arg(parseError.errorString()),
                              bodyOffset + qMin(offset, int(body.size())));
    }
    if (!document.isObject())
        return Error::invalid(QStringLiteral("recurrence"), Tr::tr("recurrence: expected a JSON object {...}"), bodyOffset);
    const QJsonObject object = document.object();
    // Where a key is written, for error positions (best effort: the first occurrence).
    auto at = [&](const QString &key) {
        const int i = int(body.indexOf(QLatin1Char('"') + key + QLatin1Char('"')));
        return i < 0 ? bodyOffset : bodyOffset + i;
    };

    RecurrenceSpec spec;
    static const QStringList known{QStringLiteral("frequency"), QStringLiteral("interval"), QStringLiteral("schedule"),
                                   QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("time_zone")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return keyError(it.key(), Tr::tr("unknown key; use frequency, interval, schedule, start_time, end_time or time_zone"),
                            at(it.key()));
    }

    const QJsonValue frequency = object.value(QLatin1String("frequency"));
    if (!frequency.isString())
        return keyError(QStringLiteral("frequency"), Tr::tr("required: minute, hour, day, week or month"), at(QStringLiteral("frequency")));
    const QString f = frequency.toString().toLower();
    int fIndex = -1;
    for (int i = 0; i < 5; ++i) {
        if (f == frequencyKey(RecurrenceSpec::Frequency(i)))
            fIndex = i;
    }
    if (fIndex < 0)
        return keyError(QStringLiteral("frequency"),
                        Tr::tr("“%1” is not one of minute, hour, day, week, month").arg(frequency.toString()),
                        at(QStringLiteral("frequency")));
    spec.frequency = RecurrenceSpec::Frequency(fIndex);

    const QJsonValue interval = object.value(QLatin1String("interval"));
    const double iv = interval.toDouble(-1);
    if (!interval.isDouble() || iv < 1 || iv > MaxRecurrenceInterval || iv != double(qint64(iv)))
        return keyError(QStringLiteral("interval"), Tr::tr("must be a positive integer up to %1").arg(MaxRecurrenceInterval),
                        at(QStringLiteral("interval")));
    spec.interval = int(iv);

    const bool calendar = spec.frequency >= RecurrenceSpec::Frequency::Day;
    if (object.contains(QLatin1String("schedule"))) {
        const QJsonValue schedule = object.value(QLatin1String("schedule"));
        if (!schedule.isObject())
            return keyError(QStringLiteral("schedule"), Tr::tr("expected an object with hours, minutes and weekdays"),
                            at(QStringLiteral("schedule")));
        const QJsonObject s = schedule.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            const QString key = it.key();
            const QString field = QStringLiteral("schedule.") + key;
            if (key == QLatin1String("hours") || key == QLatin1String("minutes")) {
                if (!calendar)
                    return keyError(field, Tr::tr("only allowed when frequency is day, week or month"), at(key));
                const int max = key == QLatin1String("hours") ? 23 : 59;
                const QJsonArray array = it.value().toArray();
                if (!it.value().isArray() || array.isEmpty())
                    return keyError(field, Tr::tr("expected a list of numbers 0–%1").arg(max), at(key));
                quint64 bits = 0;
                for (const QJsonValue &v : array) {
                    const double n = v.toDouble(-1);
                    if (!v.isDouble() || n != double(qint64(n)) || n < 0 || n > max)
                        return keyError(field,
                                        Tr::tr("%1 is out of range 0–%2")
                                            .arg(v.isDouble() ? QString::number(n) : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)))
                                            .arg(max),
                                        at(key));
                    bits |= 1ULL << int(n);
                }
                if (key == QLatin1String("hours"))
                    spec.hours = quint32(bits);
                else
                    spec.minutes = bits;
            } else if (key == QLatin1String("weekdays") || key == QLatin1String("week_days")) {
                if (spec.frequency != RecurrenceSpec::Frequency::Week && spec.frequency != RecurrenceSpec::Frequency::Month)
                    return keyError(field, Tr::tr("weekdays only with frequency week or month"), at(key));
                const QJsonArray array = it.value().toArray();
                if (!it.value().isArray() || array.isEmpty())
                    return keyError(field, Tr::tr("expected a list of day names (monday … sunday)"), at(key));
                for (const QJsonValue &v : array) {
                    int w = -1;
                    for (int i = 0; i < 7; ++i) {
                        if (v.toString().toLower() == QLatin1String(kWeekdays[i]))
                            w = i;
                    }
                    if (w < 0)
                        return keyError(field, Tr::tr("“%1” is not a day name (monday … sunday)").arg(v.toString()), at(key));
                    spec.weekdays |= 1u << w;
                }
            } else if (key == QLatin1String("month_days")) {
                if (spec.frequency != RecurrenceSpec::Frequency::Month)
                    return keyError(field, Tr::tr("month_days only with frequency month"), at(key));
                const QJsonArray array = it.value().toArray();
                if (!it.value().isArray() || array.isEmpty())
                    return keyError(field, Tr::tr("expected a list of numbers 1–31"), at(key));
                for (const QJsonValue &v : array) {
                    const double n = v.toDouble(-1);
                    if (!v.isDouble() || n != double(qint64(n)) || n < 1 || n > 31)
                        return keyError(field, Tr::tr("expected a list of numbers 1–31"), at(key));
                    spec.monthDays |= 1u << int(n);
                }
            } else {
                return keyError(field, Tr::tr("unknown key; use hours, minutes or weekdays"), at(key));
            }
        }
        if (spec.weekdays && spec.monthDays)
            return keyError(QStringLiteral("schedule.month_days"), Tr::tr("use either weekdays or month_days, not both"),
                            at(QStringLiteral("month_days")));
    }

    for (const char *key : {"start_time", "end_time"}) {
        const QString name = QLatin1String(key);
        if (!object.contains(name))
            continue;
        const QJsonValue v = object.value(name);
        const bool isStart = name == QLatin1String("start_time");
        if (!v.isString() || !parseTime(v.toString(), isStart ? &spec.startLocal : &spec.endLocal,
                                        isStart ? &spec.startUtc : &spec.endUtc))
            return keyError(name, Tr::tr("expected a date and time yyyy-mm-ddThh:mm:ss"), at(name));
    }
    if (object.contains(QLatin1String("time_zone"))) {
        const QJsonValue v = object.value(QLatin1String("time_zone"));
        if (!v.isString() || !zoneFromName(v.toString()).isValid())
            return keyError(QStringLiteral("time_zone"),
                            Tr::tr("“%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)")
                                .arg(v.toString()),
                            at(QStringLiteral("time_zone")));
        spec.timeZone = v.toString();
    }
    return spec;
}

CalendarRule compileRecurrence(const RecurrenceSpec &spec, qint64 startLocal)
{
    const Civil::DateTime t = Civil::fromSeconds(startLocal);
    const qint64 startDay = Civil::floorDiv(startLocal, Civil::SecondsPerDay);
    CalendarRule rule;
    rule.minutes = spec.minutes ? spec.minutes : 1ULL << t.minute;
    rule.hours = spec.hours ? spec.hours : 1u << t.hour;
    rule.second = spec.minutes || spec.hours ? 0 : t.second;
    rule.interval = spec.interval;
    rule.logic = CalendarRule::DayLogic::And;
    switch (spec.frequency) {
    case RecurrenceSpec::Frequency::Day:
        rule.period = CalendarRule::Period::Days;
        rule.anchorDay = startDay;
        break;
    case RecurrenceSpec::Frequency::Week:
        rule.period = CalendarRule::Period::Weeks;
        rule.anchorDay = startDay - (Civil::weekday(startDay) + 6) % 7; // the Monday of the start's week
        rule.dowBits = spec.weekdays ? spec.weekdays : 1u << Civil::weekday(startDay);
        break;
    case RecurrenceSpec::Frequency::Month:
        rule.period = CalendarRule::Period::Months;
        rule.anchorMonth = t.year * 12 + t.month - 1;
        if (spec.weekdays)
            rule.dowBits = spec.weekdays;
        else
            rule.domBits = spec.monthDays ? spec.monthDays : 1u << t.day;
        break;
    case RecurrenceSpec::Frequency::Minute:
    case RecurrenceSpec::Frequency::Hour:
        break; // elapsed time, no calendar
    }
    return rule;
}

} // namespace Pd::Schedule

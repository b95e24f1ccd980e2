#include "scheduleexpressions/scheduleexpression.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"
#include "scheduleexpressions/zonetable.h"

#include <QRegularExpression>

namespace Pd::Schedule {

struct ScheduleExpression::Data
{
    Dialect dialect = Dialect::At;
    QString text;
    QTimeZone zone;
    ZoneName zoneName;
    std::shared_ptr<const ZoneTable> table;
    std::optional<qint64> start, end;

    qint64 atLocal = 0;
    int rateValue = 0;
    qint64 ratePeriod = 0;
    QString rateUnit;
    CronSpec cron;
    RecurrenceSpec recurrence;
    // The calendar rule of cron/crontab, or of a recurrence once its start is known.
    CalendarRule rule;
    bool ruleReady = false;

    bool calendar() const
    {
        return dialect == Dialect::Cron || dialect == Dialect::Crontab
            || (dialect == Dialect::Recurrence && recurrence.frequency >= RecurrenceSpec::Frequency::Day);
    }
    bool needsStart() const { return dialect == Dialect::Rate || dialect == Dialect::Recurrence; }

    // The instant of a wall-clock reading that may fall in a gap (for start/end bounds): a reading
    // in a gap is taken with the offset before the change, which lands just after the gap.
    qint64 boundInstant(qint64 local) const
    {
        qint64 utc = 0;
        if (table->resolve(local, &utc) == ZoneTable::LocalKind::Gap)
            utc = local - table->offsetAt(local - Civil::SecondsPerDay);
        return utc;
    }

    void setStart(std::optional<qint64> s)
    {
        start = s;
        ruleReady = dialect == Dialect::Cron || dialect == Dialect::Crontab;
        if (dialect == Dialect::Recurrence && s && calendar()) {
            rule = compileRecurrence(recurrence, *s + table->offsetAt(*s));
            ruleReady = true;
        }
    }

    std::optional<Fire> nextFire(qint64 after, QList<Fire> *skipped) const;
};

namespace {

// Resolves a wall-clock candidate; returns false (and records it) when it does not exist.
bool resolveCandidate(const ZoneTable &table, qint64 local, Fire *fire, QList<Fire> *skipped)
{
    qint64 utc = 0;
    switch (table.resolve(local, &utc)) {
    case ZoneTable::LocalKind::Gap:
        if (skipped)
            skipped->append(Fire{local - table.offsetAt(local - Civil::SecondsPerDay), local, DstEffect::Skipped});
        return false;
    case ZoneTable::LocalKind::Ambiguous:
        *fire = Fire{utc, local, DstEffect::Merged};
        return true;
    case ZoneTable::LocalKind::Unique:
        break;
    }
    *fire = Fire{utc, local, DstEffect::None};
    return true;
}

} // namespace

std::optional<Fire> ScheduleExpression::Data::nextFire(qint64 after, QList<Fire> *skipped) const
{
    const ZoneTable &zoneTable = *table;
    std::optional<Fire> result;
    switch (dialect) {
    case Dialect::At: {
        Fire fire;
        if (resolveCandidate(zoneTable, atLocal, &fire, skipped) && fire.utc > after && (!start || fire.utc >= *start))
            result = fire;
        break;
    }
    case Dialect::Rate: {
        const qint64 anchor = start.value_or(after);
        const qint64 k = after < anchor ? 1 : (after - anchor) / ratePeriod + 1;
        const qint64 utc = anchor + k * ratePeriod;
        result = Fire{utc, utc + zoneTable.offsetAt(utc), DstEffect::None};
        break;
    }
    case Dialect::Recurrence:
        if (!calendar()) {
            const qint64 period = qint64(recurrence.interval) * (recurrence.frequency == RecurrenceSpec::Frequency::Minute ? 60 : 3600);
            const qint64 anchor = start.value_or(after);
            const qint64 k = after < anchor ? 0 : (after - anchor) / period + 1;
            const qint64 utc = anchor + k * period;
            result = Fire{utc, utc + zoneTable.offsetAt(utc), DstEffect::None};
            break;
        }
        [[fallthrough]];
    case Dialect::Cron:
    case Dialect::Crontab: {
        const qint64 from = start ? std::max(after, *start - 1) : after;
        // Readings up to the clock reading at "from" all map to instants at or before it.
        qint64 local = from + zoneTable.offsetAt(from) + 1;
        for (;;) {
            const std::optional<qint64> candidate = rule.nextLocal(local);
            if (!candidate)
                break;
            local = *candidate + 1;
            Fire fire;
            if (!resolveCandidate(zoneTable, *candidate, &fire, skipped))
                continue;
            if (fire.utc <= from)
                continue; // the second pass of a repeated hour: already fired at the first
            result = fire;
            break;
        }
        break;
    }
    }
    if (result && end && result->utc > *end)
        result.reset();
    if (!result && skipped) {
        // Skipped slots after the end are not part of the schedule.
        while (!skipped->isEmpty() && end && skipped->constLast().utc > *end)
            skipped->removeLast();
    }
    return result;
}

Result<ScheduleExpression> ScheduleExpression::parse(const QString &input, const QString &timeZone)
{
    auto d = std::make_shared<Data>();
    d->text = input;
    const QString expressionKey = QStringLiteral("expression");
    const int leading = int(input.size() - QString(input).remove(QRegularExpression(QStringLiteral("^\\s+"))).size());
    const QString text = input.trimmed();
    const int open = int(text.indexOf(QLatin1Char('(')));
    const QString name = open < 0 ? text : text.left(open).trimmed();
    static const QStringList names{QStringLiteral("at"), QStringLiteral("rate"), QStringLiteral("cron"), QStringLiteral("crontab"),
                                   QStringLiteral("recurrence")};
    if (text.isEmpty())
        return Error::invalid(expressionKey, Tr::tr("expression: empty; use at(), rate(), cron(), crontab() or recurrence()"), 0);
    if (!names.contains(name))
        return Error::invalid(expressionKey,
                              Tr::tr("expression: unknown type “%1”; use at(), rate(), cron(), crontab() or recurrence()").arg(name),
                              leading);
    if (open < 0 || !text.endsWith(QLatin1Char(')')))
        return Error::invalid(expressionKey, Tr::tr("expression: write %1(...) with the closing parenthesis").arg(name),
                              leading + int(text.size()));
    const QString body = text.mid(open + 1, text.size() - open - 2);
    const int bodyOffset = leading + open + 1;

    // The zone: the recurrence's own time_zone, else the schedule's, else UTC.
    QString zoneName = timeZone.trimmed();
    if (name == QLatin1String("recurrence")) {
        d->dialect = Dialect::Recurrence;
        auto spec = parseRecurrence(body, bodyOffset);
        if (!spec)
            return spec.error();
        d->recurrence = *spec;
        if (!spec->timeZone.isEmpty())
            zoneName = spec->timeZone;
    }
    if (zoneName.isEmpty())
        zoneName = QStringLiteral("UTC");
    const std::optional<ZoneName> resolvedZone = resolveZoneName(zoneName);
    if (resolvedZone) {
        d->zoneName = *resolvedZone;
        d->zone = resolvedZone->zone;
    }
    if (!d->zone.isValid())
        return Error::invalid(QStringLiteral("timezone"),
                              Tr::tr("timezone: “%1” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)")
                                  .arg(zoneName));
    d->table = ZoneTable::forZone(d->zone);

    if (name == QLatin1String("at")) {
        d->dialect = Dialect::At;
        static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$)"));
        const auto m = re.match(body);
        if (!m.hasMatch()) {
            const QString reason = QRegularExpression(QStringLiteral(R"(^\d{4}-\d{2}-\d{2} \d)")).match(body).hasMatch()
                ? Tr::tr("at: date and time must be joined by T (yyyy-mm-ddThh:mm:ss)")
                : Tr::tr("at: write the time as yyyy-mm-ddThh:mm:ss, not “%1”").arg(body);
            return Error::invalid(QStringLiteral("at"), reason, bodyOffset);
        }
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), day = m.captured(3).toInt();
        const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
        if (mo < 1 || mo > 12 || day < 1 || day > Civil::daysInMonth(y, mo))
            return Error::invalid(QStringLiteral("at"), Tr::tr("at: %1 is not a date").arg(body.left(10)), bodyOffset);
        if (h > 23 || mi > 59 || s > 59)
            return Error::invalid(QStringLiteral("at"), Tr::tr("at: %1 is not a time of day").arg(body.mid(11)), bodyOffset + 11);
        d->atLocal = Civil::toSeconds(y, mo, day, h, mi, s);
    } else if (name == QLatin1String("rate")) {
        d->dialect = Dialect::Rate;
        const QString b = body.trimmed();
        static const QRegularExpression re(QStringLiteral(R"(^(\d*)(\s*)([A-Za-z]*)$)"));
        const auto m = re.match(b);
        const QString rateKey = QStringLiteral("rate");
        if (!m.hasMatch())
            return Error::invalid(rateKey, Tr::tr("rate: write rate(N unit), for example rate(5 minutes)"), bodyOffset);
        if (m.captured(1).isEmpty())
            return Error::invalid(rateKey, Tr::tr("rate: the value is missing, for example rate(5 minutes)"), bodyOffset);
        if (m.captured(3).isEmpty())
            return Error::invalid(rateKey, Tr::tr("rate: the unit is missing (minute(s), hour(s) or day(s))"), bodyOffset + int(b.size()));
        if (m.captured(2).isEmpty())
            return Error::invalid(rateKey, Tr::tr("rate: separate the value and the unit with a space"), bodyOffset + int(m.capturedEnd(1)));
        const QString digits = m.captured(1);
        const qint64 value = digits.size() > 9 ? -1 : digits.toLongLong();
        if (value <= 0)
            return Error::invalid(rateKey, Tr::tr("rate: the value must be a positive number, not %1").arg(digits), bodyOffset);
        const QString unit = m.captured(3);
        const int unitOffset = bodyOffset + int(m.capturedStart(3));
        static const QStringList singular{QStringLiteral("minute"), QStringLiteral("hour"), QStringLiteral("day")};
        static const qint64 seconds[] = {60, 3600, 86400};
        int index = int(singular.indexOf(unit));
        const bool plural = index < 0 && unit.endsWith(QLatin1Char('s')) && singular.contains(unit.chopped(1));
        if (plural)
            index = int(singular.indexOf(unit.chopped(1)));
        if (index < 0)
            return Error::invalid(rateKey, Tr::tr("rate: “%1” is not a unit; use minute(s), hour(s) or day(s)").arg(unit), unitOffset);
        if (value == 1 && plural)
            return Error::invalid(rateKey, Tr::tr("rate: a value of 1 needs the singular unit (%1)").arg(singular.at(index)), unitOffset);
        if (value > 1 && !plural)
            return Error::invalid(rateKey, Tr::tr("rate: a value above 1 needs the plural unit (%1s)").arg(singular.at(index)), unitOffset);
        d->rateValue = int(value);
        d->ratePeriod = value * seconds[index];
        d->rateUnit = singular.at(index);
    } else if (name == QLatin1String("cron") || name == QLatin1String("crontab")) {
        const bool crontab = name == QLatin1String("crontab");
        d->dialect = crontab ? Dialect::Crontab : Dialect::Cron;
        auto spec = parseCron(body, bodyOffset, crontab);
        if (!spec)
            return spec.error();
        d->cron = *spec;
        d->rule = spec->rule;
        d->ruleReady = true;
    }

    if (d->dialect == Dialect::Recurrence) {
        const RecurrenceSpec &r = d->recurrence;
        std::optional<qint64> start = r.startUtc;
        if (r.startLocal)
            start = d->boundInstant(*r.startLocal);
        d->setStart(start);
        if (r.endUtc)
            d->end = r.endUtc;
        else if (r.endLocal)
            d->end = d->boundInstant(*r.endLocal);
    }
    ScheduleExpression expression;
    expression.d = std::move(d);
    return expression;
}

Dialect ScheduleExpression::dialect() const { return d->dialect; }
QString ScheduleExpression::text() const { return d->text; }
QTimeZone ScheduleExpression::timeZone() const { return d->zone; }
const ZoneName &ScheduleExpression::zoneName() const { return d->zoneName; }
std::optional<qint64> ScheduleExpression::start() const { return d->start; }
std::optional<qint64> ScheduleExpression::end() const { return d->end; }
const CronSpec *ScheduleExpression::cron() const
{
    return d->dialect == Dialect::Cron || d->dialect == Dialect::Crontab ? &d->cron : nullptr;
}
const RecurrenceSpec *ScheduleExpression::recurrence() const
{
    return d->dialect == Dialect::Recurrence ? &d->recurrence : nullptr;
}
int ScheduleExpression::rateValue() const { return d->rateValue; }
qint64 ScheduleExpression::ratePeriod() const { return d->ratePeriod; }
QString ScheduleExpression::rateUnit() const { return d->rateUnit; }
qint64 ScheduleExpression::atLocal() const { return d->atLocal; }
std::shared_ptr<const ZoneTable> ScheduleExpression::zoneTable() const { return d->table; }

std::optional<CalendarRule> ScheduleExpression::calendarRule(qint64 startIfUnset) const
{
    if (!d->calendar())
        return std::nullopt;
    if (d->ruleReady)
        return d->rule;
    return compileRecurrence(d->recurrence, startIfUnset + d->table->offsetAt(startIfUnset));
}

void ScheduleExpression::setStart(std::optional<qint64> utcSeconds)
{
    auto copy = std::make_shared<Data>(*d);
    copy->setStart(utcSeconds);
    d = std::move(copy);
}

void ScheduleExpression::setEnd(std::optional<qint64> utcSeconds)
{
    auto copy = std::make_shared<Data>(*d);
    copy->end = utcSeconds;
    d = std::move(copy);
}

std::optional<qint64> ScheduleExpression::next(qint64 afterUtc) const
{
    if (!d->needsStart() || d->start) {
        const std::optional<Fire> fire = d->nextFire(afterUtc, nullptr);
        return fire ? std::optional<qint64>(fire->utc) : std::nullopt;
    }
    const QList<qint64> fires = preview(afterUtc, 1);
    if (fires.isEmpty())
        return std::nullopt;
    return fires.constFirst();
}

QList<Fire> ScheduleExpression::explain(qint64 fromUtc, int count) const
{
    QList<Fire> fires;
    // Without a start, the preview's "from" is the start (a schedule created now).
    const Data *data = d.get();
    Data bound;
    if (data->needsStart() && !data->start) {
        bound = *data;
        bound.setStart(fromUtc);
        data = &bound;
    }
    qint64 after = fromUtc;
    int previousOffset = data->table->offsetAt(data->start.value_or(fromUtc));
    const bool elapsed = !data->calendar() && data->dialect != Dialect::At;
    for (int found = 0; found < count;) {
        QList<Fire> skipped;
        const std::optional<Fire> fire = data->nextFire(after, &skipped);
        fires += skipped;
        if (!fire)
            break;
        Fire f = *fire;
        if (elapsed) {
            const int offset = data->table->offsetAt(f.utc);
            if (offset != previousOffset)
                f.effect = DstEffect::Moved;
            previousOffset = offset;
        }
        fires.append(f);
        after = f.utc;
        ++found;
    }
    return fires;
}

QList<qint64> ScheduleExpression::preview(qint64 fromUtc, int count) const
{
    QList<qint64> fires;
    const Data *data = d.get();
    Data bound;
    if (data->needsStart() && !data->start) {
        bound = *data;
        bound.setStart(fromUtc);
        data = &bound;
    }
    qint64 after = fromUtc;
    while (fires.size() < count) {
        const std::optional<Fire> fire = data->nextFire(after, nullptr);
        if (!fire)
            break;
        fires.append(fire->utc);
        after = fire->utc;
    }
    return fires;
}

QList<QDateTime> ScheduleExpression::preview(const QDateTime &from, int count) const
{
    QList<QDateTime> result;
    for (qint64 s : preview(from.toSecsSinceEpoch(), count))
        result.append(QDateTime::fromSecsSinceEpoch(s, Qt::UTC));
    return result;
}

} // namespace Pd::Schedule

// CalendarRule: the calendar search of a parsed cron or crontab expression (which years, months,
// days, hours and minutes it allows, and the next allowed local time). The parser is cronspec.cpp.

#include "scheduleexpressions/civil.h"
#include "scheduleexpressions/cronspec.h"

#include <QtAlgorithms>

#include <algorithm>

namespace Pd::Schedule {

namespace {

int nextBit(quint64 bits, int from)
{
    if (from >= 64)
        return -1;
    const quint64 masked = bits & (~0ULL << from);
    return masked ? int(qCountTrailingZeroBits(masked)) : -1;
}

quint32 weekdayMask(int firstWeekday, int dim, quint32 dowBits)
{
    quint32 mask = 0;
    for (int w = 0; w < 7; ++w) {
        if (!(dowBits & (1u << w)))
            continue;
        for (int d = 1 + (w - firstWeekday + 7) % 7; d <= dim; d += 7)
            mask |= 1u << d;
    }
    return mask;
}

} // namespace

bool CalendarRule::yearAllowed(int year) const
{
    if (year > MaxYear)
        return false;
    if (allYears)
        return true;
    if (year < MinYear)
        return false;
    const int bit = year - MinYear;
    return years[size_t(bit / 64)] & (1ULL << (bit % 64));
}

bool CalendarRule::monthAllowed(int year, int month) const
{
    if (!(months & (1u << month)))
        return false;
    if (period == Period::Months) {
        const int index = year * 12 + month - 1 - anchorMonth;
        return index >= 0 && index % interval == 0;
    }
    return true;
}

quint32 CalendarRule::dayMask(int year, int month) const
{
    const int dim = Civil::daysInMonth(year, month);
    const qint64 first = Civil::daysFromCivil(year, month, 1);
    const int firstWeekday = Civil::weekday(first);
    const quint32 full = ((1u << dim) - 1) << 1;
    auto weekdayOf = [&](int d) {
        return (firstWeekday + d - 1) % 7;
    };

    quint32 dom = 0;
    if (logic != DayLogic::Dow) {
        switch (domSpecial) {
        case DomSpecial::None: dom = domBits & full; break;
        case DomSpecial::Last: dom = 1u << dim; break;
        case DomSpecial::LastWeekday: {
            int d = dim;
            while (weekdayOf(d) == 0 || weekdayOf(d) == 6)
                --d;
            dom = 1u << d;
            break;
        }
        case DomSpecial::NearestWeekday: {
            // Quartz: the weekday nearest to day n, never leaving the month.
            int d = domValue;
            if (d > dim)
                break;
            const int w = weekdayOf(d);
            if (w == 6)
                d = d == 1 ? 3 : d - 1;
            else if (w == 0)
                d = d == dim ? d - 2 : d + 1;
            dom = 1u << d;
            break;
        }
        }
    }
    quint32 dow = 0;
    if (logic != DayLogic::Dom) {
        switch (dowSpecial) {
        case DowSpecial::None: dow = dowBits == 0x7F ? full : weekdayMask(firstWeekday, dim, dowBits); break;
        case DowSpecial::LastOf: dow = 1u << (dim - (weekdayOf(dim) - dowValue + 7) % 7); break;
        case DowSpecial::Nth: {
            const int d = 1 + (dowValue - firstWeekday + 7) % 7 + 7 * (nth - 1);
            dow = d <= dim ? 1u << d : 0;
            break;
        }
        }
    }
    quint32 mask = 0;
    switch (logic) {
    case DayLogic::Dom: mask = dom; break;
    case DayLogic::Dow: mask = dow; break;
    case DayLogic::And: mask = dom & dow; break;
    case DayLogic::Or: mask = dom | dow; break;
    }
    if (period == Period::Days || period == Period::Weeks) {
        // Keep the days whose period index (days or weeks since the anchor) is a non-negative
        // multiple of the interval: walk the qualifying periods that overlap the month.
        const qint64 last = first + dim - 1;
        const int unit = period == Period::Days ? 1 : 7;
        const qint64 stride = qint64(unit) * interval;
        quint32 allowed = 0;
        qint64 index = std::max<qint64>(0, Civil::floorDiv(first - anchorDay, unit));
        index = (index + interval - 1) / interval * interval;
        for (qint64 begin = anchorDay + index * unit; begin <= last; begin += stride) {
            const qint64 from = std::max(begin, first);
            const qint64 to = std::min(begin + unit - 1, last);
            for (qint64 day = from; day <= to; ++day)
                allowed |= 1u << int(day - first + 1);
        }
        mask &= allowed;
    }
    return mask;
}

std::optional<qint64> CalendarRule::nextLocal(qint64 localSeconds) const
{
    if (minutes == 0 || hours == 0)
        return std::nullopt;
    const Civil::DateTime t = Civil::fromSeconds(localSeconds);
    int y = t.year, mo = t.month, d = t.day, h = t.hour, mi = t.minute;
    if (t.second > second)
        ++mi;
    int maskYear = 0, maskMonth = 0;
    quint32 mask = 0;
    for (;;) {
        if (mi >= 60) {
            mi = 0;
            ++h;
        }
        if (h >= 24) {
            h = 0;
            ++d;
        }
        // mo may be 13 here after a disallowed December; it wraps just below, so it must not
        // index the month table first (UBSan caught that read).
        if (mo <= 12 && d > Civil::daysInMonth(y, mo)) {
            d = 1;
            ++mo;
        }
        if (mo > 12) {
            mo = 1;
            ++y;
        }
        if (y > MaxYear)
            return std::nullopt;
        if (!yearAllowed(y)) {
            int next = std::max(y + 1, MinYear);
            while (next <= MaxYear && !yearAllowed(next))
                ++next;
            if (next > MaxYear)
                return std::nullopt;
            y = next;
            mo = 1;
            d = 1;
            h = 0;
            mi = 0;
        }
        if (!monthAllowed(y, mo)) {
            ++mo;
            d = 1;
            h = 0;
            mi = 0;
            continue;
        }
        // The day mask only changes with the month; hours and minutes roll over far more often.
        if (y != maskYear || mo != maskMonth) {
            mask = dayMask(y, mo);
            maskYear = y;
            maskMonth = mo;
        }
        const int day = nextBit(mask, d);
        if (day < 0) {
            ++mo;
            d = 1;
            h = 0;
            mi = 0;
            continue;
        }
        if (day != d) {
            d = day;
            h = 0;
            mi = 0;
        }
        const int hour = nextBit(hours, h);
        if (hour < 0) {
            ++d;
            h = 0;
            mi = 0;
            continue;
        }
        if (hour != h) {
            h = hour;
            mi = 0;
        }
        const int minute = nextBit(minutes, mi);
        if (minute < 0) {
            ++h;
            mi = 0;
            continue;
        }
        return Civil::toSeconds(y, mo, d, h, minute, second);
    }
}

bool CalendarRule::matchesLocal(qint64 localSeconds) const
{
    const Civil::DateTime t = Civil::fromSeconds(localSeconds);
    return t.second == second && (minutes & (1ULL << t.minute)) && (hours & (1u << t.hour)) && yearAllowed(t.year) &&
           monthAllowed(t.year, t.month) && (dayMask(t.year, t.month) & (1u << t.day));
}

} // namespace Pd::Schedule

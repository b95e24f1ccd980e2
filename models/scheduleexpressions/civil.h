#pragma once

#include <QtGlobal>

// Proleptic Gregorian calendar arithmetic on plain integers (H. Hinnant's days_from_civil).
// The schedule engine works on "local seconds": the wall-clock reading of a zone counted as if it
// were UTC. These helpers convert without QDate/QDateTime, which are too slow for the inner loops.
namespace Pd::Schedule::Civil {

constexpr qint64 SecondsPerDay = 86400;

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Days since 1970-01-01 of the given date (month 1-12).
inline qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Date
{
    int year;
    int month; // 1-12
    int day;   // 1-31
};

inline Date civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return Date{int(yoe + era * 400 + (m <= 2)), m, d};
}

inline bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    Q_ASSERT(m >= 1 && m <= 12);
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday.
inline int weekday(qint64 days)
{
    const qint64 w = (days + 4) % 7;
    return int(w < 0 ? w + 7 : w);
}

struct DateTime
{
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
};

inline DateTime fromSeconds(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, SecondsPerDay);
    const qint64 rest = seconds - days * SecondsPerDay;
    const Date date = civilFromDays(days);
    return DateTime{date.year, date.month, date.day, int(rest / 3600), int(rest / 60 % 60), int(rest % 60)};
}

inline qint64 toSeconds(int y, int mo, int d, int h, int mi, int s)
{
    return daysFromCivil(y, mo, d) * SecondsPerDay + h * 3600 + mi * 60 + s;
}

inline qint64 toSeconds(const DateTime &t)
{
    return toSeconds(t.year, t.month, t.day, t.hour, t.minute, t.second);
}

} // namespace Pd::Schedule::Civil

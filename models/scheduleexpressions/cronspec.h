#pragma once

#include "core/result.h"

#include <QString>

#include <array>
#include <optional>

namespace Pd::Schedule {

// Years a cron() year field may name (EventBridge); the calendar search also stops after MaxYear.
constexpr int MinYear = 1970;
constexpr int MaxYear = 2199;

// What the calendar dialects (cron, crontab, at-less recurrence) compile to: a predicate on local
// clock time with minute resolution plus a fixed second. Everything is bit sets so that the next
// matching reading is found with a few bit scans, not by stepping minute by minute.
struct CalendarRule
{
    enum class DayLogic {
        Dom, // day-of-week is "?": only day-of-month counts (EventBridge)
        Dow, // day-of-month is "?": only day-of-week counts (EventBridge)
        And, // crontab when either field is unrestricted
        Or,  // crontab when both are restricted: a day matches if either does
    };
    enum class DomSpecial { None, Last, LastWeekday, NearestWeekday };
    enum class DowSpecial { None, LastOf, Nth };
    // Azure recurrence periods counted from the start (days, weeks from the start's Monday, months).
    enum class Period { None, Days, Weeks, Months };

    quint64 minutes = 0;        // bit m, 0-59
    quint32 hours = 0;          // bit h, 0-23
    int second = 0;             // the second of the minute every fire has
    quint32 months = 0x1FFE;    // bit m, 1-12
    std::array<quint64, 4> years{~0ULL, ~0ULL, ~0ULL, ~0ULL}; // bit (year - MinYear)
    bool allYears = true;
    quint32 domBits = 0xFFFFFFFEu; // bit d, 1-31
    quint32 dowBits = 0x7F;        // bit w, 0 = Sunday
    DayLogic logic = DayLogic::And;
    DomSpecial domSpecial = DomSpecial::None;
    int domValue = 0;             // the n of nW
    DowSpecial dowSpecial = DowSpecial::None;
    int dowValue = 0;             // weekday (0 = Sunday) of nL and n#k
    int nth = 0;                  // the k of n#k
    Period period = Period::None;
    int interval = 1;
    qint64 anchorDay = 0;         // days since epoch of the start (Days), or of its Monday (Weeks)
    int anchorMonth = 0;          // year * 12 + month - 1 of the start (Months)

    bool yearAllowed(int year) const;
    bool monthAllowed(int year, int month) const;
    // Bit d set for every day d of the month that matches the day rules.
    quint32 dayMask(int year, int month) const;
    // The earliest local reading at or after localSeconds that matches, if any up to MaxYear.
    std::optional<qint64> nextLocal(qint64 localSeconds) const;
    bool matchesLocal(qint64 localSeconds) const;
};

// What a cron()/crontab() field said, kept for describing and converting.
struct CronFieldInfo
{
    QString text;
    int position = 0;  // offset of the field in the whole expression
    bool question = false;
    bool star = false; // the set covers the whole range
};

struct CronSpec
{
    bool crontab = false; // 5-field classic crontab (0/7 = Sunday) instead of EventBridge cron()
    CalendarRule rule;
    std::array<CronFieldInfo, 6> fields; // minutes hours dom month dow year (year empty for crontab)
};

// Parses the text between the parentheses of cron(...) or crontab(...). bodyOffset is where that
// text starts in the whole expression, so errors point at the right column. Errors are
// Error::invalid with the field name ("day-of-week") and a translated reason.
Result<CronSpec> parseCron(const QString &body, int bodyOffset, bool crontab);

// Translated name of a cron field ("day-of-week") by index 0-5.
QString cronFieldLabel(int index);
// Untranslated key of a cron field by index 0-5, used as Error::field.
QString cronFieldKey(int index);

} // namespace Pd::Schedule

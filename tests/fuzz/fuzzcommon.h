#pragma once

// Shared body of the schedule fuzzers: parse the text in the given dialect's wrapper and, when
// it parses, exercise everything that reads the parsed value (next fires, explain, description,
// linter, converter). Any crash, hang, sanitizer report or leak is a bug.
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace PdFuzz {

inline void exercise(const QString &expression, const QString &zone)
{
    using namespace Pd::Schedule;
    auto parsed = ScheduleExpression::parse(expression, zone);
    if (!parsed) {
        // Errors always carry a message and point inside (or just after) the text.
        if (parsed.error().message.isEmpty() || parsed.error().position > expression.size())
            __builtin_trap();
        return;
    }
    const qint64 from = 1767225600; // 2026-01-01T00:00:00Z
    const QList<qint64> fires = parsed->preview(from, 8);
    for (int i = 0; i < fires.size(); ++i) {
        if (fires.at(i) <= (i ? fires.at(i - 1) : from))
            __builtin_trap(); // fires must be strictly increasing and after "from"
    }
    if (parsed->next(from).value_or(-1) != (fires.isEmpty() ? -1 : fires.first()))
        __builtin_trap();
    parsed->explain(from, 4);
    describe(*parsed);
    LintOptions options;
    options.referenceUtc = from;
    for (const QString &target : lintTargetNames()) {
        options.target = *lintTargetFromName(target);
        lint(*parsed, options);
    }
    for (Dialect target : {Dialect::Cron, Dialect::Crontab, Dialect::Recurrence, Dialect::Rate}) {
        auto converted = convertExpression(*parsed, target);
        if (converted && !ScheduleExpression::parse(*converted, QString::fromUtf8(parsed->timeZone().id())))
            __builtin_trap(); // a conversion must parse
    }
}

// The first byte picks a zone so DST code paths are reached.
inline QString zoneFor(const uint8_t *&data, size_t &size)
{
    static const char *const zones[] = {"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu"};
    if (size == 0)
        return QStringLiteral("UTC");
    const uint8_t pick = data[0];
    ++data;
    --size;
    return QLatin1String(zones[pick % 5]);
}

} // namespace PdFuzz

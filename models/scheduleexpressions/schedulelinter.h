#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pd::Schedule {

class ScheduleExpression;

// What will evaluate the expression. Each service takes its own dialects and has its own quirks;
// Any (the workspace's own engine, which takes every dialect) checks only what holds everywhere.
enum class LintTarget {
    Any,
    EventBridgeRule, // cron() and rate(), always in UTC
    Scheduler,       // EventBridge Scheduler: at(), rate(), cron(), in a time zone
    AzureMl,         // Azure ML schedule triggers: crontab (day-of-month and month ignored) and recurrence
    Crontab,         // a classic crontab line
};

// The command-line names: any, eventbridge, scheduler, azure-ml, crontab.
QStringList lintTargetNames();
std::optional<LintTarget> lintTargetFromName(const QString &name);
QString lintTargetName(LintTarget target);

// Warnings about a valid schedule that may not do what its author expects. Never errors.
struct LintOptions
{
    bool ruleOnCustomEventBus = false; // the expression belongs to a rule on a custom event bus
    LintTarget target = LintTarget::Any;
    qint64 referenceUtc = 0;           // now: DST checks look at the year after it; fires are counted after it
};

struct LintWarning
{
    enum class Kind {
        ShortMonths, CustomEventBus, AzureIgnoresFields, EveryMinute, EndBeforeStart, DstGap, DstOverlap, DstShift,
        NeverFires, // no fire at all after the reference instant
        FiresEnd,   // fires, but the expression matches no date after a last one (a cron's years run out)
        TargetDialect,  // the target does not take the expression's dialect (the message says what it becomes)
        TargetTimeZone, // the target ignores the expression's time zone
    };
    Kind kind;
    QString message; // translated
};

// The warnings, in a fixed order. The expression's start and end (bound by the caller, as the
// engine binds them) count: an end before the next fire makes a schedule that never fires.
QList<LintWarning> lint(const ScheduleExpression &expression, const LintOptions &options);

// The expression as the target takes it: its own text when the target takes its dialect, else the
// exact conversion (convertExpression) to the first dialect it takes that fits, else the first
// conversion's reason why not. The zone stays the expression's.
Result<QString> expressionFor(const ScheduleExpression &expression, LintTarget target);

// Of lint()'s warnings, whether the schedule will never fire again (NeverFires, EndBeforeStart).
bool neverFires(const QList<LintWarning> &warnings);

} // namespace Pd::Schedule

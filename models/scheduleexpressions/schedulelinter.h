#pragma once

#include <QList>
#include <QString>

namespace Pd::Schedule {

class ScheduleExpression;

// Warnings about a valid schedule that may not do what its author expects. Never errors.
struct LintOptions
{
    bool ruleOnCustomEventBus = false; // the expression belongs to a rule on a custom event bus
    bool forAzure = false;             // the expression is meant for an Azure ML cron trigger
    qint64 referenceUtc = 0;           // now: DST checks look at the year after it; fires are counted after it
};

struct LintWarning
{
    enum class Kind {
        ShortMonths, CustomEventBus, AzureIgnoresFields, EveryMinute, EndBeforeStart, DstGap, DstOverlap, DstShift,
        NeverFires, // no fire at all after the reference instant
        FiresEnd,   // fires, but the expression matches no date after a last one (a cron's years run out)
    };
    Kind kind;
    QString message; // translated
};

// The warnings, in a fixed order. The expression's start and end (bound by the caller, as the
// engine binds them) count: an end before the next fire makes a schedule that never fires.
QList<LintWarning> lint(const ScheduleExpression &expression, const LintOptions &options);

// Of lint()'s warnings, whether the schedule will never fire again (NeverFires, EndBeforeStart).
bool neverFires(const QList<LintWarning> &warnings);

} // namespace Pd::Schedule

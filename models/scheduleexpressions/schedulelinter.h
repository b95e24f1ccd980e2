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
    qint64 referenceUtc = 0;           // DST checks look at the year after this instant
};

struct LintWarning
{
    enum class Kind { ShortMonths, CustomEventBus, AzureIgnoresFields, EveryMinute, EndBeforeStart, DstGap, DstOverlap, DstShift };
    Kind kind;
    QString message; // translated
};

QList<LintWarning> lint(const ScheduleExpression &expression, const LintOptions &options);

} // namespace Pd::Schedule

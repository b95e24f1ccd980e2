#include "schedules/pipelineschedule.h"

#include "core/timeformat.h"
#include "core/tr.h"

#include <QDateTime>

namespace Pd {

QString toApiString(MissedPolicy policy)
{
    switch (policy) {
    case MissedPolicy::Skip:
        return QStringLiteral("skip");
    case MissedPolicy::Once:
        break;
    case MissedPolicy::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("once");
}

QString toApiString(OverlapPolicy policy)
{
    switch (policy) {
    case OverlapPolicy::Allow:
        break;
    case OverlapPolicy::Skip:
        return QStringLiteral("skip");
    case OverlapPolicy::Queue:
        return QStringLiteral("queue");
    case OverlapPolicy::Stop:
        return QStringLiteral("stop");
    }
    return QStringLiteral("allow");
}

QString toApiString(ActionAfterCompletion action)
{
    return action == ActionAfterCompletion::Delete ? QStringLiteral("DELETE") : QStringLiteral("NONE");
}

std::optional<MissedPolicy> missedPolicyFromApi(const QString &text)
{
    for (MissedPolicy p : {MissedPolicy::Skip, MissedPolicy::Once, MissedPolicy::All}) {
        if (toApiString(p) == text)
            return p;
    }
    return std::nullopt;
}

std::optional<OverlapPolicy> overlapPolicyFromApi(const QString &text)
{
    for (OverlapPolicy p : {OverlapPolicy::Allow, OverlapPolicy::Skip, OverlapPolicy::Queue, OverlapPolicy::Stop}) {
        if (toApiString(p) == text)
            return p;
    }
    return std::nullopt;
}

std::optional<ActionAfterCompletion> actionAfterCompletionFromApi(const QString &text)
{
    for (ActionAfterCompletion a : {ActionAfterCompletion::None, ActionAfterCompletion::Delete}) {
        if (toApiString(a) == text)
            return a;
    }
    return std::nullopt;
}

QString displayName(MissedPolicy policy)
{
    switch (policy) {
    case MissedPolicy::Skip:
        return Tr::tr("Skip missed runs");
    case MissedPolicy::Once:
        break;
    case MissedPolicy::All:
        return Tr::tr("Run all missed runs");
    }
    return Tr::tr("Run once");
}

QString displayName(OverlapPolicy policy)
{
    switch (policy) {
    case OverlapPolicy::Allow:
        break;
    case OverlapPolicy::Skip:
        return Tr::tr("Skip while the previous run is active");
    case OverlapPolicy::Queue:
        return Tr::tr("Queue after the previous run");
    case OverlapPolicy::Stop:
        return Tr::tr("Stop the previous run");
    }
    return Tr::tr("Allow overlapping runs");
}

QString scheduleArn(const QString &region, const QString &accountId, const QString &group, const QString &name)
{
    return QStringLiteral("arn:aws:scheduler:%1:%2:schedule/%3/%4").arg(region, accountId, group, name);
}

QString firingDisplayName(const QString &scheduleName, qint64 scheduledMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(scheduledMs, Qt::UTC);
    return scheduleName + QLatin1Char('-') + at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString manualRunDisplayName(const QString &scheduleName, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return scheduleName + QLatin1String("-manual-") + at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QList<ExecutionParameter> expandParameterMacros(const QList<ExecutionParameter> &parameters,
                                                const QString &displayName, qint64 scheduledMs)
{
    QList<ExecutionParameter> result = parameters;
    const QString triggerTime = isoUtcMs(scheduledMs);
    for (ExecutionParameter &p : result) {
        p.value.replace(QLatin1String("${{name}}"), displayName);
        p.value.replace(QLatin1String("${{creation_context.trigger_time}}"), triggerTime);
    }
    return result;
}

QString toApiString(FiringOutcome outcome)
{
    switch (outcome) {
    case FiringOutcome::Started:
        break;
    case FiringOutcome::Retrying:
        return QStringLiteral("RETRYING");
    case FiringOutcome::Queued:
        return QStringLiteral("QUEUED");
    case FiringOutcome::Skipped:
        return QStringLiteral("SKIPPED");
    case FiringOutcome::DeadLettered:
        return QStringLiteral("DEAD_LETTERED");
    }
    return QStringLiteral("STARTED");
}

FiringOutcome firingOutcomeFromApi(const QString &text)
{
    for (FiringOutcome o : {FiringOutcome::Retrying, FiringOutcome::Queued, FiringOutcome::Skipped,
                            FiringOutcome::DeadLettered}) {
        if (toApiString(o) == text)
            return o;
    }
    return FiringOutcome::Started;
}

QString displayName(FiringOutcome outcome)
{
    switch (outcome) {
    case FiringOutcome::Started:
        break;
    case FiringOutcome::Retrying:
        return Tr::tr("Retrying");
    case FiringOutcome::Queued:
        return Tr::tr("Queued");
    case FiringOutcome::Skipped:
        return Tr::tr("Skipped (overlap)");
    case FiringOutcome::DeadLettered:
        return Tr::tr("Dead-lettered");
    }
    return Tr::tr("Started");
}

} // namespace Pd

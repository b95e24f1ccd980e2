#pragma once

#include "pipelines/execution.h"

#include <QList>
#include <QString>

#include <optional>

namespace Pd {

// What the engine does with slots that came due while it was not running (suspend, shutdown).
enum class MissedPolicy {
    Skip, // none of them run
    Once, // the latest one runs, marked as a catch-up (default)
    All,  // every one inside the catch-up window runs, oldest first, each marked; capped
};

// What a slot does when the previous execution this schedule started is still running.
enum class OverlapPolicy {
    Allow, // start anyway
    Skip,  // record the slot as skipped
    Queue, // record the slot as queued; start it when the previous one ends
    Stop,  // stop the previous one, then start
};

enum class ActionAfterCompletion {
    None,
    Delete, // delete the schedule after its last slot fired (at(), or a recurring one with an end)
};

// API spellings (SQL, JSON, CLI): "skip"/"once"/"all", "allow"/"skip"/"queue"/"stop", "NONE"/"DELETE".
QString toApiString(MissedPolicy policy);
QString toApiString(OverlapPolicy policy);
QString toApiString(ActionAfterCompletion action);
std::optional<MissedPolicy> missedPolicyFromApi(const QString &text);
std::optional<OverlapPolicy> overlapPolicyFromApi(const QString &text);
std::optional<ActionAfterCompletion> actionAfterCompletionFromApi(const QString &text);
// Translated, for people.
QString displayName(MissedPolicy policy);
QString displayName(OverlapPolicy policy);

// The ranges of the policies (EventBridge Scheduler's own limits).
namespace ScheduleLimits {
constexpr int nameMaxLength = 64;
constexpr int flexibleWindowMinMinutes = 1;
constexpr int flexibleWindowMaxMinutes = 1440;
constexpr int maxRetriesMin = 0;
constexpr int maxRetriesMax = 185;
constexpr int maxEventAgeMinSeconds = 60;
constexpr int maxEventAgeMaxSeconds = 86400;
// At most this many missed slots of one schedule run on a catch-up with MissedPolicy::All (a day
// of rate(1 minute)); older ones are passed over and the audit log says how many.
constexpr int catchUpCap = 1440;
} // namespace ScheduleLimits

// A standalone trigger (EventBridge Scheduler schedule). Times are milliseconds since the epoch,
// UTC; 0 means "not set".
struct PipelineSchedule
{
    QString arn; // arn:aws:scheduler:<region>:<account>:schedule/<group>/<name>
    QString accountId;
    QString groupName = QStringLiteral("default");
    QString name;
    QString description;
    QString expression;
    QString timeZone = QStringLiteral("UTC");
    qint64 startTime = 0;
    qint64 endTime = 0;
    bool enabled = true;
    QString targetPipelineArn;
    QList<ExecutionParameter> targetParameters; // values may hold the macros below
    // The role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn; the SageMaker
    // SDK's put_triggers(role_arn=…)); empty: none given. Kept, shown and exported; the local
    // engine starts the pipeline as the schedule's account either way.
    QString roleArn;
    int flexibleWindowMinutes = 0;              // 0: OFF
    int maxRetries = ScheduleLimits::maxRetriesMax;
    int maxEventAgeSeconds = ScheduleLimits::maxEventAgeMaxSeconds;
    MissedPolicy missedPolicy = MissedPolicy::Once;
    OverlapPolicy overlapPolicy = OverlapPolicy::Allow;
    ActionAfterCompletion actionAfterCompletion = ActionAfterCompletion::None;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    // The scheduled instant up to which the engine has dealt with slots (fired, or passed over by
    // the missed-run policy); 0 before the first.
    qint64 plannedThrough = 0;
    // Read-only: the target pipeline does not exist any more.
    bool orphaned = false;

    QString stateString() const { return enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"); }
};

QString scheduleArn(const QString &region, const QString &accountId, const QString &group, const QString &name);

// The display name of the execution a slot starts: "<schedule>-YYYYMMDDThhmmssZ" (the slot's UTC
// instant, whole seconds).
QString firingDisplayName(const QString &scheduleName, qint64 scheduledMs);
// The display name of the execution a manual run (run now) starts: "<schedule>-manual-YYYYMMDDThhmmssZ",
// never the name of a slot's execution, even at the same instant.
QString manualRunDisplayName(const QString &scheduleName, qint64 atMs);
// Replaces ${{name}} with displayName and ${{creation_context.trigger_time}} with the slot as
// ISO-8601 UTC in every parameter value; other text is kept as it is.
QList<ExecutionParameter> expandParameterMacros(const QList<ExecutionParameter> &parameters,
                                                const QString &displayName, qint64 scheduledMs);

// What became of one slot.
enum class FiringOutcome {
    Started,      // the execution was started (executionArn)
    Retrying,     // starting failed; another attempt is due at nextAttempt
    Queued,       // waiting for the previous execution to end (OverlapPolicy::Queue)
    Skipped,      // not started: the previous execution still ran (OverlapPolicy::Skip)
    DeadLettered, // retries exhausted or the event too old: see the dead-letter list
};
QString toApiString(FiringOutcome outcome);
FiringOutcome firingOutcomeFromApi(const QString &text);
QString displayName(FiringOutcome outcome);

// One slot of a schedule: unique per (triggerArn, scheduledTime) among the slots of the
// expression, and among the manual runs; a manual run and a slot may share an instant.
struct Firing
{
    QString triggerArn;
    qint64 scheduledTime = 0;
    qint64 actualTime = 0; // when it was (last) handled
    FiringOutcome outcome = FiringOutcome::Started;
    bool catchUp = false; // ran late because the engine was not running when it came due
    bool manual = false;  // "run now": not a slot of the expression, does not shift the cadence
    int attempts = 0;
    QString executionArn;
    QString message;
    qint64 nextAttempt = 0;

    qint64 latenessMs() const { return actualTime > 0 ? actualTime - scheduledTime : 0; }
};

// A slot whose execution could not be started within the retry policy.
struct DeadLetter
{
    qint64 id = 0;
    QString triggerArn;
    qint64 scheduledTime = 0;
    qint64 createdAt = 0;
    QString reason;
    QString payload; // JSON: the request that failed
};

} // namespace Pd

#pragma once

#include "core/result.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"
#include "schedules/pipelineschedule.h"
#include "schedules/schedulestore.h"

#include <QObject>

#include <optional>

namespace Pd {

class PipelineService;
class ServiceContext;

// What create and update take. On update, members left empty keep their value; name and
// groupName always identify the schedule.
struct ScheduleInput
{
    QString name;      // 1–64 of 0-9A-Za-z-_. ; or, for describe/update/..., the schedule's ARN
    QString groupName; // default "default"
    std::optional<QString> description;
    std::optional<QString> expression;
    std::optional<QString> timeZone;
    std::optional<qint64> startTime; // ms; 0 clears
    std::optional<qint64> endTime;   // ms; 0 clears
    std::optional<bool> enabled;
    std::optional<QString> targetPipeline; // name in the identity's account, or an ARN
    std::optional<QList<ExecutionParameter>> parameters;
    std::optional<QString> roleArn;           // an IAM role ARN; empty clears
    std::optional<int> flexibleWindowMinutes; // 0: OFF, else 1–1440
    std::optional<int> maxRetries;            // 0–185
    std::optional<int> maxEventAgeSeconds;    // 60–86400
    std::optional<MissedPolicy> missedPolicy;
    std::optional<OverlapPolicy> overlapPolicy;
    std::optional<ActionAfterCompletion> actionAfterCompletion;
};

// What put-triggers takes (SageMaker SDK Pipeline.put_triggers): the same settings for every named
// trigger, a schedule in group "default" whose target is the pipeline.
struct TriggersInput
{
    QString pipeline;  // name in the identity's account, or an ARN
    QStringList names; // each a schedule name; at least one
    QString expression;
    std::optional<QString> timeZone;
    std::optional<QString> state;    // as typed: exactly ENABLED or DISABLED (parseState)
    std::optional<qint64> startTime; // ms
    std::optional<QString> roleArn;
};

// How the schedule lists filter. Empty members match all.
struct ScheduleListFilter
{
    QString groupName;
    std::optional<bool> enabled;
    QString targetPipeline; // name or ARN
};

// The schedules domain for GUI, CLI and engine alike. Schedules belong to the identity's account
// and are only seen and changed by it; the target pipeline must be one the identity may start
// (checked at create/update by PipelineService, and again by PipelineService::start at each fire).
// Errors are values naming the field (the CLI option name) and the reason; writes run in one
// Database::transaction(), are audited, and emit schedulesChanged / firingsChanged /
// deadLettersChanged after their commit.
class ScheduleService : public QObject
{
    Q_OBJECT

public:
    ScheduleService(ServiceContext &context, PipelineService &pipelines)
        : m_context(context)
        , m_pipelines(pipelines)
    {}
    // The executions the schedules start: whoever shows a firing's outcome follows them there.
    PipelineService &pipelines() const { return m_pipelines; }

    // `warnings`, when given, receives a translated sentence for each value accepted but not used
    // (the start and end of a one-time at() schedule); the CLI prints them on stderr.
    Result<PipelineSchedule> create(const QString &identity, const ScheduleInput &input,
                                    QStringList *warnings = nullptr);
    Result<PipelineSchedule> update(const QString &identity, const ScheduleInput &input,
                                    QStringList *warnings = nullptr);
    // Import's create-or-replace, for the GUI and the CLI alike: updates the schedule of that
    // name and group when it exists (every member the input sets replaces the stored one), else
    // creates it.
    Result<PipelineSchedule> createOrReplace(const QString &identity, const ScheduleInput &input,
                                             QStringList *warnings = nullptr);
    // put-triggers: creates or replaces every named trigger, all or nothing in one transaction. A
    // refusal (its message begins with the trigger's name, its field is the option at fault)
    // leaves none of the triggers written, those named before it included. Returns the schedules
    // in the order of the names.
    Result<QList<PipelineSchedule>> putTriggers(const QString &identity, const TriggersInput &input,
                                                QStringList *warnings = nullptr);
    Result<PipelineSchedule> describe(const QString &identity, const QString &nameOrArn,
                                      const QString &groupName = {}) const;
    Result<QList<PipelineSchedule>> list(const QString &identity, const ScheduleListFilter &filter = {}) const;
    // With each schedule's latest slot, for the Schedules page.
    Result<QList<ScheduleSummaryRow>> summaries(const QString &identity, const ScheduleListFilter &filter = {}) const;

    // Enabling starts counting slots from now: slots of the disabled time are not "missed".
    Result<PipelineSchedule> setEnabled(const QString &identity, const QString &nameOrArn, const QString &groupName,
                                        bool enabled);
    // Refused (Conflict) while the schedule is ENABLED (Azure ML's rule); the executions it
    // started stay.
    Status remove(const QString &identity, const QString &nameOrArn, const QString &groupName = {});
    // "Disable and delete" in one transaction.
    Status disableAndRemove(const QString &identity, const QString &nameOrArn, const QString &groupName = {});

    // Starts the target now as a manual slot (not a slot of the expression, so the cadence is
    // unchanged). Overlap and retry policies do not apply: a failure is returned to the caller.
    Result<Firing> runNow(const QString &identity, const QString &nameOrArn, const QString &groupName = {});

    // The slots of a schedule, newest first.
    Result<QList<Firing>> history(const QString &identity, const QString &nameOrArn, const QString &groupName = {},
                                  int limit = 100) const;

    // Dead letters of the identity's schedules (of one schedule when nameOrArn is given).
    Result<QList<DeadLetter>> deadLetters(const QString &identity, const QString &nameOrArn = {},
                                          const QString &groupName = {}) const;
    // Starts the dead-lettered slot now; on success the slot becomes Started and the letter goes.
    Result<Firing> retryDeadLetter(const QString &identity, qint64 id);
    // Removes dead letters; all of the identity's when ids is empty. Returns how many.
    Result<int> clearDeadLetters(const QString &identity, const QList<qint64> &ids = {});

    // One fire of the upcoming-runs timeline.
    struct UpcomingFire
    {
        PipelineSchedule schedule;
        qint64 at = 0; // ms, the slot (a flexible window may start it later)
    };
    // The slots of the identity's enabled schedules in [fromMs, toMs), in time order; at most limit.
    Result<QList<UpcomingFire>> upcoming(const QString &identity, qint64 fromMs, qint64 toMs, int limit = 1000) const;
    // The next count slots (ms) of a schedule strictly after afterMs, as the engine plans them.
    static QList<qint64> nextFires(const PipelineSchedule &schedule, qint64 afterMs, int count);
    // Applies the schedule's start, end and rate() anchor to its parsed expression, as the engine does.
    static void bindExpression(Schedule::ScheduleExpression &expression, const PipelineSchedule &schedule);
    // One-time at() schedules fire at their instant whatever the start and end say, as in
    // EventBridge Scheduler, which ignores StartDate and EndDate for them. The write path drops
    // them; this also covers rows written before it did. Returns the schedule with start and end
    // cleared when its expression is an at().
    static PipelineSchedule withEffectiveWindow(const PipelineSchedule &schedule);
    // What create or update would accept but not use, as the warnings they return: for the
    // wizard's review before anything is written.
    static QStringList inputWarnings(const ScheduleInput &input);

    // The linter's warnings about a schedule as the engine runs it (its start, end and rate()
    // anchor bound), counted from nowMs: "never fires", "no more fires after …", DST, …. An
    // enabled schedule that never fires is accepted with these (as AWS accepts it); an expression
    // that does not parse has none.
    static QList<Schedule::LintWarning> warnings(const PipelineSchedule &schedule, qint64 nowMs);
    // The same for what a create would make of the input (the wizard's review).
    static QList<Schedule::LintWarning> warnings(const ScheduleInput &input, qint64 nowMs);

    // Schedules whose target pipeline was deleted, for clean-up.
    Result<QList<PipelineSchedule>> orphaned(const QString &identity) const;

    // --- For the engine -------------------------------------------------------------------
    // Every enabled schedule of every account (the engine serves the whole workspace).
    Result<QList<PipelineSchedule>> enabledSchedules() const;
    // Handles one slot inside the caller's open transaction: records the firing row (unique on
    // schedule and slot), applies the overlap policy, starts the execution through
    // PipelineService::startInTransaction, and on a failure schedules a retry or dead-letters.
    // `existing` is the stored row of a pending slot (retry or queued); without it a new row is
    // written and std::nullopt returned when the slot had already been handled. A Storage error
    // means the transaction must roll back.
    Result<std::optional<Firing>> fireInTransaction(const PipelineSchedule &schedule, qint64 scheduledMs, bool catchUp,
                                                    const std::optional<Firing> &existing, qint64 now);
    // Called by the engine after its transaction committed.
    void notifyFired(const QString &scheduleArn, const QString &pipelineArn);
    void notifySchedulesChanged(const QString &accountId) { emit schedulesChanged(accountId); }

    // The wait before retry number `attempt` (1-based): 1 s doubling, at most 10 minutes.
    static qint64 retryDelayMs(int attempt);
    // Checks name, group, ranges and the rules between fields (not the target). Field names are
    // the CLI option names.
    static Status validate(const PipelineSchedule &schedule);
    // What create (create = true: name and group from the input, expression and target required)
    // or update makes of `schedule` with the input's members over it, checked as they check it:
    // the same errors, before anything is written or sent; nothing is looked up (the target is
    // not resolved, its parameters not checked). For a caller that writes elsewhere: a connected
    // account's cloud (CloudActions), where `schedule` is what the cloud has.
    static Result<PipelineSchedule> applyInput(PipelineSchedule schedule, const ScheduleInput &input, bool create,
                                               QStringList *warnings = nullptr);
    static Status validateName(const QString &field, const QString &name);
    // A schedule's state as the CLI options and EventBridge Scheduler spell it: exactly ENABLED
    // (true) or DISABLED (false), upper case as the API's enum (and the SageMaker SDK, which only
    // ever sends these two); anything else is InvalidInput naming the field "state".
    static Result<bool> parseState(const QString &text);
    // An IAM role ARN (isIamRoleArn), or empty; InvalidInput naming the field "role-arn" otherwise.
    // The wizard checks its field with it as the user types.
    static Status validateRoleArn(const QString &arn);

signals:
    void schedulesChanged(const QString &accountId);
    void firingsChanged(const QString &scheduleArn);
    void deadLettersChanged();

private:
    Result<PipelineSchedule> find(const QString &identity, const QString &nameOrArn, const QString &groupName) const;
    Result<QString> resolveTarget(const QString &identity, const QString &nameOrArn) const;
    Status checkParameters(const QString &identity, const PipelineSchedule &schedule) const;
    Result<PipelineSchedule> write(const QString &identity, const ScheduleInput &input, bool create,
                                   QStringList *warnings = nullptr);
    void audit(const QString &identity, const QString &action, const QString &target, const Status &outcome,
               const QString &detail = {});

    ServiceContext &m_context;
    PipelineService &m_pipelines;
};

} // namespace Pd

#pragma once

#include "core/result.h"
#include "schedules/pipelineschedule.h"

#include <optional>

namespace Pd {

class Database;

// Which schedules a list shows. Empty members match everything.
struct ScheduleFilter
{
    QString accountId;
    QString groupName;
    std::optional<bool> enabled;
    QString targetPipelineArn;
    bool ordered = true; // by group and name; the engine needs no order and loads faster without
};

// A schedule with its latest slot, for lists.
struct ScheduleSummaryRow
{
    PipelineSchedule schedule;
    std::optional<Firing> lastFiring;
    // What became of the execution the last firing started, as it is now ("Failed", "Succeeded"),
    // and why it failed: "Started" says only that the schedule did its part. Empty when none.
    QString lastExecutionStatus;
    QString lastExecutionFailure;
};

// SQL for schedules, their firings and dead letters. Writes must run inside
// Database::transaction(); reads may run anywhere.
class ScheduleStore
{
public:
    explicit ScheduleStore(Database &database)
        : m_database(database)
    {}

    Status insert(const PipelineSchedule &schedule);
    Status update(const PipelineSchedule &schedule);
    // Deletes the schedule with its firings and dead letters (the executions it started stay).
    Status remove(const QString &arn);
    Result<PipelineSchedule> schedule(const QString &arn) const; // NotFound when absent
    // Ordered by group and name; orphaned is filled in.
    Result<QList<PipelineSchedule>> schedules(const ScheduleFilter &filter) const;
    Result<QList<ScheduleSummaryRow>> summaries(const ScheduleFilter &filter) const;
    // Every enabled schedule with only what planning needs (arn, account, expression, zone, start,
    // end, flexible window, event age, missed policy, action after completion, created, cursor);
    // the other members keep their defaults. Loads 100,000 schedules quickly.
    Result<QList<PipelineSchedule>> planningRows() const;
    Status setPlannedThrough(const QString &arn, qint64 scheduledMs);
    // A value that changes whenever a schedule is added, changed or removed, so an engine in
    // another process notices edits without reloading everything.
    Result<QString> changeStamp() const;
    // SQLite's PRAGMA data_version: changes when another connection commits, never for our own
    // commits. Cheap, so an idle engine checks it instead of changeStamp().
    Result<qint64> dataVersion() const;

    // Rows are keyed on (trigger, scheduled instant, manual): a manual run (run now) never takes
    // the key of the slot at its instant, so the slot still fires.
    // Inserts a new slot. Returns false (and writes nothing) when the slot already exists: it was
    // dealt with before, by this engine or one that crashed after committing it.
    Result<bool> insertFiring(const Firing &firing);
    Status updateFiring(const Firing &firing);
    // The slot of the expression at that instant (not a manual run), when it has a row.
    Result<std::optional<Firing>> firing(const QString &triggerArn, qint64 scheduledMs) const;
    // Newest first (a manual run before the slot of the same instant).
    Result<QList<Firing>> history(const QString &triggerArn, int limit) const;
    // Slots waiting for a retry or for the previous execution (all schedules).
    Result<QList<Firing>> pendingFirings() const;
    // The execution the schedule started last and its status, when there is one.
    struct LastExecution
    {
        QString arn;
        ExecutionStatus status = ExecutionStatus::Executing;
    };
    Result<std::optional<LastExecution>> lastExecution(const QString &triggerArn) const;

    Result<qint64> insertDeadLetter(const DeadLetter &letter);
    // Dead letters of the given schedules (all when empty), oldest first.
    Result<QList<DeadLetter>> deadLetters(const QStringList &triggerArns) const;
    Result<DeadLetter> deadLetter(qint64 id) const;
    Status removeDeadLetter(qint64 id);

private:
    Database &m_database;
};

} // namespace Pd

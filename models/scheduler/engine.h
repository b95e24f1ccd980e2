#pragma once

#include "core/result.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduler/enginelease.h"
#include "schedules/pipelineschedule.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <vector>

namespace Pd {

class PipelineService;
class RuleService;
class ScheduleService;
class ServiceContext;

// The local scheduler engine of one workspace: fires every enabled schedule's slots, and every
// enabled scheduled rule's (RuleService::fireInTransaction, in UTC), on time, exactly once,
// through crashes and restarts.
//
// - Planning: each enabled schedule has one entry, its next slot, in a priority queue; ONE timer
//   is armed for the earliest entry (no polling). A heartbeat timer keeps the lease, notices
//   schedules edited by another process and wall-clock jumps (suspend/resume, clock changes) and
//   then re-plans.
// - Exactly once: a slot is a firing row unique on (schedule, scheduled instant), written in the
//   same transaction as the execution it starts and as the schedule's planning cursor
//   (ScheduleService::fireInTransaction). A crash before the commit loses nothing (the slot is
//   planned again from the cursor); after it, nothing doubles (the row exists).
// - Missed slots (due more than the flexible window plus graceMs ago, as after a stop or a
//   suspend) follow the schedule's MissedPolicy; slots older than the maximum event age are passed
//   over, which also caps MissedPolicy::All (at most 1440 slots of rate(1 minute)).
// - Retries (pending firings) wait in the same queue; queued slots (OverlapPolicy::Queue) are
//   checked when executions change.
//
// Tests drive it with a ManualClock: start(), then advance the clock and call processDue().
// Not thread-safe; does not own the workspace.
class Engine : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Gui, Daemon };
    // How late a slot may fire and still count as on time (not a catch-up), beyond its window.
    static constexpr qint64 graceMs = 60 * 1000;

    // The engine fires schedules (ScheduleService) and scheduled rules (RuleService), starting their
    // targets through PipelineService in the firing's transaction.
    Engine(ServiceContext &context, PipelineService &pipelines, ScheduleService &schedules, RuleService &rules, Kind kind,
           QObject *parent = nullptr);
    ~Engine() override;

    // Takes the workspace's engine lease, loads and plans, and arms the timer. Conflict when
    // another live engine holds the lease (its kind and pid are in the message).
    Status start();
    // Disarms and gives the lease up. Slots not yet fired are planned again by the next start.
    void stop();
    bool isRunning() const { return m_running; }

    // Handles everything due at the clock's now: slots, retries and queued slots. Returns how many
    // firings it wrote. Re-arms the timer when running. Does nothing when not running.
    Result<int> processDue();
    // Reloads every enabled schedule and pending firing from the store and plans again.
    Status replan();
    // When the earliest entry is due (ms since the epoch), if any.
    std::optional<qint64> nextDue() const;
    int plannedCount() const { return int(m_queue.size()); }
    int scheduleCount() const { return m_scheduleCount; }

    // Returns a number in [0, 1): where inside its flexible window a slot fires. Default: the
    // system's random generator. For tests.
    void setRandomSource(std::function<double()> source) { m_random = std::move(source); }
    // How many slots one transaction handles at most (default 64).
    void setBatchSize(int count) { m_batchSize = qMax(1, count); }
    // Asked before each batch: when it answers true, processDue() returns after the batch it is
    // in and leaves the rest planned. The daemon uses it so that SIGTERM during a long catch-up
    // stops within one batch instead of after the whole backlog.
    void setInterruptCheck(std::function<bool()> check) { m_interrupted = std::move(check); }

signals:
    // After each committed batch.
    void fired(int count);
    // The engine stopped on its own (lost its lease or a storage error it could not get past).
    void stoppedUnexpectedly(const QString &reason);

private:
    struct Plan
    {
        // A schedule, or a scheduled rule seen as one (its expression in UTC, missed slots run
        // once, no window, overlap allowed); `rule` says which service fires it.
        PipelineSchedule schedule;
        Schedule::ScheduleExpression expression;
        qint64 cursor = 0; // slots after this instant (ms) are not handled yet
        bool active = true;
        bool rule = false;
    };
    enum class EntryKind { Slot, Pending };
    struct Entry
    {
        qint64 due = 0;
        qint64 slot = 0;
        int plan = -1;
        EntryKind kind = EntryKind::Slot;
        bool catchUp = false;
        bool operator>(const Entry &other) const { return due != other.due ? due > other.due : slot > other.slot; }
    };
    struct Queued
    {
        int plan = -1;
        qint64 slot = 0;
    };

    void planNext(int plan, qint64 now);
    void push(const Entry &entry) { m_queue.push(entry); }
    std::optional<qint64> nextSlotAfter(const Plan &plan, qint64 afterMs) const;
    qint64 windowMs(const Plan &plan) const;
    void arm();
    void onTimer();
    void onHeartbeat();
    void onSchedulesChanged();
    // What changes when schedules or scheduled rules are edited (by any program).
    Result<QString> changeStamp() const;
    void planRules(qint64 now);
    void markWallClock();
    Result<int> processQueued(qint64 now);

    ServiceContext &m_context;
    PipelineService &m_pipelines;
    ScheduleService &m_schedules;
    RuleService &m_rules;
    Kind m_kind;
    EngineLease m_lease;
    bool m_running = false;
    bool m_processing = false;
    QTimer m_timer;
    QTimer m_heartbeat;
    QElapsedTimer m_monotonic;
    qint64 m_wallAtMark = 0;
    QString m_changeStamp;
    qint64 m_dataVersion = -1;
    std::vector<Plan> m_plans;
    QHash<QString, int> m_planOf;
    struct Skip
    {
        int plan = -1;
        qint64 through = 0;
        int count = 0;
    };
    std::vector<Skip> m_skips;
    bool m_replanRequested = false;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_queue;
    std::vector<Queued> m_queued;
    std::function<double()> m_random;
    int m_batchSize = 64;
    std::function<bool()> m_interrupted;
    int m_scheduleCount = 0;
};

} // namespace Pd

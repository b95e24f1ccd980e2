#include "scheduler/engine.h"

#include "accounts/accountstore.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "rules/rulestore.h"
#include "schedules/scheduleservice.h"
#include "schedules/schedulestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QRandomGenerator>
#include <QSet>

namespace Pd {

namespace {

constexpr qint64 maxTimerMs = 24LL * 3600 * 1000;
// A wall clock that moved this much more or less than the monotonic clock jumped.
constexpr qint64 jumpToleranceMs = 2000;

qint64 toSeconds(qint64 ms)
{
    // Floor, also for instants before 1970.
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

Engine::Engine(ServiceContext &context, PipelineService &pipelines, ScheduleService &schedules, RuleService &rules,
               Kind kind, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_pipelines(pipelines)
    , m_schedules(schedules)
    , m_rules(rules)
    , m_kind(kind)
    , m_lease(context, kind == Kind::Daemon ? QStringLiteral("daemon") : QStringLiteral("gui"))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Engine::onTimer);
    m_heartbeat.setInterval(int(EngineLease::heartbeatIntervalMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &Engine::onHeartbeat);
    connect(&m_schedules, &ScheduleService::schedulesChanged, this, &Engine::onSchedulesChanged);
    connect(&m_rules, &RuleService::rulesChanged, this, &Engine::onSchedulesChanged);
    connect(&m_pipelines, &PipelineService::executionsChanged, this, [this] {
        // A queued slot may start once the execution before it ended.
        if (m_running && !m_queued.empty() && !m_processing)
            QTimer::singleShot(0, this, [this] { (void)processDue(); });
    });
}

Engine::~Engine()
{
    stop();
}

Status Engine::start()
{
    if (m_running)
        return {};
    auto acquired = m_lease.tryAcquire();
    if (!acquired)
        return acquired.error();
    if (!acquired.value()) {
        auto holder = EngineLease::current(m_context);
        const QString kind = holder && holder.value() ? holder.value()->kind : QStringLiteral("?");
        const qint64 pid = holder && holder.value() ? holder.value()->pid : 0;
        return Error::conflict(
            Tr::tr("The scheduler of this workspace already runs elsewhere (engine: %1, pid %2).").arg(kind).arg(pid));
    }
    m_running = true;
    if (Status planned = replan(); !planned) {
        stop();
        return planned;
    }
    markWallClock();
    m_heartbeat.start();
    arm();
    return {};
}

void Engine::stop()
{
    m_timer.stop();
    m_heartbeat.stop();
    if (m_running && m_lease.isHeld())
        (void)m_lease.release();
    m_running = false;
}

std::optional<qint64> Engine::nextDue() const
{
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.top().due;
}

qint64 Engine::windowMs(const Plan &plan) const
{
    return qint64(plan.schedule.flexibleWindowMinutes) * 60 * 1000;
}

std::optional<qint64> Engine::nextSlotAfter(const Plan &plan, qint64 afterMs) const
{
    const auto next = plan.expression.next(toSeconds(afterMs));
    if (!next)
        return std::nullopt;
    const qint64 ms = *next * 1000;
    if (plan.schedule.endTime && ms > plan.schedule.endTime)
        return std::nullopt;
    return ms;
}

Status Engine::replan()
{
    auto schedules = ScheduleStore(m_context.database()).planningRows();
    if (!schedules)
        return schedules.error();
    auto pending = ScheduleStore(m_context.database()).pendingFirings();
    if (!pending)
        return pending.error();
    auto stamp = changeStamp();
    if (!stamp)
        return stamp.error();
    m_changeStamp = stamp.value();
    if (auto version = ScheduleStore(m_context.database()).dataVersion())
        m_dataVersion = version.value();
    m_plans.clear();
    m_plans.reserve(schedules->size());
    m_planOf.clear();
    m_planOf.reserve(schedules->size());
    m_queue = {};
    m_queued.clear();
    m_skips.clear();
    m_scheduleCount = int(schedules->size());

    // Many schedules share an expression: parse each text once (a parsed expression is a shared,
    // copy-on-write value).
    QHash<QString, Schedule::ScheduleExpression> parsed;
    const qint64 now = m_context.clock().nowMs();
    for (PipelineSchedule &s : schedules.value()) {
        const QString key = s.expression + QChar(0x1f) + s.timeZone;
        auto cached = parsed.constFind(key);
        if (cached == parsed.constEnd()) {
            auto expression = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
            if (!expression) {
                qWarning("scheduler: schedule %s has an invalid expression: %s", qPrintable(s.arn),
                         qPrintable(expression.error().message));
                continue;
            }
            cached = parsed.insert(key, expression.value());
        }
        // A one-time schedule fires at its instant whatever start and end it was stored with.
        s = ScheduleService::withEffectiveWindow(s);
        Plan plan{std::move(s), cached.value(), 0, true, false};
        ScheduleService::bindExpression(plan.expression, plan.schedule);
        // The parsed expression is what counts from here on; the texts would only take memory.
        plan.schedule.expression.clear();
        plan.schedule.timeZone.clear();
        plan.cursor = plan.schedule.plannedThrough
                          ? plan.schedule.plannedThrough
                          : (plan.schedule.startTime ? plan.schedule.startTime - 1 : plan.schedule.createdAt);
        m_planOf.insert(plan.schedule.arn, int(m_plans.size()));
        m_plans.push_back(std::move(plan));
        planNext(int(m_plans.size()) - 1, now);
    }
    planRules(now);
    for (const Firing &f : pending.value()) {
        const auto found = m_planOf.constFind(f.triggerArn);
        if (found == m_planOf.constEnd())
            continue; // disabled or deleted: its pending slot waits until it is enabled again
        if (f.outcome == FiringOutcome::Retrying) {
            Entry entry;
            entry.due = f.nextAttempt;
            entry.slot = f.scheduledTime;
            entry.plan = found.value();
            entry.kind = EntryKind::Pending;
            entry.catchUp = f.catchUp;
            push(entry);
        } else {
            m_queued.push_back({found.value(), f.scheduledTime});
        }
    }
    return {};
}

Result<QString> Engine::changeStamp() const
{
    auto schedules = ScheduleStore(m_context.database()).changeStamp();
    if (!schedules)
        return schedules;
    auto rules = RuleStore(m_context.database()).changeStamp();
    if (!rules)
        return rules;
    return schedules.value() + QLatin1Char('|') + rules.value();
}

void Engine::planRules(qint64 now)
{
    auto rules = RuleStore(m_context.database()).enabledScheduledRules();
    if (!rules) {
        qWarning("scheduler: cannot read the scheduled rules: %s", qPrintable(rules.error().message));
        return;
    }
    for (const Rule &r : rules.value()) {
        // EventBridge evaluates rule schedules in UTC; a slot missed while no engine ran fires
        // once, late, like a schedule's default.
        auto expression = Schedule::ScheduleExpression::parse(r.scheduleExpression, QStringLiteral("UTC"));
        if (!expression) {
            qWarning("scheduler: rule %s has an invalid schedule: %s", qPrintable(r.arn),
                     qPrintable(expression.error().message));
            continue;
        }
        PipelineSchedule view;
        view.arn = r.arn;
        view.accountId = r.accountId;
        view.createdAt = r.createdAt;
        view.plannedThrough = r.plannedThrough;
        view.missedPolicy = MissedPolicy::Once;
        view.overlapPolicy = OverlapPolicy::Allow;
        view.maxEventAgeSeconds = ScheduleLimits::maxEventAgeMaxSeconds;
        Plan plan{std::move(view), expression.value(), 0, true, true};
        ScheduleService::bindExpression(plan.expression, plan.schedule);
        plan.cursor = plan.schedule.plannedThrough ? plan.schedule.plannedThrough : plan.schedule.createdAt;
        m_planOf.insert(plan.schedule.arn, int(m_plans.size()));
        m_plans.push_back(std::move(plan));
        planNext(int(m_plans.size()) - 1, now);
    }
}

void Engine::planNext(int index, qint64 now)
{
    Plan &plan = m_plans[size_t(index)];
    auto slot = nextSlotAfter(plan, plan.cursor);
    if (!slot) {
        plan.active = false;
        return;
    }
    const qint64 window = windowMs(plan);
    auto missed = [&](qint64 at) {
        return at + window + graceMs < now;
    };
    if (missed(*slot)) {
        // Slots older than the maximum event age are never run; this also caps MissedPolicy::All.
        const qint64 lower = qMax(plan.cursor, now - qint64(plan.schedule.maxEventAgeSeconds) * 1000);
        switch (plan.schedule.missedPolicy) {
        case MissedPolicy::All:
            slot = nextSlotAfter(plan, lower);
            if (slot && missed(*slot)) {
                Entry entry;
                entry.due = now;
                entry.slot = *slot;
                entry.plan = index;
                entry.catchUp = true;
                push(entry);
                return;
            }
            break;
        case MissedPolicy::Once:
        case MissedPolicy::Skip: {
            std::optional<qint64> last;
            int count = 0;
            slot = nextSlotAfter(plan, lower);
            while (slot && missed(*slot)) {
                last = slot;
                ++count;
                slot = nextSlotAfter(plan, *slot);
            }
            if (last && plan.schedule.missedPolicy == MissedPolicy::Once) {
                Entry entry;
                entry.due = now;
                entry.slot = *last;
                entry.plan = index;
                entry.catchUp = true;
                push(entry);
                return;
            }
            if (last) {
                plan.cursor = *last;
                m_skips.push_back({index, *last, count});
            }
            break;
        }
        }
        if (!slot) {
            plan.active = false;
            return;
        }
    }
    Entry entry;
    entry.slot = *slot;
    entry.due = *slot + (window > 0 ? qint64(m_random() * double(window)) : 0);
    entry.plan = index;
    push(entry);
}

Result<int> Engine::processDue()
{
    if (!m_running || m_processing)
        return 0;
    m_processing = true;
    const qint64 now = m_context.clock().nowMs();
    ScheduleService &service = m_schedules;
    ScheduleStore store(m_context.database());
    int total = 0;
    Status outcome;
    bool interrupted = false;
    for (;;) {
        if (m_interrupted && m_interrupted()) {
            interrupted = true;
            break;
        }
        std::vector<Entry> batch;
        while (!m_queue.empty() && m_queue.top().due <= now && int(batch.size()) < m_batchSize) {
            const Entry entry = m_queue.top();
            m_queue.pop();
            if (entry.plan >= 0 && m_plans[size_t(entry.plan)].active)
                batch.push_back(entry);
        }
        std::vector<Skip> skips;
        skips.swap(m_skips);
        if (batch.empty() && skips.empty())
            break;

        std::vector<std::optional<Firing>> results(batch.size());
        std::vector<QString> targets(batch.size());
        QSet<int> completed;
        const Status status = m_context.database().transaction([&]() -> Status {
            for (const Skip &skip : skips) {
                const PipelineSchedule &s = m_plans[size_t(skip.plan)].schedule;
                if (Status st = m_plans[size_t(skip.plan)].rule
                                    ? RuleStore(m_context.database()).setPlannedThrough(s.arn, skip.through)
                                    : store.setPlannedThrough(s.arn, skip.through);
                    !st)
                    return st;
                // Part of this transaction (AuditLog's policy), so a skip is never recorded without its cursor.
                m_context.audit().record(s.accountId, QStringLiteral("SkipMissedRuns"), s.arn, Status(),
                                         QStringLiteral("%1 slot(s) through %2").arg(skip.count).arg(skip.through),
                                         QStringLiteral("engine"));
            }
            for (size_t i = 0; i < batch.size(); ++i) {
                const Entry &entry = batch[i];
                const Plan &plan = m_plans[size_t(entry.plan)];
                if (plan.rule) {
                    // The rule as stored now: edited, disabled or deleted since it was planned.
                    auto rule = RuleStore(m_context.database()).rule(plan.schedule.arn);
                    if (!rule) {
                        if (rule.error().code == Error::Code::NotFound)
                            continue;
                        return rule.error();
                    }
                    if (!rule->enabled || !rule->isScheduled())
                        continue;
                    auto fired = m_rules.fireInTransaction(rule.value(), entry.slot, entry.catchUp,
                                                                       m_context.clock().nowMs());
                    if (!fired)
                        return fired.error();
                    results[i] = fired.value();
                    continue;
                }
                // The plan holds what planning needs; firing reads the whole schedule as stored now.
                auto schedule = store.schedule(plan.schedule.arn);
                if (!schedule) {
                    if (schedule.error().code == Error::Code::NotFound)
                        continue; // deleted by another program since the plan was made
                    return schedule.error();
                }
                targets[i] = schedule->targetPipelineArn;
                std::optional<Firing> existing;
                if (entry.kind == EntryKind::Pending) {
                    auto row = store.firing(plan.schedule.arn, entry.slot);
                    if (!row)
                        return row.error();
                    if (!row.value() || row.value()->outcome != FiringOutcome::Retrying)
                        continue; // handled meanwhile (a dead letter retried by hand)
                    existing = row.value();
                }
                auto fired = service.fireInTransaction(schedule.value(), entry.slot, entry.catchUp, existing,
                                                       m_context.clock().nowMs());
                if (!fired)
                    return fired.error();
                results[i] = fired.value();
                if (entry.kind == EntryKind::Slot &&
                    plan.schedule.actionAfterCompletion == ActionAfterCompletion::Delete &&
                    !nextSlotAfter(plan, entry.slot)) {
                    // The last slot fired: the schedule deletes itself in the same transaction.
                    if (Status st = store.remove(plan.schedule.arn); !st)
                        return st;
                    completed.insert(entry.plan);
                }
            }
            return {};
        });
        if (!status) {
            // Nothing of this batch was stored: plan everything again from the store.
            outcome = status;
            break;
        }

        QSet<QString> notified;
        QSet<QString> changedAccounts;
        for (size_t i = 0; i < batch.size(); ++i) {
            const Entry &entry = batch[i];
            Plan &plan = m_plans[size_t(entry.plan)];
            const std::optional<Firing> &firing = results[i];
            if (entry.kind == EntryKind::Slot) {
                plan.cursor = qMax(plan.cursor, entry.slot);
                if (completed.contains(entry.plan)) {
                    plan.active = false;
                    changedAccounts.insert(plan.schedule.accountId);
                } else {
                    planNext(entry.plan, now);
                }
            }
            if (!firing)
                continue;
            ++total;
            if (firing->outcome == FiringOutcome::Retrying) {
                Entry retry;
                retry.due = firing->nextAttempt;
                retry.slot = firing->scheduledTime;
                retry.plan = entry.plan;
                retry.kind = EntryKind::Pending;
                retry.catchUp = firing->catchUp;
                push(retry);
            } else if (firing->outcome == FiringOutcome::Queued) {
                m_queued.push_back({entry.plan, firing->scheduledTime});
            }
            if (!notified.contains(plan.schedule.arn) && plan.rule) {
                notified.insert(plan.schedule.arn);
                m_rules.notifyFired(plan.schedule.arn);
            } else if (!notified.contains(plan.schedule.arn)) {
                notified.insert(plan.schedule.arn);
                service.notifyFired(plan.schedule.arn,
                                    firing->outcome == FiringOutcome::Started ? targets[i] : QString());
            }
        }
        if (!changedAccounts.isEmpty()) {
            if (auto stamp = changeStamp())
                m_changeStamp = stamp.value();
            for (const QString &account : std::as_const(changedAccounts))
                service.notifySchedulesChanged(account);
        }
        emit fired(int(batch.size()));
    }
    if (outcome && !interrupted) {
        auto queued = processQueued(now);
        if (queued)
            total += queued.value();
        else
            outcome = queued.error();
    }
    m_processing = false;
    if (!outcome || m_replanRequested) {
        m_replanRequested = false;
        (void)replan();
    }
    arm();
    if (!outcome)
        return outcome.error();
    return total;
}

Result<int> Engine::processQueued(qint64 now)
{
    if (m_queued.empty())
        return 0;
    ScheduleStore store(m_context.database());
    std::vector<Queued> still;
    std::vector<std::pair<QString, QString>> started;
    int count = 0;
    const Status status = m_context.database().transaction([&]() -> Status {
        for (const Queued &q : m_queued) {
            const Plan &plan = m_plans[size_t(q.plan)];
            if (!plan.active)
                continue;
            auto last = store.lastExecution(plan.schedule.arn);
            if (!last)
                return last.error();
            if (last.value() && !isTerminal(last.value()->status)) {
                still.push_back(q);
                continue;
            }
            auto row = store.firing(plan.schedule.arn, q.slot);
            if (!row)
                return row.error();
            if (!row.value() || row.value()->outcome != FiringOutcome::Queued)
                continue;
            auto schedule = store.schedule(plan.schedule.arn);
            if (!schedule)
                return schedule.error();
            auto fired = m_schedules.fireInTransaction(schedule.value(), q.slot, row.value()->catchUp,
                                                                   row.value(), now);
            if (!fired)
                return fired.error();
            ++count;
            if (fired.value() && fired.value()->outcome == FiringOutcome::Queued)
                still.push_back(q);
            else if (fired.value())
                started.emplace_back(plan.schedule.arn, schedule->targetPipelineArn);
        }
        return {};
    });
    if (!status)
        return status.error();
    m_queued.swap(still);
    for (const auto &[scheduleArn, pipelineArn] : started)
        m_schedules.notifyFired(scheduleArn, pipelineArn);
    return count;
}

void Engine::arm()
{
    if (!m_running)
        return;
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qBound<qint64>(0, m_queue.top().due - m_context.clock().nowMs(), maxTimerMs);
    m_timer.start(int(delay));
}

void Engine::markWallClock()
{
    m_monotonic.start();
    m_wallAtMark = m_context.clock().nowMs();
}

void Engine::onTimer()
{
    // The timer measures monotonic time; if the wall clock jumped meanwhile, what is due changed.
    const qint64 expected = m_wallAtMark + m_monotonic.elapsed();
    if (qAbs(m_context.clock().nowMs() - expected) > jumpToleranceMs) {
        (void)replan();
        markWallClock();
    }
    auto done = processDue();
    if (!done)
        qWarning("scheduler: %s", qPrintable(done.error().message));
}

void Engine::onHeartbeat()
{
    if (!m_running)
        return;
    if (Status beat = m_lease.heartbeat(); !beat) {
        const QString reason = beat.error().message;
        stop();
        emit stoppedUnexpectedly(reason);
        return;
    }
    bool again = false;
    const qint64 expected = m_wallAtMark + m_monotonic.elapsed();
    if (qAbs(m_context.clock().nowMs() - expected) > jumpToleranceMs) {
        again = true;
        markWallClock();
    }
    // Schedules edited by another program (the CLI while the GUI runs the engine). Only when some
    // other connection wrote at all is the schedules table looked at.
    ScheduleStore store(m_context.database());
    auto version = store.dataVersion();
    if (version && version.value() != m_dataVersion) {
        m_dataVersion = version.value();
        auto stamp = changeStamp();
        if (stamp && stamp.value() != m_changeStamp)
            again = true;
    }
    if (again)
        (void)replan();
    if (again || !m_queued.empty())
        (void)processDue();
    else
        arm();
}

void Engine::onSchedulesChanged()
{
    if (!m_running)
        return;
    if (m_processing) {
        m_replanRequested = true;
        return;
    }
    (void)replan();
    arm();
}

} // namespace Pd

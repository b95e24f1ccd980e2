#include "pipelines/localrunner.h"

#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QLoggingCategory>
#include <QSet>

namespace Pd {

Q_LOGGING_CATEGORY(lcRunner, "pd.runner")

namespace Simulation {

namespace {

qint64 startupOf(const StepSimulation &simulation)
{
    return qMin(startupMs, simulation.durationMs / 2);
}

bool anyStepFailed(const Execution &execution)
{
    for (const StepExecution &s : execution.steps) {
        if (s.status == StepStatus::Failed || s.status == StepStatus::Stopped)
            return true;
    }
    return false;
}

// When a step that has not run may start: when its last dependency succeeded (the execution's
// start for a step without dependencies); empty while a dependency has not succeeded.
std::optional<qint64> readyAt(const Execution &execution, const PipelineStep &step)
{
    qint64 at = execution.startTime;
    for (const QString &dependency : step.dependsOn) {
        const StepExecution *done = execution.step(dependency);
        if (!done || done->status != StepStatus::Succeeded)
            return std::nullopt;
        at = qMax(at, done->endTime);
    }
    return at;
}

void launch(Execution &execution, const PipelineStep &step, qint64 at)
{
    StepExecution s;
    s.name = step.name;
    s.type = step.type;
    s.status = StepStatus::Starting;
    s.startTime = at;
    execution.steps.append(s);
}

} // namespace

int launchReadySteps(Execution &execution, const PipelineDefinition &definition, qint64 at)
{
    if (anyStepFailed(execution))
        return 0;
    int launched = 0;
    for (const PipelineStep &step : definition.steps) {
        if (!execution.step(step.name) && readyAt(execution, step)) {
            launch(execution, step, at);
            ++launched;
        }
    }
    return launched;
}

Advance advance(Execution &execution, const PipelineDefinition &definition,
                const QHash<QString, StepSimulation> &simulations, qint64 until)
{
    Advance result;
    auto simulationOf = [&](const QString &step) { return simulations.value(step, StepSimulation()); };
    // Each round applies the transitions of one instant; a definition of n steps needs at most
    // about 3n rounds, the bound only guards against a bug looping forever.
    for (int round = 0; round < 4 * definition.steps.size() + 8; ++round) {
        if (isTerminal(execution.status))
            return result;
        if (execution.status == ExecutionStatus::Stopping) {
            const qint64 at = execution.lastModifiedTime + stopDelayMs;
            if (at > until) {
                result.next = at;
                return result;
            }
            for (StepExecution &s : execution.steps) {
                if (isActive(s.status)) {
                    s.status = StepStatus::Stopped;
                    s.endTime = at;
                }
            }
            execution.status = ExecutionStatus::Stopped;
            execution.endTime = execution.lastModifiedTime = at;
            result.changed = true;
            return result;
        }

        std::optional<qint64> due;
        auto consider = [&due](qint64 at) {
            if (!due || at < *due)
                due = at;
        };
        for (const StepExecution &s : execution.steps) {
            const StepSimulation simulation = simulationOf(s.name);
            if (s.status == StepStatus::Starting)
                consider(s.startTime + startupOf(simulation));
            if (s.status == StepStatus::Starting || s.status == StepStatus::Executing)
                consider(s.startTime + simulation.durationMs);
        }
        if (!anyStepFailed(execution)) {
            for (const PipelineStep &step : definition.steps) {
                if (!execution.step(step.name)) {
                    if (auto at = readyAt(execution, step))
                        consider(*at);
                }
            }
        }
        if (!due) {
            // Nothing runs and nothing can start any more: the execution is over.
            qint64 end = execution.lastModifiedTime;
            for (const StepExecution &s : execution.steps)
                end = qMax(end, s.endTime);
            const bool failed = anyStepFailed(execution);
            execution.status = failed ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
            execution.failureReason = failed ? stepFailureReason() : QString();
            execution.endTime = execution.lastModifiedTime = end;
            result.changed = true;
            return result;
        }
        if (*due > until) {
            result.next = due;
            return result;
        }
        const qint64 at = *due;
        for (StepExecution &s : execution.steps) {
            const StepSimulation simulation = simulationOf(s.name);
            const bool running = s.status == StepStatus::Starting || s.status == StepStatus::Executing;
            if (running && s.startTime + simulation.durationMs <= at) {
                const bool fails = s.attempt <= simulation.failAttempts;
                s.status = fails ? StepStatus::Failed : StepStatus::Succeeded;
                s.endTime = at;
                s.failureReason = !fails ? QString()
                                  : simulation.failureReason.isEmpty()
                                      ? QStringLiteral("Simulated failure of step %1, attempt %2.").arg(s.name).arg(s.attempt)
                                      : simulation.failureReason;
            } else if (s.status == StepStatus::Starting && s.startTime + startupOf(simulation) <= at) {
                s.status = StepStatus::Executing;
            }
        }
        if (!anyStepFailed(execution)) {
            for (const PipelineStep &step : definition.steps) {
                if (execution.step(step.name))
                    continue;
                if (auto ready = readyAt(execution, step); ready && *ready <= at)
                    launch(execution, step, at);
            }
        }
        execution.lastModifiedTime = qMax(execution.lastModifiedTime, at);
        result.changed = true;
    }
    qCWarning(lcRunner) << "execution" << execution.arn << "did not settle; the runner skips it for now";
    return result;
}

} // namespace Simulation

LocalRunner::LocalRunner(ServiceContext &context, PipelineService &pipelines, QObject *parent)
    : QObject(parent), m_context(context), m_pipelines(pipelines)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LocalRunner::onTimer);
    // A start, stop or retry may have created work before the armed time: look again at once.
    connect(&pipelines, &PipelineService::executionsChanged, this, [this] {
        if (m_running && !m_ticking)
            arm(0);
    });
}

Result<int> LocalRunner::tick()
{
    Database &database = m_context.database();
    PipelineStore store(database);
    m_lastBatches = 0;
    m_lastInterrupted = false;
    auto active = store.activeExecutionArns();
    if (!active)
        return active.error();
    const qint64 now = m_context.clock().nowMs();
    const QStringList &arns = active.value();
    QSet<QString> changedPipelines;
    QHash<QString, PipelineDefinition> definitions;
    QHash<QString, QHash<QString, StepSimulation>> simulations;
    std::optional<qint64> next;
    int changed = 0;
    for (qsizetype first = 0; first < arns.size(); first += m_batchSize) {
        // Between batches, never inside one: a stop request waits for at most one batch.
        if (m_interrupted && m_interrupted()) {
            m_lastInterrupted = true;
            // The executions not reached may be due now: look again at once when running on.
            next = now;
            break;
        }
        const qsizetype last = qMin(arns.size(), first + qsizetype(m_batchSize));
        // What this batch did counts only once its transaction committed.
        std::optional<qint64> batchNext;
        QSet<QString> batchPipelines;
        int batchChanged = 0;
        const Status status = database.transaction([&]() -> Status {
            for (qsizetype i = first; i < last; ++i) {
                auto execution = store.execution(arns.at(i));
                if (!execution) {
                    // Gone since the list was read (its pipeline deleted): nothing to advance.
                    if (execution.error().code == Error::Code::NotFound)
                        continue;
                    return execution.error();
                }
                const QString pipelineArn = execution->pipelineArn;
                // Each execution runs the definition it started with; executions from before
                // definitions were kept share their pipeline's current one.
                const QString definitionKey = execution->definitionId > 0
                                                  ? QString::number(execution->definitionId)
                                                  : pipelineArn;
                if (!definitions.contains(definitionKey)) {
                    auto definition = store.executionDefinition(execution.value());
                    if (!definition) {
                        // One execution that cannot be read does not hold the others back; a
                        // storage error rolls the batch back.
                        if (definition.error().code == Error::Code::Storage)
                            return definition.error();
                        qCWarning(lcRunner) << "could not advance" << arns.at(i) << definition.error().message;
                        continue;
                    }
                    definitions.insert(definitionKey, PipelineDefinition::fromJson(definition->definition));
                }
                if (!simulations.contains(pipelineArn)) {
                    auto settings = store.stepSimulations(pipelineArn);
                    if (!settings)
                        return settings.error();
                    simulations.insert(pipelineArn, settings.value());
                }
                const Simulation::Advance advanced = Simulation::advance(
                    execution.value(), definitions.value(definitionKey), simulations.value(pipelineArn), now);
                if (advanced.next && (!batchNext || *advanced.next < *batchNext))
                    batchNext = advanced.next;
                if (!advanced.changed)
                    continue;
                if (Status saved = store.saveState(execution.value()); !saved)
                    return saved;
                ++batchChanged;
                batchPipelines.insert(pipelineArn);
            }
            return {};
        });
        if (!status) {
            // Rolled back whole: these executions keep their stored state and the next tick tries
            // again; the other batches go on.
            qCWarning(lcRunner) << "could not advance executions" << first << "to" << last - 1 << ":"
                                << status.error().message;
            const qint64 retryAt = now + 1000;
            if (!next || retryAt < *next)
                next = retryAt;
            continue;
        }
        ++m_lastBatches;
        changed += batchChanged;
        changedPipelines.unite(batchPipelines);
        if (batchNext && (!next || *batchNext < *next))
            next = batchNext;
    }
    m_nextDue = next;
    m_ticking = true;
    for (const QString &pipelineArn : std::as_const(changedPipelines))
        m_pipelines.notifyExecutionsChanged(pipelineArn);
    m_ticking = false;
    return changed;
}

void LocalRunner::start()
{
    m_running = true;
    arm(0);
}

void LocalRunner::stop()
{
    m_running = false;
    m_timer.stop();
}

void LocalRunner::arm(qint64 delayMs)
{
    const int delay = int(qBound(qint64(0), delayMs, qint64(24 * 3600 * 1000)));
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(delay);
}

void LocalRunner::onTimer()
{
    if (!m_running)
        return;
    auto ticked = tick();
    if (!ticked)
        qCWarning(lcRunner) << ticked.error().message;
    if (m_nextDue)
        arm(*m_nextDue - m_context.clock().nowMs());
}

} // namespace Pd

#pragma once

#include "core/result.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Pd {

class PipelineService;
class ServiceContext;

// The rules by which the local runner plays an execution, as pure functions of the execution, its
// pipeline's definition and the step simulation settings. Every transition happens at the time it
// was due (a step that takes 5 s ends 5 s after it started, however late the runner looks), so a
// run is the same whether the runner ticks every second or once after a restart.
namespace Simulation {

// How long a step stays Starting before it reports Executing, and how long Stopping lasts.
constexpr qint64 startupMs = 1000;
constexpr qint64 stopDelayMs = 1000;

// Starts, as Starting at `at`, every step that has not run yet and whose dependencies have all
// succeeded. Returns how many were started. Used by start and retry for the first wave.
int launchReadySteps(Execution &execution, const PipelineDefinition &definition, qint64 at);

struct Advance
{
    bool changed = false;
    std::optional<qint64> next; // when the next transition is due; empty when the execution ended
};

// Applies every transition due at or before `until`, oldest first: steps Starting → Executing →
// Succeeded | Failed (the first failAttempts attempts of a step fail), steps whose dependencies all
// succeeded start in parallel, no new step starts once one failed, and the execution ends Failed
// or Succeeded when nothing runs any more; Stopping ends Stopped after stopDelayMs.
Advance advance(Execution &execution, const PipelineDefinition &definition,
                const QHash<QString, StepSimulation> &simulations, qint64 until);

} // namespace Simulation

// Runs executions of the workspace offline: on each tick() it advances every Executing or Stopping
// execution to the workspace clock's now and stores the result, in batches (one transaction per
// batch of executions: a batch is written whole or not at all), then tells the pipelines service
// so item models refresh. Executions left running when a program stopped are picked up by the
// first tick after it starts again.
//
// An interrupt check (setInterruptCheck) is asked before each batch, so a program that is told to
// stop (the scheduler daemon on SIGTERM) waits for at most one batch, however many executions run;
// the executions not reached keep their stored state and are advanced by the next tick.
//
// Tests drive it with a ManualClock and tick(); the apps call start(), which keeps one QTimer
// armed for the next due transition. Does not own the workspace.
class LocalRunner : public QObject
{
    Q_OBJECT

public:
    LocalRunner(ServiceContext &context, PipelineService &pipelines, QObject *parent = nullptr);

    // Returns how many executions changed.
    Result<int> tick();

    // How many executions one transaction advances at most (default 256: a batch takes tens of
    // milliseconds on a laptop).
    void setBatchSize(int count) { m_batchSize = qMax(1, count); }
    int batchSize() const { return m_batchSize; }
    // Asked before each batch of a tick, the first included: when it answers true, tick() returns
    // without starting another batch. What the batches before wrote stays committed.
    void setInterruptCheck(std::function<bool()> check) { m_interrupted = std::move(check); }
    // Of the last tick: how many batches it committed, and whether the interrupt check cut it short.
    int lastTickBatches() const { return m_lastBatches; }
    bool lastTickInterrupted() const { return m_lastInterrupted; }
    // When the next transition of any running execution is due (known after a tick).
    std::optional<qint64> nextDue() const { return m_nextDue; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }

private:
    void arm(qint64 delayMs);
    void onTimer();

    ServiceContext &m_context;
    PipelineService &m_pipelines;
    QTimer m_timer;
    std::optional<qint64> m_nextDue;
    bool m_running = false;
    bool m_ticking = false;
    int m_batchSize = 256;
    std::function<bool()> m_interrupted;
    int m_lastBatches = 0;
    bool m_lastInterrupted = false;
};

} // namespace Pd

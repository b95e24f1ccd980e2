// The local runner: DAG order and parallelism, deterministic timing on a manual clock, failures
// from the step simulation, stop, and resuming after a restart.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/ids.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");
constexpr qint64 second = 1000;

QString start(PdTest::TestWorkspace &ws)
{
    StartRequest request;
    request.pipeline = serial;
    auto arn = ws->pipelines().start(test, request);
    if (!arn)
        qFatal("start failed: %s", qPrintable(arn.error().message));
    return arn.value();
}

Execution describe(PdTest::TestWorkspace &ws, const QString &arn)
{
    return ws->pipelines().describeExecution(test, arn).value();
}

// "Name:Status@start-end" in seconds after t0, in the order the steps started.
QString timeline(const Execution &e, qint64 t0)
{
    QStringList parts;
    for (const StepExecution &s : e.steps) {
        parts.append(QStringLiteral("%1:%2@%3-%4")
                         .arg(s.name, toApiString(s.status))
                         .arg((s.startTime - t0) / second)
                         .arg(s.endTime ? QString::number((s.endTime - t0) / second) : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

// `count` executions of the serial pipeline, all started now and Starting their first step: one
// through the service, the others copies of it written through the store in one transaction
// (setup only: 30,000 starts one by one would take long). Returns their start time.
qint64 startMany(PdTest::TestWorkspace &ws, int count)
{
    const Execution model = describe(ws, start(ws));
    QList<Execution> copies;
    copies.reserve(count - 1);
    for (int i = 1; i < count; ++i) {
        Execution e = model;
        e.arn = executionArn(model.pipelineArn, QStringLiteral("bulk%1").arg(i, 6, 10, QLatin1Char('0')));
        copies.append(e);
    }
    const Status written = ws->database().transaction([&] { return PipelineStore(ws->database()).insert(copies); });
    if (!written)
        qFatal("insert: %s", qPrintable(written.error().message));
    return model.startTime;
}

// How many running executions the runner has advanced past `since`, and how many it has not.
QPair<int, int> advancedAndNot(PdTest::TestWorkspace &ws, qint64 since)
{
    QSqlQuery q(ws->database().db());
    if (!q.exec(QStringLiteral("SELECT sum(last_modified_time > %1), sum(last_modified_time <= %1) FROM executions "
                               "WHERE status IN ('Executing', 'Stopping')")
                    .arg(since))
        || !q.next())
        qFatal("count failed");
    return {q.value(0).toInt(), q.value(1).toInt()};
}
} // namespace

class TestLocalRunner : public QObject
{
    Q_OBJECT

private slots:
    void dagOrderAndParallelism_data();
    void dagOrderAndParallelism();
    void stepsReportExecutingAfterStartup();
    void failureStopsNewSteps();
    void stop();
    void resumesAfterRestart();
    void reportsNextDueAndSignals();
    void timerDrivesTheRunner();
    void stopRequestEndsTheTickWithinOneBatch();
    void stopRequestBeforeATickAdvancesNothing();
};

void TestLocalRunner::dagOrderAndParallelism_data()
{
    QTest::addColumn<qint64>("tickEvery");
    // However often the runner looks, every step starts and ends when it was due.
    QTest::newRow("every 500 ms") << qint64(500);
    QTest::newRow("every 7 s") << qint64(7 * second);
    QTest::newRow("once after 10 min") << qint64(600 * second);
}

void TestLocalRunner::dagOrderAndParallelism()
{
    QFETCH(qint64, tickEvery);
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    const qint64 t0 = ws.clock.nowMs();
    const QString arn = start(ws);
    while (ws.clock.nowMs() - t0 < 600 * second) {
        ws.clock.advance(tickEvery);
        QVERIFY(runner.tick().ok());
    }
    const Execution e = describe(ws, arn);
    QCOMPARE(e.status, ExecutionStatus::Succeeded);
    // Preprocess → Train → Evaluate → CheckAccuracy → (CreateModel ∥ RegisterModel); BatchTransform
    // after CreateModel. Each step takes the default 5 s.
    QCOMPARE(timeline(e, t0), QStringLiteral("Preprocess:Succeeded@0-5 Train:Succeeded@5-10 Evaluate:Succeeded@10-15 "
                                             "CheckAccuracy:Succeeded@15-20 CreateModel:Succeeded@20-25 "
                                             "RegisterModel:Succeeded@20-25 BatchTransform:Succeeded@25-30"));
    QCOMPARE(e.endTime - t0, 30 * second);
}

void TestLocalRunner::stepsReportExecutingAfterStartup()
{
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    QVERIFY(runner.tick().ok()); // settles the demo's running executions
    const qint64 t0 = ws.clock.nowMs();
    const QString arn = start(ws);
    ws.clock.advance(Simulation::startupMs - 1);
    QCOMPARE(runner.tick().value(), 0);
    QCOMPARE(describe(ws, arn).steps.at(0).status, StepStatus::Starting);
    ws.clock.advance(1);
    QCOMPARE(runner.tick().value(), 1);
    QCOMPARE(describe(ws, arn).steps.at(0).status, StepStatus::Executing);
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(t0 + 20 * second + 500, Qt::UTC));
    QVERIFY(runner.tick().ok());
    // Both children of CheckAccuracy run side by side.
    const Execution e = describe(ws, arn);
    QCOMPARE(e.step(QStringLiteral("CreateModel"))->status, StepStatus::Starting);
    QCOMPARE(e.step(QStringLiteral("RegisterModel"))->status, StepStatus::Starting);
    QVERIFY(!e.step(QStringLiteral("BatchTransform")));
    QCOMPARE(e.status, ExecutionStatus::Executing);
}

void TestLocalRunner::failureStopsNewSteps()
{
    PdTest::TestWorkspace ws;
    StepSimulation slow;
    slow.durationMs = 30 * second;
    QVERIFY(ws->pipelines().setStepSimulation(test, serial, QStringLiteral("RegisterModel"), slow).ok());
    StepSimulation failing;
    failing.durationMs = 2 * second;
    failing.failAttempts = 1;
    failing.failureReason = QStringLiteral("ModelError: no endpoint");
    QVERIFY(ws->pipelines().setStepSimulation(test, serial, QStringLiteral("CreateModel"), failing).ok());
    QCOMPARE(ws->pipelines().setStepSimulation(test, serial, QStringLiteral("Nope"), failing).error().field,
             QStringLiteral("step-name"));
    LocalRunner runner(ws->context(), ws->pipelines());
    const qint64 t0 = ws.clock.nowMs();
    const QString arn = start(ws);
    ws.clock.advance(300 * second);
    QVERIFY(runner.tick().ok());
    Execution e = describe(ws, arn);
    // CreateModel fails at 22 s; RegisterModel, already running, finishes; BatchTransform never starts.
    QCOMPARE(e.status, ExecutionStatus::Failed);
    QCOMPARE(e.failureReason, stepFailureReason());
    QCOMPARE(e.step(QStringLiteral("CreateModel"))->failureReason, QStringLiteral("ModelError: no endpoint"));
    QCOMPARE(e.step(QStringLiteral("RegisterModel"))->status, StepStatus::Succeeded);
    QVERIFY(!e.step(QStringLiteral("BatchTransform")));
    QCOMPARE(e.endTime - t0, 50 * second);

    // The retry's second attempt succeeds; what succeeded is kept.
    QVERIFY(ws->pipelines().retry(test, arn).ok());
    const qint64 retried = ws.clock.nowMs();
    ws.clock.advance(300 * second);
    QVERIFY(runner.tick().ok());
    e = describe(ws, arn);
    QCOMPARE(e.status, ExecutionStatus::Succeeded);
    QCOMPARE(e.step(QStringLiteral("CreateModel"))->attempt, 2);
    QCOMPARE(e.step(QStringLiteral("CreateModel"))->startTime, retried);
    QCOMPARE(e.step(QStringLiteral("RegisterModel"))->endTime - t0, 50 * second);
    QCOMPARE(e.step(QStringLiteral("BatchTransform"))->startTime, retried + 2 * second);
}

void TestLocalRunner::stop()
{
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    const qint64 t0 = ws.clock.nowMs();
    const QString arn = start(ws);
    ws.clock.advance(6 * second);
    QVERIFY(runner.tick().ok());
    QVERIFY(ws->pipelines().stop(test, arn).ok());
    Execution e = describe(ws, arn);
    QCOMPARE(e.status, ExecutionStatus::Stopping);
    QCOMPARE(e.step(QStringLiteral("Train"))->status, StepStatus::Stopping);
    ws.clock.advance(Simulation::stopDelayMs - 1);
    QVERIFY(runner.tick().ok());
    QCOMPARE(describe(ws, arn).status, ExecutionStatus::Stopping);
    ws.clock.advance(1);
    QVERIFY(runner.tick().ok());
    e = describe(ws, arn);
    QCOMPARE(e.status, ExecutionStatus::Stopped);
    QCOMPARE(timeline(e, t0), QStringLiteral("Preprocess:Succeeded@0-5 Train:Stopped@5-7"));
    QCOMPARE(e.endTime - t0, 7 * second);
    // A stopped execution stays stopped and cannot be retried.
    ws.clock.advance(600 * second);
    QCOMPARE(runner.tick().value(), 0);
    QCOMPARE(ws->pipelines().retry(test, arn).error().code, Error::Code::Conflict);
}

void TestLocalRunner::resumesAfterRestart()
{
    PdTest::TestWorkspace ws;
    const qint64 t0 = ws.clock.nowMs();
    QString arn;
    {
        LocalRunner runner(ws->context(), ws->pipelines());
        arn = start(ws);
        ws.clock.advance(7 * second);
        QVERIFY(runner.tick().ok());
        QCOMPARE(describe(ws, arn).step(QStringLiteral("Train"))->status, StepStatus::Executing);
    }
    // The program stops; later another one opens the same workspace.
    ws.workspace.reset();
    ws.clock.advance(3600 * second);
    Workspace::Options options;
    options.clock = &ws.clock;
    auto reopened = Workspace::open(ws.path(), options);
    QVERIFY(reopened.ok());
    ws.workspace = std::move(reopened).value();
    LocalRunner runner(ws->context(), ws->pipelines());
    QVERIFY(runner.tick().value() >= 1);
    const Execution e = describe(ws, arn);
    QCOMPARE(e.status, ExecutionStatus::Succeeded);
    QCOMPARE(e.endTime - t0, 30 * second);
    // The demo's running and stopping executions were picked up too.
    auto active = ws->pipelines().findExecutions(test, [] {
        ExecutionQuery q;
        q.status = ExecutionStatus::Executing;
        return q;
    }(), 0, 100);
    QVERIFY(active->isEmpty());
}

void TestLocalRunner::reportsNextDueAndSignals()
{
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    QVERIFY(runner.tick().ok()); // settles the demo's running executions
    const QString arn = start(ws);
    QSignalSpy changed(&ws->pipelines(), &PipelineService::executionsChanged);
    QCOMPARE(runner.tick().value(), 0);
    QCOMPARE(runner.nextDue().value(), ws.clock.nowMs() + Simulation::startupMs);
    QCOMPARE(changed.count(), 0);
    ws.clock.advance(Simulation::startupMs);
    QCOMPARE(runner.tick().value(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(arn.startsWith(changed.at(0).at(0).toString()));
    ws.clock.advance(3600 * second);
    QVERIFY(runner.tick().ok());
    QVERIFY(!runner.nextDue().has_value());
}

void TestLocalRunner::timerDrivesTheRunner()
{
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    runner.start();
    QVERIFY(runner.isRunning());
    const QString arn = start(ws);
    // The start's change signal arms the timer at once; the first tick finds Preprocess Starting
    // and arms for its startup, which the manual clock has long passed when the timer fires.
    ws.clock.advance(600 * second);
    QTRY_COMPARE(describe(ws, arn).status, ExecutionStatus::Succeeded);
    runner.stop();
    QVERIFY(!runner.isRunning());
    const QString idle = start(ws);
    ws.clock.advance(600 * second);
    QTest::qWait(50);
    QCOMPARE(describe(ws, idle).status, ExecutionStatus::Executing);
}

void TestLocalRunner::stopRequestEndsTheTickWithinOneBatch()
{
    // Issue 13: `scheduler run` took 13 s to stop with 27,000 executions running, because a tick
    // went through all of them before the signal was looked at.
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    // The demo's running executions end first, so that only these run.
    ws.clock.advance(24 * 3600 * second);
    QVERIFY(runner.tick().ok());
    QCOMPARE(advancedAndNot(ws, 0), qMakePair(0, 0));
    constexpr int total = 30000;
    const qint64 t0 = startMany(ws, total);
    QCOMPARE(advancedAndNot(ws, t0), qMakePair(0, total));
    // Every execution has a step that reports Executing now: each one changes.
    ws.clock.advance(Simulation::startupMs);

    const int batch = runner.batchSize();
    QVERIFY(batch > 1 && batch < total / 10);
    int asked = 0;
    bool stopRequested = false;
    runner.setInterruptCheck([&] {
        ++asked;
        const bool answer = stopRequested;
        // The request comes while the third batch runs, as a SIGTERM would.
        if (asked == 3)
            stopRequested = true;
        return answer;
    });
    QSignalSpy changed(&ws->pipelines(), &PipelineService::executionsChanged);
    auto ticked = runner.tick();
    QVERIFY(ticked);
    // The batch under way when the request came is finished; no other one is started.
    QCOMPARE(asked, 4);
    QCOMPARE(runner.lastTickBatches(), 3);
    QVERIFY(runner.lastTickInterrupted());
    QCOMPARE(ticked.value(), 3 * batch);
    // Whole batches committed, nothing else written.
    QCOMPARE(advancedAndNot(ws, t0), qMakePair(3 * batch, total - 3 * batch));
    // Models still hear of what changed, and the rest is due at once (the next tick advances it:
    // stopRequestBeforeATickAdvancesNothing).
    QCOMPARE(changed.count(), 1);
    QCOMPARE(runner.nextDue().value(), ws.clock.nowMs());
}

void TestLocalRunner::stopRequestBeforeATickAdvancesNothing()
{
    PdTest::TestWorkspace ws;
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(24 * 3600 * second);
    QVERIFY(runner.tick().ok());
    runner.setBatchSize(2);
    const qint64 t0 = startMany(ws, 5);
    ws.clock.advance(Simulation::startupMs);
    runner.setInterruptCheck([] { return true; });
    QCOMPARE(runner.tick().value(), 0);
    QCOMPARE(runner.lastTickBatches(), 0);
    QVERIFY(runner.lastTickInterrupted());
    QCOMPARE(advancedAndNot(ws, t0), qMakePair(0, 5));
    runner.setInterruptCheck({});
    QCOMPARE(runner.tick().value(), 5);
    QCOMPARE(runner.lastTickBatches(), 3);
    QCOMPARE(advancedAndNot(ws, t0), qMakePair(5, 0));
}

QTEST_GUILESS_MAIN(TestLocalRunner)
#include "tst_localrunner.moc"

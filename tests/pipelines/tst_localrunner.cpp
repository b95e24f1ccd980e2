// The local runner: DAG order and parallelism, deterministic timing on a manual clock, failures
// from the step simulation, stop, and resuming after a restart.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"

#include <QSignalSpy>

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

QTEST_GUILESS_MAIN(TestLocalRunner)
#include "tst_localrunner.moc"

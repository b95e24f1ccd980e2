// Executions started from the CLI only progress while a program runs the workspace's executions:
// `executions start` and `executions describe` say so when none does, and `executions start
// --wait` / `executions wait` run the local runner in process until the execution ends (issue 12).
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/pipelineservice.h"
#include "scheduler/enginelease.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

using namespace Pd;
using PdTest::runCli;

namespace {
const QString test = QStringLiteral("222222222222");
const char notice[] = "no program runs the executions of this workspace";

const char threeSteps[] = R"({"Version":"2020-12-01","Parameters":[],
    "Steps":[{"Name":"Prepare","Type":"Processing"},{"Name":"Train","Type":"Training","DependsOn":["Prepare"]},
             {"Name":"Register","Type":"RegisterModel","DependsOn":["Train"]}]})";
} // namespace

class TestExecutionWait : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }

    void startWaitRunsToSucceeded();
    void startWaitFailedExitsFour();
    void jsonKeepsTheAwsShape();
    void waitFollowsAStartedExecution();
    void signalEndsTheWaitAndLeavesTheExecution();
    void noticeWithoutRunner();
    void noNoticeWhileAProgramHoldsTheLease();
    void noNoticeForAnEndedExecution();

private:
    QStringList base() const { return {"--workspace", m_ws->path(), "--identity", test}; }
    QString startPlain();
    std::unique_ptr<PdTest::TestWorkspace> m_ws;
};

void TestExecutionWait::init()
{
    m_ws = std::make_unique<PdTest::TestWorkspace>();
    PipelineService &pipelines = (*m_ws)->pipelines();
    for (const char *name : {"wait-pipeline", "failing-pipeline"}) {
        PipelineInput input;
        input.name = QLatin1String(name);
        input.definition = threeSteps;
        auto created = pipelines.createPipeline(test, input);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        // Short steps: the CLI runs on the real clock.
        for (const char *step : {"Prepare", "Train", "Register"}) {
            StepSimulation quick;
            quick.durationMs = 200;
            if (QByteArray(name) == "failing-pipeline" && QByteArray(step) == "Train")
                quick.failAttempts = 1;
            QVERIFY(pipelines.setStepSimulation(test, input.name, QLatin1String(step), quick).ok());
        }
    }
}

QString TestExecutionWait::startPlain()
{
    auto started = runCli(base() << "executions"
                                 << "start"
                                 << "--pipeline-name"
                                 << "wait-pipeline");
    if (started.exitCode != 0)
        qWarning("%s", qPrintable(started.err));
    return started.out.section(QLatin1Char('\n'), 0, 0).trimmed();
}

void TestExecutionWait::startWaitRunsToSucceeded()
{
    auto run = runCli(base() << "executions"
                             << "start"
                             << "--pipeline-name"
                             << "wait-pipeline"
                             << "--wait");
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString arn = lines.value(0);
    QVERIFY(arn.startsWith("arn:aws:sagemaker:us-east-1:222222222222:pipeline/wait-pipeline/execution/"));
    // Each step's transitions as they happened, in order, then the end.
    const QString out = run.out;
    int at = 0;
    for (const char *expected : {"step Prepare: Starting", "step Prepare: Succeeded", "step Train: Starting",
                                 "step Train: Succeeded", "step Register: Succeeded", ": Succeeded"}) {
        const int found = out.indexOf(QLatin1String(expected), at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("%1 missing after %2 in:\n%3").arg(expected).arg(at).arg(out)));
        at = found;
    }
    QVERIFY2(!run.err.contains(notice), qPrintable(run.err));

    auto e = (*m_ws)->pipelines().describeExecution(test, arn);
    QVERIFY(e.ok());
    QCOMPARE(e->status, ExecutionStatus::Succeeded);
    QCOMPARE(e->steps.size(), 3);
    for (const StepExecution &s : e->steps) {
        QCOMPARE(s.status, StepStatus::Succeeded);
        QCOMPARE(s.attempt, 1);
    }
}

void TestExecutionWait::startWaitFailedExitsFour()
{
    auto run = runCli(base() << "executions"
                             << "start"
                             << "--pipeline-name"
                             << "failing-pipeline"
                             << "--wait");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains("step Train: Failed (Simulated failure of step Train, attempt 1.)"), qPrintable(run.out));
    QVERIFY2(run.out.contains(": Failed"), qPrintable(run.out));
    QVERIFY(!run.out.contains("step Register"));
}

void TestExecutionWait::jsonKeepsTheAwsShape()
{
    auto run = runCli(base() << "executions"
                             << "start"
                             << "--pipeline-name"
                             << "wait-pipeline"
                             << "--wait"
                             << "--json");
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(document.object().keys(), QStringList{"PipelineExecutionArn"});
    QVERIFY2(run.err.contains("step Register: Succeeded"), qPrintable(run.err));
}

void TestExecutionWait::waitFollowsAStartedExecution()
{
    const QString arn = startPlain();
    QVERIFY(!arn.isEmpty());
    auto run = runCli(base() << "executions"
                             << "wait"
                             << "--pipeline-execution-arn" << arn);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains("step Register: Succeeded"), qPrintable(run.out));
    // An ended execution: nothing to wait for, the same exit code.
    auto again = runCli(base() << "executions"
                               << "wait"
                               << "--pipeline-execution-arn" << arn);
    QCOMPARE(again.exitCode, 0);
}

void TestExecutionWait::signalEndsTheWaitAndLeavesTheExecution()
{
    StepSimulation slow;
    slow.durationMs = 60 * 1000;
    QVERIFY((*m_ws)->pipelines().setStepSimulation(test, "wait-pipeline", "Prepare", slow).ok());
    QTimer::singleShot(500, [] { std::raise(SIGINT); });
    auto run = runCli(base() << "executions"
                             << "start"
                             << "--pipeline-name"
                             << "wait-pipeline"
                             << "--wait");
    QCOMPARE(run.exitCode, 128 + SIGINT);
    QVERIFY2(run.err.contains("Stopped waiting"), qPrintable(run.err));
    const QString arn = run.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    auto e = (*m_ws)->pipelines().describeExecution(test, arn);
    QVERIFY(e.ok());
    QCOMPARE(e->status, ExecutionStatus::Executing);
}

void TestExecutionWait::noticeWithoutRunner()
{
    auto started = runCli(base() << "executions"
                                 << "start"
                                 << "--pipeline-name"
                                 << "wait-pipeline");
    QCOMPARE(started.exitCode, 0);
    // stdout stays the ARN alone, for scripts; the notice names what makes it progress.
    const QString arn = started.out.trimmed();
    QVERIFY(!arn.contains(QLatin1Char('\n')));
    QVERIFY2(started.err.contains(notice), qPrintable(started.err));
    for (const char *way : {"pipelinedesk-cli scheduler run", "Pipeline Desk", "executions wait", "--wait"})
        QVERIFY2(started.err.contains(QLatin1String(way)), way);

    auto described = runCli(base() << "executions"
                                   << "describe"
                                   << "--pipeline-execution-arn" << arn);
    QCOMPARE(described.exitCode, 0);
    QVERIFY2(described.out.contains(notice), qPrintable(described.out));
    QVERIFY2(described.out.contains(arn), qPrintable(described.out));

    auto json = runCli(base() << "executions"
                              << "describe"
                              << "--pipeline-execution-arn" << arn << "--json");
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject());
    QVERIFY2(json.err.contains(notice), qPrintable(json.err));

    auto startedJson = runCli(base() << "executions"
                                     << "start"
                                     << "--pipeline-name"
                                     << "wait-pipeline"
                                     << "--json");
    QCOMPARE(QJsonDocument::fromJson(startedJson.out.toUtf8()).object().keys(), QStringList{"PipelineExecutionArn"});
    QVERIFY2(startedJson.err.contains(notice), qPrintable(startedJson.err));
}

void TestExecutionWait::noNoticeWhileAProgramHoldsTheLease()
{
    // The CLI reads the lease on the real clock: hold it as a program would now.
    m_ws->clock.set(QDateTime::currentDateTimeUtc());
    EngineLease lease((*m_ws)->context(), QStringLiteral("daemon"));
    auto acquired = lease.tryAcquire();
    QVERIFY(acquired.ok() && acquired.value());

    auto started = runCli(base() << "executions"
                                 << "start"
                                 << "--pipeline-name"
                                 << "wait-pipeline");
    QCOMPARE(started.exitCode, 0);
    QVERIFY2(!started.err.contains(notice), qPrintable(started.err));
    auto described = runCli(base() << "executions"
                                   << "describe"
                                   << "--pipeline-execution-arn" << started.out.trimmed());
    QVERIFY2(!described.out.contains(notice), qPrintable(described.out));

    QVERIFY(lease.release().ok());
    auto after = runCli(base() << "executions"
                               << "describe"
                               << "--pipeline-execution-arn" << started.out.trimmed());
    QVERIFY2(after.out.contains(notice), qPrintable(after.out));
}

void TestExecutionWait::noNoticeForAnEndedExecution()
{
    const QString succeeded =
        "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline/execution/k2w9d4x1p7qa";
    auto described = runCli(base() << "executions"
                                   << "describe"
                                   << "--pipeline-execution-arn" << succeeded);
    QCOMPARE(described.exitCode, 0);
    QVERIFY(described.out.contains("Status: Succeeded"));
    QVERIFY2(!described.out.contains(notice), qPrintable(described.out));
    QVERIFY(described.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestExecutionWait)
#include "tst_executionwait.moc"

// A connected account's pipelines and executions are the cloud's: the local runner never advances
// them, and every local change through PipelineService (create, update, delete, start, stop, retry,
// the runner's step settings) is refused as a Conflict (exit code 2) that names the object, the
// account and the profile. Changes reach the cloud through CloudActions instead (tested in
// tests/connected); without it, the views' buttons ask this same service.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Pd;
using PdTest::runCli;

namespace {
const QString test = QStringLiteral("222222222222");
const QString dev = QStringLiteral("111111111111");
const QString serial = QStringLiteral("serial-inference-pipeline");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString executing = serialArn + QStringLiteral("/execution/p4j6e8g2c9lx");
const QString failed = serialArn + QStringLiteral("/execution/f8h3n6c2m5zt");

void setProfile(PdTest::TestWorkspace &ws, const QString &accountId, const QString &profile)
{
    Account account = ws->accounts().account(accountId).value();
    account.profile = profile;
    const Status written = ws->database().transaction([&] { return AccountStore(ws->database()).update(account); });
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
}

void verifyRefused(const Error &error, const QString &what)
{
    QCOMPARE(error.code, Error::Code::Conflict);
    QCOMPARE(error.exitCode(), 2);
    QVERIFY2(error.message.contains(what), qPrintable(error.message));
    QVERIFY2(error.message.contains("connected account test (222222222222)"), qPrintable(error.message));
    QVERIFY2(error.message.contains("profile prod-test"), qPrintable(error.message));
}

QString status(PdTest::TestWorkspace &ws, const QString &arn)
{
    QSqlQuery q(ws->database().db());
    q.prepare("SELECT status || ' ' || last_modified_time FROM executions WHERE arn = ?");
    q.addBindValue(arn);
    if (!q.exec() || !q.next())
        qFatal("no execution %s", qPrintable(arn));
    return q.value(0).toString();
}
} // namespace

class TestConnectedPipelines : public QObject
{
    Q_OBJECT

private slots:
    void theLocalRunnerNeverAdvancesThem()
    {
        PdTest::TestWorkspace ws;
        StartRequest request;
        request.pipeline = serial;
        const QString started = ws->pipelines().start(test, request).value();
        const QString before = status(ws, started);
        const QString executingBefore = status(ws, executing);
        setProfile(ws, test, "prod-test");
        LocalRunner runner(ws->context(), ws->pipelines());
        ws.clock.advance(3600 * 1000);
        QCOMPARE(runner.tick().value(), 0);
        QCOMPARE(status(ws, started), before);
        QCOMPARE(status(ws, executing), executingBefore);
        // The same executions, local again, run on: it was the connection that held them.
        setProfile(ws, test, QString());
        QVERIFY(runner.tick().value() >= 2);
        QVERIFY(status(ws, started) != before);
    }

    void mirroredRowsAreNeverRunEvenInALocalAccount()
    {
        // A row read from the cloud (origin set) is not the runner's, whatever its account says.
        PdTest::TestWorkspace ws;
        QSqlQuery q(ws->database().db());
        QVERIFY(q.exec("UPDATE executions SET origin = 'prod-test' WHERE arn = '" + executing + "'"));
        const QString before = status(ws, executing);
        LocalRunner runner(ws->context(), ws->pipelines());
        ws.clock.advance(3600 * 1000);
        QVERIFY(runner.tick());
        QCOMPARE(status(ws, executing), before);
    }

    void localChangesAreRefused()
    {
        PdTest::TestWorkspace ws;
        setProfile(ws, test, "prod-test");
        const int changesBefore = ws->database().changeCount();

        StartRequest request;
        request.pipeline = serial;
        auto start = ws->pipelines().start(test, request);
        QVERIFY(!start);
        verifyRefused(start.error(), "Pipeline serial-inference-pipeline belongs to the connected account");
        QVERIFY(ws->pipelines().canStart(test, serialArn).error().message.contains("prod-test"));

        auto stop = ws->pipelines().stop(test, executing);
        QVERIFY(!stop);
        verifyRefused(stop.error(), "Pipeline execution");
        auto retry = ws->pipelines().retry(test, failed);
        QVERIFY(!retry);
        verifyRefused(retry.error(), "Pipeline execution");
        const Execution e = ws->pipelines().describeExecution(test, executing).value();
        QCOMPARE(ws->pipelines().canStop(test, e).error().code, Error::Code::Conflict);

        PipelineInput update;
        update.name = serial;
        update.description = "changed";
        auto updated = ws->pipelines().updatePipeline(test, update);
        QVERIFY(!updated);
        verifyRefused(updated.error(), "Pipeline serial-inference-pipeline");
        auto deleted = ws->pipelines().deletePipeline(test, serial);
        QVERIFY(!deleted);
        verifyRefused(deleted.error(), "Pipeline serial-inference-pipeline");
        StepSimulation slow;
        slow.durationMs = 1;
        const Status simulated = ws->pipelines().setStepSimulation(test, serial, "RegisterModel", slow);
        QVERIFY(!simulated);
        verifyRefused(simulated.error(), "serial-inference-pipeline");

        PipelineInput create;
        create.name = "new-one";
        create.definition = ws->pipelines().resolve(test, serial)->definition;
        auto created = ws->pipelines().createPipeline(test, create);
        QVERIFY(!created);
        verifyRefused(created.error(), "Pipeline new-one");
        QCOMPARE(ws->pipelines().canCreatePipeline(test).error().code, Error::Code::Conflict);
        QVERIFY(ws->pipelines().canCreatePipeline(dev));

        // Nothing was written; the audit log has the refusals.
        QCOMPARE(ws->database().changeCount(), changesBefore);
        QCOMPARE(ws->pipelines().describeExecution(test, executing)->status, ExecutionStatus::Executing);
        auto audit = AuditStore(ws->database()).latest(20);
        int refusals = 0;
        for (const AuditEntry &entry : audit.value())
            refusals += entry.outcome.contains("connected account") ? 1 : 0;
        QVERIFY2(refusals >= 5, qPrintable(QString::number(refusals)));
    }

    void aConnectedIdentityDoesNotStartLocally()
    {
        // shared-services starts the pipeline test shares with it (allow-execution)... unless it is
        // connected: what a connected identity starts, it starts in the cloud.
        PdTest::TestWorkspace ws;
        const QString shared = QStringLiteral("333333333333");
        StartRequest request;
        request.pipeline = serialArn;
        QVERIFY(ws->pipelines().canStart(shared, serialArn));
        setProfile(ws, shared, "prod-shared");
        auto start = ws->pipelines().start(shared, request);
        QVERIFY(!start);
        QCOMPARE(start.error().code, Error::Code::Conflict);
        QVERIFY2(start.error().message.contains("profile prod-shared"), qPrintable(start.error().message));
    }

    void theCommandLineGoesToTheCloudNotTheLocalRunner()
    {
        // The command line acts on a connected account through its profile (tst_connectedcli shows it
        // against a fake account); here the account names a profile the workspace lacks, so the
        // action stops before any request, naming the profile, exit 2, and nothing starts locally.
        PdTest::TestWorkspace ws;
        setProfile(ws, test, "prod-test");
        const int before = int(ws->pipelines().listExecutions(test, serial).value().size());
        const QStringList base = {"--workspace", ws.path(), "--identity", test};
        auto started = runCli(QStringList(base) << "executions" << "start" << "--pipeline-name" << serial);
        QCOMPARE(started.exitCode, 2);
        QVERIFY2(started.err.contains("prod-test"), qPrintable(started.err));
        QCOMPARE(int(ws->pipelines().listExecutions(test, serial).value().size()), before);
        auto stopped = runCli(QStringList(base) << "executions" << "stop" << "--pipeline-execution-arn" << executing);
        QCOMPARE(stopped.exitCode, 2);
        QVERIFY2(stopped.err.contains("prod-test"), qPrintable(stopped.err));
        auto ko = runCli(QStringList(base) << "--language" << "ko" << "executions" << "retry"
                                           << "--pipeline-execution-arn" << failed);
        QCOMPARE(ko.exitCode, 2);
    }

    void aLocalAccountIsUnchanged()
    {
        PdTest::TestWorkspace ws;
        setProfile(ws, dev, "prod-dev");
        // Another account being connected changes nothing for test's own pipeline.
        StartRequest request;
        request.pipeline = serial;
        QVERIFY(ws->pipelines().start(test, request));
        QVERIFY(ws->pipelines().stop(test, executing));
        QVERIFY(ws->pipelines().retry(test, failed));
    }
};

QTEST_GUILESS_MAIN(TestConnectedPipelines)
#include "tst_connectedpipelines.moc"

// `pipelinedesk-cli` on a connected account, as a program, against a fake AWS account on loopback
// (--endpoint-url): profiles test, --profile reads that sync first and write the mirror, --cached
// without a request, start/stop/retry in the cloud first, sync's counts, Ctrl+C (exit 130), an MFA
// code that cannot be asked, and a whole session after which the secret is nowhere but the keychain.
//
// The profile's keys go to the real keychain (Secret Service), as in tst_profilescli:
// scripts/run-tests.sh gives a private session bus with an unlocked gnome-keyring; without a
// session bus this test is skipped, not passed.
#undef QT_NO_CAST_FROM_ASCII
#include "cliprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeCloud;

namespace {

const QByteArray accessKey = "AKIACONNECTEDCLI0001";
const QByteArray secret = "Cn7SECRETconnectedCLIbytes/abcdefghijklmn";

using Run = PdTest::CliRun;

} // namespace

class TestConnectedCli : public QObject, public PdTest::CliProcess
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
        m_cloud.addPipelines(2, 3);
        m_cloud.serve(m_server);
        // The demo's accounts, and a profile whose keys come from standard input.
        Run r = cli({"--demo", "profiles", "add", "--profile-name", "prod", "--region", "us-east-1"},
                    "aws_access_key_id=" + accessKey + "\naws_secret_access_key=" + secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void profilesTestSaysWhatItReached()
    {
        Run r = cli({"--endpoint-url", endpoint(), "profiles", "test", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Account: 444444444444"), r.out.constData());
        QVERIFY(r.out.contains("Arn: arn:aws:iam::444444444444:user/ana"));
        QVERIFY(r.out.contains("UserId: AIDAEXAMPLEUSERID"));
        QVERIFY(r.out.contains("Connected account 444444444444 (prod) through the profile prod."));
        QCOMPARE(m_cloud.calls.value("GetCallerIdentity"), 1);

        // --json: sts:GetCallerIdentity's shape, and nothing else.
        r = cli({"--json", "--endpoint-url", endpoint(), "profiles", "test", "--profile-name", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(identity.keys(), (QStringList{"Account", "Arn", "UserId"}));
        QCOMPARE(identity.value("Account").toString(), "444444444444");
        QCOMPARE(identity.value("UserId").toString(), "AIDAEXAMPLEUSERID");

        // The account is in the workspace, connected through the profile.
        QCOMPARE(count("SELECT COUNT(*) FROM accounts WHERE id = '444444444444' AND profile = 'prod'"), 1);

        // Unknown profile: exit 2 naming it, no request.
        const int before = requests();
        r = cli({"--endpoint-url", endpoint(), "profiles", "test", "nobody"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no profile named nobody"), r.err.constData());
        QCOMPARE(requests(), before);
    }

    void profilesTestRefusedIsExit3AsTheCloudSaidIt()
    {
        m_cloud.overrides.insert("GetCallerIdentity",
                                 FakeAnswer::queryError(403, "InvalidClientTokenId",
                                                        "The security token included in the request is invalid.",
                                                        "req-denied-cli"));
        const Run r = cli({"--endpoint-url", endpoint(), "profiles", "test", "prod"});
        m_cloud.overrides.clear();
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("InvalidClientTokenId: The security token included in the request is invalid."),
                 r.err.constData());
        QVERIFY2(r.err.contains("req-denied-cli"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void aListWithProfileReadsTheCloudIntoTheMirror()
    {
        const int listed = m_cloud.calls.value("ListPipelines");
        Run r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "pipelines", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("pipeline-0") && r.out.contains("pipeline-1"), r.out.constData());
        QCOMPARE(m_cloud.calls.value("ListPipelines"), listed + 1);
        // Only what the command shows: no rules, schedules or shares were read.
        QCOMPARE(m_cloud.calls.value("ListRules"), 0);
        QCOMPARE(m_cloud.calls.value("ListSchedules"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE account_id = '444444444444' AND origin = 'prod'"), 2);

        // The same shapes as a local account: --json is ListPipelines'.
        r = cli({"--json", "--endpoint-url", endpoint(), "--profile", "prod", "pipelines", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("PipelineSummaries").toArray().size(), 2);

        // Executions of one pipeline: that pipeline's listing only.
        const int executionLists = m_cloud.calls.value("ListPipelineExecutions");
        r = cli(
            {"--endpoint-url", endpoint(), "--profile", "prod", "executions", "list", "--pipeline-name", "pipeline-1"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("ListPipelineExecutions"), executionLists + 1);
        QVERIFY2(r.out.contains(m_cloud.executionArn("pipeline-1", 1).toUtf8()), r.out.constData());
    }

    void cachedSendsNothing()
    {
        m_cloud.addPipelines(1, 0); // pipeline-2: only the cloud has it
        const int before = requests();
        Run r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "--cached", "pipelines", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests(), before);
        QVERIFY(r.out.contains("pipeline-0"));
        QVERIFY(!r.out.contains("pipeline-2"));

        // Fresh, it is there.
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "pipelines", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("pipeline-2"));
    }

    void aFailedSyncPrintsTheErrorAndNoStaleOutput()
    {
        m_cloud.overrides.insert("ListPipelines",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: sagemaker:ListPipelines",
                                                       "req-list-7"));
        Run r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "pipelines", "list"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("sagemaker:ListPipelines") && r.err.contains("req-list-7"), r.err.constData());
        // --cached still shows the mirror.
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "--cached", "pipelines", "list"});
        m_cloud.overrides.clear();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("pipeline-0"));
    }

    void startStopRetryGoToTheCloud()
    {
        const QString token = "cli-token-0123456789abcdef0123456789";
        Run r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "executions", "start", "--pipeline-name",
                     "pipeline-0", "--display-name", "by-cli", "--parameter", "InstanceType=ml.c5.xlarge",
                     "--client-request-token", token});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.started.size(), 1);
        QCOMPARE(m_cloud.started.at(0).value("PipelineExecutionDisplayName").toString(), "by-cli");
        QCOMPARE(m_cloud.started.at(0).value("ClientRequestToken").toString(), token);
        const QString arn = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(arn.startsWith(m_cloud.pipelineArn("pipeline-0") + "/execution/"), r.out.constData());
        // No note about a local runner: the cloud runs it.
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        // Read back into the mirror: --cached finds it without a request.
        int before = requests();
        r = cli({"--json", "--profile", "prod", "--cached", "executions", "describe", "--pipeline-execution-arn", arn});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests(), before);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("PipelineExecutionDisplayName").toString(), "by-cli");

        r = cli(
            {"--endpoint-url", endpoint(), "--profile", "prod", "executions", "stop", "--pipeline-execution-arn", arn});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), arn);
        QCOMPARE(m_cloud.calls.value("StopPipelineExecution"), 1);
        r = cli({"--json", "--profile", "prod", "--cached", "executions", "describe", "--pipeline-execution-arn", arn});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("PipelineExecutionStatus").toString(), "Stopping");

        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "executions", "retry", "--pipeline-execution-arn",
                 arn});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("RetryPipelineExecution"), 1);

        // A refusal by the cloud: its code, exit 2, nothing written.
        m_cloud.overrides.insert(
            "StartPipelineExecution",
            FakeAnswer::jsonError(400, "ValidationException", "Parameter Foo is not defined", "req-v-cli"));
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "executions", "start", "--pipeline-name",
                 "pipeline-0", "--parameter", "Foo=1"});
        m_cloud.overrides.clear();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Parameter Foo is not defined") && r.err.contains("req-v-cli"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // An action with --cached cannot be done.
        r = cli({"--profile", "prod", "--cached", "executions", "stop", "--pipeline-execution-arn", arn});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--cached:"), r.err.constData());
    }

    void rulesSchedulesAndInvitationsChangeInTheCloud()
    {
        m_cloud.addRule("retrain-on-upload", R"({"source":["aws.s3"]})", 1);
        m_cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        Run r =
            cli({"--endpoint-url", endpoint(), "--profile", "prod", "rules", "disable", "--name", "retrain-on-upload"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("DisableRule"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM rules WHERE name = 'retrain-on-upload' AND state = 'DISABLED'"), 1);

        // EventBridge refuses to delete a rule with targets: its words, exit 2; --force removes them first.
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "rules", "delete", "--name", "retrain-on-upload"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("has targets"), r.err.constData());
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "rules", "delete", "--name", "retrain-on-upload",
                 "--force"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("RemoveTargets"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM rules WHERE name = 'retrain-on-upload'"), 0);

        r = cli(
            {"--json", "--endpoint-url", endpoint(), "--profile", "prod", "schedules", "disable", "--name", "nightly"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.scheduleUpdates.size(), 1);
        QCOMPARE(m_cloud.scheduleUpdates.at(0)["State"].toString(), "DISABLED");
        QCOMPARE(QJsonDocument::fromJson(r.out)["State"].toString(), "DISABLED");

        // --cached promises no network: an action is refused before any request.
        const int before = requests();
        r = cli({"--profile", "prod", "--cached", "schedules", "enable", "--name", "nightly"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--cached"), r.err.constData());
        QCOMPARE(requests(), before);

        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "schedules", "delete", "--name", "nightly"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("DELETESchedule"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM schedules WHERE name = 'nightly'"), 0);

        const QString invitation = "arn:aws:ram:us-east-1:555555555555:resource-share-invitation/inv-cli";
        m_cloud.invitations.append(
            QJsonObject{{"resourceShareInvitationArn", invitation},
                        {"resourceShareArn", "arn:aws:ram:us-east-1:555555555555:resource-share/s"},
                        {"senderAccountId", "555555555555"},
                        {"receiverAccountId", m_cloud.accountId},
                        {"status", "PENDING"}});
        r = cli({"--endpoint-url", endpoint(), "--profile", "prod", "invitations", "reject",
                 "--resource-share-invitation-arn", invitation});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("REJECTED"));
        QCOMPARE(m_cloud.invitations.last()["status"].toString(), "REJECTED");
    }

    void startWaitFollowsTheCloud()
    {
        // --wait asks the cloud until the execution ends; here the fake ends it after a look or two.
        QProcess process;
        start(process, {"--endpoint-url", endpoint(), "--profile", "prod", "executions", "start", "--pipeline-name",
                        "pipeline-1", "--display-name", "by-wait", "--wait"});
        const int describes = m_cloud.calls.value("DescribePipelineExecution");
        QTRY_VERIFY_WITH_TIMEOUT(m_cloud.calls.value("DescribePipelineExecution") >= describes + 2, 20000);
        QJsonObject &execution = m_cloud.pipelines[1].executions[0];
        QCOMPARE(execution.value("PipelineExecutionDisplayName").toString(), "by-wait");
        execution.insert("PipelineExecutionStatus", "Failed");
        execution.insert("FailureReason", "Step Train failed");
        const Run r = finish(process);
        QCOMPARE(r.exitCode, 4); // Failed, as a local --wait says it
        const QString arn = execution.value("PipelineExecutionArn").toString();
        QVERIFY2(r.out.startsWith(arn.toUtf8() + "\n"), r.out.constData());
        QVERIFY2(r.out.contains("execution by-wait: Executing"), r.out.constData());
        QVERIFY2(r.out.contains("execution by-wait: Failed"), r.out.constData());

        // executions wait on an execution still running; a signal stops the wait, not the execution.
        const QString running = m_cloud.pipelines[1].executions[3].value("PipelineExecutionArn").toString();
        QCOMPARE(m_cloud.pipelines[1].executions[3].value("PipelineExecutionStatus").toString(), "Executing");
        QProcess waiting;
        start(waiting, {"--endpoint-url", endpoint(), "--profile", "prod", "executions", "wait",
                        "--pipeline-execution-arn", running});
        const int before = m_cloud.calls.value("DescribePipelineExecution");
        QTRY_VERIFY_WITH_TIMEOUT(m_cloud.calls.value("DescribePipelineExecution") > before, 20000);
        QTest::qWait(200);
        ::kill(pid_t(waiting.processId()), SIGINT);
        const Run w = finish(waiting);
        QCOMPARE(w.exitCode, 130);
        QVERIFY2(w.err.contains("goes on in the cloud"), w.err.constData());
        QCOMPARE(m_cloud.calls.value("StopPipelineExecution"), 1); // only the stop above
    }

    void syncPrintsCounts()
    {
        Run r = cli({"--json", "--endpoint-url", endpoint(), "sync", "--profile", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).object().value("Accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.at(0).toObject();
        QCOMPARE(a.value("AccountId").toString(), "444444444444");
        QCOMPARE(a.value("Profile").toString(), "prod");
        QCOMPARE(a.value("Status").toString(), "OK");
        QCOMPARE(a.value("Counts").toObject().value("Pipelines").toInt(), 3);
        QVERIFY(a.value("Counts").toObject().value("PipelineExecutions").toInt() >= 7);
        QVERIFY(m_cloud.calls.value("ListSchedules") >= 1);
        QVERIFY(m_cloud.calls.value("GetResourceShares") >= 1);

        // Every connected account, as a table; stderr is not a terminal: no progress there.
        r = cli({"--endpoint-url", endpoint(), "sync"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("ACCOUNT ID"), r.out.constData());
        QVERIFY(r.out.contains("444444444444") && r.out.contains("prod"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        // sync is a noun alone; a verb after it is refused.
        r = cli({"--endpoint-url", endpoint(), "sync", "now"});
        QCOMPARE(r.exitCode, 2);
    }

    void sigintCancelsTheNetworkCall()
    {
        m_cloud.overrides.insert("ListPipelines",
                                 FakeAnswer::json(200, QByteArray(R"({"PipelineSummaries": []})")).delayed(10000));
        const int before = m_cloud.calls.value("ListPipelines");
        QProcess process;
        start(process, {"--endpoint-url", endpoint(), "--profile", "prod", "pipelines", "list"});
        QTRY_VERIFY_WITH_TIMEOUT(m_cloud.calls.value("ListPipelines") > before, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QElapsedTimer timer;
        timer.start();
        const Run r = finish(process);
        m_cloud.overrides.clear();
        QCOMPARE(r.exitCode, 130);
        QVERIFY(timer.elapsed() < 5000); // at once, not when the answer came
        QVERIFY2(r.err.contains("cancelled"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void anMfaCodeIsNeverAskedWithoutATerminal()
    {
        Run r = cli({"profiles", "add", "--profile-name", "admin", "--region", "us-east-1", "--role-arn",
                     "arn:aws:iam::444444444444:role/Admin", "--source-profile", "prod", "--mfa-serial",
                     "arn:aws:iam::444444444444:mfa/ana"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int before = requests();
        r = cli({"--endpoint-url", endpoint(), "profiles", "test", "admin"}, "123456\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("could not be asked: standard input is not a terminal"), r.err.constData());
        QCOMPARE(requests(), before); // no AssumeRole without the code
    }

    // Last: after the whole session above (add, test, sync, start, errors, a cancel) the secret's
    // bytes are in no output and no file of this test's HOME, XDG folders or workspace.
    void theSecretIsNowhereButTheKeychain()
    {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains(secret), "the secret was printed");
        QStringList checked;
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable("the secret is in " + path));
            checked << path;
        }
        QVERIFY2(checked.contains(workspace()), qPrintable(checked.join(", ")));
        // Nor did a request carry it (only the signature made with it).
        for (const auto &request : m_server.requests()) {
            QVERIFY(!request.body.contains(secret));
            for (const auto &header : request.headers)
                QVERIFY(!header.second.contains(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectedCli)
#include "tst_connectedcli.moc"

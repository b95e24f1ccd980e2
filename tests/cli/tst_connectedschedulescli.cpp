// `pipelinedesk-cli schedules create|update` on a connected account, as a program, against a fake
// AWS account on loopback (--endpoint-url): EventBridge Scheduler first, the AWS shapes on stdout,
// what the cloud cannot hold refused before any request (exit 2 naming the option), --cached
// refused, the cloud's refusal as it said it, and a local account's schedules as ever.
//
// The profile's keys go to the real keychain (Secret Service), as in tst_connectedcli: run with
// scripts/run-tests.sh; without a session bus this test is skipped, not passed.
#undef QT_NO_CAST_FROM_ASCII
#include "cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using PdTest::FakeAwsServer;
using PdTest::FakeCloud;

namespace {

const QByteArray accessKey = "AKIACONNECTEDSCHED01";
const QByteArray secret = "Sc7SECRETconnectedSCHEDULESbytes/abcdefgh";
const QString role = "arn:aws:iam::444444444444:role/SchedulerPipelines";

using Run = PdTest::CliRun;

} // namespace

class TestConnectedSchedulesCli : public QObject, public PdTest::CliProcess
{
    Q_OBJECT

    // As the connected account, at the fake.
    Run cloud(const QStringList &arguments) { return cli(profileArguments() + arguments); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
        m_cloud.addPipelines(2, 1);
        m_cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        m_cloud.serve(m_server);
        Run r = cli({"--demo", "profiles", "add", "--profile-name", "prod", "--region", "us-east-1"},
                    "aws_access_key_id=" + accessKey + "\naws_secret_access_key=" + secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"--endpoint-url", endpoint(), "profiles", "test", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void createGoesToTheCloudFirst()
    {
        Run r = cloud({"--json",
                       "schedules",
                       "create",
                       "--name",
                       "weekly-retrain",
                       "--expression",
                       "cron(0 3 ? * MON *)",
                       "--timezone",
                       "Asia/Seoul",
                       "--target-pipeline",
                       "pipeline-1",
                       "--parameter",
                       "Epochs=10",
                       "--role-arn",
                       role,
                       "--flexible-window",
                       "15",
                       "--max-retries",
                       "2",
                       "--start",
                       "2027-01-01T00:00:00Z",
                       "--state",
                       "DISABLED"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // AWS's shape: CreateSchedule's answer.
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.keys(), QStringList{"ScheduleArn"});
        QCOMPARE(answer["ScheduleArn"].toString(),
                 "arn:aws:scheduler:us-east-1:444444444444:schedule/default/weekly-retrain");
        QCOMPARE(m_cloud.scheduleCreates.size(), 1);
        const QJsonObject sent = m_cloud.scheduleCreates.at(0);
        QCOMPARE(sent["ScheduleExpression"].toString(), "cron(0 3 ? * MON *)");
        QCOMPARE(sent["State"].toString(), "DISABLED");
        QCOMPARE(sent["StartDate"].toDouble(), 1798761600.0);
        QCOMPARE(sent["FlexibleTimeWindow"]["MaximumWindowInMinutes"].toInt(), 15);
        QCOMPARE(sent["Target"]["RoleArn"].toString(), role);
        QCOMPARE(sent["Target"]["RetryPolicy"]["MaximumRetryAttempts"].toInt(), 2);
        const QJsonObject input = QJsonDocument::fromJson(sent["Target"]["Input"].toString().toUtf8()).object();
        QCOMPARE(input["PipelineName"].toString(), "pipeline-1");
        QCOMPARE(input["PipelineParameters"][0]["Name"].toString(), "Epochs");

        // Read back into the workspace: describe shows the cloud's schedule, without a request.
        QCOMPARE(text("SELECT origin || ' ' || state || ' ' || target_pipeline_arn FROM schedules WHERE name = "
                      "'weekly-retrain'"),
                 "prod DISABLED " + m_cloud.pipelineArn("pipeline-1"));
        const int before = requests();
        r = cli({"--profile", "prod", "--cached", "schedules", "describe", "--name", "weekly-retrain"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)["ScheduleExpression"].toString(), "cron(0 3 ? * MON *)");
        QCOMPARE(requests(), before);

        // Without --json: the ARN alone.
        r = cloud({"schedules", "create", "--name", "hourly", "--expression", "rate(1 hour)", "--target-pipeline",
                   "pipeline-0", "--role-arn", role});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("arn:aws:scheduler:us-east-1:444444444444:schedule/default/hourly\n"));
    }

    void updateKeepsWhatIsNotGiven()
    {
        Run r = cloud({"schedules", "update", "--name", "nightly", "--description", "at two, retrained",
                       "--max-event-age", "600"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("arn:aws:scheduler:us-east-1:444444444444:schedule/default/nightly\n"));
        QVERIFY(!m_cloud.scheduleUpdates.isEmpty());
        const QJsonObject sent = m_cloud.scheduleUpdates.last();
        QCOMPARE(sent["Description"].toString(), "at two, retrained");
        QCOMPARE(sent["Target"]["RetryPolicy"]["MaximumEventAgeInSeconds"].toInt(), 600);
        QCOMPARE(sent["Target"]["RetryPolicy"]["MaximumRetryAttempts"].toInt(), 3);
        QCOMPARE(sent["ScheduleExpression"].toString(), "cron(0 2 * * ? *)");
        QCOMPARE(sent["ScheduleExpressionTimezone"].toString(), "Asia/Seoul");
        QCOMPARE(sent["Target"]["Arn"].toString(), m_cloud.pipelineArn("pipeline-0"));
        QCOMPARE(text("SELECT description FROM schedules WHERE name = 'nightly'"), "at two, retrained");
    }

    void whatTheCloudCannotHoldIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        const QStringList base{"--name", "refused", "--target-pipeline", "pipeline-0", "--role-arn", role};
        QTest::newRow("missed") << base + QStringList{"--expression", "rate(1 hour)", "--missed", "once"}
                                << "--missed: EventBridge Scheduler has no missed-run policy";
        QTest::newRow("overlap") << base + QStringList{"--expression", "rate(1 hour)", "--overlap", "skip"}
                                 << "--overlap: EventBridge Scheduler has no overlap policy";
        QTest::newRow("crontab") << base + QStringList{"--expression", "crontab(30 1 1,15 * *)"}
                                 << "Write it as “cron(30 1 1,15 * ? *)”";
        QTest::newRow("no role") << QStringList{"--name",     "refused",      "--target-pipeline",
                                                "pipeline-0", "--expression", "rate(1 hour)"}
                                 << "--role-arn: EventBridge Scheduler starts the pipeline with a role";
        QTest::newRow("local validation") << base + QStringList{"--expression", "rate(1 hour)", "--max-retries", "500"}
                                          << "--max-retries: 500 is out of range; use 0 to 185.";
    }

    void whatTheCloudCannotHoldIsRefusedBeforeAnyRequest()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        const int before = requests();
        const Run r =
            cli(QStringList{"--endpoint-url", endpoint(), "--profile", "prod", "--cached", "schedules", "create"} +
                options);
        // --cached refuses every action first; without it, the option is named, still without a request.
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--cached"), r.err.constData());
        const int listed = m_cloud.calls.value("ListSchedules");
        const Run refused = cloud(QStringList{"schedules", "create"} + options);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(QString::fromUtf8(refused.err).contains(says), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(m_cloud.calls.value("POSTSchedule"), 2); // the two of createGoesToTheCloudFirst
        QCOMPARE(m_cloud.calls.value("ListSchedules"), listed);
        QCOMPARE(requests(), before);
        QCOMPARE(text("SELECT COUNT(*) FROM schedules WHERE name = 'refused'"), "0");
    }

    void theCloudsRefusalIsAsItSaidIt()
    {
        const Run r = cloud({"schedules", "create", "--name", "nightly", "--expression", "rate(1 hour)",
                             "--target-pipeline", "pipeline-0", "--role-arn", role});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ConflictException: Schedule nightly already exists."), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(text("SELECT expression FROM schedules WHERE name = 'nightly'"), "cron(0 2 * * ? *)");
    }

    void aLocalAccountIsAsEver()
    {
        const int before = requests();
        Run r = cli({"--identity", "222222222222", "schedules", "create", "--name", "local-nightly", "--expression",
                     "crontab(0 2 * * *)", "--target-pipeline", "serial-inference-pipeline", "--missed", "all"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("arn:aws:scheduler:us-east-1:222222222222:schedule/default/local-nightly\n"));
        r = cli({"--identity", "222222222222", "schedules", "update", "--name", "local-nightly", "--overlap", "queue"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(text("SELECT missed_policy || ' ' || overlap_policy || ' ' || IFNULL(origin, 'local') FROM schedules "
                      "WHERE name = 'local-nightly'"),
                 "all queue local");
        QCOMPARE(requests(), before);
    }
};

QTEST_GUILESS_MAIN(TestConnectedSchedulesCli)
#include "tst_connectedschedulescli.moc"

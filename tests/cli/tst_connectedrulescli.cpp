// `pipelinedesk-cli rules create|put|put-targets|remove-targets` and `events put` on a connected
// account, as a program against a fake AWS account on loopback: each goes to EventBridge first
// (PutRule, PutTargets, RemoveTargets, PutEvents, bodies asserted), the mirror is written from the
// cloud's answer, --json prints the AWS shapes, bad input is refused before any request with the
// words a local account gets, a failed target entry names the target, and --cached is refused.
//
// The profile's keys go to the real keychain (Secret Service), as in tst_connectedcli: run through
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

const QByteArray accessKey = "AKIACONNECTEDRULES01";
const QByteArray secret = "Rl7SECRETconnectedRULESbytes/abcdefghijk";
const QString role = QStringLiteral("arn:aws:iam::444444444444:role/EventBridgePipelines");

using Run = PdTest::CliRun;

} // namespace

class TestConnectedRulesCli : public QObject, public PdTest::CliProcess
{
    Q_OBJECT

    // As the connected account, through the fake.
    Run cloud(const QStringList &arguments, const QByteArray &input = {})
    {
        return cli(profileArguments() + arguments, input);
    }

    qint64 targetsOf(const QString &rule)
    {
        return count("SELECT COUNT(*) FROM rule_targets t JOIN rules r ON r.arn = t.rule_arn WHERE r.name = '" + rule +
                     "' AND r.account_id = '444444444444'");
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
        m_cloud.addPipelines(2, 1);
        m_cloud.serve(m_server);
        Run r = cli({"--demo", "profiles", "add", "--profile-name", "prod", "--region", "us-east-1"},
                    "aws_access_key_id=" + accessKey + "\naws_secret_access_key=" + secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Its pipelines in the mirror, so that targets may name them.
        r = cloud({"pipelines", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void createPutsTheRuleInTheCloud()
    {
        Run r = cloud({"--json", "rules", "create", "--name", "nightly", "--schedule-expression", "rate(1 day)",
                       "--description", "every night", "--state", "DISABLED", "--role-arn", role, "--tags", "team=ml"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 (QJsonObject{{"RuleArn", "arn:aws:events:us-east-1:444444444444:rule/nightly"}}));
        QCOMPARE(m_cloud.calls.value("DescribeRule"), 1);
        QCOMPARE(m_cloud.putRules.size(), 1);
        QCOMPARE(m_cloud.putRules.at(0),
                 (QJsonObject{{"Name", "nightly"},
                              {"EventBusName", "default"},
                              {"State", "DISABLED"},
                              {"Description", "every night"},
                              {"ScheduleExpression", "rate(1 day)"},
                              {"RoleArn", role},
                              {"Tags", QJsonArray{QJsonObject{{"Key", "team"}, {"Value", "ml"}}}}}));
        // Read back: --cached finds it without a request.
        const int before = requests();
        r = cli({"--json", "--profile", "prod", "--cached", "rules", "describe", "--name", "nightly"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests(), before);
        const QJsonObject described = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(described["State"].toString(), "DISABLED");
        QCOMPARE(described["ScheduleExpression"].toString(), "rate(1 day)");

        // create means new: the cloud's rule of that name is not replaced.
        r = cloud({"rules", "create", "--name", "nightly", "--schedule-expression", "rate(2 days)"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
        QCOMPARE(m_cloud.putRules.size(), 1);
    }

    void badInputIsRefusedBeforeAnyRequestAsForALocalAccount()
    {
        const QStringList bad{"rules", "create", "--name", "no spaces", "--event-pattern", R"({"source":["x"]})"};
        const int before = requests();
        const Run connected = cloud(bad);
        QCOMPARE(connected.exitCode, 2);
        QCOMPARE(requests(), before);
        const Run local = cli(QStringList{"--identity", "222222222222"} + bad);
        QCOMPARE(local.exitCode, 2);
        QCOMPARE(connected.err, local.err);
        QVERIFY2(connected.err.contains("--name"), connected.err.constData());

        const Run path = cloud({"rules", "put-targets", "--rule", "nightly", "--target-pipeline", "pipeline-0",
                                "--parameter-path", "InstanceType=detail.instance"});
        QCOMPARE(path.exitCode, 2);
        QVERIFY2(path.err.contains("PipelineParameterList[0].Value"), path.err.constData());
        QCOMPARE(requests(), before);
    }

    void putKeepsTheTargetsAndPutTargetsAddsThem()
    {
        Run r = cloud({"rules", "put", "--name", "nightly", "--schedule-expression", "rate(2 days)"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("arn:aws:events:us-east-1:444444444444:rule/nightly"));
        QCOMPARE(m_cloud.putRules.size(), 2);
        QCOMPARE(m_cloud.putRules.last()["ScheduleExpression"].toString(), "rate(2 days)");

        r = cloud({"--json", "rules", "put-targets", "--rule", "nightly", "--target-pipeline", "pipeline-0",
                   "--role-arn", role, "--parameter", "InstanceType=ml.c5.xlarge"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 (QJsonObject{{"FailedEntryCount", 0}, {"FailedEntries", QJsonArray()}}));
        QCOMPARE(m_cloud.putTargets.size(), 1);
        QCOMPARE(m_cloud.putTargets.at(0),
                 (QJsonObject{{"Rule", "nightly"},
                              {"EventBusName", "default"},
                              {"Targets", QJsonArray{QJsonObject{
                                              {"Id", "pipeline-0"},
                                              {"Arn", m_cloud.pipelineArn("pipeline-0")},
                                              {"RoleArn", role},
                                              {"SageMakerPipelineParameters",
                                               QJsonObject{{"PipelineParameterList",
                                                            QJsonArray{QJsonObject{{"Name", "InstanceType"},
                                                                                   {"Value", "ml.c5.xlarge"}}}}}}}}}}));
        QCOMPARE(targetsOf("nightly"), 1);

        // put-rule again: no PutTargets, the target stays.
        r = cloud({"rules", "put", "--name", "nightly", "--schedule-expression", "rate(3 days)"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.putTargets.size(), 1);
        QCOMPARE(targetsOf("nightly"), 1);
    }

    void aFailedEntryNamesTheTarget()
    {
        m_cloud.refusedTargets.insert("pipeline-1", "The role cannot be assumed by EventBridge.");
        const Run r =
            cloud({"rules", "put-targets", "--rule", "nightly", "--target-pipeline", "pipeline-1", "--role-arn", role});
        m_cloud.refusedTargets.clear();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("pipeline-1") && r.err.contains("The role cannot be assumed by EventBridge."),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(targetsOf("nightly"), 1);
    }

    void removeTargetsInTheCloud()
    {
        Run r = cloud({"rules", "remove-targets", "--rule", "nightly", "--ids", "pipeline-0"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.calls.value("RemoveTargets"), 1);
        QCOMPARE(targetsOf("nightly"), 0);
    }

    void eventsArePutOnEventBridge()
    {
        const QString file = m_dir.filePath("entries.json");
        QFile entries(file);
        QVERIFY(entries.open(QIODevice::WriteOnly));
        // The second entry's Detail is no JSON object: the cloud fails that entry alone.
        const QJsonArray list{
            QJsonObject{
                {"Source", "custom.monitoring"}, {"DetailType", "Model Alarm"}, {"Detail", "{\"model\": \"abalone\"}"}},
            QJsonObject{{"Source", "custom.monitoring"}, {"DetailType", "Model Alarm"}, {"Detail", "[1]"}}};
        entries.write(QJsonDocument(list).toJson());
        entries.close();
        Run r = cloud({"--json", "events", "put", "--entries", file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer["FailedEntryCount"].toInt(), 1);
        QCOMPARE(answer["Entries"][0]["EventId"].toString(), "event-1-0");
        QCOMPARE(answer["Entries"][1]["ErrorCode"].toString(), "MalformedDetail");
        QCOMPARE(m_cloud.putEvents.size(), 1);
        QCOMPARE(m_cloud.putEvents.at(0)["Entries"][0].toObject(),
                 (QJsonObject{{"Source", "custom.monitoring"},
                              {"DetailType", "Model Alarm"},
                              {"Detail", "{\"model\": \"abalone\"}"}}));

        r = cloud({"events", "put", "--entries", file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("event-2-0: put on EventBridge"), r.out.constData());
        QVERIFY2(r.out.contains("entry 2: MalformedDetail"), r.out.constData());
    }

    void cachedRefusesEveryWrite()
    {
        const int before = requests();
        for (const QStringList &arguments :
             {QStringList{"rules", "create", "--name", "x", "--schedule-expression", "rate(1 day)"},
              QStringList{"rules", "put", "--name", "x", "--schedule-expression", "rate(1 day)"},
              QStringList{"rules", "put-targets", "--rule", "nightly", "--target-pipeline", "pipeline-0"},
              QStringList{"rules", "remove-targets", "--rule", "nightly", "--ids", "pipeline-0"},
              QStringList{"events", "put", "--entries", R"([{"Source":"a","DetailType":"b","Detail":"{}"}])"}}) {
            const Run r = cli(QStringList{"--profile", "prod", "--cached"} + arguments);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--cached"), r.err.constData());
        }
        QCOMPARE(requests(), before);
    }
};

QTEST_GUILESS_MAIN(TestConnectedRulesCli)
#include "tst_connectedrulescli.moc"

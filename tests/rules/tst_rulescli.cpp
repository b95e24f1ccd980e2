// pipelinedesk-cli rules / event-buses / events put: every command's happy path, the AWS JSON
// shapes, exit codes that name the field, and a put-events file that starts an execution with
// static and JSONPath parameters resolved from the event.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using PdTest::runCli;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString abaloneArn =
    QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString pattern = QStringLiteral(R"({"source":["custom.ml"],"detail-type":["Retrain"]})");

QJsonObject json(const PdTest::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createPrintsTheArnAndDescribeShowsIt();
    void refusals_data();
    void refusals();
    void putTargetsByOptionsAndByJson();
    void removeTargetsAndDeleteWithForce();
    void listFiltersAndTable();
    void enableDisable();
    void putReplacesTheRuleAndKeepsItsTargets();
    void eventBuses();
    void putEventsStartsAnExecutionWithResolvedParameters();
    void putEventsReportsBadEntriesButExitsZero();
    void putEventsRefusesAMalformedFile_data();
    void putEventsRefusesAMalformedFile();
    void disabledRuleDoesNotStart();
    void putTargetsChecksThePipelineAndTheAccount();
    void targetsThatCannotStartAreRefusedByEveryWrite();
    void unreadableTargetIsAFailedInvocation();
    void anotherAccountsEventBusIsRefused();
    void textThatIsNotTextIsRefused_data();
    void textThatIsNotTextIsRefused();
    void emptyTargetsFileIsRefused();

private:
    PdTest::CliResult cli(QStringList arguments, const QString &identity = test)
    {
        arguments << "--workspace" << m_dir->filePath("w.sqlite") << "--demo"
                  << "--identity" << identity;
        return runCli(arguments);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(content);
        return file.fileName();
    }
    // A rule "retrain" whose target starts serial-inference-pipeline with one static and one
    // dynamic parameter.
    void createRetrainRule()
    {
        QCOMPARE(cli({"rules", "create", "--name", "retrain", "--event-pattern", pattern}).exitCode, 0);
        const auto put = cli({"rules", "put-targets", "--rule", "retrain", "--target-pipeline",
                              "serial-inference-pipeline", "--target-id", "serial", "--parameter",
                              "ProcessingInstanceCount=2", "--parameter-path", "InputData=$.detail.input"});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRulesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRulesCli::createPrintsTheArnAndDescribeShowsIt()
{
    const auto created = cli({"rules", "create", "--name", "on-retrain", "--event-pattern", pattern, "--description",
                              "Retrain when asked", "--tags", "team=ml", "--tags", "Key=stage,Value=prod"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(created.out.trimmed(), "arn:aws:events:us-east-1:222222222222:rule/on-retrain");

    const auto json1 = cli({"--json", "rules", "create", "--name", "nightly", "--schedule-expression",
                            "cron(0 2 * * ? *)", "--state", "disabled"});
    QVERIFY2(json1.exitCode == 0, qPrintable(json1.err));
    QCOMPARE(json(json1).value("RuleArn").toString(), "arn:aws:events:us-east-1:222222222222:rule/nightly");

    const auto described = cli({"rules", "describe", "--name", "on-retrain"});
    QVERIFY2(described.exitCode == 0, qPrintable(described.err));
    const QJsonObject rule = json(described);
    QCOMPARE(rule.value("Name").toString(), "on-retrain");
    QCOMPARE(rule.value("Arn").toString(), "arn:aws:events:us-east-1:222222222222:rule/on-retrain");
    QCOMPARE(QJsonDocument::fromJson(rule.value("EventPattern").toString().toUtf8()).object(),
             QJsonDocument::fromJson(pattern.toUtf8()).object());
    QCOMPARE(rule.value("State").toString(), "ENABLED");
    QCOMPARE(rule.value("Description").toString(), "Retrain when asked");
    QCOMPARE(rule.value("EventBusName").toString(), "default");
    QCOMPARE(rule.value("CreatedBy").toString(), test);
    QVERIFY(!rule.contains("ScheduleExpression"));

    const QJsonObject nightly = json(cli({"rules", "describe", "--name", "nightly"}));
    QCOMPARE(nightly.value("ScheduleExpression").toString(), "cron(0 2 * * ? *)");
    QCOMPARE(nightly.value("State").toString(), "DISABLED");
    QVERIFY(!nightly.contains("EventPattern"));

    // The same rule by its ARN, and a pattern read from a file as the AWS CLI's file:// does.
    QCOMPARE(cli({"rules", "describe", "--name", "arn:aws:events:us-east-1:222222222222:rule/nightly"}).exitCode, 0);
    const QString file = writeFile("pattern.json", R"({"source": ["aws.sagemaker"]})");
    const auto fromFile = cli({"rules", "create", "--name", "from-file", "--event-pattern", "file://" + file});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    const QJsonObject stored = json(cli({"rules", "describe", "--name", "from-file"}));
    QCOMPARE(QJsonDocument::fromJson(stored.value("EventPattern").toString().toUtf8()).object().value("source"),
             QJsonArray{"aws.sagemaker"});
}

void TestRulesCli::refusals_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    const QStringList rule = {"rules", "create", "--name", "r1", "--event-pattern", pattern};
    const QStringList none;
    QTest::newRow("no name") << none << QStringList{"rules", "create", "--event-pattern", pattern} << 2 << "--name";
    QTest::newRow("bad name") << none << QStringList{"rules", "create", "--name", "a b", "--event-pattern", pattern}
                              << 2 << "--name";
    QTest::newRow("neither pattern nor schedule")
        << none << QStringList{"rules", "create", "--name", "r"} << 2 << "--event-pattern";
    QTest::newRow("both pattern and schedule")
        << none
        << QStringList{"rules",       "create", "--name", "r", "--event-pattern", pattern, "--schedule-expression",
                       "rate(1 hour)"}
        << 2 << "--schedule-expression";
    QTest::newRow("pattern not JSON") << none
                                      << QStringList{"rules", "create", "--name", "r", "--event-pattern", "{source"}
                                      << 2 << "--event-pattern";
    QTest::newRow("pattern invalid") << none
                                     << QStringList{"rules",           "create",
                                                    "--name",          "r",
                                                    "--event-pattern", R"({"detail":{"n":[{"numeric":[">","x"]}]}})"}
                                     << 2 << "$.detail.n";
    QTest::newRow("pattern file missing")
        << none << QStringList{"rules", "create", "--name", "r", "--event-pattern", "file:///nonexistent/p.json"} << 2
        << "--event-pattern: cannot read";
    QTest::newRow("bad schedule") << none
                                  << QStringList{"rules",        "create", "--name", "r", "--schedule-expression",
                                                 "rate(0 hours)"}
                                  << 2 << "--schedule-expression";
    QTest::newRow("schedule on a custom bus")
        << QStringList{"event-buses", "create", "--name", "ml"}
        << QStringList{"rules",       "create", "--name", "r", "--event-bus-name", "ml", "--schedule-expression",
                       "rate(1 hour)"}
        << 2 << "--schedule-expression";
    QTest::newRow("unknown bus") << none << QStringList{"rules", "create",          "--name", "r", "--event-bus-name",
                                                        "nope",  "--event-pattern", pattern}
                                 << 2 << "nope";
    QTest::newRow("bad state") << none << QStringList{"rules",           "create", "--name",  "r",
                                                      "--event-pattern", pattern,  "--state", "on"}
                               << 2 << "--state";
    QTest::newRow("bad tag") << none
                             << QStringList{"rules", "create", "--name", "r", "--event-pattern", pattern, "--tags", "x"}
                             << 2 << "--tags";
    QTest::newRow("name taken") << rule << rule << 2 << "r1";
    QTest::newRow("describe unknown") << none << QStringList{"rules", "describe", "--name", "nope"} << 2 << "nope";
    QTest::newRow("describe without name") << none << QStringList{"rules", "describe"} << 2 << "--name is required";
    QTest::newRow("enable unknown") << none << QStringList{"rules", "enable", "--name", "nope"} << 2 << "nope";
    QTest::newRow("delete unknown") << none << QStringList{"rules", "delete", "--name", "nope"} << 2 << "nope";
    QTest::newRow("put-targets without rule")
        << none << QStringList{"rules", "put-targets", "--target-pipeline", serialArn} << 2 << "--rule is required";
    QTest::newRow("put-targets without pipeline")
        << rule << QStringList{"rules", "put-targets", "--rule", "r1"} << 2 << "--target-pipeline";
    QTest::newRow("put-targets to an unknown rule")
        << none << QStringList{"rules", "put-targets", "--rule", "nope", "--target-pipeline", serialArn} << 2 << "nope";
    QTest::newRow("put-targets unknown pipeline name")
        << rule << QStringList{"rules", "put-targets", "--rule", "r1", "--target-pipeline", "no-such-pipeline"} << 2
        << "no-such-pipeline";
    QTest::newRow("put-targets bad parameter")
        << rule
        << QStringList{"rules", "put-targets", "--rule", "r1", "--target-pipeline", serialArn, "--parameter", "x"} << 2
        << "--parameter";
    QTest::newRow("put-targets bad target id")
        << rule
        << QStringList{"rules", "put-targets", "--rule", "r1", "--target-pipeline", serialArn, "--target-id", "a b"}
        << 2 << "Targets[0].Id";
    QTest::newRow("put-targets bad JSONPath") << rule
                                              << QStringList{"rules",
                                                             "put-targets",
                                                             "--rule",
                                                             "r1",
                                                             "--target-pipeline",
                                                             serialArn,
                                                             "--parameter-path",
                                                             "InputData=$.detail[",
                                                             "--target-id",
                                                             "t"}
                                              << 2 << "PipelineParameterList[0].Value";
    QTest::newRow("--targets not JSON") << rule
                                        << QStringList{"rules", "put-targets", "--rule", "r1", "--targets", "[{"} << 2
                                        << "--targets: not JSON";
    QTest::newRow("--targets member of the wrong type")
        << rule << QStringList{"rules", "put-targets", "--rule", "r1", "--targets", R"([{"Id": 1, "Arn": "x"}])"} << 2
        << "Targets[0].Id";
    QTest::newRow("--targets parameter of the wrong type")
        << rule
        << QStringList{"rules",
                       "put-targets",
                       "--rule",
                       "r1",
                       "--targets",
                       R"([{"Id":"a","Arn":")" + serialArn +
                           R"(","SageMakerPipelineParameters":{"PipelineParameterList":[{"Name":"x","Value":3}]}}])"}
        << 2 << "Targets[0].SageMakerPipelineParameters.PipelineParameterList[0]";
    QTest::newRow("--targets and --target-pipeline")
        << rule
        << QStringList{"rules", "put-targets", "--rule", "r1", "--targets", "[]", "--target-pipeline", serialArn} << 2
        << "--targets";
    QTest::newRow("remove-targets without ids")
        << rule << QStringList{"rules", "remove-targets", "--rule", "r1"} << 2 << "--ids";
    QTest::newRow("invocations bad max-items")
        << rule << QStringList{"rules", "invocations", "--name", "r1", "--max-items", "0"} << 2 << "--max-items";
    QTest::newRow("bad identity") << none << QStringList{"rules", "list", "--identity", "999999999999"} << 2
                                  << "999999999999";
    QTest::newRow("delete the default bus")
        << none << QStringList{"event-buses", "delete", "--name", "default"} << 2 << "default";
    QTest::newRow("bus name taken") << QStringList{"event-buses", "create", "--name", "ml"}
                                    << QStringList{"event-buses", "create", "--name", "ml"} << 2 << "ml";
    QTest::newRow("bus without name") << none << QStringList{"event-buses", "create"} << 2 << "--name is required";
}

void TestRulesCli::refusals()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    if (!setup.isEmpty()) {
        const auto prepared = cli(setup);
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.err));
    }
    // The parser keeps the last --identity, so a row that names one gets no other.
    const auto result = arguments.contains("--identity")
                            ? runCli(arguments + QStringList{"--workspace", m_dir->filePath("w.sqlite"), "--demo"})
                            : cli(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(QString::number(result.exitCode) + ": " + result.err));
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    QVERIFY(result.err.startsWith("pipelinedesk-cli: "));
}

void TestRulesCli::putTargetsByOptionsAndByJson()
{
    QCOMPARE(cli({"rules", "create", "--name", "r1", "--event-pattern", pattern}).exitCode, 0);
    const QString role = "arn:aws:iam::222222222222:role/service-role/Amazon_EventBridge_Invoke_Sagemaker";
    const auto put = cli({"--json", "rules", "put-targets", "--rule", "r1", "--target-pipeline",
                          "serial-inference-pipeline", "--role-arn", role, "--parameter", "ProcessingInstanceCount=3",
                          "--parameter-path", "InputData=$.detail.input"});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(json(put), (QJsonObject{{"FailedEntryCount", 0}, {"FailedEntries", QJsonArray()}}));

    QJsonArray targets =
        json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "r1"})).value("Targets").toArray();
    QCOMPARE(targets.size(), 1);
    const QJsonObject first = targets.at(0).toObject();
    // Without --target-id the pipeline's name is the id.
    QCOMPARE(first.value("Id").toString(), "serial-inference-pipeline");
    QCOMPARE(first.value("Arn").toString(), serialArn);
    QCOMPARE(first.value("RoleArn").toString(), role);
    const QJsonArray parameters =
        first.value("SageMakerPipelineParameters").toObject().value("PipelineParameterList").toArray();
    QCOMPARE(parameters.size(), 2);
    QVERIFY(parameters.contains(QJsonObject{{"Name", "ProcessingInstanceCount"}, {"Value", "3"}}));
    QVERIFY(parameters.contains(QJsonObject{{"Name", "InputData"}, {"Value", "$.detail.input"}}));

    // The AWS put-targets shape from a file: a second target, and the first one replaced by id.
    const QString file = writeFile(
        "targets.json",
        QJsonDocument(
            QJsonArray{
                QJsonObject{{"Id", "second"},
                            {"Arn", serialArn},
                            {"SageMakerPipelineParameters",
                             QJsonObject{{"PipelineParameterList",
                                          QJsonArray{QJsonObject{{"Name", "InputData"}, {"Value", "s3://b/k"}}}}}}},
                QJsonObject{{"Id", "serial-inference-pipeline"}, {"Arn", serialArn}, {"RoleArn", role}}})
            .toJson());
    const auto fromFile = cli({"rules", "put-targets", "--rule", "r1", "--targets", "file://" + file});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    QVERIFY(fromFile.out.isEmpty());
    targets = json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "r1"})).value("Targets").toArray();
    QCOMPARE(targets.size(), 2);
    for (const QJsonValue &t : std::as_const(targets)) {
        const QJsonObject o = t.toObject();
        const QJsonArray list =
            o.value("SageMakerPipelineParameters").toObject().value("PipelineParameterList").toArray();
        if (o.value("Id") == "second")
            QCOMPARE(list, (QJsonArray{QJsonObject{{"Name", "InputData"}, {"Value", "s3://b/k"}}}));
        else
            QVERIFY(list.isEmpty());
    }
    // Inline JSON in the whole-input shape works too; a sixth target is refused.
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(QJsonObject{{"Id", QStringLiteral("extra%1").arg(i)}, {"Arn", serialArn}});
    const auto tooMany =
        cli({"rules", "put-targets", "--rule", "r1", "--targets",
             QString::fromUtf8(QJsonDocument(QJsonObject{{"Rule", "r1"}, {"Targets", four}}).toJson())});
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains("5"), qPrintable(tooMany.err));
    QCOMPARE(json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "r1"})).value("Targets").toArray().size(),
             2);

    // For people: one row a target.
    const auto table = cli({"rules", "list-targets-by-rule", "--rule", "r1"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QCOMPARE(table.out.count('\n'), 3);
    QVERIFY(table.out.contains("InputData=s3://b/k"));
}

void TestRulesCli::removeTargetsAndDeleteWithForce()
{
    QCOMPARE(cli({"rules", "create", "--name", "r1", "--event-pattern", pattern}).exitCode, 0);
    for (const char *id : {"a", "b", "c"})
        QCOMPARE(
            cli({"rules", "put-targets", "--rule", "r1", "--target-pipeline", serialArn, "--target-id", id}).exitCode,
            0);
    // EventBridge refuses to delete a rule that still has targets.
    const auto refused = cli({"rules", "delete", "--name", "r1"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("target"), qPrintable(refused.err));

    const auto removed = cli({"--json", "rules", "remove-targets", "--rule", "r1", "--ids", "a,b"});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(json(removed).value("FailedEntryCount").toInt(-1), 0);
    const QJsonArray left =
        json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "r1"})).value("Targets").toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value("Id").toString(), "c");

    QCOMPARE(cli({"rules", "delete", "--name", "r1", "--force"}).exitCode, 0);
    QCOMPARE(cli({"rules", "describe", "--name", "r1"}).exitCode, 2);
    // Without targets, no --force is needed.
    QCOMPARE(cli({"rules", "create", "--name", "r2", "--event-pattern", pattern}).exitCode, 0);
    QCOMPARE(cli({"rules", "delete", "--name", "r2"}).exitCode, 0);
}

void TestRulesCli::listFiltersAndTable()
{
    // The demo's own rules would sort among these; the listing is checked without them.
    for (const char *demoRule : {"nightly-retrain", "retrain-on-endpoint-failure"})
        QCOMPARE(cli({"rules", "delete", "--name", demoRule, "--force"}).exitCode, 0);
    QCOMPARE(cli({"event-buses", "create", "--name", "ml"}).exitCode, 0);
    QCOMPARE(cli({"rules", "create", "--name", "retrain-a", "--event-pattern", pattern}).exitCode, 0);
    QCOMPARE(cli({"rules", "create", "--name", "retrain-b", "--event-pattern", pattern, "--event-bus-name", "ml",
                  "--role-arn", "arn:aws:iam::222222222222:role/r"})
                 .exitCode,
             0);
    QCOMPARE(cli({"rules", "create", "--name", "nightly", "--schedule-expression", "rate(1 day)"}).exitCode, 0);
    // Another account's rules are not listed.
    QCOMPARE(cli({"rules", "create", "--name", "dev-rule", "--event-pattern", pattern}, dev).exitCode, 0);

    const QJsonArray all = json(cli({"--json", "rules", "list"})).value("Rules").toArray();
    QStringList names;
    for (const QJsonValue &r : all)
        names.append(r.toObject().value("Name").toString());
    names.sort();
    QCOMPARE(names, (QStringList{"nightly", "retrain-a", "retrain-b"}));

    const QJsonArray prefixed =
        json(cli({"--json", "rules", "list", "--name-prefix", "retrain"})).value("Rules").toArray();
    QCOMPARE(prefixed.size(), 2);
    const QJsonArray onMl = json(cli({"--json", "rules", "list", "--event-bus-name", "ml"})).value("Rules").toArray();
    QCOMPARE(onMl.size(), 1);
    const QJsonObject b = onMl.at(0).toObject();
    QCOMPARE(b.value("Name").toString(), "retrain-b");
    QCOMPARE(b.value("EventBusName").toString(), "ml");
    QCOMPARE(b.value("Arn").toString(), "arn:aws:events:us-east-1:222222222222:rule/ml/retrain-b");
    QCOMPARE(b.value("RoleArn").toString(), "arn:aws:iam::222222222222:role/r");
    QCOMPARE(b.value("State").toString(), "ENABLED");
    QVERIFY(b.contains("EventPattern"));
    // A rule on a custom bus is found by name with its bus, and by its ARN alone.
    QCOMPARE(cli({"rules", "describe", "--name", "retrain-b"}).exitCode, 2);
    QCOMPARE(cli({"rules", "describe", "--name", "retrain-b", "--event-bus-name", "ml"}).exitCode, 0);
    QCOMPARE(cli({"rules", "describe", "--name", "arn:aws:events:us-east-1:222222222222:rule/ml/retrain-b"}).exitCode,
             0);

    const auto table = cli({"rules", "list"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("NAME"));
    QCOMPARE(table.out.count('\n'), 4);
    QVERIFY(table.out.contains("rate(1 day)"));
    QVERIFY(!table.out.contains("dev-rule"));
}

void TestRulesCli::enableDisable()
{
    QCOMPARE(cli({"rules", "create", "--name", "r1", "--event-pattern", pattern}).exitCode, 0);
    QCOMPARE(cli({"rules", "disable", "--name", "r1"}).exitCode, 0);
    QCOMPARE(json(cli({"rules", "describe", "--name", "r1"})).value("State").toString(), "DISABLED");
    QCOMPARE(cli({"rules", "enable", "--name", "r1"}).exitCode, 0);
    QCOMPARE(json(cli({"rules", "describe", "--name", "r1"})).value("State").toString(), "ENABLED");
}

void TestRulesCli::putReplacesTheRuleAndKeepsItsTargets()
{
    createRetrainRule();
    const auto put = cli({"--json", "rules", "put", "--name", "retrain", "--event-pattern",
                          R"({"source":["custom.other"]})", "--description", "changed"});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(json(put).value("RuleArn").toString(), "arn:aws:events:us-east-1:222222222222:rule/retrain");
    const QJsonObject rule = json(cli({"rules", "describe", "--name", "retrain"}));
    QCOMPARE(rule.value("Description").toString(), "changed");
    QVERIFY(rule.value("EventPattern").toString().contains("custom.other"));
    QCOMPARE(
        json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "retrain"})).value("Targets").toArray().size(),
        1);
    // put creates a rule that does not exist yet.
    QCOMPARE(cli({"rules", "put", "--name", "fresh", "--schedule-expression", "rate(5 minutes)"}).exitCode, 0);
    QCOMPARE(json(cli({"rules", "describe", "--name", "fresh"})).value("ScheduleExpression").toString(),
             "rate(5 minutes)");
}

void TestRulesCli::eventBuses()
{
    const QJsonArray initial = json(cli({"--json", "event-buses", "list"})).value("EventBuses").toArray();
    QCOMPARE(initial, (QJsonArray{QJsonObject{{"Name", "default"},
                                              {"Arn", "arn:aws:events:us-east-1:222222222222:event-bus/default"}}}));
    const auto created = cli({"event-buses", "create", "--name", "ml-events"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(created.out.trimmed(), "arn:aws:events:us-east-1:222222222222:event-bus/ml-events");
    QCOMPARE(json(cli({"--json", "event-buses", "list"})).value("EventBuses").toArray().size(), 2);
    const auto table = cli({"event-buses", "list"});
    QVERIFY(table.out.startsWith("NAME"));
    QVERIFY(table.out.contains("ml-events"));
    // Buses belong to the identity's account.
    QCOMPARE(json(cli({"--json", "event-buses", "list"}, dev)).value("EventBuses").toArray().size(), 1);

    // Not while a rule is on it.
    QCOMPARE(
        cli({"rules", "create", "--name", "r", "--event-bus-name", "ml-events", "--event-pattern", pattern}).exitCode,
        0);
    const auto refused = cli({"event-buses", "delete", "--name", "ml-events"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("ml-events"), qPrintable(refused.err));
    QCOMPARE(cli({"rules", "delete", "--name", "r", "--event-bus-name", "ml-events"}).exitCode, 0);
    QCOMPARE(cli({"event-buses", "delete", "--name", "ml-events"}).exitCode, 0);
    QCOMPARE(json(cli({"--json", "event-buses", "list"})).value("EventBuses").toArray().size(), 1);
}

void TestRulesCli::putEventsStartsAnExecutionWithResolvedParameters()
{
    createRetrainRule();
    const QString entries = writeFile("entries.json", R"([
        {"Source": "custom.ml", "DetailType": "Retrain", "Detail": "{\"input\": \"s3://bucket/new.csv\"}",
         "Resources": ["arn:aws:s3:::bucket"]},
        {"Source": "custom.other", "DetailType": "Retrain", "Detail": "{}"}
    ])");
    const auto put = cli({"--json", "events", "put", "--entries", entries});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    const QJsonObject answer = json(put);
    QCOMPARE(answer.value("FailedEntryCount").toInt(-1), 0);
    const QJsonArray results = answer.value("Entries").toArray();
    QCOMPARE(results.size(), 2);
    const QString eventId = results.at(0).toObject().value("EventId").toString();
    QVERIFY(!eventId.isEmpty());
    QVERIFY(!results.at(1).toObject().value("EventId").toString().isEmpty());
    QVERIFY(!results.at(0).toObject().contains("ErrorCode"));

    // Only the matching event invoked the target; the invocation names the execution.
    const QJsonArray invocations =
        json(cli({"--json", "rules", "invocations", "--name", "retrain"})).value("Invocations").toArray();
    QCOMPARE(invocations.size(), 1);
    const QJsonObject invocation = invocations.at(0).toObject();
    QCOMPARE(invocation.value("EventId").toString(), eventId);
    QCOMPARE(invocation.value("TargetId").toString(), "serial");
    QCOMPARE(invocation.value("Outcome").toString(), "STARTED");
    QCOMPARE(invocation.value("RuleArn").toString(), "arn:aws:events:us-east-1:222222222222:rule/retrain");
    const QString execution = invocation.value("PipelineExecutionArn").toString();
    QVERIFY2(execution.startsWith(serialArn + "/execution/"), qPrintable(execution));

    // The static value and the JSONPath's value from the event; the others keep their defaults.
    const auto listed = cli({"--json", "executions", "list-parameters", "--pipeline-execution-arn", execution});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QMap<QString, QString> parameters;
    for (const QJsonValue &p : json(listed).value("PipelineParameters").toArray())
        parameters.insert(p.toObject().value("Name").toString(), p.toObject().value("Value").toString());
    QCOMPARE(parameters.value("InputData"), "s3://bucket/new.csv");
    QCOMPARE(parameters.value("ProcessingInstanceCount"), "2");
    QCOMPARE(parameters.value("TrainingInstanceType"), "ml.m5.xlarge");

    // For people: one line an entry, with how many targets each invoked; the table of invocations.
    const auto people = cli({"events", "put", "--entries", entries});
    QCOMPARE(people.exitCode, 0);
    const QStringList lines = people.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(": 1 target started"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(": 0 targets started"), qPrintable(lines.at(1)));
    const auto table = cli({"rules", "invocations", "--name", "retrain", "--max-items", "1"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("TIME (UTC)"));
    QCOMPARE(table.out.count('\n'), 2);
    QCOMPARE(json(cli({"--json", "rules", "invocations", "--name", "retrain"})).value("Invocations").toArray().size(),
             2);

    // The whole put-events input shape, inline, with Time as the AWS CLI takes it.
    const auto inline_ =
        cli({"--json", "events", "put", "--entries",
             R"({"Entries": [{"Source": "custom.ml", "DetailType": "Retrain", "Time": "2026-11-23T11:00:00Z",
                                  "Detail": "{\"input\": \"s3://bucket/x.csv\"}"}]})"});
    QVERIFY2(inline_.exitCode == 0, qPrintable(inline_.err));
    QCOMPARE(json(inline_).value("FailedEntryCount").toInt(-1), 0);
    QCOMPARE(json(cli({"--json", "rules", "invocations", "--name", "retrain"})).value("Invocations").toArray().size(),
             3);
}

void TestRulesCli::putEventsReportsBadEntriesButExitsZero()
{
    createRetrainRule();
    const auto put = cli({"--json", "events", "put", "--entries",
                          R"([{"Source": "custom.ml", "DetailType": "Retrain", "Detail": "not json"},
                              {"Source": "custom.ml", "DetailType": "Retrain", "Detail": "{\"input\": \"s3://b/k\"}"},
                              {"DetailType": "Retrain", "Detail": "{}"}])"});
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    const QJsonObject answer = json(put);
    QCOMPARE(answer.value("FailedEntryCount").toInt(-1), 2);
    const QJsonArray entries = answer.value("Entries").toArray();
    QCOMPARE(entries.size(), 3);
    for (int i : {0, 2}) {
        const QJsonObject failed = entries.at(i).toObject();
        QVERIFY(!failed.contains("EventId"));
        QVERIFY(!failed.value("ErrorCode").toString().isEmpty());
        QVERIFY(!failed.value("ErrorMessage").toString().isEmpty());
    }
    QVERIFY(!entries.at(1).toObject().value("EventId").toString().isEmpty());
    QCOMPARE(json(cli({"--json", "rules", "invocations", "--name", "retrain"})).value("Invocations").toArray().size(),
             1);
    // For people, a failed entry says which one and why.
    const auto people =
        cli({"events", "put", "--entries", R"([{"Source": "custom.ml", "DetailType": "x", "Detail": "["}])"});
    QCOMPARE(people.exitCode, 0);
    QVERIFY2(people.out.startsWith("entry 1: "), qPrintable(people.out));
}

void TestRulesCli::putEventsRefusesAMalformedFile_data()
{
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("not JSON") << "[{"
                              << "--entries: not JSON";
    QTest::newRow("empty") << "[]"
                           << "--entries";
    QTest::newRow("object without Entries") << R"({"Source": "x"})"
                                            << "--entries";
    QTest::newRow("entry not an object") << R"(["x"])"
                                         << "Entries[0]";
    QTest::newRow("Source not a string") << R"([{"Source": 1}])"
                                         << "Entries[0].Source";
    QTest::newRow("Resources not an array") << R"([{"Source": "a", "Resources": "arn:x"}])"
                                            << "Entries[0].Resources";
    QTest::newRow("Detail a number") << R"([{"Source": "a"}, {"Source": "a", "Detail": 3}])"
                                     << "Entries[1].Detail";
    QTest::newRow("no such file") << "/nonexistent/entries.json"
                                  << "--entries: cannot read";
}

void TestRulesCli::putEventsRefusesAMalformedFile()
{
    QFETCH(QString, entries);
    QFETCH(QString, stderrContains);
    // The same text from a file as from the option itself.
    const QString path = entries.startsWith('/') ? entries : writeFile("entries.json", entries.toUtf8());
    for (const QString &value : {path, QString("file://" + path)}) {
        const auto result = cli({"events", "put", "--entries", value});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    }
    QCOMPARE(cli({"events", "put"}).exitCode, 2);
}

void TestRulesCli::disabledRuleDoesNotStart()
{
    createRetrainRule();
    QCOMPARE(cli({"rules", "disable", "--name", "retrain"}).exitCode, 0);
    const auto put =
        cli({"events", "put", "--entries",
             R"([{"Source": "custom.ml", "DetailType": "Retrain", "Detail": "{\"input\": \"s3://b/k\"}"}])"});
    QCOMPARE(put.exitCode, 0);
    QVERIFY2(put.out.trimmed().endsWith(": 0 targets started"), qPrintable(put.out));
    QVERIFY(
        json(cli({"--json", "rules", "invocations", "--name", "retrain"})).value("Invocations").toArray().isEmpty());
}

void TestRulesCli::putTargetsChecksThePipelineAndTheAccount()
{
    // Issue 13: put-targets stored any pipeline ARN. dev sees serial-inference-pipeline only
    // through the read-only share, and abalone-training-pipeline not at all: neither may be a
    // target of dev's rule. The refusal names the target id and the pipeline (exit 3, as every
    // permission refusal).
    QCOMPARE(cli({"rules", "create", "--name", "r", "--event-pattern", pattern}, dev).exitCode, 0);
    const auto readOnly =
        cli({"rules", "put-targets", "--rule", "r", "--target-pipeline", serialArn, "--target-id", "serial"}, dev);
    QCOMPARE(readOnly.exitCode, 3);
    QVERIFY2(readOnly.err.contains("Targets[0].Arn (target “serial”)"), qPrintable(readOnly.err));
    QVERIFY2(readOnly.err.contains(serialArn), qPrintable(readOnly.err));
    QVERIFY2(readOnly.err.contains("sagemaker:StartPipelineExecution"), qPrintable(readOnly.err));

    const auto unshared = cli({"rules", "put-targets", "--rule", "r", "--target-pipeline", abaloneArn}, dev);
    QCOMPARE(unshared.exitCode, 3);
    QVERIFY2(unshared.err.contains("(target “abalone-training-pipeline”)"), qPrintable(unshared.err));
    QVERIFY2(unshared.err.contains(abaloneArn), qPrintable(unshared.err));

    // A pipeline that does not exist: invalid input (exit 2), named.
    const QString missingArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/no-such-pipeline";
    const auto missing = cli({"rules", "put-targets", "--rule", "r", "--target-pipeline", missingArn}, dev);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("(target “no-such-pipeline”)"), qPrintable(missing.err));

    // The same refusal through --targets.
    const auto byJson = cli(
        {"rules", "put-targets", "--rule", "r", "--targets", R"([{"Id": "t1", "Arn": ")" + serialArn + R"("}])"}, dev);
    QCOMPARE(byJson.exitCode, 3);
    QVERIFY2(byJson.err.contains("(target “t1”)"), qPrintable(byJson.err));
    QVERIFY(json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "r"}, dev))
                .value("Targets")
                .toArray()
                .isEmpty());

    // shared-services holds serial-inference-pipeline with allow-execution: accepted.
    QCOMPARE(cli({"rules", "create", "--name", "ops", "--event-pattern", pattern}, shared).exitCode, 0);
    const auto allowed = cli({"rules", "put-targets", "--rule", "ops", "--target-pipeline", serialArn}, shared);
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QCOMPARE(json(cli({"--json", "rules", "list-targets-by-rule", "--rule", "ops"}, shared))
                 .value("Targets")
                 .toArray()
                 .size(),
             1);
}

void TestRulesCli::targetsThatCannotStartAreRefusedByEveryWrite()
{
    // put (with targets kept), import and the wizard go through the same service write; import
    // from a file is the other face that can carry a target.
    const QString document = writeFile(
        "rule.json",
        QJsonDocument(
            QJsonObject{{"PutRule", QJsonObject{{"Name", "imported"}, {"EventPattern", pattern}}},
                        {"PutTargets",
                         QJsonObject{{"Rule", "imported"},
                                     {"Targets", QJsonArray{QJsonObject{{"Id", "serial"}, {"Arn", serialArn}}}}}}})
            .toJson());
    const auto imported = cli({"rules", "import", "--file", document}, dev);
    QCOMPARE(imported.exitCode, 3);
    QVERIFY2(imported.err.contains(serialArn), qPrintable(imported.err));
    QVERIFY2(!cli({"rules", "list"}, dev).out.contains("imported"), "nothing is written");
    const auto importedByShared = cli({"rules", "import", "--file", document}, shared);
    QVERIFY2(importedByShared.exitCode == 0, qPrintable(importedByShared.err));
}

void TestRulesCli::unreadableTargetIsAFailedInvocation()
{
    // A target that could start when it was put, and cannot any more (its share now grants only
    // read access): the rule keeps it, and the invocation fails naming the missing permission.
    QCOMPARE(cli({"rules", "create", "--name", "r", "--event-pattern", pattern}, shared).exitCode, 0);
    const auto put = cli({"rules", "put-targets", "--rule", "r", "--target-pipeline", serialArn}, shared);
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QString operations;
    for (const QJsonValue &v : json(cli({"--json", "shares", "list"})).value("resourceShares").toArray()) {
        if (v.toObject().value("name").toString() == "serial-inference-operations")
            operations = v.toObject().value("resourceShareArn").toString();
    }
    QVERIFY(!operations.isEmpty());
    const auto downgraded = cli({"shares", "update", "--resource-share-arn", operations, "--permission-arns",
                                 "AWSRAMDefaultPermissionSageMakerPipeline"});
    QVERIFY2(downgraded.exitCode == 0, qPrintable(downgraded.err));
    // Unchanged targets are not judged again: the rule can still be disabled and enabled.
    QCOMPARE(cli({"rules", "disable", "--name", "r"}, shared).exitCode, 0);
    QCOMPARE(cli({"rules", "enable", "--name", "r"}, shared).exitCode, 0);

    const auto sent =
        cli({"events", "put", "--entries", R"([{"Source": "custom.ml", "DetailType": "Retrain", "Detail": "{}"}])"},
            shared);
    QCOMPARE(sent.exitCode, 0);
    // The event was put; its one target could not start, and the output says so and why (it once
    // said "1 target invoked", as if it had started).
    const QStringList lines = sent.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(": 0 targets started, 1 failed"), qPrintable(sent.out));
    QVERIFY2(lines.at(1).startsWith("  failed: r/"), qPrintable(sent.out));
    const QJsonArray invocations =
        json(cli({"--json", "rules", "invocations", "--name", "r"}, shared)).value("Invocations").toArray();
    QCOMPARE(invocations.size(), 1);
    const QJsonObject failed = invocations.at(0).toObject();
    QCOMPARE(failed.value("Outcome").toString(), "FAILED");
    QVERIFY(!failed.contains("PipelineExecutionArn"));
    QVERIFY2(failed.value("Message").toString().contains("AWSRAMPermissionSageMakerPipelineAllowExecution"),
             qPrintable(failed.value("Message").toString()));
}

void TestRulesCli::anotherAccountsEventBusIsRefused()
{
    // Issue 13: dev's bus named by ARN while acting as test was quietly test's own "default".
    const QString devBus = "arn:aws:events:us-east-1:111111111111:event-bus/default";
    const auto created =
        cli({"rules", "create", "--name", "r", "--event-bus-name", devBus, "--event-pattern", pattern});
    QCOMPARE(created.exitCode, 2);
    QVERIFY2(created.err.contains("--event-bus-name: “" + devBus + "” is an event bus of account 111111111111"),
             qPrintable(created.err));
    QCOMPARE(cli({"rules", "describe", "--name", "r"}).exitCode, 2);

    QCOMPARE(cli({"rules", "list", "--event-bus-name", devBus}).exitCode, 2);
    QCOMPARE(cli({"rules", "describe", "--name", "retrain-on-endpoint-failure", "--event-bus-name", devBus}).exitCode,
             2);
    const auto targets = cli({"rules", "put-targets", "--rule", "retrain-on-endpoint-failure", "--event-bus-name",
                              devBus, "--target-pipeline", serialArn});
    QCOMPARE(targets.exitCode, 2);
    QVERIFY2(targets.err.contains(devBus), qPrintable(targets.err));
    const auto otherRegion =
        cli({"rules", "create", "--name", "r", "--event-bus-name",
             "arn:aws:events:eu-west-1:222222222222:event-bus/default", "--event-pattern", pattern});
    QCOMPARE(otherRegion.exitCode, 2);
    QVERIFY2(otherRegion.err.contains("eu-west-1"), qPrintable(otherRegion.err));
    const auto notABus = cli({"rules", "create", "--name", "r", "--event-bus-name",
                              "arn:aws:sqs:us-east-1:222222222222:queue", "--event-pattern", pattern});
    QCOMPARE(notABus.exitCode, 2);
    QVERIFY2(notABus.err.contains("is not an event bus ARN"), qPrintable(notABus.err));

    // The identity's own bus by ARN is its bus.
    const auto own = cli({"rules", "create", "--name", "r", "--event-bus-name",
                          "arn:aws:events:us-east-1:222222222222:event-bus/default", "--event-pattern", pattern});
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    QCOMPARE(own.out.trimmed(), "arn:aws:events:us-east-1:222222222222:rule/r");

    // An import document that names dev's bus is refused too, and writes nothing.
    const QString document = writeFile(
        "bus.json",
        QJsonDocument(QJsonObject{{"Name", "from-doc"}, {"EventBusName", devBus}, {"EventPattern", pattern}}).toJson());
    const auto imported = cli({"rules", "import", "--file", document});
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(devBus), qPrintable(imported.err));
    QVERIFY(!cli({"rules", "list"}).out.contains("from-doc"));

    // events put said so already, and still does.
    const auto sent = cli(
        {"--json", "events", "put", "--entries",
         R"([{"Source": "custom.ml", "DetailType": "Retrain", "Detail": "{}", "EventBusName": ")" + devBus + R"("}])"});
    QCOMPARE(json(sent).value("FailedEntryCount").toInt(), 1);
}

void TestRulesCli::textThatIsNotTextIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    const QString nul(QChar(0));
    // What decodeArguments makes of the Latin-1 byte 0xE9 in an argument (core/text.h).
    const QString latin1(QChar(0xDCE9));
    const QStringList rule = {"rules", "create", "--name", "r", "--event-pattern", pattern};
    QTest::newRow("NUL in the description") << rule + QStringList{"--description", "before" + nul + "after"}
                                            << "--description: the character U+0000 at character 7";
    QTest::newRow("escape in the description")
        << rule + QStringList{"--description", "red\x1b[31m"} << "--description: the character U+001B";
    QTest::newRow("not UTF-8 in the description") << rule + QStringList{"--description", "caf" + latin1}
                                                  << "--description: the text is not valid UTF-8 (the byte 0xE9";
    QTest::newRow("NUL in the name") << QStringList{"rules", "create", "--name", "r" + nul, "--event-pattern", pattern}
                                     << "--name: the character U+0000";
    QTest::newRow("not UTF-8 in the pattern")
        << QStringList{"rules", "create", "--name", "r", "--event-pattern", R"({"source":["caf)" + latin1 + R"("]})"}
        << "--event-pattern: the text is not valid UTF-8";
    QTest::newRow("NUL in a tag") << rule + QStringList{"--tags", "team=ml" + nul} << "Tags[0].Value";
    QTest::newRow("not UTF-8 in a parameter") << QStringList{"rules",
                                                             "put-targets",
                                                             "--rule",
                                                             "retrain-on-endpoint-failure",
                                                             "--target-pipeline",
                                                             serialArn,
                                                             "--parameter",
                                                             "InputData=s3://caf" + latin1}
                                              << "PipelineParameterList[0].Value: the text is not valid UTF-8";
}

void TestRulesCli::textThatIsNotTextIsRefused()
{
    // Issue 13: rules create stored a NUL as it came and U+FFFD for bytes that were not UTF-8.
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const auto result = cli(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(QString::number(result.exitCode) + ": " + result.err));
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    QVERIFY(!cli({"rules", "list"}).out.contains(QRegularExpression("^r ", QRegularExpression::MultilineOption)));
}

void TestRulesCli::emptyTargetsFileIsRefused()
{
    // Issue 13: an empty --targets-file was read as "no targets", so the rule came in without them.
    const QString rule =
        writeFile("rule.json", QJsonDocument(QJsonObject{{"Name", "from-file"}, {"EventPattern", pattern}}).toJson());
    const QString empty = writeFile("targets.json", QByteArray());
    const auto refused = cli({"rules", "import", "--file", rule, "--targets-file", empty});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--targets-file: the put-targets input is empty"), qPrintable(refused.err));
    QVERIFY(!cli({"rules", "list"}).out.contains("from-file"));
    const QString blank = writeFile("blank.json", QByteArray(" \n\n"));
    QCOMPARE(cli({"rules", "import", "--file", rule, "--targets-file", blank}).exitCode, 2);

    // Without the option, the bare put-rule imports with no targets, as it says.
    const auto bare = cli({"rules", "import", "--file", rule});
    QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"

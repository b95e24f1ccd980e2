// pipelinedesk-cli pipelines … and executions …: the SageMaker JSON shapes and the exit codes.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using PdTest::runCli;

namespace {
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString failedExecution = serialArn + QStringLiteral("/execution/f8h3n6c2m5zt");

QJsonObject json(const PdTest::CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(result.out));
    return document.object();
}

QStringList keys(const QJsonObject &object)
{
    QStringList k = object.keys();
    k.sort();
    return k;
}
} // namespace

class TestPipelinesCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_ws = std::make_unique<PdTest::TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void startListDescribe();
    void stepsAndParameters();
    void stopAndRetry();
    void exitCodes_data();
    void exitCodes();
    void createUpdateDelete();
    void roleArnIsChecked();

private:
    QStringList base(const QString &identity = QStringLiteral("222222222222")) const
    {
        return {QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("--identity"), identity};
    }
    std::unique_ptr<PdTest::TestWorkspace> m_ws;
};

void TestPipelinesCli::startListDescribe()
{
    auto started = runCli(base() << "executions" << "start" << "--pipeline-name" << "serial-inference-pipeline"
                                 << "--parameter" << "ProcessingInstanceCount=4" << "--display-name" << "cli-run"
                                 << "--json");
    QCOMPARE(started.exitCode, 0);
    const QString arn = json(started).value(QStringLiteral("PipelineExecutionArn")).toString();
    QVERIFY(arn.startsWith(serialArn + QStringLiteral("/execution/")));
    QCOMPARE(keys(json(started)), QStringList{"PipelineExecutionArn"});

    auto plain = runCli(base() << "executions" << "start" << "--pipeline-name" << serialArn);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.trimmed().startsWith(serialArn + QStringLiteral("/execution/")));

    auto listed = runCli(base() << "executions" << "list" << "--pipeline-name" << "serial-inference-pipeline" << "--json");
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray summaries = json(listed).value(QStringLiteral("PipelineExecutionSummaries")).toArray();
    QCOMPARE(summaries.size(), 7); // five from the demo, two just started
    bool found = false;
    for (const QJsonValue &v : summaries) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"PipelineExecutionArn", "StartTime", "PipelineExecutionStatus",
                                "PipelineExecutionDisplayName"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(s.value(QStringLiteral("StartTime")).toString())
                    .hasMatch());
        if (s.value(QStringLiteral("PipelineExecutionArn")).toString() == arn) {
            found = true;
            QCOMPARE(s.value(QStringLiteral("PipelineExecutionStatus")).toString(), QStringLiteral("Executing"));
            QCOMPARE(s.value(QStringLiteral("PipelineExecutionDisplayName")).toString(), QStringLiteral("cli-run"));
        }
    }
    QVERIFY(found);
    // Newest first.
    QVERIFY(summaries.at(0).toObject().value(QStringLiteral("StartTime")).toString()
            >= summaries.at(6).toObject().value(QStringLiteral("StartTime")).toString());

    auto described = runCli(base() << "executions" << "describe" << "--pipeline-execution-arn" << failedExecution
                                   << "--json");
    QCOMPARE(described.exitCode, 0);
    const QJsonObject d = json(described);
    for (const char *key : {"PipelineArn", "PipelineExecutionArn", "PipelineExecutionDisplayName",
                            "PipelineExecutionStatus", "CreationTime", "LastModifiedTime", "CreatedBy", "FailureReason"})
        QVERIFY2(d.contains(QLatin1String(key)), key);
    QCOMPARE(d.value(QStringLiteral("PipelineArn")).toString(), serialArn);
    QCOMPARE(d.value(QStringLiteral("PipelineExecutionStatus")).toString(), QStringLiteral("Failed"));
    QCOMPARE(d.value(QStringLiteral("CreationTime")).toString(), QStringLiteral("2026-11-20T12:00:00Z"));
}

void TestPipelinesCli::stepsAndParameters()
{
    auto steps = runCli(base() << "executions" << "list-steps" << "--pipeline-execution-arn" << failedExecution
                               << "--json");
    QCOMPARE(steps.exitCode, 0);
    const QJsonArray array = json(steps).value(QStringLiteral("PipelineExecutionSteps")).toArray();
    QCOMPARE(array.size(), 2);
    const QJsonObject train = array.at(0).toObject(); // the most recently started first
    QCOMPARE(train.value(QStringLiteral("StepName")).toString(), QStringLiteral("Train"));
    QCOMPARE(train.value(QStringLiteral("StepStatus")).toString(), QStringLiteral("Failed"));
    QVERIFY(train.value(QStringLiteral("FailureReason")).toString().contains(QStringLiteral("ResourceLimitExceeded")));
    QCOMPARE(train.value(QStringLiteral("StartTime")).toString(), QStringLiteral("2026-11-20T12:11:00Z"));
    QCOMPARE(train.value(QStringLiteral("EndTime")).toString(), QStringLiteral("2026-11-20T12:19:00Z"));
    QCOMPARE(train.value(QStringLiteral("AttemptCount")).toInt(), 1);

    auto parameters = runCli(base() << "executions" << "list-parameters" << "--pipeline-execution-arn"
                                    << failedExecution << "--json");
    QCOMPARE(parameters.exitCode, 0);
    const QJsonArray p = json(parameters).value(QStringLiteral("PipelineParameters")).toArray();
    QCOMPARE(p.size(), 4);
    QCOMPARE(keys(p.at(2).toObject()), (QStringList{"Name", "Value"}));
    QCOMPARE(p.at(2).toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("ProcessingInstanceCount"));
    QCOMPARE(p.at(2).toObject().value(QStringLiteral("Value")).toString(), QStringLiteral("1"));
}

void TestPipelinesCli::stopAndRetry()
{
    const QString executing = serialArn + QStringLiteral("/execution/p4j6e8g2c9lx");
    const QString token = QStringLiteral("cli-token-0123456789-0123456789-01");
    auto stopped = runCli(base() << "executions" << "stop" << "--pipeline-execution-arn" << executing
                                 << "--client-request-token" << token << "--json");
    QCOMPARE(stopped.exitCode, 0);
    QCOMPARE(json(stopped).value(QStringLiteral("PipelineExecutionArn")).toString(), executing);
    auto again = runCli(base() << "executions" << "stop" << "--pipeline-execution-arn" << executing
                               << "--client-request-token" << token);
    QCOMPARE(again.exitCode, 0);
    auto refused = runCli(base() << "executions" << "stop" << "--pipeline-execution-arn" << executing);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("Stopping")));

    auto retried = runCli(base() << "executions" << "retry" << "--pipeline-execution-arn" << failedExecution << "--json");
    QCOMPARE(retried.exitCode, 0);
    auto described = runCli(base() << "executions" << "describe" << "--pipeline-execution-arn" << failedExecution
                                   << "--json");
    QCOMPARE(json(described).value(QStringLiteral("PipelineExecutionStatus")).toString(), QStringLiteral("Executing"));
}

void TestPipelinesCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");

    const QString test = QStringLiteral("222222222222");
    const QString dev = QStringLiteral("111111111111");
    QTest::newRow("unknown parameter") << QStringList{"executions", "start", "--pipeline-name",
                                                      "serial-inference-pipeline", "--parameter", "Nope=1"}
                                       << test << 2 << "Nope";
    QTest::newRow("parameter of wrong type")
        << QStringList{"executions", "start", "--pipeline-name", "serial-inference-pipeline", "--parameter",
                       "ProcessingInstanceCount=lots"}
        << test << 2 << "ProcessingInstanceCount";
    QTest::newRow("malformed parameter") << QStringList{"executions", "start", "--pipeline-name",
                                                        "serial-inference-pipeline", "--parameter", "NoEquals"}
                                         << test << 2 << "--parameter";
    QTest::newRow("short token") << QStringList{"executions", "start", "--pipeline-name", "serial-inference-pipeline",
                                                "--client-request-token", "abc"}
                                 << test << 2 << "client-request-token";
    QTest::newRow("missing pipeline name") << QStringList{"executions", "start"} << test << 2 << "--pipeline-name";
    QTest::newRow("start refused") << QStringList{"executions", "start", "--pipeline-name", serialArn} << dev << 3
                                   << "StartPipelineExecution";
    QTest::newRow("stop refused") << QStringList{"executions", "stop", "--pipeline-execution-arn",
                                                 serialArn + "/execution/p4j6e8g2c9lx"}
                                  << dev << 3 << "StopPipelineExecution";
    QTest::newRow("retry refused") << QStringList{"executions", "retry", "--pipeline-execution-arn", failedExecution}
                                   << dev << 3 << "RetryPipelineExecution";
    QTest::newRow("retry of a succeeded execution")
        << QStringList{"executions", "retry", "--pipeline-execution-arn", serialArn + "/execution/k2w9d4x1p7qa"}
        << test << 2 << "Succeeded";
    QTest::newRow("unknown execution") << QStringList{"executions", "describe", "--pipeline-execution-arn",
                                                      serialArn + "/execution/zzzz"}
                                       << test << 2 << "zzzz";
    QTest::newRow("invalid definition") << QStringList{"pipelines", "create", "--pipeline-name", "x",
                                                       "--pipeline-definition", "{\"Version\":\"1999\",\"Steps\":[]}"}
                                        << test << 2 << "Version";
    QTest::newRow("delete refused") << QStringList{"pipelines", "delete", "--pipeline-name", serialArn} << dev << 3
                                    << serialArn;
}

void TestPipelinesCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, identity);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);
    auto result = runCli(base(identity) + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(stderrMentions), qPrintable(result.err));
}

void TestPipelinesCli::createUpdateDelete()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("definition.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"Version":"2020-12-01","Parameters":[{"Name":"Rate","Type":"Float","DefaultValue":0.1}],
              "Steps":[{"Name":"A","Type":"Processing"},{"Name":"B","Type":"Training","DependsOn":["A"]}]})");
    f.close();
    auto created = runCli(base() << "pipelines" << "create" << "--pipeline-name" << "cli-pipeline"
                                 << "--pipeline-definition-file" << file << "--role-arn"
                                 << "arn:aws:iam::222222222222:role/R" << "--json");
    QCOMPARE(created.exitCode, 0);
    const QString arn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/cli-pipeline");
    QCOMPARE(json(created), (QJsonObject{{"PipelineArn", arn}}));
    auto duplicate = runCli(base() << "pipelines" << "create" << "--pipeline-name" << "cli-pipeline"
                                   << "--pipeline-definition-file" << file);
    QCOMPARE(duplicate.exitCode, 2);
    auto updated = runCli(base() << "pipelines" << "update" << "--pipeline-name" << "cli-pipeline"
                                 << "--pipeline-description" << "now described" << "--json");
    QCOMPARE(updated.exitCode, 0);
    auto described = runCli(base() << "pipelines" << "describe" << "--pipeline-name" << arn << "--json");
    QCOMPARE(json(described).value(QStringLiteral("PipelineDescription")).toString(), QStringLiteral("now described"));
    QCOMPARE(json(described).value(QStringLiteral("RoleArn")).toString(), QStringLiteral("arn:aws:iam::222222222222:role/R"));
    auto simulated = runCli(base() << "pipelines" << "simulate-step" << "--pipeline-name" << "cli-pipeline"
                                   << "--step-name" << "B" << "--duration-seconds" << "30" << "--fail-attempts" << "1");
    QCOMPARE(simulated.exitCode, 0);
    auto deleted = runCli(base() << "pipelines" << "delete" << "--pipeline-name" << "cli-pipeline" << "--json");
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(json(deleted), (QJsonObject{{"PipelineArn", arn}}));
    auto gone = runCli(base() << "pipelines" << "describe" << "--pipeline-name" << "cli-pipeline");
    QCOMPARE(gone.exitCode, 2);
}

void TestPipelinesCli::roleArnIsChecked()
{
    // Issue 13: --role-arn of pipelines create and update was stored whatever it was; the schedule
    // role was already checked with isIamRoleArn, and now this one is too.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("definition.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"Version":"2020-12-01","Steps":[{"Name":"A","Type":"Processing"}]})");
    f.close();
    for (const QString &bad : {QStringLiteral("not-a-role"), QStringLiteral("arn:aws:s3:::bucket"),
                               QStringLiteral("arn:aws:iam::2222:role/R"), QStringLiteral("arn:aws:iam::222222222222:user/R")}) {
        auto created = runCli(base() << "pipelines" << "create" << "--pipeline-name" << "roled"
                                     << "--pipeline-definition-file" << file << "--role-arn" << bad);
        QCOMPARE(created.exitCode, 2);
        QVERIFY2(created.err.contains("role-arn: “" + bad + "” is not an IAM role ARN"), qPrintable(created.err));
    }
    QCOMPARE(runCli(base() << "pipelines" << "describe" << "--pipeline-name" << "roled").exitCode, 2);

    auto updated = runCli(base() << "pipelines" << "update" << "--pipeline-name" << "serial-inference-pipeline"
                                 << "--role-arn" << "arn:aws:iam::222222222222:group/G");
    QCOMPARE(updated.exitCode, 2);
    QVERIFY2(updated.err.contains("role-arn: "), qPrintable(updated.err));
    auto described = runCli(base() << "pipelines" << "describe" << "--pipeline-name" << "serial-inference-pipeline"
                                   << "--json");
    QVERIFY(json(described).value(QStringLiteral("RoleArn")).toString().endsWith(":role/service-role/AmazonSageMaker-ExecutionRole"));

    // A role with a path is a role.
    auto withPath = runCli(base() << "pipelines" << "update" << "--pipeline-name" << "serial-inference-pipeline"
                                  << "--role-arn" << "arn:aws:iam::222222222222:role/ml/Runner");
    QVERIFY2(withPath.exitCode == 0, qPrintable(withPath.err));
}

QTEST_GUILESS_MAIN(TestPipelinesCli)
#include "tst_pipelinescli.moc"

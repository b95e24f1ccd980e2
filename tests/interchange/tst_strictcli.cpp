// pipelinedesk-cli refuses an AWS-shaped document with a member the API does not have (issue 12):
// exit code 2, the path on stderr, and the workspace as it was — for --targets, --entries and the
// rules and schedules imports.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using PdTest::runCli;

namespace {

const QString kTest = "222222222222";
const QString kPipeline = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline";

QStringList base(const PdTest::TestWorkspace &ws)
{
    return {"--workspace", ws.path(), "--identity", kTest};
}

QString writeFile(const PdTest::TestWorkspace &ws, const QString &name, const QByteArray &content)
{
    QFile file(ws.dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName();
}

QJsonArray targetsOf(const PdTest::TestWorkspace &ws, const QString &rule)
{
    const auto listed = runCli(base(ws) << "--json"
                                        << "rules"
                                        << "list-targets-by-rule"
                                        << "--rule" << rule);
    return QJsonDocument::fromJson(listed.out.toUtf8()).object().value("Targets").toArray();
}

} // namespace

class TestStrictCli : public QObject
{
    Q_OBJECT

private slots:
    void putTargetsRefusesTheAwsPagesExample();
    void putTargetsWarnsOfWhatItCannotHold();
    void putEventsRefusesAnUnknownMember();
    void importsRefuseAndWriteNothing();
};

void TestStrictCli::putTargetsRefusesTheAwsPagesExample()
{
    PdTest::TestWorkspace ws;
    QCOMPARE(runCli(base(ws) << "rules"
                             << "create"
                             << "--name"
                             << "r1"
                             << "--event-pattern"
                             << R"j({"source":["my.app"]})j")
                 .exitCode,
             0);
    const auto first = runCli(base(ws) << "rules"
                                       << "put-targets"
                                       << "--rule"
                                       << "r1"
                                       << "--target-pipeline"
                                       << "serial-inference-pipeline"
                                       << "--target-id"
                                       << "1"
                                       << "--parameter"
                                       << "ProcessingInstanceCount=2");
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonArray before = targetsOf(ws, "r1");
    QCOMPARE(before.size(), 1);

    // The example of the AWS page, which names a member the API does not have: before, the
    // parameters vanished with exit code 0.
    const QString example =
        R"j([{"Id": "1", "Arn": ")j" + kPipeline +
        R"j(", "RoleArn": "arn:aws:iam::222222222222:role/r", "SageMakerPipelineParameters": {"SageMakerPipelineParameter": [{"Name": "ProcessingInstanceCount", "Value": "5"}]}}])j";
    const auto refused = runCli(base(ws) << "rules"
                                         << "put-targets"
                                         << "--rule"
                                         << "r1"
                                         << "--targets" << example);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, "pipelinedesk-cli: Unknown parameter in Targets[0].SageMakerPipelineParameters: "
                          "“SageMakerPipelineParameter”, must be one of: PipelineParameterList\n");
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(targetsOf(ws, "r1"), before); // nothing changed

    // Nested deeper, from a file, in the whole put-targets input.
    const QString file = writeFile(
        ws, "targets.json",
        R"j({"Rule": "r1", "Targets": [{"Id": "1", "Arn": ")j" + kPipeline.toUtf8() +
            R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "ProcessingInstanceCount", "Value": "3"}, {"Nme": "InputData", "Value": "s3://b/k"}]}}]})j");
    const auto nested = runCli(base(ws) << "rules"
                                        << "put-targets"
                                        << "--rule"
                                        << "r1"
                                        << "--targets"
                                        << "file://" + file);
    QCOMPARE(nested.exitCode, 2);
    QVERIFY2(nested.err.startsWith("pipelinedesk-cli: Unknown parameter in "
                                   "Targets[0].SageMakerPipelineParameters.PipelineParameterList[1]: “Nme”"),
             qPrintable(nested.err));
    QCOMPARE(targetsOf(ws, "r1"), before);

    // Korean too.
    const auto korean = runCli(base(ws) << "--language"
                                        << "ko"
                                        << "rules"
                                        << "put-targets"
                                        << "--rule"
                                        << "r1"
                                        << "--targets" << example);
    QCOMPARE(korean.exitCode, 2);
    QVERIFY2(korean.err.contains("Targets[0].SageMakerPipelineParameters") &&
                 korean.err.contains("SageMakerPipelineParameter”"),
             qPrintable(korean.err));
}

void TestStrictCli::putTargetsWarnsOfWhatItCannotHold()
{
    PdTest::TestWorkspace ws;
    QCOMPARE(runCli(base(ws) << "rules"
                             << "create"
                             << "--name"
                             << "r1"
                             << "--event-pattern"
                             << R"j({"source":["my.app"]})j")
                 .exitCode,
             0);
    const QString targets =
        R"j([{"Id": "1", "Arn": ")j" + kPipeline + R"j(", "RetryPolicy": {"MaximumRetryAttempts": 2}}])j";
    const auto put = runCli(base(ws) << "--json"
                                     << "rules"
                                     << "put-targets"
                                     << "--rule"
                                     << "r1"
                                     << "--targets" << targets);
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    QCOMPARE(put.err, "pipelinedesk-cli: warning: Targets[0].RetryPolicy is not supported; ignored.\n");
    QCOMPARE(QJsonDocument::fromJson(put.out.toUtf8()).object(),
             (QJsonObject{{"FailedEntryCount", 0}, {"FailedEntries", QJsonArray()}}));
    QCOMPARE(targetsOf(ws, "r1").size(), 1);
}

void TestStrictCli::putEventsRefusesAnUnknownMember()
{
    PdTest::TestWorkspace ws;
    QCOMPARE(runCli(base(ws) << "rules"
                             << "create"
                             << "--name"
                             << "r1"
                             << "--event-pattern"
                             << R"j({"source":["my.app"]})j")
                 .exitCode,
             0);
    QCOMPARE(runCli(base(ws) << "rules"
                             << "put-targets"
                             << "--rule"
                             << "r1"
                             << "--target-pipeline"
                             << "serial-inference-pipeline")
                 .exitCode,
             0);
    const qsizetype executions = ws->pipelines().listExecutions(kTest, kPipeline)->size();
    const auto refused =
        runCli(base(ws) << "events"
                        << "put"
                        << "--entries"
                        << R"j([{"Source": "my.app", "DetailType": "d", "Detail": "{}", "Resource": []}])j");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith("pipelinedesk-cli: --entries: Unknown parameter in Entries[0]: “Resource”, must be "
                                    "one of: Time, Source, Resources,"),
             qPrintable(refused.err));
    QCOMPARE(ws->pipelines().listExecutions(kTest, kPipeline)->size(), executions); // nothing started
}

void TestStrictCli::importsRefuseAndWriteNothing()
{
    PdTest::TestWorkspace ws;
    const qsizetype rules = ws->rules().rules(kTest)->size();
    const QString ruleFile = writeFile(
        ws, "rule.json",
        R"j({"PutRule": {"Name": "imported", "ScheduleExpression": "rate(1 day)"}, "PutTargets": {"Rule": "imported", "Targets": [{"Id": "t", "Arn": ")j" +
            kPipeline.toUtf8() + R"j(", "SageMakerPipelineParameters": {"SageMakerParameterList": []}}]}})j");
    const auto rule = runCli(base(ws) << "rules"
                                      << "import"
                                      << "--file" << ruleFile);
    QCOMPARE(rule.exitCode, 2);
    QVERIFY2(rule.err.startsWith("pipelinedesk-cli: Unknown parameter in "
                                 "PutTargets.Targets[0].SageMakerPipelineParameters: “SageMakerParameterList”"),
             qPrintable(rule.err));
    QVERIFY(rule.out.isEmpty());
    QCOMPARE(ws->rules().rules(kTest)->size(), rules);
    QVERIFY(!ws->rules().rule(kTest, "imported").ok());

    const QString scheduleFile = writeFile(
        ws, "schedule.json",
        R"j({"Name": "imported", "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": {"Mode": "OFF"}, "Target": {"Arn": ")j" +
            kPipeline.toUtf8() +
            R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "ProcessingInstanceCount", "Vale": "2"}]}}})j");
    const qsizetype schedules = ws->schedules().list(kTest)->size();
    const auto schedule = runCli(base(ws) << "schedules"
                                          << "import"
                                          << "--file" << scheduleFile);
    QCOMPARE(schedule.exitCode, 2);
    QVERIFY2(schedule.err.startsWith("pipelinedesk-cli: Unknown parameter in "
                                     "Target.SageMakerPipelineParameters.PipelineParameterList[0]: “Vale”"),
             qPrintable(schedule.err));
    QCOMPARE(ws->schedules().list(kTest)->size(), schedules);
    QVERIFY(!ws->schedules().describe(kTest, "imported").ok());
}

QTEST_GUILESS_MAIN(TestStrictCli)
#include "tst_strictcli.moc"

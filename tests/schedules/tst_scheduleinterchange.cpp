// Schedules ⇄ Azure ML schedule YAML and EventBridge Scheduler create-schedule JSON
// (models/schedules/scheduleinterchange.h): round trips, reports of what a format cannot express,
// documents written by hand in either tool, and malformed documents.
#include "interchange/yaml.h"
#include "pipelines/pipelineservice.h"
#include "scheduleexpressions/zonetable.h"
#include "schedules/scheduleinterchange.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pd;

Q_DECLARE_METATYPE(Pd::PipelineSchedule)

namespace {

const QString kPipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

PipelineSchedule base(const QString &name, const QString &expression, const QString &zone = QStringLiteral("UTC"))
{
    PipelineSchedule s;
    s.name = name;
    s.expression = expression;
    s.timeZone = zone;
    s.targetPipelineArn = kPipeline;
    s.targetParameters = {{QStringLiteral("InputDataUrl"), QStringLiteral("s3://bucket/${{name}}")},
                          {QStringLiteral("Alpha"), QStringLiteral("0.5")}};
    return s;
}

// Every policy set to something other than its default.
PipelineSchedule everyPolicy(PipelineSchedule s)
{
    s.groupName = QStringLiteral("nightly");
    s.description = QStringLiteral("매일 밤 재학습 — nightly retraining: \"quoted\"");
    s.enabled = false;
    s.startTime = ms("2026-12-01T00:00:00.250Z");
    s.endTime = ms("2027-06-30T23:00:00Z");
    s.flexibleWindowMinutes = 15;
    s.maxRetries = 3;
    s.maxEventAgeSeconds = 600;
    s.missedPolicy = MissedPolicy::All;
    s.overlapPolicy = OverlapPolicy::Queue;
    s.actionAfterCompletion = ActionAfterCompletion::Delete;
    return s;
}

QList<ExecutionParameter> sorted(QList<ExecutionParameter> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return list;
}

// Compares what a schedule says (not its ARN, account or times of creation).
void compareSchedules(const PipelineSchedule &actual, const PipelineSchedule &expected, bool sameText = true)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.groupName, expected.groupName);
    QCOMPARE(actual.description, expected.description);
    if (sameText) {
        QCOMPARE(actual.expression, expected.expression);
        QCOMPARE(actual.timeZone, expected.timeZone);
    } else {
        // A converted expression must fire at exactly the same instants.
        const qint64 from = ms("2026-11-23T12:00:00Z");
        QCOMPARE(ScheduleService::nextFires(actual, from, 50), ScheduleService::nextFires(expected, from, 50));
        QVERIFY(!ScheduleService::nextFires(actual, from, 1).isEmpty());
    }
    QCOMPARE(actual.startTime, expected.startTime);
    QCOMPARE(actual.endTime, expected.endTime);
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.targetPipelineArn, expected.targetPipelineArn);
    QCOMPARE(sorted(actual.targetParameters).size(), expected.targetParameters.size());
    const auto a = sorted(actual.targetParameters), e = sorted(expected.targetParameters);
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).name, e.at(i).name);
        QCOMPARE(a.at(i).value, e.at(i).value);
    }
    QCOMPARE(actual.flexibleWindowMinutes, expected.flexibleWindowMinutes);
    QCOMPARE(actual.maxRetries, expected.maxRetries);
    QCOMPARE(actual.maxEventAgeSeconds, expected.maxEventAgeSeconds);
    QCOMPARE(actual.missedPolicy, expected.missedPolicy);
    QCOMPARE(actual.overlapPolicy, expected.overlapPolicy);
    QCOMPARE(actual.actionAfterCompletion, expected.actionAfterCompletion);
    QCOMPARE(actual.roleArn, expected.roleArn);
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list) {
        if (s.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestScheduleInterchange : public QObject
{
    Q_OBJECT

private slots:
    void planSaysWhatImportWillDo();
    void azureRoundTripIsLossless_data() { roundTripData(); }
    void azureRoundTripIsLossless();
    void schedulerRoundTrip_data() { roundTripData(); }
    void schedulerRoundTrip();
    void azureReportsWhatItIgnores();
    void azureDocumentShape();
    void schedulerDocumentShape();
    void handWrittenAzureDocuments();
    void editedTriggerWins();
    void malformed_data();
    void malformed();
    void formatDetection();

private:
    void roundTripData();
};

void TestScheduleInterchange::roundTripData()
{
    QTest::addColumn<PipelineSchedule>("schedule");
    // Whether EventBridge Scheduler keeps the expression text (else: an exact conversion).
    QTest::addColumn<bool>("schedulerKeepsText");
    QTest::newRow("crontab") << base(QStringLiteral("crontab"), QStringLiteral("crontab(30 9 * * 1-5)"),
                                     QStringLiteral("Asia/Seoul"))
                             << false;
    QTest::newRow("crontab every policy")
        << everyPolicy(base(QStringLiteral("crontab-all"), QStringLiteral("crontab(0 */2 * * *)"))) << false;
    QTest::newRow("crontab day of month (Azure ignores)")
        << base(QStringLiteral("crontab-dom"), QStringLiteral("crontab(0 6 1 * *)")) << false;
    QTest::newRow("recurrence day")
        << base(QStringLiteral("rec-day"),
                QString::fromUtf8(
                    R"(recurrence({"frequency":"day","interval":1,"schedule":{"hours":[4,10],"minutes":[0,30]}}))"))
        << false;
    QTest::newRow("recurrence week, Windows zone")
        << base(
               QStringLiteral("rec-week"),
               QString::fromUtf8(
                   R"(recurrence({"frequency": "week", "interval": 1, "schedule": {"hours": [9], "minutes": [15], "weekdays": ["monday", "friday"]}}))"),
               QStringLiteral("Korea Standard Time"))
        << false;
    QTest::newRow("recurrence month with own start and zone")
        << everyPolicy(base(
               QStringLiteral("rec-month"),
               QString::fromUtf8(
                   R"(recurrence({"frequency":"month","interval":2,"schedule":{"hours":[8],"minutes":[0],"month_days":[1,15]},"start_time":"2026-12-01T08:00:00","end_time":"2027-12-31T00:00:00","time_zone":"Pacific Standard Time"}))"),
               QStringLiteral("Pacific Standard Time")))
        << true;
    QTest::newRow("recurrence hour") << base(QStringLiteral("rec-hour"),
                                             QString::fromUtf8(R"(recurrence({"frequency":"hour","interval":6}))"))
                                     << false;
    QTest::newRow("cron convertible") << base(QStringLiteral("cron"), QStringLiteral("cron(0 9 ? * MON-FRI *)"),
                                              QStringLiteral("Europe/London"))
                                      << true;
    QTest::newRow("cron last day") << everyPolicy(base(QStringLiteral("cron-l"), QStringLiteral("cron(0 10 L * ? *)")))
                                   << true;
    QTest::newRow("rate minutes") << base(QStringLiteral("rate-min"), QStringLiteral("rate(5 minutes)")) << true;
    QTest::newRow("rate days every policy")
        << everyPolicy(base(QStringLiteral("rate-day"), QStringLiteral("rate(1 day)"))) << true;
    PipelineSchedule at = everyPolicy(
        base(QStringLiteral("at"), QStringLiteral("at(2027-01-01T09:00:00)"), QStringLiteral("America/New_York")));
    at.endTime = 0;
    QTest::newRow("at") << at << true;
    PipelineSchedule plain = base(QStringLiteral("no-parameters"), QStringLiteral("rate(1 hour)"));
    plain.targetParameters.clear();
    QTest::newRow("no parameters") << plain << true;
}

void TestScheduleInterchange::azureRoundTripIsLossless()
{
    QFETCH(PipelineSchedule, schedule);
    const ScheduleExport exported = exportSchedule(schedule, ScheduleFormat::AzureMlYaml);
    auto imported = importSchedule(exported.text);
    QVERIFY2(imported.ok(),
             qPrintable(imported.error().message + QLatin1Char('\n') + QString::fromUtf8(exported.text)));
    QCOMPARE(imported->format, ScheduleFormat::AzureMlYaml);
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(QLatin1Char('\n'))));
    compareSchedules(imported->schedule, schedule);
    // The same document again: export is deterministic.
    QCOMPARE(exportSchedule(imported->schedule, ScheduleFormat::AzureMlYaml).text, exported.text);
    // And the input for ScheduleService::create carries every member.
    const ScheduleInput input = imported->input();
    QCOMPARE(input.expression.value(), schedule.expression);
    QCOMPARE(input.targetPipeline.value(), kPipeline);
    QCOMPARE(input.missedPolicy.value(), schedule.missedPolicy);
}

void TestScheduleInterchange::schedulerRoundTrip()
{
    QFETCH(PipelineSchedule, schedule);
    QFETCH(bool, schedulerKeepsText);
    ScheduleExportOptions options;
    options.roleArn = QStringLiteral("arn:aws:iam::222222222222:role/SchedulerRole");
    const ScheduleExport exported = exportSchedule(schedule, ScheduleFormat::SchedulerJson, options);
    QJsonParseError error;
    QJsonDocument::fromJson(exported.text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    auto imported = importSchedule(exported.text);
    QVERIFY2(imported.ok(), qPrintable(imported->warnings.join(QLatin1Char('\n')) + imported.error().message));
    QCOMPARE(imported->format, ScheduleFormat::SchedulerJson);
    // The role is kept now (a schedule has a role of its own); nothing is ignored.
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(imported->schedule.roleArn, options.roleArn);

    // What Scheduler has no member for is lost, and was reported.
    PipelineSchedule expected = schedule;
    if (anyContains(exported.notExpressible, QStringLiteral("ScheduleExpressionTimezone: the Windows zone")))
        expected.timeZone = QString::fromUtf8(Schedule::zoneFromName(schedule.timeZone).id());
    expected.missedPolicy = MissedPolicy::Once;
    expected.overlapPolicy = OverlapPolicy::Allow;
    expected.roleArn = options.roleArn;
    compareSchedules(imported->schedule, expected, schedulerKeepsText);
    QCOMPARE(anyContains(exported.notExpressible, QStringLiteral("missed runs policy")),
             schedule.missedPolicy != MissedPolicy::Once);
    QCOMPARE(anyContains(exported.notExpressible, QStringLiteral("overlap policy")),
             schedule.overlapPolicy != OverlapPolicy::Allow);
    QCOMPARE(anyContains(exported.notExpressible, QStringLiteral("ScheduleExpression")),
             !schedulerKeepsText || schedule.expression.startsWith(QLatin1String("recurrence")));
    QVERIFY(!anyContains(exported.notExpressible, QStringLiteral("Target.RoleArn")));
}

void TestScheduleInterchange::azureReportsWhatItIgnores()
{
    const PipelineSchedule s = everyPolicy(base(QStringLiteral("all"), QStringLiteral("crontab(0 6 1 * *)")));
    const QStringList notes = exportSchedule(s, ScheduleFormat::AzureMlYaml).notExpressible;
    for (const char *text :
         {"day-of-month and month fields", "schedule group “nightly”", "state: Azure ML creates every schedule enabled",
          "flexible time window of 15 minute", "at most 3 retry attempt", "maximum event age of 600 second",
          "missed runs policy “all”", "overlap policy “queue”", "action after completion “DELETE”"})
        QVERIFY2(anyContains(notes, QString::fromUtf8(text)), text);
    QCOMPARE(notes.size(), 9);
    // A schedule that only uses what Azure ML has reports nothing.
    QVERIFY(
        exportSchedule(base(QStringLiteral("plain"), QStringLiteral("crontab(0 * * * *)")), ScheduleFormat::AzureMlYaml)
            .notExpressible.isEmpty());
    // EventBridge cron with L has no Azure form: written unchanged, reported.
    const QStringList cronNotes =
        exportSchedule(base(QStringLiteral("l"), QStringLiteral("cron(0 10 L * ? *)")), ScheduleFormat::AzureMlYaml)
            .notExpressible;
    QVERIFY2(anyContains(cronNotes, QStringLiteral("Azure ML cannot express “cron(0 10 L * ? *)”")),
             qPrintable(cronNotes.join(QLatin1Char('\n'))));
}

void TestScheduleInterchange::azureDocumentShape()
{
    PipelineSchedule s = base(
        QStringLiteral("weekly"),
        QString::fromUtf8(
            R"(recurrence({"frequency":"week","interval":1,"schedule":{"hours":[9],"minutes":[0,30],"weekdays":["sunday","monday"]}}))"),
        QStringLiteral("Korea Standard Time"));
    s.description = QStringLiteral("주간 보고");
    s.startTime = ms("2026-12-01T00:00:00Z");
    const QByteArray text = exportSchedule(s, ScheduleFormat::AzureMlYaml).text;
    const QByteArray expected =
        "$schema: https://azuremlschemas.azureedge.net/latest/schedule.schema.json\n"
        "name: weekly\n"
        "description: 주간 보고\n"
        "properties:\n"
        "  pipelinedesk.expression: recurrence({\"frequency\":\"week\",\"interval\":1,\"schedule\":{\"hours\":[9],"
        "\"minutes\":[0,30],\"weekdays\":[\"sunday\",\"monday\"]}})\n"
        "  pipelinedesk.start_time: 2026-12-01T00:00:00Z\n"
        "  pipelinedesk.state: ENABLED\n"
        "  pipelinedesk.target_pipeline_arn: "
        "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline\n"
        "  pipelinedesk.time_zone: Korea Standard Time\n"
        "trigger:\n"
        "  type: recurrence\n"
        "  frequency: week\n"
        "  interval: 1\n"
        "  schedule:\n"
        "    hours:\n"
        "      - 9\n"
        "    minutes:\n"
        "      - 0\n"
        "      - 30\n"
        "    week_days:\n"
        "      - monday\n"
        "      - sunday\n"
        "  start_time: 2026-12-01T00:00:00Z\n"
        "  time_zone: Korea Standard Time\n"
        "create_job:\n"
        "  type: pipeline\n"
        "  job: azureml:serial-inference-pipeline\n"
        "  inputs:\n"
        "    Alpha: \"0.5\"\n"
        "    InputDataUrl: s3://bucket/${{name}}\n";
    QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(expected));
}

void TestScheduleInterchange::schedulerDocumentShape()
{
    PipelineSchedule s =
        base(QStringLiteral("daily"), QStringLiteral("cron(0 9 * * ? *)"), QStringLiteral("Asia/Seoul"));
    s.flexibleWindowMinutes = 10;
    s.endTime = ms("2027-01-01T00:00:00Z");
    ScheduleExportOptions options;
    options.roleArn = QStringLiteral("arn:aws:iam::222222222222:role/R");
    const ScheduleExport exported = exportSchedule(s, ScheduleFormat::SchedulerJson, options);
    QVERIFY(exported.notExpressible.isEmpty());
    const char *expected = R"json({
    "Name": "daily",
    "GroupName": "default",
    "ScheduleExpression": "cron(0 9 * * ? *)",
    "ScheduleExpressionTimezone": "Asia/Seoul",
    "EndDate": "2027-01-01T00:00:00Z",
    "State": "ENABLED",
    "FlexibleTimeWindow": {
        "Mode": "FLEXIBLE",
        "MaximumWindowInMinutes": 10
    },
    "Target": {
        "Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline",
        "RoleArn": "arn:aws:iam::222222222222:role/R",
        "SageMakerPipelineParameters": {
            "PipelineParameterList": [
                {
                    "Name": "InputDataUrl",
                    "Value": "s3://bucket/${{name}}"
                },
                {
                    "Name": "Alpha",
                    "Value": "0.5"
                }
            ]
        },
        "RetryPolicy": {
            "MaximumEventAgeInSeconds": 86400,
            "MaximumRetryAttempts": 185
        }
    },
    "ActionAfterCompletion": "NONE"
}
)json";
    QCOMPARE(QString::fromUtf8(exported.text), QString::fromUtf8(expected));
    // Without a role the document still comes, and says so.
    QVERIFY(
        anyContains(exportSchedule(s, ScheduleFormat::SchedulerJson).notExpressible, QStringLiteral("Target.RoleArn")));
}

void TestScheduleInterchange::handWrittenAzureDocuments()
{
    // The shape of Azure's own examples: a recurrence with a local job file.
    auto recurrence = importSchedule("$schema: https://azuremlschemas.azureedge.net/latest/schedule.schema.json\n"
                                     "name: simple_recurrence_job_schedule\n"
                                     "display_name: Simple recurrence job schedule\n"
                                     "description: a simple hourly recurrence job schedule\n"
                                     "\n"
                                     "trigger:\n"
                                     "  type: recurrence\n"
                                     "  frequency: day #can be minute, hour, day, week, month\n"
                                     "  interval: 1 #every day\n"
                                     "  schedule:\n"
                                     "    hours: [4,5,10,11,12]\n"
                                     "    minutes: [0,30]\n"
                                     "  start_time: \"2022-07-10T10:00:00\" # optional\n"
                                     "  time_zone: \"Pacific Standard Time\"\n"
                                     "\n"
                                     "create_job: ./simple-pipeline-job.yml\n");
    QVERIFY2(recurrence.ok(), qPrintable(recurrence.error().message));
    const PipelineSchedule &r = recurrence->schedule;
    QCOMPARE(r.name, QStringLiteral("simple_recurrence_job_schedule"));
    QCOMPARE(r.timeZone, QStringLiteral("Pacific Standard Time"));
    QVERIFY(r.expression.startsWith(QLatin1String("recurrence(")));
    QVERIFY(r.targetPipelineArn.isEmpty());
    QVERIFY(anyContains(recurrence->warnings, QStringLiteral("display_name")));
    QVERIFY(anyContains(recurrence->warnings, QStringLiteral("--target-pipeline")));
    // 10:00 Pacific on 2022-07-10 is 17:00Z; the pattern fires at 10:30 next.
    PipelineSchedule withTarget = r;
    QCOMPARE(ScheduleService::nextFires(withTarget, ms("2022-07-10T17:00:00Z"), 2),
             (QList<qint64>{ms("2022-07-10T17:30:00Z"), ms("2022-07-10T18:00:00Z")}));

    // A cron trigger with an inline pipeline job, inputs and settings.
    auto cron = importSchedule("name: cron_with_settings_job_schedule\n"
                               "trigger:\n"
                               "  type: cron\n"
                               "  expression: \"0 * * * *\"\n"
                               "  start_time: \"2022-07-10T10:00:00\"\n"
                               "  time_zone: \"Pacific Standard Time\"\n"
                               "create_job:\n"
                               "  type: pipeline\n"
                               "  job: azureml:serial-inference-pipeline@latest\n"
                               "  settings:\n"
                               "    continue_on_step_failure: true\n"
                               "  inputs:\n"
                               "    hello_string_top_level_input: ${{name}}\n"
                               "    count: 3\n"
                               "    data: {type: uri_folder, path: azureml:data:1}\n"
                               "  tags:\n"
                               "    schedule: x\n");
    QVERIFY2(cron.ok(), qPrintable(cron.error().message));
    const PipelineSchedule &c = cron->schedule;
    QCOMPARE(c.expression, QStringLiteral("crontab(0 * * * *)"));
    QCOMPARE(c.startTime, ms("2022-07-10T17:00:00Z")); // wall clock in the trigger's zone
    QCOMPARE(c.targetPipelineArn, QStringLiteral("serial-inference-pipeline"));
    QCOMPARE(sorted(c.targetParameters).size(), 2);
    QCOMPARE(sorted(c.targetParameters).at(0).name, QStringLiteral("count"));
    QCOMPARE(sorted(c.targetParameters).at(0).value, QStringLiteral("3"));
    QCOMPARE(sorted(c.targetParameters).at(1).value, QStringLiteral("${{name}}"));
    QVERIFY(anyContains(cron->warnings, QStringLiteral("create_job.settings is not supported")));
    QVERIFY(anyContains(cron->warnings, QStringLiteral("create_job.tags is not supported")));
    QVERIFY(anyContains(cron->warnings, QStringLiteral("create_job.inputs.data: data inputs")));
    QVERIFY(c.enabled);
}

void TestScheduleInterchange::editedTriggerWins()
{
    const PipelineSchedule s = base(QStringLiteral("edit"), QStringLiteral("crontab(0 9 * * *)"));
    QByteArray text = exportSchedule(s, ScheduleFormat::AzureMlYaml).text;
    text.replace("expression: 0 9 * * *", "expression: 0 18 * * *");
    auto imported = importSchedule(text);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->schedule.expression, QStringLiteral("crontab(0 18 * * *)"));
    QVERIFY(anyContains(imported->warnings, QStringLiteral("changed since it was exported")));
}

void TestScheduleInterchange::malformed_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray azure = "name: a\ntrigger:\n  type: cron\n  expression: 0 * * * *\ncreate_job: azureml:p\n";
    QTest::newRow("yaml syntax") << QByteArray("name: a\ntrigger: [\n") << QStringLiteral("yaml")
                                 << QStringLiteral("line 3");
    QTest::newRow("no name") << QByteArray("trigger: {type: cron, expression: '* * * * *'}\ncreate_job: azureml:p\n")
                             << QStringLiteral("name") << QStringLiteral("name: required but missing.");
    QTest::newRow("no trigger") << QByteArray("name: a\ncreate_job: azureml:p\n") << QStringLiteral("trigger")
                                << QStringLiteral("trigger: required but missing.");
    QTest::newRow("trigger type") << QByteArray(azure).replace("type: cron", "type: weekly")
                                  << QStringLiteral("trigger.type")
                                  << QStringLiteral("“weekly” is not cron or recurrence");
    QTest::newRow("cron expression") << QByteArray(azure).replace("0 * * * *", "0 25 * * *")
                                     << QStringLiteral("trigger.expression") << QStringLiteral("25 is out of range");
    QTest::newRow("frequency")
        << QByteArray(
               "name: a\ntrigger: {type: recurrence, frequency: fortnight, interval: 1}\ncreate_job: azureml:p\n")
        << QStringLiteral("trigger.frequency") << QStringLiteral("fortnight");
    QTest::newRow("hours") << QByteArray("name: a\ntrigger:\n  type: recurrence\n  frequency: day\n  interval: 1\n  "
                                         "schedule: {hours: [25], minutes: [0]}\ncreate_job: azureml:p\n")
                           << QStringLiteral("trigger.schedule.hours") << QStringLiteral("25 is out of range");
    QTest::newRow("zone") << QByteArray(azure).replace("expression:", "time_zone: Mars/Olympus\n  expression:")
                          << QStringLiteral("trigger.time_zone") << QStringLiteral("Mars/Olympus");
    QTest::newRow("job missing") << QByteArray(azure).replace("create_job: azureml:p",
                                                              "create_job:\n  type: pipeline\n")
                                 << QStringLiteral("create_job.job") << QStringLiteral("required but missing");
    QTest::newRow("job type") << QByteArray(azure).replace("create_job: azureml:p",
                                                           "create_job:\n  type: command\n  job: x\n")
                              << QStringLiteral("create_job.type") << QStringLiteral("only pipeline jobs");
    QTest::newRow("property range") << QByteArray(azure + "properties:\n  pipelinedesk.max_retries: 500\n")
                                    << QStringLiteral("properties.pipelinedesk.max_retries")
                                    << QStringLiteral("500 is out of range");
    QTest::newRow("property policy") << QByteArray(azure + "properties:\n  pipelinedesk.overlap_policy: sometimes\n")
                                     << QStringLiteral("properties.pipelinedesk.overlap_policy")
                                     << QStringLiteral("“sometimes”");

    const QByteArray scheduler =
        R"json({"Name": "s", "ScheduleExpression": "rate(1 hour)", "Target": {"Arn": "arn:aws:sagemaker:us-east-1:1:pipeline/p"}})json";
    QTest::newRow("json syntax") << QByteArray("{\n  \"Name\": \"s\",\n  \"Target\" {}\n}") << QStringLiteral("json")
                                 << QStringLiteral("line 3, column");
    QTest::newRow("no target") << QByteArray(R"json({"Name": "s", "ScheduleExpression": "rate(1 hour)"})json")
                               << QStringLiteral("Target") << QStringLiteral("Target: required but missing.");
    QTest::newRow("arn type") << QByteArray(scheduler).replace("\"arn:aws:sagemaker:us-east-1:1:pipeline/p\"", "42")
                              << QStringLiteral("Target.Arn")
                              << QStringLiteral("Target.Arn: expected a string, found a number.");
    QTest::newRow("expression") << QByteArray(scheduler).replace("rate(1 hour)", "rate(1 fortnight)")
                                << QStringLiteral("ScheduleExpression") << QStringLiteral("ScheduleExpression: ");
    QTest::newRow("retries") << QByteArray(scheduler).replace("}}",
                                                              R"(, "RetryPolicy": {"MaximumRetryAttempts": 500}}})")
                             << QStringLiteral("Target.RetryPolicy.MaximumRetryAttempts")
                             << QStringLiteral("500 is out of range");
    QTest::newRow("event age type") << QByteArray(scheduler).replace(
                                           "}}", R"(, "RetryPolicy": {"MaximumEventAgeInSeconds": "1h"}}})")
                                    << QStringLiteral("Target.RetryPolicy.MaximumEventAgeInSeconds")
                                    << QStringLiteral("a whole number");
    QTest::newRow("window") << QByteArray(scheduler).replace("{\"Name\"",
                                                             R"({"FlexibleTimeWindow": {"Mode": "FLEXIBLE"}, "Name")")
                            << QStringLiteral("FlexibleTimeWindow.MaximumWindowInMinutes")
                            << QStringLiteral("required but missing");
    QTest::newRow("state") << QByteArray(scheduler).replace("{\"Name\"", R"({"State": "ON", "Name")")
                           << QStringLiteral("State") << QStringLiteral("“ON” is not ENABLED or DISABLED");
    QTest::newRow("start") << QByteArray(scheduler).replace("{\"Name\"", R"({"StartDate": "tomorrow", "Name")")
                           << QStringLiteral("StartDate") << QStringLiteral("“tomorrow”");
    QTest::newRow("end before start")
        << QByteArray(scheduler).replace(
               "{\"Name\"", R"({"StartDate": "2027-01-01T00:00:00Z", "EndDate": "2026-01-01T00:00:00Z", "Name")")
        << QStringLiteral("EndDate") << QStringLiteral("must be after the start");
    QTest::newRow("parameter name")
        << QByteArray(scheduler).replace(
               "}}",
               R"(, "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "a", "Value": "1"}, {"Value": "2"}]}}})")
        << QStringLiteral("Target.SageMakerPipelineParameters.PipelineParameterList[1].Name")
        << QStringLiteral("required but missing");
    QTest::newRow("name") << QByteArray(scheduler).replace("\"s\"", "\"bad name!\"") << QStringLiteral("Name")
                          << QStringLiteral("may only contain");
    QTest::newRow("neither format") << QByteArray("{\"Rules\": []}") << QStringLiteral("format")
                                    << QStringLiteral("neither");
    QTest::newRow("not an object") << QByteArray("- a\n- b\n") << QStringLiteral("the document")
                                   << QStringLiteral("expected an object");
}

void TestScheduleInterchange::malformed()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto imported = importSchedule(document);
    QVERIFY2(!imported.ok(), document.constData());
    QCOMPARE(imported.error().code, Error::Code::InvalidInput);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
}

void TestScheduleInterchange::formatDetection()
{
    const PipelineSchedule s = base(QStringLiteral("x"), QStringLiteral("rate(1 hour)"));
    // Scheduler JSON written as YAML is still read, and an explicit format is obeyed.
    auto json = Yaml::parseDocument(exportSchedule(s, ScheduleFormat::SchedulerJson).text);
    QVERIFY(json.ok());
    auto fromYaml = importSchedule(Yaml::toYaml(json.value()), ScheduleFormat::SchedulerJson);
    QVERIFY2(fromYaml.ok(), qPrintable(fromYaml.error().message));
    QCOMPARE(fromYaml->schedule.expression, s.expression);
    auto wrong = importSchedule(exportSchedule(s, ScheduleFormat::SchedulerJson).text, ScheduleFormat::AzureMlYaml);
    QVERIFY(!wrong.ok());
    QCOMPARE(scheduleFormatFromCli(QStringLiteral("azure-ml")),
             std::optional<ScheduleFormat>(ScheduleFormat::AzureMlYaml));
    QCOMPARE(scheduleFormatFromCli(QStringLiteral("scheduler")),
             std::optional<ScheduleFormat>(ScheduleFormat::SchedulerJson));
    QVERIFY(!scheduleFormatFromCli(QStringLiteral("yaml")));
}

void TestScheduleInterchange::planSaysWhatImportWillDo()
{
    PdTest::TestWorkspace ws;
    const QString test = QStringLiteral("222222222222");
    const auto plan = [&](const QByteArray &document) {
        auto imported = importSchedule(document);
        if (!imported)
            qFatal("%s", qPrintable(imported.error().message));
        return planScheduleImport(ws->schedules(), ws->pipelines(), test, imported.value());
    };
    const QByteArray scheduler = R"json({"Name": "nightly", "ScheduleExpression": "cron(0 3 * * ? *)",
        "FlexibleTimeWindow": {"Mode": "OFF"},
        "Target": {"Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline",
                   "RoleArn": "arn:aws:iam::222222222222:role/r"}})json";

    ScheduleImportPlan first = plan(scheduler);
    QCOMPARE(first.groupName, QStringLiteral("default"));
    QVERIFY(!first.replaces);
    QCOMPARE(first.pipelineArn, kPipeline);

    // Once a schedule of that name exists in that group, the import replaces it.
    ScheduleInput input = importSchedule(scheduler)->input();
    QVERIFY(ws->schedules().createOrReplace(test, input).ok());
    QVERIFY(plan(scheduler).replaces);
    // Another group is another schedule.
    QVERIFY(!plan(QByteArray(scheduler).replace("{\"Name\"", "{\"GroupName\": \"other\", \"Name\"")).replaces);

    // A pipeline the workspace does not have, or one the identity cannot see: the user chooses.
    QCOMPARE(plan(QByteArray(scheduler).replace("serial-inference-pipeline", "missing-pipeline")).pipelineArn, QString());
    QCOMPARE(plan(QByteArray(scheduler).replace("222222222222:pipeline", "111111111111:pipeline")).pipelineArn,
             QString());
}

QTEST_GUILESS_MAIN(TestScheduleInterchange)
#include "tst_scheduleinterchange.moc"

// pipelinedesk-cli rules export|import and schedules export|import: export from one demo
// workspace, import into a fresh one, and the same rules and schedules come out; warnings on
// stderr, --json answers, and all-or-nothing imports.
#include "testworkspace.h"

#include "rules/ruleinterchange.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Pd;
using PdTest::runCli;

namespace {

const QString kTest = QStringLiteral("222222222222");
const QString kPipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

QStringList base(const PdTest::TestWorkspace &ws)
{
    return {QStringLiteral("--workspace"), ws.path(), QStringLiteral("--identity"), kTest};
}

Rule patternRule()
{
    Rule r;
    r.name = QStringLiteral("on-new-data");
    r.eventBus = QStringLiteral("ml-events");
    r.description = QStringLiteral("새 데이터 — new data");
    r.eventPattern = QStringLiteral(R"({"source":["my.app"],"detail-type":["DataReady"]})");
    r.tags = {{QStringLiteral("team"), QStringLiteral("ml")}};
    RuleTarget t;
    t.id = QStringLiteral("infer");
    t.pipelineArn = kPipeline;
    t.parameters = {{QStringLiteral("InputData"), QStringLiteral("$.detail.uri"), true},
                    {QStringLiteral("TrainingInstanceType"), QStringLiteral("ml.m5.2xlarge"), false}};
    RuleTarget second = t;
    second.id = QStringLiteral("infer-again");
    second.parameters.removeLast();
    r.targets = {t, second};
    return r;
}

Rule scheduledRule()
{
    Rule r;
    r.name = QStringLiteral("hourly");
    r.scheduleExpression = QStringLiteral("rate(1 hour)");
    r.enabled = false;
    RuleTarget t;
    t.id = QStringLiteral("p");
    t.pipelineArn = kPipeline;
    t.parameters = {{QStringLiteral("ProcessingInstanceCount"), QStringLiteral("2"), false}};
    r.targets = {t};
    return r;
}

void compareRules(const Rule &a, const Rule &b)
{
    QCOMPARE(a.arn, b.arn);
    QCOMPARE(a.eventBus, b.eventBus);
    QCOMPARE(a.description, b.description);
    QCOMPARE(QJsonDocument::fromJson(a.eventPattern.toUtf8()), QJsonDocument::fromJson(b.eventPattern.toUtf8()));
    QCOMPARE(a.scheduleExpression, b.scheduleExpression);
    QCOMPARE(a.enabled, b.enabled);
    QCOMPARE(a.roleArn, b.roleArn);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.targets, b.targets);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestInterchangeCli : public QObject
{
    Q_OBJECT

private slots:
    void rulesRoundTrip_data();
    void rulesRoundTrip();
    void rulesImportIsAllOrNothing();
    void schedulesRoundTrip_data();
    void schedulesRoundTrip();
    void schedulesImportNamesTheTarget();
    void errorsAndJson();
};

void TestInterchangeCli::rulesRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"aws-cli", "cloudformation", "cloudformation-json"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestInterchangeCli::rulesRoundTrip()
{
    QFETCH(QString, format);
    PdTest::TestWorkspace from;
    QVERIFY(from->rules().createEventBus(kTest, QStringLiteral("ml-events")).ok());
    QList<Rule> created;
    for (const Rule &r : {patternRule(), scheduledRule()}) {
        auto rule = from->rules().createRule(kTest, r);
        QVERIFY2(rule.ok(), qPrintable(rule.error().message));
        created.append(rule.value());
    }
    const QString file = from.dir.filePath(QStringLiteral("rules.doc"));
    auto exported = runCli(base(from) << QStringLiteral("rules") << QStringLiteral("export") << QStringLiteral("--name")
                                      << QStringLiteral("on-new-data") << QStringLiteral("--name") << created.at(1).arn
                                      << QStringLiteral("--event-bus-name") << QStringLiteral("ml-events")
                                      << QStringLiteral("--format") << format << QStringLiteral("--output") << file);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.err, QString());
    QVERIFY(exported.out.isEmpty()); // written to the file
    QVERIFY(!readAll(file).isEmpty());

    PdTest::TestWorkspace to;
    const qsizetype demoRules = to->rules().rules(kTest)->size();
    auto imported =
        runCli(base(to) << QStringLiteral("rules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // CloudFormation resources come back in logical-id order.
    QStringList arns = imported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    arns.sort();
    QCOMPARE(arns, (QStringList{created.at(1).arn, created.at(0).arn}));
    QCOMPARE(imported.err,
             QStringLiteral("pipelinedesk-cli: warning: the event bus “ml-events” did not exist; it was created.\n"));
    for (const Rule &original : created) {
        auto copy = to->rules().rule(kTest, original.arn);
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        compareRules(copy.value(), original);
    }
    // Importing again replaces the rules in place: the same rules, no new ones.
    auto again =
        runCli(base(to) << QStringLiteral("rules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QString());
    QCOMPARE(to->rules().rules(kTest)->size(), demoRules + 2);
}

void TestInterchangeCli::rulesImportIsAllOrNothing()
{
    PdTest::TestWorkspace ws;
    const qsizetype demoRules = ws->rules().rules(kTest)->size();
    Rule good = scheduledRule();
    Rule bad = scheduledRule();
    bad.name = QStringLiteral("bad");
    bad.targets[0].pipelineArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/does-not-exist");
    const QString file = ws.dir.filePath(QStringLiteral("two.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportRules({good, bad}, RuleFormat::AwsCli).text);
    }
    auto imported =
        runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(QStringLiteral("rule “bad”")), qPrintable(imported.err));
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(ws->rules().rules(kTest)->size(), demoRules); // not even the good one

    // A name EventBridge refuses, in the second rule: nothing either, and the path says where.
    bad = scheduledRule();
    bad.name = QStringLiteral("bad name!");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportRules({good, bad}, RuleFormat::AwsCli).text);
    }
    imported =
        runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.startsWith(QStringLiteral("pipelinedesk-cli: [1].PutRule.Name: ")), qPrintable(imported.err));
    QCOMPARE(ws->rules().rules(kTest)->size(), demoRules);
}

void TestInterchangeCli::schedulesRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("policiesKept");
    QTest::newRow("azure-ml crontab") << QStringLiteral("azure-ml") << QStringLiteral("crontab(30 9 * * 1-5)") << true;
    QTest::newRow("azure-ml recurrence")
        << QStringLiteral("azure-ml")
        << QStringLiteral(
               R"(recurrence({"frequency":"week","interval":2,"schedule":{"hours":[6],"minutes":[0],"weekdays":["saturday"]}}))")
        << true;
    QTest::newRow("azure-ml cron (not expressible)")
        << QStringLiteral("azure-ml") << QStringLiteral("cron(0 10 L * ? *)") << true;
    QTest::newRow("azure-ml rate") << QStringLiteral("azure-ml") << QStringLiteral("rate(30 minutes)") << true;
    QTest::newRow("scheduler cron") << QStringLiteral("scheduler") << QStringLiteral("cron(0 10 L * ? *)") << false;
    QTest::newRow("scheduler at") << QStringLiteral("scheduler") << QStringLiteral("at(2027-03-01T08:00:00)") << false;
    QTest::newRow("scheduler rate") << QStringLiteral("scheduler") << QStringLiteral("rate(2 hours)") << false;
}

void TestInterchangeCli::schedulesRoundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, expression);
    QFETCH(bool, policiesKept);
    PdTest::TestWorkspace from;
    ScheduleInput input;
    input.name = QStringLiteral("nightly-retrain");
    input.groupName = QStringLiteral("ml");
    input.description = QStringLiteral("재학습 — retrain");
    input.expression = expression;
    input.timeZone = QStringLiteral("Asia/Seoul");
    input.startTime = PdTest::demoNow().addDays(1).toMSecsSinceEpoch();
    input.endTime = PdTest::demoNow().addYears(1).toMSecsSinceEpoch();
    input.enabled = false;
    input.targetPipeline = QStringLiteral("serial-inference-pipeline");
    input.parameters = QList<ExecutionParameter>{{QStringLiteral("InputData"), QStringLiteral("s3://b/${{name}}")}};
    input.flexibleWindowMinutes = 20;
    input.maxRetries = 4;
    input.maxEventAgeSeconds = 900;
    input.missedPolicy = MissedPolicy::Skip;
    input.overlapPolicy = OverlapPolicy::Stop;
    input.actionAfterCompletion = ActionAfterCompletion::Delete;
    auto original = from->schedules().create(kTest, input);
    QVERIFY2(original.ok(), qPrintable(original.error().message));

    const QString file = from.dir.filePath(QStringLiteral("schedule.doc"));
    auto exported =
        runCli(base(from) << QStringLiteral("schedules") << QStringLiteral("export") << QStringLiteral("--name")
                          << QStringLiteral("nightly-retrain") << QStringLiteral("--group") << QStringLiteral("ml")
                          << QStringLiteral("--format") << format << QStringLiteral("--output") << file);
    QCOMPARE(exported.exitCode, 0);
    // What the format cannot express is on stderr, one line each.
    QVERIFY2(exported.err.contains(QStringLiteral("pipelinedesk-cli: not expressible: ")), qPrintable(exported.err));
    QVERIFY(exported.err.contains(QStringLiteral("overlap policy “stop”")));

    PdTest::TestWorkspace to;
    auto imported =
        runCli(base(to) << QStringLiteral("schedules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out.trimmed(), original->arn);
    auto copy = to->schedules().describe(kTest, original->arn);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    const PipelineSchedule &a = copy.value(), &b = original.value();
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.expression, b.expression);
    QCOMPARE(a.timeZone, b.timeZone);
    QCOMPARE(a.startTime, b.startTime);
    QCOMPARE(a.endTime, b.endTime);
    QCOMPARE(a.enabled, b.enabled);
    QCOMPARE(a.targetPipelineArn, b.targetPipelineArn);
    QCOMPARE(a.targetParameters.size(), 1);
    QCOMPARE(a.targetParameters.constFirst().value, b.targetParameters.constFirst().value);
    QCOMPARE(a.flexibleWindowMinutes, b.flexibleWindowMinutes);
    QCOMPARE(a.maxRetries, b.maxRetries);
    QCOMPARE(a.maxEventAgeSeconds, b.maxEventAgeSeconds);
    QCOMPARE(a.actionAfterCompletion, b.actionAfterCompletion);
    QCOMPARE(a.missedPolicy, policiesKept ? b.missedPolicy : MissedPolicy::Once);
    QCOMPARE(a.overlapPolicy, policiesKept ? b.overlapPolicy : OverlapPolicy::Allow);
}

void TestInterchangeCli::schedulesImportNamesTheTarget()
{
    PdTest::TestWorkspace ws;
    const QString file = ws.dir.filePath(QStringLiteral("azure.yml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: from-azure\n"
                "trigger:\n"
                "  type: cron\n"
                "  expression: \"0 * * * *\"\n"
                "  time_zone: Korea Standard Time\n"
                "create_job: ./simple-pipeline-job.yml\n");
    }
    auto refused =
        runCli(base(ws) << QStringLiteral("schedules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--target-pipeline")), qPrintable(refused.err));
    auto imported = runCli(base(ws) << QStringLiteral("schedules") << QStringLiteral("import")
                                    << QStringLiteral("--file") << file << QStringLiteral("--target-pipeline")
                                    << QStringLiteral("serial-inference-pipeline") << QStringLiteral("--json"));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject answer = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QVERIFY(
        answer.value(QStringLiteral("ScheduleArn")).toString().endsWith(QLatin1String("schedule/default/from-azure")));
    QCOMPARE(answer.value(QStringLiteral("Warnings")).toArray().size(), 1);
    auto s = ws->schedules().describe(kTest, QStringLiteral("from-azure"));
    QVERIFY(s.ok());
    QCOMPARE(s->expression, QStringLiteral("crontab(0 * * * *)"));
    QCOMPARE(s->timeZone, QStringLiteral("Korea Standard Time"));
    QCOMPARE(s->targetPipelineArn, kPipeline);
}

void TestInterchangeCli::errorsAndJson()
{
    PdTest::TestWorkspace ws;
    const QString file = ws.dir.filePath(QStringLiteral("bad.yml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "name: x\ntrigger:\n  type: recurrence\n  frequency: fortnightly\n  interval: 1\ncreate_job: azureml:p\n");
    }
    auto bad =
        runCli(base(ws) << QStringLiteral("schedules") << QStringLiteral("import") << QStringLiteral("--file") << file);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith(QStringLiteral("pipelinedesk-cli: trigger.frequency: ")), qPrintable(bad.err));
    auto missing = runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("import") << QStringLiteral("--file")
                                   << ws.dir.filePath(QStringLiteral("nope.json")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--file: cannot read")));
    auto format = runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("export") << QStringLiteral("--name")
                                  << QStringLiteral("x") << QStringLiteral("--format") << QStringLiteral("terraform"));
    QCOMPARE(format.exitCode, 2);
    QVERIFY(format.err.contains(QStringLiteral("--format: “terraform”")));
    auto unknown = runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("export") << QStringLiteral("--name")
                                   << QStringLiteral("nope"));
    QCOMPARE(unknown.exitCode, 2);

    // --json: the document and what it cannot express.
    Rule rule = scheduledRule();
    rule.targets[0].parameters = {{QStringLiteral("InputData"), QStringLiteral("$.static"), false}};
    QVERIFY(ws->rules().createRule(kTest, rule).ok());
    auto json = runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("export") << QStringLiteral("--name")
                                << QStringLiteral("hourly") << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("Document"))[QStringLiteral("PutRule")][QStringLiteral("Name")].toString(),
             QStringLiteral("hourly"));
    QCOMPARE(answer.value(QStringLiteral("NotExpressible")).toArray().size(), 1);
    QVERIFY(json.err.isEmpty());
    auto yaml =
        runCli(base(ws) << QStringLiteral("rules") << QStringLiteral("export") << QStringLiteral("--name")
                        << QStringLiteral("hourly") << QStringLiteral("--format") << QStringLiteral("cloudformation"));
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY(yaml.out.startsWith(QStringLiteral("HourlyRule:\n  Type: AWS::Events::Rule\n")));
    QVERIFY(yaml.err.startsWith(QStringLiteral("pipelinedesk-cli: not expressible: HourlyRule.Properties.Targets[0]")));
}

QTEST_MAIN(TestInterchangeCli)
#include "tst_interchangecli.moc"

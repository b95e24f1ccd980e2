// Rules ⇄ AWS CLI put-rule/put-targets input JSON and CloudFormation AWS::Events::Rule
// (models/events/ruleinterchange.h): round trips, reports, hand-written documents, malformed ones.
#include "interchange/yaml.h"
#include "rules/ruleinterchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pd;

Q_DECLARE_METATYPE(Pd::Rule)
Q_DECLARE_METATYPE(Pd::RuleFormat)

namespace {

const QString kPipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString kOther = QStringLiteral("arn:aws:sagemaker:us-east-1:111111111111:pipeline/training");
const QString kRole = QStringLiteral("arn:aws:iam::222222222222:role/EventBridgeInvokeSageMaker");

Rule patternRule()
{
    Rule r;
    r.name = QStringLiteral("new-data-arrived");
    r.eventBus = QStringLiteral("ml-events");
    r.description = QStringLiteral("새 데이터가 오면 추론 — run inference on new data");
    r.eventPattern = QStringLiteral(
        R"({"source":["aws.s3"],"detail-type":["Object Created"],"detail":{"bucket":{"name":["raw"]},"object":{"key":[{"prefix":"in/"}]}}})");
    r.roleArn = kRole;
    r.tags = {{QStringLiteral("team"), QStringLiteral("ml-platform")},
              {QStringLiteral("cost-center"), QStringLiteral("42")},
              {QStringLiteral("empty"), QString()}};
    RuleTarget t;
    t.id = QStringLiteral("inference");
    t.pipelineArn = kPipeline;
    t.roleArn = kRole;
    t.parameters = {{QStringLiteral("InputDataUrl"), QStringLiteral("$.detail.object.key"), true},
                    {QStringLiteral("Bucket"), QStringLiteral("$.detail.bucket.name"), true},
                    {QStringLiteral("Mode"), QStringLiteral("batch"), false},
                    {QStringLiteral("Threshold"), QStringLiteral("0.75"), false}};
    r.targets = {t};
    return r;
}

Rule scheduledRule()
{
    Rule r;
    r.name = QStringLiteral("nightly.retrain_2");
    r.scheduleExpression = QStringLiteral("cron(0 3 ? * MON-FRI *)");
    r.enabled = false;
    for (int i = 0; i < 3; ++i) {
        RuleTarget t;
        t.id = QStringLiteral("target-%1").arg(i);
        t.pipelineArn = i == 1 ? kOther : kPipeline;
        t.roleArn = i == 2 ? QString() : kRole;
        t.parameters = {{QStringLiteral("Run"), QString::number(i), false},
                        {QStringLiteral("Quoted"), QStringLiteral("true"), false},
                        {QStringLiteral("Json"), QStringLiteral(R"({"a": [1, 2]})"), false}};
        r.targets.append(t);
    }
    return r;
}

Rule bareRule()
{
    Rule r;
    r.name = QStringLiteral("no-targets");
    r.scheduleExpression = QStringLiteral("rate(5 minutes)");
    return r;
}

QJsonValue json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void compareRules(const Rule &actual, const Rule &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.eventBus, expected.eventBus);
    QCOMPARE(actual.description, expected.description);
    // The pattern means the same (CloudFormation writes it as an object, whose key order JSON does not keep).
    QCOMPARE(json(actual.eventPattern), json(expected.eventPattern));
    QCOMPARE(actual.scheduleExpression, expected.scheduleExpression);
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.roleArn, expected.roleArn);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.targets.size(), expected.targets.size());
    for (int i = 0; i < actual.targets.size(); ++i)
        QCOMPARE(actual.targets.at(i), expected.targets.at(i));
    QVERIFY(actual.arn.isEmpty());
    QVERIFY(actual.accountId.isEmpty());
}

} // namespace

class TestRuleInterchange : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void severalRulesInOneDocument_data();
    void severalRulesInOneDocument();
    void staticValueThatLooksLikeAPathIsReported();
    void awsCliDocumentShape();
    void cloudFormationDocumentShape();
    void bareInputsAndATemplate();
    void malformed_data();
    void malformed();
    void formats();
};

void TestRuleInterchange::roundTrip_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<RuleFormat>("format");
    const QList<std::pair<const char *, Rule>> rules{{"pattern, tags, custom bus, dynamic parameters", patternRule()},
                                                     {"schedule, several targets", scheduledRule()},
                                                     {"no targets", bareRule()}};
    for (const auto &[name, rule] : rules) {
        for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson})
            QTest::addRow("%s, %s", name, qPrintable(toCliString(f))) << rule << f;
    }
}

void TestRuleInterchange::roundTrip()
{
    QFETCH(Rule, rule);
    QFETCH(RuleFormat, format);
    const RuleExport exported = exportRule(rule, format);
    QVERIFY2(exported.notExpressible.isEmpty(), qPrintable(exported.notExpressible.join(QLatin1Char('\n'))));
    auto imported = importRules(exported.text);
    QVERIFY2(imported.ok(),
             qPrintable(imported.error().message + QLatin1Char('\n') + QString::fromUtf8(exported.text)));
    QCOMPARE(imported->format, format);
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(imported->rules.size(), 1);
    compareRules(imported->rules.constFirst(), rule);
    // Deterministic: exporting what was imported gives the same document.
    QCOMPARE(exportRule(imported->rules.constFirst(), format).text, exported.text);
}

void TestRuleInterchange::severalRulesInOneDocument_data()
{
    QTest::addColumn<RuleFormat>("format");
    for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson})
        QTest::newRow(qPrintable(toCliString(f))) << f;
}

void TestRuleInterchange::severalRulesInOneDocument()
{
    QFETCH(RuleFormat, format);
    Rule twin = bareRule();
    twin.name = QStringLiteral("no_targets"); // the same logical id once punctuation goes
    const QList<Rule> rules{patternRule(), scheduledRule(), bareRule(), twin};
    const RuleExport exported = exportRules(rules, format);
    auto imported = importRules(exported.text);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->rules.size(), 4);
    // CloudFormation resources come back in logical-id order.
    for (const Rule &expected : rules) {
        const auto found = std::find_if(imported->rules.cbegin(), imported->rules.cend(),
                                        [&](const Rule &r) { return r.name == expected.name; });
        QVERIFY(found != imported->rules.cend());
        compareRules(*found, expected);
    }
    if (format != RuleFormat::AwsCli) {
        QVERIFY(exported.text.contains("NoTargetsRule"));
        QVERIFY(exported.text.contains("NoTargetsRule2"));
    }
}

void TestRuleInterchange::staticValueThatLooksLikeAPathIsReported()
{
    Rule rule = patternRule();
    rule.targets[0].parameters[2].value = QStringLiteral("$.not-a-path");
    for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation}) {
        const RuleExport exported = exportRule(rule, f);
        QCOMPARE(exported.notExpressible.size(), 1);
        const QString where =
            f == RuleFormat::AwsCli
                ? QStringLiteral("PutTargets.Targets[0].SageMakerPipelineParameters.PipelineParameterList[2].Value")
                : QStringLiteral("NewDataArrivedRule.Properties.Targets[0].SageMakerPipelineParameters."
                                 "PipelineParameterList[2].Value");
        QVERIFY2(exported.notExpressible.constFirst().startsWith(where +
                                                                 QStringLiteral(": the static value “$.not-a-path”")),
                 qPrintable(exported.notExpressible.constFirst()));
        // Still exported; it comes back as the JSONPath EventBridge would take it for.
        auto imported = importRules(exported.text);
        QVERIFY(imported.ok());
        const RuleParameter p = imported->rules.constFirst().targets.constFirst().parameters.at(2);
        QCOMPARE(p.value, QStringLiteral("$.not-a-path"));
        QVERIFY(p.dynamic);
    }
}

void TestRuleInterchange::awsCliDocumentShape()
{
    Rule rule = patternRule();
    rule.tags = {{QStringLiteral("team"), QStringLiteral("ml")}};
    rule.targets[0].parameters.resize(2);
    const QByteArray expected = R"json({
    "PutRule": {
        "Name": "new-data-arrived",
        "EventBusName": "ml-events",
        "Description": "새 데이터가 오면 추론 — run inference on new data",
        "EventPattern": "{\"source\":[\"aws.s3\"],\"detail-type\":[\"Object Created\"],\"detail\":{\"bucket\":{\"name\":[\"raw\"]},\"object\":{\"key\":[{\"prefix\":\"in/\"}]}}}",
        "State": "ENABLED",
        "RoleArn": "arn:aws:iam::222222222222:role/EventBridgeInvokeSageMaker",
        "Tags": [
            {
                "Key": "team",
                "Value": "ml"
            }
        ]
    },
    "PutTargets": {
        "Rule": "new-data-arrived",
        "EventBusName": "ml-events",
        "Targets": [
            {
                "Id": "inference",
                "Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline",
                "RoleArn": "arn:aws:iam::222222222222:role/EventBridgeInvokeSageMaker",
                "SageMakerPipelineParameters": {
                    "PipelineParameterList": [
                        {
                            "Name": "InputDataUrl",
                            "Value": "$.detail.object.key"
                        },
                        {
                            "Name": "Bucket",
                            "Value": "$.detail.bucket.name"
                        }
                    ]
                }
            }
        ]
    }
}
)json";
    QCOMPARE(QString::fromUtf8(exportRule(rule, RuleFormat::AwsCli).text), QString::fromUtf8(expected));
}

void TestRuleInterchange::cloudFormationDocumentShape()
{
    Rule rule = scheduledRule();
    rule.targets.resize(1);
    rule.targets[0].parameters.resize(1);
    rule.tags = {{QStringLiteral("owner"), QStringLiteral("김민수")}};
    const QByteArray expected =
        "NightlyRetrain2Rule:\n"
        "  Type: AWS::Events::Rule\n"
        "  Properties:\n"
        "    Name: nightly.retrain_2\n"
        "    EventBusName: default\n"
        "    ScheduleExpression: cron(0 3 ? * MON-FRI *)\n"
        "    State: DISABLED\n"
        "    Tags:\n"
        "      - Key: owner\n"
        "        Value: 김민수\n"
        "    Targets:\n"
        "      - Id: target-0\n"
        "        Arn: arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline\n"
        "        RoleArn: arn:aws:iam::222222222222:role/EventBridgeInvokeSageMaker\n"
        "        SageMakerPipelineParameters:\n"
        "          PipelineParameterList:\n"
        "            - Name: Run\n"
        "              Value: \"0\"\n";
    QCOMPARE(QString::fromUtf8(exportRule(rule, RuleFormat::CloudFormation).text), QString::fromUtf8(expected));
}

void TestRuleInterchange::bareInputsAndATemplate()
{
    // A bare put-rule input with its put-targets input apart, as people keep them.
    auto bare = importRules(
        R"json({"Name": "r1", "EventPattern": "{\"source\": [\"my.app\"]}", "State": "ENABLED"})json", std::nullopt,
        R"json({"Rule": "r1", "Targets": [{"Id": "t", "Arn": "arn:aws:sagemaker:us-east-1:222222222222:pipeline/p",
                                    "Input": "{}", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "N", "Value": 5}]}}]})json");
    QVERIFY2(bare.ok(), qPrintable(bare.error().message));
    const Rule &r = bare->rules.constFirst();
    QCOMPARE(r.eventBus, QStringLiteral("default"));
    QCOMPARE(r.eventPattern, QStringLiteral(R"({"source": ["my.app"]})")); // kept as written
    QCOMPARE(r.targets.constFirst().parameters.constFirst().value, QStringLiteral("5"));
    QCOMPARE(bare->warnings, QStringList{QStringLiteral("PutTargets.Targets[0].Input is not supported; ignored.")});

    // A put-targets input beside a document that has its targets inside is refused, not dropped.
    const QByteArray targets = R"json({"Rule": "r1", "Targets": []})json";
    auto combined = importRules(QByteArray(R"json({"PutRule": {"Name": "r1", "ScheduleExpression": "rate(1 day)"},)json"
                                           R"json( "PutTargets": {"Rule": "r1", "Targets": []}})json"),
                                std::nullopt, targets);
    QVERIFY(!combined.ok());
    QCOMPARE(combined.error().message,
             QStringLiteral("PutTargets: a separate put-targets input goes with a single bare put-rule input."));
    auto cloudFormation = importRules("Nightly:\n  Type: AWS::Events::Rule\n  Properties:\n    ScheduleExpression: rate(1 day)\n",
                                      std::nullopt, targets);
    QVERIFY(!cloudFormation.ok());
    QCOMPARE(cloudFormation.error().message, combined.error().message);
    // An empty or blank one is refused, not read as "no targets" (issue 13): the rule would
    // import without the targets meant for it. Not giving one at all is fine.
    for (const QByteArray &blank : {QByteArray(), QByteArray(" \n")}) {
        auto empty = importRules(R"json({"Name": "r1", "ScheduleExpression": "rate(1 day)"})json", std::nullopt, blank);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field, QStringLiteral("PutTargets"));
        QCOMPARE(empty.error().message, QStringLiteral("PutTargets: the put-targets input is empty; give the rule's "
                                                       "targets, or no put-targets input at all."));
    }
    QVERIFY(
        importRules(R"json({"Name": "r1", "ScheduleExpression": "rate(1 day)"})json", std::nullopt, std::nullopt).ok());
    QVERIFY(importRules("Nightly:\n  Type: AWS::Events::Rule\n  Properties:\n    ScheduleExpression: rate(1 day)\n",
                        std::nullopt, std::nullopt)
                .ok());

    // A whole template: other resources are passed over, short-form tags and all.
    auto template_ = importRules("AWSTemplateFormatVersion: '2010-09-09'\n"
                                 "Resources:\n"
                                 "  Role:\n"
                                 "    Type: AWS::IAM::Role\n"
                                 "    Properties: {}\n"
                                 "  OnUpload:\n"
                                 "    Type: AWS::Events::Rule\n"
                                 "    Properties:\n"
                                 "      EventPattern:\n"
                                 "        source: [aws.s3]\n"
                                 "        detail-type: [Object Created]\n"
                                 "      State: ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS\n"
                                 "      Targets:\n"
                                 "        - Id: p\n"
                                 "          Arn: arn:aws:sagemaker:us-east-1:222222222222:pipeline/p\n"
                                 "          SageMakerPipelineParameters:\n"
                                 "            PipelineParameterList:\n"
                                 "              - {Name: Key, Value: $.detail.object.key}\n");
    QVERIFY2(template_.ok(), qPrintable(template_.error().message));
    QCOMPARE(template_->format, RuleFormat::CloudFormation);
    QCOMPARE(template_->rules.size(), 1);
    const Rule &t = template_->rules.constFirst();
    QCOMPARE(t.name, QStringLiteral("OnUpload"));
    QCOMPARE(json(t.eventPattern), json(QStringLiteral(R"({"detail-type":["Object Created"],"source":["aws.s3"]})")));
    QVERIFY(t.targets.constFirst().parameters.constFirst().dynamic);
    QCOMPARE(template_->warnings.size(), 3); // the role, the unnamed rule, the CloudTrail state
    QVERIFY(template_->warnings.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Resources.Role (AWS::IAM::Role) is not an AWS::Events::Rule")));
}

void TestRuleInterchange::malformed_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray cli = exportRule(patternRule(), RuleFormat::AwsCli).text;
    QTest::newRow("yaml") << QByteArray("Resources:\n  A: [\n") << QStringLiteral("yaml") << QStringLiteral("line 3");
    QTest::newRow("json") << QByteArray(cli).replace("\"State\": \"ENABLED\",", "\"State\" \"ENABLED\",")
                          << QStringLiteral("json") << QStringLiteral("line 7, column");
    QTest::newRow("no name") << QByteArray(R"json({"PutRule": {"ScheduleExpression": "rate(1 hour)"}})json")
                             << QStringLiteral("PutRule.Name") << QStringLiteral("PutRule.Name: required but missing.");
    QTest::newRow("pattern not json") << QByteArray(R"json({"Name": "r", "EventPattern": "{source: x"})json")
                                      << QStringLiteral("EventPattern")
                                      << QStringLiteral("EventPattern: not a JSON object");
    QTest::newRow("pattern invalid") << QByteArray(R"json({"Name": "r", "EventPattern": "{\"source\": \"x\"}"})json")
                                     << QStringLiteral("EventPattern") << QStringLiteral("EventPattern: ");
    QTest::newRow("both")
        << QByteArray(
               R"json({"Name": "r", "EventPattern": "{\"source\": [\"x\"]}", "ScheduleExpression": "rate(1 hour)"})json")
        << QStringLiteral("ScheduleExpression") << QStringLiteral("not both");
    QTest::newRow("state") << QByteArray(cli).replace("\"ENABLED\"", "\"ON\"") << QStringLiteral("PutRule.State")
                           << QStringLiteral("“ON” is not ENABLED or DISABLED");
    QTest::newRow("target arn") << QByteArray(cli).replace("pipeline/serial-inference-pipeline", "function/f")
                                << QStringLiteral("PutTargets.Targets[0].Arn")
                                << QStringLiteral("is not a SageMaker pipeline ARN");
    QTest::newRow("target id missing") << QByteArray(cli).replace("\"Id\": \"inference\",", "")
                                       << QStringLiteral("PutTargets.Targets[0].Id")
                                       << QStringLiteral("required but missing");
    QTest::newRow("parameter name type")
        << QByteArray(cli).replace("\"Name\": \"Mode\"", "\"Name\": 7")
        << QStringLiteral("PutTargets.Targets[0].SageMakerPipelineParameters.PipelineParameterList[2].Name")
        << QStringLiteral("expected a string, found a number");
    QTest::newRow("other rule") << QByteArray(cli).replace("\"Rule\": \"new-data-arrived\"", "\"Rule\": \"other\"")
                                << QStringLiteral("PutTargets.Rule") << QStringLiteral("“other” is not the rule");
    QTest::newRow("bad path") << QByteArray(cli).replace("$.detail.object.key", "$.detail[")
                              << QStringLiteral(
                                     "PutTargets.Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Value")
                              << QStringLiteral("PipelineParameterList[0].Value: ");
    QTest::newRow("tag type")
        << QByteArray(R"json({"Name": "r", "ScheduleExpression": "rate(1 hour)", "Tags": {"a": "b"}})json")
        << QStringLiteral("Tags") << QStringLiteral("expected a list, found an object");
    QTest::newRow("second rule in list")
        << QByteArray(
               R"json([{"Name": "a", "ScheduleExpression": "rate(1 hour)"}, {"Name": "b", "ScheduleExpression": "rate(0 hours)"}])json")
        << QStringLiteral("[1].ScheduleExpression") << QStringLiteral("[1].ScheduleExpression: ");
    QTest::newRow("twice")
        << QByteArray(
               R"json([{"Name": "a", "ScheduleExpression": "rate(1 hour)"}, {"Name": "a", "ScheduleExpression": "rate(2 hours)"}])json")
        << QStringLiteral("[1].Name") << QStringLiteral("in the document twice");
    QTest::newRow("cfn pattern")
        << QByteArray("R:\n  Type: AWS::Events::Rule\n  Properties:\n    Name: r\n    EventPattern: 5\n")
        << QStringLiteral("R.Properties.EventPattern") << QStringLiteral("expected an object or a JSON string");
    QTest::newRow("cfn custom bus schedule")
        << QByteArray("Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: r\n      "
                      "EventBusName: b\n      ScheduleExpression: rate(1 hour)\n")
        << QStringLiteral("Resources.R.Properties.ScheduleExpression")
        << QStringLiteral("only possible on the default");
    QTest::newRow("cfn ref") << QByteArray("R:\n  Type: AWS::Events::Rule\n  Properties:\n    Name: r\n    "
                                           "ScheduleExpression: rate(1 hour)\n    RoleArn: !GetAtt Role.Arn\n")
                             << QStringLiteral("R.Properties.RoleArn")
                             << QStringLiteral("expected a string, found an object");
    QTest::newRow("no rule") << QByteArray("Resources:\n  Role:\n    Type: AWS::IAM::Role\n")
                             << QStringLiteral("Resources") << QStringLiteral("no resource of Type AWS::Events::Rule");
    QTest::newRow("neither") << QByteArray("foo: bar\n") << QStringLiteral("format") << QStringLiteral("neither");
}

void TestRuleInterchange::malformed()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto imported = importRules(document);
    QVERIFY2(!imported.ok(), document.constData());
    QCOMPARE(imported.error().code, Error::Code::InvalidInput);
    QCOMPARE(imported.error().field, field);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
}

void TestRuleInterchange::formats()
{
    for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson})
        QCOMPARE(ruleFormatFromCli(toCliString(f)), std::optional<RuleFormat>(f));
    QVERIFY(!ruleFormatFromCli(QStringLiteral("terraform")));
    // An explicit format is obeyed: a CloudFormation snippet is not put-rule input.
    auto wrong = importRules(exportRule(bareRule(), RuleFormat::CloudFormation).text, RuleFormat::AwsCli);
    QVERIFY(!wrong.ok());
    // Its logical id is no member of put-rule's input (issue 12: unknown members are refused).
    QCOMPARE(wrong.error().field, QStringLiteral("NoTargetsRule"));
}

QTEST_GUILESS_MAIN(TestRuleInterchange)
#include "tst_ruleinterchange.moc"

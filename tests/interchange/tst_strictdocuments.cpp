// AWS-shaped documents are read strictly (issue 12): a member the AWS API does not have is refused
// with its path, as the AWS CLI's parameter validation refuses it, by every reader of such a
// document; a member the API has that Pipeline Desk cannot hold is ignored with a warning. Nothing
// is dropped without a word.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "interchange/interchangedocument.h"
#include "rules/ruleinterchange.h"
#include "rules/rulejson.h"
#include "schedules/scheduleinterchange.h"

#include <QJsonDocument>
#include <QTest>

using namespace Pd;

namespace {

// The readers of AWS-shaped documents, each as one function of the document text.
enum class Reader {
    PutTargetsOption, // rules put-targets --targets
    RuleImport,       // rules import --file (AWS CLI input, CloudFormation)
    RuleTargetsFile,  // rules import --targets-file beside a bare put-rule input
    PutEventsEntries, // events put --entries
    ScheduleImport,   // schedules import --file (EventBridge Scheduler)
};

const QByteArray bareRule = R"j({"Name": "r1", "ScheduleExpression": "rate(1 day)"})j";

// The warnings of a document read, or its error.
Result<QStringList> read(Reader reader, const QByteArray &document)
{
    switch (reader) {
    case Reader::PutTargetsOption: {
        const QJsonDocument parsed = QJsonDocument::fromJson(document);
        QStringList warnings;
        auto targets = targetsFromApiJson(parsed.isArray() ? QJsonValue(parsed.array()) : QJsonValue(parsed.object()),
                                          "Targets", &warnings);
        if (!targets)
            return targets.error();
        return warnings;
    }
    case Reader::RuleImport:
    case Reader::RuleTargetsFile: {
        auto imported = reader == Reader::RuleImport ? importRules(document) : importRules(bareRule, {}, document);
        if (!imported)
            return imported.error();
        return imported->warnings;
    }
    case Reader::PutEventsEntries: {
        QStringList warnings;
        auto entries = RuleJson::putEventsEntries(document, &warnings);
        if (!entries)
            return entries.error();
        return warnings;
    }
    case Reader::ScheduleImport: {
        auto imported = importSchedule(document);
        if (!imported)
            return imported.error();
        return imported->warnings;
    }
    }
    return QStringList();
}

const char *const arn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/p";

} // namespace

Q_DECLARE_METATYPE(Reader)

class TestStrictDocuments : public QObject
{
    Q_OBJECT

private slots:
    void theMessageIsTheAwsClisAndNamesEveryMember();
    void unknownMembersAreRefusedWithTheirPath_data();
    void unknownMembersAreRefusedWithTheirPath();
    void membersAwsHasButNotReadHereAreWarnings_data();
    void membersAwsHasButNotReadHereAreWarnings();
    void wellFormedDocumentsStillRead_data();
    void wellFormedDocumentsStillRead();
};

void TestStrictDocuments::theMessageIsTheAwsClisAndNamesEveryMember()
{
    // The AWS page's own example: SageMakerPipelineParameter where the API has PipelineParameterList.
    const QByteArray example =
        QByteArray(R"j([{"Id": "1", "Arn": ")j") + arn +
        R"j(", "RoleArn": "arn:aws:iam::222222222222:role/r",)j"
        R"j( "SageMakerPipelineParameters": {"SageMakerPipelineParameter": [{"Name": "a", "Value": "b"}]}}])j";
    auto refused = read(Reader::PutTargetsOption, example);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().exitCode(), 2);
    QCOMPARE(refused.error().field, "Targets[0].SageMakerPipelineParameters.SageMakerPipelineParameter");
    QCOMPARE(refused.error().message, "Unknown parameter in Targets[0].SageMakerPipelineParameters: "
                                      "“SageMakerPipelineParameter”, must be one of: PipelineParameterList");

    // On a target, every member of EventBridge's Target is named, in the API's order.
    auto target = read(Reader::PutTargetsOption,
                       QByteArray(R"j([{"Id": "1", "Arn": ")j") + arn + R"j(", "SageMakerPipelineParameter": {}}])j");
    QVERIFY(!target.ok());
    QCOMPARE(target.error().message,
             "Unknown parameter in Targets[0]: “SageMakerPipelineParameter”, must be one of: Id, Arn, RoleArn, Input, "
             "InputPath, InputTransformer, KinesisParameters, RunCommandParameters, EcsParameters, BatchParameters, "
             "SqsParameters, HttpParameters, RedshiftDataParameters, SageMakerPipelineParameters, DeadLetterConfig, "
             "RetryPolicy, AppSyncParameters");

    // The reader itself: at the top of a document the message says so.
    QStringList warnings;
    const Status top = Interchange::checkMembers(QJsonObject{{"Rule", "r"}, {"Targts", 1}},
                                                 Interchange::shape("Rule EventBusName Targets"), {}, &warnings);
    QVERIFY(!top.ok());
    QCOMPARE(top.error().field, "Targts");
    QCOMPARE(top.error().message,
             "Unknown parameter at the top of the document: “Targts”, must be one of: Rule, EventBusName, Targets");
    QVERIFY(warnings.isEmpty());
}

void TestStrictDocuments::unknownMembersAreRefusedWithTheirPath_data()
{
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QByteArray a = arn;
    // --targets
    QTest::newRow("--targets: the AWS page's SageMakerParameterList")
        << Reader::PutTargetsOption
        << R"j([{"Id": "1", "Arn": ")j" + a + R"j(", "SageMakerPipelineParameters": {"SageMakerParameterList": []}}])j"
        << "Targets[0].SageMakerPipelineParameters.SageMakerParameterList"
        << "Unknown parameter in Targets[0].SageMakerPipelineParameters: “SageMakerParameterList”";
    QTest::newRow("--targets: nested, in the second parameter")
        << Reader::PutTargetsOption
        << R"j([{"Id": "1", "Arn": ")j" + a +
               R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "A", "Value": "1"}, {"Nme": "B"}]}}])j"
        << "Targets[0].SageMakerPipelineParameters.PipelineParameterList[1].Nme"
        << "Unknown parameter in Targets[0].SageMakerPipelineParameters.PipelineParameterList[1]: “Nme”, must be one "
           "of: Name, Value";
    QTest::newRow("--targets: names are case-sensitive")
        << Reader::PutTargetsOption
        << R"j([{"Id": "1", "Arn": ")j" + a + R"j("}, {"Id": "2", "arn": ")j" + a + R"j("}])j"
        << "Targets[1].arn"
        << "Unknown parameter in Targets[1]: “arn”";
    QTest::newRow("--targets: the whole put-targets input")
        << Reader::PutTargetsOption << QByteArray(R"j({"Rule": "r1", "Targets": [], "Force": true})j") << "Force"
        << "Unknown parameter at the top of the document: “Force”, must be one of: Rule, EventBusName, Targets";

    // rules import, AWS CLI input
    QTest::newRow("rules import: put-rule")
        << Reader::RuleImport
        << QByteArray(R"j({"PutRule": {"Name": "r1", "ScheduleExpression": "rate(1 day)", "Descripton": "x"}})j")
        << "PutRule.Descripton"
        << "Unknown parameter in PutRule: “Descripton”, must be one of: Name, ScheduleExpression, EventPattern, State, "
           "Description, RoleArn, Tags, EventBusName";
    QTest::newRow("rules import: a tag")
        << Reader::RuleImport
        << QByteArray(R"j({"Name": "r1", "ScheduleExpression": "rate(1 day)", "Tags": [{"Key": "k", "Vaule": "v"}]})j")
        << "Tags[0].Vaule"
        << "Unknown parameter in Tags[0]: “Vaule”, must be one of: Key, Value";
    QTest::newRow("rules import: put-targets")
        << Reader::RuleImport
        << QByteArray(
               R"j({"PutRule": {"Name": "r1", "ScheduleExpression": "rate(1 day)"}, "PutTargets": {"Rule": "r1", "Target": []}})j")
        << "PutTargets.Target"
        << "Unknown parameter in PutTargets: “Target”, must be one of: Rule, EventBusName, Targets";
    QTest::newRow("rules import: a target's parameter, in a list of rules")
        << Reader::RuleImport
        << R"j([{"PutRule": {"Name": "r1", "ScheduleExpression": "rate(1 day)"}, "PutTargets": {"Rule": "r1", "Targets": [{"Id": "t", "Arn": ")j" +
               a +
               R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "N", "Valeu": "1"}]}}]}}])j"
        << "[0].PutTargets.Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Valeu"
        << "Unknown parameter in "
           "[0].PutTargets.Targets[0].SageMakerPipelineParameters.PipelineParameterList[0]: "
           "“Valeu”";
    QTest::newRow("rules import: the targets file")
        << Reader::RuleTargetsFile
        << R"j({"Rule": "r1", "Targets": [{"Id": "t", "Arn": ")j" + a + R"j(", "Rolearn": ""}]})j"
        << "PutTargets.Targets[0].Rolearn"
        << "Unknown parameter in PutTargets.Targets[0]: “Rolearn”";

    // rules import, CloudFormation
    QTest::newRow("cloudformation: a property")
        << Reader::RuleImport
        << QByteArray("Nightly:\n  Type: AWS::Events::Rule\n  Properties:\n    ScheduleExpresion: rate(1 day)\n")
        << "Nightly.Properties.ScheduleExpresion"
        << "Unknown parameter in Nightly.Properties: “ScheduleExpresion”, must be one of: Description, "
           "EventBusName, "
           "EventPattern, Name, RoleArn, ScheduleExpression, State, Tags, Targets";
    QTest::newRow("cloudformation: a resource attribute")
        << Reader::RuleImport
        << QByteArray("Resources:\n  Nightly:\n    Type: AWS::Events::Rule\n    DependOn: Role\n    Properties:\n"
                      "      ScheduleExpression: rate(1 day)\n")
        << "Resources.Nightly.DependOn"
        << "Unknown parameter in Resources.Nightly: “DependOn”";
    QTest::newRow("cloudformation: a target")
        << Reader::RuleImport
        << "Nightly:\n  Type: AWS::Events::Rule\n  Properties:\n    ScheduleExpression: rate(1 day)\n    Targets:\n"
           "      - Id: t\n        Arn: " +
               a + "\n        SageMakerPipelineParameter: {}\n"
        << "Nightly.Properties.Targets[0].SageMakerPipelineParameter"
        << "Unknown parameter in Nightly.Properties.Targets[0]: “SageMakerPipelineParameter”";

    // events put --entries
    QTest::newRow("--entries: an entry")
        << Reader::PutEventsEntries << QByteArray(R"j([{"Source": "s", "DetailType": "d", "Detial": "{}"}])j")
        << "entries"
        << "--entries: Unknown parameter in Entries[0]: “Detial”, must be one of: Time, Source, Resources, "
           "DetailType, "
           "Detail, EventBusName, TraceHeader";
    QTest::newRow("--entries: the whole input")
        << Reader::PutEventsEntries << QByteArray(R"j({"Entries": [{"Source": "s"}], "Endpoint": "e"})j") << "entries"
        << "--entries: Unknown parameter at the top of the document: “Endpoint”, must be one of: Entries, "
           "EndpointId";

    // schedules import, EventBridge Scheduler create-schedule input
    const QByteArray schedule =
        R"j("Name": "s", "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": {"Mode": "OFF"})j";
    QTest::newRow("scheduler: the schedule")
        << Reader::ScheduleImport
        << "{" + schedule + R"j(, "ScheduleExpressionTimeZone": "UTC", "Target": {"Arn": ")j" + a + R"j("}})j"
        << "ScheduleExpressionTimeZone"
        << "Unknown parameter at the top of the document: “ScheduleExpressionTimeZone”, must be one of: "
           "ActionAfterCompletion, ClientToken, Description, EndDate, FlexibleTimeWindow, GroupName, KmsKeyArn, Name, "
           "ScheduleExpression, ScheduleExpressionTimezone, StartDate, State, Target";
    QTest::newRow("scheduler: the target")
        << Reader::ScheduleImport
        << "{" + schedule + R"j(, "Target": {"Arn": ")j" + a + R"j(", "SageMakerPipelineParameter": {}}})j"
        << "Target.SageMakerPipelineParameter"
        << "Unknown parameter in Target: “SageMakerPipelineParameter”, must be one of: Arn, RoleArn, DeadLetterConfig, "
           "RetryPolicy, Input, EcsParameters, EventBridgeParameters, KinesisParameters, SageMakerPipelineParameters, "
           "SqsParameters";
    QTest::newRow("scheduler: the target's parameters")
        << Reader::ScheduleImport
        << "{" + schedule + R"j(, "Target": {"Arn": ")j" + a +
               R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "N", "value": "1"}]}}})j"
        << "Target.SageMakerPipelineParameters.PipelineParameterList[0].value"
        << "Unknown parameter in Target.SageMakerPipelineParameters.PipelineParameterList[0]: “value”";
    QTest::newRow("scheduler: the retry policy")
        << Reader::ScheduleImport
        << "{" + schedule + R"j(, "Target": {"Arn": ")j" + a + R"j(", "RetryPolicy": {"MaximumRetries": 3}}})j"
        << "Target.RetryPolicy.MaximumRetries"
        << "Unknown parameter in Target.RetryPolicy: “MaximumRetries”, must be one of: MaximumEventAgeInSeconds, "
           "MaximumRetryAttempts";
    QTest::newRow("scheduler: the flexible window")
        << Reader::ScheduleImport
        << QByteArray(
               R"j({"Name": "s", "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": {"Mode": "FLEXIBLE", "MaximumWindowInMinute": 5}, "Target": {"Arn": ")j") +
               a + R"j("}})j"
        << "FlexibleTimeWindow.MaximumWindowInMinute"
        << "Unknown parameter in FlexibleTimeWindow: “MaximumWindowInMinute”, must be one of: Mode, "
           "MaximumWindowInMinutes";
}

void TestStrictDocuments::unknownMembersAreRefusedWithTheirPath()
{
    QFETCH(Reader, reader);
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto result = read(reader, document);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->join('\n') : QString()));
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
}

void TestStrictDocuments::membersAwsHasButNotReadHereAreWarnings_data()
{
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("warnings");

    const QByteArray a = arn;
    QTest::newRow("--targets: a dead-letter queue")
        << Reader::PutTargetsOption
        << R"j([{"Id": "1", "Arn": ")j" + a + R"j(", "DeadLetterConfig": {"Arn": "arn:aws:sqs:us-east-1:1:q"}}])j"
        << QStringList{"Targets[0].DeadLetterConfig is not supported; ignored."};
    QTest::newRow("rules import: a CloudFormation condition")
        << Reader::RuleImport
        << QByteArray("Nightly:\n  Type: AWS::Events::Rule\n  Condition: IsProd\n  Properties:\n"
                      "    Name: n\n    ScheduleExpression: rate(1 day)\n")
        << QStringList{"Nightly.Condition is not supported; ignored."};
    QTest::newRow("--entries: a trace header")
        << Reader::PutEventsEntries << QByteArray(R"j([{"Source": "s", "TraceHeader": "Root=1-5759e988"}])j")
        << QStringList{"Entries[0].TraceHeader is not supported; ignored."};
    QTest::newRow("scheduler: a KMS key and a dead-letter queue")
        << Reader::ScheduleImport
        << R"j({"Name": "s", "ScheduleExpression": "rate(1 hour)", "FlexibleTimeWindow": {"Mode": "OFF"}, "KmsKeyArn": "k", "ClientToken": "t", "Target": {"Arn": ")j" +
               a + R"j(", "DeadLetterConfig": {"Arn": "q"}}})j"
        << QStringList{"KmsKeyArn is not supported; ignored.", "Target.DeadLetterConfig is not supported; ignored."};
}

void TestStrictDocuments::membersAwsHasButNotReadHereAreWarnings()
{
    QFETCH(Reader, reader);
    QFETCH(QByteArray, document);
    QFETCH(QStringList, warnings);
    auto result = read(reader, document);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), warnings);
}

void TestStrictDocuments::wellFormedDocumentsStillRead_data()
{
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("document");

    const QByteArray a = arn;
    QTest::newRow("--targets")
        << Reader::PutTargetsOption
        << R"j({"Rule": "r1", "EventBusName": "default", "Targets": [{"Id": "1", "Arn": ")j" + a +
               R"j(", "RoleArn": "arn:aws:iam::222222222222:role/r", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "N", "Value": "1"}]}}]})j";
    QTest::newRow("rules import")
        << Reader::RuleImport
        << R"j({"PutRule": {"Name": "r1", "EventBusName": "default", "ScheduleExpression": "rate(1 day)",)j"
           R"j( "State": "ENABLED", "Tags": [{"Key": "k", "Value": "v"}]},)j"
           R"j( "PutTargets": {"Rule": "r1", "EventBusName": "default", "Targets": [{"Id": "t", "Arn": ")j" +
               a +
               R"j(", "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "N", "Value": "1"}]}}]}})j";
    QTest::newRow("--entries")
        << Reader::PutEventsEntries
        << QByteArray(
               R"j({"Entries": [{"Source": "s", "DetailType": "d", "Detail": "{}", "EventBusName": "default", "Resources": [], "Time": 0}]})j");
    QTest::newRow("scheduler")
        << Reader::ScheduleImport
        << R"j({"Name": "s", "GroupName": "default", "ScheduleExpression": "rate(1 hour)",)j"
           R"j( "ScheduleExpressionTimezone": "UTC", "State": "ENABLED", "ActionAfterCompletion": "NONE",)j"
           R"j( "FlexibleTimeWindow": {"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 5}, "Target": {"Arn": ")j" +
               a + R"j(", "RetryPolicy": {"MaximumEventAgeInSeconds": 3600, "MaximumRetryAttempts": 3}}})j";
}

void TestStrictDocuments::wellFormedDocumentsStillRead()
{
    QFETCH(Reader, reader);
    QFETCH(QByteArray, document);
    auto result = read(reader, document);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY2(result->isEmpty(), qPrintable(result->join('\n')));
}

QTEST_GUILESS_MAIN(TestStrictDocuments)
#include "tst_strictdocuments.moc"

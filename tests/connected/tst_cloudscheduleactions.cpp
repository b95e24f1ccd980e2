// CloudActions::createSchedule and updateSchedule against a fake AWS account over loopback: what
// goes to EventBridge Scheduler member by member, an update that keeps what it was not told to
// change (what this desk does not show included), what the cloud cannot hold refused before any
// request with the local service's words, the cloud's refusals with nothing written, and a local
// account's schedule made by the local service without a request.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Pd;
using PdTest::FakeAnswer;

using Fixture = PdTest::ConnectedFixture;

namespace {

const QString localTest = QStringLiteral("222222222222");
const QString role = QStringLiteral("arn:aws:iam::444444444444:role/SchedulerPipelines");
constexpr qint64 start2027 = 1798761600000; // 2027-01-01T00:00:00Z
constexpr qint64 start2028 = 1830297600000; // 2028-01-01T00:00:00Z

ScheduleInput weekly(const QString &name = QStringLiteral("weekly-retrain"))
{
    ScheduleInput in;
    in.name = name;
    in.expression = QStringLiteral("cron(0 3 ? * MON *)");
    in.timeZone = QStringLiteral("Asia/Seoul");
    in.targetPipeline = QStringLiteral("pipeline-0");
    in.roleArn = role;
    return in;
}

QString messageOf(const Status &s)
{
    return s ? QString() : s.error().message;
}

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

QJsonObject targetInput(const QJsonObject &sent)
{
    return QJsonDocument::fromJson(sent["Target"]["Input"].toString().toUtf8()).object();
}

} // namespace

class TestCloudScheduleActions : public QObject
{
    Q_OBJECT

private slots:
    void createSendsTheScheduleAndReadsItBack()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        ScheduleInput in = weekly();
        in.description = QStringLiteral("주간 재학습");
        in.startTime = start2027;
        in.endTime = start2028;
        in.enabled = false;
        in.parameters = QList<ExecutionParameter>{{"InstanceType", "ml.m5.large"}, {"Epochs", "10"}};
        in.flexibleWindowMinutes = 15;
        in.maxRetries = 2;
        in.maxEventAgeSeconds = 3600;
        in.actionAfterCompletion = ActionAfterCompletion::Delete;
        const int before = int(f.server.requests().size());

        QString arn;
        const Status made = f.wait(f.actions->createSchedule(account, in), &arn);
        QVERIFY2(made, qPrintable(messageOf(made)));
        QCOMPARE(arn, "arn:aws:scheduler:us-east-1:444444444444:schedule/default/weekly-retrain");

        // One CreateSchedule, REST: POST /schedules/{Name}, everything else in the body.
        QCOMPARE(f.cloud.calls.value("POSTSchedule"), 1);
        const PdTest::FakeRequest &request = f.server.requests().at(before);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/schedules/weekly-retrain"));
        QCOMPARE(f.cloud.scheduleCreates.size(), 1);
        const QJsonObject sent = f.cloud.scheduleCreates.at(0);
        QVERIFY(!sent.contains("Name")); // in the path
        QCOMPARE(sent["GroupName"].toString(), "default");
        QCOMPARE(sent["ScheduleExpression"].toString(), "cron(0 3 ? * MON *)");
        QCOMPARE(sent["ScheduleExpressionTimezone"].toString(), "Asia/Seoul");
        QCOMPARE(sent["Description"].toString(), "주간 재학습");
        QCOMPARE(sent["State"].toString(), "DISABLED");
        QCOMPARE(sent["StartDate"].toDouble(), 1798761600.0);
        QCOMPARE(sent["EndDate"].toDouble(), 1830297600.0);
        QCOMPARE(sent["FlexibleTimeWindow"].toObject(),
                 (QJsonObject{{"Mode", "FLEXIBLE"}, {"MaximumWindowInMinutes", 15}}));
        QCOMPARE(sent["ActionAfterCompletion"].toString(), "DELETE");
        QVERIFY(!sent["ClientToken"].toString().isEmpty()); // the client's idempotency token
        const QJsonObject target = sent["Target"].toObject();
        QCOMPARE(target["Arn"].toString(), "arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution");
        QCOMPARE(target["RoleArn"].toString(), role);
        QCOMPARE(target["RetryPolicy"].toObject(),
                 (QJsonObject{{"MaximumRetryAttempts", 2}, {"MaximumEventAgeInSeconds", 3600}}));
        QVERIFY(!target.contains("SageMakerPipelineParameters"));
        const QJsonObject input = targetInput(sent);
        QCOMPARE(input["PipelineName"].toString(), "pipeline-0");
        QCOMPARE(input["PipelineParameters"].toArray(),
                 (QJsonArray{QJsonObject{{"Name", "InstanceType"}, {"Value", "ml.m5.large"}},
                             QJsonObject{{"Name", "Epochs"}, {"Value", "10"}}}));
        QCOMPARE(input["ClientRequestToken"].toString(), "<aws.scheduler.execution-id>");

        // Read back: the workspace shows what the cloud made, in the fields a local one has.
        auto mirrored = f.workspace->schedules().describe(account, "weekly-retrain");
        QVERIFY2(mirrored, qPrintable(statusOf(mirrored).ok() ? QString() : mirrored.error().message));
        QCOMPARE(mirrored->arn, arn);
        QCOMPARE(mirrored->expression, "cron(0 3 ? * MON *)");
        QCOMPARE(mirrored->timeZone, "Asia/Seoul");
        QCOMPARE(mirrored->description, "주간 재학습");
        QCOMPARE(mirrored->enabled, false);
        QCOMPARE(mirrored->startTime, start2027);
        QCOMPARE(mirrored->endTime, start2028);
        QCOMPARE(mirrored->targetPipelineArn, f.cloud.pipelineArn("pipeline-0"));
        QCOMPARE(mirrored->targetParameters.size(), 2);
        QCOMPARE(mirrored->targetParameters.at(1).value, "10");
        QCOMPARE(mirrored->roleArn, role);
        QCOMPARE(mirrored->flexibleWindowMinutes, 15);
        QCOMPARE(mirrored->maxRetries, 2);
        QCOMPARE(mirrored->maxEventAgeSeconds, 3600);
        QCOMPARE(mirrored->actionAfterCompletion, ActionAfterCompletion::Delete);
        QCOMPARE(f.text("SELECT origin FROM schedules WHERE arn = '" + arn + "'"), "prod");
    }

    void updateKeepsWhatItWasNotToldToChange()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        f.cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        // What this desk does not show: sent back as the cloud has it.
        QJsonObject detail = f.cloud.scheduleDetails.value("default/nightly");
        QJsonObject cloudTarget = detail["Target"].toObject();
        cloudTarget.insert("DeadLetterConfig", QJsonObject{{"Arn", "arn:aws:sqs:us-east-1:444444444444:dlq"}});
        detail.insert("Target", cloudTarget);
        detail.insert("KmsKeyArn", "arn:aws:kms:us-east-1:444444444444:key/k");
        f.cloud.scheduleDetails.insert("default/nightly", detail);
        const QString account = f.connectAndSync();

        ScheduleInput change;
        change.name = "nightly";
        change.description = QStringLiteral("retrained at two");
        change.maxRetries = 5;
        QString arn;
        const Status changed = f.wait(f.actions->updateSchedule(account, change), &arn);
        QVERIFY2(changed, qPrintable(messageOf(changed)));
        QCOMPARE(arn, "arn:aws:scheduler:us-east-1:444444444444:schedule/default/nightly");
        QCOMPARE(f.cloud.calls.value("GetSchedule") >= 1, true);
        QCOMPARE(f.cloud.scheduleUpdates.size(), 1);
        const QJsonObject sent = f.cloud.scheduleUpdates.at(0);
        QCOMPARE(sent["Description"].toString(), "retrained at two");
        QCOMPARE(sent["Target"]["RetryPolicy"].toObject(),
                 (QJsonObject{{"MaximumRetryAttempts", 5}, {"MaximumEventAgeInSeconds", 3600}}));
        // The rest as it was: expression, zone, state, the templated target and its parameters,
        // the role, the dead-letter queue and the key.
        QCOMPARE(sent["ScheduleExpression"].toString(), "cron(0 2 * * ? *)");
        QCOMPARE(sent["ScheduleExpressionTimezone"].toString(), "Asia/Seoul");
        QCOMPARE(sent["State"].toString(), "ENABLED");
        QCOMPARE(sent["Target"]["Arn"].toString(), f.cloud.pipelineArn("pipeline-0"));
        QCOMPARE(sent["Target"]["SageMakerPipelineParameters"]["PipelineParameterList"][0]["Value"].toString(),
                 "ml.m5.xlarge");
        QCOMPARE(sent["Target"]["RoleArn"].toString(), role);
        QCOMPARE(sent["Target"]["DeadLetterConfig"]["Arn"].toString(), "arn:aws:sqs:us-east-1:444444444444:dlq");
        QCOMPARE(sent["KmsKeyArn"].toString(), "arn:aws:kms:us-east-1:444444444444:key/k");
        for (const char *member : {"Arn", "CreationDate", "LastModificationDate"})
            QVERIFY2(!sent.contains(member), member);
        QCOMPARE(f.workspace->schedules().describe(account, "nightly")->description, "retrained at two");
        QCOMPARE(f.workspace->schedules().describe(account, "nightly")->maxRetries, 5);

        // Another pipeline: the universal target, the parameters kept, the rest still as it was.
        change = ScheduleInput();
        change.name = arn; // by ARN as well
        change.targetPipeline = f.cloud.pipelineArn("pipeline-1");
        QVERIFY(f.wait(f.actions->updateSchedule(account, change)));
        QCOMPARE(f.cloud.scheduleUpdates.size(), 2);
        const QJsonObject moved = f.cloud.scheduleUpdates.at(1);
        QCOMPARE(moved["Target"]["Arn"].toString(), "arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution");
        QVERIFY(!moved["Target"].toObject().contains("SageMakerPipelineParameters"));
        const QJsonObject input = targetInput(moved);
        QCOMPARE(input["PipelineName"].toString(), f.cloud.pipelineArn("pipeline-1"));
        QCOMPARE(input["PipelineParameters"][0]["Value"].toString(), "ml.m5.xlarge");
        QCOMPARE(moved["Description"].toString(), "retrained at two");
        QCOMPARE(moved["Target"]["DeadLetterConfig"]["Arn"].toString(), "arn:aws:sqs:us-east-1:444444444444:dlq");
        QCOMPARE(f.workspace->schedules().describe(account, "nightly")->targetPipelineArn,
                 f.cloud.pipelineArn("pipeline-1"));

        // Checked against what the cloud has: DELETE after the last run needs an end, which this
        // schedule has not; refused after GetSchedule, before UpdateSchedule.
        change = ScheduleInput();
        change.name = "nightly";
        change.actionAfterCompletion = ActionAfterCompletion::Delete;
        const Status refused = f.wait(f.actions->updateSchedule(account, change));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, "action-after-completion");
        QCOMPARE(refused.error().exitCode(), 2);
        QCOMPARE(f.cloud.scheduleUpdates.size(), 2);
    }

    void whatTheCloudCannotHoldIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("missed") << "missed"
                                << "no missed-run policy";
        QTest::newRow("overlap") << "overlap"
                                 << "no overlap policy";
        QTest::newRow("crontab") << "expression"
                                 << "Write it as “cron(30 1 1,15 * ? *)”";
        QTest::newRow("recurrence") << "expression"
                                    << "knows only at(), rate() and cron()";
        QTest::newRow("windows zone") << "timezone"
                                      << "write “Asia/Seoul” for “Korea Standard Time”";
        QTest::newRow("macro") << "parameter"
                               << "<aws.scheduler.scheduled-time>";
        QTest::newRow("no role") << "role-arn"
                                 << "needs one";
        QTest::newRow("update: no role") << "role-arn"
                                         << "needs one";
    }

    void whatTheCloudCannotHoldIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, field);
        QFETCH(QString, says);
        Fixture f;
        const QString account = f.connect();
        const QString row = QTest::currentDataTag();
        ScheduleInput in = weekly();
        if (row == "missed")
            in.missedPolicy = MissedPolicy::Once;
        else if (row == "overlap")
            in.overlapPolicy = OverlapPolicy::Skip;
        else if (row == "crontab")
            in.expression = QStringLiteral("crontab(30 1 1,15 * *)");
        else if (row == "recurrence")
            in.expression = QStringLiteral(
                R"(recurrence({"frequency":"day","interval":2,"schedule":{"hours":[1],"minutes":[30]}}))");
        else if (row == "windows zone")
            in.timeZone = QStringLiteral("Korea Standard Time");
        else if (row == "macro")
            in.parameters = QList<ExecutionParameter>{{"InputData", "s3://in/${{creation_context.trigger_time}}"}};
        else
            in.roleArn = QString();
        const int before = int(f.server.requests().size());
        const bool update = row.startsWith("update");
        if (update)
            in.name = "nightly";
        const Status refused =
            f.wait(update ? f.actions->updateSchedule(account, in) : f.actions->createSchedule(account, in));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().exitCode(), 2);
        QCOMPARE(refused.error().field, field);
        QVERIFY2(refused.error().message.startsWith(field + ": "), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
        QCOMPARE(int(f.server.requests().size()), before);
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules WHERE account_id = '" + account + "'"), 0);
    }

    void badInputIsRefusedWithTheLocalServicesWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << "name";
        QTest::newRow("expression") << "expression";
        QTest::newRow("max-retries") << "max-retries";
        QTest::newRow("end") << "end";
        QTest::newRow("role-arn") << "role-arn";
        QTest::newRow("no target") << "target-pipeline";
    }

    void badInputIsRefusedWithTheLocalServicesWords()
    {
        QFETCH(QString, field);
        Fixture f;
        const QString account = f.connect();
        const QString row = QTest::currentDataTag();
        ScheduleInput in = weekly();
        if (row == "name")
            in.name = "nightly train!";
        else if (row == "expression")
            in.expression = "cron(0 3 * *)"; // four fields
        else if (row == "max-retries")
            in.maxRetries = 500;
        else if (row == "end") {
            in.startTime = start2028;
            in.endTime = start2027;
        } else if (row == "role-arn")
            in.roleArn = "arn:aws:iam::444444444444:user/ana";
        else
            in.targetPipeline.reset();
        const int before = int(f.server.requests().size());
        const Status cloud = f.wait(f.actions->createSchedule(account, in));
        QVERIFY(!cloud);
        QCOMPARE(cloud.error().field, field);
        QCOMPARE(int(f.server.requests().size()), before);
        // The local service refuses the same input of a local account in the same words.
        ScheduleInput local = in;
        if (local.targetPipeline)
            local.targetPipeline = "serial-inference-pipeline";
        const Status here = statusOf(f.workspace->schedules().create(localTest, local));
        QVERIFY(!here);
        QCOMPARE(cloud.error().message, here.error().message);
        QCOMPARE(cloud.error().exitCode(), here.error().exitCode());
    }

    void theCloudsRefusalIsSaidAndNothingWritten()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        f.cloud.addSchedule("nightly", "cron(0 2 * * ? *)", "pipeline-0");
        const QString account = f.connectAndSync();
        const int changes = f.workspace->database().changeCount();
        const qint64 schedules = f.count("SELECT COUNT(*) FROM schedules");

        // It exists: EventBridge Scheduler's ConflictException, as it said it, exit 2.
        const Status conflict = f.wait(f.actions->createSchedule(account, weekly("nightly")));
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        QCOMPARE(conflict.error().exitCode(), 2);
        QVERIFY2(conflict.error().message.contains("ConflictException: Schedule nightly already exists."),
                 qPrintable(conflict.error().message));
        QVERIFY(conflict.error().details.contains("req-rest"));
        QCOMPARE(f.cloud.calls.value("POSTSchedule"), 1);

        // A role the service cannot assume: ValidationException, exit 2.
        f.cloud.overrides.insert("POSTSchedule",
                                 FakeAnswer::restJsonError(400, "ValidationException",
                                                           "The execution role you provide must allow AWS EventBridge "
                                                           "Scheduler to assume the role.",
                                                           "req-validation"));
        const Status invalid = f.wait(f.actions->createSchedule(account, weekly("hourly")));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, Error::Code::InvalidInput);
        QCOMPARE(invalid.error().exitCode(), 2);
        QVERIFY2(invalid.error().message.contains("must allow AWS EventBridge Scheduler to assume the role"),
                 qPrintable(invalid.error().message));
        QVERIFY(invalid.error().details.contains("req-validation"));

        // The update's write refused: nothing of it in the workspace either.
        f.cloud.overrides.insert("PUTSchedule",
                                 FakeAnswer::restJsonError(400, "ValidationException", "Invalid input.", "req-put"));
        ScheduleInput change;
        change.name = "nightly";
        change.description = QStringLiteral("never written");
        QVERIFY(!f.wait(f.actions->updateSchedule(account, change)));

        QCOMPARE(f.workspace->database().changeCount(), changes);
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules"), schedules);
        QCOMPARE(f.count("SELECT COUNT(*) FROM schedules WHERE name = 'hourly'"), 0);
        QCOMPARE(f.text("SELECT description FROM schedules WHERE name = 'nightly'"), "nightly training");
    }

    void aLocalAccountIsTheLocalServicesWithoutARequest()
    {
        Fixture f;
        ScheduleInput in;
        in.name = "local-nightly";
        in.expression = "crontab(0 2 * * *)"; // the local engine's own dialect and policies are fine here
        in.targetPipeline = "serial-inference-pipeline";
        in.missedPolicy = MissedPolicy::All;
        QString arn;
        const Status made = f.wait(f.actions->createSchedule(localTest, in), &arn);
        QVERIFY2(made, qPrintable(messageOf(made)));
        QCOMPARE(arn, "arn:aws:scheduler:us-east-1:222222222222:schedule/default/local-nightly");
        ScheduleInput change;
        change.name = "local-nightly";
        change.overlapPolicy = OverlapPolicy::Queue;
        QVERIFY(f.wait(f.actions->updateSchedule(localTest, change)));
        auto local = f.workspace->schedules().describe(localTest, "local-nightly");
        QVERIFY(local);
        QCOMPARE(local->missedPolicy, MissedPolicy::All);
        QCOMPARE(local->overlapPolicy, OverlapPolicy::Queue);
        QCOMPARE(local->expression, "crontab(0 2 * * *)");
        QCOMPARE(f.server.requests().size(), 0);

        // Its refusals are the service's.
        const Status exists = f.wait(f.actions->createSchedule(localTest, in));
        QVERIFY(!exists);
        QCOMPARE(exists.error().code, Error::Code::Conflict);
        QCOMPARE(f.server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudScheduleActions)
#include "tst_cloudscheduleactions.moc"

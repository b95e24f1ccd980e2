// The EventBridge Scheduler mirror of a connected account: ListSchedules summaries update what is
// known and say what to read whole; GetSchedule answers (the templated SageMaker target and the
// universal aws-sdk target) are written into the schedules table with their origin and read time;
// a finished listing deletes what the cloud no longer has, never local rows; other targets are
// skipped and counted; the local engine never fires what was read.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "scheduler/engine.h"
#include "schedules/schedulemirror.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString prod = QStringLiteral("444444444444");
const QString dev = QStringLiteral("111111111111");
const QString nightlyArn = QStringLiteral("arn:aws:scheduler:us-east-1:444444444444:schedule/default/nightly-churn");
const QString weeklyArn = QStringLiteral("arn:aws:scheduler:us-east-1:444444444444:schedule/ml/weekly-fraud");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char listSchedules[] = R"({"Schedules": [
    {"Arn": "arn:aws:scheduler:us-east-1:444444444444:schedule/default/nightly-churn", "Name": "nightly-churn",
     "GroupName": "default", "State": "ENABLED", "CreationDate": 1763000000, "LastModificationDate": 1763100000,
     "Target": {"Arn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model"}},
    {"Arn": "arn:aws:scheduler:us-east-1:444444444444:schedule/ml/weekly-fraud", "Name": "weekly-fraud",
     "GroupName": "ml", "State": "DISABLED", "CreationDate": 1763000000, "LastModificationDate": 1763000000,
     "Target": {"Arn": "arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution"}}]})";

// GetSchedule with the templated SageMaker target.
const char getNightly[] = R"json({
  "Arn": "arn:aws:scheduler:us-east-1:444444444444:schedule/default/nightly-churn",
  "Name": "nightly-churn", "GroupName": "default", "State": "ENABLED", "Description": "Nightly churn retraining",
  "ScheduleExpression": "cron(0 2 * * ? *)", "ScheduleExpressionTimezone": "Asia/Seoul",
  "StartDate": 1763000000, "CreationDate": 1763000000, "LastModificationDate": 1763100000,
  "FlexibleTimeWindow": {"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15},
  "ActionAfterCompletion": "NONE",
  "Target": {"Arn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
             "RoleArn": "arn:aws:iam::444444444444:role/SchedulerInvokeSageMaker",
             "RetryPolicy": {"MaximumRetryAttempts": 3, "MaximumEventAgeInSeconds": 3600},
             "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "InstanceType", "Value": "ml.m5.xlarge"}]}}
})json";

// GetSchedule with the universal target; its Input is StartPipelineExecution's (set by getWeekly()).
const char getWeeklyBase[] = R"json({
  "Arn": "arn:aws:scheduler:us-east-1:444444444444:schedule/ml/weekly-fraud",
  "Name": "weekly-fraud", "GroupName": "ml", "State": "DISABLED",
  "ScheduleExpression": "rate(7 days)", "CreationDate": 1763000000, "LastModificationDate": 1763000000,
  "FlexibleTimeWindow": {"Mode": "OFF"}, "ActionAfterCompletion": "DELETE",
  "Target": {"Arn": "arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution",
             "RoleArn": "arn:aws:iam::444444444444:role/SchedulerInvokeSageMaker"}
})json";

const char weeklyInput[] = R"json({"PipelineName": "fraud-detection",
  "PipelineParameters": [{"Name": "Threshold", "Value": "0.8"}]})json";

QJsonObject getWeekly()
{
    QJsonObject answer = json(getWeeklyBase);
    QJsonObject target = answer.value("Target").toObject();
    target.insert("Input", QString::fromUtf8(weeklyInput));
    answer.insert("Target", target);
    return answer;
}

int count(Database &database, const QString &sql)
{
    QSqlQuery q(database.db());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}
} // namespace

class TestScheduleMirror : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdTest::TestWorkspace> ws;
    Database &db() { return ws->workspace->database(); }
    std::unique_ptr<ScheduleMirror> session()
    {
        auto mirror = ScheduleMirror::begin(ws->workspace->context(), ws->workspace->schedules(), prod);
        if (!mirror)
            qFatal("begin: %s", qPrintable(mirror.error().message));
        return std::move(mirror).value();
    }

private slots:
    void init()
    {
        ws = std::make_unique<PdTest::TestWorkspace>();
        AccountInput input;
        input.id = prod;
        input.name = "prod";
        QVERIFY(ws->workspace->accounts().createAccount(dev, input));
        Account account = ws->workspace->accounts().account(prod).value();
        account.profile = "prod";
        QVERIFY(db().transaction([&] { return AccountStore(db()).update(account); }));
    }
    void cleanup() { ws.reset(); }

    void summariesThenWholeSchedules()
    {
        auto mirror = session();
        auto toGet = mirror->applySchedules(json(listSchedules));
        QVERIFY(toGet);
        QCOMPARE(toGet.value(), QStringList({"default/nightly-churn", "ml/weekly-fraud"}));
        QSignalSpy changed(&ws->workspace->schedules(), &ScheduleService::schedulesChanged);
        QVERIFY(mirror->applySchedule(json(getNightly)));
        QVERIFY(mirror->applySchedule(getWeekly()));
        QCOMPARE(changed.count(), 2);

        auto nightly = ws->workspace->schedules().describe(prod, "nightly-churn");
        QVERIFY2(nightly, qPrintable(nightly ? QString() : nightly.error().message));
        QCOMPARE(nightly->expression, "cron(0 2 * * ? *)");
        QCOMPARE(nightly->timeZone, "Asia/Seoul");
        QCOMPARE(nightly->targetPipelineArn, "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model");
        QCOMPARE(nightly->flexibleWindowMinutes, 15);
        QCOMPARE(nightly->maxRetries, 3);
        QCOMPARE(nightly->maxEventAgeSeconds, 3600);
        QCOMPARE(nightly->startTime, qint64(1763000000000));
        QCOMPARE(nightly->roleArn, "arn:aws:iam::444444444444:role/SchedulerInvokeSageMaker");
        QCOMPARE(nightly->targetParameters.size(), 1);
        QVERIFY(nightly->enabled);
        auto weekly = ws->workspace->schedules().describe(prod, "weekly-fraud", "ml");
        QVERIFY(weekly);
        QCOMPARE(weekly->targetPipelineArn, "arn:aws:sagemaker:us-east-1:444444444444:pipeline/fraud-detection");
        QCOMPARE(weekly->targetParameters.at(0).value, "0.8");
        QVERIFY(!weekly->enabled);
        QCOMPARE(weekly->actionAfterCompletion, ActionAfterCompletion::Delete);
        QCOMPARE(count(db(), "SELECT count(*) FROM schedules WHERE origin = 'prod' AND read_at IS NOT NULL"), 2);

        // A second listing: nothing changed, nothing to get; a state change is taken from the summary.
        auto again = session();
        QString disabled = QString::fromUtf8(listSchedules);
        disabled.replace("\"State\": \"ENABLED\"", "\"State\": \"DISABLED\"");
        toGet = again->applySchedules(json(disabled.toUtf8().constData()));
        QCOMPARE(toGet.value(), QStringList());
        QVERIFY(!ws->workspace->schedules().describe(prod, "nightly-churn")->enabled);
    }

    void finishedListingDeletesWhatIsGoneAndSkipsOtherTargets()
    {
        {
            auto mirror = session();
            QVERIFY(mirror->applySchedules(json(listSchedules)));
            QVERIFY(mirror->applySchedule(json(getNightly)));
            QVERIFY(mirror->applySchedule(getWeekly()));
        }
        auto mirror = session();
        QString onlyNightly = QString::fromUtf8(listSchedules);
        onlyNightly = onlyNightly.left(onlyNightly.indexOf(",\n    {\"Arn\": \"arn:aws:scheduler:us-east-1:444444444444:schedule/ml")) + "]}";
        QVERIFY(mirror->applySchedules(json(onlyNightly.toUtf8().constData())));
        QCOMPARE(mirror->finishSchedules().value(), 1);
        QVERIFY(!ws->workspace->schedules().describe(prod, "weekly-fraud", "ml"));
        // A schedule that starts a Lambda function is not one this desk holds.
        QJsonObject lambda = json(getNightly);
        lambda.insert("Arn", "arn:aws:scheduler:us-east-1:444444444444:schedule/default/cleanup");
        lambda.insert("Name", "cleanup");
        lambda.insert("Target", QJsonObject{{"Arn", "arn:aws:lambda:us-east-1:444444444444:function:cleanup"}});
        QVERIFY(mirror->applySchedule(lambda));
        QCOMPARE(mirror->skippedSchedules(), 1);
        QVERIFY(!ws->workspace->schedules().describe(prod, "cleanup"));
    }

    void answersThatDoNotFitAreRefused()
    {
        auto mirror = session();
        QString other = QString::fromUtf8(listSchedules);
        other.replace("444444444444:schedule/ml", "111111111111:schedule/ml");
        auto refused = mirror->applySchedules(json(other.toUtf8().constData()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, "Schedules[1].Arn");
        QJsonObject noExpression = json(getNightly);
        noExpression.remove("ScheduleExpression");
        QCOMPARE(mirror->applySchedule(noExpression).error().field, "GetSchedule.ScheduleExpression");
        QCOMPARE(count(db(), "SELECT count(*) FROM schedules WHERE account_id = '444444444444'"), 0);
    }

    void theEngineDoesNotFireMirroredSchedules()
    {
        auto mirror = session();
        QJsonObject often = json(getNightly);
        often.insert("ScheduleExpression", "rate(5 minutes)");
        often.remove("StartDate");
        QVERIFY(mirror->applySchedule(often));
        Engine engine(ws->workspace->context(), ws->workspace->pipelines(), ws->workspace->schedules(),
                      ws->workspace->rules(), Engine::Kind::Gui);
        QVERIFY(engine.start());
        ws->clock.advance(60 * 60 * 1000);
        QCOMPARE(engine.processDue().value(), 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM firings WHERE trigger_arn = '" + nightlyArn + "'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestScheduleMirror)
#include "tst_schedulemirror.moc"

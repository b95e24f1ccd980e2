// The SageMaker mirror of a connected account: answers of the API (JSON as the AWS API reference
// shows them) written into the pipelines, executions and steps tables with their origin and read
// time, one transaction a page; a completed listing deletes what the cloud no longer has, never a
// local row or another account's; the pages' models follow.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "core/session.h"
#include "pipelines/pipelinemirror.h"
#include "pipelines/pipelinemodels.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {

const QString prod = QStringLiteral("444444444444");
const QString dev = QStringLiteral("111111111111");
const QString churnArn = QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model");
const QString fraudArn = QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:pipeline/fraud-detection");

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// ListPipelines, as the API reference shows it (times are epoch seconds).
const char listPipelines[] = R"({
  "PipelineSummaries": [
    {"PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
     "PipelineName": "churn-model", "PipelineDisplayName": "Churn model",
     "PipelineDescription": "Weekly churn retraining",
     "RoleArn": "arn:aws:iam::444444444444:role/SageMakerPipelines",
     "CreationTime": 1763900000.123, "LastModifiedTime": 1763986400.5, "LastExecutionTime": 1764000000},
    {"PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/fraud-detection",
     "PipelineName": "fraud-detection", "PipelineDisplayName": "fraud-detection",
     "CreationTime": 1763000000, "LastModifiedTime": 1763000000}
  ],
  "NextToken": "eyJwYWdlIjogMn0="
})";

// The definition DescribePipeline answers as a JSON string (set by describePipelineAnswer()).
const char churnDefinition[] = R"({"Version": "2020-12-01",
  "Parameters": [{"Name": "InstanceType", "Type": "String", "DefaultValue": "ml.m5.xlarge"}],
  "Steps": [{"Name": "Preprocess", "Type": "Processing", "Arguments": {}},
            {"Name": "Train", "Type": "Training", "DependsOn": ["Preprocess"], "Arguments": {}},
            {"Name": "CheckAccuracy", "Type": "Condition", "DependsOn": ["Train"], "Arguments": {}}]})";

const char describePipeline[] = R"({
  "PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
  "PipelineName": "churn-model", "PipelineDisplayName": "Churn model",
  "PipelineDescription": "Weekly churn retraining",
  "RoleArn": "arn:aws:iam::444444444444:role/SageMakerPipelines",
  "PipelineStatus": "Active",
  "CreationTime": 1763900000.123, "LastModifiedTime": 1763986400.5, "LastRunTime": 1764000000,
  "CreatedBy": {"UserProfileName": "ana", "DomainId": "d-abc123"},
  "LastModifiedBy": {"IamIdentity": {"Arn": "arn:aws:sts::444444444444:assumed-role/Admin/jin", "PrincipalId": "AROAEXAMPLE:jin"}},
  "ParallelismConfiguration": {"MaxParallelExecutionSteps": 10},
  "PipelineVersionId": 3
})";

const char listExecutions[] = R"({
  "PipelineExecutionSummaries": [
    {"PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/ab12cd34ef56",
     "StartTime": 1764000000.25, "PipelineExecutionStatus": "Executing",
     "PipelineExecutionDisplayName": "weekly-2025-11-24"},
    {"PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/0a1b2c3d4e5f",
     "StartTime": 1763395200, "PipelineExecutionStatus": "Failed",
     "PipelineExecutionDisplayName": "weekly-2025-11-17",
     "PipelineExecutionFailureReason": "Step failure: One or multiple steps failed."},
    {"PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/99zz88yy77xx",
     "StartTime": 1762790400, "PipelineExecutionStatus": "Succeeded",
     "PipelineExecutionDisplayName": "weekly-2025-11-10"}
  ]
})";

const char describeExecution[] = R"({
  "PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
  "PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/0a1b2c3d4e5f",
  "PipelineExecutionDisplayName": "weekly-2025-11-17",
  "PipelineExecutionStatus": "Failed",
  "PipelineExecutionDescription": "Scheduled retraining",
  "PipelineExperimentConfig": {"ExperimentName": "churn-model", "TrialName": "0a1b2c3d4e5f"},
  "FailureReason": "Step failure: One or multiple steps failed.",
  "CreationTime": 1763395200, "LastModifiedTime": 1763398800.75,
  "CreatedBy": {"IamIdentity": {"Arn": "arn:aws:sts::444444444444:assumed-role/SchedulerRole/abc"}},
  "LastModifiedBy": {"IamIdentity": {"Arn": "arn:aws:sts::444444444444:assumed-role/SchedulerRole/abc"}},
  "PipelineVersionId": 3
})";

const char listSteps[] = R"({
  "PipelineExecutionSteps": [
    {"StepName": "Train", "StepDisplayName": "Train", "StartTime": 1763396000, "EndTime": 1763398700,
     "StepStatus": "Failed", "FailureReason": "ClientError: AlgorithmError: out of memory", "AttemptCount": 2,
     "Metadata": {"TrainingJob": {"Arn": "arn:aws:sagemaker:us-east-1:444444444444:training-job/pipelines-0a1b-train"}}},
    {"StepName": "Preprocess", "StartTime": 1763395210, "EndTime": 1763395990,
     "StepStatus": "Succeeded", "AttemptCount": 1,
     "Metadata": {"ProcessingJob": {"Arn": "arn:aws:sagemaker:us-east-1:444444444444:processing-job/pipelines-0a1b-pre"}}},
    {"StepName": "Notify", "StartTime": 1763398710, "StepStatus": "Stopping", "Metadata": {}}
  ]
})";

const char listParameters[] = R"({
  "PipelineParameters": [
    {"Name": "InstanceType", "Value": "ml.m5.2xlarge"},
    {"Name": "TrainingEpochs", "Value": "20"}
  ],
  "NextToken": "cGFnZTI="
})";

const QString failedArn =
    QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/0a1b2c3d4e5f");

QJsonObject describePipelineAnswer()
{
    QJsonObject answer = json(describePipeline);
    answer.insert(QStringLiteral("PipelineDefinition"), QString::fromUtf8(churnDefinition));
    return answer;
}

int count(Database &database, const QString &sql)
{
    QSqlQuery q(database.db());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

QVariant value(Database &database, const QString &sql)
{
    QSqlQuery q(database.db());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0);
}

} // namespace

class TestPipelineMirror : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdTest::TestWorkspace> ws;

    // A connected account prod (profile "prod") next to the demo's local accounts.
    void connectProd()
    {
        AccountInput input;
        input.id = prod;
        input.name = QStringLiteral("prod");
        QVERIFY(ws->workspace->accounts().createAccount(dev, input));
        Account account = ws->workspace->accounts().account(prod).value();
        account.profile = QStringLiteral("prod");
        QVERIFY(ws->workspace->database().transaction([&] { return AccountStore(ws->workspace->database()).update(account); }));
    }

    std::unique_ptr<PipelineMirror> session()
    {
        auto mirror = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(), prod);
        if (!mirror)
            qFatal("begin: %s", qPrintable(mirror.error().message));
        return std::move(mirror).value();
    }

    Database &db() { return ws->workspace->database(); }

    // Pipelines and executions as a first sync leaves them.
    void firstSync(PipelineMirror &mirror)
    {
        QVERIFY(mirror.applyPipelines(json(listPipelines)));
        QVERIFY(mirror.applyPipeline(describePipelineAnswer()));
        QVERIFY(mirror.applyExecutions(churnArn, json(listExecutions)));
    }

private slots:
    void init()
    {
        ws = std::make_unique<PdTest::TestWorkspace>();
        connectProd();
    }
    void cleanup() { ws.reset(); }

    void pipelinesAreWrittenWithOriginAndReadTime()
    {
        auto mirror = session();
        QSignalSpy changed(&ws->workspace->pipelines(), &PipelineService::pipelinesChanged);
        QVERIFY(mirror->applyPipelines(json(listPipelines)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), prod);

        auto pipelines = ws->workspace->pipelines().pipelines(prod);
        QVERIFY2(pipelines, qPrintable(pipelines.error().message));
        QCOMPARE(pipelines->size(), 2);
        const Pipeline churn = pipelines->at(0);
        QCOMPARE(churn.arn, churnArn);
        QCOMPARE(churn.name, QStringLiteral("churn-model"));
        QCOMPARE(churn.displayName, QStringLiteral("Churn model"));
        QCOMPARE(churn.description, QStringLiteral("Weekly churn retraining"));
        QCOMPARE(churn.region, QStringLiteral("us-east-1"));
        QCOMPARE(churn.createdAt, qint64(1763900000123));
        QCOMPARE(churn.modifiedAt, qint64(1763986400500));
        QCOMPARE(churn.definition, QByteArray("{}")); // until DescribePipeline
        QCOMPARE(value(db(), "SELECT origin FROM pipelines WHERE name = 'churn-model'").toString(),
                 QStringLiteral("prod"));
        QCOMPARE(value(db(), "SELECT read_at FROM pipelines WHERE name = 'churn-model'").toLongLong(),
                 PdTest::demoNow().toMSecsSinceEpoch());

        ws->clock.advance(60000);
        QVERIFY(mirror->applyPipeline(describePipelineAnswer()));
        const Pipeline described = ws->workspace->pipelines().resolve(prod, churnArn).value();
        QCOMPARE(PipelineDefinition::fromJson(described.definition).steps.size(), 3);
        QCOMPARE(described.status, QStringLiteral("Active"));
        QCOMPARE(described.createdBy, QStringLiteral("ana"));
        QCOMPARE(described.modifiedBy, QStringLiteral("arn:aws:sts::444444444444:assumed-role/Admin/jin"));
        QCOMPARE(value(db(), "SELECT read_at FROM pipelines WHERE name = 'churn-model'").toLongLong(),
                 PdTest::demoNow().toMSecsSinceEpoch() + 60000);
        // A later summary keeps what only DescribePipeline says.
        QVERIFY(mirror->applyPipelines(json(listPipelines)));
        QCOMPARE(PipelineDefinition::fromJson(ws->workspace->pipelines().resolve(prod, churnArn)->definition).steps.size(), 3);
    }

    void executionsMapStatusesAndTimes()
    {
        auto mirror = session();
        QVERIFY(mirror->applyPipelines(json(listPipelines)));
        QSignalSpy changed(&ws->workspace->pipelines(), &PipelineService::executionsChanged);
        QVERIFY(mirror->applyExecutions(churnArn, json(listExecutions)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), churnArn);

        auto list = ws->workspace->pipelines().listExecutions(prod, churnArn);
        QVERIFY2(list, qPrintable(list.error().message));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).status, ExecutionStatus::Executing);
        QCOMPARE(list->at(0).startTime, qint64(1764000000250));
        QCOMPARE(list->at(0).displayName, QStringLiteral("weekly-2025-11-24"));
        QCOMPARE(list->at(1).status, ExecutionStatus::Failed);
        QCOMPARE(list->at(1).failureReason, QStringLiteral("Step failure: One or multiple steps failed."));
        QCOMPARE(list->at(2).status, ExecutionStatus::Succeeded);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE origin = 'prod' AND read_at IS NOT NULL"), 3);

        QVERIFY(mirror->applyExecution(json(describeExecution)));
        Execution failed = ws->workspace->pipelines().describeExecution(prod, failedArn).value();
        QCOMPARE(failed.description, QStringLiteral("Scheduled retraining"));
        QCOMPARE(failed.startTime, qint64(1763395200000));
        QCOMPARE(failed.endTime, qint64(1763398800750)); // terminal: its last modification
        QCOMPARE(failed.startedBy, QStringLiteral("arn:aws:sts::444444444444:assumed-role/SchedulerRole/abc"));

        // Another summary page of the same executions keeps the end time of a finished one.
        QVERIFY(mirror->applyExecutions(churnArn, json(listExecutions)));
        QCOMPARE(ws->workspace->pipelines().describeExecution(prod, failedArn)->endTime, qint64(1763398800750));
        // Retried in the cloud: Executing again, with no end time; the others keep theirs.
        QString retried = QString::fromUtf8(listExecutions);
        retried.replace("\"StartTime\": 1763395200, \"PipelineExecutionStatus\": \"Failed\"",
                        "\"StartTime\": 1763395200, \"PipelineExecutionStatus\": \"Executing\"");
        QVERIFY(retried != QString::fromUtf8(listExecutions));
        QVERIFY(mirror->applyExecutions(churnArn, json(retried.toUtf8().constData())));
        failed = ws->workspace->pipelines().describeExecution(prod, failedArn).value();
        QCOMPARE(failed.status, ExecutionStatus::Executing);
        QCOMPARE(failed.endTime, qint64(0));
        QCOMPARE(failed.description, QStringLiteral("Scheduled retraining")); // a summary without one keeps it
    }

    void everyApiStatusMaps_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("known");
        for (const char *s : {"Executing", "Stopping", "Stopped", "Failed", "Succeeded"})
            QTest::newRow(s) << QString::fromLatin1(s) << true;
        QTest::newRow("Starting is a step status only") << QStringLiteral("Starting") << false;
        QTest::newRow("lower case") << QStringLiteral("executing") << false;
    }
    void everyApiStatusMaps()
    {
        QFETCH(QString, api);
        QFETCH(bool, known);
        ExecutionStatus status;
        QCOMPARE(PipelineMirror::executionStatus(api, &status), known);
        if (known)
            QCOMPARE(toApiString(status), api);
        StepStatus step;
        QVERIFY(PipelineMirror::stepStatus(QStringLiteral("Starting"), &step));
        QCOMPARE(step, StepStatus::Starting);
    }

    void stepsTakeTheirTypeAndStartOrder()
    {
        auto mirror = session();
        firstSync(*mirror);
        QVERIFY(mirror->applyExecution(json(describeExecution)));
        QVERIFY(mirror->applySteps(failedArn, json(listSteps)));
        auto steps = ws->workspace->pipelines().executionSteps(prod, failedArn);
        QVERIFY2(steps, qPrintable(steps.error().message));
        QCOMPARE(steps->size(), 3);
        // The API lists the newest first; the table keeps the order they started in.
        QCOMPARE(steps->at(0).name, QStringLiteral("Preprocess"));
        QCOMPARE(steps->at(0).type, QStringLiteral("Processing"));
        QCOMPARE(steps->at(0).status, StepStatus::Succeeded);
        QCOMPARE(steps->at(1).name, QStringLiteral("Train"));
        QCOMPARE(steps->at(1).type, QStringLiteral("Training"));
        QCOMPARE(steps->at(1).status, StepStatus::Failed);
        QCOMPARE(steps->at(1).attempt, 2);
        QCOMPARE(steps->at(1).failureReason, QStringLiteral("ClientError: AlgorithmError: out of memory"));
        QCOMPARE(steps->at(1).endTime, qint64(1763398700000));
        QCOMPARE(steps->at(2).name, QStringLiteral("Notify"));
        QCOMPARE(steps->at(2).type, QStringLiteral("Unknown")); // no metadata, not in the definition
        QCOMPARE(steps->at(2).status, StepStatus::Stopping);
        QCOMPARE(steps->at(2).endTime, qint64(0));

        // A step that changed: its status and times follow.
        {
            QJsonObject page = json(listSteps);
            QJsonArray list = page.value("PipelineExecutionSteps").toArray();
            QJsonObject notify = list.at(2).toObject();
            notify.insert("StepStatus", "Stopped");
            notify.insert("EndTime", 1763398790);
            list.replace(2, notify);
            page.insert("PipelineExecutionSteps", list);
            QVERIFY(mirror->applySteps(failedArn, page));
            const StepExecution stopped = ws->workspace->pipelines().executionSteps(prod, failedArn)->at(2);
            QCOMPARE(stopped.status, StepStatus::Stopped);
            QCOMPARE(stopped.endTime, qint64(1763398790000));
        }
        // A later listing without Notify: finishing it removes the step.
        auto again = session();
        QJsonObject page = json(listSteps);
        QJsonArray list = page.value("PipelineExecutionSteps").toArray();
        list.removeAt(2);
        page.insert("PipelineExecutionSteps", list);
        QVERIFY(again->applySteps(failedArn, page));
        QCOMPARE(again->finishSteps(failedArn).value(), 1);
        QCOMPARE(ws->workspace->pipelines().executionSteps(prod, failedArn)->size(), 2);
    }

    void stepTypeFromMetadata()
    {
        QCOMPARE(PipelineMirror::stepType(json(R"({"RegisterModel": {"Arn": "x"}})")), QStringLiteral("RegisterModel"));
        QCOMPARE(PipelineMirror::stepType(json(R"({"Condition": {"Outcome": "True"}})")), QStringLiteral("Condition"));
        QCOMPARE(PipelineMirror::stepType(json(R"({"TransformJob": {"Arn": "x"}})")), QStringLiteral("Transform"));
        QCOMPARE(PipelineMirror::stepType(json(R"({"Lambda": {"Arn": "x", "OutputParameters": []}})")),
                 QStringLiteral("Lambda"));
        QCOMPARE(PipelineMirror::stepType(QJsonObject()), QString());
    }

    void stepWithoutMetadataTakesTheDefinitionsType()
    {
        auto mirror = session();
        firstSync(*mirror);
        QVERIFY(mirror->applySteps(failedArn, json(R"({"PipelineExecutionSteps": [
            {"StepName": "CheckAccuracy", "StartTime": 1763398000, "StepStatus": "Executing"}]})")));
        QCOMPARE(ws->workspace->pipelines().executionSteps(prod, failedArn)->at(0).type, QStringLiteral("Condition"));
    }

    void parametersReplaceThenAdd()
    {
        auto mirror = session();
        firstSync(*mirror);
        QVERIFY(mirror->applyParameters(failedArn, json(listParameters), true));
        QVERIFY(mirror->applyParameters(failedArn, json(R"({"PipelineParameters": [{"Name": "Region", "Value": "us-east-1"}]})"),
                                        false));
        auto parameters = ws->workspace->pipelines().executionParameters(prod, failedArn);
        QVERIFY(parameters);
        QCOMPARE(parameters->size(), 3);
        QCOMPARE(parameters->at(0).name, QStringLiteral("InstanceType"));
        QCOMPARE(parameters->at(0).value, QStringLiteral("ml.m5.2xlarge"));
        QCOMPARE(parameters->at(2).value, QStringLiteral("us-east-1"));
        // A new first page replaces them.
        QVERIFY(mirror->applyParameters(failedArn, json(listParameters), true));
        QCOMPARE(ws->workspace->pipelines().executionParameters(prod, failedArn)->size(), 2);
    }

    void finishedListingsDeleteWhatTheCloudNoLongerHas()
    {
        {
            auto mirror = session();
            firstSync(*mirror);
            QVERIFY(mirror->applyExecution(json(describeExecution)));
            QVERIFY(mirror->applySteps(failedArn, json(listSteps)));
        }
        // A local row in the connected account (made before it was connected) and another
        // account's pipeline: a sync never deletes either.
        QVERIFY(db().transaction([&] {
            Pipeline local;
            local.arn = QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:pipeline/local-only");
            local.accountId = prod;
            local.region = QStringLiteral("us-east-1");
            local.name = QStringLiteral("local-only");
            local.definition = "{}";
            return PipelineStore(db()).insert(local);
        }));
        QVERIFY(db().transaction([&] {
            Execution e;
            e.arn = churnArn + QStringLiteral("/execution/localrow00001");
            e.pipelineArn = churnArn;
            e.status = ExecutionStatus::Succeeded;
            e.startTime = e.lastModifiedTime = 1;
            return PipelineStore(db()).insert(e);
        }));
        const int devPipelines = count(db(), "SELECT count(*) FROM pipelines WHERE account_id = '111111111111'");
        const int devExecutions = count(db(), "SELECT count(*) FROM executions e JOIN pipelines p ON p.arn = "
                                              "e.pipeline_arn WHERE p.account_id <> '444444444444'");
        QVERIFY(devPipelines > 0);

        // The second sync: fraud-detection is gone, and so is the failed execution.
        auto mirror = session();
        QJsonObject pipelines = json(listPipelines);
        QJsonArray summaries = pipelines.value("PipelineSummaries").toArray();
        summaries.removeAt(1);
        pipelines.insert("PipelineSummaries", summaries);
        QVERIFY(mirror->applyPipelines(pipelines));
        QJsonObject executions = json(listExecutions);
        QJsonArray list = executions.value("PipelineExecutionSummaries").toArray();
        list.removeAt(1);
        executions.insert("PipelineExecutionSummaries", list);
        QVERIFY(mirror->applyExecutions(churnArn, executions));

        QSignalSpy executionsChanged(&ws->workspace->pipelines(), &PipelineService::executionsChanged);
        QCOMPARE(mirror->finishExecutions(churnArn).value(), 1);
        QCOMPARE(executionsChanged.count(), 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE pipeline_arn = '" + churnArn + "'"), 3);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE arn = '" + failedArn + "'"), 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM execution_steps WHERE execution_arn = '" + failedArn + "'"), 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE origin IS NULL AND pipeline_arn = '" + churnArn + "'"),
                 1);

        QSignalSpy pipelinesChanged(&ws->workspace->pipelines(), &PipelineService::pipelinesChanged);
        QCOMPARE(mirror->finishPipelines().value(), 1);
        QCOMPARE(pipelinesChanged.count(), 1);
        QStringList names;
        const QList<Pipeline> left = ws->workspace->pipelines().pipelines(prod).value();
        for (const Pipeline &p : left)
            names.append(p.name);
        QCOMPARE(names, QStringList({"churn-model", "local-only"}));
        QCOMPARE(count(db(), "SELECT count(*) FROM pipelines WHERE account_id = '111111111111'"), devPipelines);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions e JOIN pipelines p ON p.arn = e.pipeline_arn "
                             "WHERE p.account_id <> '444444444444'"),
                 devExecutions);
    }

    void anUnfinishedListingDeletesNothing()
    {
        {
            auto mirror = session();
            firstSync(*mirror);
        }
        {
            auto mirror = session();
            QVERIFY(mirror->applyPipelines(json(R"({"PipelineSummaries": []})")));
            // The sync stopped here (cancelled, offline): no finish, nothing deleted.
        }
        QCOMPARE(ws->workspace->pipelines().pipelines(prod)->size(), 2);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE origin = 'prod'"), 3);
        // An empty complete listing does delete: the cloud has none left.
        auto mirror = session();
        QVERIFY(mirror->applyPipelines(json(R"({"PipelineSummaries": []})")));
        QCOMPARE(mirror->finishPipelines().value(), 2);
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE origin = 'prod'"), 0);
    }

    void aPageThatDoesNotFitWritesNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("with");
        QTest::newRow("another account's execution")
            << "PipelineExecutionSummaries[2].PipelineExecutionArn" << "444444444444:pipeline/churn-model/execution/99zz"
            << "555555555555:pipeline/churn-model/execution/99zz";
        QTest::newRow("unknown status") << "PipelineExecutionSummaries[1].PipelineExecutionStatus"
                                        << "\"Failed\"" << "\"Exploded\"";
        QTest::newRow("no start time") << "PipelineExecutionSummaries[2].StartTime" << "\"StartTime\": 1762790400,"
                                       << "";
    }
    void aPageThatDoesNotFitWritesNothing()
    {
        QFETCH(QString, member);
        QFETCH(QString, replace);
        QFETCH(QString, with);
        auto mirror = session();
        QVERIFY(mirror->applyPipelines(json(listPipelines)));
        QString page = QString::fromUtf8(listExecutions);
        QVERIFY(page.contains(replace));
        page.replace(replace, with);
        QSignalSpy changed(&ws->workspace->pipelines(), &PipelineService::executionsChanged);
        const Status applied = mirror->applyExecutions(churnArn, json(page.toUtf8().constData()));
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, Error::Code::InvalidInput);
        QCOMPARE(applied.error().field, member);
        QVERIFY2(applied.error().message.startsWith(member + ": "), qPrintable(applied.error().message));
        QCOMPARE(count(db(), "SELECT count(*) FROM executions WHERE origin = 'prod'"), 0);
        QCOMPARE(changed.count(), 0);
    }

    void aPipelineOfAnotherAccountIsRefused()
    {
        auto mirror = session();
        QString page = QString::fromUtf8(listPipelines);
        page.replace("444444444444:pipeline/fraud-detection", "111111111111:pipeline/fraud-detection");
        const Status applied = mirror->applyPipelines(json(page.toUtf8().constData()));
        QVERIFY(!applied);
        QCOMPARE(applied.error().field, QStringLiteral("PipelineSummaries[1].PipelineArn"));
        QCOMPARE(count(db(), "SELECT count(*) FROM pipelines WHERE origin IS NOT NULL"), 0);
        // Executions of a pipeline of another account are refused too.
        const QString devPipeline = ws->workspace->pipelines().pipelines(dev)->first().arn;
        const Status other = mirror->applyExecutions(devPipeline, json(listExecutions));
        QCOMPARE(other.error().code, Error::Code::NotFound);
    }

    void onlyAConnectedAccountHasASession()
    {
        auto local = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(), dev);
        QVERIFY(!local);
        QCOMPARE(local.error().code, Error::Code::Conflict);
        auto unknown = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(),
                                             QStringLiteral("999999999999"));
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
    }

    void thePipelinesPageFollowsASync()
    {
        Session identity(prod);
        PipelineTableModel model(ws->workspace->pipelines(), identity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto mirror = session();
        QVERIFY(mirror->applyPipelines(json(listPipelines)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, PipelineTableModel::Name)).toString(), QStringLiteral("churn-model"));
        // The next sync finds none left.
        auto next = session();
        QVERIFY(next->applyPipelines(json(R"({"PipelineSummaries": []})")));
        QCOMPARE(next->finishPipelines().value(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPipelineMirror)
#include "tst_pipelinemirror.moc"

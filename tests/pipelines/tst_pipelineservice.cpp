// PipelineService: create/update/delete, start with parameters, stop and retry transitions,
// idempotency tokens, access checks and the change signals.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/localrunner.h"
#include "pipelines/pipelineaccess.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "sharing/accessservice.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
QString demoExecution(const char *id)
{
    return serialArn + QStringLiteral("/execution/") + QLatin1String(id);
}
const QString token = QStringLiteral("0123456789abcdef0123456789abcdef");

QString parameterText(const QList<ExecutionParameter> &parameters)
{
    QStringList parts;
    for (const ExecutionParameter &p : parameters)
        parts.append(p.name + QLatin1Char('=') + p.value);
    return parts.join(QLatin1Char(' '));
}

const char smallDefinition[] = R"({"Version":"2020-12-01","Parameters":[{"Name":"Epochs","Type":"Integer","DefaultValue":2}],
    "Steps":[{"Name":"Prepare","Type":"Processing"},{"Name":"Train","Type":"Training","DependsOn":["Prepare"]}]})";

// A PipelineAccess of the test's own: every account may read and start exactly what `granted`
// lists, whatever the shares say. Proves PipelineService asks its access through the interface.
class GrantedAccess : public PipelineAccess
{
public:
    QHash<QString, QList<PipelineAction>> granted; // account id -> actions on serialArn
    QStringList asked;

    Status check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const override
    {
        const_cast<GrantedAccess *>(this)->asked.append(actionName(action));
        if (pipelineArn.startsWith(QStringLiteral("arn:aws:sagemaker:us-east-1:") + accountId + QLatin1Char(':')))
            return {};
        if (pipelineArn.startsWith(serialArn) && granted.value(accountId).contains(action))
            return {};
        return Error::denied(QStringLiteral("stub refuses %1").arg(actionName(action)));
    }
    Result<QStringList> sharedPipelineArns(const QString &accountId) const override
    {
        return granted.contains(accountId) ? QStringList{serialArn} : QStringList();
    }
};
} // namespace

class TestPipelineService : public QObject
{
    Q_OBJECT

private slots:
    void startFillsDefaults();
    void startRejects_data();
    void startRejects();
    void startRecordsWhoStartedIt();
    void startInCallersTransaction();
    void transitions_data();
    void transitions();
    void legalTransitionTable();
    void idempotentStart();
    void idempotentStopAndRetry();
    void retryKeepsSucceededSteps();
    void createUpdateDelete();
    void createRejectsInvalidDefinition();
    void deleteWarnsAboutReferences();
    void readsAreChecked();
    void startablePipelines();
    void serviceBuiltAloneAsksItsAccess();
};

void TestPipelineService::startFillsDefaults()
{
    PdTest::TestWorkspace ws;
    QSignalSpy changed(&ws->pipelines(), &PipelineService::executionsChanged);
    StartRequest request;
    request.pipeline = QStringLiteral("serial-inference-pipeline");
    request.parameters = {{QStringLiteral("ProcessingInstanceCount"), QStringLiteral("3")}};
    request.displayName = QStringLiteral("from-test");
    auto arn = ws->pipelines().start(test, request);
    QVERIFY2(arn.ok(), qPrintable(arn.error().message));
    QVERIFY(arn->startsWith(serialArn + QStringLiteral("/execution/")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), serialArn);
    auto e = ws->pipelines().describeExecution(test, arn.value());
    QVERIFY(e.ok());
    QCOMPARE(e->status, ExecutionStatus::Executing);
    QCOMPARE(e->displayName, QStringLiteral("from-test"));
    QCOMPARE(parameterText(e->parameters),
             QStringLiteral("TrainingInstanceType=ml.m5.xlarge ProcessingInstanceType=ml.m5.xlarge "
                            "ProcessingInstanceCount=3 "
                            "InputData=s3://sagemaker-us-east-1-222222222222/abalone/abalone-dataset.csv"));
    QCOMPARE(e->startTime, ws.clock.nowMs());
    // The first wave: only the step without dependencies starts.
    QCOMPARE(e->steps.size(), 1);
    QCOMPARE(e->steps.at(0).name, QStringLiteral("Preprocess"));
    QCOMPARE(e->steps.at(0).status, StepStatus::Starting);
}

void TestPipelineService::startRejects_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("requestToken");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");

    const QString serial = QStringLiteral("serial-inference-pipeline");
    QTest::newRow("unknown parameter") << test << serial << QStringList{"Bogus=1"} << QString()
                                       << int(Error::Code::InvalidInput) << "Bogus";
    QTest::newRow("integer parameter not a number") << test << serial << QStringList{"ProcessingInstanceCount=two"}
                                                    << QString() << int(Error::Code::InvalidInput)
                                                    << "ProcessingInstanceCount";
    QTest::newRow("parameter given twice")
        << test << serial << QStringList{"InputData=a", "InputData=b"} << QString() << int(Error::Code::InvalidInput)
        << "InputData";
    QTest::newRow("token too short") << test << serial << QStringList() << QStringLiteral("short")
                                     << int(Error::Code::InvalidInput) << "client-request-token";
    QTest::newRow("token too long") << test << serial << QStringList() << QString(129, QLatin1Char('t'))
                                    << int(Error::Code::InvalidInput) << "client-request-token";
    QTest::newRow("unknown pipeline") << test << QStringLiteral("nope") << QStringList() << QString()
                                      << int(Error::Code::NotFound) << "";
    QTest::newRow("another account's pipeline") << dev << serialArn << QStringList() << QString()
                                                << int(Error::Code::PermissionDenied) << "";
}

void TestPipelineService::startRejects()
{
    QFETCH(QString, identity);
    QFETCH(QString, pipeline);
    QFETCH(QStringList, parameters);
    QFETCH(QString, requestToken);
    QFETCH(int, code);
    QFETCH(QString, field);
    PdTest::TestWorkspace ws;
    const int before = PipelineStore(ws->database()).executionCount(serialArn).value();
    QSignalSpy changed(&ws->pipelines(), &PipelineService::executionsChanged);
    StartRequest request;
    request.pipeline = pipeline;
    for (const QString &pair : parameters)
        request.parameters.append({pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1)});
    request.clientRequestToken = requestToken;
    auto arn = ws->pipelines().start(identity, request);
    QVERIFY(!arn.ok());
    QCOMPARE(int(arn.error().code), code);
    QCOMPARE(arn.error().field, field);
    QVERIFY(!arn.error().message.isEmpty());
    QCOMPARE(PipelineStore(ws->database()).executionCount(serialArn).value(), before);
    QCOMPARE(changed.count(), 0);
}

void TestPipelineService::startRecordsWhoStartedIt()
{
    PdTest::TestWorkspace ws;
    StartRequest request;
    request.pipeline = serialArn;
    request.startedByKind = StartedByKind::Schedule;
    request.startedBy = QStringLiteral("nightly");
    auto arn = ws->pipelines().start(test, request);
    QVERIFY(arn.ok());
    auto e = ws->pipelines().describeExecution(test, arn.value());
    QCOMPARE(e->startedByKind, StartedByKind::Schedule);
    QCOMPARE(e->startedBy, QStringLiteral("nightly"));
    QCOMPARE(e->actingAccountId, test);
    QVERIFY(e->displayName.startsWith(QStringLiteral("execution-")));
}

void TestPipelineService::startInCallersTransaction()
{
    PdTest::TestWorkspace ws;
    Database &db = ws->database();
    const int before = PipelineStore(db).executionCount(serialArn).value();
    StartRequest request;
    request.pipeline = serialArn;
    QSignalSpy changed(&ws->pipelines(), &PipelineService::executionsChanged);
    // The caller's own write fails after the start: both roll back together.
    const Status failed = db.transaction([&]() -> Status {
        auto started = ws->pipelines().startInTransaction(test, request);
        if (!started)
            return started.error();
        return Error::storage(QStringLiteral("firing row could not be written"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(PipelineStore(db).executionCount(serialArn).value(), before);
    QString arn;
    const Status committed = db.transaction([&]() -> Status {
        auto started = ws->pipelines().startInTransaction(test, request);
        if (!started)
            return started.error();
        arn = started->arn;
        return {};
    });
    QVERIFY(committed.ok());
    QCOMPARE(PipelineStore(db).executionCount(serialArn).value(), before + 1);
    QCOMPARE(changed.count(), 0); // the caller notifies after its commit
    // Outside a transaction it refuses rather than committing on its own.
    QCOMPARE(ws->pipelines().startInTransaction(test, request).error().code, Error::Code::Internal);
}

void TestPipelineService::transitions_data()
{
    QTest::addColumn<QString>("execution");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<QString>("after");

    const struct
    {
        const char *id;
        const char *status;
    } demo[] = {{"p4j6e8g2c9lx", "Executing"}, {"t5u8w1a4s6dn", "Stopping"}, {"b1q7v3r9y2ke", "Stopped"},
                {"f8h3n6c2m5zt", "Failed"},    {"k2w9d4x1p7qa", "Succeeded"}};
    for (const auto &d : demo) {
        const bool canStop = qstrcmp(d.status, "Executing") == 0;
        const bool canRetry = qstrcmp(d.status, "Failed") == 0;
        QTest::addRow("stop %s", d.status) << demoExecution(d.id) << false << canStop
                                           << (canStop ? "Stopping" : d.status);
        QTest::addRow("retry %s", d.status) << demoExecution(d.id) << true << canRetry
                                            << (canRetry ? "Executing" : d.status);
    }
}

void TestPipelineService::transitions()
{
    QFETCH(QString, execution);
    QFETCH(bool, retry);
    QFETCH(bool, legal);
    QFETCH(QString, after);
    PdTest::TestWorkspace ws;
    auto before = ws->pipelines().describeExecution(test, execution);
    QVERIFY(before.ok());
    const Status allowed = retry ? ws->pipelines().canRetry(test, before.value())
                                 : ws->pipelines().canStop(test, before.value());
    QCOMPARE(allowed.ok(), legal);
    auto result = retry ? ws->pipelines().retry(test, execution) : ws->pipelines().stop(test, execution);
    QCOMPARE(result.ok(), legal);
    if (!legal) {
        QCOMPARE(result.error().code, Error::Code::Conflict);
        QCOMPARE(result.error().message, allowed.error().message);
    }
    auto now = ws->pipelines().describeExecution(test, execution);
    QCOMPARE(toApiString(now->status), after);
    if (legal && !retry) {
        for (const StepExecution &s : now->steps)
            QVERIFY2(s.status != StepStatus::Executing && s.status != StepStatus::Starting, qPrintable(s.name));
    }
    // Another account may not do it at all, legal or not.
    auto refused = retry ? ws->pipelines().retry(dev, execution) : ws->pipelines().stop(dev, execution);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY(refused.error().message.contains(retry ? QStringLiteral("RetryPipelineExecution")
                                                   : QStringLiteral("StopPipelineExecution")));
}

void TestPipelineService::legalTransitionTable()
{
    using E = ExecutionStatus;
    const QList<E> all{E::Executing, E::Stopping, E::Stopped, E::Failed, E::Succeeded};
    const QStringList legal{"Executing>Stopping", "Executing>Failed", "Executing>Succeeded", "Stopping>Stopped",
                            "Failed>Executing"};
    for (E from : all) {
        for (E to : all) {
            const QString pair = toApiString(from) + QLatin1Char('>') + toApiString(to);
            QCOMPARE(isLegalTransition(from, to), legal.contains(pair));
        }
    }
    using S = StepStatus;
    const QList<S> steps{S::Starting, S::Executing, S::Stopping, S::Stopped, S::Failed, S::Succeeded};
    const QStringList legalSteps{"Starting>Executing", "Starting>Stopping",  "Starting>Failed",
                                 "Starting>Succeeded", "Executing>Stopping", "Executing>Failed",
                                 "Executing>Succeeded", "Stopping>Stopped",  "Failed>Starting",
                                 "Stopped>Starting"};
    for (S from : steps) {
        for (S to : steps) {
            const QString pair = toApiString(from) + QLatin1Char('>') + toApiString(to);
            QCOMPARE(isLegalTransition(from, to), legalSteps.contains(pair));
        }
    }
}

void TestPipelineService::idempotentStart()
{
    PdTest::TestWorkspace ws;
    PipelineStore store(ws->database());
    const int before = store.executionCount(serialArn).value();
    StartRequest request;
    request.pipeline = QStringLiteral("serial-inference-pipeline");
    request.parameters = {{QStringLiteral("ProcessingInstanceCount"), QStringLiteral("2")}};
    request.clientRequestToken = token;
    auto first = ws->pipelines().start(test, request);
    QVERIFY(first.ok());
    ws.clock.advance(60000);
    auto again = ws->pipelines().start(test, request);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), first.value());
    QCOMPARE(store.executionCount(serialArn).value(), before + 1);
    // Naming a default explicitly is the same request.
    request.parameters.append({QStringLiteral("InputData"),
                               QStringLiteral("s3://sagemaker-us-east-1-222222222222/abalone/abalone-dataset.csv")});
    QCOMPARE(ws->pipelines().start(test, request).value(), first.value());
    request.parameters = {{QStringLiteral("ProcessingInstanceCount"), QStringLiteral("5")}};
    auto different = ws->pipelines().start(test, request);
    QVERIFY(!different.ok());
    QCOMPARE(different.error().code, Error::Code::InvalidInput);
    QCOMPARE(different.error().field, QStringLiteral("client-request-token"));
    QCOMPARE(store.executionCount(serialArn).value(), before + 1);
    // Tokens belong to an account: the same token elsewhere is a new request.
    StartRequest other;
    other.pipeline = QStringLiteral("churn-prediction-pipeline");
    other.clientRequestToken = token;
    auto devStart = ws->pipelines().start(dev, other);
    QVERIFY2(devStart.ok(), qPrintable(devStart.error().message));
    QVERIFY(devStart.value() != first.value());
}

void TestPipelineService::idempotentStopAndRetry()
{
    PdTest::TestWorkspace ws;
    const QString executing = demoExecution("p4j6e8g2c9lx");
    QVERIFY(ws->pipelines().stop(test, executing, token).ok());
    // Repeating the same stop answers the same, although a plain second stop would be refused.
    QCOMPARE(ws->pipelines().stop(test, executing, token).value(), executing);
    QCOMPARE(ws->pipelines().stop(test, executing).error().code, Error::Code::Conflict);
    // The token is spent on that execution.
    const QString failed = demoExecution("f8h3n6c2m5zt");
    QCOMPARE(ws->pipelines().stop(test, failed, token).error().field, QStringLiteral("client-request-token"));
    const QString retryToken = token + QStringLiteral("-retry");
    QVERIFY(ws->pipelines().retry(test, failed, retryToken).ok());
    QCOMPARE(ws->pipelines().retry(test, failed, retryToken).value(), failed);
    QCOMPARE(ws->pipelines().retry(test, failed).error().code, Error::Code::Conflict);
}

void TestPipelineService::retryKeepsSucceededSteps()
{
    PdTest::TestWorkspace ws;
    const QString failed = demoExecution("f8h3n6c2m5zt");
    auto before = ws->pipelines().describeExecution(test, failed).value();
    const StepExecution preprocess = *before.step(QStringLiteral("Preprocess"));
    ws.clock.advance(3600 * 1000);
    QVERIFY(ws->pipelines().retry(test, failed).ok());
    auto after = ws->pipelines().describeExecution(test, failed).value();
    QCOMPARE(after.status, ExecutionStatus::Executing);
    QVERIFY(after.failureReason.isEmpty());
    QCOMPARE(after.endTime, 0);
    QCOMPARE(after.startTime, before.startTime);
    QCOMPARE(after.startedByKind, StartedByKind::Retry);
    QCOMPARE(after.step(QStringLiteral("Preprocess"))->startTime, preprocess.startTime);
    QCOMPARE(after.step(QStringLiteral("Preprocess"))->attempt, 1);
    const StepExecution *train = after.step(QStringLiteral("Train"));
    QCOMPARE(train->status, StepStatus::Starting);
    QCOMPARE(train->attempt, 2);
    QCOMPARE(train->startTime, ws.clock.nowMs());
    QVERIFY(!after.step(QStringLiteral("Evaluate")));

    // The never-run steps follow once the retried one succeeds; the succeeded one is not re-run.
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(3600 * 1000);
    QVERIFY(runner.tick().ok());
    auto done = ws->pipelines().describeExecution(test, failed).value();
    QCOMPARE(done.status, ExecutionStatus::Succeeded);
    QCOMPARE(done.steps.size(), 7);
    QCOMPARE(done.step(QStringLiteral("Preprocess"))->endTime, preprocess.endTime);
    QCOMPARE(done.step(QStringLiteral("Evaluate"))->startTime, done.step(QStringLiteral("Train"))->endTime);
}

void TestPipelineService::createUpdateDelete()
{
    PdTest::TestWorkspace ws;
    QSignalSpy changed(&ws->pipelines(), &PipelineService::pipelinesChanged);
    PipelineInput input;
    input.name = QStringLiteral("new-pipeline");
    input.definition = smallDefinition;
    input.roleArn = QStringLiteral("arn:aws:iam::222222222222:role/Runner");
    auto created = ws->pipelines().createPipeline(test, input);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(created->arn, QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/new-pipeline"));
    QCOMPARE(created->createdAt, ws.clock.nowMs());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ws->pipelines().createPipeline(test, input).error().code, Error::Code::Conflict);

    ws.clock.advance(1000);
    PipelineInput update;
    update.name = created->arn;
    update.description = QStringLiteral("changed");
    QCOMPARE(ws->pipelines().updatePipeline(dev, update).error().code, Error::Code::PermissionDenied);
    auto updated = ws->pipelines().updatePipeline(test, update);
    QVERIFY(updated.ok());
    QCOMPARE(updated->description, QStringLiteral("changed"));
    QCOMPARE(updated->modifiedAt, ws.clock.nowMs());
    QCOMPARE(updated->definition, QByteArray(smallDefinition));
    update.definition = R"({"Version":"2020-12-01","Steps":[{"Name":"A","Type":"Processing","DependsOn":["A"]}]})";
    QCOMPARE(ws->pipelines().updatePipeline(test, update).error().field, QStringLiteral("Steps"));
    QCOMPARE(ws->pipelines().resolve(test, created->arn)->definition, QByteArray(smallDefinition));

    StartRequest request;
    request.pipeline = created->name;
    QVERIFY(ws->pipelines().start(test, request).ok());
    QCOMPARE(ws->pipelines().deletePipeline(dev, created->arn).error().code, Error::Code::PermissionDenied);
    auto deleted = ws->pipelines().deletePipeline(test, created->name);
    QVERIFY(deleted.ok());
    QVERIFY(deleted->isEmpty());
    QCOMPARE(ws->pipelines().resolve(test, created->arn).error().code, Error::Code::NotFound);
    QCOMPARE(PipelineStore(ws->database()).executionCount(created->arn).value(), 0);
}

void TestPipelineService::createRejectsInvalidDefinition()
{
    PdTest::TestWorkspace ws;
    PipelineInput input;
    input.name = QStringLiteral("broken");
    input.definition = R"({"Version":"2020-12-01","Steps":[{"Name":"A","Type":"Processing","DependsOn":["Z"]}]})";
    auto created = ws->pipelines().createPipeline(test, input);
    QCOMPARE(created.error().field, QStringLiteral("Steps[0].DependsOn"));
    QCOMPARE(ws->pipelines().resolve(test, QStringLiteral("broken")).error().code, Error::Code::NotFound);
    input.name = QStringLiteral("bad_name");
    input.definition = smallDefinition;
    QCOMPARE(ws->pipelines().createPipeline(test, input).error().field, QStringLiteral("pipeline-name"));
}

void TestPipelineService::deleteWarnsAboutReferences()
{
    PdTest::TestWorkspace ws;
    const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
    // Test set-up only: schedules and rules have their own services in other parts of the app.
    QSqlQuery q(ws->database().db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schedules (arn, account_id, name, expression, state, target_pipeline_arn, "
                                  "created_at, modified_at) VALUES ('arn:s', '222222222222', 'nightly', 'rate(1 day)', "
                                  "'ENABLED', '%1', 0, 0)")
                       .arg(abalone)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rules (arn, account_id, name, event_pattern, state, created_at, "
                                  "modified_at) VALUES ('arn:r', '222222222222', 'on-upload', '{}', 'ENABLED', 0, 0)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rule_targets (rule_arn, target_id, pipeline_arn) VALUES "
                                  "('arn:r', 't1', '%1')")
                       .arg(abalone)));
    auto references = ws->pipelines().references(test, abalone);
    QCOMPARE(references->schedules, QStringList{QStringLiteral("nightly")});
    // The demo's own "nightly-retrain" rule targets abalone-training-pipeline too.
    const QStringList rules{QStringLiteral("nightly-retrain"), QStringLiteral("on-upload")};
    QCOMPARE(references->rules, rules);
    auto deleted = ws->pipelines().deletePipeline(test, abalone);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->schedules, QStringList{QStringLiteral("nightly")});
    QCOMPARE(deleted->rules, rules);
}

void TestPipelineService::readsAreChecked()
{
    PdTest::TestWorkspace ws;
    const QString churnExecution =
        QStringLiteral("arn:aws:sagemaker:us-east-1:111111111111:pipeline/churn-prediction-pipeline/execution/m3n5p7r9t1v4");
    // Account 222222222222 has no share of the dev account's pipeline.
    QCOMPARE(ws->pipelines().describeExecution(test, churnExecution).error().code, Error::Code::PermissionDenied);
    QCOMPARE(ws->pipelines().executionSteps(test, churnExecution).error().code, Error::Code::PermissionDenied);
    QCOMPARE(ws->pipelines().executionParameters(test, churnExecution).error().code, Error::Code::PermissionDenied);
    QVERIFY(ws->pipelines().executionSteps(dev, churnExecution).ok());
    QCOMPARE(ws->pipelines().describeExecution(test, serialArn + QStringLiteral("/execution/none")).error().code,
             Error::Code::NotFound);
    auto visible = ws->pipelines().visiblePipelineArns(test);
    QVERIFY(visible->contains(serialArn));
    QVERIFY(!visible->contains(QStringLiteral("arn:aws:sagemaker:us-east-1:111111111111:pipeline/churn-prediction-pipeline")));
}

void TestPipelineService::startablePipelines()
{
    PdTest::TestWorkspace ws;
    const QString sharedServices = QStringLiteral("333333333333");
    auto names = [&](const QString &identity) {
        QStringList result;
        const auto startable = ws->pipelines().startablePipelines(identity);
        for (const Pipeline &p : startable.value())
            result.append(p.arn);
        result.sort();
        return result;
    };
    // dev sees the test account's pipeline through a read-only share: visible, not startable.
    QVERIFY(ws->pipelines().visiblePipelineArns(dev)->contains(serialArn));
    QVERIFY(!names(dev).contains(serialArn));
    QVERIFY(names(dev).contains(QStringLiteral("arn:aws:sagemaker:us-east-1:111111111111:pipeline/churn-prediction-pipeline")));
    // shared-services has the allow-execution permission: startable.
    QVERIFY(names(sharedServices).contains(serialArn));
    // The owner may start its own.
    QVERIFY(names(test).contains(serialArn));
}

void TestPipelineService::serviceBuiltAloneAsksItsAccess()
{
    // A PipelineService of the test's own, on the demo's database, with nothing of sharing: the
    // context and the access interface are all it needs.
    PdTest::TestWorkspace ws;
    ServiceContext context(ws->database(), ws.clock);
    GrantedAccess access;
    PipelineService pipelines(context, access);

    StartRequest request;
    request.pipeline = serialArn;
    auto refused = pipelines.start(dev, request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(refused.error().message, QStringLiteral("stub refuses sagemaker:StartPipelineExecution"));
    QVERIFY(pipelines.visiblePipelines(dev)->size() == 1); // dev's own churn pipeline only

    access.granted.insert(dev, {PipelineAction::DescribePipeline, PipelineAction::StartPipelineExecution});
    auto started = pipelines.start(dev, request);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    QVERIFY(started->startsWith(serialArn + QStringLiteral("/execution/")));
    QVERIFY(access.asked.contains(QStringLiteral("sagemaker:StartPipelineExecution")));
    QCOMPARE(pipelines.startablePipelines(dev)->size(), 2);
    // The shares of the demo still refuse dev: the workspace's own service was not involved.
    QCOMPARE(ws->pipelines().canStart(dev, serialArn).error().code, Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestPipelineService)
#include "tst_pipelineservice.moc"

// CloudActions on pipelines against a fake AWS account over loopback: create, update and delete of a
// connected account's pipeline go to SageMaker first (the request bodies as the API takes them),
// then the pipeline is read back into the mirror; bad input is refused before any request, in the
// local service's words; the cloud's refusals are the job's error with nothing written; a local
// account's pipelines are the pipelines service's, without a request.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "interchange/documentlimits.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QTest>

using namespace Pd;
using PdTest::FakeAnswer;

using Fixture = PdTest::ConnectedFixture;

namespace {

const QString localTest = QStringLiteral("222222222222");
const QByteArray definition = R"({"Version": "2020-12-01",
  "Parameters": [{"Name": "Epochs", "Type": "Integer", "DefaultValue": 3}],
  "Steps": [{"Name": "Train", "Type": "Training", "Arguments": {}}]})";
const QString role = QStringLiteral("arn:aws:iam::444444444444:role/SageMakerPipelines");

PipelineInput churnModel()
{
    PipelineInput input;
    input.name = "churn-model";
    input.definition = definition;
    input.roleArn = role;
    input.displayName = "Churn model";
    input.description = "weekly retraining";
    return input;
}

QString messageOf(const Status &status)
{
    return status ? QString("ok") : status.error().message;
}

// The JSON body of the last request for an operation.
QJsonObject lastBody(const PdTest::FakeAwsServer &server, const QByteArray &operation)
{
    const auto requests = server.requests();
    for (qsizetype i = requests.size() - 1; i >= 0; --i) {
        if (requests.at(i).targetOperation() == operation)
            return QJsonDocument::fromJson(requests.at(i).body).object();
    }
    return {};
}

} // namespace

class TestCloudPipelineActions : public QObject
{
    Q_OBJECT

private slots:
    void createGoesToTheCloudThenIsReadBack()
    {
        Fixture f;
        f.cloud.addPipelines(1, 2);
        const QString account = f.connectAndSync();
        const int listed = f.cloud.calls.value("ListPipelines");
        const int described = f.cloud.calls.value("DescribePipeline");

        QString arn;
        const Status s = f.wait(f.actions->createPipeline(account, churnModel()), &arn);
        QVERIFY2(s.ok(), qPrintable(messageOf(s)));
        QCOMPARE(arn, f.cloud.pipelineArn("churn-model"));

        // CreatePipeline as the API takes it, with a fresh idempotency token.
        QCOMPARE(f.cloud.createdPipelines.size(), 1);
        const QJsonObject body = lastBody(f.server, "CreatePipeline");
        QCOMPARE(body.value("PipelineName").toString(), QString("churn-model"));
        QCOMPARE(body.value("PipelineDisplayName").toString(), QString("Churn model"));
        QCOMPARE(body.value("PipelineDescription").toString(), QString("weekly retraining"));
        QCOMPARE(body.value("RoleArn").toString(), role);
        QCOMPARE(body.value("PipelineDefinition").toString().toUtf8(), definition);
        QVERIFY(body.value("ClientRequestToken").toString().size() >= 32);

        // Read back: that pipeline alone, not the whole account.
        QCOMPARE(f.cloud.calls.value("ListPipelines"), listed);
        QCOMPARE(f.cloud.calls.value("DescribePipeline"), described + 1);
        auto mirrored = f.workspace->pipelines().resolve(account, "churn-model");
        QVERIFY2(mirrored, qPrintable(mirrored ? QString() : mirrored.error().message));
        QCOMPARE(mirrored->description, QString("weekly retraining"));
        QCOMPARE(mirrored->roleArn, role);
        QCOMPARE(mirrored->displayName, QString("Churn model"));
        QVERIFY(PipelineDefinition::fromJson(mirrored->definition).steps.size() == 1);
        QCOMPARE(f.text("SELECT origin FROM pipelines WHERE arn = '" + arn + "'"), QString("prod"));
    }

    void updateSendsOnlyWhatChanges()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        PipelineInput input;
        input.name = f.cloud.pipelineArn("pipeline-0"); // by ARN, as the API allows
        input.description = "now with a description";
        QString arn;
        const Status s = f.wait(f.actions->updatePipeline(account, input), &arn);
        QVERIFY2(s.ok(), qPrintable(messageOf(s)));
        QCOMPARE(arn, f.cloud.pipelineArn("pipeline-0"));
        const QJsonObject body = lastBody(f.server, "UpdatePipeline");
        QCOMPARE(body.keys(), QStringList({"PipelineDescription", "PipelineName"}));
        QCOMPARE(body.value("PipelineName").toString(), f.cloud.pipelineArn("pipeline-0"));
        QCOMPARE(f.workspace->pipelines().resolve(account, "pipeline-0")->description,
                 QString("now with a description"));

        // A new definition and role.
        input.name = "pipeline-0";
        input.description.clear();
        input.definition = definition;
        input.roleArn = role;
        QVERIFY(f.wait(f.actions->updatePipeline(account, input)).ok());
        QCOMPARE(f.cloud.updatedPipelines.size(), 2);
        QCOMPARE(f.cloud.updatedPipelines.last().value("PipelineDefinition").toString().toUtf8(), definition);
        QCOMPARE(f.cloud.updatedPipelines.last().value("RoleArn").toString(), role);
        const Pipeline mirrored = f.workspace->pipelines().resolve(account, "pipeline-0").value();
        QCOMPARE(PipelineDefinition::fromJson(mirrored.definition).steps.at(0).name, QString("Train"));
        QCOMPARE(mirrored.description, QString("now with a description")); // kept, as in the cloud
    }

    void deleteGoesToTheCloudAndTheRowGoes()
    {
        Fixture f;
        f.cloud.addPipelines(2, 3);
        const QString account = f.connectAndSync();
        const QString arn = f.cloud.pipelineArn("pipeline-0");
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + arn + "'"), 3);
        QString deleted;
        const Status s = f.wait(f.actions->deletePipeline(account, "pipeline-0"), &deleted);
        QVERIFY2(s.ok(), qPrintable(messageOf(s)));
        QCOMPARE(deleted, arn);
        const QJsonObject body = lastBody(f.server, "DeletePipeline");
        QCOMPARE(body.value("PipelineName").toString(), QString("pipeline-0"));
        QVERIFY(body.value("ClientRequestToken").toString().size() >= 32);
        QCOMPARE(f.count("SELECT COUNT(*) FROM pipelines WHERE arn = '" + arn + "'"), 0);
        QCOMPARE(f.count("SELECT COUNT(*) FROM executions WHERE pipeline_arn = '" + arn + "'"), 0);
        // The other one stays.
        QVERIFY(f.workspace->pipelines().resolve(account, "pipeline-1"));
    }

    void badInputIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad name") << "not a name!" << definition << role << "pipeline-name";
        QTest::newRow("no definition") << "ok-name" << QByteArray() << role << "pipeline-definition";
        QTest::newRow("invalid JSON") << "ok-name" << QByteArray("{\"Version\": ") << role << "pipeline-definition";
        QTest::newRow("too big") << "ok-name"
                                 << QByteArray(DocumentLimits::pipelineDefinitionMaxLength + 1, ' ') + definition
                                 << role << "pipeline-definition";
        QTest::newRow("bad role") << "ok-name" << definition << "arn:aws:iam::444444444444:user/ana"
                                  << "role-arn";
    }

    void badInputIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, definition);
        QFETCH(QString, role);
        QFETCH(QString, field);
        Fixture f;
        f.cloud.addPipelines(1, 0);
        const QString account = f.connectAndSync();
        const int requests = int(f.server.requests().size());
        const int changes = f.workspace->database().changeCount();
        PipelineInput input;
        input.name = name;
        input.definition = definition;
        input.roleArn = role;

        const Status created = f.wait(f.actions->createPipeline(account, input));
        QVERIFY(!created);
        // The local service's own refusal of the same input, word for word.
        auto local = f.workspace->pipelines().createPipeline(localTest, input);
        QVERIFY(!local);
        QCOMPARE(created.error().code, local.error().code);
        QCOMPARE(created.error().field, field);
        QCOMPARE(created.error().message, local.error().message);
        QCOMPARE(created.error().exitCode(), 2);

        if (!definition.isEmpty() && name == QLatin1String("ok-name")) {
            // The same checks for an update (name kept: the definition or role is what is wrong).
            input.name = "pipeline-0";
            const Status updated = f.wait(f.actions->updatePipeline(account, input));
            QVERIFY(!updated);
            QCOMPARE(updated.error().message, created.error().message);
        }
        QCOMPARE(int(f.server.requests().size()), requests);
        QCOMPARE(f.workspace->database().changeCount(), changes);
    }

    void whatOnlyTheCloudNeedsIsAskedFirstToo()
    {
        Fixture f;
        f.cloud.addPipelines(1, 0);
        const QString account = f.connectAndSync();
        const int requests = int(f.server.requests().size());
        // SageMaker runs a pipeline as a role: none is refused here, naming the option.
        PipelineInput input = churnModel();
        input.roleArn.clear();
        const Status created = f.wait(f.actions->createPipeline(account, input));
        QVERIFY(!created);
        QCOMPARE(created.error().field, QString("role-arn"));
        QCOMPARE(created.error().exitCode(), 2);
        // Another account's pipeline is its owner's to change, as the service says.
        const QString foreign = "arn:aws:sagemaker:us-east-1:555555555555:pipeline/theirs";
        PipelineInput update;
        update.name = foreign;
        update.description = "mine now";
        const Status updated = f.wait(f.actions->updatePipeline(account, update));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, Error::Code::PermissionDenied);
        QVERIFY2(updated.error().message.contains("only its owner, account 555555555555"),
                 qPrintable(updated.error().message));
        const Status deleted = f.wait(f.actions->deletePipeline(account, foreign));
        QCOMPARE(deleted.error().code, Error::Code::PermissionDenied);
        QCOMPARE(f.wait(f.actions->deletePipeline(account, QString())).error().field, QString("pipeline-name"));
        QCOMPARE(int(f.server.requests().size()), requests);
    }

    void theCloudsRefusalIsTheErrorAndNothingIsWritten()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        const int changes = f.workspace->database().changeCount();
        const int described = f.cloud.calls.value("DescribePipeline");

        // A name taken: SageMaker's ValidationException, as it says it.
        PipelineInput input = churnModel();
        input.name = "pipeline-0";
        const Status taken = f.wait(f.actions->createPipeline(account, input));
        QVERIFY(!taken);
        QCOMPARE(taken.error().exitCode(), 2);
        QVERIFY2(taken.error().message.contains("Pipeline names must be unique"), qPrintable(taken.error().message));
        QVERIFY(taken.error().details.contains("ValidationException"));

        // Not there: ResourceNotFound for update and delete.
        PipelineInput missing;
        missing.name = "no-such-pipeline";
        missing.description = "x";
        const Status updated = f.wait(f.actions->updatePipeline(account, missing));
        QCOMPARE(updated.error().code, Error::Code::NotFound);
        const Status deleted = f.wait(f.actions->deletePipeline(account, "no-such-pipeline"));
        QCOMPARE(deleted.error().code, Error::Code::NotFound);
        QVERIFY(deleted.error().message.contains("does not exist"));

        // Not allowed: exit 3, the request id kept.
        f.cloud.overrides.insert("DeletePipeline",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: sagemaker:DeletePipeline",
                                                       "req-del-3"));
        const Status denied = f.wait(f.actions->deletePipeline(account, "pipeline-0"));
        QCOMPARE(denied.error().exitCode(), 3);
        QVERIFY(denied.error().details.contains("req-del-3"));

        // Nothing was read back or written; the pipeline is as it was, in the cloud and here.
        QCOMPARE(f.cloud.calls.value("DescribePipeline"), described);
        QCOMPARE(f.workspace->database().changeCount(), changes);
        QCOMPARE(f.cloud.pipelines.size(), 1);
        QVERIFY(f.workspace->pipelines().resolve(account, "pipeline-0"));
    }

    void cancelStopsWaiting()
    {
        Fixture f;
        f.cloud.addPipelines(1, 0);
        const QString account = f.connectAndSync();
        f.cloud.overrides.insert("CreatePipeline", FakeAnswer::hang());
        CloudJob *job = f.actions->createPipeline(account, churnModel());
        job->setAutoDelete(false);
        QTRY_COMPARE(f.cloud.calls.value("CreatePipeline"), 1);
        job->cancel();
        QVERIFY(job->isFinished());
        QVERIFY(!job->status());
        delete job;
        QVERIFY(!f.workspace->pipelines().resolve(account, "churn-model"));
    }

    void aLocalAccountIsTheServicesWithoutARequest()
    {
        Fixture f;
        f.connect(); // a connected account elsewhere changes nothing for a local one
        const int requests = int(f.server.requests().size());
        PipelineInput input = churnModel();
        input.roleArn.clear(); // the local workspace runs it without a role
        QString arn;
        QVERIFY(f.wait(f.actions->createPipeline(localTest, input), &arn).ok());
        QCOMPARE(arn, f.workspace->pipelines().resolve(localTest, "churn-model")->arn);
        QCOMPARE(f.text("SELECT COALESCE(origin, 'local') FROM pipelines WHERE arn = '" + arn + "'"), QString("local"));

        PipelineInput update;
        update.name = "churn-model";
        update.description = "changed";
        QVERIFY(f.wait(f.actions->updatePipeline(localTest, update)).ok());
        QCOMPARE(f.workspace->pipelines().resolve(localTest, "churn-model")->description, QString("changed"));

        // The service's refusals: the name is taken.
        const Status again = f.wait(f.actions->createPipeline(localTest, input));
        QCOMPARE(again.error().code, Error::Code::Conflict);

        QString deleted;
        QVERIFY(f.wait(f.actions->deletePipeline(localTest, "churn-model"), &deleted).ok());
        QCOMPARE(deleted, arn);
        QVERIFY(!f.workspace->pipelines().resolve(localTest, "churn-model"));
        QCOMPARE(int(f.server.requests().size()), requests);
        QVERIFY(f.cloud.createdPipelines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudPipelineActions)
#include "tst_cloudpipelineactions.moc"

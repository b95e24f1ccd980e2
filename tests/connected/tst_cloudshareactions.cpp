// CloudActions on a connected account's resource shares (RAM) against a fake AWS account over
// loopback: create, update, delete, associate, disassociate, the wizard's edit and organization
// sharing go to the cloud first with the bodies the API takes, and the mirror changes only from
// what the cloud then lists. Bad input is refused before any request in the local service's words;
// the cloud's refusals and FAILED associations are said with nothing written; a local account
// changes locally without a request.
#undef QT_NO_CAST_FROM_ASCII
#include "connectedfixture.h"

#include "connected/cloudactions.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeRequest;

using Fixture = PdTest::ConnectedFixture;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString localTest = QStringLiteral("222222222222");
const QString sharedServices = QStringLiteral("333333333333");
const QString readOnly = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
const QString allowExecution = QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution");

QString message(const Status &s)
{
    return s ? QString() : s.error().message;
}

// The requests the fake got on a path ("/createresourceshare").
QList<FakeRequest> requestsTo(const Fixture &f, const QByteArray &path)
{
    QList<FakeRequest> found;
    for (const FakeRequest &r : f.server.requests()) {
        if (r.path == path)
            found.append(r);
    }
    return found;
}

QJsonObject bodyOf(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

SharingService::CreateRequest request(const QString &name, const QStringList &resources, const QStringList &principals,
                                      const QString &permission = readOnly)
{
    SharingService::CreateRequest r;
    r.name = name;
    r.resourceArns = resources;
    r.principals = principals;
    r.permission = permission;
    return r;
}

} // namespace

class TestCloudShareActions : public QObject
{
    Q_OBJECT

    // A connected account with two pipelines and one share of pipeline-0 with dev, read into the mirror.
    QString connectWithShare(Fixture &f, QString *shareArn)
    {
        f.cloud.addPipelines(2, 1);
        *shareArn = f.cloud.addShare("ops-share", "pipeline-0", dev, "arn:aws:ram::aws:permission/" + readOnly);
        return f.connectAndSync();
    }

private slots:
    void createGoesToRamThenIsReadBack()
    {
        Fixture f;
        f.cloud.addPipelines(2, 1);
        const QString account = f.connectAndSync();
        SharingService::CreateRequest r = request(" ops ", {"pipeline-0", f.cloud.pipelineArn("pipeline-0")},
                                                  {dev, " " + sharedServices}, allowExecution);
        r.allowExternalPrincipals = false;
        r.tags.insert("team", "ml");
        r.clientToken = "token-1";
        QString arn;
        const Status s = f.wait(f.actions->createShare(account, r), &arn);
        QVERIFY2(s, qPrintable(message(s)));
        QVERIFY(arn.startsWith("arn:aws:ram:us-east-1:444444444444:resource-share/"));

        // One request, with RAM's member names: the name trimmed, the bare name made the ARN,
        // repeats dropped, the permission by ARN.
        const auto sent = requestsTo(f, "/createresourceshare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).method, QByteArray("POST"));
        const QJsonObject expected{{"name", "ops"},
                                   {"resourceArns", QJsonArray{f.cloud.pipelineArn("pipeline-0")}},
                                   {"principals", QJsonArray{dev, sharedServices}},
                                   {"permissionArns", QJsonArray{"arn:aws:ram::aws:permission/" + allowExecution}},
                                   {"allowExternalPrincipals", false},
                                   {"tags", QJsonArray{QJsonObject{{"key", "team"}, {"value", "ml"}}}},
                                   {"clientToken", "token-1"}};
        QCOMPARE(bodyOf(sent.at(0)), expected);

        // The mirror has it from GetResourceShares and its lists, not from what was sent.
        const auto share = f.workspace->sharing().share(account, arn);
        QVERIFY2(share, qPrintable(share ? QString() : share.error().message));
        QCOMPARE(share->name, QString("ops"));
        QCOMPARE(share->allowExternalPrincipals, false);
        QCOMPARE(share->permission, SharePermission::AllowExecution);
        QCOMPARE(share->resourceArns, QStringList{f.cloud.pipelineArn("pipeline-0")});
        QCOMPARE(share->principals.size(), 2);
        QCOMPARE(f.count("SELECT COUNT(*) FROM resource_shares WHERE arn = '" + arn + "' AND origin = 'prod'"), 1);
    }

    void updateAndDeleteGoToRam()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        SharingService::Update update;
        update.name = "renamed";
        update.allowExternalPrincipals = false;
        QString value;
        Status s = f.wait(f.actions->updateShare(account, shareArn, update), &value);
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(value, shareArn);
        auto sent = requestsTo(f, "/updateresourceshare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(
            bodyOf(sent.at(0)),
            (QJsonObject{{"resourceShareArn", shareArn}, {"name", "renamed"}, {"allowExternalPrincipals", false}}));
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->name, QString("renamed"));
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->allowExternalPrincipals, false);

        // DeleteResourceShare names the share in the query; RAM then lists it DELETED.
        s = f.wait(f.actions->deleteShare(account, shareArn));
        QVERIFY2(s, qPrintable(message(s)));
        sent = requestsTo(f, "/deleteresourceshare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).method, QByteArray("DELETE"));
        QCOMPARE(
            QUrlQuery(QString::fromLatin1(sent.at(0).query)).queryItemValue("resourceShareArn", QUrl::FullyDecoded),
            shareArn);
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->status, QString("DELETED"));
        QVERIFY(f.workspace->sharing().shares(account)->isEmpty());
    }

    void associateAndDisassociateGoToRam()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        Status s = f.wait(f.actions->associateShare(account, shareArn, {"pipeline-1"}, {sharedServices}));
        QVERIFY2(s, qPrintable(message(s)));
        auto sent = requestsTo(f, "/associateresourceshare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(bodyOf(sent.at(0)), (QJsonObject{{"resourceShareArn", shareArn},
                                                  {"resourceArns", QJsonArray{f.cloud.pipelineArn("pipeline-1")}},
                                                  {"principals", QJsonArray{sharedServices}}}));
        auto share = f.workspace->sharing().share(account, shareArn);
        QCOMPARE(share->resourceArns.size(), 2);
        QCOMPARE(share->principals.size(), 2);

        s = f.wait(f.actions->disassociateShare(account, shareArn, {}, {dev}));
        QVERIFY2(s, qPrintable(message(s)));
        sent = requestsTo(f, "/disassociateresourceshare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(bodyOf(sent.at(0)), (QJsonObject{{"resourceShareArn", shareArn}, {"principals", QJsonArray{dev}}}));
        share = f.workspace->sharing().share(account, shareArn);
        QCOMPARE(share->principals.size(), 1);
        QCOMPARE(share->principals.at(0).principal, sharedServices);
    }

    void aFailedAssociationIsSaidAndNothingIsWritten()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        f.cloud.failingAssociations.insert(sharedServices, "The principal is not in your organization.");
        const int changes = f.workspace->database().changeCount();
        const int listed = f.cloud.calls.value("GetResourceShares");
        const Status s = f.wait(f.actions->associateShare(account, shareArn, {}, {sharedServices}));
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY2(s.error().message.contains(sharedServices + ": The principal is not in your organization."),
                 qPrintable(s.error().message));
        // Nothing was made, so nothing is read back or written.
        QCOMPARE(f.cloud.calls.value("GetResourceShares"), listed);
        QCOMPARE(f.workspace->database().changeCount(), changes);
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->principals.size(), 1);

        // One made, one FAILED: what was made is read back, and the failure is still said.
        const Status partly = f.wait(f.actions->associateShare(account, shareArn, {"pipeline-1"}, {sharedServices}));
        QVERIFY(!partly);
        QVERIFY(partly.error().message.contains("not in your organization"));
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->resourceArns.size(), 2);
    }

    void badInputIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("resources");
        QTest::addColumn<QStringList>("principals");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("empty name") << "  " << QStringList{"pipeline-0"} << QStringList{dev} << readOnly << "name" << 2;
        QTest::newRow("unknown permission") << "ops" << QStringList{"pipeline-0"} << QStringList{dev} << "FullAccess"
                                            << "permission-arns" << 2;
        QTest::newRow("not a pipeline") << "ops" << QStringList{"arn:aws:s3:::bucket"} << QStringList{dev} << readOnly
                                        << "resource-arns" << 2;
        QTest::newRow("another account's pipeline")
            << "ops" << QStringList{"arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline"}
            << QStringList{dev} << readOnly << "" << 3;
        QTest::newRow("not a principal") << "ops" << QStringList{"pipeline-0"} << QStringList{"everyone"} << readOnly
                                         << "principals" << 2;
        QTest::newRow("itself") << "ops" << QStringList{"pipeline-0"} << QStringList{"444444444444"} << readOnly
                                << "principals" << 2;
    }

    void badInputIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, resources);
        QFETCH(QStringList, principals);
        QFETCH(QString, permission);
        QFETCH(QString, field);
        QFETCH(int, exitCode);
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        const int before = int(f.server.requests().size());
        const Status s = f.wait(f.actions->createShare(account, request(name, resources, principals, permission)));
        QVERIFY(!s);
        QCOMPARE(s.error().exitCode(), exitCode);
        QCOMPARE(s.error().field, field);
        QCOMPARE(int(f.server.requests().size()), before);
        if (exitCode == 3) {
            QVERIFY2(s.error().message.contains("only a resource's owner may share it"), qPrintable(s.error().message));
            return;
        }

        // The local service says the same of the same input (its own account's pipeline for a name).
        QStringList localResources = resources;
        localResources.replaceInStrings("pipeline-0", "abalone-training-pipeline");
        QStringList localPrincipals = principals;
        localPrincipals.replaceInStrings("444444444444", localTest);
        const auto local =
            f.workspace->sharing().create(localTest, request(name, localResources, localPrincipals, permission));
        QVERIFY(!local);
        if (principals.contains("444444444444"))
            QCOMPARE(s.error().message, QString(local.error().message).replace(localTest, "444444444444"));
        else
            QCOMPARE(s.error().message, local.error().message);
    }

    void otherRefusalsBeforeAnyRequest()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        const int before = int(f.server.requests().size());
        // RAM's UpdateResourceShare cannot change a permission: said here, not sent.
        SharingService::Update update;
        update.permission = allowExecution;
        Status s = f.wait(f.actions->updateShare(account, shareArn, update));
        QVERIFY(!s);
        QCOMPARE(s.error().field, QString("permission-arns"));
        SharingService::EditRequest edit;
        edit.name = "ops-share";
        edit.permission = allowExecution;
        edit.resourceArns = {"pipeline-0"};
        edit.principals = {dev};
        s = f.wait(f.actions->editShare(account, shareArn, edit));
        QVERIFY(!s);
        QCOMPARE(s.error().field, QString("permission-arns"));
        // Only the owner changes a share, as locally.
        const QString othersShare = "arn:aws:ram:us-east-1:555555555555:resource-share/theirs";
        s = f.wait(f.actions->deleteShare(account, othersShare));
        QVERIFY(!s);
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY(s.error().message.contains("only its owner, account 555555555555, may"));
        s = f.wait(f.actions->disassociateShare(account, shareArn, {}, {"nobody"}));
        QVERIFY(!s);
        QCOMPARE(s.error().field, QString("principals"));
        QCOMPARE(int(f.server.requests().size()), before);
    }

    void theCloudsRefusalIsSaidWithNothingWritten()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        const int changes = f.workspace->database().changeCount();
        // A share RAM does not have.
        const QString gone = "arn:aws:ram:us-east-1:444444444444:resource-share/gone";
        Status s = f.wait(f.actions->deleteShare(account, gone));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains("UnknownResourceException"), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains("could not be found"));
        // A pipeline RAM does not have, named by ARN.
        s = f.wait(f.actions->createShare(account, request("ops", {f.cloud.pipelineArn("nope")}, {dev})));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(f.cloud.pipelineArn("nope")), qPrintable(s.error().message));
        // Refused by permissions: exit code 3.
        f.cloud.overrides.insert("UpdateResourceShare",
                                 FakeAnswer::jsonError(403, "AccessDeniedException", "not authorized", "req-ram-1"));
        SharingService::Update update;
        update.name = "renamed";
        s = f.wait(f.actions->updateShare(account, shareArn, update));
        QVERIFY(!s);
        QCOMPARE(s.error().exitCode(), 3);
        QVERIFY(s.error().details.contains("req-ram-1"));
        QCOMPARE(f.workspace->database().changeCount(), changes);
        QCOMPARE(f.workspace->sharing().share(account, shareArn)->name, QString("ops-share"));
    }

    void editSendsWhatDiffersInTheServicesOrder()
    {
        Fixture f;
        QString shareArn;
        const QString account = connectWithShare(f, &shareArn);
        const int before = int(f.server.requests().size());
        SharingService::EditRequest edit;
        edit.name = "ops-renamed";
        edit.permission = readOnly;
        edit.allowExternalPrincipals = false;
        edit.resourceArns = {"pipeline-0", "pipeline-1"};
        edit.principals = {sharedServices};
        QString value;
        const Status s = f.wait(f.actions->editShare(account, shareArn, edit), &value);
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(value, shareArn);
        QStringList writes;
        for (qsizetype i = before; i < f.server.requests().size(); ++i) {
            const QByteArray path = f.server.requests().at(i).path;
            if (path.contains("associate") || path.contains("update"))
                writes.append(QString::fromLatin1(path));
        }
        QCOMPARE(writes,
                 (QStringList{"/associateresourceshare", "/disassociateresourceshare", "/updateresourceshare"}));
        QCOMPARE(f.cloud.shareWrites.value("AssociateResourceShare").at(0),
                 (QJsonObject{{"resourceShareArn", shareArn},
                              {"resourceArns", QJsonArray{f.cloud.pipelineArn("pipeline-1")}},
                              {"principals", QJsonArray{sharedServices}}}));
        QCOMPARE(f.cloud.shareWrites.value("DisassociateResourceShare").at(0),
                 (QJsonObject{{"resourceShareArn", shareArn}, {"principals", QJsonArray{dev}}}));
        QCOMPARE(
            f.cloud.shareWrites.value("UpdateResourceShare").at(0),
            (QJsonObject{{"resourceShareArn", shareArn}, {"name", "ops-renamed"}, {"allowExternalPrincipals", false}}));
        const auto share = f.workspace->sharing().share(account, shareArn);
        QCOMPARE(share->name, QString("ops-renamed"));
        QCOMPARE(share->resourceArns.size(), 2);
        QCOMPARE(share->principals.size(), 1);

        // Nothing differs: nothing is sent.
        const int after = int(f.server.requests().size());
        QVERIFY(f.wait(f.actions->editShare(account, shareArn, edit)));
        QCOMPARE(int(f.server.requests().size()), after);
    }

    void aCancelledCreateWritesNothing()
    {
        Fixture f;
        f.cloud.addPipelines(1, 1);
        const QString account = f.connectAndSync();
        FakeAnswer hang;
        hang.behaviour = FakeAnswer::Behaviour::Hang;
        f.cloud.overrides.insert("CreateResourceShare", hang);
        const qint64 shares = f.count("SELECT COUNT(*) FROM resource_shares");
        CloudJob *job = f.actions->createShare(account, request("ops", {"pipeline-0"}, {dev}));
        job->setAutoDelete(false);
        QTRY_COMPARE(f.cloud.calls.value("CreateResourceShare"), 1);
        job->cancel();
        QVERIFY(job->isFinished());
        QVERIFY(!job->status());
        delete job;
        QCOMPARE(f.cloud.calls.value("GetResourceShares"), 1); // the first sync's only
        QCOMPARE(f.count("SELECT COUNT(*) FROM resource_shares"), shares);
    }

    void organizationSharingIsEnabledInTheCloud()
    {
        Fixture f;
        const QString account = f.connectAndSync();
        const Status s = f.wait(f.actions->enableOrganizationSharing(account));
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(requestsTo(f, "/enablesharingwithawsorganization").size(), 1);
        QVERIFY(f.cloud.organizationSharing);
    }

    void aLocalAccountChangesLocallyWithoutARequest()
    {
        Fixture f;
        QString arn;
        Status s = f.wait(
            f.actions->createShare(localTest, request("local-share", {"abalone-training-pipeline"}, {dev})), &arn);
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(f.workspace->sharing().share(localTest, arn)->name, QString("local-share"));
        s = f.wait(f.actions->associateShare(localTest, arn, {}, {sharedServices}));
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(f.workspace->sharing().share(localTest, arn)->principals.size(), 2);
        s = f.wait(f.actions->deleteShare(localTest, arn));
        QVERIFY2(s, qPrintable(message(s)));
        QCOMPARE(f.workspace->sharing().share(localTest, arn)->status, QString("DELETED"));
        // The local service's refusals come back as they are.
        s = f.wait(f.actions->createShare(localTest, request("", {"abalone-training-pipeline"}, {dev})));
        QCOMPARE(s.error().field, QString("name"));
        QCOMPARE(f.server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudShareActions)
#include "tst_cloudshareactions.moc"

// The AWS RAM mirror of a connected account: GetResourceShares, ListResourceSharePermissions,
// ListResources, ListPrincipals and GetResourceShareInvitations answers (RAM's camelCase shapes)
// written into the sharing tables with their origin and read time; access follows at once (the
// sharing generation moves); finished listings delete what the cloud no longer has, never local
// rows; what the tables cannot hold is skipped and counted.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/pipelinemirror.h"
#include "pipelines/pipelineservice.h"
#include "sharing/accessservice.h"
#include "sharing/sharemirror.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString prod = QStringLiteral("444444444444");
const QString dev = QStringLiteral("111111111111");
const QString shareArn = QStringLiteral("arn:aws:ram:us-east-1:444444444444:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE");
const QString churnArn = QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char getShares[] = R"({"resourceShares": [
    {"resourceShareArn": "arn:aws:ram:us-east-1:444444444444:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE",
     "name": "churn-with-dev", "owningAccountId": "444444444444", "allowExternalPrincipals": true,
     "status": "ACTIVE", "tags": [{"key": "team", "value": "ml"}], "creationTime": 1763000000.123,
     "lastUpdatedTime": 1763000000.123, "featureSet": "STANDARD"}]})";

const char listPermissions[] = R"({"permissions": [
    {"arn": "arn:aws:ram::aws:permission/AWSRAMPermissionSageMakerPipelineAllowExecution", "version": "1",
     "defaultVersion": true, "name": "AWSRAMPermissionSageMakerPipelineAllowExecution",
     "resourceType": "sagemaker:Pipeline", "status": "ATTACHABLE"}]})";

const char listResources[] = R"({"resources": [
    {"arn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model", "type": "sagemaker:Pipeline",
     "resourceShareArn": "arn:aws:ram:us-east-1:444444444444:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE",
     "status": "AVAILABLE"},
    {"arn": "arn:aws:ec2:us-east-1:444444444444:subnet/subnet-0example", "type": "ec2:Subnet",
     "resourceShareArn": "arn:aws:ram:us-east-1:444444444444:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE",
     "status": "AVAILABLE"}]})";

const char listPrincipals[] = R"({"principals": [
    {"id": "111111111111",
     "resourceShareArn": "arn:aws:ram:us-east-1:444444444444:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE",
     "external": true}]})";

const char getInvitations[] = R"({"resourceShareInvitations": [
    {"resourceShareInvitationArn": "arn:aws:ram:us-east-1:222222222222:resource-share-invitation/abc-1",
     "resourceShareName": "from-test", "resourceShareArn": "SHARE", "senderAccountId": "222222222222",
     "receiverAccountId": "444444444444", "invitationTimestamp": 1795400000, "status": "PENDING"},
    {"resourceShareInvitationArn": "arn:aws:ram:us-east-1:999999999999:resource-share-invitation/xyz-9",
     "resourceShareName": "unknown", "senderAccountId": "999999999999", "receiverAccountId": "444444444444",
     "resourceShareArn": "arn:aws:ram:us-east-1:999999999999:resource-share/not-here",
     "invitationTimestamp": 1763000000, "status": "PENDING"}]})";

int count(Database &database, const QString &sql)
{
    QSqlQuery q(database.db());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}
} // namespace

class TestShareMirror : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdTest::TestWorkspace> ws;
    Database &db() { return ws->workspace->database(); }
    std::unique_ptr<ShareMirror> session()
    {
        auto mirror = ShareMirror::begin(ws->workspace->context(), ws->workspace->sharing(), ws->workspace->access(), prod);
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
        // The shared pipeline, as a SageMaker sync reads it.
        auto pipelines = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(), prod);
        QVERIFY(pipelines.value()->applyPipelines(json(R"({"PipelineSummaries": [
            {"PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
             "PipelineName": "churn-model", "CreationTime": 1763000000, "LastModifiedTime": 1763000000}]})")));
    }
    void cleanup() { ws.reset(); }

    void sharesGiveAccessAsTheCloudSays()
    {
        QVERIFY(!ws->workspace->access().check(dev, PipelineAction::DescribePipeline, churnArn));
        auto mirror = session();
        QSignalSpy shares(&ws->workspace->sharing(), &SharingService::sharesChanged);
        QVERIFY(mirror->applyShares(json(getShares)));
        QVERIFY(mirror->applyPermissions(shareArn, json(listPermissions)));
        QVERIFY(mirror->applyResources(shareArn, json(listResources)));
        QVERIFY(mirror->applyPrincipals(shareArn, json(listPrincipals)));
        QVERIFY(shares.count() >= 4);
        QCOMPARE(mirror->skipped(), 1); // the subnet
        auto share = ws->workspace->sharing().share(prod, shareArn);
        QVERIFY2(share, qPrintable(share ? QString() : share.error().message));
        QCOMPARE(share->name, "churn-with-dev");
        QCOMPARE(share->permission, SharePermission::AllowExecution);
        QCOMPARE(share->resourceArns, QStringList({churnArn}));
        QCOMPARE(share->principals.size(), 1);
        QCOMPARE(share->tags.value("team"), "ml");
        QCOMPARE(count(db(), "SELECT count(*) FROM resource_shares WHERE origin = 'prod' AND read_at IS NOT NULL"), 1);
        // dev may now see and start the connected account's pipeline, as in the cloud.
        QVERIFY(ws->workspace->access().check(dev, PipelineAction::DescribePipeline, churnArn));

        // The next sync: the principal is gone, then the share.
        auto next = session();
        QVERIFY(next->applyPrincipals(shareArn, json(R"({"principals": []})")));
        QCOMPARE(next->finishPrincipals(shareArn).value(), 1);
        QVERIFY(!ws->workspace->access().check(dev, PipelineAction::DescribePipeline, churnArn));
        QVERIFY(next->applyShares(json(R"({"resourceShares": []})")));
        QCOMPARE(next->finishShares().value(), 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM share_resources WHERE share_arn = '" + shareArn + "'"), 0);
    }

    void invitationsOfKnownShares()
    {
        // A local share of test with prod: its invitation, as RAM lists it to prod.
        SharingService::CreateRequest request;
        request.name = "from-test";
        request.resourceArns = {"arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline"};
        request.principals = {prod};
        request.permission = "AWSRAMDefaultPermissionSageMakerPipeline";
        auto local = ws->workspace->sharing().create("222222222222", request);
        QVERIFY2(local, qPrintable(local ? QString() : local.error().message));
        QSqlQuery clear(db().db());
        QVERIFY(clear.exec("DELETE FROM share_invitations"));
        QString page = QString::fromUtf8(getInvitations);
        page.replace("\"SHARE\"", "\"" + local->arn + "\"");
        auto mirror = session();
        QVERIFY(mirror->applyInvitations(json(page.toUtf8().constData())));
        QCOMPARE(mirror->skipped(), 1); // the share of an account this workspace does not have
        auto invitations = ws->workspace->sharing().invitations(prod);
        QVERIFY(invitations);
        QCOMPARE(invitations->size(), 1);
        QCOMPARE(invitations->at(0).arn, "arn:aws:ram:us-east-1:222222222222:resource-share-invitation/abc-1");
        QCOMPARE(invitations->at(0).status, InvitationStatus::Pending);
        auto next = session();
        QVERIFY(next->applyInvitations(json(R"({"resourceShareInvitations": []})")));
        QCOMPARE(next->finishInvitations().value(), 1);
    }

    void answersThatDoNotFitAreRefused()
    {
        auto mirror = session();
        QString other = QString::fromUtf8(getShares);
        other.replace("\"owningAccountId\": \"444444444444\"", "\"owningAccountId\": \"111111111111\"");
        const Status refused = mirror->applyShares(json(other.toUtf8().constData()));
        QCOMPARE(refused.error().field, "resourceShares[0].owningAccountId");
        QCOMPARE(mirror->applyResources(shareArn, json(listResources)).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestShareMirror)
#include "tst_sharemirror.moc"

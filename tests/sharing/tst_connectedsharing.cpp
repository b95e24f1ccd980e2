// A connected account's resource shares and invitations are RAM's: every local change through
// SharingService (create, update, delete, associate, disassociate, accept, reject) is refused as a
// Conflict (exit code 2) naming the share or invitation, the account and the profile. The change
// goes to the cloud through CloudActions instead (tst_cloudshareactions, tst_connectedsharescli).
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

using namespace Pd;
using PdTest::runCli;

namespace {
const QString test = QStringLiteral("222222222222");
const QString dev = QStringLiteral("111111111111");
const QString outsider = QStringLiteral("444444444444");
const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");

void setProfile(PdTest::TestWorkspace &ws, const QString &accountId, const QString &profile)
{
    Account account = ws->accounts().account(accountId).value();
    account.profile = profile;
    const Status written = ws->database().transaction([&] { return AccountStore(ws->database()).update(account); });
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
}

SharingService::CreateRequest request(const QString &name, const QStringList &principals)
{
    SharingService::CreateRequest r;
    r.name = name;
    r.resourceArns = {abalone};
    r.principals = principals;
    r.permission = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
    return r;
}

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

void verifyRefused(const Status &status, const QString &what, const QString &account)
{
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Conflict);
    QCOMPARE(status.error().exitCode(), 2);
    QVERIFY2(status.error().message.contains(what), qPrintable(status.error().message));
    QVERIFY2(status.error().message.contains("connected account " + account), qPrintable(status.error().message));
}
} // namespace

class TestConnectedSharing : public QObject
{
    Q_OBJECT

private slots:
    void sharesOfAConnectedOwnerAreRefused()
    {
        PdTest::TestWorkspace ws;
        auto share = ws->sharing().create(test, request("abalone-share", {dev}));
        QVERIFY2(share, qPrintable(share ? QString() : share.error().message));
        setProfile(ws, test, "prod-test");
        const int changesBefore = ws->database().changeCount();
        const QString owner = "test (222222222222) (profile prod-test)";
        verifyRefused(statusOf(ws->sharing().create(test, request("another", {dev}))), "Resource share another", owner);
        SharingService::Update update;
        update.name = QStringLiteral("renamed");
        verifyRefused(statusOf(ws->sharing().update(test, share->arn, update)), "Resource share abalone-share", owner);
        verifyRefused(ws->sharing().remove(test, share->arn), "Resource share abalone-share", owner);
        verifyRefused(statusOf(ws->sharing().associate(test, share->arn, {}, {"333333333333"})),
                      "Resource share abalone-share", owner);
        verifyRefused(statusOf(ws->sharing().disassociate(test, share->arn, {}, {dev})), "Resource share abalone-share",
                      owner);
        QCOMPARE(ws->database().changeCount(), changesBefore);
        QCOMPARE(ws->sharing().share(test, share->arn)->name, QStringLiteral("abalone-share"));

        auto cli = runCli(
            {"--workspace", ws.path(), "--identity", test, "shares", "delete", "--resource-share-arn", share->arn});
        // The command line takes a connected account's change to the cloud (tst_connectedsharescli):
        // here the account names a profile the workspace lacks, so it stops before any request, naming it.
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains("prod-test"), qPrintable(cli.err));
        QCOMPARE(ws->database().changeCount(), changesBefore);
    }

    void invitationsOfAConnectedReceiverAreRefused()
    {
        PdTest::TestWorkspace ws;
        AccountInput input;
        input.id = outsider;
        input.name = "partner";
        QVERIFY(ws->accounts().createAccount(test, input));
        QVERIFY(ws->sharing().create(test, request("abalone-share", {outsider})));
        auto invitations = ws->sharing().invitations(outsider);
        QCOMPARE(invitations->size(), 1);
        setProfile(ws, outsider, "partner");
        const QString receiver = "partner (444444444444) (profile partner)";
        verifyRefused(statusOf(ws->sharing().accept(outsider, invitations->constFirst().arn)),
                      "Resource share invitation", receiver);
        verifyRefused(statusOf(ws->sharing().reject(outsider, invitations->constFirst().arn)),
                      "Resource share invitation", receiver);
        QCOMPARE(ws->sharing().invitations(outsider)->constFirst().status, InvitationStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestConnectedSharing)
#include "tst_connectedsharing.moc"

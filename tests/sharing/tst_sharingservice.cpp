// SharingService and AccessService: AWS RAM semantics and access decisions.
#include "store/auditlog.h"
#include "testworkspace.h"

#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "sharing/accessservice.h"
#include "sharing/sharingservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pd;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString outsider = QStringLiteral("444444444444");
const QString orgArn = QStringLiteral("arn:aws:organizations::333333333333:organization/o-pd7demo0001");
QString ouArn(const char *id)
{
    return QStringLiteral("arn:aws:organizations::333333333333:ou/o-pd7demo0001/") + QLatin1String(id);
}
const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
const QString serial = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString readOnly = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
const QString allowExecution = QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution");

SharingService::CreateRequest request(const QStringList &principals, const QString &permission = readOnly,
                                      bool allowExternal = true)
{
    SharingService::CreateRequest r;
    r.name = QStringLiteral("abalone-share");
    r.resourceArns = {abalone};
    r.principals = principals;
    r.permission = permission;
    r.allowExternalPrincipals = allowExternal;
    return r;
}

bool allowed(Workspace &w, const QString &account, PipelineAction action = PipelineAction::DescribePipeline,
             const QString &arn = abalone)
{
    return w.access().check(account, action, arn).ok();
}

QString refusal(Workspace &w, const QString &account, PipelineAction action, const QString &arn = abalone)
{
    const Status s = w.access().check(account, action, arn);
    return s ? QString() : s.error().message;
}

// What an edit may change, in one comparable string.
QString stateOf(const ResourceShare &share)
{
    QStringList principals;
    for (const SharePrincipal &p : share.principals)
        principals.append(p.principal + QLatin1Char('=') + p.status);
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(share.name, permissionName(share.permission))
        .arg(share.allowExternalPrincipals)
        .arg(share.resourceArns.join(QLatin1Char(',')), principals.join(QLatin1Char(',')), share.status)
        .arg(share.modifiedAt);
}

} // namespace

class TestSharingService : public QObject
{
    Q_OBJECT

private slots:
    void permissionsHaveExactlyTheirActions();
    void everyActionOfBothPermissions_data();
    void everyActionOfBothPermissions();
    void principalKinds_data();
    void principalKinds();
    void demoSharesGiveTheWalkthrough();
    void invitationAccepted();
    void invitationRejected();
    void invitationExpiresAfterSevenDays();
    void organizationSharingOffNeedsInvitationsAndRefusesOrgPrincipals();
    void externalPrincipals_data();
    void externalPrincipals();
    void revocationTakesEffectAtOnce();
    void arnVersusNameResolution();
    void onlyOwnersChangeSharesAndOnlyReceiversAnswer();
    void clientTokenIsIdempotent();
    void invalidInputNamesTheField_data();
    void invalidInputNamesTheField();
    void renameChecksTheNameAsCreateDoes();
    void writesAreAudited();
    void anotherProcessesWritesAreNoticed();
    void editAppliesEveryChange();
    void editWithNoChangeWritesNothing();
    void refusedEditChangesNothing_data();
    void refusedEditChangesNothing();
    void resourceSharesByOwnerAndStatus();
};

void TestSharingService::permissionsHaveExactlyTheirActions()
{
    using A = PipelineAction;
    const QList<A> read = {A::DescribePipeline, A::DescribePipelineDefinitionForExecution,
                           A::DescribePipelineExecution, A::ListPipelineExecutions, A::ListPipelineExecutionSteps,
                           A::ListPipelineParametersForExecution, A::Search};
    QCOMPARE(permissionActions(SharePermission::ReadOnly), read);
    const QList<A> execution = {A::StartPipelineExecution, A::StopPipelineExecution, A::RetryPipelineExecution};
    QCOMPARE(permissionActions(SharePermission::AllowExecution), read + execution);
    SharePermission p;
    QVERIFY(permissionFromString(readOnly, &p) && p == SharePermission::ReadOnly);
    QVERIFY(permissionFromString(QStringLiteral("arn:aws:ram::aws:permission/") + allowExecution, &p)
            && p == SharePermission::AllowExecution);
    QVERIFY(!permissionFromString(QStringLiteral("AWSRAMDefaultPermissionGlue"), &p));
}

void TestSharingService::everyActionOfBothPermissions_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("granted");
    for (const QString &permission : {readOnly, allowExecution}) {
        for (int a = int(PipelineAction::DescribePipeline); a <= int(PipelineAction::RetryPipelineExecution); ++a) {
            const bool execution = a >= int(PipelineAction::StartPipelineExecution);
            QTest::addRow("%s %s", qPrintable(permission.mid(13, 20)), qPrintable(actionName(PipelineAction(a))))
                << permission << a << (!execution || permission == allowExecution);
        }
    }
}

void TestSharingService::everyActionOfBothPermissions()
{
    QFETCH(QString, permission);
    QFETCH(int, action);
    QFETCH(bool, granted);
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev}, permission));
    QVERIFY2(share, qPrintable(share.error().message));
    const Status decision = w->access().check(dev, PipelineAction(action), abalone);
    QCOMPARE(decision.ok(), granted);
    // An execution ARN is covered by its pipeline's share.
    QCOMPARE(w->access().check(dev, PipelineAction(action), abalone + QStringLiteral("/execution/a7c3e5g9i1k2")).ok(),
             granted);
    if (!granted) {
        QCOMPARE(decision.error().code, Error::Code::PermissionDenied);
        QVERIFY2(decision.error().message.contains(allowExecution), qPrintable(decision.error().message));
        QVERIFY(decision.error().message.contains(actionName(PipelineAction(action))));
    }
    // The owner may always; a third account with no share never.
    QVERIFY(allowed(*w, test, PipelineAction(action)));
}

void TestSharingService::principalKinds_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<bool>("devAllowed");
    QTest::addColumn<bool>("sharedServicesAllowed");
    QTest::newRow("account") << dev << true << false;
    QTest::newRow("organization") << orgArn << true << true;
    QTest::newRow("OU of the account") << ouArn("ou-pd7d-sdlc0001") << true << false;
    QTest::newRow("parent OU (nested)") << ouArn("ou-pd7d-workloads") << true << false;
    QTest::newRow("other OU") << ouArn("ou-pd7d-infra001") << false << true;
}

void TestSharingService::principalKinds()
{
    QFETCH(QString, principal);
    QFETCH(bool, devAllowed);
    QFETCH(bool, sharedServicesAllowed);
    PdTest::TestWorkspace w;
    QVERIFY(!allowed(*w, dev) && !allowed(*w, shared));
    auto share = w->sharing().create(test, request({principal}));
    QVERIFY2(share, qPrintable(share.error().message));
    QCOMPARE(share->principals.size(), 1);
    QCOMPARE(share->principals.constFirst().status, QStringLiteral("ASSOCIATED"));
    QCOMPARE(allowed(*w, dev), devAllowed);
    QCOMPARE(allowed(*w, shared), sharedServicesAllowed);
    QCOMPARE(w->access().sharedPipelineArns(dev)->contains(abalone), devAllowed);
    QCOMPARE(w->access().sharedPipelineArns(shared)->contains(abalone), sharedServicesAllowed);
    QVERIFY(!w->access().sharedPipelineArns(test)->contains(abalone)); // owned pipelines are not "shared"
}

void TestSharingService::demoSharesGiveTheWalkthrough()
{
    PdTest::TestWorkspace w;
    using A = PipelineAction;
    QVERIFY(allowed(*w, dev, A::DescribePipeline, serial));
    QVERIFY(allowed(*w, dev, A::ListPipelineExecutions, serial));
    QVERIFY(!allowed(*w, dev, A::StartPipelineExecution, serial));
    for (A a : {A::StartPipelineExecution, A::StopPipelineExecution, A::RetryPipelineExecution, A::DescribePipeline})
        QVERIFY(allowed(*w, shared, a, serial));
    QCOMPARE(w->access().level(dev, serial), AccessLevel::ReadOnly);
    QCOMPARE(w->access().level(shared, serial), AccessLevel::AllowExecution);
    QCOMPARE(w->access().level(test, serial), AccessLevel::Owner);
    QCOMPARE(w->access().sharedPipelineArns(dev).value(), QStringList{serial});
    QVERIFY(w->sharing().invitations(dev)->isEmpty()); // organization members need none
    auto resources = w->sharing().sharedResources(shared);
    QCOMPARE(resources->size(), 1);
    QCOMPARE(resources->constFirst().ownerAccountId, test);
    QCOMPARE(resources->constFirst().permission, SharePermission::AllowExecution);
    auto executions = w->sharing().sharedExecutions(dev);
    QCOMPARE(executions->size(), 5);
    QVERIFY(w->sharing().sharedExecutions(test)->isEmpty());
}

void TestSharingService::invitationAccepted()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    QSignalSpy invitationsSpy(&w->sharing(), &SharingService::invitationsChanged);
    auto share = w->sharing().create(test, request({dev}, allowExecution));
    QVERIFY2(share, qPrintable(share.error().message));
    QCOMPARE(share->principals.constFirst().status, QStringLiteral("ASSOCIATING"));
    QCOMPARE(invitationsSpy.size(), 1);
    QCOMPARE(invitationsSpy.at(0).at(0).toString(), dev);
    auto invitations = w->sharing().invitations(dev);
    QCOMPARE(invitations->size(), 1);
    const ShareInvitation invitation = invitations->constFirst();
    QCOMPARE(invitation.status, InvitationStatus::Pending);
    QCOMPARE(invitation.senderAccountId, test);
    QCOMPARE(invitation.shareName, QStringLiteral("abalone-share"));
    QCOMPARE(invitation.expiresAt - invitation.createdAt, invitationLifetimeMs);

    const QString reason = refusal(*w, dev, PipelineAction::DescribePipeline);
    QVERIFY2(reason.contains(invitation.arn) && reason.contains(QStringLiteral("pending")), qPrintable(reason));
    QVERIFY(!w->access().sharedPipelineArns(dev)->contains(abalone));

    QSignalSpy accessSpy(&w->access(), &AccessService::accessChanged);
    auto accepted = w->sharing().accept(dev, invitation.arn);
    QVERIFY2(accepted, qPrintable(accepted.error().message));
    QCOMPARE(accepted->status, InvitationStatus::Accepted);
    QCOMPARE(accessSpy.size(), 1);
    QVERIFY(allowed(*w, dev, PipelineAction::StartPipelineExecution));
    QCOMPARE(w->access().sharedPipelineArns(dev).value(), (QStringList{abalone, serial}));
    // Answered once only.
    auto again = w->sharing().accept(dev, invitation.arn);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
}

void TestSharingService::invitationRejected()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    QVERIFY(w->sharing().create(test, request({dev})));
    const QString arn = w->sharing().invitations(dev)->constFirst().arn;
    QSignalSpy spy(&w->access(), &AccessService::accessChanged);
    auto rejected = w->sharing().reject(dev, arn);
    QVERIFY2(rejected, qPrintable(rejected.error().message));
    QCOMPARE(rejected->status, InvitationStatus::Rejected);
    const QString reason = refusal(*w, dev, PipelineAction::DescribePipeline);
    QVERIFY2(reason.contains(QStringLiteral("rejected")), qPrintable(reason));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(w->sharing().shares(test)->constFirst().principals.constFirst().status, QStringLiteral("FAILED"));
}

void TestSharingService::invitationExpiresAfterSevenDays()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    const QString arn = w->sharing().invitations(dev)->constFirst().arn;
    w.clock.advance(invitationLifetimeMs - 1);
    QCOMPARE(w->sharing().invitations(dev)->constFirst().status, InvitationStatus::Pending);
    w.clock.advance(1);
    QCOMPARE(w->sharing().invitations(dev)->constFirst().status, InvitationStatus::Expired);
    const QString reason = refusal(*w, dev, PipelineAction::DescribePipeline);
    QVERIFY2(reason.contains(QStringLiteral("expired")) && reason.contains(QStringLiteral("2026-11-30T12:00:00Z")),
             qPrintable(reason));
    auto accepted = w->sharing().accept(dev, arn);
    QVERIFY(!accepted);
    QCOMPARE(accepted.error().code, Error::Code::Conflict);
    QVERIFY(accepted.error().message.contains(QStringLiteral("expired")));
    // Associating the principal again sends a fresh invitation.
    QVERIFY(w->sharing().associate(test, share->arn, {}, {dev}));
    auto invitations = w->sharing().invitations(dev);
    QCOMPARE(invitations->size(), 2);
    QCOMPARE(invitations->constFirst().status, InvitationStatus::Pending);
    QVERIFY(w->sharing().accept(dev, invitations->constFirst().arn));
    QVERIFY(allowed(*w, dev));
}

void TestSharingService::organizationSharingOffNeedsInvitationsAndRefusesOrgPrincipals()
{
    PdTest::TestWorkspace w;
    // Only the management account switches it.
    const Status byMember = w->sharing().setOrganizationSharing(test, false);
    QVERIFY(!byMember);
    QCOMPARE(byMember.error().code, Error::Code::PermissionDenied);
    QVERIFY(w->sharing().organizationSharingEnabled(QStringLiteral("o-pd7demo0001")));
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    QVERIFY(!w->sharing().organizationSharingEnabled(QStringLiteral("o-pd7demo0001")));

    for (const QString &principal : {orgArn, ouArn("ou-pd7d-sdlc0001")}) {
        auto refused = w->sharing().create(test, request({principal}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("principals"));
        QVERIFY(refused.error().message.contains(QStringLiteral("AWS Organizations")));
    }
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    QCOMPARE(w->sharing().invitations(dev)->size(), 1);
    // A share made while it was on keeps working for accounts; organization principals stop
    // counting while it is off.
    QVERIFY(w->sharing().setOrganizationSharing(shared, true));
    QVERIFY(w->sharing().create(test, request({orgArn})));
    QVERIFY(allowed(*w, shared));
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    QVERIFY(!allowed(*w, shared));
}

void TestSharingService::externalPrincipals_data()
{
    QTest::addColumn<bool>("allowExternal");
    QTest::newRow("only within the organization") << false;
    QTest::newRow("anyone") << true;
}

void TestSharingService::externalPrincipals()
{
    QFETCH(bool, allowExternal);
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({outsider}, readOnly, allowExternal));
    QCOMPARE(share.ok(), allowExternal);
    if (!allowExternal) {
        QCOMPARE(share.error().code, Error::Code::InvalidInput);
        QCOMPARE(share.error().field, QStringLiteral("principals"));
        QVERIFY(share.error().message.contains(outsider));
        QCOMPARE(w->sharing().shares(test)->size(), 2); // only the demo shares: nothing half-written
        return;
    }
    // Outside the organization: an invitation even with organization sharing on.
    auto invitations = w->sharing().invitations(outsider);
    QCOMPARE(invitations->size(), 1);
    QVERIFY(!allowed(*w, outsider));
    QVERIFY(w->sharing().accept(outsider, invitations->constFirst().arn));
    QVERIFY(allowed(*w, outsider));
    // Turning "anyone" off while an outsider is named is refused.
    SharingService::Update update;
    update.allowExternalPrincipals = false;
    auto updated = w->sharing().update(test, share->arn, update);
    QVERIFY(!updated);
    QCOMPARE(updated.error().field, QStringLiteral("allow-external-principals"));
}

void TestSharingService::revocationTakesEffectAtOnce()
{
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev, ouArn("ou-pd7d-infra001")}, allowExecution));
    QVERIFY(share);
    QVERIFY(allowed(*w, dev, PipelineAction::StartPipelineExecution));
    QVERIFY(allowed(*w, shared, PipelineAction::StartPipelineExecution));
    QSignalSpy spy(&w->access(), &AccessService::accessChanged);
    QVERIFY(w->sharing().disassociate(test, share->arn, {}, {dev}));
    QCOMPARE(spy.size(), 1);
    QVERIFY(!allowed(*w, dev, PipelineAction::StartPipelineExecution));
    QVERIFY(allowed(*w, dev, PipelineAction::DescribePipeline, serial)); // the demo share stays
    // Downgrading the permission takes Start away, keeps Describe.
    SharingService::Update update;
    update.permission = readOnly;
    QVERIFY(w->sharing().update(test, share->arn, update));
    QVERIFY(!allowed(*w, shared, PipelineAction::StartPipelineExecution));
    QVERIFY(allowed(*w, shared, PipelineAction::DescribePipeline));
    QVERIFY(w->sharing().remove(test, share->arn));
    QVERIFY(!allowed(*w, shared, PipelineAction::DescribePipeline));
    QCOMPARE(w->sharing().shares(test)->size(), 2);
    QCOMPARE(w->sharing().shares(test, true)->size(), 3);
    auto changed = w->sharing().associate(test, share->arn, {}, {dev});
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, Error::Code::Conflict);
}

void TestSharingService::arnVersusNameResolution()
{
    PdTest::TestWorkspace w;
    // A bare name resolves only inside the acting account.
    auto byName = w->pipelines().resolve(dev, QStringLiteral("serial-inference-pipeline"));
    QVERIFY(!byName);
    QCOMPARE(byName.error().code, Error::Code::NotFound);
    auto byArn = w->pipelines().resolve(dev, serial);
    QVERIFY2(byArn, qPrintable(byArn.error().message));
    auto notShared = w->pipelines().resolve(dev, abalone);
    QVERIFY(!notShared);
    QCOMPARE(notShared.error().code, Error::Code::PermissionDenied);
    // Shares take pipelines by name in the owner's account, or by ARN of the owner's own pipelines.
    auto share = w->sharing().create(test, [] {
        auto r = request({dev});
        r.resourceArns = {QStringLiteral("abalone-training-pipeline")};
        return r;
    }());
    QVERIFY(share);
    QCOMPARE(share->resourceArns, QStringList{abalone});
    auto foreign = w->sharing().create(dev, [] {
        auto r = request({shared});
        r.resourceArns = {serial};
        return r;
    }());
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, Error::Code::PermissionDenied);
    auto missing = w->sharing().create(test, [] {
        auto r = request({dev});
        r.resourceArns = {QStringLiteral("no-such-pipeline")};
        return r;
    }());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestSharingService::onlyOwnersChangeSharesAndOnlyReceiversAnswer()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    SharingService::Update update;
    update.name = QStringLiteral("taken-over");
    QCOMPARE(w->sharing().update(dev, share->arn, update).error().code, Error::Code::PermissionDenied);
    QCOMPARE(w->sharing().remove(shared, share->arn).error().code, Error::Code::PermissionDenied);
    QCOMPARE(w->sharing().associate(dev, share->arn, {}, {shared}).error().code, Error::Code::PermissionDenied);
    const QString invitation = w->sharing().invitations(dev)->constFirst().arn;
    QCOMPARE(w->sharing().accept(shared, invitation).error().code, Error::Code::PermissionDenied);
    // A principal without access may not even describe the share.
    QCOMPARE(w->sharing().share(shared, share->arn).error().code, Error::Code::PermissionDenied);
    QVERIFY(w->sharing().share(test, share->arn));
}

void TestSharingService::clientTokenIsIdempotent()
{
    PdTest::TestWorkspace w;
    auto r = request({dev});
    r.clientToken = QStringLiteral("token-1");
    auto first = w->sharing().create(test, r);
    auto second = w->sharing().create(test, r);
    QVERIFY(first && second);
    QCOMPARE(second->arn, first->arn);
    QCOMPARE(w->sharing().shares(test)->size(), 3); // the two of the demo and this one
    r.permission = allowExecution;
    auto mismatch = w->sharing().create(test, r);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().code, Error::Code::Conflict);
    QVERIFY(mismatch.error().message.contains(QStringLiteral("token-1")));
}

void TestSharingService::invalidInputNamesTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QString() << readOnly << dev << "name";
    QTest::newRow("name 256") << QString(256, QLatin1Char('n')) << readOnly << dev << "name";
    QTest::newRow("name with NUL") << QStringLiteral("a") + QChar(0) << readOnly << dev << "name";
    QTest::newRow("unknown permission") << "s" << "AWSRAMDefaultPermissionGlue" << dev << "permission-arns";
    QTest::newRow("11 digits") << "s" << readOnly << "11111111111" << "principals";
    QTest::newRow("role ARN") << "s" << readOnly << "arn:aws:iam::111111111111:role/x" << "principals";
    QTest::newRow("self") << "s" << readOnly << test << "principals";
    QTest::newRow("foreign organization")
        << "s" << readOnly << "arn:aws:organizations::999999999999:organization/o-other000001" << "principals";
    QTest::newRow("unknown OU") << "s" << readOnly << "arn:aws:organizations::333333333333:ou/o-pd7demo0001/ou-nope"
                                << "principals";
}

void TestSharingService::invalidInputNamesTheField()
{
    QFETCH(QString, name);
    QFETCH(QString, permission);
    QFETCH(QString, principal);
    QFETCH(QString, field);
    PdTest::TestWorkspace w;
    auto r = request({principal}, permission);
    r.name = name;
    auto share = w->sharing().create(test, r);
    QVERIFY(!share);
    QCOMPARE(share.error().code, Error::Code::InvalidInput);
    QCOMPARE(share.error().field, field);
    QVERIFY2(share.error().message.startsWith(field + QLatin1Char(':')), qPrintable(share.error().message));
}

void TestSharingService::renameChecksTheNameAsCreateDoes()
{
    // Issue 13: update stored a 256-character name that create refuses. One check serves both.
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    for (const QString &bad : {QString(256, QLatin1Char('n')), QStringLiteral("   "), QStringLiteral("tab\x01")}) {
        SharingService::Update update;
        update.name = bad;
        auto updated = w->sharing().update(test, share->arn, update);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, Error::Code::InvalidInput);
        QCOMPARE(updated.error().field, QStringLiteral("name"));
        QCOMPARE(w->sharing().share(test, share->arn)->name, share->name);
    }
    SharingService::Update longest;
    longest.name = QString(255, QLatin1Char('n'));
    QVERIFY(w->sharing().update(test, share->arn, longest));
    QCOMPARE(SharingService::validateName(QStringLiteral("  padded  ")).value(), QStringLiteral("padded"));
}

void TestSharingService::writesAreAudited()
{
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    QVERIFY(!w->sharing().remove(dev, share->arn));
    QVERIFY(w->sharing().remove(test, share->arn));
    auto entries = AuditStore(w->database()).latest(3);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).action, QStringLiteral("DeleteResourceShare"));
    QCOMPARE(entries->at(0).outcome, QStringLiteral("ok"));
    QCOMPARE(entries->at(1).identity, dev);
    QVERIFY(entries->at(1).outcome.contains(QStringLiteral("only its owner")));
    QCOMPARE(entries->at(2).action, QStringLiteral("CreateResourceShare"));
    QCOMPARE(entries->at(2).target, share->arn);
}

void TestSharingService::anotherProcessesWritesAreNoticed()
{
    PdTest::TestWorkspace w;
    QVERIFY(!allowed(*w, dev));
    Workspace::Options options;
    options.clock = &w.clock;
    auto other = Workspace::open(w.path(), options);
    QVERIFY(other);
    QVERIFY((*other)->sharing().create(test, request({dev})));
    // This process hears no signal; the generation counter tells it within a fraction of a second.
    QTRY_VERIFY_WITH_TIMEOUT(allowed(*w, dev), 2000);
}

void TestSharingService::editAppliesEveryChange()
{
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev}, readOnly, false));
    QVERIFY2(share, qPrintable(share.error().message));
    w.clock.advance(1000);
    QSignalSpy accessSpy(&w->access(), &AccessService::accessChanged);
    QSignalSpy sharesSpy(&w->sharing(), &SharingService::sharesChanged);
    QSignalSpy invitationsSpy(&w->sharing(), &SharingService::invitationsChanged);
    // Every part at once; the outsider needs "anyone" turned on before it is added.
    SharingService::EditRequest desired;
    desired.name = QStringLiteral("  renamed-share ");
    desired.permission = allowExecution;
    desired.allowExternalPrincipals = true;
    desired.resourceArns = {QStringLiteral("serial-inference-pipeline")};
    desired.principals = {outsider, ouArn("ou-pd7d-infra001")};
    // Only the owner may.
    auto byOther = w->sharing().edit(dev, share->arn, desired);
    QVERIFY(!byOther);
    QCOMPARE(byOther.error().code, Error::Code::PermissionDenied);
    auto edited = w->sharing().edit(test, share->arn, desired);
    QVERIFY2(edited, qPrintable(edited.error().message));
    QCOMPARE(edited->name, QStringLiteral("renamed-share"));
    QCOMPARE(edited->permission, SharePermission::AllowExecution);
    QVERIFY(edited->allowExternalPrincipals);
    QCOMPARE(edited->resourceArns, QStringList{serial});
    QStringList principals;
    for (const SharePrincipal &p : edited->principals)
        principals.append(p.principal + QLatin1Char('=') + p.status);
    principals.sort();
    QCOMPARE(principals, (QStringList{outsider + QStringLiteral("=ASSOCIATING"),
                                      ouArn("ou-pd7d-infra001") + QStringLiteral("=ASSOCIATED")}));
    QCOMPARE(edited->modifiedAt, share->modifiedAt + 1000);
    QCOMPARE(w->sharing().share(test, share->arn)->name, QStringLiteral("renamed-share"));
    QCOMPARE(w->sharing().invitations(outsider)->size(), 1);
    // Access follows: dev lost abalone at once; the outsider waits for its answer.
    QVERIFY(!allowed(*w, dev));
    QVERIFY(!allowed(*w, outsider, PipelineAction::DescribePipeline, serial));
    // One notice of the whole change, naming the invited and the removed account.
    QCOMPARE(accessSpy.size(), 1);
    QCOMPARE(sharesSpy.size(), 1);
    QCOMPARE(sharesSpy.at(0).at(0).toString(), test);
    QStringList told;
    for (const QList<QVariant> &signal : invitationsSpy)
        told.append(signal.at(0).toString());
    told.sort();
    QCOMPARE(told, (QStringList{dev, outsider}));
    // The audit log holds the steps the separate calls would have written, in their order.
    auto entries = AuditStore(w->database()).latest(5);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &e : entries.value()) {
        QCOMPARE(e.target, share->arn);
        actions.prepend(e.action);
    }
    for (int i = 0; i < 4; ++i)
        QCOMPARE(entries->at(i).outcome, QStringLiteral("ok"));
    QCOMPARE(actions,
             (QStringList{QStringLiteral("UpdateResourceShare"), // dev's refusal
                          QStringLiteral("UpdateResourceShare"), QStringLiteral("AssociateResourceShare"),
                          QStringLiteral("DisassociateResourceShare"), QStringLiteral("UpdateResourceShare")}));
    QCOMPARE(entries->at(4).identity, dev);
    QVERIFY(entries->at(4).outcome.contains(QStringLiteral("only its owner")));
}

void TestSharingService::editWithNoChangeWritesNothing()
{
    PdTest::TestWorkspace w;
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    const auto before = AuditStore(w->database()).latest(100000)->size();
    QSignalSpy accessSpy(&w->access(), &AccessService::accessChanged);
    SharingService::EditRequest desired;
    desired.name = share->name;
    desired.permission = QStringLiteral("arn:aws:ram::aws:permission/") + readOnly; // the same, by ARN
    desired.allowExternalPrincipals = share->allowExternalPrincipals;
    desired.resourceArns = {QStringLiteral("abalone-training-pipeline")}; // the same, by name
    desired.principals = {dev};
    w.clock.advance(1000);
    auto edited = w->sharing().edit(test, share->arn, desired);
    QVERIFY2(edited, qPrintable(edited.error().message));
    QCOMPARE(stateOf(edited.value()), stateOf(share.value()));
    QCOMPARE(AuditStore(w->database()).latest(100000)->size(), before);
    QCOMPARE(accessSpy.size(), 0);
}

void TestSharingService::refusedEditChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<bool>("allowExternal");
    QTest::addColumn<QStringList>("principals");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("action");
    // The share starts as abalone for dev, read-only, within the organization only. Every row changes
    // everything and fails in the step named; the steps before it were already written when it failed.
    const QString renamed = QStringLiteral("renamed-share");
    QTest::newRow("11-digit principal, after allowing anyone")
        << renamed << allowExecution << true << QStringList{dev, QStringLiteral("11111111111")} << "principals"
        << "AssociateResourceShare";
    QTest::newRow("unknown OU, after allowing anyone")
        << renamed << allowExecution << true
        << QStringList{dev, QStringLiteral("arn:aws:organizations::333333333333:ou/o-pd7demo0001/ou-nope")}
        << "principals" << "AssociateResourceShare";
    QTest::newRow("outsider while only within the organization")
        << renamed << allowExecution << false << QStringList{outsider} << "principals" << "AssociateResourceShare";
    QTest::newRow("empty name, after the associations")
        << QStringLiteral("  ") << allowExecution << true << QStringList{outsider} << "name" << "UpdateResourceShare";
    QTest::newRow("unknown permission, after the associations")
        << renamed << QStringLiteral("AWSRAMDefaultPermissionGlue") << true << QStringList{outsider, shared}
        << "permission-arns" << "UpdateResourceShare";
}

void TestSharingService::refusedEditChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, permission);
    QFETCH(bool, allowExternal);
    QFETCH(QStringList, principals);
    QFETCH(QString, field);
    QFETCH(QString, action);
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false)); // so that a member is invited, too
    auto share = w->sharing().create(test, request({dev}, readOnly, false));
    QVERIFY2(share, qPrintable(share.error().message));
    const ResourceShare before = w->sharing().share(test, share->arn).value();
    const auto invitations = [&](const QString &account) { return w->sharing().invitations(account)->size(); };
    const auto devInvitations = invitations(dev);
    const auto auditBefore = AuditStore(w->database()).latest(100000)->size();
    w.clock.advance(1000);
    QSignalSpy accessSpy(&w->access(), &AccessService::accessChanged);
    QSignalSpy sharesSpy(&w->sharing(), &SharingService::sharesChanged);
    QSignalSpy invitationsSpy(&w->sharing(), &SharingService::invitationsChanged);

    SharingService::EditRequest desired;
    desired.name = name;
    desired.permission = permission;
    desired.allowExternalPrincipals = allowExternal;
    desired.resourceArns = {serial}; // adds serial, drops abalone
    desired.principals = principals;
    auto edited = w->sharing().edit(test, share->arn, desired);
    QVERIFY(!edited);
    QCOMPARE(edited.error().code, Error::Code::InvalidInput);
    QCOMPARE(edited.error().field, field);
    QVERIFY2(edited.error().message.startsWith(field + QLatin1Char(':')), qPrintable(edited.error().message));

    // Exactly as it was: name, permission, scope, resources, principals, time of change.
    const ResourceShare after = w->sharing().share(test, share->arn).value();
    QCOMPARE(stateOf(after), stateOf(before));
    QCOMPARE(invitations(dev), devInvitations);
    QCOMPARE(invitations(outsider), 0);
    QCOMPARE(invitations(shared), 0);
    // Nothing to notice, and the log holds the refusal only, under the refusing step's name.
    QCOMPARE(accessSpy.size(), 0);
    QCOMPARE(sharesSpy.size(), 0);
    QCOMPARE(invitationsSpy.size(), 0);
    auto entries = AuditStore(w->database()).latest(100000);
    QCOMPARE(entries->size(), auditBefore + 1);
    QCOMPARE(entries->constFirst().action, action);
    QCOMPARE(entries->constFirst().target, share->arn);
    QCOMPARE(entries->constFirst().outcome, edited.error().message);
}

void TestSharingService::resourceSharesByOwnerAndStatus()
{
    PdTest::TestWorkspace w;
    using Owner = SharingService::ShareOwner;
    auto share = w->sharing().create(test, request({dev}));
    QVERIFY(share);
    QVERIFY(w->sharing().remove(test, share->arn));
    auto arns = [&](const QString &identity, Owner owner, const QString &status = QString()) {
        QStringList result;
        const auto shares = w->sharing().resourceShares(identity, owner, status);
        for (const ResourceShare &s : shares.value())
            result.append(s.arn);
        return result;
    };
    // Its own: deleted ones only when asked for by status.
    QCOMPARE(arns(test, Owner::Self).size(), 2);
    QVERIFY(!arns(test, Owner::Self).contains(share->arn));
    QCOMPARE(arns(test, Owner::Self, QStringLiteral("DELETED")), QStringList{share->arn});
    QCOMPARE(arns(test, Owner::Self, QStringLiteral("ACTIVE")), arns(test, Owner::Self));
    // Others': the shares that give the identity something, each once, whatever it owns itself.
    const QStringList givingDev = arns(dev, Owner::OtherAccounts);
    QCOMPARE(givingDev.size(), 1);
    QCOMPARE(w->sharing().share(dev, givingDev.constFirst())->ownerAccountId, test);
    QVERIFY(arns(dev, Owner::OtherAccounts, QStringLiteral("DELETED")).isEmpty());
    QVERIFY(arns(outsider, Owner::OtherAccounts).isEmpty());
}

QTEST_GUILESS_MAIN(TestSharingService)
#include "tst_sharingservice.moc"

// AccountService: creating, changing and deleting accounts, organizations and OUs.
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "pipelines/pipelineservice.h"
#include "sharing/sharingservice.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Pd::AccountInput)

using namespace Pd;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString newcomer = QStringLiteral("444444444444");
const QString demoOrg = QStringLiteral("o-pd7demo0001");
const QString sdlcOu = QStringLiteral("ou-pd7d-sdlc0001");

const QByteArray definition = R"({"Version":"2020-12-01","Parameters":[],
    "Steps":[{"Name":"Prepare","Type":"Processing"}]})";

AccountInput input(const QString &id, const QString &name, const QString &organization = {}, const QString &ou = {},
                   const QString &email = {})
{
    return AccountInput{id, name, email, organization, ou};
}

QString lastAudit(Workspace &w)
{
    auto latest = AuditStore(w.database()).latest(1);
    if (!latest || latest->isEmpty())
        return QString();
    const AuditEntry &e = latest->constFirst();
    return e.action + QLatin1Char(' ') + e.target + QLatin1Char(' ') + e.outcome;
}

// A second organization with its own OU, managed by the new account.
std::pair<QString, QString> otherOrganization(Workspace &w)
{
    if (!w.accounts().createAccount(QString(), input(newcomer, QStringLiteral("newcomer"))))
        qFatal("cannot create the newcomer");
    auto org = w.accounts().createOrganization(QString(), QStringLiteral("Other"), newcomer);
    if (!org)
        qFatal("cannot create the organization: %s", qPrintable(org.error().message));
    auto ou = w.accounts().createOrganizationalUnit(QString(), org->id, QString(), QStringLiteral("Teams"));
    if (!ou)
        qFatal("cannot create the OU: %s", qPrintable(ou.error().message));
    return {org->id, ou->id};
}

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void firstAccountInAnEmptyWorkspace();
    void createRefuses_data();
    void createRefuses();
    void anOuAloneNamesItsOrganization();
    void updateChangesOnlyWhatIsGiven();
    void movingToAnotherOrganizationDropsTheOu();
    void managementAccountCannotLeave();
    void updateRefusesAnOuOfAnotherOrganization();
    void deleteRefusesWhatIsStillOwned();
    void deleteRefusesTheManagementAccount();
    void deleteAfterEverythingIsGone();
    void deletingTheDefaultIdentityFallsBack();
    void createOrganization();
    void organizationRefuses();
    void organizationalUnits();
};

void TestAccountService::firstAccountInAnEmptyWorkspace()
{
    PdTest::TestWorkspace w(false);
    QVERIFY(w->isEmpty());
    QCOMPARE(w->defaultIdentity(), QString());
    QSignalSpy changed(&w->accounts(), &AccountService::accountsChanged);
    auto created = w->accounts().createAccount(QString(), input(QStringLiteral(" 123456789012 "), QStringLiteral("dev"),
                                                                {}, {}, QStringLiteral("dev@example.com")));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->id, QStringLiteral("123456789012"));
    QCOMPARE(created->createdAt, PdTest::demoNow().toMSecsSinceEpoch());
    QCOMPARE(changed.count(), 1);
    auto stored = w->accounts().account(QStringLiteral("123456789012"));
    QVERIFY(stored);
    QCOMPARE(stored->label(), QStringLiteral("dev (123456789012)"));
    QCOMPARE(stored->email, QStringLiteral("dev@example.com"));
    QVERIFY(stored->organizationId.isEmpty());
    QVERIFY(!w->isEmpty());
    // The first account is who the programs act as from now on.
    QCOMPARE(w->defaultIdentity(), QStringLiteral("123456789012"));
    QCOMPARE(lastAudit(*w), QStringLiteral("CreateAccount 123456789012 ok"));
}

void TestAccountService::createRefuses_data()
{
    QTest::addColumn<AccountInput>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    const int invalid = int(Error::Code::InvalidInput);
    QTest::newRow("no id") << input({}, QStringLiteral("x")) << "account-id"
                           << "an account id is required" << invalid;
    QTest::newRow("short id") << input(QStringLiteral("12345"), QStringLiteral("x")) << "account-id"
                              << "“12345” is not an account id (12 digits)" << invalid;
    QTest::newRow("letters") << input(QStringLiteral("12345678901a"), QStringLiteral("x")) << "account-id"
                             << "not an account id" << invalid;
    QTest::newRow("taken") << input(dev, QStringLiteral("again")) << "account-id"
                           << "account 111111111111 already exists (dev)" << int(Error::Code::Conflict);
    QTest::newRow("no name") << input(newcomer, QStringLiteral("  ")) << "name"
                             << "a name is required" << invalid;
    QTest::newRow("long name") << input(newcomer, QString(51, QLatin1Char('n'))) << "name"
                               << "at most 50 characters" << invalid;
    QTest::newRow("control") << input(newcomer, QStringLiteral("a\tb")) << "name"
                             << "control characters" << invalid;
    QTest::newRow("email") << input(newcomer, QStringLiteral("x"), {}, {}, QStringLiteral("nobody")) << "email"
                           << "“nobody” is not an email address" << invalid;
    QTest::newRow("organization") << input(newcomer, QStringLiteral("x"), QStringLiteral("o-nowhere000"))
                                  << "organization-id"
                                  << "organization o-nowhere000 does not exist" << invalid;
    QTest::newRow("ou") << input(newcomer, QStringLiteral("x"), demoOrg, QStringLiteral("ou-none-00000000")) << "ou-id"
                        << "organizational unit ou-none-00000000 does not exist" << invalid;
}

void TestAccountService::createRefuses()
{
    QFETCH(AccountInput, request);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, code);
    PdTest::TestWorkspace w;
    const int before = int(w->accounts().accounts()->size());
    QSignalSpy changed(&w->accounts(), &AccountService::accountsChanged);
    auto created = w->accounts().createAccount(dev, request);
    QVERIFY(!created);
    QCOMPARE(int(created.error().code), code);
    QCOMPARE(created.error().field, field);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    if (!field.isEmpty())
        QVERIFY2(created.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(created.error().message));
    QCOMPARE(int(w->accounts().accounts()->size()), before);
    QCOMPARE(changed.count(), 0);
    // A refusal is audited too, with the reason.
    QVERIFY2(lastAudit(*w).startsWith(QStringLiteral("CreateAccount ")), qPrintable(lastAudit(*w)));
    QVERIFY(lastAudit(*w).contains(message));
}

void TestAccountService::anOuAloneNamesItsOrganization()
{
    PdTest::TestWorkspace w;
    auto created = w->accounts().createAccount(dev, input(newcomer, QStringLiteral("staging"), {}, sdlcOu));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->organizationId, demoOrg);
    QCOMPARE(w->accounts().account(newcomer)->ouId, sdlcOu);
}

void TestAccountService::updateChangesOnlyWhatIsGiven()
{
    PdTest::TestWorkspace w;
    QSignalSpy changed(&w->accounts(), &AccountService::accountsChanged);
    AccountChange change;
    change.id = dev;
    change.name = QStringLiteral("development");
    auto updated = w->accounts().updateAccount(test, change);
    QVERIFY2(updated, qPrintable(updated.error().message));
    const Account stored = w->accounts().account(dev).value();
    QCOMPARE(stored.name, QStringLiteral("development"));
    QCOMPARE(stored.email, QStringLiteral("ml-dev@example.com"));
    QCOMPARE(stored.organizationId, demoOrg);
    QCOMPARE(stored.ouId, sdlcOu);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastAudit(*w), QStringLiteral("UpdateAccount 111111111111 ok"));

    change.id = QStringLiteral("999999999999");
    auto missing = w->accounts().updateAccount(test, change);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    // Out of the organization: the OU goes with it.
    AccountChange leave;
    leave.id = dev;
    leave.organizationId = QString();
    QVERIFY(w->accounts().updateAccount(test, leave));
    QVERIFY(w->accounts().account(dev)->organizationId.isEmpty());
    QVERIFY(w->accounts().account(dev)->ouId.isEmpty());
}

void TestAccountService::movingToAnotherOrganizationDropsTheOu()
{
    PdTest::TestWorkspace w;
    const auto [org, ou] = otherOrganization(*w);
    AccountChange move;
    move.id = dev;
    move.organizationId = org;
    auto moved = w->accounts().updateAccount(dev, move);
    QVERIFY2(moved, qPrintable(moved.error().message));
    QCOMPARE(moved->organizationId, org);
    QVERIFY(moved->ouId.isEmpty());
    move.ouId = ou;
    QVERIFY(w->accounts().updateAccount(dev, move));
    QCOMPARE(w->accounts().account(dev)->ouId, ou);
}

void TestAccountService::managementAccountCannotLeave()
{
    PdTest::TestWorkspace w;
    AccountChange leave;
    leave.id = shared;
    leave.organizationId = QString();
    auto refused = w->accounts().updateAccount(dev, leave);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("organization-id"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("management account of organization o-pd7demo0001")),
             qPrintable(refused.error().message));
    QCOMPARE(w->accounts().account(shared)->organizationId, demoOrg);
    // Moving between its organization's OUs is fine.
    AccountChange ou;
    ou.id = shared;
    ou.ouId = sdlcOu;
    QVERIFY(w->accounts().updateAccount(dev, ou));
}

void TestAccountService::updateRefusesAnOuOfAnotherOrganization()
{
    PdTest::TestWorkspace w;
    const auto [org, ou] = otherOrganization(*w);
    AccountChange change;
    change.id = dev;
    change.ouId = ou;
    auto refused = w->accounts().updateAccount(dev, change);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("ou-id"));
    QCOMPARE(refused.error().message, QStringLiteral("ou-id: organizational unit %1 belongs to organization %2, not to "
                                                     "o-pd7demo0001.")
                                          .arg(ou, org));
    QCOMPARE(w->accounts().account(dev)->ouId, sdlcOu);
}

void TestAccountService::deleteRefusesWhatIsStillOwned()
{
    PdTest::TestWorkspace w;
    QSignalSpy changed(&w->accounts(), &AccountService::accountsChanged);
    const Status refused = w->accounts().deleteAccount(dev, test);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    const QString message = refused.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("account-id: account 222222222222 still owns ")), qPrintable(message));
    // The count per kind, from the slices above accounts.
    const int pipelines = int(w->pipelines().pipelines(test)->size());
    QVERIFY(pipelines > 1);
    // "2 pipelines" (the count per kind; the plural form comes from the English translation).
    QVERIFY2(message.contains(QStringLiteral("%1 pipeline").arg(pipelines)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" rule")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("resource share")), qPrintable(message));
    QVERIFY(message.endsWith(QStringLiteral("; delete them first.")));
    QVERIFY(w->accounts().account(test));
    QCOMPARE(changed.count(), 0);
    QVERIFY(lastAudit(*w).startsWith(QStringLiteral("DeleteAccount 222222222222 account-id: account")));
}

void TestAccountService::deleteRefusesTheManagementAccount()
{
    PdTest::TestWorkspace w;
    const Status refused = w->accounts().deleteAccount(dev, shared);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("account-id: account 333333333333 is the management account of "
                                                     "organization o-pd7demo0001; it cannot be deleted."));
    QVERIFY(w->accounts().account(shared));
}

void TestAccountService::deleteAfterEverythingIsGone()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->accounts().createAccount(dev, input(newcomer, QStringLiteral("scratch"))));
    auto pipeline = w->pipelines().createPipeline(
        newcomer, PipelineInput{QStringLiteral("scratch-pipeline"), definition, {}, {}, {}});
    QVERIFY2(pipeline, qPrintable(pipeline.error().message));
    SharingService::CreateRequest share;
    share.name = QStringLiteral("scratch-share");
    share.resourceArns = {pipeline->arn};
    share.principals = {dev};
    share.permission = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
    auto created = w->sharing().create(newcomer, share);
    QVERIFY2(created, qPrintable(created.error().message));

    Status refused = w->accounts().deleteAccount(dev, newcomer);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("account-id: account 444444444444 still owns 1 pipeline")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral(", 1 resource share")));
    QVERIFY(!refused.error().message.contains(QStringLiteral("rule")));
    QVERIFY(w->sharing().remove(newcomer, created->arn));
    QVERIFY(w->pipelines().deletePipeline(newcomer, pipeline->arn));
    // The deleted share RAM keeps around does not hold the account back.
    QSignalSpy changed(&w->accounts(), &AccountService::accountsChanged);
    const Status deleted = w->accounts().deleteAccount(dev, newcomer);
    QVERIFY2(deleted, qPrintable(deleted.error().message));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!w->accounts().account(newcomer));
    QCOMPARE(lastAudit(*w), QStringLiteral("DeleteAccount 444444444444 ok"));
    const Status again = w->accounts().deleteAccount(dev, newcomer);
    QCOMPARE(again.error().code, Error::Code::NotFound);
}

void TestAccountService::deletingTheDefaultIdentityFallsBack()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->accounts().createAccount(dev, input(newcomer, QStringLiteral("scratch"))));
    QVERIFY(w->database().transaction(
        [&] { return SettingsStore(w->database()).setValue(QStringLiteral("default_identity"), newcomer); }));
    QCOMPARE(w->defaultIdentity(), newcomer);
    QVERIFY(w->accounts().deleteAccount(dev, newcomer));
    QCOMPARE(w->defaultIdentity(), dev); // the first account left

    PdTest::TestWorkspace empty(false);
    QVERIFY(empty->accounts().createAccount(QString(), input(newcomer, QStringLiteral("only"))));
    QVERIFY(empty->accounts().deleteAccount(newcomer, newcomer));
    QCOMPARE(empty->defaultIdentity(), QString());
    QVERIFY(empty->isEmpty());
}

void TestAccountService::createOrganization()
{
    PdTest::TestWorkspace w(false);
    QVERIFY(w->accounts().createAccount(QString(), input(newcomer, QStringLiteral("root"))));
    QSignalSpy organizations(&w->accounts(), &AccountService::organizationsChanged);
    QSignalSpy accounts(&w->accounts(), &AccountService::accountsChanged);
    auto created = w->accounts().createOrganization(newcomer, QStringLiteral(" Research "), newcomer);
    QVERIFY2(created, qPrintable(created.error().message));
    QVERIFY2(QRegularExpression(QStringLiteral("^o-[a-z0-9]{10}$")).match(created->id).hasMatch(),
             qPrintable(created->id));
    QCOMPARE(created->arn, QStringLiteral("arn:aws:organizations::444444444444:organization/") + created->id);
    QCOMPARE(created->name, QStringLiteral("Research"));
    QCOMPARE(created->managementAccountId, newcomer);
    QCOMPARE(w->accounts().organizations()->size(), 1);
    // The management account is a member of its organization, as in AWS Organizations.
    QCOMPARE(w->accounts().account(newcomer)->organizationId, created->id);
    QCOMPARE(organizations.count(), 1);
    QCOMPARE(accounts.count(), 1);
    QCOMPARE(lastAudit(*w), QStringLiteral("CreateOrganization %1 ok").arg(created->arn));
}

void TestAccountService::organizationRefuses()
{
    PdTest::TestWorkspace w;
    auto member = w->accounts().createOrganization(dev, QStringLiteral("Second"), dev);
    QVERIFY(!member);
    QCOMPARE(member.error().code, Error::Code::Conflict);
    QCOMPARE(
        member.error().message,
        QStringLiteral("management-account-id: account 111111111111 already belongs to organization o-pd7demo0001."));
    auto unknown = w->accounts().createOrganization(dev, QStringLiteral("Second"), newcomer);
    QCOMPARE(unknown.error().field, QStringLiteral("management-account-id"));
    QVERIFY(unknown.error().message.contains(QStringLiteral("does not exist")));
    auto unnamed = w->accounts().createOrganization(dev, QString(), dev);
    QCOMPARE(unnamed.error().field, QStringLiteral("name"));
    QCOMPARE(w->accounts().organizations()->size(), 1);
}

void TestAccountService::organizationalUnits()
{
    PdTest::TestWorkspace w;
    QSignalSpy changed(&w->accounts(), &AccountService::organizationsChanged);
    auto top = w->accounts().createOrganizationalUnit(dev, demoOrg, QString(), QStringLiteral("Research"));
    QVERIFY2(top, qPrintable(top.error().message));
    QVERIFY2(QRegularExpression(QStringLiteral("^ou-pd7d-[a-z0-9]{8}$")).match(top->id).hasMatch(),
             qPrintable(top->id));
    QCOMPARE(top->arn, QStringLiteral("arn:aws:organizations::333333333333:ou/o-pd7demo0001/") + top->id);
    auto child = w->accounts().createOrganizationalUnit(dev, demoOrg, top->id, QStringLiteral("Vision"));
    QVERIFY2(child, qPrintable(child.error().message));
    QCOMPARE(child->parentId, top->id);
    QCOMPARE(changed.count(), 2);

    auto duplicate = w->accounts().createOrganizationalUnit(dev, demoOrg, QString(), QStringLiteral("research"));
    QCOMPARE(duplicate.error().code, Error::Code::Conflict);
    QVERIFY(duplicate.error().message.contains(top->id));
    // The same name under another parent is fine.
    QVERIFY(w->accounts().createOrganizationalUnit(dev, demoOrg, top->id, QStringLiteral("Research")));

    const auto [org, ou] = otherOrganization(*w);
    auto foreign = w->accounts().createOrganizationalUnit(dev, demoOrg, ou, QStringLiteral("x"));
    QCOMPARE(foreign.error().field, QStringLiteral("parent-id"));
    QVERIFY(foreign.error().message.contains(org));
    auto noOrganization =
        w->accounts().createOrganizationalUnit(dev, QStringLiteral("o-nowhere000"), {}, QStringLiteral("x"));
    QCOMPARE(noOrganization.error().field, QStringLiteral("organization-id"));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"

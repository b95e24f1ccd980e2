// accounts create|update|delete, organizations create: the CLI over AccountService, and what --demo
// and a workspace without accounts say.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PdTest;

class TestAccountsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWorkspaceWithoutAccountsNamesTheCommandThatWorks();
    void createUpdateDeleteJson();
    void createPrintsATable();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void deleteRefusesWhatIsStillOwned();
    void organizationsAndOus();
    void demoSeedsAnEmptyWorkspace();
    void demoOnAWorkspaceWithAccountsSaysSo();

private:
    CliResult cli(QStringList arguments)
    {
        arguments << QStringLiteral("--workspace") << file();
        return runCli(arguments);
    }
    QString file() const { return m_dir->filePath(QStringLiteral("w.sqlite")); }
    static QJsonObject json(const CliResult &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestAccountsCli::aWorkspaceWithoutAccountsNamesTheCommandThatWorks()
{
    const CliResult r = cli({"pipelines", "list"});
    QCOMPARE(r.exitCode, 2);
    const QString command = QStringLiteral("pipelinedesk-cli --workspace %1 accounts create --account-id 123456789012 "
                                           "--name dev")
                                .arg(file());
    QVERIFY2(r.err.contains(QStringLiteral("“%1”").arg(command)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--demo")), qPrintable(r.err));
    // ... and that command works, after which the first one does.
    QStringList arguments = QProcess::splitCommand(command).mid(1);
    arguments << QStringLiteral("--language") << QStringLiteral("en");
    const CliResult created = runCli(arguments);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const CliResult listed = cli({"pipelines", "list"});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
}

void TestAccountsCli::createUpdateDeleteJson()
{
    CliResult r = cli({"accounts", "create", "--account-id", "123456789012", "--name", "dev", "--email",
                       "dev@example.com", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonObject account = json(r).value(QLatin1String("Account")).toObject();
    QCOMPARE(account.value(QLatin1String("Id")).toString(), QStringLiteral("123456789012"));
    QCOMPARE(account.value(QLatin1String("Name")).toString(), QStringLiteral("dev"));
    QCOMPARE(account.value(QLatin1String("Email")).toString(), QStringLiteral("dev@example.com"));
    QCOMPARE(account.value(QLatin1String("Status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!account.contains(QLatin1String("Arn"))); // outside any organization

    r = cli({"organizations", "create", "--name", "Research", "--management-account-id", "123456789012", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject organization = json(r).value(QLatin1String("Organization")).toObject();
    const QString orgId = organization.value(QLatin1String("Id")).toString();
    QVERIFY(orgId.startsWith(QLatin1String("o-")));
    QCOMPARE(organization.value(QLatin1String("MasterAccountId")).toString(), QStringLiteral("123456789012"));
    QCOMPARE(organization.value(QLatin1String("MasterAccountEmail")).toString(), QStringLiteral("dev@example.com"));
    QCOMPARE(organization.value(QLatin1String("Arn")).toString(),
             QStringLiteral("arn:aws:organizations::123456789012:organization/") + orgId);

    r = cli(
        {"accounts", "create", "--account-id", "210987654321", "--name", "test", "--organization-id", orgId, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    account = json(r).value(QLatin1String("Account")).toObject();
    QCOMPARE(account.value(QLatin1String("Arn")).toString(),
             QStringLiteral("arn:aws:organizations::123456789012:account/%1/210987654321").arg(orgId));

    r = cli(
        {"accounts", "update", "--account-id", "210987654321", "--name", "testing", "--organization-id=", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    account = json(r).value(QLatin1String("Account")).toObject();
    QCOMPARE(account.value(QLatin1String("Name")).toString(), QStringLiteral("testing"));
    QVERIFY(!account.contains(QLatin1String("Arn")));

    r = cli({"accounts", "delete", "--account-id", "210987654321", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QLatin1String("AccountId")).toString(), QStringLiteral("210987654321"));
    r = cli({"accounts", "list", "--json"});
    const QJsonArray accounts = json(r).value(QLatin1String("Accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).toObject().value(QLatin1String("Id")).toString(), QStringLiteral("123456789012"));
}

void TestAccountsCli::createPrintsATable()
{
    const CliResult r = cli({"accounts", "create", "--account-id", "123456789012", "--name", "dev"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("ACCOUNT ID")), qPrintable(r.out));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("123456789012 dev"));
    const CliResult deleted = cli({"accounts", "delete", "--account-id", "123456789012"});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out, QStringLiteral("123456789012\n"));
}

void TestAccountsCli::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QStringList{"accounts", "create", "--name", "x"}
                           << "account-id: an account id is required.";
    QTest::newRow("short id") << QStringList{"accounts", "create", "--account-id", "42", "--name", "x"}
                              << "account-id: “42” is not an account id (12 digits).";
    QTest::newRow("no name") << QStringList{"accounts", "create", "--account-id", "444444444444"}
                             << "name: a name is required.";
    QTest::newRow("email") << QStringList{"accounts", "create", "--account-id", "444444444444",
                                          "--name",   "x",      "--email",      "x@y"}
                           << "email: “x@y” is not an email address";
    QTest::newRow("organization") << QStringList{"accounts", "create", "--account-id",      "444444444444",
                                                 "--name",   "x",      "--organization-id", "o-nowhere000"}
                                  << "organization-id: organization o-nowhere000 does not exist in this workspace.";
    QTest::newRow("taken") << QStringList{"accounts", "create", "--account-id", "111111111111", "--name", "x"}
                           << "account-id: account 111111111111 already exists (dev).";
    QTest::newRow("nothing to change") << QStringList{"accounts", "update", "--account-id", "111111111111"}
                                       << "nothing to change";
    QTest::newRow("unknown account") << QStringList{"accounts", "delete", "--account-id", "999999999999"}
                                     << "Account 999999999999 does not exist in this workspace.";
    QTest::newRow("management") << QStringList{"organizations",           "create", "--name", "x",
                                               "--management-account-id", "42"}
                                << "management-account-id: “42” is not an account id";
    QTest::newRow("bad identity") << QStringList{"accounts", "create", "--account-id", "444444444444",
                                                 "--name",   "x",      "--identity",   "999999999999"}
                                  << "identity: account 999999999999 does not exist";
}

void TestAccountsCli::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(cli({"--demo", "accounts", "list"}).exitCode == 0);
    const CliResult r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestAccountsCli::deleteRefusesWhatIsStillOwned()
{
    QVERIFY(cli({"--demo", "accounts", "list"}).exitCode == 0);
    const CliResult r = cli({"accounts", "delete", "--account-id", "222222222222"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("account-id: account 222222222222 still owns ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("2 pipeline")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("; delete them first.")), qPrintable(r.err));
    const CliResult management = cli({"accounts", "delete", "--account-id", "333333333333"});
    QCOMPARE(management.exitCode, 2);
    QVERIFY2(management.err.contains(QLatin1String("management account")), qPrintable(management.err));
}

void TestAccountsCli::organizationsAndOus()
{
    QVERIFY(cli({"--demo", "accounts", "list"}).exitCode == 0);
    CliResult r = cli({"organizations", "create-organizational-unit", "--organization-id", "o-pd7demo0001",
                       "--parent-id", "ou-pd7d-workloads", "--name", "Research", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject unit = json(r).value(QLatin1String("OrganizationalUnit")).toObject();
    const QString ouId = unit.value(QLatin1String("Id")).toString();
    QVERIFY(ouId.startsWith(QLatin1String("ou-pd7d-")));
    QCOMPARE(unit.value(QLatin1String("ParentId")).toString(), QStringLiteral("ou-pd7d-workloads"));
    QCOMPARE(unit.value(QLatin1String("Name")).toString(), QStringLiteral("Research"));

    r = cli({"accounts", "create", "--account-id", "444444444444", "--name", "research", "--ou-id", ouId});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n')).at(1).simplified(),
             QStringLiteral("444444444444 research o-pd7demo0001 ") + ouId);

    r = cli({"organizations", "list-organizational-units", "--organization-id", "o-pd7demo0001"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(ouId));
    r = cli({"organizations", "list"});
    QVERIFY2(r.out.simplified().contains(QLatin1String("o-pd7demo0001 Pipeline Desk demo 333333333333")), qPrintable(r.out));
    r = cli({"organizations", "create-organizational-unit", "--organization-id", "o-pd7demo0001", "--parent-id",
             "ou-pd7d-workloads", "--name", "research"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
}

void TestAccountsCli::demoSeedsAnEmptyWorkspace()
{
    // The first call without --demo made an empty workspace; --demo later fills it and says so.
    QCOMPARE(cli({"accounts", "list"}).exitCode, 0);
    const CliResult r = cli({"--demo", "accounts", "list"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("--demo: the workspace")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("had no accounts; it now holds the demo.")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("222222222222")), qPrintable(r.out));
    QVERIFY(cli({"pipelines", "list"}).out.contains(QLatin1String("serial-inference-pipeline")));
}

void TestAccountsCli::demoOnAWorkspaceWithAccountsSaysSo()
{
    CliResult r = cli({"accounts", "create", "--account-id", "123456789012", "--name", "mine"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({"--demo", "accounts", "list"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("already has accounts, so nothing was seeded; --demo only seeds a new or "
                                          "empty workspace")),
             qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("222222222222")));
    QVERIFY(r.out.contains(QLatin1String("123456789012")));
    // A new file is seeded silently, as before.
    const CliResult fresh =
        runCli({"--workspace", m_dir->filePath(QStringLiteral("new.sqlite")), "--demo", "accounts", "list"});
    QCOMPARE(fresh.exitCode, 0);
    QVERIFY2(fresh.err.isEmpty(), qPrintable(fresh.err));
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"

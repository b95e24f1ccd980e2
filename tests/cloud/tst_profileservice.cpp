// Profiles: their settings in the workspace, their keys in the keychain (here a memory one), and
// the two never half-applied; the import from the AWS CLI's files, planned then applied.
#undef QT_NO_CAST_FROM_ASCII
#include "memorysecretstore.h"
#include "testworkspace.h"

#include "accounts/accountstore.h"
#include "cloud/profilecredentials.h"
#include "cloud/profileservice.h"
#include "cloud/profilestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QFile>
#include <QSignalSpy>

using namespace Pd;
using PdTest::MemorySecretStore;

Q_DECLARE_METATYPE(Pd::Profile)

namespace {

const QString secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

AwsCredentials keys(const QString &id = "AKIAIOSFODNN7EXAMPLE", const QString &secretKey = secret)
{
    return {id, secretKey, QString()};
}

Profile staticProfile(const QString &name, const QString &region = "us-east-1")
{
    Profile p;
    p.name = name;
    p.region = region;
    return p;
}

Profile roleProfile(const QString &name, const QString &source)
{
    Profile p = staticProfile(name);
    p.kind = ProfileKind::AssumeRole;
    p.roleArn = "arn:aws:iam::222222222222:role/Deployer";
    p.sourceProfile = source;
    return p;
}

// Runs an asynchronous call and spins the event loop until its callback came.
template<typename T, typename Start>
T waitFor(Start start)
{
    std::optional<T> result;
    start([&result](T r) { result.emplace(std::move(r)); });
    for (int i = 0; i < 1000 && !result; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!result)
        qFatal("no answer");
    return *result;
}

QString messageOf(const Status &s)
{
    return s ? QString("ok") : s.error().message;
}

} // namespace

class TestProfileService : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ManualClock clock{PdTest::demoNow()};
        MemorySecretStore secrets;
        std::unique_ptr<Workspace> workspace;

        Fixture()
        {
            Workspace::Options options;
            options.seedDemo = true;
            options.clock = &clock;
            options.secrets = &secrets;
            workspace = std::move(Workspace::open(dir.filePath("w.sqlite"), options)).value();
        }
        ProfileService &service() { return workspace->profiles(); }
        Status add(const Profile &p, const AwsCredentials &c = {})
        {
            return waitFor<Status>([&](auto done) { service().add(p, c, done); });
        }
        Status update(const Profile &p, std::optional<AwsCredentials> c)
        {
            return waitFor<Status>([&](auto done) { service().update(p, c, done); });
        }
        Status remove(const QString &name)
        {
            return waitFor<Status>([&](auto done) { service().remove(name, done); });
        }
        QString key(const QString &name) { return service().secretKey(name).value(); }
        QStringList names()
        {
            QStringList out;
            const QList<Profile> all = service().profiles().value();
            for (const Profile &p : all)
                out << p.name;
            return out;
        }
        QList<AuditEntry> audit() { return AuditStore(workspace->database()).latest(20).value(); }
    };

private slots:
    void addKeepsTheKeysInTheKeychainOnly()
    {
        Fixture f;
        QSignalSpy changed(&f.service(), &ProfileService::profilesChanged);
        Profile p = staticProfile("dev");
        p.endpointUrl = "http://localhost:4566";
        p.serviceEndpoints.insert("sagemaker", "http://localhost:5000");
        QCOMPARE(messageOf(f.add(p, {"AKIAIOSFODNN7EXAMPLE", secret, "token-123"})), "ok");
        QCOMPARE(changed.count(), 1);

        // One entry, under the workspace's random id and the profile's name.
        const QString id = SettingsStore(f.workspace->database()).value("keychain_workspace_id");
        QCOMPARE(id.size(), 36);
        QCOMPARE(f.key("dev"), "aws-profile/" + id + "/dev");
        QCOMPARE(f.secrets.entries.keys(), QStringList{f.key("dev")});
        const auto stored = decodeProfileSecret(f.secrets.entries.value(f.key("dev")));
        QVERIFY(stored);
        QCOMPARE(stored->secretAccessKey, secret);
        QCOMPARE(stored->sessionToken, "token-123");

        const Profile read = f.service().profile("dev").value();
        QCOMPARE(read.region, "us-east-1");
        QCOMPARE(read.kind, ProfileKind::Static);
        QCOMPARE(read.endpointUrl, "http://localhost:4566");
        QCOMPARE(read.serviceEndpoints.value("sagemaker"), "http://localhost:5000");
        QCOMPARE(read.createdAt, PdTest::demoNow().toMSecsSinceEpoch());

        const AuditEntry entry = f.audit().first();
        QCOMPARE(entry.action, "CreateProfile");
        QCOMPARE(entry.target, "dev");
        QCOMPARE(entry.outcome, "ok");

        // Nothing secret in the workspace file.
        f.workspace.reset();
        for (const QString &suffix : {QString(), QString("-wal")}) {
            QFile file(f.dir.filePath("w.sqlite") + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(secret.toUtf8()));
            QVERIFY(!bytes.contains("token-123"));
        }
    }

    void theWorkspaceIdIsKept()
    {
        Fixture f;
        const QString first = f.service().workspaceId().value();
        QCOMPARE(f.service().workspaceId().value(), first);
        Fixture other;
        QVERIFY(other.service().workspaceId().value() != first);
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<Profile>("profile");
        // The keys as two strings: AwsCredentials never goes into a QVariant.
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << staticProfile("has space") << "AKIAIOSFODNN7EXAMPLE" << secret << "profile-name";
        QTest::newRow("slash") << staticProfile("a/b") << "AKIAIOSFODNN7EXAMPLE" << secret << "profile-name";
        QTest::newRow("region") << staticProfile("p", "Seoul") << "AKIAIOSFODNN7EXAMPLE" << secret << "region";
        QTest::newRow("no keys") << staticProfile("p") << QString() << QString() << "aws_access_key_id";
        QTest::newRow("no secret") << staticProfile("p") << "AKIA" << QString() << "aws_secret_access_key";
        QTest::newRow("secret with space") << staticProfile("p") << "AKIA" << "a b" << "aws_secret_access_key";
        Profile badEndpoint = staticProfile("p");
        badEndpoint.endpointUrl = "ftp://x";
        QTest::newRow("endpoint") << badEndpoint << "AKIAIOSFODNN7EXAMPLE" << secret << "endpoint-url";
        Profile badService = staticProfile("p");
        badService.serviceEndpoints.insert("s3", "http://x");
        QTest::newRow("service") << badService << "AKIAIOSFODNN7EXAMPLE" << secret << "endpoint-url-s3";
        Profile roleOnStatic = staticProfile("p");
        roleOnStatic.externalId = "abc";
        QTest::newRow("role field on static") << roleOnStatic << "AKIAIOSFODNN7EXAMPLE" << secret << "external-id";
        QTest::newRow("role keys") << roleProfile("r", "dev") << "AKIAIOSFODNN7EXAMPLE" << secret << "aws_access_key_id";
        QTest::newRow("no source") << roleProfile("r", "nobody") << QString() << QString() << "source-profile";
        Profile duration = roleProfile("r", "dev");
        duration.durationSeconds = 899;
        QTest::newRow("duration") << duration << QString() << QString() << "duration-seconds";
        Profile arn = roleProfile("r", "dev");
        arn.roleArn = "arn:aws:iam::222222222222:user/x";
        QTest::newRow("role arn") << arn << QString() << QString() << "role-arn";
        QTest::newRow("taken") << staticProfile("dev") << "AKIAIOSFODNN7EXAMPLE" << secret << "profile-name";
    }

    void refusalsNameTheField()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, keyId);
        QFETCH(QString, secretKey);
        QFETCH(QString, field);
        const AwsCredentials credentials{keyId, secretKey, QString()};
        Fixture f;
        QVERIFY(f.add(staticProfile("dev"), keys()));
        const int writes = f.secrets.writes;
        const Status s = f.add(profile, credentials);
        QVERIFY(!s);
        QCOMPARE(s.error().field, field);
        QVERIFY(s.error().message.startsWith(field + ": "));
        QVERIFY(!s.error().message.contains(secret));
        // Refused before the keychain was touched.
        QCOMPARE(f.secrets.writes, writes);
        QCOMPARE(f.names(), QStringList{"dev"});
        QCOMPARE(f.audit().first().action, "CreateProfile");
        QVERIFY(f.audit().first().outcome != "ok");
    }

    void aKeychainFailureLeavesNoRow()
    {
        Fixture f;
        f.secrets.failNextWrite = true;
        const Status s = f.add(staticProfile("dev"), keys());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Storage);
        QVERIFY(f.names().isEmpty());
        QVERIFY(f.secrets.entries.isEmpty());
    }

    void aRowFailureRemovesTheNewKeychainEntry()
    {
        Fixture f;
        std::optional<Status> result;
        f.service().add(staticProfile("dev"), keys(), [&result](Status s) { result = s; });
        // Another program adds the same name while the keychain is being written.
        Profile theirs = staticProfile("dev", "eu-west-1");
        QVERIFY(f.workspace->database().transaction([&] { return ProfileStore(f.workspace->database()).insert(theirs); }));
        QTRY_VERIFY(result.has_value());
        QVERIFY(!*result);
        QVERIFY(f.secrets.entries.isEmpty());
        QCOMPARE(f.service().profile("dev")->region, "eu-west-1");
    }

    void aRowFailurePutsTheOldKeysBack()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("dev"), keys()));
        const QByteArray before = f.secrets.entries.value(f.key("dev"));
        std::optional<Status> result;
        f.service().update(staticProfile("dev"), keys("AKIANEWKEY", "newsecret"), [&result](Status s) { result = s; });
        QVERIFY(f.workspace->database().transaction([&] { return ProfileStore(f.workspace->database()).remove("dev"); }));
        QTRY_VERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().code, Error::Code::NotFound);
        QCOMPARE(f.secrets.entries.value(f.key("dev")), before);
    }

    void rolesNeedTheirSourceAndNoCycle()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("base"), keys()));
        QCOMPARE(messageOf(f.add(roleProfile("admin", "base"))), "ok");
        QCOMPARE(messageOf(f.add(roleProfile("chained", "admin"))), "ok");
        QCOMPARE(f.secrets.entries.size(), 1); // roles keep no keys
        // Making base a role of chained would close the loop.
        const Status s = f.update(roleProfile("base", "chained"), std::nullopt);
        QVERIFY(!s);
        QCOMPARE(s.error().field, "source-profile");
        QVERIFY2(s.error().message.contains("leads back"), qPrintable(s.error().message));
    }

    void updateReplacesOrKeepsTheKeys()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("base"), keys()));
        QVERIFY(f.add(staticProfile("dev"), keys()));
        QVERIFY(f.service().recordCallerIdentity("dev", "111111111111", "arn:aws:iam::111111111111:user/me"));

        // Another region: the keys stay, what the test found goes (the region is part of the connection).
        Profile moved = staticProfile("dev", "eu-west-1");
        QCOMPARE(messageOf(f.update(moved, std::nullopt)), "ok");
        QCOMPARE(decodeProfileSecret(f.secrets.entries.value(f.key("dev")))->secretAccessKey, secret);
        QVERIFY(f.service().profile("dev")->accountId.isEmpty());

        QVERIFY(f.service().recordCallerIdentity("dev", "111111111111", "arn:aws:iam::111111111111:user/me"));
        QCOMPARE(messageOf(f.update(moved, keys("AKIANEW", "other"))), "ok");
        QCOMPARE(decodeProfileSecret(f.secrets.entries.value(f.key("dev")))->accessKeyId, "AKIANEW");
        QVERIFY(f.service().profile("dev")->accountId.isEmpty()); // new keys, maybe another account

        // Becoming a role drops the keys; becoming static again needs new ones.
        QCOMPARE(messageOf(f.update(roleProfile("dev", "base"), std::nullopt)), "ok");
        QVERIFY(!f.secrets.entries.contains(f.key("dev")));
        const Status noKeys = f.update(staticProfile("dev"), std::nullopt);
        QVERIFY(!noKeys);
        QCOMPARE(noKeys.error().field, "aws_access_key_id");
        QCOMPARE(messageOf(f.update(staticProfile("dev"), keys())), "ok");
        QVERIFY(f.secrets.entries.contains(f.key("dev")));

        QCOMPARE(f.update(staticProfile("nobody"), keys()).error().code, Error::Code::NotFound);
    }

    void removeTakesTheRowAndTheEntry()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("base"), keys()));
        QVERIFY(f.add(roleProfile("admin", "base")));
        Status s = f.remove("base");
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY2(s.error().message.contains("admin"), qPrintable(s.error().message));

        QCOMPARE(messageOf(f.remove("admin")), "ok");
        // A connected account holds on to its profile.
        AccountStore accounts(f.workspace->database());
        Account dev = accounts.account("111111111111").value();
        QVERIFY(!dev.isConnected());
        dev.profile = "base";
        QVERIFY(f.workspace->database().transaction([&] { return accounts.update(dev); }));
        QVERIFY(accounts.account("111111111111")->isConnected());
        QCOMPARE(accounts.account("111111111111")->profile, "base");
        s = f.remove("base");
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY2(s.error().message.contains("111111111111"), qPrintable(s.error().message));

        dev.profile.clear();
        QVERIFY(f.workspace->database().transaction([&] { return accounts.update(dev); }));
        QCOMPARE(messageOf(f.remove("base")), "ok");
        QVERIFY(f.names().isEmpty());
        QVERIFY(f.secrets.entries.isEmpty());
        QCOMPARE(f.audit().first().action, "DeleteProfile");
        QCOMPARE(f.remove("base").error().code, Error::Code::NotFound);
    }

    void aKeychainFailureKeepsTheProfileOnRemove()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("dev"), keys()));
        f.secrets.failNextRemove = true;
        QVERIFY(!f.remove("dev"));
        QCOMPARE(f.names(), QStringList{"dev"});
        QVERIFY(f.secrets.entries.contains(f.key("dev")));
    }

    void recordCallerIdentityKeepsWhatTheTestFound()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("dev"), keys()));
        f.clock.advance(60000);
        QVERIFY(f.service().recordCallerIdentity("dev", "111111111111", "arn:aws:iam::111111111111:user/me"));
        const Profile p = f.service().profile("dev").value();
        QCOMPARE(p.accountId, "111111111111");
        QCOMPARE(p.callerArn, "arn:aws:iam::111111111111:user/me");
        QCOMPARE(p.testedAt, PdTest::demoNow().toMSecsSinceEpoch() + 60000);
        QCOMPARE(f.service().recordCallerIdentity("nobody", "1", "x").error().code, Error::Code::NotFound);
    }

    void keychainCredentialsAreReadOnceUntilInvalidated()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("dev"), keys()));
        QVERIFY(f.add(roleProfile("admin", "dev")));
        auto source = f.service().credentialsSource("dev");
        QVERIFY(source);
        const int reads = f.secrets.reads;
        // Two calls while the keychain answers: one read.
        std::optional<Result<AwsCredentials>> a, b;
        source.value()->credentials([&a](Result<AwsCredentials> r) { a = r; });
        source.value()->credentials([&b](Result<AwsCredentials> r) { b = r; });
        QTRY_VERIFY(a && b);
        QCOMPARE(a->value().secretAccessKey, secret);
        QCOMPARE(b->value().accessKeyId, "AKIAIOSFODNN7EXAMPLE");
        QCOMPARE(f.secrets.reads, reads + 1);
        const auto cached = waitFor<Result<AwsCredentials>>([&](auto got) { source.value()->credentials(got); });
        QVERIFY(cached);
        QCOMPARE(f.secrets.reads, reads + 1);
        source.value()->invalidate();
        QVERIFY(waitFor<Result<AwsCredentials>>([&](auto got) { source.value()->credentials(got); }));
        QCOMPARE(f.secrets.reads, reads + 2);

        QCOMPARE(f.service().credentialsSource("admin").error().code, Error::Code::InvalidInput);
        const auto read = waitFor<Result<AwsCredentials>>([&](auto got) { f.service().readCredentials("dev", got); });
        QCOMPARE(read->accessKeyId, "AKIAIOSFODNN7EXAMPLE");
    }

    void importPlansThenApplies()
    {
        Fixture f;
        QVERIFY(f.add(staticProfile("default", "eu-west-1"), keys("AKIAOLD", "oldsecret")));
        const AwsConfigImport parsed = parseAwsConfig(
            {"config",
             "[profile admin]\nregion = us-east-1\nrole_arn = arn:aws:iam::222222222222:role/Admin\n"
             "source_profile = default\n"
             "[profile sso]\nsso_session = corp\n"
             "[profile orphan]\nregion = us-east-1\nrole_arn = arn:aws:iam::222222222222:role/Admin\n"
             "source_profile = sso\n"
             "[default]\nregion = us-east-1\n"
             "[profile ci]\nregion = us-west-2\n",
             true},
            {"credentials", "[default]\naws_access_key_id = AKIANEW\naws_secret_access_key = " + secret.toUtf8() +
                                "\n[ci]\naws_access_key_id = AKIACI\naws_secret_access_key = cisecret\nbroken line\n",
             true},
            QProcessEnvironment());
        auto plan = f.service().planImport(parsed);
        QVERIFY(plan);
        using Action = ProfileImportItem::Action;
        QStringList shown;
        for (const ProfileImportItem &item : plan->items)
            shown << QString("%1 %2").arg(item.name).arg(int(item.action));
        // Keys first, the role after its source; the unsupported last.
        QCOMPARE(shown, (QStringList{"default 1", "ci 0", "admin 0", "sso 2", "orphan 2"}));
        QCOMPARE(plan->count(Action::Add), 2);
        QCOMPARE(plan->count(Action::Replace), 1);
        QCOMPARE(plan->count(Action::Unsupported), 2);
        QVERIFY2(plan->items[4].reason.contains("source profile sso"), qPrintable(plan->items[4].reason));
        QCOMPARE(plan->warnings.size(), 1);
        QCOMPARE(plan->warnings[0].text().left(14), "credentials:7:");

        const ProfileImportOutcome outcome =
            waitFor<ProfileImportOutcome>([&](auto done) { f.service().applyImport(plan.value(), done); });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.applied.size(), 3);
        QCOMPARE(f.names(), (QStringList{"admin", "ci", "default"}));
        QCOMPARE(f.service().profile("default")->region, "us-east-1");
        QCOMPARE(decodeProfileSecret(f.secrets.entries.value(f.key("default")))->accessKeyId, "AKIANEW");
        QCOMPARE(decodeProfileSecret(f.secrets.entries.value(f.key("ci")))->secretAccessKey, "cisecret");
        QCOMPARE(f.secrets.entries.size(), 2);

        // Only some: a name the files do not have is said; a role without its source is unsupported.
        QCOMPARE(f.service().planImport(parsed, {"nobody"}).error().code, Error::Code::NotFound);
        Fixture empty;
        auto some = empty.service().planImport(parsed, {"admin"});
        QVERIFY(some);
        QCOMPARE(some->items.size(), 1);
        QCOMPARE(some->items[0].action, Action::Unsupported);
        QVERIFY2(some->items[0].reason.contains("import them together"), qPrintable(some->items[0].reason));
    }
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profileservice.moc"

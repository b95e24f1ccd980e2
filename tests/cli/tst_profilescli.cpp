// `pipelinedesk-cli profiles list|add|remove|import` as a program, against the real keychain
// (Secret Service): scripts/run-tests.sh runs the tests under a private session bus with an unlocked
// gnome-keyring; without a session bus this test is skipped, not passed. Above all: the secret's
// bytes appear nowhere but the keychain -- not in the workspace file, the output or QSettings.
#undef QT_NO_CAST_FROM_ASCII
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pd;

namespace {

const QByteArray secret = "Zx9SECRETpr0f1lesBYTES/abcdefghijklmnopq";
const QByteArray importedSecret = "Qw8IMPORTEDsecretBYTES/abcdefghijklmnopq";
const QByteArray token = "FwoGZXIvYXdzSESSIONTOKENbytes";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_allOutput; // every byte any run printed

    QString workspace() const { return m_dir.filePath("w.sqlite"); }
    QString home() const { return m_dir.filePath("home"); }

    Run cli(const QStringList &arguments, const QByteArray &input = {}, const QList<std::pair<QString, QString>> &env = {})
    {
        QProcess process;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("HOME", home());
        e.insert("XDG_CONFIG_HOME", home() + "/.config");
        e.insert("XDG_DATA_HOME", home() + "/.local/share");
        for (const QString &k : e.keys()) {
            if (k.startsWith("AWS_"))
                e.remove(k);
        }
        for (const auto &[k, v] : env)
            e.insert(k, v);
        process.setProcessEnvironment(e);
        process.start(PD_CLI_PATH, QStringList{"--workspace", workspace(), "--language", "en"} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("pipelinedesk-cli did not finish");
        Run r{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        m_allOutput += r.out + r.err;
        return r;
    }

    void writeFile(const QString &path, const QByteArray &contents)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
    }

    void addListImportRemove()
    {
        // A static profile, keys from standard input.
        Run r = cli({"profiles", "add", "--profile-name", "dev", "--region", "us-east-1", "--endpoint-url",
                     "http://localhost:4566"},
                    "aws_access_key_id = AKIATESTKEY00001ABCD\naws_secret_access_key=" + secret + "\naws_session_token="
                        + token + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("dev") && r.out.contains("****************ABCD"), r.out.constData());

        // A role from it: no keys read.
        r = cli({"profiles", "add", "--profile-name", "admin", "--region", "eu-west-1", "--role-arn",
                 "arn:aws:iam::222222222222:role/Admin", "--source-profile", "dev", "--duration-seconds", "1800"});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({"--json", "profiles", "list"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray profiles = QJsonDocument::fromJson(r.out).object().value("Profiles").toArray();
        QCOMPARE(profiles.size(), 2);
        const QJsonObject admin = profiles.at(0).toObject();
        QCOMPARE(admin.value("Name").toString(), "admin");
        QCOMPARE(admin.value("Kind").toString(), "assume-role");
        QCOMPARE(admin.value("RoleArn").toString(), "arn:aws:iam::222222222222:role/Admin");
        QCOMPARE(admin.value("SourceProfile").toString(), "dev");
        QCOMPARE(admin.value("DurationSeconds").toInt(), 1800);
        const QJsonObject dev = profiles.at(1).toObject();
        QCOMPARE(dev.value("Region").toString(), "us-east-1");
        QCOMPARE(dev.value("EndpointUrl").toString(), "http://localhost:4566");
        QCOMPARE(dev.value("AccessKeyId").toString(), "****************ABCD");

        r = cli({"profiles", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("NAME"), r.out.constData());
        QVERIFY(r.out.contains("role arn:aws:iam::222222222222:role/Admin from dev"));

        // Refusals: exit 2 naming the option; nothing is asked before the settings are right.
        r = cli({"profiles", "add", "--profile-name", "bad name", "--region", "us-east-1"}, "aws_access_key_id=A\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--profile-name: “bad name” is not a profile name"), r.err.constData());
        r = cli({"profiles", "add", "--profile-name", "p", "--region", "us-east-1"}, "aws_access_key_id=A\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("aws_secret_access_key: a secret access key is required."), r.err.constData());
        r = cli({"profiles", "add", "--profile-name", "p", "--region", "us-east-1"}, "password=" + secret + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard input, line 1"), r.err.constData());
        r = cli({"profiles", "add", "--profile-name", "dev", "--region", "us-east-1"},
                "aws_access_key_id=AKIAOTHER\naws_secret_access_key=" + secret + "x\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("a profile named dev is already in this workspace"), r.err.constData());

        // Import: from named files, and where the AWS CLI looks (AWS_CONFIG_FILE…).
        QVERIFY(QDir().mkpath(home() + "/.aws"));
        writeFile(home() + "/aws-config", "[profile ci]\nregion = us-west-2\n"
                                          "[profile sso]\nsso_session = corp\n"
                                          "this line is broken\n");
        writeFile(home() + "/aws-credentials",
                  "[ci]\naws_access_key_id = AKIAIMPORTED00WXYZ\naws_secret_access_key = " + importedSecret + "\n");
        r = cli({"profiles", "import", "--dry-run"}, {},
                {{"AWS_CONFIG_FILE", home() + "/aws-config"}, {"AWS_SHARED_CREDENTIALS_FILE", home() + "/aws-credentials"}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("would add") && r.out.contains("ci"), r.out.constData());
        QVERIFY2(r.err.contains(QString(home() + "/aws-config:5: ").toUtf8()), r.err.constData());
        QVERIFY(cli({"profiles", "list"}).out.count('\n') == 3); // header, admin, dev: the dry run changed nothing

        r = cli({"--json", "profiles", "import", "--config-file", home() + "/aws-config", "--credentials-file",
                 home() + "/aws-credentials"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
        const QJsonArray items = imported.value("Profiles").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("Name").toString(), "ci");
        QCOMPARE(items.at(0).toObject().value("Action").toString(), "ADD");
        QCOMPARE(items.at(0).toObject().value("Status").toString(), "OK");
        QCOMPARE(items.at(1).toObject().value("Action").toString(), "SKIP");
        QVERIFY(items.at(1).toObject().value("Reason").toString().contains("IAM Identity Center"));
        QCOMPARE(imported.value("Warnings").toArray().at(0).toObject().value("Line").toInt(), 5);

        r = cli({"profiles", "import", "--config-file", home() + "/missing"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--config-file: there is no file"), r.err.constData());
        r = cli({"profiles", "import", "--config-file", home() + "/aws-config", "--profile", "nobody"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--profile: the AWS CLI's files have no profile named nobody."), r.err.constData());

        // Remove: refused while a role uses it; then the row and the keychain entry go.
        r = cli({"profiles", "remove", "--profile-name", "dev"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the source profile of admin"), r.err.constData());
        const QString workspaceId = keychainWorkspaceId();
        QVERIFY(!workspaceId.isEmpty());
        QVERIFY(readKeychain("aws-profile/" + workspaceId + "/dev").ok());
        QCOMPARE(cli({"profiles", "remove", "--profile-name", "admin"}).exitCode, 0);
        r = cli({"profiles", "remove", "--profile-name", "dev"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("dev\n"));
        const auto gone = readKeychain("aws-profile/" + workspaceId + "/dev");
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QCOMPARE(cli({"profiles", "remove", "--profile-name", "ci"}).exitCode, 0);
        QVERIFY(!readKeychain("aws-profile/" + workspaceId + "/ci").ok());

        // The secrets were nowhere but the keychain.
        for (const QByteArray &s : {secret, importedSecret, token})
            QVERIFY2(!m_allOutput.contains(s), "a secret was printed");
        QStringList checked;
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.startsWith(home() + "/aws-"))
                continue; // the AWS CLI's own files, which the user wrote
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &s : {secret, importedSecret, token})
                QVERIFY2(!bytes.contains(s), qPrintable("a secret is in " + path));
            checked << path;
        }
        QVERIFY2(checked.contains(workspace()), qPrintable(checked.join(", ")));
    }

private:
    QString keychainWorkspaceId()
    {
        QString id;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "peek");
            db.setDatabaseName(workspace());
            db.setConnectOptions("QSQLITE_OPEN_READONLY");
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec("SELECT value FROM settings WHERE key = 'keychain_workspace_id'") && q.next())
                    id = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase("peek");
        return id;
    }

    Result<QByteArray> readKeychain(const QString &key)
    {
        KeychainSecretStore store;
        Result<QByteArray> result = Error::internal("no answer");
        QEventLoop loop;
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        store.read(key, [&](Result<QByteArray> r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    }
};

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profilescli.moc"

// `pipelinedesk-cli pipelines create|update|delete` on a connected account, as a program, against a
// fake AWS account on loopback: the cloud first (CreatePipeline, UpdatePipeline, DeletePipeline),
// then the mirror read back; bad input refused before any request in the local service's words; the
// cloud's refusals with its words and exit codes; --cached refused; a local account unchanged.
//
// The profile's keys go to the real keychain (Secret Service), as in tst_connectedcli:
// scripts/run-tests.sh gives a private session bus with an unlocked gnome-keyring; without a
// session bus this test is skipped, not passed.
#undef QT_NO_CAST_FROM_ASCII
#include "cliprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeCloud;

namespace {

const QByteArray accessKey = "AKIACONNECTEDPIPES01";
const QByteArray secret = "Pq4SECRETconnectedPIPELINESbytes/abcdefg";
const QByteArray definition = R"({"Version": "2020-12-01",
  "Parameters": [{"Name": "Epochs", "Type": "Integer", "DefaultValue": 3}],
  "Steps": [{"Name": "Train", "Type": "Training", "Arguments": {}}]})";
const QString role = "arn:aws:iam::444444444444:role/SageMakerPipelines";

using Run = PdTest::CliRun;

} // namespace

class TestConnectedPipelinesCli : public QObject, public PdTest::CliProcess
{
    Q_OBJECT

    // A file holding `text`, for --pipeline-definition-file.
    QString file(const QString &name, const QByteArray &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    QStringList cloud() const { return profileArguments(); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
        m_cloud.addPipelines(1, 2);
        m_cloud.serve(m_server);
        Run r = cli({"--demo", "profiles", "add", "--profile-name", "prod", "--region", "us-east-1"},
                    "aws_access_key_id=" + accessKey + "\naws_secret_access_key=" + secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"--endpoint-url", endpoint(), "profiles", "test", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void createUpdateDeleteGoToTheCloud()
    {
        const QString path = file("train.json", definition);
        Run r =
            cli(cloud() + QStringList{"--json", "pipelines", "create", "--pipeline-name", "cli-made",
                                      "--pipeline-definition-file", path, "--role-arn", role, "--pipeline-display-name",
                                      "Made by the CLI", "--pipeline-description", "first"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString arn = m_cloud.pipelineArn("cli-made");
        // The AWS shape: CreatePipeline's answer.
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonObject({{"PipelineArn", arn}}));
        QCOMPARE(m_cloud.createdPipelines.size(), 1);
        const QJsonObject created = m_cloud.createdPipelines.at(0);
        QCOMPARE(created.value("PipelineDefinition").toString().toUtf8(), definition);
        QCOMPARE(created.value("RoleArn").toString(), role);
        QCOMPARE(created.value("PipelineDisplayName").toString(), "Made by the CLI");
        QCOMPARE(created.value("PipelineDescription").toString(), "first");
        QVERIFY(created.value("ClientRequestToken").toString().size() >= 32);
        // Read back into the mirror: --cached finds it without a request.
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE arn = '" + arn + "' AND origin = 'prod'"), 1);
        int before = requests();
        r = cli({"--json", "--profile", "prod", "--cached", "pipelines", "describe", "--pipeline-name", "cli-made"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests(), before);
        QCOMPARE(QJsonDocument::fromJson(r.out)["PipelineDescription"].toString(), "first");

        r = cli(cloud() +
                QStringList{"pipelines", "update", "--pipeline-name", "cli-made", "--pipeline-description", "second"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), arn);
        QCOMPARE(m_cloud.updatedPipelines.size(), 1);
        QCOMPARE(m_cloud.updatedPipelines.at(0).keys(), QStringList({"PipelineDescription", "PipelineName"}));
        r = cli({"--json", "--profile", "prod", "--cached", "pipelines", "describe", "--pipeline-name", "cli-made"});
        QCOMPARE(QJsonDocument::fromJson(r.out)["PipelineDescription"].toString(), "second");

        r = cli(cloud() + QStringList{"--json", "pipelines", "delete", "--pipeline-name", "cli-made"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonObject({{"PipelineArn", arn}}));
        QCOMPARE(m_cloud.deletedPipelines.size(), 1);
        QCOMPARE(m_cloud.deletedPipelines.at(0).value("PipelineName").toString(), "cli-made");
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE arn = '" + arn + "'"), 0);
    }

    void badInputIsRefusedBeforeAnyRequestAsLocally()
    {
        const QString broken = file("broken.json", "{\"Version\": ");
        const QStringList create{
            "pipelines",  "create", "--pipeline-name", "broken", "--pipeline-definition-file", broken,
            "--role-arn", role};
        const int before = requests();
        const Run connected = cli(cloud() + create);
        QCOMPARE(connected.exitCode, 2);
        QVERIFY2(connected.err.contains("not valid JSON"), connected.err.constData());
        QCOMPARE(requests(), before);
        // A local account's refusal of the same input, word for word.
        const Run local = cli(QStringList{"--identity", "222222222222"} + create);
        QCOMPARE(local.exitCode, 2);
        QCOMPARE(connected.err, local.err);

        const Run badName =
            cli(cloud() + QStringList{"pipelines", "create", "--pipeline-name", "no spaces",
                                      "--pipeline-definition-file", file("ok.json", definition), "--role-arn", role});
        QCOMPARE(badName.exitCode, 2);
        QVERIFY2(badName.err.contains("pipeline-name"), badName.err.constData());
        // SageMaker runs a pipeline as a role: asked for here, before the cloud would refuse.
        const Run noRole = cli(cloud() + QStringList{"pipelines", "create", "--pipeline-name", "no-role",
                                                     "--pipeline-definition-file", file("ok.json", definition)});
        QCOMPARE(noRole.exitCode, 2);
        QVERIFY2(noRole.err.contains("role-arn"), noRole.err.constData());
        QCOMPARE(requests(), before);
    }

    void theCloudsRefusalIsSaidWithItsExitCode()
    {
        const int created = int(m_cloud.createdPipelines.size());
        Run r =
            cli(cloud() + QStringList{"pipelines", "create", "--pipeline-name", "pipeline-0",
                                      "--pipeline-definition-file", file("ok.json", definition), "--role-arn", role});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Pipeline names must be unique"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_cloud.createdPipelines.size(), created + 1);

        r = cli(cloud() + QStringList{"pipelines", "delete", "--pipeline-name", "no-such-pipeline"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());

        m_cloud.overrides.insert("UpdatePipeline",
                                 FakeAnswer::jsonError(400, "AccessDeniedException",
                                                       "User is not authorized to perform: sagemaker:UpdatePipeline",
                                                       "req-upd-cli"));
        r = cli(cloud() +
                QStringList{"pipelines", "update", "--pipeline-name", "pipeline-0", "--pipeline-description", "x"});
        m_cloud.overrides.clear();
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("sagemaker:UpdatePipeline") && r.err.contains("req-upd-cli"), r.err.constData());
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE name = 'pipeline-0' AND description = 'x'"), 0);
    }

    void cachedIsRefusedBeforeAnyRequest()
    {
        const int before = requests();
        const Run r = cli({"--profile", "prod", "--cached", "pipelines", "delete", "--pipeline-name", "pipeline-0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--cached:"), r.err.constData());
        QCOMPARE(requests(), before);
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE name = 'pipeline-0' AND origin = 'prod'"), 1);
    }

    void aLocalAccountIsUnchanged()
    {
        const int before = requests();
        const int created = int(m_cloud.createdPipelines.size());
        const QStringList local{"--identity", "222222222222"};
        Run r = cli(local + QStringList{"pipelines", "create", "--pipeline-name", "local-one",
                                        "--pipeline-definition-file", file("ok.json", definition)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), "arn:aws:sagemaker:us-east-1:222222222222:pipeline/local-one");
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE name = 'local-one' AND origin IS NULL"), 1);
        r = cli(local + QStringList{"pipelines", "delete", "--pipeline-name", "local-one"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(count("SELECT COUNT(*) FROM pipelines WHERE name = 'local-one'"), 0);
        // Not there: the service's NotFound, exit 2.
        r = cli(local + QStringList{"pipelines", "delete", "--pipeline-name", "no-such"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("does not exist in account 222222222222"), r.err.constData());
        QCOMPARE(requests(), before);
        QCOMPARE(m_cloud.createdPipelines.size(), created);
    }

    void theSecretIsNowhereButTheKeychain()
    {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains(secret), "the secret was printed");
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable("the secret is in " + f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectedPipelinesCli)
#include "tst_connectedpipelinescli.moc"

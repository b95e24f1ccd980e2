// `pipelinedesk-cli shares …` on a connected account, as a program, against a fake AWS account on
// loopback (--endpoint-url): create, update, associate, disassociate, delete and
// enable-sharing-with-aws-organization go to RAM first and print the AWS shapes of what was read
// back; bad input is refused before any request with the local service's exit code; the cloud's
// refusals and FAILED associations fail the command with nothing written; --cached is refused.
//
// The profile's keys go to the real keychain (Secret Service), as in tst_connectedcli:
// scripts/run-tests.sh gives a private session bus with an unlocked gnome-keyring; without a
// session bus this test is skipped, not passed.
#undef QT_NO_CAST_FROM_ASCII
#include "cliprocess.h"

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

const QByteArray accessKey = "AKIACONNECTEDSHARES1";
const QByteArray secret = "Sh4resSECRETconnectedCLIbytes/abcdefghijk";
const QString dev = QStringLiteral("111111111111");
const QString sharedServices = QStringLiteral("333333333333");

using Run = PdTest::CliRun;

} // namespace

class TestConnectedSharesCli : public QObject, public PdTest::CliProcess
{
    Q_OBJECT

    QString m_shareArn; // the share created by the first case

    // A shares command as the connected account, through the fake.
    Run shares(const QStringList &arguments, bool json = false)
    {
        QStringList all = profileArguments();
        if (json)
            all.append("--json");
        return cli(all + QStringList{"shares"} + arguments);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under dbus-run-session with an unlocked keyring (scripts/run-tests.sh)");
        QVERIFY(QDir().mkpath(home() + "/.config"));
        m_cloud.addPipelines(2, 1);
        m_cloud.serve(m_server);
        Run r = cli({"--demo", "profiles", "add", "--profile-name", "prod", "--region", "us-east-1"},
                    "aws_access_key_id=" + accessKey + "\naws_secret_access_key=" + secret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"--endpoint-url", endpoint(), "profiles", "test", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"--endpoint-url", endpoint(), "sync", "--profile", "prod"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void createGoesToRamAndPrintsTheShareReadBack()
    {
        Run r = shares({"create", "--name", "ops-share", "--resource-arns", "pipeline-0", "--principals", dev,
                        "--permission-arns", "AWSRAMPermissionSageMakerPipelineAllowExecution", "--tags", "team=ml",
                        "--client-token", "cli-token-1"},
                       true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> sent = m_cloud.shareWrites.value("CreateResourceShare");
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0)["resourceArns"].toArray(), QJsonArray{m_cloud.pipelineArn("pipeline-0")});
        QCOMPARE(sent.at(0)["permissionArns"].toArray(),
                 QJsonArray{"arn:aws:ram::aws:permission/AWSRAMPermissionSageMakerPipelineAllowExecution"});
        QCOMPARE(sent.at(0)["tags"].toArray(), (QJsonArray{QJsonObject{{"key", "team"}, {"value", "ml"}}}));
        QCOMPARE(sent.at(0)["clientToken"].toString(), QString("cli-token-1"));

        // RAM's shape, from the mirror the read back wrote.
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        const QJsonObject share = answer["resourceShare"].toObject();
        m_shareArn = share["resourceShareArn"].toString();
        QVERIFY2(m_shareArn.startsWith("arn:aws:ram:us-east-1:444444444444:resource-share/"), r.out.constData());
        QCOMPARE(share["name"].toString(), QString("ops-share"));
        QCOMPARE(share["owningAccountId"].toString(), m_cloud.accountId);
        QCOMPARE(answer["clientToken"].toString(), QString("cli-token-1"));
        QCOMPARE(count("SELECT COUNT(*) FROM resource_shares WHERE arn = '" + m_shareArn + "' AND origin = 'prod'"), 1);
    }

    void updateAssociateDisassociateGoToRam()
    {
        QVERIFY(!m_shareArn.isEmpty());
        Run r = shares({"update", "--resource-share-arn", m_shareArn, "--name", "ops-renamed"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_shareArn.toUtf8());
        QCOMPARE(m_cloud.shareWrites.value("UpdateResourceShare").last(),
                 (QJsonObject{{"resourceShareArn", m_shareArn}, {"name", "ops-renamed"}}));
        QCOMPARE(count("SELECT COUNT(*) FROM resource_shares WHERE name = 'ops-renamed'"), 1);

        r = shares({"associate", "--resource-share-arn", m_shareArn, "--principals", sharedServices, "--resource-arns",
                    "pipeline-1"},
                   true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.shareWrites.value("AssociateResourceShare").last(),
                 (QJsonObject{{"resourceShareArn", m_shareArn},
                              {"resourceArns", QJsonArray{m_cloud.pipelineArn("pipeline-1")}},
                              {"principals", QJsonArray{sharedServices}}}));
        const QJsonArray associations = QJsonDocument::fromJson(r.out).object()["resourceShareAssociations"].toArray();
        QCOMPARE(associations.size(), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + m_shareArn + "'"), 2);

        r = shares({"disassociate", "--resource-share-arn", m_shareArn, "--principals", dev});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_cloud.shareWrites.value("DisassociateResourceShare").last(),
                 (QJsonObject{{"resourceShareArn", m_shareArn}, {"principals", QJsonArray{dev}}}));
        QCOMPARE(count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + m_shareArn +
                       "' AND principal = '" + dev + "'"),
                 0);
    }

    void refusalsBeforeAnyRequest()
    {
        QVERIFY(!m_shareArn.isEmpty());
        const int before = requests();
        // Bad input: the local service's checks and exit code 2, naming the option.
        Run r = shares({"create", "--name", "x", "--resource-arns", "pipeline-0", "--principals", "everyone",
                        "--permission-arns", "AWSRAMDefaultPermissionSageMakerPipeline"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("“everyone” is not a 12-digit account id"), r.err.constData());
        // Another account's pipeline: refused by permissions, exit code 3.
        r = shares({"create", "--name", "x", "--resource-arns",
                    "arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline", "--principals", dev,
                    "--permission-arns", "AWSRAMDefaultPermissionSageMakerPipeline"});
        QCOMPARE(r.exitCode, 3);
        // RAM's UpdateResourceShare does not change a permission.
        r = shares({"update", "--resource-share-arn", m_shareArn, "--permission-arns",
                    "AWSRAMDefaultPermissionSageMakerPipeline"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("permission-arns: RAM's UpdateResourceShare does not change the permission"),
                 r.err.constData());
        // --cached promises no network: an action cannot be done.
        r = cli({"--profile", "prod", "--cached", "shares", "delete", "--resource-share-arn", m_shareArn});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--cached"), r.err.constData());
        // RAM cannot turn organization sharing off.
        r = shares({"disable-sharing-with-aws-organization"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(requests(), before);
    }

    void theCloudsRefusalsFailTheCommand()
    {
        QVERIFY(!m_shareArn.isEmpty());
        // A FAILED association: said with the cloud's statusMessage, nothing written.
        m_cloud.failingAssociations.insert("555555555555", "The account is not a valid principal.");
        const qint64 principals = count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + m_shareArn + "'");
        Run r = shares({"associate", "--resource-share-arn", m_shareArn, "--principals", "555555555555"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("555555555555: The account is not a valid principal."), r.err.constData());
        QCOMPARE(count("SELECT COUNT(*) FROM share_principals WHERE share_arn = '" + m_shareArn + "'"), principals);

        // A share RAM does not have.
        r = shares({"delete", "--resource-share-arn", "arn:aws:ram:us-east-1:444444444444:resource-share/gone"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("UnknownResourceException"), r.err.constData());
    }

    void deleteAndOrganizationSharingGoToRam()
    {
        QVERIFY(!m_shareArn.isEmpty());
        Run r = shares({"delete", "--resource-share-arn", m_shareArn}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["returnValue"].toBool(), true);
        QCOMPARE(m_cloud.shareWrites.value("DeleteResourceShare").last()["resourceShareArn"].toString(), m_shareArn);
        QCOMPARE(count("SELECT COUNT(*) FROM resource_shares WHERE arn = '" + m_shareArn + "' AND status = 'DELETED'"),
                 1);

        r = shares({"enable-sharing-with-aws-organization"}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_cloud.organizationSharing);
    }
};

QTEST_GUILESS_MAIN(TestConnectedSharesCli)
#include "tst_connectedsharescli.moc"

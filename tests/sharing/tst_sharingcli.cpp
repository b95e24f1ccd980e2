// pipelinedesk-cli shares / invitations / shared-resources: option names, JSON shapes, exit codes.
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using PdTest::runCli;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString serial = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
} // namespace

class TestSharingCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusals_data();
    void refusals();
    void createPrintsTheArnAndListsShowIt();
    void invitationRoundTrip();
    void sharedResourcesJson();
    void disassociateRevokesAtOnce();
    void updateRefusesANameCreateRefuses();

private:
    PdTest::CliResult cli(QStringList arguments)
    {
        arguments << QStringLiteral("--workspace") << m_dir->filePath(QStringLiteral("w.sqlite"))
                  << QStringLiteral("--demo");
        return runCli(arguments);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSharingCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSharingCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    const QString readOnly = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
    QTest::newRow("dev may not start the read-only pipeline")
        << QStringList{u"executions"_s, u"start"_s, u"--pipeline-name"_s, serial, u"--identity"_s, dev} << 3
        << u"AWSRAMPermissionSageMakerPipelineAllowExecution"_s;
    QTest::newRow("a bare name resolves only in the acting account")
        << QStringList{u"executions"_s, u"list"_s, u"--pipeline-name"_s, u"serial-inference-pipeline"_s, u"--identity"_s, dev} << 2
        << u"does not exist in account 111111111111"_s;
    QTest::newRow("not shared at all")
        << QStringList{u"executions"_s, u"list"_s, u"--pipeline-name"_s, abalone, u"--identity"_s, dev} << 3
        << u"no resource share grants AWSRAMDefaultPermissionSageMakerPipeline"_s;
    QTest::newRow("share another account's pipeline")
        << QStringList{u"shares"_s, u"create"_s, u"--name"_s, u"x"_s, u"--resource-arn"_s, serial, u"--principal"_s, shared,
                       u"--permission"_s, readOnly, u"--identity"_s, dev}
        << 3 << u"only a resource's owner may share it"_s;
    QTest::newRow("external principal, organization only")
        << QStringList{u"shares"_s, u"create"_s, u"--name"_s, u"x"_s, u"--resource-arn"_s, u"abalone-training-pipeline"_s, u"--principal"_s,
                       u"444444444444"_s, u"--permission"_s, readOnly, u"--allow-external-principals"_s, u"false"_s}
        << 2 << u"principals: account 444444444444 is outside the organization"_s;
    QTest::newRow("bad principal")
        << QStringList{u"shares"_s, u"create"_s, u"--name"_s, u"x"_s, u"--resource-arn"_s, u"abalone-training-pipeline"_s, u"--principal"_s,
                       u"dev"_s, u"--permission"_s, readOnly}
        << 2 << u"principals: “dev” is not a 12-digit account id"_s;
    QTest::newRow("missing permission")
        << QStringList{u"shares"_s, u"create"_s, u"--name"_s, u"x"_s, u"--resource-arn"_s, u"abalone-training-pipeline"_s} << 2
        << u"--permission-arns is required"_s;
    QTest::newRow("bad boolean")
        << QStringList{u"shares"_s, u"create"_s, u"--name"_s, u"x"_s, u"--permission"_s, readOnly, u"--allow-external-principals"_s,
                       u"maybe"_s}
        << 2 << u"--allow-external-principals: “maybe” is neither true nor false"_s;
    QTest::newRow("organization sharing by a member")
        << QStringList{u"shares"_s, u"disable-sharing-with-aws-organization"_s, u"--identity"_s, dev} << 3
        << u"only the management account"_s;
    QTest::newRow("accept an unknown invitation")
        << QStringList{u"invitations"_s, u"accept"_s, u"--invitation-arn"_s,
                       u"arn:aws:ram:us-east-1:222222222222:resource-share-invitation/nope"_s, u"--identity"_s, dev}
        << 2 << u"does not exist"_s;
}

void TestSharingCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const auto result = cli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestSharingCli::createPrintsTheArnAndListsShowIt()
{
    const auto created = cli({u"shares"_s, u"create"_s, u"--name"_s, u"abalone-to-dev"_s, u"--resource-arns"_s,
                              u"abalone-training-pipeline"_s, u"--principals"_s, dev, u"--permission-arns"_s,
                              u"arn:aws:ram::aws:permission/AWSRAMPermissionSageMakerPipelineAllowExecution"_s, u"--tags"_s,
                              u"team=ml"_s});
    QCOMPARE(created.exitCode, 0);
    const QString arn = created.out.trimmed();
    QVERIFY2(arn.startsWith(QStringLiteral("arn:aws:ram:us-east-1:222222222222:resource-share/")), qPrintable(arn));

    const auto described = cli({u"shares"_s, u"describe"_s, u"--resource-share-arn"_s, arn, u"--json"_s});
    QCOMPARE(described.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(described.out.toUtf8()).object();
    const QJsonObject share = object.value(QLatin1String("resourceShare")).toObject();
    QCOMPARE(share.value(QLatin1String("name")).toString(), QStringLiteral("abalone-to-dev"));
    QCOMPARE(share.value(QLatin1String("owningAccountId")).toString(), test);
    QCOMPARE(share.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(share.value(QLatin1String("tags")).toArray().at(0).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("ml"));
    QCOMPARE(object.value(QLatin1String("permission")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution"));
    QCOMPARE(object.value(QLatin1String("resourceShareAssociations")).toArray().size(), 2);

    const auto listed = cli({u"shares"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(arn));
    QVERIFY(listed.out.contains(QStringLiteral("serial-inference-read-only")));
    // dev describes it (it grants dev access); shared-services may not.
    QCOMPARE(cli({u"shares"_s, u"describe"_s, u"--resource-share-arn"_s, arn, u"--identity"_s, dev}).exitCode, 0);
    QCOMPARE(cli({u"shares"_s, u"describe"_s, u"--resource-share-arn"_s, arn, u"--identity"_s, shared}).exitCode, 3);
    QCOMPARE(cli({u"shares"_s, u"update"_s, u"--resource-share-arn"_s, arn, u"--name"_s, u"y"_s, u"--identity"_s, dev}).exitCode, 3);
    QCOMPARE(cli({u"shares"_s, u"update"_s, u"--resource-share-arn"_s, arn, u"--name"_s, u"renamed"_s}).exitCode, 0);
    QCOMPARE(cli({u"shares"_s, u"delete"_s, u"--resource-share-arn"_s, arn, u"--json"_s}).out.contains(QStringLiteral("true")), true);
    QVERIFY(!cli({u"shares"_s, u"list"_s}).out.contains(arn));
    QVERIFY(cli({u"shares"_s, u"list"_s, u"--resource-share-status"_s, u"DELETED"_s}).out.contains(QStringLiteral("renamed")));
}

void TestSharingCli::invitationRoundTrip()
{
    QCOMPARE(cli({u"shares"_s, u"disable-sharing-with-aws-organization"_s, u"--identity"_s, shared}).exitCode, 0);
    const auto created = cli({u"shares"_s, u"create"_s, u"--name"_s, u"needs-invite"_s, u"--resource-arn"_s,
                              u"abalone-training-pipeline"_s, u"--principal"_s, dev, u"--permission"_s,
                              u"AWSRAMDefaultPermissionSageMakerPipeline"_s});
    QCOMPARE(created.exitCode, 0);
    const auto listed = cli({u"invitations"_s, u"list"_s, u"--identity"_s, dev, u"--json"_s});
    const QJsonArray invitations = QJsonDocument::fromJson(listed.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("resourceShareInvitations"))
                                       .toArray();
    QCOMPARE(invitations.size(), 1);
    const QJsonObject invitation = invitations.at(0).toObject();
    QCOMPARE(invitation.value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(invitation.value(QLatin1String("senderAccountId")).toString(), test);
    const QString arn = invitation.value(QLatin1String("resourceShareInvitationArn")).toString();

    const auto pending = cli({u"executions"_s, u"list"_s, u"--pipeline-name"_s, abalone, u"--identity"_s, dev});
    QCOMPARE(pending.exitCode, 3);
    QVERIFY2(pending.err.contains(arn) && pending.err.contains(QStringLiteral("pending")), qPrintable(pending.err));
    QCOMPARE(cli({u"invitations"_s, u"accept"_s, u"--resource-share-invitation-arn"_s, arn, u"--identity"_s, shared}).exitCode, 3);
    const auto accepted = cli({u"invitations"_s, u"accept"_s, u"--resource-share-invitation-arn"_s, arn, u"--identity"_s, dev});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(accepted.out.trimmed(), QStringLiteral("ACCEPTED"));
    QCOMPARE(cli({u"executions"_s, u"list"_s, u"--pipeline-name"_s, abalone, u"--identity"_s, dev}).exitCode, 0);
    QCOMPARE(cli({u"invitations"_s, u"reject"_s, u"--invitation-arn"_s, arn, u"--identity"_s, dev}).exitCode, 2);
}

void TestSharingCli::sharedResourcesJson()
{
    const auto result = cli({u"shared-resources"_s, u"list"_s, u"--identity"_s, shared, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray resources =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1String("resources")).toArray();
    QCOMPARE(resources.size(), 1);
    const QJsonObject r = resources.at(0).toObject();
    QCOMPARE(r.value(QLatin1String("arn")).toString(), serial);
    QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("sagemaker:Pipeline"));
    QCOMPARE(r.value(QLatin1String("owningAccountId")).toString(), test);
    QCOMPARE(r.value(QLatin1String("permissionName")).toString(),
             QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution"));
    QVERIFY(cli({u"shared-resources"_s, u"list"_s, u"--identity"_s, test}).out.count(QLatin1Char('\n')) == 1); // header only
}

void TestSharingCli::disassociateRevokesAtOnce()
{
    const auto shares = cli({u"shares"_s, u"list"_s, u"--json"_s});
    QString operations;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(shares.out.toUtf8()).object().value(QLatin1String("resourceShares")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("serial-inference-operations"))
            operations = v.toObject().value(QLatin1String("resourceShareArn")).toString();
    }
    QVERIFY(!operations.isEmpty());
    QCOMPARE(cli({u"executions"_s, u"list"_s, u"--pipeline-name"_s, serial, u"--identity"_s, shared}).exitCode, 0);
    const auto removed = cli({u"shares"_s, u"disassociate"_s, u"--resource-share-arn"_s, operations, u"--principals"_s, shared});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(cli({u"executions"_s, u"list"_s, u"--pipeline-name"_s, serial, u"--identity"_s, shared}).exitCode, 3);
}

void TestSharingCli::updateRefusesANameCreateRefuses()
{
    // Issue 13: shares update --name skipped the 255-character limit of shares create.
    const QString tooLong(256, QLatin1Char('n'));
    const QString readOnly = QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
    const auto created = cli({u"shares"_s, u"create"_s, u"--name"_s, tooLong, u"--resource-arn"_s,
                              u"abalone-training-pipeline"_s, u"--principal"_s, dev, u"--permission"_s, readOnly});
    QCOMPARE(created.exitCode, 2);
    QVERIFY2(created.err.contains(u"name: at most 255 characters are allowed."_s), qPrintable(created.err));
    const auto good = cli({u"shares"_s, u"create"_s, u"--name"_s, u"abalone-to-dev"_s, u"--resource-arn"_s,
                           u"abalone-training-pipeline"_s, u"--principal"_s, dev, u"--permission"_s, readOnly});
    QCOMPARE(good.exitCode, 0);
    const QString arn = good.out.trimmed();
    const auto renamed = cli({u"shares"_s, u"update"_s, u"--resource-share-arn"_s, arn, u"--name"_s, tooLong});
    QCOMPARE(renamed.exitCode, 2);
    QVERIFY2(renamed.err.contains(u"name: at most 255 characters are allowed."_s), qPrintable(renamed.err));
    const auto described = cli({u"shares"_s, u"describe"_s, u"--resource-share-arn"_s, arn, u"--json"_s});
    QVERIFY2(described.out.contains(u"abalone-to-dev"_s), qPrintable(described.out));
    QVERIFY(!described.out.contains(tooLong));
}

QTEST_GUILESS_MAIN(TestSharingCli)
#include "tst_sharingcli.moc"

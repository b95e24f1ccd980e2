// The command-line contract of DESIGN.md: global options anywhere, AWS-shaped JSON, exit codes.
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using PdTest::runCli;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        // The first call creates the demo; --demo on an existing workspace changes nothing.
        QCOMPARE(runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--demo"), QStringLiteral("accounts"),
                         QStringLiteral("list")})
                     .exitCode,
                 0);
    }

    void pipelinesListJson()
    {
        const auto r = runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("pipelines"), QStringLiteral("list"),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray summaries = root.value(QLatin1String("PipelineSummaries")).toArray();
        QCOMPARE(summaries.size(), 2); // the default identity is test, which owns two
        const QJsonObject first = summaries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("PipelineName")).toString(), QStringLiteral("abalone-training-pipeline"));
        QCOMPARE(first.value(QLatin1String("PipelineArn")).toString(),
                 QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(first.value(QLatin1String("CreationTime")).toString())
                    .hasMatch());
    }

    void globalOptionsMayStandAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before") << QStringList{QStringLiteral("--identity"), QStringLiteral("111111111111"),
                                               QStringLiteral("--json"), QStringLiteral("pipelines"), QStringLiteral("list")};
        QTest::newRow("between") << QStringList{QStringLiteral("pipelines"), QStringLiteral("--identity"),
                                                QStringLiteral("111111111111"), QStringLiteral("list"), QStringLiteral("--json")};
        QTest::newRow("after") << QStringList{QStringLiteral("pipelines"), QStringLiteral("list"), QStringLiteral("--json"),
                                              QStringLiteral("--identity=111111111111")};
    }

    void globalOptionsMayStandAnywhere()
    {
        QFETCH(QStringList, arguments);
        const auto r = runCli(QStringList{QStringLiteral("--workspace"), m_demo} + arguments);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray summaries =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("PipelineSummaries")).toArray();
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.at(0).toObject().value(QLatin1String("PipelineName")).toString(),
                 QStringLiteral("churn-prediction-pipeline"));
    }

    void accountsListJson()
    {
        const auto r = runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--json"), QStringLiteral("accounts"),
                               QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("Accounts")).toArray();
        QStringList ids;
        for (const QJsonValue &a : accounts)
            ids << a.toObject().value(QLatin1String("Id")).toString() + QLatin1Char('=') + a.toObject().value(QLatin1String("Name")).toString();
        QCOMPARE(ids, QStringList({QStringLiteral("111111111111=dev"), QStringLiteral("222222222222=test"),
                                   QStringLiteral("333333333333=shared-services")}));
    }

    void describePipeline()
    {
        const auto r = runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("pipelines"), QStringLiteral("describe"),
                               QStringLiteral("--pipeline-name"), QStringLiteral("serial-inference-pipeline"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject definition =
            QJsonDocument::fromJson(object.value(QLatin1String("PipelineDefinition")).toString().toUtf8()).object();
        QCOMPARE(definition.value(QLatin1String("Version")).toString(), QStringLiteral("2020-12-01"));
        QCOMPARE(object.value(QLatin1String("PipelineStatus")).toString(), QStringLiteral("Active"));
    }

    void errorsAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("pipelines"), QStringLiteral("explode")} << 2
                                         << "unknown command “pipelines explode”";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("pipelines"), QStringLiteral("list"), QStringLiteral("--colour")}
                                        << 2 << "colour";
        QTest::newRow("identity not an id") << QStringList{QStringLiteral("--identity"), QStringLiteral("dev"), QStringLiteral("pipelines"), QStringLiteral("list")}
                                            << 2 << "identity: “dev” is not an account id";
        QTest::newRow("identity unknown") << QStringList{QStringLiteral("--identity"), QStringLiteral("444444444444"), QStringLiteral("pipelines"), QStringLiteral("list")}
                                          << 2 << "account 444444444444 does not exist";
        QTest::newRow("missing pipeline") << QStringList{QStringLiteral("pipelines"), QStringLiteral("describe"), QStringLiteral("--pipeline-name"), QStringLiteral("nope")}
                                          << 2 << "Pipeline “nope” does not exist in account 222222222222";
        QTest::newRow("required option") << QStringList{QStringLiteral("pipelines"), QStringLiteral("describe")} << 2
                                         << "--pipeline-name is required";
        QTest::newRow("other account's pipeline by ARN")
            << QStringList{QStringLiteral("--identity"), QStringLiteral("111111111111"), QStringLiteral("pipelines"), QStringLiteral("describe"),
                           QStringLiteral("--pipeline-name"), QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline")}
            << 3 << "sagemaker:DescribePipeline";
        QTest::newRow("bad language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("accounts"), QStringLiteral("list")}
                                      << 2 << "“fr” is not available";
    }

    void errorsAndExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli(QStringList{QStringLiteral("--workspace"), m_demo} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void messagesAreTranslated()
    {
        const auto r = runCli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--language"), QStringLiteral("ko"),
                               QStringLiteral("pipelines"), QStringLiteral("describe"), QStringLiteral("--pipeline-name"),
                               QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("222222222222")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))), qPrintable(r.err));
        const auto help = runCli({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("ko")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))), qPrintable(help.out));
    }

    void newerWorkspaceFailsWithExitOne()
    {
        const auto r = runCli({QStringLiteral("--workspace"), QStringLiteral(PD_SOURCE_DIR "/README.md"),
                               QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a Pipeline Desk workspace")), qPrintable(r.err));
    }

    void argumentsThatAreNotUtf8AreRefusedNamingTheOption()
    {
        // Issue 13: the program read its arguments with QCoreApplication::arguments(), which made
        // the Latin-1 "café" a "caf\uFFFD" that rules create stored without a word. A shell gives
        // the raw byte 0xE9, as a terminal in a Latin-1 locale would.
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.sqlite"));
        QProcess process;
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("exec \"$0\" --workspace \"$1\" --demo --language en rules create --name latin1 "
                                      "--event-pattern '{\"source\":[\"x\"]}' --description \"$(printf 'caf\\351')\""),
                       QStringLiteral(PD_CLI_PATH), workspace});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains("--description: the text is not valid UTF-8 (the byte 0xE9 at character 4)."),
                 err.constData());
        const auto listed =
            runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("rules"), QStringLiteral("list")});
        QVERIFY2(!listed.out.contains(QLatin1String("latin1")), qPrintable(listed.out));

        // In process, decodeArguments is what main() uses: valid UTF-8 as Qt reads it, the rest kept.
        const char *argv[] = {"pipelinedesk-cli", "caf\xc3\xa9", "caf\xe9"};
        const QStringList decoded = Pd::Cli::decodeArguments(3, argv);
        QCOMPARE(decoded.at(1), QStringLiteral("caf\u00e9"));
        QCOMPARE(decoded.at(2), QStringLiteral("caf") + QChar(0xDCE9));
    }

    void realBinaryRuns()
    {
        // The installed program, not only the library: what scripts call.
        QProcess process;
        process.start(QStringLiteral(PD_CLI_PATH), {QStringLiteral("--workspace"), m_demo, QStringLiteral("--language"),
                                                    QStringLiteral("en"), QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("shared-services"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

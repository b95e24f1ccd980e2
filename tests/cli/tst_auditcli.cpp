// audit list: filters, pages across NextTokens with no duplicates or gaps, the CloudTrail-shaped
// JSON, the text columns and the exit code 2 naming the option for bad values.
// Plain string literals read best in command lines.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using PdTest::runCli;

namespace {

const QString serial = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    PdTest::CliResult cli(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--workspace"), m_workspace} + arguments);
    }

    QJsonArray events(const QStringList &arguments, QString *nextToken = nullptr)
    {
        const auto r =
            cli(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")} + arguments);
        if (r.exitCode != 0)
            qWarning("audit list failed: %s", qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        if (nextToken)
            *nextToken = root.value(QLatin1String("NextToken")).toString();
        return root.value(QLatin1String("Events")).toArray();
    }

    static QStringList eventIds(const QJsonArray &events)
    {
        QStringList ids;
        for (const QJsonValue &e : events)
            ids << e.toObject().value(QLatin1String("EventId")).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("w.sqlite"));
        QCOMPARE(cli({QStringLiteral("--demo"), QStringLiteral("accounts"), QStringLiteral("list")}).exitCode, 0);
        // Changes, a refusal and firings, through the same commands a user types.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({"executions", "start", "--pipeline-name", "serial-inference-pipeline"}).exitCode, 0);
        QCOMPARE(cli({"--identity", "111111111111", "executions", "start", "--pipeline-name", serial}).exitCode, 3);
        QCOMPARE(cli({"rules", "enable", "--name", "nightly-retrain"}).exitCode, 0);
        QCOMPARE(cli({"rules", "disable", "--name", "nightly-retrain"}).exitCode, 0);
        QCOMPARE(cli({"schedules", "create", "--name", "hourly", "--expression", "rate(1 hour)", "--target-pipeline",
                      "abalone-training-pipeline"})
                     .exitCode,
                 0);
        const auto run = cli({"schedules", "run-now", "--name", "hourly"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void listsNewestFirstInCloudTrailShape()
    {
        QString token;
        const QJsonArray all = events({"--max-items", "1000"}, &token);
        QVERIFY(token.isEmpty());
        QVERIFY(all.size() >= 9);
        const QStringList ids = eventIds(all);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i - 1).toLongLong() > ids.at(i).toLongLong()); // same second: newest id first
        const QJsonObject newest = all.at(0).toObject();
        QCOMPARE(newest.value("EventName").toString(), QStringLiteral("RunScheduleNow"));
        QCOMPARE(newest.value("EventSource").toString(), QStringLiteral("scheduler.amazonaws.com"));
        QCOMPARE(newest.value("ReadOnly").toString(), QStringLiteral("false"));
        QCOMPARE(newest.value("AccountId").toString(), QStringLiteral("222222222222"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(newest.value("EventTime").toString())
                    .hasMatch());
        const QJsonObject resource = newest.value("Resources").toArray().at(0).toObject();
        QCOMPARE(resource.value("ResourceType").toString(), QStringLiteral("AWS::Scheduler::Schedule"));
        QVERIFY(resource.value("ResourceName").toString().endsWith(QLatin1String("schedule/default/hourly")));
        const QJsonObject record =
            QJsonDocument::fromJson(newest.value("CloudTrailEvent").toString().toUtf8()).object();
        QCOMPARE(record.value("eventName").toString(), QStringLiteral("RunScheduleNow"));
        QCOMPARE(record.value("userIdentity").toObject().value("accountId").toString(), QStringLiteral("222222222222"));
        QCOMPARE(record.value("awsRegion").toString(), QStringLiteral("us-east-1"));
        QVERIFY(!newest.contains("ErrorMessage"));
    }

    void filters()
    {
        // The refusal of dev: the only row dev has, failed, with its reason.
        const QJsonArray dev = events({"--identity", "111111111111"});
        QCOMPARE(dev.size(), 1);
        QCOMPARE(dev.at(0).toObject().value("EventName").toString(), QStringLiteral("StartPipelineExecution"));
        QVERIFY(!dev.at(0).toObject().value("ErrorMessage").toString().isEmpty());
        QCOMPARE(events({"--outcome", "failed"}).size(), 1);

        // Without the service prefix, or with it: three starts and the refusal (run-now's start is
        // recorded as RunScheduleNow).
        const QJsonArray starts = events({"--action", "StartPipelineExecution"});
        QCOMPARE(starts.size(), 4);
        QCOMPARE(events({"--action", "sagemaker:StartPipelineExecution"}).size(), 4);
        QCOMPARE(events({"--action", "RunScheduleNow"}).size(), 1);
        QCOMPARE(events({"--action", "EnableRule"}).size(), 1);

        // A pipeline's ARN finds it and its executions (the three starts and the refusal name the
        // pipeline or an execution under it).
        const QJsonArray serialRows = events({"--target", serial});
        QCOMPARE(serialRows.size(), 4);
        for (const QJsonValue &e : serialRows) {
            QVERIFY(e.toObject()
                        .value("Resources")
                        .toArray()
                        .at(0)
                        .toObject()
                        .value("ResourceName")
                        .toString()
                        .startsWith(serial));
        }
        QCOMPARE(events({"--target", "nightly-retrain"}).size(), 3); // the demo created it, then on, off

        // Times: all of it is younger than a day, none of it is in 2099 or before 2000.
        QCOMPARE(events({"--since", "1d"}).size(), events({}).size());
        QCOMPARE(events({"--since", "2099-01-01"}).size(), 0);
        QCOMPARE(events({"--until", "2000-01-01T00:00:00Z"}).size(), 0);
    }

    void pagesAcrossTokensWithoutDuplicatesOrGaps()
    {
        const QStringList all = eventIds(events({"--max-items", "1000"}));
        QStringList paged;
        QString token;
        int pages = 0;
        do {
            QStringList arguments{"--max-items", "2"};
            if (!token.isEmpty())
                arguments << "--starting-token" << token;
            const QJsonArray page = events(arguments, &token);
            QVERIFY(page.size() <= 2 && !page.isEmpty());
            paged << eventIds(page);
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(paged, all);
        QCOMPARE(pages, int((all.size() + 1) / 2));

        // The text form ends a truncated page with its token, which goes on as the JSON's does.
        const auto text = cli({"audit", "list", "--max-items", "3"});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, three rows, the token
        QVERIFY(lines.at(0).startsWith(QLatin1String("TIME (UTC)")));
        for (const QString &column : QStringList{"IDENTITY", "BY", "ACTION", "TARGET", "OUTCOME"})
            QVERIFY2(lines.at(0).contains(column), qPrintable(column));
        // Aligned: every row's identity starts where the header's does.
        const int identityColumn = int(lines.at(0).indexOf(QLatin1String("IDENTITY")));
        QCOMPARE(lines.at(1).indexOf(QLatin1String("222222222222")), identityColumn);
        QVERIFY(lines.at(1).contains(QLatin1String("RunScheduleNow")));
        QVERIFY(lines.at(4).startsWith(QLatin1String("NextToken: ")));
        const QString textToken = lines.at(4).mid(11);
        QCOMPARE(eventIds(events({"--max-items", "1", "--starting-token", textToken})).constFirst(), all.at(3));
    }

    void badValuesExitTwoNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("since") << QStringList{"--since", "yesterday"} << "--since";
        QTest::newRow("until") << QStringList{"--until", "2026-02-30"} << "--until";
        QTest::newRow("max-items text") << QStringList{"--max-items", "many"} << "--max-items";
        QTest::newRow("max-items zero") << QStringList{"--max-items", "0"} << "--max-items";
        QTest::newRow("token") << QStringList{"--starting-token", "xyz"} << "--starting-token";
        QTest::newRow("action") << QStringList{"--action", "LaunchRocket"} << "--action";
        QTest::newRow("identity") << QStringList{"--identity", "dev"} << "--identity";
        QTest::newRow("outcome") << QStringList{"--outcome", "maybe"} << "--outcome";
    }

    void badValuesExitTwoNamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const auto r = cli(QStringList{"audit", "list"} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option + QLatin1Char(':')), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"

// Errors about a schedule's expression and zone name one field, the one the user filled in: the
// service's field ("expression", "timezone"), the CLI's option ("--expression", "--timezone") and
// the wizard's label ("Expression", "Time zone"); never "expression: expression: …" or
// "expression: timezone: …".
// Plain string literals in the tables, as in the other schedule tests.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "schedules/scheduleservice.h"

#include <QTest>

using namespace Pd;

namespace {

const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");
const QString emptyReason = QStringLiteral("empty; use at(), rate(), cron(), crontab() or recurrence()");
const QString zoneReason =
    QStringLiteral("“Nowhere/Else” is not a known time zone (IANA such as Asia/Seoul, or Windows "
                   "such as Pacific Standard Time)");

} // namespace

class TestScheduleFieldNames : public QObject
{
    Q_OBJECT

private slots:
    void serviceNamesOneField_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QString() << "expression"
                               << "expression: " + emptyReason;
        QTest::newRow("unknown zone") << "rate(1 hour)"
                                      << "Nowhere/Else"
                                      << "timezone"
                                      << "timezone: " + zoneReason;
        // A part of the expression stays in the reason, after the one field.
        QTest::newRow("cron field") << "cron(0 8 ? * 9 *)" << QString() << "expression"
                                    << "expression: day-of-week: 9 is out of range 1–7";
        QTest::newRow("recurrence zone") << R"(recurrence({"frequency":"day","interval":1,"time_zone":"Mars/Olympus"}))"
                                         << QString() << "expression"
                                         << "expression: time_zone: “Mars/Olympus” is not a known time zone (IANA such "
                                            "as Asia/Seoul, or Windows such as Pacific Standard Time)";
    }

    void serviceNamesOneField()
    {
        QFETCH(QString, expression);
        QFETCH(QString, timeZone);
        QFETCH(QString, field);
        QFETCH(QString, message);
        PdTest::TestWorkspace ws;
        ScheduleInput input;
        input.name = QStringLiteral("s");
        input.expression = expression;
        if (!timeZone.isEmpty())
            input.timeZone = timeZone;
        input.targetPipeline = serial;
        auto created = ws->schedules().create(test, input);
        QVERIFY(!created);
        QCOMPARE(created.error().field, field);
        QCOMPARE(created.error().message, message);
    }

    void cliNamesTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList create{"schedules", "create", "--name", "c", "--target-pipeline", serial};
        QTest::newRow("create empty") << (create + QStringList{"--expression", ""}) << "--expression: " + emptyReason;
        QTest::newRow("create zone") << (create +
                                         QStringList{"--expression", "rate(1 hour)", "--timezone", "Nowhere/Else"})
                                     << "--timezone: " + zoneReason;
        QTest::newRow("create cron field") << (create + QStringList{"--expression", "cron(0 8 ? * 9 *)"})
                                           << "--expression: day-of-week: 9 is out of range 1–7";
        QTest::newRow("create window")
            << (create + QStringList{"--expression", "rate(1 hour)", "--flexible-window", "1441"})
            << "--flexible-window: 1441 minutes is out of range; use OFF (0) or 1 to 1440 minutes.";
        const QStringList preview{"schedule", "preview"};
        QTest::newRow("preview empty") << (preview + QStringList{"--expression", " "})
                                       << "--expression: " + emptyReason;
        QTest::newRow("preview zone") << (preview +
                                          QStringList{"--expression", "rate(1 hour)", "--timezone", "Nowhere/Else"})
                                      << "--timezone: " + zoneReason;
        QTest::newRow("preview cron field") << (preview + QStringList{"--expression", "cron(0 8 ? * 9 *)"})
                                            << "--expression: day-of-week: 9 is out of range 1–7";
    }

    void cliNamesTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto r = PdTest::runCli(
            QStringList{"--workspace", dir.filePath("w.sqlite"), "--demo", "--identity", test} + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "pipelinedesk-cli: " + message + "\n");
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleFieldNames)
#include "tst_schedulefieldnames.moc"

// A schedule that can never fire (again) is accepted, as AWS accepts it, and said: the service's
// warnings, `schedules create` on stderr, and the Schedules page's model.
// Plain string literals in the tables, as in the other schedule tests.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/session.h"
#include "schedules/schedulemodels.h"
#include "schedules/scheduleservice.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");

ScheduleInput input(const QString &name, const QString &expression, const QString &zone = QStringLiteral("UTC"))
{
    ScheduleInput in;
    in.name = name;
    in.expression = expression;
    in.timeZone = zone;
    in.targetPipeline = serial;
    return in;
}
} // namespace

class TestScheduleWarnings : public QObject
{
    Q_OBJECT

private slots:
    void acceptedWithAWarning()
    {
        PdTest::TestWorkspace ws;
        auto made = ws->schedules().create(test, input("past", "at(2020-01-01T09:00:00)", "Asia/Seoul"));
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(made->enabled);
        const auto warnings = ScheduleService::warnings(made.value(), ws->clock().nowMs());
        QVERIFY(Schedule::neverFires(warnings));
        QCOMPARE(warnings.constFirst().message, "Never fires: 2020-01-01 09:00 Asia/Seoul is in the past.");
        // The wizard's review asks the same of what it would create, its end included.
        ScheduleInput ended = input("ended", "rate(1 hour)");
        ended.startTime = PdTest::demoNow().addDays(-30).toMSecsSinceEpoch();
        ended.endTime = PdTest::demoNow().addDays(-1).toMSecsSinceEpoch();
        QVERIFY(Schedule::neverFires(ScheduleService::warnings(ended, ws->clock().nowMs())));
        QVERIFY(!Schedule::neverFires(ScheduleService::warnings(input("fine", "rate(1 hour)"), ws->clock().nowMs())));
    }

    void pageModelMarksIt()
    {
        PdTest::TestWorkspace ws;
        QVERIFY(ws->schedules().create(test, input("a-february-31", "cron(0 12 31 2 ? *)")));
        QVERIFY(ws->schedules().create(test, input("b-hourly", "rate(1 hour)")));
        Session session(test);
        ScheduleTableModel model(ws->schedules(), ws->clock(), session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const int never = model.index(0, ScheduleTableModel::Name).data().toString() == "a-february-31" ? 0 : 1;
        const int fine = 1 - never;
        for (int column : {int(ScheduleTableModel::NextFire), int(ScheduleTableModel::NextFireLocal)}) {
            QCOMPARE(model.index(never, column).data().toString(), "Never fires");
            QCOMPARE(model.index(never, column).data(StatusRole).toString(), "NEVER_FIRES");
            QCOMPARE(model.index(never, column).data(Qt::ToolTipRole).toString(),
                     "Never fires: no date after 2026-11-23 12:00 UTC matches the expression.");
            QCOMPARE(model.index(fine, column).data(StatusRole).toString(), "ENABLED");
            QVERIFY(model.index(fine, column).data().toString() != "Never fires");
        }
    }

    void cliCreatePrintsIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("warning");
        QTest::newRow("at in the past") << QStringList{"--expression", "at(2020-01-01T09:00:00)", "--timezone",
                                                       "Asia/Seoul"}
                                        << "Never fires: 2020-01-01 09:00 Asia/Seoul is in the past.";
        QTest::newRow("february 31") << QStringList{"--expression", "cron(0 12 31 2 ? *)"}
                                     << "Never fires: no date after";
        QTest::newRow("years over") << QStringList{"--expression", "cron(0 12 * * ? 2020-2021)"}
                                    << "Never fires: no date after";
        QTest::newRow("years run out") << QStringList{"--expression", "cron(0 12 * * ? 2027-2199)"} << QString();
        QTest::newRow("fine") << QStringList{"--expression", "rate(1 hour)"} << QString();
    }

    void cliCreatePrintsIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const auto r = PdTest::runCli(QStringList{"--workspace", dir.filePath("w.sqlite"), "--demo", "--identity", test,
                                                  "schedules", "create", "--name", "w", "--target-pipeline", serial} +
                                      arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("arn:aws:scheduler:"));
        if (warning.isEmpty()) {
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        } else {
            QVERIFY2(r.err.startsWith("pipelinedesk-cli: Warning: " + warning), qPrintable(r.err));
            QCOMPARE(r.err.count('\n'), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleWarnings)
#include "tst_schedulewarnings.moc"

// A schedule that can never fire (again) is accepted, as AWS accepts it, and said: the service's
// warnings, `schedules create` on stderr, and the Schedules page's model. And what a schedule
// meant for another service becomes there: `schedule preview --for`.
// Plain string literals in the tables, as in the other schedule tests.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/session.h"
#include "schedules/schedulemodels.h"
#include "schedules/scheduleservice.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
            QVERIFY2(r.err.startsWith("pipelinedesk-cli: warning: " + warning), qPrintable(r.err));
            QCOMPARE(r.err.count('\n'), 1);
        }
    }

    // The Azure day-of-month lint, once seen only on export, for what the expression is meant for.
    void previewForATarget()
    {
        const QStringList azure{"schedule", "preview", "--expression", "cron(0 9 15 * ? *)", "--from",
                                "2026-06-01T00:00:00Z", "--count", "1", "--for", "azure-ml"};
        const auto text = PdTest::runCli(azure);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("2026-06-15T09:00:00Z\n\nDescription: "), qPrintable(text.out));
        QVERIFY2(text.out.contains("Warning: Azure ML schedules take only a cron trigger (crontab) and a recurrence: there "
                                   "this schedule is written “crontab(0 9 15 * *)” (the same instants).\n"),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains("Warning: Azure ML cron triggers ignore day-of-month and month"), qPrintable(text.out));

        // Without a target, neither: the workspace's own engine takes cron() as it is.
        const auto plain = PdTest::runCli(azure.mid(0, azure.size() - 2) << "--explain");
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.out.contains("Azure"), qPrintable(plain.out));

        const auto json = PdTest::runCli(QStringList{"schedule", "preview", "--expression", "crontab(30 8 * * 1-5)",
                                                     "--timezone", "Asia/Seoul", "--for", "scheduler", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value("Target").toString(), "scheduler");
        QCOMPARE(object.value("TargetExpression").toString(), "cron(30 8 ? * 2-6 *)");
        QCOMPARE(object.value("Warnings").toArray().size(), 1);

        const auto rule = PdTest::runCli(QStringList{"schedule", "preview", "--expression", "cron(0 9 * * ? *)",
                                                     "--timezone", "Asia/Seoul", "--for", "eventbridge", "--json"});
        QCOMPARE(rule.exitCode, 0);
        const QJsonArray ruleWarnings = QJsonDocument::fromJson(rule.out.toUtf8()).object().value("Warnings").toArray();
        QCOMPARE(ruleWarnings.size(), 1);
        QVERIFY(ruleWarnings.at(0).toString().startsWith("EventBridge rules fire in UTC only: the time zone Asia/Seoul"));
    }

    void previewForAnUnknownTarget()
    {
        const auto r = PdTest::runCli(QStringList{"schedule", "preview", "--expression", "rate(1 hour)", "--for", "azure"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "pipelinedesk-cli: --for: “azure” is not one of any, eventbridge, scheduler, azure-ml, crontab.\n");
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleWarnings)
#include "tst_schedulewarnings.moc"

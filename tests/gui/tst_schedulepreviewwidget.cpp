// The reusable preview widget, offscreen: description, error, fires in three zones with DST
// flags, warnings; its model is checked by QAbstractItemModelTester.
#include "core/clock.h"
#include "core/language.h"
#include "schedules/schedulefiresmodel.h"
#include "views/schedules/schedulepreviewwidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Pd;

class TestSchedulePreviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::instance()->setLanguage(QStringLiteral("en")); }

    void showsFiresWithDstFlags()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 7), QTime(0, 0), Qt::UTC));
        SchedulePreviewWidget widget(&clock);
        QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.setUserTimeZone(QTimeZone("Asia/Seoul"));
        widget.setCount(3);
        QSignalSpy spy(&widget, &SchedulePreviewWidget::previewChanged);
        widget.setExpression(QStringLiteral("cron(30 2 * * ? *)"), QStringLiteral("America/New_York"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toBool(), true);
        QVERIFY(widget.isValid());
        QCOMPARE(widget.descriptionText(), QStringLiteral("at 02:30 America/New_York every day"));
        // 2026-03-08 02:30 does not exist in New York: listed as skipped, not counted.
        const Schedule::ScheduleFiresModel *model = widget.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, Schedule::ScheduleFiresModel::UtcColumn).data().toString(), QStringLiteral("2026-03-07T07:30:00Z"));
        QCOMPARE(model->index(1, 0).data(StatusRole).toString(), QStringLiteral("skipped"));
        QCOMPARE(model->index(1, Schedule::ScheduleFiresModel::UtcColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model->index(1, Schedule::ScheduleFiresModel::DstColumn).data().toString().isEmpty());
        QCOMPARE(model->index(2, Schedule::ScheduleFiresModel::UtcColumn).data().toString(), QStringLiteral("2026-03-09T06:30:00Z"));
        // The user's zone column is in Seoul and says so.
        QVERIFY(model->index(2, Schedule::ScheduleFiresModel::UserZoneColumn).data().toString().endsWith(QLatin1String("KST")));
        QVERIFY(model->index(2, Schedule::ScheduleFiresModel::ScheduleZoneColumn).data().toString().endsWith(QLatin1String("EDT")));
        // The linter warns about the gap.
        QVERIFY(!widget.warnings().isEmpty());
        QVERIFY(widget.findChild<QLabel *>(QStringLiteral("warningsLabel"))->isVisibleTo(&widget));
    }

    void mergedAndMoved()
    {
        SchedulePreviewWidget widget(nullptr);
        widget.setFrom(QDateTime(QDate(2026, 10, 24), QTime(12, 0), Qt::UTC));
        widget.setCount(2);
        widget.setExpression(QStringLiteral("crontab(30 1 * * *)"), QStringLiteral("Europe/London"));
        QVERIFY(widget.isValid());
        QCOMPARE(widget.model()->index(0, 0).data(StatusRole).toString(), QStringLiteral("merged"));
        widget.setExpression(QStringLiteral("rate(1 day)"), QStringLiteral("Europe/London"));
        QCOMPARE(widget.model()->index(0, 0).data(StatusRole).toString(), QStringLiteral("moved"));
        QCOMPARE(widget.model()->index(1, 0).data(StatusRole).toString(), QString());
    }

    void showsErrors()
    {
        SchedulePreviewWidget widget(nullptr);
        widget.setExpression(QStringLiteral("cron(0 8 ? * 9L *)"), QStringLiteral("UTC"));
        QVERIFY(!widget.isValid());
        QCOMPARE(widget.errorText(), QStringLiteral("day-of-week: 9 is out of range 1–7 (at character 14)"));
        QCOMPARE(widget.model()->rowCount(), 0);
        widget.setExpression(QString(), QString());
        QVERIFY(widget.errorText().isEmpty());
        QVERIFY(!widget.descriptionText().isEmpty());
    }

    void retranslates()
    {
        SchedulePreviewWidget widget(nullptr);
        widget.setExpression(QStringLiteral("cron(15 10 ? * 6L *)"), QStringLiteral("UTC"));
        QCOMPARE(widget.descriptionText(), QStringLiteral("at 10:15 UTC on the last Friday of every month"));
        Language::instance()->setLanguage(QStringLiteral("ko"));
        QApplication::processEvents();
        QCOMPARE(widget.descriptionText(), QStringLiteral("매월 마지막 금요일 10:15 (UTC)"));
        QCOMPARE(widget.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("UTC"));
        Language::instance()->setLanguage(QStringLiteral("en"));
    }

    // Screenshots for a person to look at (not compared): set PD_SCREENSHOT_DIR.
    void screenshots()
    {
        const QByteArray dir = qgetenv("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PD_SCREENSHOT_DIR to write screenshots");
        for (const char *language : {"en", "ko"}) {
            Language::instance()->setLanguage(QLatin1String(language));
            SchedulePreviewWidget widget(nullptr);
            widget.resize(900, 380);
            widget.setUserTimeZone(QTimeZone("Asia/Seoul"));
            widget.setFrom(QDateTime(QDate(2026, 10, 31), QTime(12, 0), Qt::UTC));
            widget.setCount(6);
            widget.setExpression(QStringLiteral("cron(0/30 1 * * ? *)"), QStringLiteral("America/New_York"));
            widget.show();
            QApplication::processEvents();
            QVERIFY(widget.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/schedulepreview_%1.png").arg(QLatin1String(language))));
        }
        Language::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSchedulePreviewWidget)
#include "tst_schedulepreviewwidget.moc"

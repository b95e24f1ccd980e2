// The linter's "never fires" and "no more fires after …": a schedule with no fire left after now
// (an at() in the past, a cron whose years are over, a date that never comes, an end before the
// next fire), and one whose expression runs out of dates; each search bounded in time.
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pd::Schedule;

namespace {

// 2026-11-23T12:00:00Z, the demo's now.
qint64 now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

QStringList messagesOf(const QList<LintWarning> &warnings, LintWarning::Kind kind)
{
    QStringList messages;
    for (const LintWarning &w : warnings) {
        if (w.kind == kind)
            messages.append(w.message);
    }
    return messages;
}

} // namespace

class TestNeverFires : public QObject
{
    Q_OBJECT

private slots:
    void fires_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("neverFires");
        QTest::addColumn<QString>("firesEnd");
        QTest::newRow("at in the past") << "at(2020-01-01T09:00:00)"
                                        << "Asia/Seoul" << qint64(0) << qint64(0)
                                        << "Never fires: 2020-01-01 09:00 Asia/Seoul is in the past." << QString();
        QTest::newRow("at to come") << "at(2027-01-01T09:00:00)"
                                    << "Asia/Seoul" << qint64(0) << qint64(0) << QString() << QString();
        QTest::newRow("years over") << "cron(0 12 * * ? 2020-2025)"
                                    << "UTC" << qint64(0) << qint64(0)
                                    << "Never fires: no date after 2026-11-23 12:00 UTC matches the expression."
                                    << QString();
        QTest::newRow("february 31") << "cron(0 12 31 2 ? *)"
                                     << "UTC" << qint64(0) << qint64(0)
                                     << "Never fires: no date after 2026-11-23 12:00 UTC matches the expression."
                                     << QString();
        QTest::newRow("crontab february 30") << "crontab(0 12 30 2 *)"
                                             << "Europe/Berlin" << qint64(0) << qint64(0)
                                             << "Never fires: no date after 2026-11-23 13:00 Europe/Berlin matches the "
                                                "expression."
                                             << QString();
        QTest::newRow("end before the next fire")
            << "cron(0 9 1 * ? *)"
            << "UTC" << qint64(0) << utc(2026, 11, 30)
            << "Never fires: the end (2026-11-30 00:00 UTC) comes before the next fire (2026-12-01 09:00 UTC)."
            << QString();
        QTest::newRow("rate ended") << "rate(1 hour)"
                                    << "UTC" << utc(2026, 1, 1) << utc(2026, 2, 1)
                                    << "Never fires: the end (2026-02-01 00:00 UTC) comes before the next fire "
                                       "(2026-11-23 13:00 UTC)."
                                    << QString();
        QTest::newRow("years run out")
            << "cron(0 12 * * ? 2026-2027)"
            << "Asia/Seoul" << qint64(0) << qint64(0) << QString()
            << "No more fires after 2027-12-31 12:00 Asia/Seoul: the expression matches no later "
               "date.";
        QTest::newRow("every minute, years run out")
            << "cron(* * * * ? 2027)"
            << "America/New_York" << qint64(0) << qint64(0) << QString()
            << "No more fires after 2027-12-31 23:59 America/New_York: the expression matches no later date.";
        QTest::newRow("AWS example, last Friday") << "cron(15 10 ? * 6L 2026-2027)"
                                                  << "America/New_York" << qint64(0) << qint64(0) << QString()
                                                  << "No more fires after 2027-12-31 10:15 America/New_York: the "
                                                     "expression matches no later date.";
        // The schedule's own end comes first: what its author asked for, nothing to say.
        QTest::newRow("end before the years run out")
            << "cron(0 12 * * ? 2026-2027)"
            << "UTC" << qint64(0) << utc(2027, 6, 1) << QString() << QString();
        QTest::newRow("for good") << "cron(0 9 ? * MON-FRI *)"
                                  << "UTC" << qint64(0) << qint64(0) << QString() << QString();
        QTest::newRow("rate for good") << "rate(5 minutes)"
                                       << "UTC" << qint64(0) << qint64(0) << QString() << QString();
        QTest::newRow("last year cron can name") << "cron(0 12 1 1 ? 2199)"
                                                 << "UTC" << qint64(0) << qint64(0) << QString() << QString();
    }

    void fires()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, neverFires);
        QFETCH(QString, firesEnd);
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY2(e, qPrintable(e.error().message));
        if (start)
            e.value().setStart(start);
        if (end)
            e.value().setEnd(end);
        LintOptions options;
        options.referenceUtc = now();
        QElapsedTimer timer;
        timer.start();
        const QList<LintWarning> warnings = lint(*e, options);
        // The searches are bounded: the whole lint stays well under a frame even for a date
        // that never comes (measured: well under a millisecond on the CI machine).
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(messagesOf(warnings, LintWarning::Kind::NeverFires),
                 neverFires.isEmpty() ? QStringList() : QStringList{neverFires});
        QCOMPARE(messagesOf(warnings, LintWarning::Kind::FiresEnd),
                 firesEnd.isEmpty() ? QStringList() : QStringList{firesEnd});
        QCOMPARE(Pd::Schedule::neverFires(warnings), !neverFires.isEmpty());
    }

    // Every case of the shared data that expects fires is not said to never fire, and its first
    // expected fire is at or before any "no more fires after" it gets.
    void sharedCasesThatFireAreNotFlagged()
    {
        QFile file(QStringLiteral(PD_TESTDATA_DIR "/schedules/public.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject c = QJsonDocument::fromJson(line).object();
            if (c.value(QLatin1String("expected")).toArray().isEmpty())
                continue;
            auto e = ScheduleExpression::parse(c.value(QLatin1String("expr")).toString(),
                                               c.value(QLatin1String("tz")).toString());
            QVERIFY2(e, qPrintable(c.value(QLatin1String("id")).toString()));
            LintOptions options;
            options.referenceUtc =
                QDateTime::fromString(c.value(QLatin1String("from")).toString(), Qt::ISODate).toSecsSinceEpoch();
            const QList<LintWarning> warnings = lint(*e, options);
            QVERIFY2(!Pd::Schedule::neverFires(warnings), qPrintable(c.value(QLatin1String("id")).toString()));
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    // The cost the Schedules page pays per schedule without a next fire, measured.
    void impossibleCronIsCheap()
    {
        auto e = ScheduleExpression::parse(QStringLiteral("cron(0 12 31 2 ? *)"), QStringLiteral("America/New_York"));
        QVERIFY(e);
        LintOptions options;
        options.referenceUtc = now();
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 100;
        for (int i = 0; i < rounds; ++i)
            QVERIFY(Pd::Schedule::neverFires(lint(*e, options)));
        qInfo("lint of cron(0 12 31 2 ? *): %.3f ms each", double(timer.nsecsElapsed()) / 1e6 / rounds);
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestNeverFires)
#include "tst_neverfires.moc"

// Property tests: for random valid cron/crontab/recurrence expressions in zones with DST, every
// fire is a match, nothing between two fires matches, fires strictly increase, and next(from)
// is the first of preview(from). The oracle scans minute by minute with QTimeZone (not the
// engine's zone table) and the DST rule: a wall-clock reading fires at its first instant only.
#include "scheduleexpressions/scheduleexpression.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Pd::Schedule;

namespace {

const char *const kZones[] = {"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC",
                              "America/Santiago"};

// Instants near DST changes so the windows cross them.
const char *const kFroms[] = {"2026-03-07T20:00:00Z", "2026-10-24T20:00:00Z", "2026-10-31T20:00:00Z", "2026-04-03T10:00:00Z",
                              "2026-10-03T10:00:00Z", "2027-03-27T20:00:00Z", "2026-09-05T20:00:00Z"};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}
    int pick(int lo, int hi) { return lo + int(m_random.bounded(hi - lo + 1)); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    // A list, a range, a step or a star over [lo, hi].
    QString field(int lo, int hi, int starPercent)
    {
        if (chance(starPercent))
            return QStringLiteral("*");
        switch (pick(0, 3)) {
        case 0: {
            QStringList values;
            for (int n = pick(1, 3); n > 0; --n)
                values.append(QString::number(pick(lo, hi)));
            return values.join(QLatin1Char(','));
        }
        case 1: {
            const int a = pick(lo, hi), b = pick(a, hi);
            return QStringLiteral("%1-%2").arg(a).arg(b);
        }
        case 2:
            return QStringLiteral("*/%1").arg(pick(1, qMax(1, (hi - lo) / 2)));
        default:
            return QString::number(pick(lo, hi));
        }
    }

    QString cron()
    {
        // Hours biased towards the DST hours so transitions matter.
        const QString minutes = field(0, 59, 10);
        const QString hours = chance(50) ? field(0, 4, 20) : field(0, 23, 30);
        QString dom = QStringLiteral("?"), dow = QStringLiteral("?");
        if (chance(50)) {
            const int kind = pick(0, 3);
            dom = kind == 0 ? QStringLiteral("L") : kind == 1 ? QStringLiteral("LW") : kind == 2 ? QStringLiteral("%1W").arg(pick(1, 31)) : field(1, 31, 60);
        } else {
            const int kind = pick(0, 3);
            dow = kind == 0 ? QStringLiteral("%1L").arg(pick(1, 7)) : kind == 1 ? QStringLiteral("%1#%2").arg(pick(1, 7)).arg(pick(1, 5)) : field(1, 7, 40);
        }
        return QStringLiteral("cron(%1 %2 %3 %4 %5 *)").arg(minutes, hours, dom, field(1, 12, 80), dow);
    }

    QString crontab()
    {
        return QStringLiteral("crontab(%1 %2 %3 %4 %5)")
            .arg(field(0, 59, 10), chance(50) ? field(0, 4, 20) : field(0, 23, 30), field(1, 31, 60), field(1, 12, 85), field(0, 7, 60));
    }

    QString recurrence()
    {
        static const char *const frequencies[] = {"minute", "hour", "day", "week", "month"};
        static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        const int f = pick(0, 4);
        QString json = QStringLiteral(R"({"frequency":"%1","interval":%2)").arg(QLatin1String(frequencies[f])).arg(pick(1, f < 2 ? 90 : 3));
        if (f >= 2 && chance(70)) {
            QStringList parts;
            parts.append(QStringLiteral(R"("hours":[%1,%2])").arg(pick(0, 4)).arg(pick(0, 23)));
            parts.append(QStringLiteral(R"("minutes":[%1,%2])").arg(pick(0, 59)).arg(pick(0, 59)));
            if (f >= 3 && chance(70))
                parts.append(QStringLiteral(R"("weekdays":["%1","%2"])").arg(QLatin1String(days[pick(0, 6)]), QLatin1String(days[pick(0, 6)])));
            json += QStringLiteral(R"(,"schedule":{%1})").arg(parts.join(QLatin1Char(',')));
        }
        json += QStringLiteral(R"(,"start_time":"2026-0%1-%2T0%3:%4:00"})").arg(pick(1, 2)).arg(pick(10, 28)).arg(pick(0, 4)).arg(pick(10, 59));
        return QStringLiteral("recurrence(%1)").arg(json);
    }

private:
    QRandomGenerator m_random;
};

// Should a fire happen at this instant (a whole minute or the rule's second)? Uses QTimeZone.
bool oracle(const CalendarRule &rule, const QTimeZone &zone, qint64 utc)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
    const int offset = zone.offsetFromUtc(at);
    const qint64 local = utc + offset;
    if (!rule.matchesLocal(local))
        return false;
    // Not the first instant with this reading if an earlier offset also produces it.
    for (qint64 back = 900; back <= 3 * 3600; back += 900) {
        const qint64 earlier = utc - back;
        const int o = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(earlier, Qt::UTC));
        if (o != offset && local - o < utc && zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(local - o, Qt::UTC)) == o)
            return false;
    }
    return true;
}

} // namespace

class TestScheduleProperties : public QObject
{
    Q_OBJECT

private slots:
    void randomExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        Generator g(20261123);
        int made = 0;
        while (made < 150) {
            const int kind = made % 3;
            const QString text = kind == 0 ? g.cron() : kind == 1 ? g.crontab() : g.recurrence();
            const QString zone = QString::fromLatin1(kZones[g.pick(0, 5)]);
            if (!ScheduleExpression::parse(text, zone))
                continue; // e.g. a step larger than allowed; only valid expressions are properties' input
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(made).arg(text))) << text << zone
                                                                                  << QString::fromLatin1(kFroms[g.pick(0, 6)]);
            ++made;
        }
    }

    void randomExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, from);
        auto parsed = ScheduleExpression::parse(expression, QStringLiteral("UTC"));
        // The recurrence's own zone is absent: use the row's zone.
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY(parsed && e);
        const qint64 start = QDateTime::fromString(from, Qt::ISODate).toSecsSinceEpoch();
        const QList<qint64> fires = e->preview(start, 30);
        // next(from) == first of preview(from); next(fire i) == fire i+1.
        QCOMPARE(e->next(start).value_or(-1), fires.isEmpty() ? -1 : fires.first());
        for (int i = 0; i + 1 < fires.size(); ++i) {
            QVERIFY(fires.at(i) < fires.at(i + 1));
            QCOMPARE(e->next(fires.at(i)).value_or(-1), fires.at(i + 1));
        }
        const std::optional<CalendarRule> rule = e->calendarRule(start);
        const QTimeZone tz = e->timeZone();
        if (!rule) {
            // Elapsed-time recurrences: equal spacing from the start.
            const qint64 period = qint64(e->recurrence()->interval) * (e->recurrence()->frequency == RecurrenceSpec::Frequency::Minute ? 60 : 3600);
            for (qint64 fire : fires)
                QCOMPARE((fire - *e->start()) % period, 0);
            return;
        }
        // Brute force over the window the fires cover (at most 40 days of minutes).
        const qint64 horizon = fires.isEmpty() ? start + 40 * 86400 : qMin(fires.last(), start + 40 * 86400);
        int index = 0;
        const qint64 firstMinute = start - start % 60 + rule->second + (rule->second <= start % 60 ? 60 : 0);
        for (qint64 t = firstMinute; t <= horizon; t += 60) {
            const bool expected = oracle(*rule, tz, t) && (!e->start() || t >= *e->start());
            const bool fired = index < fires.size() && fires.at(index) == t;
            if (expected != fired)
                QFAIL(qPrintable(QStringLiteral("%1 in %2: at %3 oracle says %4, engine says %5")
                                     .arg(expression, zone, QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate))
                                     .arg(expected)
                                     .arg(fired)));
            if (fired)
                ++index;
        }
        QVERIFY(index == fires.size() || fires.at(index) > horizon);
    }
};

QTEST_GUILESS_MAIN(TestScheduleProperties)
#include "tst_scheduleproperties.moc"

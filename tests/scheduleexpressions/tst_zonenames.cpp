// Zone names: every IANA name of the system's tz database (links included) and every Windows name
// Qt knows resolve to a valid zone under its canonical name; what is not a zone is refused.
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"

#include <QTest>

using namespace Pd::Schedule;

class TestZoneNames : public QObject
{
    Q_OBJECT

private slots:
    void everyWindowsNameResolves()
    {
        const QList<QByteArray> ids = windowsZoneIds();
        // CLDR's windowsZones has some 140 Windows zones; Qt 6.4 knows 139 of them.
        QVERIFY2(ids.size() >= 130, qPrintable(QString::number(ids.size())));
        for (const QByteArray &id : ids) {
            const std::optional<ZoneName> zone = resolveZoneName(QString::fromUtf8(id));
            QVERIFY2(zone, id.constData());
            QVERIFY2(zone->zone.isValid(), id.constData());
            // "UTC" is a Windows name too, and first of all the IANA one.
            QCOMPARE(zone->kind, id == "UTC" ? ZoneName::Kind::Canonical : ZoneName::Kind::Windows);
            QCOMPARE(zone->typed, QString::fromUtf8(id));
            QCOMPARE(QString::fromUtf8(zone->zone.id()), zone->canonical);
            // The canonical name is itself canonical.
            const std::optional<ZoneName> canonical = resolveZoneName(zone->canonical);
            QVERIFY2(canonical, qPrintable(zone->canonical));
            QCOMPARE(canonical->canonical, zone->canonical);
            QCOMPARE(canonical->kind, ZoneName::Kind::Canonical);
            QVERIFY(ScheduleExpression::parse(QStringLiteral("rate(1 hour)"), QString::fromUtf8(id)));
        }
    }

    void linksAndWindowsNamesFromTheIssue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("kind");
        QTest::newRow("Asia/Calcutta") << "Asia/Calcutta"
                                       << "Asia/Kolkata" << int(ZoneName::Kind::Link);
        QTest::newRow("US/Eastern") << "US/Eastern"
                                    << "America/New_York" << int(ZoneName::Kind::Link);
        QTest::newRow("Asia/Katmandu") << "Asia/Katmandu"
                                       << "Asia/Kathmandu" << int(ZoneName::Kind::Link);
        QTest::newRow("India") << "India Standard Time"
                               << "Asia/Kolkata" << int(ZoneName::Kind::Windows);
        QTest::newRow("Myanmar") << "Myanmar Standard Time"
                                 << "Asia/Yangon" << int(ZoneName::Kind::Windows);
        QTest::newRow("Nepal") << "Nepal Standard Time"
                               << "Asia/Kathmandu" << int(ZoneName::Kind::Windows);
        QTest::newRow("Pacific") << "Pacific Standard Time"
                                 << "America/Los_Angeles" << int(ZoneName::Kind::Windows);
        QTest::newRow("canonical") << "Asia/Seoul"
                                   << "Asia/Seoul" << int(ZoneName::Kind::Canonical);
        QTest::newRow("Etc zone Qt does not list") << "Etc/GMT+5"
                                                   << "Etc/GMT+5" << int(ZoneName::Kind::Canonical);
        QTest::newRow("utc any case") << " utc "
                                      << "UTC" << int(ZoneName::Kind::Canonical);
    }

    void linksAndWindowsNamesFromTheIssue()
    {
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        QFETCH(int, kind);
        const std::optional<ZoneName> zone = resolveZoneName(name);
        QVERIFY(zone);
        QCOMPARE(zone->typed, name.trimmed());
        QCOMPARE(zone->canonical, canonical);
        QCOMPARE(int(zone->kind), kind);
        QCOMPARE(zone->display(),
                 zone->typed == canonical ? canonical : QStringLiteral("%1 (%2)").arg(name.trimmed(), canonical));

        // The expression keeps the name as given and computes in the canonical zone: the same
        // instants as under the canonical name.
        auto typed = ScheduleExpression::parse(QStringLiteral("cron(0 9 * * ? *)"), name);
        auto byCanonical = ScheduleExpression::parse(QStringLiteral("cron(0 9 * * ? *)"), canonical);
        QVERIFY(typed && byCanonical);
        QCOMPARE(typed->zoneName().typed, name.trimmed());
        QCOMPARE(QString::fromUtf8(typed->timeZone().id()), canonical);
        const qint64 from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(typed->preview(from, 40), byCanonical->preview(from, 40));
    }

    void notZonesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"Nowhere/Else", "Asia", "posixrules", "right/UTC", "posix/Asia/Seoul", "../etc/passwd",
                                 "zone.tab", "tzdata.zi", "asia/seoul", "", "  "})
            QTest::newRow(name) << QString::fromUtf8(name);
    }

    void notZonesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!resolveZoneName(name));
        QVERIFY(!zoneFromName(name).isValid());
    }
};

QTEST_GUILESS_MAIN(TestZoneNames)
#include "tst_zonenames.moc"

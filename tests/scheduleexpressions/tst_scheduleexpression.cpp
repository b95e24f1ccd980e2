// Unit tests of models/schedule by concern: each dialect's parsing and matching, validation
// errors (field and position), the DST rules, the zone table, description, linter, converter.
#include "core/language.h"
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/schedulelinter.h"
#include "scheduleexpressions/zonetable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Pd::Schedule;

namespace {

qint64 instant(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

QString iso(qint64 s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QStringList previewOf(const QString &expression, const QString &zone, const char *from, int count)
{
    auto e = ScheduleExpression::parse(expression, zone);
    if (!e)
        return {QStringLiteral("error: ") + e.error().message};
    QStringList result;
    for (qint64 s : e->preview(instant(from), count))
        result.append(iso(s));
    return result;
}

} // namespace

class TestScheduleExpression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Pd::Language::instance()->setLanguage(QStringLiteral("en")); }

    // Fires by dialect and feature: expression, zone, from, expected (space separated).
    void fires_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        // EventBridge cron
        QTest::newRow("cron L") << "cron(0 12 L * ? *)" << "UTC" << "2028-01-15T00:00:00Z"
                                << "2028-01-31T12:00:00Z 2028-02-29T12:00:00Z 2028-03-31T12:00:00Z";
        QTest::newRow("cron LW") << "cron(0 9 LW * ? *)" << "UTC" << "2026-01-01T00:00:00Z"
                                 << "2026-01-30T09:00:00Z 2026-02-27T09:00:00Z 2026-03-31T09:00:00Z";
        QTest::newRow("cron 31W short month skipped") << "cron(0 9 31W * ? *)" << "UTC" << "2026-01-01T00:00:00Z"
                                                      << "2026-01-30T09:00:00Z 2026-03-31T09:00:00Z 2026-05-29T09:00:00Z";
        QTest::newRow("cron 1W saturday -> monday 3rd") << "cron(0 9 1W 8 ? 2026)" << "UTC" << "2026-01-01T00:00:00Z"
                                                        << "2026-08-03T09:00:00Z";
        QTest::newRow("cron L in day-of-week = saturday") << "cron(0 9 ? * L *)" << "UTC" << "2026-01-01T00:00:00Z"
                                                          << "2026-01-03T09:00:00Z 2026-01-10T09:00:00Z";
        QTest::newRow("cron 2#1 first monday") << "cron(0 9 ? * MON#1 *)" << "UTC" << "2026-01-01T00:00:00Z"
                                               << "2026-01-05T09:00:00Z 2026-02-02T09:00:00Z";
        QTest::newRow("cron wrap range FRI-MON") << "cron(0 9 ? * FRI-MON *)" << "UTC" << "2026-01-01T00:00:00Z"
                                                 << "2026-01-02T09:00:00Z 2026-01-03T09:00:00Z 2026-01-04T09:00:00Z 2026-01-05T09:00:00Z 2026-01-09T09:00:00Z";
        QTest::newRow("cron year list ends") << "cron(0 0 1 1 ? 2027,2029)" << "UTC" << "2026-01-01T00:00:00Z"
                                             << "2027-01-01T00:00:00Z 2029-01-01T00:00:00Z";
        QTest::newRow("cron 5/20 minutes") << "cron(5/20 0 * * ? *)" << "UTC" << "2026-01-01T00:00:00Z"
                                           << "2026-01-01T00:05:00Z 2026-01-01T00:25:00Z 2026-01-01T00:45:00Z 2026-01-02T00:05:00Z";
        QTest::newRow("cron lowercase names") << "cron(0 9 ? jan mon *)" << "UTC" << "2026-01-01T00:00:00Z"
                                              << "2026-01-05T09:00:00Z";
        // crontab
        QTest::newRow("crontab 7 is sunday") << "crontab(0 9 * * 7)" << "UTC" << "2026-01-01T00:00:00Z"
                                             << "2026-01-04T09:00:00Z 2026-01-11T09:00:00Z";
        QTest::newRow("crontab 5-7 = fri,sat,sun") << "crontab(0 9 * * 5-7)" << "UTC" << "2026-01-01T00:00:00Z"
                                                   << "2026-01-02T09:00:00Z 2026-01-03T09:00:00Z 2026-01-04T09:00:00Z 2026-01-09T09:00:00Z";
        QTest::newRow("crontab OR rule") << "crontab(0 0 1 * MON)" << "UTC" << "2026-01-01T00:00:00Z"
                                         << "2026-01-05T00:00:00Z 2026-01-12T00:00:00Z 2026-01-19T00:00:00Z 2026-01-26T00:00:00Z 2026-02-01T00:00:00Z";
        QTest::newRow("crontab */10 dom is restricted (OR)") << "crontab(0 0 */10 * 0)" << "UTC" << "2025-12-31T12:00:00Z"
                                                            << "2026-01-01T00:00:00Z 2026-01-04T00:00:00Z 2026-01-11T00:00:00Z";
        QTest::newRow("crontab * dom means AND") << "crontab(0 0 * * 0)" << "UTC" << "2026-01-01T00:00:00Z"
                                                 << "2026-01-04T00:00:00Z 2026-01-11T00:00:00Z";
        QTest::newRow("crontab Feb 30 never") << "crontab(0 0 30 2 *)" << "UTC" << "2026-01-01T00:00:00Z" << "";
        // rate and at
        QTest::newRow("rate minutes") << "rate(15 minutes)" << "UTC" << "2026-01-01T00:00:07Z"
                                      << "2026-01-01T00:15:07Z 2026-01-01T00:30:07Z";
        QTest::newRow("rate day ignores DST") << "rate(1 day)" << "America/New_York" << "2026-03-07T17:00:00Z"
                                              << "2026-03-08T17:00:00Z 2026-03-09T17:00:00Z";
        QTest::newRow("at past") << "at(2026-01-01T00:00:00)" << "UTC" << "2026-01-01T00:00:00Z" << "";
        QTest::newRow("at Kathmandu") << "at(2026-06-01T09:00:00)" << "Asia/Kathmandu" << "2026-01-01T00:00:00Z"
                                      << "2026-06-01T03:15:00Z";
        // recurrence
        QTest::newRow("recurrence minute from start") << R"(recurrence({"frequency":"minute","interval":20,"start_time":"2026-01-01T00:10:00"}))"
                                                      << "UTC" << "2026-01-01T00:40:00Z" << "2026-01-01T00:50:00Z 2026-01-01T01:10:00Z";
        QTest::newRow("recurrence week from start's Monday") << R"(recurrence({"frequency":"week","interval":2,"schedule":{"hours":[9],"minutes":[0],"weekdays":["sunday"]},"start_time":"2026-01-07T00:00:00"}))"
                                                             << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-11T09:00:00Z 2026-01-25T09:00:00Z";
        QTest::newRow("recurrence month weekdays") << R"(recurrence({"frequency":"month","interval":1,"schedule":{"hours":[9],"minutes":[0],"weekdays":["monday"]},"start_time":"2026-01-01T00:00:00"}))"
                                                   << "UTC" << "2026-01-25T00:00:00Z" << "2026-01-26T09:00:00Z 2026-02-02T09:00:00Z";
        QTest::newRow("recurrence windows zone") << R"(recurrence({"frequency":"day","interval":1,"schedule":{"hours":[9],"minutes":[0]},"start_time":"2026-01-01T00:00:00","time_zone":"Pacific Standard Time"}))"
                                                 << "UTC" << "2026-07-01T00:00:00Z" << "2026-07-01T16:00:00Z";
        QTest::newRow("recurrence start fires itself") << R"(recurrence({"frequency":"hour","interval":1,"start_time":"2026-01-01T05:00:00"}))"
                                                       << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-01T05:00:00Z 2026-01-01T06:00:00Z";
        QTest::newRow("timezone given as Windows name") << "cron(0 9 * * ? *)" << "Korea Standard Time" << "2026-01-01T00:00:00Z"
                                                        << "2026-01-02T00:00:00Z";
    }

    void fires()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, expected);
        const QStringList want = expected.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(previewOf(expression, zone, from.toLatin1().constData(), qMax(1, int(want.size()))), want);
    }

    // The DST rules: skip non-existent wall-clock times, fire once at the first of repeated ones.
    void dst_data() { fires_data_dst(); }
    void dst() { fires(); }

    void explainFlags()
    {
        auto e = ScheduleExpression::parse(QStringLiteral("cron(30 1,2 * * ? *)"), QStringLiteral("America/New_York"));
        QVERIFY(e);
        const QList<Fire> spring = e->explain(instant("2026-03-08T00:00:00Z"), 2);
        // 01:30 EST fires; 02:30 does not exist (skipped, listed); 01:30 next day...
        QCOMPARE(spring.size(), 3);
        QCOMPARE(spring.at(0).effect, DstEffect::None);
        QCOMPARE(spring.at(1).effect, DstEffect::Skipped);
        QCOMPARE(spring.at(2).effect, DstEffect::None);
        QCOMPARE(iso(spring.at(2).utc), QStringLiteral("2026-03-09T05:30:00Z"));
        const QList<Fire> fall = e->explain(instant("2026-11-01T00:00:00Z"), 2);
        QCOMPARE(fall.at(0).effect, DstEffect::Merged);
        QCOMPARE(iso(fall.at(0).utc), QStringLiteral("2026-11-01T05:30:00Z"));
        QCOMPARE(iso(fall.at(1).utc), QStringLiteral("2026-11-01T07:30:00Z"));

        auto rate = ScheduleExpression::parse(QStringLiteral("rate(1 day)"), QStringLiteral("Europe/London"));
        QVERIFY(rate);
        const QList<Fire> moved = rate->explain(instant("2026-03-27T12:00:00Z"), 3);
        QCOMPARE(moved.at(0).effect, DstEffect::None);
        QCOMPARE(moved.at(1).effect, DstEffect::Moved); // 12:00 GMT then 13:00 BST
        QCOMPARE(moved.at(2).effect, DstEffect::None);
    }

    // Errors name the field and point at the offending text.
    void errors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("dow range") << "cron(0 8 ? * 8 *)" << "day-of-week" << 13 << "day-of-week: 8 is out of range 1–7";
        QTest::newRow("need ? in dom") << "cron(0 8 1 * MON *)" << "day-of-month" << 9
                                       << "day-of-month: use ? in day-of-month when day-of-week is set";
        QTest::newRow("nL range") << "cron(0 8 ? * 9L *)" << "day-of-week" << 13 << "day-of-week: 9 is out of range 1–7";
        QTest::newRow("range end") << "cron(0 8 1-32 * ? *)" << "day-of-month" << 11 << "day-of-month: 32 is out of range 1–31";
        QTest::newRow("year") << "cron(0 8 * * ? 2200)" << "year" << 15 << "year: 2200 is out of range 1970–2199";
        QTest::newRow("field count") << "cron(0 8 * * ?)" << "expression" << 5
                                     << "cron() needs 6 fields (minutes hours day-of-month month day-of-week year), not 5";
        QTest::newRow("crontab step") << "crontab(*/0 * * * *)" << "minutes" << 10
                                      << "minutes: the step after / must be a positive number, not “0”";
        QTest::newRow("crontab backwards") << "crontab(0 9 * * 5-2)" << "day-of-week" << 16
                                           << "day-of-week: the range 5-2 runs backwards";
        QTest::newRow("rate unit") << "rate(5 weeks)" << "rate" << 7 << "rate: “weeks” is not a unit; use minute(s), hour(s) or day(s)";
        QTest::newRow("recurrence hours for minute") << R"(recurrence({"frequency":"minute","interval":5,"schedule":{"hours":[1]}}))"
                                                     << "schedule.hours" << 58 << "schedule.hours: only allowed when frequency is day, week or month";
        QTest::newRow("recurrence zone") << R"(recurrence({"frequency":"day","interval":1,"time_zone":"Mars/Olympus"}))"
                                         << "time_zone" << 43
                                         << "time_zone: “Mars/Olympus” is not a known time zone (IANA such as Asia/Seoul, or Windows such as Pacific Standard Time)";
        QTest::newRow("unbalanced") << "cron(0 8 * * ? *" << "expression" << 16 << "expression: write cron(...) with the closing parenthesis";
    }

    void errors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, field);
        QFETCH(int, position);
        QFETCH(QString, message);
        auto e = ScheduleExpression::parse(expression);
        QVERIFY(!e);
        QCOMPARE(e.error().code, Pd::Error::Code::InvalidInput);
        QCOMPARE(e.error().field, field);
        QCOMPARE(e.error().message, message);
        QCOMPARE(e.error().position, position);
    }

    void unknownZone()
    {
        auto e = ScheduleExpression::parse(QStringLiteral("rate(1 hour)"), QStringLiteral("Nowhere/Else"));
        QVERIFY(!e);
        QCOMPARE(e.error().field, QStringLiteral("timezone"));
    }

    // The cached table agrees with QTimeZone everywhere it is used.
    void zoneTableMatchesQTimeZone_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char *z : {"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "Asia/Seoul",
                              "America/Santiago", "UTC"})
            QTest::newRow(z) << QString::fromLatin1(z);
    }

    void zoneTableMatchesQTimeZone()
    {
        QFETCH(QString, zone);
        const QTimeZone tz = zoneFromName(zone);
        QVERIFY(tz.isValid());
        const auto table = ZoneTable::forZone(tz);
        QRandomGenerator random(42);
        const qint64 lo = instant("1971-01-01T00:00:00Z"), hi = instant("2199-12-31T00:00:00Z");
        for (int i = 0; i < 2000; ++i) {
            const qint64 s = lo + qint64(random.bounded(quint64(hi - lo)));
            QCOMPARE(table->offsetAt(s), tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(s, Qt::UTC)));
        }
        // Every transition: the instant before and at it.
        for (const auto &[at, offset] : table->transitions(lo, hi)) {
            QCOMPARE(table->offsetAt(at), tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)));
            QCOMPARE(table->offsetAt(at - 1), tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at - 1, Qt::UTC)));
            QCOMPARE(table->offsetAt(at), offset);
        }
    }

    void description_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en last friday") << "en" << "cron(15 10 ? * 6L *)" << "UTC" << "at 10:15 UTC on the last Friday of every month";
        QTest::newRow("ko last friday") << "ko" << "cron(15 10 ? * 6L *)" << "UTC" << "매월 마지막 금요일 10:15 (UTC)";
        QTest::newRow("en second tuesday") << "en" << "cron(0 10 ? * 3#2 *)" << "Asia/Seoul" << "at 10:00 Asia/Seoul on the second Tuesday of every month";
        QTest::newRow("ko second tuesday") << "ko" << "cron(0 10 ? * 3#2 *)" << "Asia/Seoul" << "매월 둘째 화요일 10:00 (Asia/Seoul)";
        QTest::newRow("en rate") << "en" << "rate(5 minutes)" << "UTC" << "every 5 minutes, counted from the start";
        QTest::newRow("ko rate") << "ko" << "rate(5 minutes)" << "UTC" << "시작 시각부터 5분마다";
        QTest::newRow("en weekdays") << "en" << "crontab(0 22 * * 1-5)" << "UTC"
                                     << "at 22:00 UTC on Monday, Tuesday, Wednesday, Thursday, and Friday";
        QTest::newRow("en every 15") << "en" << "cron(0/15 * * * ? *)" << "UTC" << "every 15 minutes, every day (UTC)";
        QTest::newRow("ko every 15") << "ko" << "cron(0/15 * * * ? *)" << "UTC" << "매일 15분마다 (UTC)";
        QTest::newRow("ko at") << "ko" << "at(2026-06-01T09:00:00)" << "UTC" << "2026-06-01 09:00 (UTC)에 한 번";
        QTest::newRow("en recurrence") << "en" << R"(recurrence({"frequency":"week","interval":2,"schedule":{"hours":[10],"minutes":[0],"weekdays":["monday","thursday"]},"start_time":"2026-01-05T00:00:00","time_zone":"Asia/Seoul"}))"
                                       << "UTC" << "at 10:00 Asia/Seoul every 2 weeks on Monday and Thursday";
        QTest::newRow("ko recurrence") << "ko" << R"(recurrence({"frequency":"week","interval":2,"schedule":{"hours":[10],"minutes":[0],"weekdays":["monday","thursday"]},"start_time":"2026-01-05T00:00:00","time_zone":"Asia/Seoul"}))"
                                       << "UTC" << "2주마다 월요일 및 목요일 10:00 (Asia/Seoul)";
    }

    void description()
    {
        QFETCH(QString, language);
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QVERIFY(Pd::Language::instance()->setLanguage(language));
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY(e);
        const QString text = describe(*e);
        Pd::Language::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(text, expected);
    }

    void lint_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("customBus");
        QTest::addColumn<QString>("target"); // as --for names it
        QTest::addColumn<QList<int>>("kinds");
        using K = LintWarning::Kind;
        QTest::newRow("31st") << "cron(0 9 31 * ? *)" << "UTC" << false << "any" << QList<int>{int(K::ShortMonths)};
        QTest::newRow("custom bus") << "rate(1 hour)" << "UTC" << true << "any" << QList<int>{int(K::CustomEventBus)};
        QTest::newRow("azure dom") << "crontab(0 9 15 * *)" << "UTC" << false << "azure-ml" << QList<int>{int(K::AzureIgnoresFields)};
        QTest::newRow("azure dom, any target") << "crontab(0 9 15 * *)" << "UTC" << false << "any" << QList<int>{};
        QTest::newRow("azure plain") << "crontab(0 9 * * 1)" << "UTC" << false << "azure-ml" << QList<int>{};
        // cron() becomes a crontab there, whose day-of-month Azure ML then ignores.
        QTest::newRow("azure cron dom") << "cron(0 9 15 * ? *)" << "UTC" << false << "azure-ml"
                                        << QList<int>{int(K::TargetDialect), int(K::AzureIgnoresFields)};
        QTest::newRow("azure cron L") << "cron(0 9 L * ? *)" << "UTC" << false << "azure-ml" << QList<int>{int(K::TargetDialect)};
        QTest::newRow("eventbridge at") << "at(2026-07-01T09:00:00)" << "UTC" << false << "eventbridge"
                                        << QList<int>{int(K::TargetDialect)};
        QTest::newRow("eventbridge zone") << "cron(0 9 * * ? *)" << "Asia/Seoul" << false << "eventbridge"
                                          << QList<int>{int(K::TargetTimeZone)};
        QTest::newRow("eventbridge Etc/UTC") << "cron(0 9 * * ? *)" << "Etc/UTC" << false << "eventbridge" << QList<int>{};
        QTest::newRow("eventbridge rate") << "rate(5 minutes)" << "UTC" << false << "eventbridge" << QList<int>{};
        QTest::newRow("scheduler crontab") << "crontab(0 9 * * 1-5)" << "Asia/Seoul" << false << "scheduler"
                                           << QList<int>{int(K::TargetDialect)};
        QTest::newRow("scheduler at in a zone") << "at(2026-07-01T09:00:00)" << "Asia/Seoul" << false << "scheduler"
                                                << QList<int>{};
        QTest::newRow("crontab cron") << "cron(0 9 ? * MON-FRI *)" << "UTC" << false << "crontab"
                                      << QList<int>{int(K::TargetDialect)};
        QTest::newRow("every minute") << "cron(* * * * ? *)" << "UTC" << false << "any" << QList<int>{int(K::EveryMinute)};
        QTest::newRow("end before start") << R"(recurrence({"frequency":"day","interval":1,"start_time":"2026-05-01T00:00:00","end_time":"2026-04-01T00:00:00"}))"
                                          << "UTC" << false << "any" << QList<int>{int(K::EndBeforeStart)};
        QTest::newRow("dst gap") << "cron(30 2 * * ? *)" << "America/New_York" << false << "any" << QList<int>{int(K::DstGap)};
        QTest::newRow("dst overlap then gap") << "cron(30 1 * * ? *)" << "Europe/London" << false << "any"
                                             << QList<int>{int(K::DstOverlap), int(K::DstGap)};
        QTest::newRow("dst none at noon") << "cron(0 12 * * ? *)" << "Europe/London" << false << "any" << QList<int>{};
        QTest::newRow("lord howe half hour") << "cron(45 1 * * ? *)" << "Australia/Lord_Howe" << false << "any"
                                             << QList<int>{int(K::DstOverlap)};
    }

    void lint()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(bool, customBus);
        QFETCH(QString, target);
        QFETCH(QList<int>, kinds);
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY(e);
        LintOptions options;
        options.ruleOnCustomEventBus = customBus;
        const std::optional<LintTarget> parsedTarget = lintTargetFromName(target);
        QVERIFY(parsedTarget);
        options.target = *parsedTarget;
        options.referenceUtc = instant("2026-06-01T00:00:00Z");
        QList<int> got;
        for (const LintWarning &w : Pd::Schedule::lint(*e, options)) {
            got.append(int(w.kind));
            QVERIFY(!w.message.isEmpty());
        }
        QCOMPARE(got, kinds);
    }

    // What each target is given: the expression itself, or its exact conversion, or why not.
    void expressionForTarget_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected"); // empty = no exact equivalent
        QTest::newRow("cron stays for a rule") << "cron(0 9 * * ? *)" << "UTC" << "eventbridge" << "cron(0 9 * * ? *)";
        QTest::newRow("at for a rule") << "at(2026-07-01T09:30:00)" << "UTC" << "eventbridge" << "cron(30 9 1 7 ? 2026)";
        QTest::newRow("crontab for Scheduler") << "crontab(0 9 * * 1-5)" << "Asia/Seoul" << "scheduler"
                                               << "cron(0 9 ? * 2-6 *)";
        QTest::newRow("cron for Azure ML") << "cron(0/15 1-3 ? * MON-FRI *)" << "UTC" << "azure-ml"
                                           << "crontab(0,15,30,45 1-3 * * 1-5)";
        // Azure ML has no one-time trigger: a crontab or recurrence would repeat every year.
        QTest::newRow("at for Azure ML") << "at(2026-07-01T09:30:00)" << "UTC" << "azure-ml" << "";
        QTest::newRow("rate for Azure ML") << "rate(2 hours)" << "UTC" << "azure-ml"
                                           << R"(recurrence({"frequency":"hour","interval":2,"time_zone":"UTC"}))";
        QTest::newRow("cron L for a crontab") << "cron(0 9 L * ? *)" << "UTC" << "crontab" << "";
        QTest::newRow("anything for any") << "crontab(0 9 * * 1-5)" << "UTC" << "any" << "crontab(0 9 * * 1-5)";
    }

    void expressionForTarget()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY(e);
        const Pd::Result<QString> there = expressionFor(*e, *lintTargetFromName(target));
        if (expected.isEmpty()) {
            QVERIFY(!there);
            QVERIFY(!there.error().message.isEmpty());
        } else {
            QVERIFY2(there, qPrintable(there ? QString() : there.error().message));
            QCOMPARE(there.value(), expected);
        }
    }

    void lintTargetNamesRoundTrip()
    {
        for (const QString &name : lintTargetNames())
            QCOMPARE(lintTargetName(*lintTargetFromName(name)), name);
        QCOMPARE(lintTargetFromName(QStringLiteral("Azure-ML")), LintTarget::AzureMl);
        QVERIFY(!lintTargetFromName(QStringLiteral("azure")));
    }

    // A conversion is exact: both expressions fire at the same instants around DST changes.
    void converter_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("cron->crontab") << "cron(0/15 1-3 ? * MON-FRI *)" << "America/New_York" << int(Dialect::Crontab)
                                       << "crontab(0,15,30,45 1-3 * * 1-5)";
        QTest::newRow("crontab->cron") << "crontab(30 1 1,15 * *)" << "Europe/London" << int(Dialect::Cron)
                                       << "cron(30 1 1,15 * ? *)";
        QTest::newRow("crontab OR refused") << "crontab(0 0 13 * 5)" << "UTC" << int(Dialect::Cron) << "";
        QTest::newRow("cron L refused") << "cron(0 0 L * ? *)" << "UTC" << int(Dialect::Crontab) << "";
        QTest::newRow("cron->recurrence week") << "cron(0 9 ? * MON,WED *)" << "America/New_York" << int(Dialect::Recurrence)
                                               << R"(recurrence({"frequency":"week","interval":1,"schedule":{"hours":[9],"minutes":[0],"weekdays":["monday","wednesday"]},"time_zone":"America/New_York"}))";
        QTest::newRow("recurrence->crontab") << R"(recurrence({"frequency":"day","interval":1,"schedule":{"hours":[1,2],"minutes":[30]},"time_zone":"America/New_York"}))"
                                             << "UTC" << int(Dialect::Crontab) << "crontab(30 1,2 * * *)";
        QTest::newRow("recurrence interval refused") << R"(recurrence({"frequency":"day","interval":2,"schedule":{"hours":[1],"minutes":[30]}}))"
                                                     << "UTC" << int(Dialect::Cron) << "";
        QTest::newRow("at->cron") << "at(2026-06-01T09:30:00)" << "UTC" << int(Dialect::Cron) << "cron(30 9 1 6 ? 2026)";
        QTest::newRow("rate->cron refused") << "rate(5 minutes)" << "UTC" << int(Dialect::Cron) << "";
        QTest::newRow("rate->recurrence") << "rate(2 days)" << "UTC" << int(Dialect::Recurrence)
                                          << R"(recurrence({"frequency":"hour","interval":48,"time_zone":"UTC"}))";
    }

    void converter()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(int, target);
        QFETCH(QString, expected);
        auto e = ScheduleExpression::parse(expression, zone);
        QVERIFY(e);
        auto converted = convertExpression(*e, Dialect(target));
        if (expected.isEmpty()) {
            QVERIFY(!converted);
            QVERIFY(converted.error().message.startsWith(QLatin1String("Cannot convert exactly: ")));
            return;
        }
        QVERIFY2(converted, qPrintable(converted.error().message));
        QCOMPARE(*converted, expected);
        auto back = ScheduleExpression::parse(*converted, QString::fromUtf8(e->timeZone().id()));
        QVERIFY(back);
        for (const char *from : {"2026-01-01T00:00:00Z", "2026-03-07T00:00:00Z", "2026-10-24T00:00:00Z", "2026-10-31T00:00:00Z"})
            QCOMPARE(back->preview(instant(from), 40), e->preview(instant(from), 40));
    }

    // Regressions found by the fuzzers (tests/fuzz).
    void fuzzRecurrenceErrorPositionInCharacters()
    {
        // Invalid UTF-8 in broken JSON: the parser's byte offset is past the text's end in characters.
        const QString text = QStringLiteral("recurrence({\"frequency\":\"day\",\"start_t") + QString(34, QChar(0xFFFD))
            + QStringLiteral("ime\":\"2026-01-01T00:00:00\",\"time_zone\":\"America/Los_Angele,3})");
        auto e = ScheduleExpression::parse(text);
        QVERIFY(!e);
        QVERIFY(e.error().position >= 0 && e.error().position <= text.size());
    }

    void fuzzAtBeforeCronYears()
    {
        auto e = ScheduleExpression::parse(QStringLiteral("at(0226-06-01T09:00:00)"));
        QVERIFY(e);
        QVERIFY(e->preview(instant("2026-01-01T00:00:00Z"), 1).isEmpty());
        // cron() cannot name year 226: the conversion is refused instead of producing an invalid cron().
        auto converted = convertExpression(*e, Dialect::Cron);
        QVERIFY(!converted);
        QCOMPARE(describe(*e), QStringLiteral("once at 0226-06-01 09:00 (UTC)"));
    }

    void fuzzRateBeyondRecurrenceInterval()
    {
        auto e = ScheduleExpression::parse(QStringLiteral("rate(555503371 minutes)"));
        QVERIFY(e);
        QVERIFY(!convertExpression(*e, Dialect::Recurrence)); // not an invalid recurrence()
        auto small = ScheduleExpression::parse(QStringLiteral("rate(4166 days)"));
        QVERIFY(small);
        QVERIFY(convertExpression(*small, Dialect::Recurrence)); // 99,984 hours
    }

private:
    void fires_data_dst()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NY spring skip") << "cron(30 2 * * ? *)" << "America/New_York" << "2026-03-07T00:00:00Z"
                                        << "2026-03-07T07:30:00Z 2026-03-09T06:30:00Z";
        QTest::newRow("NY fall once") << "crontab(30 1 * * *)" << "America/New_York" << "2026-10-31T12:00:00Z"
                                      << "2026-11-01T05:30:00Z 2026-11-02T06:30:00Z";
        QTest::newRow("NY fall from inside the repeat") << "cron(40 1 * * ? *)" << "America/New_York" << "2026-11-01T06:30:00Z"
                                                        << "2026-11-02T06:40:00Z";
        QTest::newRow("London at in gap") << "at(2026-03-29T01:30:00)" << "Europe/London" << "2026-01-01T00:00:00Z" << "";
        QTest::newRow("London fall once") << "cron(30 1 * * ? *)" << "Europe/London" << "2026-10-24T12:00:00Z"
                                          << "2026-10-25T00:30:00Z 2026-10-26T01:30:00Z";
        QTest::newRow("Lord Howe 30-min gap") << "cron(15 2 * * ? *)" << "Australia/Lord_Howe" << "2026-10-02T12:00:00Z"
                                              << "2026-10-02T15:45:00Z 2026-10-04T15:15:00Z";
        QTest::newRow("Lord Howe 30-min overlap") << "cron(45 1 * * ? *)" << "Australia/Lord_Howe" << "2027-04-02T12:00:00Z"
                                                  << "2027-04-02T14:45:00Z 2027-04-03T14:45:00Z 2027-04-04T15:15:00Z";
        QTest::newRow("Kathmandu +5:45") << "cron(0 9 * * ? *)" << "Asia/Kathmandu" << "2026-01-01T00:00:00Z"
                                         << "2026-01-01T03:15:00Z 2026-01-02T03:15:00Z";
        QTest::newRow("recurrence hour elapsed across fall") << R"(recurrence({"frequency":"hour","interval":1,"start_time":"2026-11-01T00:00:00","time_zone":"America/New_York"}))"
                                                             << "UTC" << "2026-11-01T04:30:00Z"
                                                             << "2026-11-01T05:00:00Z 2026-11-01T06:00:00Z 2026-11-01T07:00:00Z";
    }
};

QTEST_GUILESS_MAIN(TestScheduleExpression)
#include "tst_scheduleexpression.moc"

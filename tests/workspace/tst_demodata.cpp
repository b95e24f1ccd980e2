// The demo workspace tells a consistent story on whatever day it is seeded: an execution whose
// name embeds a date started on that date (UTC, as the nightly rule's cron()), and one whose name
// embeds a learning rate ran with it (issue 12).
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/pipelineservice.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Pd;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void namesAgreeWithDatesAndParameters_data();
    void namesAgreeWithDatesAndParameters();
};

void TestDemoData::namesAgreeWithDatesAndParameters_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("the demo's day") << PdTest::demoNow();
    // Just after midnight: "18 minutes ago" is yesterday, a month and a year back.
    QTest::newRow("new year, 00:05") << QDateTime(QDate(2027, 1, 1), QTime(0, 5), Qt::UTC);
    QTest::newRow("leap day, 23:59") << QDateTime(QDate(2028, 2, 29), QTime(23, 59), Qt::UTC);
    QTest::newRow("the machine's now") << QDateTime::currentDateTimeUtc();
}

void TestDemoData::namesAgreeWithDatesAndParameters()
{
    QFETCH(QDateTime, now);
    QTemporaryDir dir;
    ManualClock clock(now);
    Workspace::Options options;
    options.seedDemo = true;
    options.clock = &clock;
    auto opened = Workspace::open(dir.filePath("demo.sqlite"), options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Workspace &ws = *opened.value();

    QSqlQuery q(ws.database().db());
    QVERIFY(q.exec("SELECT arn FROM executions"));
    QStringList arns;
    while (q.next())
        arns.append(q.value(0).toString());
    QVERIFY(arns.size() >= 8);

    static const QRegularExpression day("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    static const QRegularExpression month("(?<!\\d)(20\\d{2})-(\\d{2})(?![\\d.])");
    static const QRegularExpression rate("lr-(\\d+(?:\\.\\d+)?)");
    int days = 0, months = 0, rates = 0;
    for (const QString &arn : arns) {
        const QString owner = arn.section(':', 4, 4);
        auto e = ws.pipelines().describeExecution(owner, arn);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        const QDate started = QDateTime::fromMSecsSinceEpoch(e->startTime, Qt::UTC).date();
        const QString name = e->displayName;
        if (const auto m = day.match(name); m.hasMatch()) {
            ++days;
            const QDate named(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            QVERIFY2(named == started, qPrintable(name + " started on " + started.toString(Qt::ISODate)));
        } else if (const auto m = month.match(name); m.hasMatch()) {
            ++months;
            QVERIFY2(m.captured(1).toInt() == started.year() && m.captured(2).toInt() == started.month(),
                     qPrintable(name + " started on " + started.toString(Qt::ISODate)));
        }
        if (const auto m = rate.match(name); m.hasMatch()) {
            ++rates;
            QString learningRate;
            for (const ExecutionParameter &p : e->parameters) {
                if (p.name == "LearningRate")
                    learningRate = p.value;
            }
            QVERIFY2(!learningRate.isEmpty() && learningRate.toDouble() == m.captured(1).toDouble(),
                     qPrintable(name + " ran with LearningRate " + learningRate));
        }
    }
    // The story has all three kinds of names: the checks above did check something.
    QCOMPARE(days, 3);
    QCOMPARE(months, 1);
    QCOMPARE(rates, 2);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"

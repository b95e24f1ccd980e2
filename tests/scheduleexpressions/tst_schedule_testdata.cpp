// Runs every reference case of ../shared/testdata/schedules through "pipelinedesk-cli schedule
// preview" in process: public.jsonl must reproduce the expected UTC instants exactly,
// invalid.jsonl must be refused with exit code 2 and a reason.
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QList<QJsonObject> readCases(const QString &name)
{
    QFile file(QStringLiteral(PD_TESTDATA_DIR "/schedules/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<QJsonObject> cases;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject())
            qFatal("bad test data line: %s", line.constData());
        cases.append(document.object());
    }
    return cases;
}

// The test data names the dialect separately; the CLI spells it in the expression
// (DESIGN.md: crontab as crontab(...), recurrence as recurrence({...})).
QString cliExpression(const QJsonObject &c)
{
    const QString dialect = c.value(QLatin1String("dialect")).toString();
    const QString expr = c.value(QLatin1String("expr")).toString();
    if (dialect == QLatin1String("crontab") && !expr.startsWith(QLatin1String("crontab(")))
        return QStringLiteral("crontab(%1)").arg(expr);
    if (dialect == QLatin1String("recurrence") && !expr.startsWith(QLatin1String("recurrence(")))
        return QStringLiteral("recurrence(%1)").arg(expr);
    return expr;
}

} // namespace

class TestScheduleTestData : public QObject
{
    Q_OBJECT

private slots:
    void publicCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QList<QJsonObject> cases = readCases(QStringLiteral("public.jsonl"));
        QCOMPARE(cases.size(), 99);
        for (const QJsonObject &c : cases)
            QTest::newRow(qPrintable(c.value(QLatin1String("id")).toString())) << c;
    }

    void publicCases()
    {
        QFETCH(QJsonObject, testCase);
        QStringList expected;
        for (const QJsonValue &v : testCase.value(QLatin1String("expected")).toArray())
            expected.append(v.toString());
        const PdTest::CliResult result = PdTest::runCli(
            {QStringLiteral("schedule"), QStringLiteral("preview"), QStringLiteral("--expression"), cliExpression(testCase),
             QStringLiteral("--timezone"), testCase.value(QLatin1String("tz")).toString(), QStringLiteral("--from"),
             testCase.value(QLatin1String("from")).toString(), QStringLiteral("--count"),
             QString::number(testCase.value(QLatin1String("count")).toInt())});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    }

    void invalidCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QList<QJsonObject> cases = readCases(QStringLiteral("invalid.jsonl"));
        QCOMPARE(cases.size(), 37);
        for (const QJsonObject &c : cases)
            QTest::newRow(qPrintable(c.value(QLatin1String("id")).toString())) << c;
    }

    void invalidCases()
    {
        QFETCH(QJsonObject, testCase);
        const PdTest::CliResult result = PdTest::runCli(
            {QStringLiteral("schedule"), QStringLiteral("preview"), QStringLiteral("--expression"), cliExpression(testCase),
             QStringLiteral("--timezone"), testCase.value(QLatin1String("tz")).toString(), QStringLiteral("--from"),
             QStringLiteral("2026-01-01T00:00:00Z")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        // The reason: "pipelinedesk-cli: <field>: <why>".
        QVERIFY2(result.err.startsWith(QLatin1String("pipelinedesk-cli: ")) && result.err.indexOf(QLatin1Char(':'), 18) > 0
                     && result.err.trimmed().size() > 30,
                 qPrintable(result.err));
        qDebug("%s -> %s", qPrintable(testCase.value(QLatin1String("reason")).toString()), qPrintable(result.err.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestScheduleTestData)
#include "tst_schedule_testdata.moc"

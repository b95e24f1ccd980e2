// Every reference case of ../shared/testdata/event-patterns: the interpreter, TestEventPattern
// and the compiled matcher must all give the expected result.
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/patternmatcher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestEventPatternTestData : public QObject
{
    Q_OBJECT

private slots:
    void publicCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QFile file(QStringLiteral(PD_TESTDATA_DIR "/event-patterns/public.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int count = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject c = QJsonDocument::fromJson(line).object();
            QVERIFY2(!c.isEmpty(), line.constData());
            QTest::newRow(qPrintable(c.value(QLatin1String("id")).toString())) << c;
            ++count;
        }
        QCOMPARE(count, 20);
    }

    void publicCases()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject pattern = testCase.value(QLatin1String("pattern")).toObject();
        const QJsonObject event = testCase.value(QLatin1String("event")).toObject();
        const bool expected = testCase.value(QLatin1String("result")).toBool();

        auto parsed = Pd::Events::EventPattern::fromJson(pattern);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->matches(event), expected);

        const Pd::Result<bool> api =
            Pd::Events::testEventPattern(QJsonDocument(pattern).toJson(), QJsonDocument(event).toJson());
        QVERIFY2(api.ok(), qPrintable(api.error().message));
        QCOMPARE(*api, expected);

        Pd::Events::PatternMatcher matcher;
        matcher.add(7, *parsed);
        matcher.build();
        QCOMPARE(matcher.match(event), expected ? std::vector<std::uint32_t>{7} : std::vector<std::uint32_t>{});
    }
};

QTEST_GUILESS_MAIN(TestEventPatternTestData)
#include "tst_eventpattern_testdata.moc"

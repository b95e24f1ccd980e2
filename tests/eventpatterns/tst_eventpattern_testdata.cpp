// Every reference case of ../shared/testdata/event-patterns, and of data/ruler-parity.jsonl (the
// same style: the cases where event-ruler, the matcher EventBridge uses, decides): the
// interpreter, TestEventPattern and the compiled matcher must all give the expected result. A
// case with "error" instead of "result" names the JSON path the refusal must point at.
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/patternmatcher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The text of a top-level member of a JSON object line, as written: pattern keys keep their
// order there, and event-ruler reads them in that order (QJsonObject sorts them).
QByteArray rawMember(const QByteArray &line, const QByteArray &name)
{
    qsizetype i = line.indexOf('{') + 1;
    const auto skipSpace = [&] {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line.at(i))))
            ++i;
    };
    const auto skipString = [&] { // at the opening quote; ends after the closing one
        for (++i; i < line.size() && line.at(i) != '"'; ++i) {
            if (line.at(i) == '\\')
                ++i;
        }
        ++i;
    };
    while (i > 0 && i < line.size()) {
        skipSpace();
        const qsizetype keyAt = i;
        skipString();
        const QByteArray key = line.mid(keyAt + 1, i - keyAt - 2);
        skipSpace();
        ++i; // ':'
        skipSpace();
        const qsizetype valueAt = i;
        int depth = 0;
        for (; i < line.size(); ++i) {
            const char c = line.at(i);
            if (c == '"') {
                skipString();
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (key == name)
            return line.mid(valueAt, i - valueAt).trimmed();
        ++i; // ',' or the closing brace
    }
    return {};
}

void addCases(const QString &fileName, int expectedCount)
{
    QTest::addColumn<QJsonObject>("testCase");
    QTest::addColumn<QByteArray>("patternText");
    QFile file(fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int count = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        QVERIFY2(!c.isEmpty(), line.constData());
        const QByteArray patternText = rawMember(line, "pattern");
        QVERIFY2(QJsonDocument::fromJson(patternText).object() == c.value(QLatin1String("pattern")).toObject(),
                 line.constData());
        QTest::newRow(qPrintable(c.value(QLatin1String("id")).toString())) << c << patternText;
        ++count;
    }
    QCOMPARE(count, expectedCount);
}

void runCase(const QJsonObject &testCase, const QByteArray &patternText)
{
    const QJsonObject event = testCase.value(QLatin1String("event")).toObject();
    const QByteArray eventText = QJsonDocument(event).toJson();

    auto parsed = Pd::Events::EventPattern::parse(patternText);
    if (testCase.contains(QLatin1String("error"))) {
        const QString field = testCase.value(QLatin1String("error")).toString();
        QVERIFY2(!parsed.ok(), "the pattern must be refused");
        QCOMPARE(parsed.error().field, field);
        // The message names the place itself (it is shown without the field).
        QVERIFY2(parsed.error().message.startsWith(field + QLatin1String(": ")), qPrintable(parsed.error().message));
        const Pd::Result<bool> api = Pd::Events::testEventPattern(patternText, eventText);
        QVERIFY(!api.ok());
        return;
    }
    const bool expected = testCase.value(QLatin1String("result")).toBool();
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->matches(event), expected);
    QCOMPARE(parsed->explain(event).matched, expected);

    // TestEventPattern wants a whole envelope; the small events of the parity cases are not one.
    if (Pd::Events::validateTestEvent(event).ok()) {
        const Pd::Result<bool> api = Pd::Events::testEventPattern(patternText, eventText);
        QVERIFY2(api.ok(), qPrintable(api.error().message));
        QCOMPARE(*api, expected);
    }

    Pd::Events::PatternMatcher matcher;
    matcher.add(7, *parsed);
    matcher.build();
    QCOMPARE(matcher.match(event), expected ? std::vector<std::uint32_t>{7} : std::vector<std::uint32_t>{});

    // The stored form (compact JSON) means the same.
    auto stored = Pd::Events::EventPattern::parse(parsed->toJson());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->matches(event), expected);
}

} // namespace

class TestEventPatternTestData : public QObject
{
    Q_OBJECT

private slots:
    void publicCases_data() { addCases(QStringLiteral(PD_TESTDATA_DIR "/event-patterns/public.jsonl"), 20); }

    void publicCases()
    {
        QFETCH(QJsonObject, testCase);
        QFETCH(QByteArray, patternText);
        runCase(testCase, patternText);
        // A pattern given as an object (no key order) means the same when no key repeats.
        auto fromObject = Pd::Events::EventPattern::fromJson(testCase.value(QLatin1String("pattern")).toObject());
        QVERIFY2(fromObject.ok(), qPrintable(fromObject.error().message));
        QCOMPARE(fromObject->matches(testCase.value(QLatin1String("event")).toObject()),
                 testCase.value(QLatin1String("result")).toBool());
    }

    void rulerParityCases_data()
    {
        addCases(QStringLiteral(PD_SOURCE_DIR "/tests/eventpatterns/data/ruler-parity.jsonl"), 47);
    }

    void rulerParityCases()
    {
        QFETCH(QJsonObject, testCase);
        QFETCH(QByteArray, patternText);
        runCase(testCase, patternText);
    }
};

QTEST_GUILESS_MAIN(TestEventPatternTestData)
#include "tst_eventpattern_testdata.moc"

// The compiled matcher: its contract (ids ascending and unique, repeated ids, rebuilds), the
// array-element cases it hands to the interpreter, and the property that proves it right: on
// random patterns and events (seeded) it must agree with EventPattern::matches every time.
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/patternmatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Pd::Events;

namespace {

EventPattern patternOf(const QByteArray &json)
{
    auto parsed = EventPattern::parse(json);
    if (!parsed)
        qFatal("bad test pattern %s: %s", json.constData(), qPrintable(parsed.error().message));
    return *parsed;
}

QJsonObject eventOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Random documents from a small vocabulary, so that patterns and events often meet.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QJsonObject event(int depth = 0)
    {
        QJsonObject object;
        const int fields = 1 + pick(4);
        for (int i = 0; i < fields; ++i)
            object.insert(key(), eventValue(depth));
        return object;
    }

    QJsonObject pattern(int depth = 0)
    {
        QJsonObject object;
        const int fields = 1 + pick(depth == 0 ? 3 : 2);
        for (int i = 0; i < fields; ++i) {
            if (depth < 2 && pick(4) == 0)
                object.insert(key(), pattern(depth + 1));
            else
                object.insert(key(), leaf());
        }
        if (depth < 2 && pick(6) == 0) {
            QJsonArray branches;
            const int count = 2 + pick(2);
            for (int i = 0; i < count; ++i)
                branches.append(pattern(depth + 1));
            object.insert(QStringLiteral("$or"), branches);
        }
        return object;
    }

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    QString key()
    {
        return QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}.at(
            pick(4));
    }

    QJsonValue string()
    {
        // Non-ASCII strings take the matcher's full lower-casing path; long ones share their last
        // units (affixes are hashed by length and a few units at their inner end).
        static const char *const strings[] = {"",
                                              "x",
                                              "xy",
                                              "Xy",
                                              "abc",
                                              "ab*c",
                                              "aBc",
                                              "10.0.0.5",
                                              "10.1.2.3",
                                              "2001:db8::1",
                                              "prod",
                                              "PROD",
                                              "250",
                                              "Prüf",
                                              "PRÜF",
                                              "arn:aws:s3:::bucket-1/part-0001.csv",
                                              "arn:aws:s3:::bucket-2/part-0001.csv",
                                              "arn:aws:s3:::bucket-1/part-0001.CSV"};
        return QString::fromUtf8(strings[pick(int(std::size(strings)))]);
    }
    QJsonValue number()
    {
        static const double numbers[] = {0, 1, -1, 2.5, 250, 1e9, -4e9};
        return numbers[pick(int(std::size(numbers)))];
    }
    QJsonValue scalar()
    {
        switch (pick(8)) {
        case 0: return QJsonValue(pick(2) == 0);
        case 1: return QJsonValue(QJsonValue::Null);
        case 2:
        case 3: return number();
        default: return string();
        }
    }

    QJsonValue eventValue(int depth)
    {
        const int kind = pick(10);
        if (kind == 0 && depth < 3)
            return event(depth + 1);
        if (kind == 1) {
            QJsonArray array;
            const int count = pick(4);
            for (int i = 0; i < count; ++i)
                array.append(pick(5) == 0 && depth < 3 ? QJsonValue(event(depth + 1)) : scalar());
            return array;
        }
        if (kind == 2 && depth < 3) {
            QJsonArray array;
            const int count = 1 + pick(3);
            for (int i = 0; i < count; ++i)
                array.append(event(depth + 1));
            return array;
        }
        return scalar();
    }

    QJsonValue alternative()
    {
        const auto obj = [](const char *name, const QJsonValue &v) {
            return QJsonObject{{QLatin1String(name), v}};
        };
        switch (pick(16)) {
        case 0: {
            static const char *const prefixes[] = {"a", "a", "10.", "arn:aws:s3:::bucket-1/", "arn:aws:s3:::bucket-"};
            return obj("prefix", QLatin1String(prefixes[pick(5)]));
        }
        case 1: return obj("prefix", obj("equals-ignore-case", pick(2) ? QStringLiteral("X") : QStringLiteral("prü")));
        case 2: {
            static const char *const suffixes[] = {"c", "y", "/part-0001.csv", "1/part-0001.csv"};
            return obj("suffix", QLatin1String(suffixes[pick(4)]));
        }
        case 3:
            return obj("suffix",
                       obj("equals-ignore-case", pick(2) ? QStringLiteral("BC") : QStringLiteral("0001.csv")));
        case 4: {
            static const char *const texts[] = {"prod", "ABC", "prüf"};
            return obj("equals-ignore-case", QString::fromUtf8(texts[pick(3)]));
        }
        case 5: {
            switch (pick(6)) {
            case 0: return obj("anything-but", string());
            case 1: return obj("anything-but", QJsonArray{string(), number()});
            case 2: return obj("anything-but", obj("prefix", QStringLiteral("a")));
            case 3: return obj("anything-but", obj("suffix", QStringLiteral("y")));
            case 4: return obj("anything-but", obj("equals-ignore-case", QJsonArray{QStringLiteral("PROD")}));
            default: return obj("anything-but", obj("wildcard", QStringLiteral("a*")));
            }
        }
        case 6: {
            static const char *const ops[] = {"=", "<", "<=", ">", ">="};
            if (pick(2))
                return obj("numeric", QJsonArray{QLatin1String(ops[pick(5)]), number()}); // "=" is filed as a number
            return obj("numeric",
                       QJsonArray{QLatin1String(pick(2) ? ">" : ">="), -1, QLatin1String(pick(2) ? "<" : "<="), 250});
        }
        case 7: return obj("exists", pick(2) == 0);
        case 8: {
            static const char *const blocks[] = {"10.0.0.0/8", "10.1.0.0/16", "10.0.0.5/32", "2001:db8::/32"};
            return obj("cidr", QLatin1String(blocks[pick(4)]));
        }
        case 9: {
            static const char *const globs[] = {"x*", "*c", "a*c", "*", "ab\\*c", "*b*"};
            return obj("wildcard", QLatin1String(globs[pick(6)]));
        }
        default: return scalar();
        }
    }

    QJsonArray leaf()
    {
        QJsonArray alternatives;
        const int count = 1 + pick(3);
        for (int i = 0; i < count; ++i)
            alternatives.append(alternative());
        return alternatives;
    }

    QRandomGenerator m_random;
};

std::vector<std::uint32_t> reference(const std::vector<std::pair<std::uint32_t, EventPattern>> &patterns,
                                     const QJsonObject &event)
{
    std::vector<std::uint32_t> ids;
    for (const auto &[id, pattern] : patterns) {
        if (pattern.matches(event))
            ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPatternMatcher : public QObject
{
    Q_OBJECT

private slots:
    void idsAscendingUnique()
    {
        PatternMatcher matcher;
        matcher.add(9, patternOf(R"({"source":["aws.s3"]})"));
        matcher.add(3, patternOf(R"({"source":[{"prefix":"aws."}]})"));
        matcher.add(9, patternOf(R"({"detail":{"size":[{"numeric":[">",10]}]}})"));
        matcher.add(5, patternOf(R"({"source":["other"]})"));
        matcher.add(1, patternOf(R"({"$or":[{"source":["aws.s3"]},{"detail":{"size":[100]}}]})"));
        QCOMPARE(matcher.size(), 5);
        matcher.build();
        const QJsonObject event = eventOf(R"({"source":"aws.s3","detail":{"size":100}})");
        QCOMPARE(matcher.match(event), (std::vector<std::uint32_t>{1, 3, 9}));
        std::vector<std::uint32_t> out{42};
        matcher.match(FlatEvent::fromJson(eventOf(R"({"source":"x"})")), out);
        QVERIFY(out.empty());
    }

    void unbuiltStillAnswers()
    {
        PatternMatcher matcher;
        matcher.add(2, patternOf(R"({"a":["x"]})"));
        matcher.build();
        matcher.add(1, patternOf(R"({"a":[{"prefix":"x"}]})"));
        QCOMPARE(matcher.match(eventOf(R"({"a":"x"})")), (std::vector<std::uint32_t>{1, 2}));
        matcher.build();
        QCOMPARE(matcher.match(eventOf(R"({"a":"x"})")), (std::vector<std::uint32_t>{1, 2}));
        matcher.clear();
        QCOMPARE(matcher.size(), 0);
        matcher.build();
        QVERIFY(matcher.match(eventOf(R"({"a":"x"})")).empty());
    }

    void keysThatLookLikePaths()
    {
        // "a.b" as one key and a → b nested are the same field, in patterns and in events, as
        // event-ruler joins key paths with dots (its README: "JSON keys with dots").
        PatternMatcher matcher;
        matcher.add(1, patternOf(R"({"a.b":["x"]})"));
        matcher.add(2, patternOf(R"({"a":{"b":["x"]}})"));
        matcher.add(3, patternOf(R"({"a":{"b.c":["y"]}})"));
        matcher.build();
        QCOMPARE(matcher.match(eventOf(R"({"a.b":"x"})")), (std::vector<std::uint32_t>{1, 2}));
        QCOMPARE(matcher.match(eventOf(R"({"a":{"b":"x"}})")), (std::vector<std::uint32_t>{1, 2}));
        QCOMPARE(matcher.match(eventOf(R"({"a.b.c":"y"})")), (std::vector<std::uint32_t>{3}));
        QCOMPARE(matcher.match(eventOf(R"({"a.b":{"c":"y"},"a":{"b":"x"}})")), (std::vector<std::uint32_t>{1, 2, 3}));
    }

    // Fields of one array element belong together (as event-ruler's JSON matching has it).
    void arrayElements_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<bool>("expected");
        const QByteArray items = R"({"items":[{"name":"a","size":1},{"name":"b","size":2,"tag":"t"}]})";
        QTest::newRow("one element") << QByteArray(R"({"items":{"name":["b"],"size":[2]}})") << items << true;
        QTest::newRow("two elements mixed") << QByteArray(R"({"items":{"name":["a"],"size":[2]}})") << items << false;
        QTest::newRow("absent in one element")
            << QByteArray(R"({"items":{"name":["a"],"tag":[{"exists":false}]}})") << items << true;
        QTest::newRow("absent in none") << QByteArray(R"({"items":{"name":["b"],"tag":[{"exists":false}]}})") << items
                                        << false;
        QTest::newRow("only absence") << QByteArray(R"({"items":{"tag":[{"exists":false}]}})") << items << true;
        QTest::newRow("sibling outside the array") << QByteArray(R"({"items":{"name":["a"]},"top":["y"]})")
                                                   << QByteArray(R"({"top":"y","items":[{"name":"a"}]})") << true;
        QTest::newRow("nested arrays of objects") << QByteArray(R"({"a":{"b":{"c":[1],"d":[2]}}})")
                                                  << QByteArray(R"({"a":[{"b":[{"c":1},{"d":2}]}]})") << false;
        QTest::newRow("nested arrays of objects together")
            << QByteArray(R"({"a":{"b":{"c":[1],"d":[2]}}})") << QByteArray(R"({"a":[{"b":[{"c":1},{"c":1,"d":2}]}]})")
            << true;
        QTest::newRow("$or in an element")
            << QByteArray(R"({"items":{"name":["a"],"$or":[{"size":[2]},{"tag":["t"]}]}})") << items << false;
    }

    void arrayElements()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, event);
        QFETCH(bool, expected);
        const EventPattern parsed = patternOf(pattern);
        QCOMPARE(parsed.matches(eventOf(event)), expected);
        PatternMatcher matcher;
        matcher.add(0, parsed);
        matcher.build();
        QCOMPARE(!matcher.match(eventOf(event)).empty(), expected);
    }

    // The proof: the compiled matcher and the interpreter agree on random patterns and events.
    void agreesWithInterpreter_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2026u, 77777u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void agreesWithInterpreter()
    {
        QFETCH(quint32, seed);
        Generator generator(seed);
        std::vector<std::pair<std::uint32_t, EventPattern>> patterns;
        PatternMatcher matcher;
        while (patterns.size() < 400) {
            const QJsonObject json = generator.pattern();
            auto parsed = EventPattern::fromJson(json);
            QVERIFY2(parsed.ok(),
                     qPrintable(QString::fromUtf8(text(json)) + QStringLiteral(" ") + parsed.error().message));
            // Some ids repeat, as a rule with several patterns would.
            const auto id = std::uint32_t(patterns.size() % 350);
            patterns.emplace_back(id, *parsed);
            matcher.add(id, *parsed);
        }
        matcher.build();
        int matchedPairs = 0;
        std::vector<std::uint32_t> out;
        for (int i = 0; i < 1500; ++i) {
            const QJsonObject event = generator.event();
            const std::vector<std::uint32_t> expected = reference(patterns, event);
            matcher.match(FlatEvent::fromJson(event), out);
            if (out != expected) {
                // Name the first pattern they disagree on, to make the failure readable.
                for (const auto &[id, pattern] : patterns) {
                    PatternMatcher single;
                    single.add(id, pattern);
                    single.build();
                    const bool compiled = !single.match(event).empty();
                    if (compiled != pattern.matches(event))
                        QFAIL(qPrintable(QStringLiteral("pattern %1 event %2: compiled %3, interpreter %4")
                                             .arg(QString::fromUtf8(pattern.toJson()), QString::fromUtf8(text(event)))
                                             .arg(compiled)
                                             .arg(!compiled)));
                }
                QStringList got, want;
                for (std::uint32_t id : out)
                    got.append(QString::number(id));
                for (std::uint32_t id : expected)
                    want.append(QString::number(id));
                QFAIL(qPrintable(
                    QStringLiteral("event %1: compiled [%2], interpreter [%3]")
                        .arg(QString::fromUtf8(text(event)), got.join(QLatin1Char(',')), want.join(QLatin1Char(',')))));
            }
            matchedPairs += int(expected.size());
        }
        // Not trivially empty: a good share of pairs match.
        QVERIFY2(matchedPairs > 1500, qPrintable(QString::number(matchedPairs)));
    }
};

QTEST_GUILESS_MAIN(TestPatternMatcher)
#include "tst_patternmatcher.moc"

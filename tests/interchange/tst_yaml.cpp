// The YAML ⇄ QJsonValue bridge (models/core/yaml.h).
#include "interchange/documentlimits.h"
#include "interchange/yaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pd;

class TestYaml : public QObject
{
    Q_OBJECT

private slots:
    void scalarsResolveAsTheCoreSchema_data();
    void scalarsResolveAsTheCoreSchema();
    void nestedMappingsAndLists();
    void koreanAndUnicodeRoundTrip();
    void stringsThatLookLikeOtherTypesAreQuoted_data();
    void stringsThatLookLikeOtherTypesAreQuoted();
    void keyOrderIsTheCallers();
    void aliasesAndCloudFormationTags();
    void errorsNameLineAndColumn_data();
    void errorsNameLineAndColumn();
    void jsonIsReadAsJsonWithLineNumbers();
    void orderedJson();
    void nestingAtTheLimitIsRead_data();
    void nestingAtTheLimitIsRead();
    void nestingBeyondTheLimitIsRefused_data();
    void nestingBeyondTheLimitIsRefused();
    void aliasesCountTheLevelsTheyBring();
    void depthScanSkipsStrings();
};

namespace {

// A document nested `levels` deep in one of the shapes an importer may meet.
QByteArray nested(const QByteArray &shape, int levels)
{
    if (shape == "json arrays")
        return QByteArray(levels, '[') + QByteArray(levels, ']');
    if (shape == "json objects")
        return QByteArray("{\"a\":").repeated(levels - 1) + "{}" + QByteArray(levels - 1, '}');
    if (shape == "yaml flow") // not starting with a bracket: libyaml reads it
        return "v: " + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']');
    if (shape == "yaml block sequences") // - - - x: one sequence inside the other on one line
        return QByteArray("- ").repeated(levels) + "x\n";
    if (shape == "yaml block mappings") {
        QByteArray text;
        for (int i = 0; i < levels - 1; ++i)
            text += QByteArray(i, ' ') + "k:\n";
        return text + QByteArray(levels - 1, ' ') + "k: x\n";
    }
    qFatal("unknown shape %s", shape.constData());
}

QStringList shapes()
{
    return {QStringLiteral("json arrays"), QStringLiteral("json objects"), QStringLiteral("yaml flow"),
            QStringLiteral("yaml block sequences"), QStringLiteral("yaml block mappings")};
}

} // namespace

void TestYaml::scalarsResolveAsTheCoreSchema_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("int") << QByteArray("v: 42") << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("v: -7") << QJsonValue(-7);
    QTest::newRow("hex") << QByteArray("v: 0x1F") << QJsonValue(31);
    QTest::newRow("float") << QByteArray("v: 2.5") << QJsonValue(2.5);
    QTest::newRow("true") << QByteArray("v: true") << QJsonValue(true);
    QTest::newRow("False") << QByteArray("v: False") << QJsonValue(false);
    QTest::newRow("null") << QByteArray("v: null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("tilde") << QByteArray("v: ~") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QByteArray("v:") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted number") << QByteArray("v: \"42\"") << QJsonValue(QStringLiteral("42"));
    QTest::newRow("single quoted") << QByteArray("v: 'true'") << QJsonValue(QStringLiteral("true"));
    QTest::newRow("!!str") << QByteArray("v: !!str 12") << QJsonValue(QStringLiteral("12"));
    QTest::newRow("yes stays text (1.2)") << QByteArray("v: yes") << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("cron text") << QByteArray("v: 0 * * * *") << QJsonValue(QStringLiteral("0 * * * *"));
    QTest::newRow("macro") << QByteArray("v: ${{name}}") << QJsonValue(QStringLiteral("${{name}}"));
    QTest::newRow("literal block") << QByteArray("v: |\n  a\n  b\n") << QJsonValue(QStringLiteral("a\nb\n"));
}

void TestYaml::scalarsResolveAsTheCoreSchema()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QJsonValue, expected);
    auto parsed = Yaml::parse(yaml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->toObject().value(QStringLiteral("v")), expected);
}

void TestYaml::nestedMappingsAndLists()
{
    const QByteArray yaml = "name: s1\n"
                            "trigger:\n"
                            "  type: recurrence\n"
                            "  schedule:\n"
                            "    hours: [4, 5]\n"
                            "    minutes:\n"
                            "      - 0\n"
                            "      - 30\n"
                            "list:\n"
                            "  - a: 1\n"
                            "    b: [x, {c: d}]\n"
                            "  - - nested\n"
                            "    - list\n"
                            "  - {}\n"
                            "  - []\n";
    auto parsed = Yaml::parse(yaml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QJsonObject o = parsed->toObject();
    QCOMPARE(o.value(QStringLiteral("trigger"))[QStringLiteral("schedule")][QStringLiteral("minutes")].toArray(),
             (QJsonArray{0, 30}));
    const QJsonArray list = o.value(QStringLiteral("list")).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0)[QStringLiteral("b")][1][QStringLiteral("c")].toString(), QStringLiteral("d"));
    QCOMPARE(list.at(1).toArray(), (QJsonArray{QStringLiteral("nested"), QStringLiteral("list")}));
    QCOMPARE(list.at(2).toObject(), QJsonObject());
    QCOMPARE(list.at(3).toArray(), QJsonArray());
    // And back: what we write reads as the same value.
    const QByteArray written = Yaml::toYaml(parsed.value());
    auto again = Yaml::parse(written);
    QVERIFY2(again.ok(), written.constData());
    QCOMPARE(again.value(), parsed.value());
    QVERIFY2(written.contains("  - - nested\n    - list\n"), written.constData());
}

void TestYaml::koreanAndUnicodeRoundTrip()
{
    const QJsonObject value{{QStringLiteral("description"), QStringLiteral("매일 오전 9시 학습 파이프라인")},
                            {QStringLiteral("이름"), QStringLiteral("값: 콜론")},
                            {QStringLiteral("emoji"), QStringLiteral("🚀 launch")},
                            {QStringLiteral("control"), QStringLiteral("tab\there\u0001")}};
    const QByteArray written = Yaml::toYaml(value);
    // Korean is written as UTF-8, not escaped.
    QVERIFY2(written.contains("description: 매일 오전 9시 학습 파이프라인\n"), written.constData());
    auto parsed = Yaml::parse(written);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->toObject(), value);
}

void TestYaml::stringsThatLookLikeOtherTypesAreQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    for (const char *text :
         {"true", "False", "null", "~",   "",    "42",    "-1.5",   "0x10",        "yes",   "off", "n",
          "a: b", "#x",    "x #y", "- a", "[a]", "{a}",   "*star",  "&anchor",     "!tag",  "|",   ">",
          "'q'",  "\"q\"", "%x",   "@x",  "`x`", " lead", "trail ", "line\nbreak", "ends:", "?",   ".inf"})
        QTest::newRow(text) << QString::fromUtf8(text) << true;
    for (const char *text :
         {"plain", "0 * * * *", "${{name}}", "azureml:my-pipeline:1", "Pacific Standard Time",
          "arn:aws:sagemaker:us-east-1:222222222222:pipeline/p", "2026-11-23T12:00:00Z", "a-b", "한국어"})
        QTest::newRow(text) << QString::fromUtf8(text) << false;
}

void TestYaml::stringsThatLookLikeOtherTypesAreQuoted()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    const QByteArray written = Yaml::toYaml(QJsonObject{{QStringLiteral("v"), text}});
    QCOMPARE(written.startsWith("v: \""), quoted);
    auto parsed = Yaml::parse(written);
    QVERIFY2(parsed.ok(), written.constData());
    QCOMPARE(parsed->toObject().value(QStringLiteral("v")).toString(), text);
    QVERIFY(parsed->toObject().value(QStringLiteral("v")).isString());
}

void TestYaml::keyOrderIsTheCallers()
{
    const QJsonObject value{{QStringLiteral("create_job"), QStringLiteral("x")},
                            {QStringLiteral("zeta"), 1},
                            {QStringLiteral("alpha"), 2},
                            {QStringLiteral("name"), QStringLiteral("s1")},
                            {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("interval"), 1},
                                                                    {QStringLiteral("type"), QStringLiteral("cron")}}}};
    Yaml::EmitOptions options;
    options.keyOrder = {QStringLiteral("name"), QStringLiteral("trigger"), QStringLiteral("type"),
                        QStringLiteral("create_job")};
    QCOMPARE(Yaml::toYaml(value, options), QByteArray("name: s1\n"
                                                      "trigger:\n"
                                                      "  type: cron\n"
                                                      "  interval: 1\n"
                                                      "create_job: x\n"
                                                      "alpha: 2\n"
                                                      "zeta: 1\n"));
}

void TestYaml::aliasesAndCloudFormationTags()
{
    const QByteArray yaml = "base: &b {x: 1}\n"
                            "copy: *b\n"
                            "ref: !Ref MyRole\n"
                            "att: !GetAtt MyRole.Arn\n"
                            "sub: !Sub 'arn:${AWS::Partition}:x'\n";
    auto parsed = Yaml::parse(yaml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QJsonObject o = parsed->toObject();
    QCOMPARE(o.value(QStringLiteral("copy")).toObject(), (QJsonObject{{QStringLiteral("x"), 1}}));
    QCOMPARE(o.value(QStringLiteral("ref")).toObject(),
             (QJsonObject{{QStringLiteral("Ref"), QStringLiteral("MyRole")}}));
    QCOMPARE(
        o.value(QStringLiteral("att")).toObject(),
        (QJsonObject{{QStringLiteral("Fn::GetAtt"), QJsonArray{QStringLiteral("MyRole"), QStringLiteral("Arn")}}}));
    QCOMPARE(o.value(QStringLiteral("sub"))[QStringLiteral("Fn::Sub")].toString(),
             QStringLiteral("arn:${AWS::Partition}:x"));
}

void TestYaml::errorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    QTest::newRow("bad indentation") << QByteArray("a: 1\nb:\n  c: 2\n d: 3\n") << QStringLiteral("line 4, column 2");
    QTest::newRow("unclosed quote") << QByteArray("a: 1\nb: \"open\n") << QStringLiteral("line 3");
    QTest::newRow("duplicate key") << QByteArray("name: a\ntrigger: x\nname: b\n")
                                   << QStringLiteral("line 3, column 1");
    QTest::newRow("unclosed flow") << QByteArray("hours: [1, 2\n") << QStringLiteral("line 2");
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << QStringLiteral("line 2, column 1");
    QTest::newRow("unknown alias") << QByteArray("a: *nope\n") << QStringLiteral("line 1, column 4");
    QTest::newRow("tab indent") << QByteArray("a:\n\tb: 1\n") << QStringLiteral("line 2");
}

void TestYaml::errorsNameLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    auto parsed = Yaml::parse(yaml);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QCOMPARE(parsed.error().field, QStringLiteral("yaml"));
    QVERIFY2(parsed.error().message.startsWith(where), qPrintable(parsed.error().message));
}

void TestYaml::jsonIsReadAsJsonWithLineNumbers()
{
    auto ok = Yaml::parseDocument("{\n  \"Name\": \"r1\",\n  \"N\": 1.5\n}");
    QVERIFY(ok.ok());
    QCOMPARE(ok->toObject().value(QStringLiteral("N")).toDouble(), 1.5);
    auto bad = Yaml::parseDocument("{\n  \"Name\": \"r1\",\n  \"State\" \"ENABLED\"\n}");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("line 3, column")), qPrintable(bad.error().message));
    // YAML that is not JSON still reads.
    auto yaml = Yaml::parseDocument("name: x\n");
    QVERIFY(yaml.ok());
    QCOMPARE(yaml->toObject().value(QStringLiteral("name")).toString(), QStringLiteral("x"));
}

void TestYaml::orderedJson()
{
    const QJsonObject value{
        {QStringLiteral("Targets"), QJsonArray{QJsonObject{{QStringLiteral("Id"), QStringLiteral("t")}}}},
        {QStringLiteral("Name"), QStringLiteral("r — 규칙")},
        {QStringLiteral("Empty"), QJsonArray()}};
    const QByteArray written = Yaml::toJson(value, {{QStringLiteral("Name"), QStringLiteral("Targets")}});
    QCOMPARE(written, QByteArray("{\n"
                                 "    \"Name\": \"r — 규칙\",\n"
                                 "    \"Targets\": [\n"
                                 "        {\n"
                                 "            \"Id\": \"t\"\n"
                                 "        }\n"
                                 "    ],\n"
                                 "    \"Empty\": []\n"
                                 "}\n"));
    QCOMPARE(QJsonDocument::fromJson(written).object(), value);
}

void TestYaml::nestingAtTheLimitIsRead_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const QString &shape : shapes())
        QTest::newRow(qPrintable(shape)) << nested(shape.toUtf8(), DocumentLimits::maxDepth);
}

void TestYaml::nestingAtTheLimitIsRead()
{
    QFETCH(QByteArray, text);
    QCOMPARE(DocumentLimits::maxDepth, 128);
    auto parsed = Yaml::parseDocument(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
}

void TestYaml::nestingBeyondTheLimitIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    for (const QString &shape : shapes()) {
        const QString field = shape.startsWith(QLatin1String("json")) ? QStringLiteral("json") : QStringLiteral("yaml");
        QTest::newRow(qPrintable(shape + QStringLiteral(", 129"))) << nested(shape.toUtf8(), DocumentLimits::maxDepth + 1)
                                                                   << field;
        // 100,000 levels took 22 to 47 seconds before the limit (growing quadratically); now the
        // parsers stop at level 129. The block mappings would be 5 GB of indentation: 2,000.
        const int deep = shape == QLatin1String("yaml block mappings") ? 2000 : 100000;
        QTest::newRow(qPrintable(shape + QStringLiteral(", %1").arg(deep))) << nested(shape.toUtf8(), deep) << field;
    }
}

void TestYaml::nestingBeyondTheLimitIsRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    auto parsed = Yaml::parseDocument(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.endsWith(QStringLiteral("the document nests deeper than 128 levels")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("line ")), qPrintable(parsed.error().message));
}

void TestYaml::aliasesCountTheLevelsTheyBring()
{
    // An anchor of 99 levels is fine alone and where it adds up to 128; one level more is not.
    auto document = [](int at) {
        return "a: &deep " + QByteArray(99, '[') + QByteArray(99, ']') + "\nb: " + QByteArray(at, '[') + "*deep" +
               QByteArray(at, ']') + "\n";
    };
    auto fits = Yaml::parse(document(28)); // the root mapping, 28 levels, and the alias's 99: 128
    QVERIFY2(fits.ok(), qPrintable(fits.error().message));
    auto deeper = Yaml::parse(document(29));
    QVERIFY(!deeper.ok());
    QVERIFY2(deeper.error().message.contains(QStringLiteral("deeper than 128 levels")), qPrintable(deeper.error().message));
}

void TestYaml::depthScanSkipsStrings()
{
    // Brackets in strings (escaped quotes too) are text, not levels.
    const QByteArray text = "{\"a\": \"" + QByteArray(500, '[') + "\\\"" + QByteArray(500, '{') + "\"}";
    QVERIFY(Yaml::checkJsonDepth(text, 1).ok());
    auto parsed = Yaml::parseDocument(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QVERIFY(!Yaml::checkJsonDepth("[[[]]]", 2).ok());
    QVERIFY(Yaml::checkJsonDepth("[[[]]]", 3).ok());
    QVERIFY(Yaml::checkJsonDepth("[[]][[]][[]]", 2).ok());
}

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"

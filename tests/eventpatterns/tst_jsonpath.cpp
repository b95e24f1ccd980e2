// JSONPath as EventBridge input paths use it: parsing (errors with a position), evaluation and
// the text a pipeline parameter receives.
#include "core/language.h"
#include "eventpatterns/jsonpath.h"

#include <QJsonDocument>
#include <QTest>

using namespace Pd::Events;

namespace {

QJsonObject sampleEvent()
{
    return QJsonDocument::fromJson(R"({"version":"0","id":"e1","detail-type":"SageMaker Endpoint State Change",
        "source":"aws.sagemaker","resources":["arn:a","arn:b"],
        "detail":{"param":{"value":"v1"},"latency":250,"drift":0.31,"ok":true,"owner":null,
                  "items":[{"name":"a"},{"name":"b","tags":["x","y"]}],"my key":"spaced","empty":""}})")
        .object();
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Pd::Language::instance()->setLanguage(QStringLiteral("en")); }

    void resolve_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dotted") << "$.detail.param.value"
                                << "v1";
        QTest::newRow("index") << "$.resources[1]"
                               << "arn:b";
        QTest::newRow("quoted single") << "$.detail['my key']"
                                       << "spaced";
        QTest::newRow("quoted double") << R"($["detail-type"])"
                                       << "SageMaker Endpoint State Change";
        QTest::newRow("dash in dotted name") << "$.detail-type"
                                             << "SageMaker Endpoint State Change";
        QTest::newRow("array of objects") << "$.detail.items[1].name"
                                          << "b";
        QTest::newRow("nested index") << "$.detail.items[1].tags[0]"
                                      << "x";
        QTest::newRow("integer") << "$.detail.latency"
                                 << "250";
        QTest::newRow("fraction") << "$.detail.drift"
                                  << "0.31";
        QTest::newRow("bool") << "$.detail.ok"
                              << "true";
        QTest::newRow("null") << "$.detail.owner"
                              << "null";
        QTest::newRow("empty string") << "$.detail.empty"
                                      << "";
        QTest::newRow("object compact") << "$.detail.param"
                                        << R"({"value":"v1"})";
        QTest::newRow("array compact") << "$.resources"
                                       << R"(["arn:a","arn:b"])";
    }

    void resolve()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        auto parsed = JsonPath::parse(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->toString(), path);
        auto value = parsed->resolveToString(sampleEvent());
        QVERIFY2(value.ok(), qPrintable(value.error().message));
        QCOMPARE(*value, expected);
    }

    void root()
    {
        auto parsed = JsonPath::parse(QStringLiteral("$"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->evaluate(sampleEvent()).value().toObject(), sampleEvent());
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing key") << "$.detail.missing";
        QTest::newRow("index past the end") << "$.resources[2]";
        QTest::newRow("index into object") << "$.detail[0]";
        QTest::newRow("name into array") << "$.resources.name";
        QTest::newRow("name into string") << "$.source.x";
    }

    void notFound()
    {
        QFETCH(QString, path);
        auto parsed = JsonPath::parse(path);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->evaluate(sampleEvent()).has_value());
        auto value = parsed->resolveToString(sampleEvent());
        QVERIFY(!value.ok());
        QCOMPARE(value.error().code, Pd::Error::Code::InvalidInput);
        QCOMPARE(value.error().message, path + QStringLiteral(" found nothing in the event."));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("position");
        QTest::newRow("no dollar") << "detail.x" << 0;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("empty name") << "$.detail..x" << 9;
        QTest::newRow("trailing dot") << "$.detail." << 9;
        QTest::newRow("bad index") << "$.resources[x]" << 11;
        QTest::newRow("negative index") << "$.resources[-1]" << 11;
        QTest::newRow("unclosed bracket") << "$.resources[1" << 11;
        QTest::newRow("unclosed quote") << "$['detail" << 1;
        QTest::newRow("junk after dollar") << "$detail" << 1;
    }

    void invalid()
    {
        QFETCH(QString, path);
        QFETCH(int, position);
        auto parsed = JsonPath::parse(path);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Pd::Error::Code::InvalidInput);
        QCOMPARE(parsed.error().field, QStringLiteral("path"));
        QCOMPARE(parsed.error().position, position);
        QVERIFY(parsed.error().message.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"

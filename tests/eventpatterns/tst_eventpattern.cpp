// Event patterns by concern: every operator alone and combined, arrays in the event, null and
// empty strings, validation errors (the JSON path and why), explanations, TestEventPattern.
#include "core/language.h"
#include "eventpatterns/eventpattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Pd::Events;

namespace {

// A SageMaker endpoint event with a bit of everything: numbers, arrays, arrays of objects, null,
// an empty string, IP addresses.
const char kEvent[] = R"({"version":"0","id":"e1","detail-type":"SageMaker Endpoint State Change",
  "source":"aws.sagemaker","account":"111111111111","time":"2026-03-01T08:00:00Z","region":"ap-northeast-2",
  "resources":["arn:aws:sagemaker:ap-northeast-2:111111111111:endpoint/churn"],
  "detail":{"EndpointName":"churn-Model","EndpointStatus":"FAILED","FailureReason":"drift",
    "metrics":{"latency":250,"drift":0.31,"negative":-3},"labels":["prod","kr"],"owner":null,"comment":"",
    "src":"192.168.1.20","src6":"2001:db8::17","enabled":true,"star":"a*b","nested":[[1,2],[3]],
    "items":[{"name":"a","size":1},{"name":"b","size":2}],"empty":[],"code":"250"}})";

QJsonObject sampleEvent()
{
    return QJsonDocument::fromJson(kEvent).object();
}

EventPattern patternOf(const QByteArray &json)
{
    auto parsed = EventPattern::parse(json);
    if (!parsed)
        qFatal("bad test pattern %s: %s", json.constData(), qPrintable(parsed.error().message));
    return *parsed;
}

} // namespace

class TestEventPattern : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Pd::Language::instance()->setLanguage(QStringLiteral("en")); }

    void matches_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<bool>("expected");
        // Exact values and alternatives
        QTest::newRow("exact") << QByteArray(R"({"source":["aws.sagemaker"]})") << true;
        QTest::newRow("exact is case sensitive") << QByteArray(R"({"source":["AWS.sagemaker"]})") << false;
        QTest::newRow("alternatives") << QByteArray(R"({"source":["aws.s3","aws.sagemaker"]})") << true;
        QTest::newRow("two fields AND") << QByteArray(R"({"source":["aws.sagemaker"],"region":["us-east-1"]})")
                                        << false;
        QTest::newRow("nested") << QByteArray(R"({"detail":{"metrics":{"latency":[250]}}})") << true;
        QTest::newRow("number equals float") << QByteArray(R"({"detail":{"metrics":{"latency":[250.0]}}})") << true;
        QTest::newRow("number is not string") << QByteArray(R"({"detail":{"metrics":{"latency":["250"]}}})") << false;
        QTest::newRow("string is not number") << QByteArray(R"({"detail":{"code":[250]}})") << false;
        QTest::newRow("negative number") << QByteArray(R"({"detail":{"metrics":{"negative":[-3]}}})") << true;
        QTest::newRow("boolean") << QByteArray(R"({"detail":{"enabled":[true]}})") << true;
        QTest::newRow("boolean false") << QByteArray(R"({"detail":{"enabled":[false]}})") << false;
        QTest::newRow("null") << QByteArray(R"({"detail":{"owner":[null]}})") << true;
        QTest::newRow("null is not empty") << QByteArray(R"({"detail":{"owner":[""]}})") << false;
        QTest::newRow("empty string") << QByteArray(R"({"detail":{"comment":[""]}})") << true;
        QTest::newRow("empty is not null") << QByteArray(R"({"detail":{"comment":[null]}})") << false;
        QTest::newRow("absent field") << QByteArray(R"({"detail":{"ErrorCode":["x"]}})") << false;
        QTest::newRow("null does not match absent") << QByteArray(R"({"detail":{"ErrorCode":[null]}})") << false;
        QTest::newRow("object field is no value") << QByteArray(R"({"detail":{"metrics":["x"]}})") << false;
        // Arrays in the event
        QTest::newRow("array any element") << QByteArray(R"({"detail":{"labels":["kr"]}})") << true;
        QTest::newRow("array no element") << QByteArray(R"({"detail":{"labels":["us"]}})") << false;
        QTest::newRow("nested arrays") << QByteArray(R"({"detail":{"nested":[3]}})") << true;
        QTest::newRow("array of objects") << QByteArray(R"({"detail":{"items":{"name":["b"]}}})") << true;
        QTest::newRow("array element together")
            << QByteArray(R"({"detail":{"items":{"name":["b"],"size":[2]}}})") << true;
        QTest::newRow("array elements not mixed")
            << QByteArray(R"({"detail":{"items":{"name":["a"],"size":[2]}}})") << false;
        QTest::newRow("array exists false in one element")
            << QByteArray(R"({"detail":{"items":{"name":["a"],"color":[{"exists":false}]}}})") << true;
        QTest::newRow("empty array is absent") << QByteArray(R"({"detail":{"empty":[{"exists":false}]}})") << true;
        QTest::newRow("empty array not exists") << QByteArray(R"({"detail":{"empty":[{"exists":true}]}})") << false;
        // prefix / suffix
        QTest::newRow("prefix") << QByteArray(R"({"detail":{"EndpointName":[{"prefix":"churn"}]}})") << true;
        QTest::newRow("prefix case") << QByteArray(R"({"detail":{"EndpointName":[{"prefix":"CHURN"}]}})") << false;
        QTest::newRow("prefix ignore case")
            << QByteArray(R"({"detail":{"EndpointName":[{"prefix":{"equals-ignore-case":"CHURN-m"}}]}})") << true;
        QTest::newRow("prefix on array") << QByteArray(R"({"resources":[{"prefix":"arn:aws:sagemaker:"}]})") << true;
        QTest::newRow("prefix not on number")
            << QByteArray(R"({"detail":{"metrics":{"latency":[{"prefix":"2"}]}}})") << false;
        QTest::newRow("empty prefix") << QByteArray(R"({"detail":{"comment":[{"prefix":""}]}})") << true;
        QTest::newRow("suffix") << QByteArray(R"({"detail":{"EndpointName":[{"suffix":"Model"}]}})") << true;
        QTest::newRow("suffix miss") << QByteArray(R"({"detail":{"EndpointName":[{"suffix":"model"}]}})") << false;
        QTest::newRow("suffix ignore case")
            << QByteArray(R"({"detail":{"EndpointName":[{"suffix":{"equals-ignore-case":"MODEL"}}]}})") << true;
        // equals-ignore-case
        QTest::newRow("ignore case") << QByteArray(R"({"detail":{"EndpointStatus":[{"equals-ignore-case":"failed"}]}})")
                                     << true;
        QTest::newRow("ignore case miss")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"equals-ignore-case":"fail"}]}})") << false;
        // anything-but
        QTest::newRow("anything-but value")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":"IN_SERVICE"}]}})") << true;
        QTest::newRow("anything-but same")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":"FAILED"}]}})") << false;
        QTest::newRow("anything-but list")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":["FAILED","DELETING"]}]}})") << false;
        QTest::newRow("anything-but number")
            << QByteArray(R"({"detail":{"metrics":{"latency":[{"anything-but":[100,200]}]}}})") << true;
        QTest::newRow("anything-but number same")
            << QByteArray(R"({"detail":{"metrics":{"latency":[{"anything-but":250}]}}})") << false;
        QTest::newRow("anything-but absent")
            << QByteArray(R"({"detail":{"ErrorCode":[{"anything-but":"x"}]}})") << false;
        QTest::newRow("anything-but prefix")
            << QByteArray(R"({"detail":{"EndpointName":[{"anything-but":{"prefix":"ch"}}]}})") << false;
        QTest::newRow("anything-but prefix other")
            << QByteArray(R"({"detail":{"EndpointName":[{"anything-but":{"prefix":"xg"}}]}})") << true;
        QTest::newRow("anything-but suffix")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":{"suffix":"ED"}}]}})") << false;
        QTest::newRow("anything-but ignore case")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":{"equals-ignore-case":["failed","x"]}}]}})")
            << false;
        QTest::newRow("anything-but wildcard")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":{"wildcard":"F*D"}}]}})") << false;
        QTest::newRow("anything-but wildcard other")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"anything-but":{"wildcard":["X*","*Y"]}}]}})") << true;
        QTest::newRow("anything-but on array: one element not excluded")
            << QByteArray(R"({"detail":{"labels":[{"anything-but":"prod"}]}})") << true;
        QTest::newRow("anything-but on array: all excluded")
            << QByteArray(R"({"detail":{"labels":[{"anything-but":["prod","kr"]}]}})") << false;
        // numeric
        QTest::newRow("numeric =") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":["=",250]}]}}})")
                                   << true;
        QTest::newRow("numeric <") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":["<",250]}]}}})")
                                   << false;
        QTest::newRow("numeric <=") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":["<=",250]}]}}})")
                                    << true;
        QTest::newRow("numeric >") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":[">",250]}]}}})")
                                   << false;
        QTest::newRow("numeric >=") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":[">=",250]}]}}})")
                                    << true;
        QTest::newRow("numeric range") << QByteArray(
                                              R"({"detail":{"metrics":{"drift":[{"numeric":[">",0.3,"<=",0.31]}]}}})")
                                       << true;
        QTest::newRow("numeric range out")
            << QByteArray(R"({"detail":{"metrics":{"drift":[{"numeric":[">",0.1,"<",0.3]}]}}})") << false;
        QTest::newRow("numeric negative")
            << QByteArray(R"({"detail":{"metrics":{"negative":[{"numeric":["<",0]}]}}})") << true;
        QTest::newRow("numeric not on string") << QByteArray(R"({"detail":{"code":[{"numeric":["=",250]}]}})") << false;
        QTest::newRow("numeric on array") << QByteArray(R"({"detail":{"nested":[{"numeric":[">",2]}]}})") << true;
        // exists
        QTest::newRow("exists true") << QByteArray(R"({"detail":{"FailureReason":[{"exists":true}]}})") << true;
        QTest::newRow("exists true absent") << QByteArray(R"({"detail":{"ErrorCode":[{"exists":true}]}})") << false;
        QTest::newRow("exists false") << QByteArray(R"({"detail":{"ErrorCode":[{"exists":false}]}})") << true;
        QTest::newRow("exists false present")
            << QByteArray(R"({"detail":{"FailureReason":[{"exists":false}]}})") << false;
        QTest::newRow("exists true on null") << QByteArray(R"({"detail":{"owner":[{"exists":true}]}})") << true;
        QTest::newRow("exists true on object") << QByteArray(R"({"detail":{"metrics":[{"exists":true}]}})") << false;
        QTest::newRow("exists false under absent object")
            << QByteArray(R"({"nothing":{"here":[{"exists":false}]}})") << true;
        QTest::newRow("exists false or value")
            << QByteArray(R"({"detail":{"EndpointStatus":[{"exists":false},"FAILED"]}})") << true;
        // cidr
        QTest::newRow("cidr v4") << QByteArray(R"({"detail":{"src":[{"cidr":"192.168.0.0/16"}]}})") << true;
        QTest::newRow("cidr v4 out") << QByteArray(R"({"detail":{"src":[{"cidr":"192.168.2.0/24"}]}})") << false;
        QTest::newRow("cidr v4 /32") << QByteArray(R"({"detail":{"src":[{"cidr":"192.168.1.20/32"}]}})") << true;
        QTest::newRow("cidr v4 /0") << QByteArray(R"({"detail":{"src":[{"cidr":"0.0.0.0/0"}]}})") << true;
        QTest::newRow("cidr v6") << QByteArray(R"({"detail":{"src6":[{"cidr":"2001:db8::/32"}]}})") << true;
        QTest::newRow("cidr v6 out") << QByteArray(R"({"detail":{"src6":[{"cidr":"2001:db9::/32"}]}})") << false;
        QTest::newRow("cidr family") << QByteArray(R"({"detail":{"src6":[{"cidr":"0.0.0.0/0"}]}})") << false;
        QTest::newRow("cidr not an ip") << QByteArray(R"({"detail":{"EndpointName":[{"cidr":"0.0.0.0/0"}]}})") << false;
        // wildcard
        QTest::newRow("wildcard") << QByteArray(R"({"detail":{"EndpointName":[{"wildcard":"ch*-*l"}]}})") << true;
        QTest::newRow("wildcard miss") << QByteArray(R"({"detail":{"EndpointName":[{"wildcard":"ch*x"}]}})") << false;
        QTest::newRow("wildcard only star") << QByteArray(R"({"detail":{"comment":[{"wildcard":"*"}]}})") << true;
        QTest::newRow("wildcard no star exact")
            << QByteArray(R"({"detail":{"EndpointName":[{"wildcard":"churn-Model"}]}})") << true;
        QTest::newRow("wildcard escaped star") << QByteArray(R"({"detail":{"star":[{"wildcard":"a\\*b"}]}})") << true;
        QTest::newRow("wildcard escaped star is literal")
            << QByteArray(R"({"detail":{"EndpointName":[{"wildcard":"churn\\*"}]}})") << false;
        QTest::newRow("wildcard overlapping pieces")
            << QByteArray(R"({"detail":{"EndpointName":[{"wildcard":"c*n*n-M*"}]}})") << false;
        // $or
        QTest::newRow("$or first") << QByteArray(R"({"$or":[{"source":["aws.sagemaker"]},{"region":["x"]}]})") << true;
        QTest::newRow("$or none")
            << QByteArray(
                   R"({"$or":[{"source":["aws.s3"]},{"detail":{"metrics":{"latency":[{"numeric":["<",100]}]}}}]})")
            << false;
        QTest::newRow("$or with sibling AND")
            << QByteArray(R"({"source":["aws.s3"],"$or":[{"region":["ap-northeast-2"]},{"account":["1"]}]})") << false;
        QTest::newRow("$or nested")
            << QByteArray(
                   R"({"detail":{"$or":[{"EndpointStatus":["IN_SERVICE"]},{"$or":[{"owner":[null]},{"x":["y"]}]}]}})")
            << true;
        QTest::newRow("$or inside array element")
            << QByteArray(R"({"detail":{"items":{"name":["a"],"$or":[{"size":[2]},{"size":[3]}]}}})") << false;
        QTest::newRow("$or inside array element match")
            << QByteArray(R"({"detail":{"items":{"name":["b"],"$or":[{"size":[2]},{"size":[3]}]}}})") << true;
        // Mixed alternatives in one field
        QTest::newRow("mixed alternatives")
            << QByteArray(R"({"detail":{"EndpointStatus":["IN_SERVICE",{"prefix":"FAI"},{"numeric":[">",1]}]}})")
            << true;
        QTest::newRow("everything at once")
            << QByteArray(R"({"source":[{"prefix":"aws."}],"detail-type":[{"wildcard":"*State Change"}],
                 "detail":{"EndpointStatus":[{"anything-but":"IN_SERVICE"}],"metrics":{"latency":[{"numeric":[">=",100,"<",300]}]},
                 "src":[{"cidr":"192.168.1.0/24"}],"ErrorCode":[{"exists":false}],"EndpointName":[{"equals-ignore-case":"CHURN-MODEL"}]}})")
            << true;
    }

    void matches()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(bool, expected);
        const EventPattern parsed = patternOf(pattern);
        QCOMPARE(parsed.matches(sampleEvent()), expected);
        QCOMPARE(parsed.explain(sampleEvent()).matched, expected);
        if (!expected)
            QVERIFY(!parsed.explain(sampleEvent()).reason.isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("not json") << QByteArray("{") << "$"
                                  << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[]") << "$"
                                       << "must be a JSON object";
        QTest::newRow("empty") << QByteArray("{}") << "$"
                               << "at least one field";
        QTest::newRow("empty nested") << QByteArray(R"({"detail":{}})") << "$.detail"
                                      << "at least one field";
        QTest::newRow("scalar leaf") << QByteArray(R"({"source":"aws.s3"})") << "$.source"
                                     << "must be an array";
        QTest::newRow("empty array") << QByteArray(R"({"source":[]})") << "$.source"
                                     << "at least one value";
        QTest::newRow("nested array") << QByteArray(R"({"source":[["a"]]})") << "$.source[0]"
                                      << "not an array";
        QTest::newRow("two operators") << QByteArray(R"({"source":[{"prefix":"a","suffix":"b"}]})") << "$.source[0]"
                                       << "exactly one operator";
        QTest::newRow("unknown operator") << QByteArray(R"({"source":[{"contains":"a"}]})") << "$.source[0].contains"
                                          << "“contains” is not an operator";
        QTest::newRow("prefix number") << QByteArray(R"({"source":[{"prefix":1}]})") << "$.source[0].prefix"
                                       << "prefix needs a string";
        QTest::newRow("suffix bad object") << QByteArray(R"({"source":[{"suffix":{"x":"a"}}]})") << "$.source[0].suffix"
                                           << "suffix needs a string";
        QTest::newRow("numeric empty") << QByteArray(R"({"detail":{"latency":[{"numeric":[]}]}})")
                                       << "$.detail.latency[0].numeric"
                                       << "an operator followed by a number";
        QTest::newRow("numeric string") << QByteArray(R"({"detail":{"latency":[{"numeric":[">","5"]}]}})")
                                        << "$.detail.latency[0].numeric"
                                        << "an operator followed by a number";
        QTest::newRow("numeric bad operator")
            << QByteArray(R"({"detail":{"latency":[{"numeric":["!=",5]}]}})") << "$.detail.latency[0].numeric[0]"
            << "“!=” is not a numeric operator";
        QTest::newRow("numeric out of range")
            << QByteArray(R"({"detail":{"latency":[{"numeric":[">",6e9]}]}})") << "$.detail.latency[0].numeric[1]"
            << "between -5.0e9 and 5.0e9";
        QTest::newRow("numeric upper first")
            << QByteArray(R"({"detail":{"latency":[{"numeric":["<",5,">",1]}]}})") << "$.detail.latency[0].numeric[2]"
            << "lower bound";
        QTest::newRow("numeric = in range")
            << QByteArray(R"({"detail":{"latency":[{"numeric":["=",5,"<",6]}]}})") << "$.detail.latency[0].numeric[0]"
            << "lower bound";
        QTest::newRow("numeric inverted")
            << QByteArray(R"({"detail":{"latency":[{"numeric":[">",5,"<",1]}]}})") << "$.detail.latency[0].numeric"
            << "below its upper bound";
        QTest::newRow("exists string") << QByteArray(R"({"a":[{"exists":"yes"}]})") << "$.a[0].exists"
                                       << "true or false";
        QTest::newRow("cidr bad") << QByteArray(R"({"a":[{"cidr":"10.0.0.300/8"}]})") << "$.a[0].cidr"
                                  << "not a CIDR block";
        QTest::newRow("cidr no length") << QByteArray(R"({"a":[{"cidr":"10.0.0.0"}]})") << "$.a[0].cidr"
                                        << "not a CIDR block";
        QTest::newRow("cidr v6 too long") << QByteArray(R"({"a":[{"cidr":"2001:db8::/129"}]})") << "$.a[0].cidr"
                                          << "not a CIDR block";
        QTest::newRow("ignore case number")
            << QByteArray(R"({"a":[{"equals-ignore-case":5}]})") << "$.a[0].equals-ignore-case"
            << "needs a string";
        QTest::newRow("wildcard double star") << QByteArray(R"({"a":[{"wildcard":"a**b"}]})") << "$.a[0].wildcard"
                                              << "consecutive stars";
        QTest::newRow("wildcard bad escape") << QByteArray(R"({"a":[{"wildcard":"a\\b"}]})") << "$.a[0].wildcard"
                                             << "may only escape";
        QTest::newRow("anything-but empty list")
            << QByteArray(R"({"a":[{"anything-but":[]}]})") << "$.a[0].anything-but"
            << "at least one value";
        QTest::newRow("anything-but object in list")
            << QByteArray(R"({"a":[{"anything-but":[{"x":1}]}]})") << "$.a[0].anything-but[0]"
            << "strings or numbers";
        QTest::newRow("anything-but numeric")
            << QByteArray(R"({"a":[{"anything-but":{"numeric":[">",1]}}]})") << "$.a[0].anything-but.numeric"
            << "can not be used inside anything-but";
        QTest::newRow("anything-but empty prefix")
            << QByteArray(R"({"a":[{"anything-but":{"prefix":""}}]})") << "$.a[0].anything-but.prefix"
            << "non-empty string";
        QTest::newRow("anything-but bad wildcard")
            << QByteArray(R"({"a":[{"anything-but":{"wildcard":["x","**"]}}]})") << "$.a[0].anything-but.wildcard[1]"
            << "consecutive stars";
        QTest::newRow("$or one branch") << QByteArray(R"({"$or":[{"a":["b"]}]})") << "$.$or"
                                        << "at least two patterns";
        QTest::newRow("$or not array") << QByteArray(R"({"$or":{"a":["b"]}})") << "$.$or"
                                       << "at least two patterns";
        QTest::newRow("$or scalar branch") << QByteArray(R"({"$or":[{"a":["b"]},"x"]})") << "$.$or[1]"
                                           << "must be an object";
        QTest::newRow("$or bad branch") << QByteArray(R"({"detail":{"$or":[{"a":["b"]},{"c":"d"}]}})")
                                        << "$.detail.$or[1].c"
                                        << "must be an array";
        QTest::newRow("quoted key path") << QByteArray(R"({"my key":"x"})") << "$['my key']"
                                         << "must be an array";
    }

    void invalid()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QString, path);
        QFETCH(QString, why);
        auto parsed = EventPattern::parse(pattern);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Pd::Error::Code::InvalidInput);
        QCOMPARE(parsed.error().field, path);
        QVERIFY2(parsed.error().message.startsWith(path + QStringLiteral(": ")), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
    }

    void tooManyCombinations()
    {
        // Eleven independent $or pairs expand to 2^11 patterns: refused, like EventBridge does.
        QJsonObject root;
        for (int i = 0; i < 11; ++i) {
            QJsonArray branches{QJsonObject{{QStringLiteral("a%1").arg(i), QJsonArray{1}}},
                                QJsonObject{{QStringLiteral("b%1").arg(i), QJsonArray{2}}}};
            root.insert(QStringLiteral("f%1").arg(i), QJsonObject{{QStringLiteral("$or"), branches}});
        }
        auto parsed = EventPattern::fromJson(root);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("$"));
        root.remove(QStringLiteral("f10"));
        root.remove(QStringLiteral("f9"));
        QVERIFY(EventPattern::fromJson(root).ok());
    }

    void storedFormKeepsTheOrderWritten()
    {
        // The order of keys decides which condition on a repeated field stands (event-ruler
        // reads keys in order), so the stored form keeps it; only white space between tokens goes.
        auto pattern = EventPattern::parse("\xEF\xBB\xBF{ \"b\": [\"x y\"],\n  \"a b\": [ \"\\\" z\" ] }\n");
        QVERIFY2(pattern.ok(), qPrintable(pattern.error().message));
        QCOMPARE(pattern->toJson(), QByteArray("{\"b\":[\"x y\"],\"a b\":[\"\\\" z\"]}"));
        QVERIFY(pattern->matches(QJsonObject{{QStringLiteral("b"), QStringLiteral("x y")},
                                             {QStringLiteral("a b"), QStringLiteral("\" z")}}));
    }

    void roundTrip()
    {
        const QByteArray json = R"({"detail":{"EndpointStatus":["FAILED"]},"source":["aws.sagemaker"]})";
        const EventPattern pattern = patternOf(json);
        QCOMPARE(pattern.toJson(), json);
        QCOMPARE(EventPattern(pattern).json(), QJsonDocument::fromJson(json).object());
        QVERIFY(!EventPattern().matches(sampleEvent()));
    }

    void explain_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not one of") << QByteArray(R"({"detail":{"EndpointStatus":["IN_SERVICE"]}})")
                                    << "$.detail.EndpointStatus"
                                    << R"($.detail.EndpointStatus: "FAILED" is not one of "IN_SERVICE")";
        QTest::newRow("not one of several")
            << QByteArray(R"({"source":["aws.sagemaker"],"detail":{"EndpointStatus":["IN_SERVICE","CREATING"]}})")
            << "$.detail.EndpointStatus"
            << R"($.detail.EndpointStatus: "FAILED" is not one of "IN_SERVICE", "CREATING")";
        QTest::newRow("absent") << QByteArray(R"({"detail":{"ErrorCode":[{"exists":true}]}})") << "$.detail.ErrorCode"
                                << "$.detail.ErrorCode is not in the event.";
        QTest::newRow("operator") << QByteArray(R"({"detail":{"metrics":{"latency":[{"numeric":["<",100]}]}}})")
                                  << "$.detail.metrics.latency"
                                  << R"($.detail.metrics.latency: 250 does not match [{"numeric":["<",100]}])";
        QTest::newRow("must be absent")
            << QByteArray(R"({"detail":{"FailureReason":[{"exists":false}]}})") << "$.detail.FailureReason"
            << R"($.detail.FailureReason is in the event ("drift"); the pattern needs it absent.)";
        QTest::newRow("array") << QByteArray(R"({"detail":{"labels":["us"]}})") << "$.detail.labels"
                               << R"($.detail.labels: ["prod","kr"] is not one of "us")";
        QTest::newRow("$or")
            << QByteArray(R"({"$or":[{"source":["aws.s3"]},{"region":["x"]}]})") << "$.source"
            << R"(None of the $or patterns matches; the first: $.source: "aws.sagemaker" is not one of "aws.s3")";
        QTest::newRow("array of objects")
            << QByteArray(R"({"detail":{"items":{"name":["c"]}}})") << "$.detail.items"
            << R"(No element of $.detail.items matches; in the first: $.detail.items[0].name: "a" is not one of "c")";
        QTest::newRow("matched") << QByteArray(R"({"source":["aws.sagemaker"]})") << ""
                                 << "";
    }

    void explain()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const EventPattern::Explanation e = patternOf(pattern).explain(sampleEvent());
        QCOMPARE(e.matched, field.isEmpty());
        QCOMPARE(e.field, field);
        QCOMPARE(e.reason, reason);
    }

    void testEventPattern_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 error
        QTest::addColumn<QString>("message");
        const QByteArray event = kEvent;
        QTest::newRow("true") << QByteArray(R"({"source":["aws.sagemaker"]})") << event << 1 << "";
        QTest::newRow("false") << QByteArray(R"({"source":["aws.s3"]})") << event << 0 << "";
        QTest::newRow("bad pattern") << QByteArray(R"({"source":"aws.s3"})") << event << -1
                                     << "event-pattern: $.source: must be an array";
        QTest::newRow("bad event json") << QByteArray(R"({"source":["a"]})") << QByteArray("{") << -1
                                        << "event: $: the event is not valid JSON";
        QTest::newRow("event array") << QByteArray(R"({"source":["a"]})") << QByteArray("[]") << -1
                                     << "event: $: the event must be a JSON object";
        const char *const required[] = {"id", "account", "source", "time", "region", "resources", "detail-type"};
        for (const char *name : required) {
            QJsonObject e = sampleEvent();
            e.remove(QLatin1String(name));
            QTest::addRow("missing %s", name)
                << QByteArray(R"({"source":["aws.sagemaker"]})") << QJsonDocument(e).toJson() << -1
                << QStringLiteral("event: $.%1: the event needs the field “%1”.").arg(QLatin1String(name));
        }
        QJsonObject e = sampleEvent();
        e.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
        QTest::newRow("bad time") << QByteArray(R"({"source":["a"]})") << QJsonDocument(e).toJson() << -1
                                  << "event: $.time: “yesterday” is not an ISO-8601 time";
        e = sampleEvent();
        e.insert(QStringLiteral("resources"), QStringLiteral("arn"));
        QTest::newRow("resources not array") << QByteArray(R"({"source":["a"]})") << QJsonDocument(e).toJson() << -1
                                             << "event: $.resources: “resources” must be an array.";
        e = sampleEvent();
        e.insert(QStringLiteral("account"), 111111111111.0);
        QTest::newRow("account not string") << QByteArray(R"({"source":["a"]})") << QJsonDocument(e).toJson() << -1
                                            << "event: $.account: “account” must be a string.";
    }

    void testEventPattern()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, event);
        QFETCH(int, expected);
        QFETCH(QString, message);
        const Pd::Result<bool> result = Pd::Events::testEventPattern(pattern, event);
        if (expected < 0) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, Pd::Error::Code::InvalidInput);
            QCOMPARE(result.error().exitCode(), 2);
            QVERIFY(result.error().field == QLatin1String("event") ||
                    result.error().field == QLatin1String("event-pattern"));
            QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(*result, expected == 1);
        }
    }

    void validateTestEventAcceptsTheSample() { QVERIFY(validateTestEvent(sampleEvent()).ok()); }
};

QTEST_GUILESS_MAIN(TestEventPattern)
#include "tst_eventpattern.moc"

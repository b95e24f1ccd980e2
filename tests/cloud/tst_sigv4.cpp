#include "cloud/sigv4.h"

#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

#include <type_traits>

using namespace Pd;

namespace {

// The credentials type must not be printable: a QDebug (or qWarning) of it does not compile.
template<typename T, typename = void> struct IsDebugPrintable : std::false_type
{
};
template<typename T>
struct IsDebugPrintable<T, std::void_t<decltype(std::declval<QDebug &>() << std::declval<const T &>())>>
    : std::true_type
{
};
static_assert(!IsDebugPrintable<AwsCredentials>::value, "AwsCredentials must never be streamed to a log");
static_assert(IsDebugPrintable<QByteArray>::value, "the detector itself works");

const QString SuiteDir = QStringLiteral(PD_TESTDATA_DIR "/sigv4/botocore-aws4_testsuite");
const QString GeneratedFile = QStringLiteral(PD_TESTDATA_DIR "/sigv4/botocore-generated.jsonl");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    bytes.replace("\r\n", "\n");
    return bytes;
}

QDateTime utc(const QString &amzDate)
{
    const QDate date = QDate::fromString(amzDate.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(amzDate.mid(9, 6), QStringLiteral("HHmmss"));
    return QDateTime(date, time, QTimeZone::utc());
}

// A raw HTTP/1.1 request of the suite: request line, headers (a line starting with white space
// continues the previous header), a blank line, the body.
SigV4Request parseRawRequest(const QByteArray &raw)
{
    SigV4Request request;
    const QList<QByteArray> lines = raw.split('\n');
    const QByteArray &first = lines.value(0);
    const qsizetype space = first.indexOf(' ');
    const qsizetype version = first.lastIndexOf(" HTTP/");
    request.method = first.left(space);
    const QByteArray target = first.mid(space + 1, version - space - 1);
    qsizetype i = 1;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QByteArray &line = lines[i];
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second.append('\n').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append(HttpHeader(line.left(colon), line.mid(colon + 1)));
    }
    if (i < lines.size())
        request.body = lines.mid(i + 1).join('\n');
    QByteArray host;
    for (const auto &[name, value] : request.headers)
        if (name.compare("host", Qt::CaseInsensitive) == 0)
            host = value.trimmed();
    request.url = "https://" + host + target;
    return request;
}

QByteArray hexOf(const QByteArray &bytes)
{
    return bytes.toHex();
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    // Every case of the AWS test suite as botocore ships it: .req in, .creq, .sts and .authz out.
    void awsSuite_data()
    {
        QTest::addColumn<QString>("base");
        QDirIterator it(SuiteDir, {QStringLiteral("*.req")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList bases;
        while (it.hasNext()) {
            const QString path = it.next();
            bases.append(path.chopped(4));
        }
        bases.sort();
        QVERIFY2(bases.size() >= 34,
                 qPrintable(QStringLiteral("only %1 suite cases in %2").arg(bases.size()).arg(SuiteDir)));
        for (const QString &base : std::as_const(bases))
            QTest::newRow(qPrintable(QFileInfo(base).fileName())) << base;
    }
    void awsSuite()
    {
        QFETCH(QString, base);
        const QString name = QFileInfo(base).fileName();
        const SigV4Request request = parseRawRequest(readAll(base + QStringLiteral(".req")));
        AwsCredentials credentials{
            QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}};
        // The suite's two session-token cases sign with a token its README names (the .req of the
        // first does not carry it; the second carries it as a header, which the token replaces).
        if (name == QLatin1String("get-vanilla-with-session-token"))
            credentials.sessionToken =
                QStringLiteral("6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267");
        if (name == QLatin1String("post-sts-header-before")) {
            for (const auto &[header, value] : request.headers)
                if (header.compare("X-Amz-Security-Token", Qt::CaseInsensitive) == 0)
                    credentials.sessionToken = QString::fromUtf8(value);
            QVERIFY(!credentials.sessionToken.isEmpty());
        }
        const SigV4Signature s = SigV4::sign(request, credentials, QStringLiteral("us-east-1"),
                                             QStringLiteral("service"), utc(QStringLiteral("20150830T123600Z")));
        QCOMPARE(s.canonicalRequest, readAll(base + QStringLiteral(".creq")));
        QCOMPARE(s.stringToSign, readAll(base + QStringLiteral(".sts")));
        QCOMPARE(s.authorization, readAll(base + QStringLiteral(".authz")));
    }

    // Every line of the cases botocore generated for this project's services.
    void botocoreGenerated_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        QFile file(GeneratedFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(GeneratedFile));
        int count = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QTest::newRow(qPrintable(object.value(QLatin1String("id")).toString())) << object;
            ++count;
        }
        QVERIFY(count >= 50);
    }
    void botocoreGenerated()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject input = testCase.value(QLatin1String("input")).toObject();
        const QJsonObject expected = testCase.value(QLatin1String("expected")).toObject();
        SigV4Request request;
        request.method = input.value(QLatin1String("method")).toString().toUtf8();
        request.url = input.value(QLatin1String("url")).toString().toUtf8();
        request.body = input.value(QLatin1String("body")).toString().toUtf8();
        for (const QJsonValue &header : input.value(QLatin1String("headers")).toArray())
            request.headers.append(HttpHeader(header[0].toString().toUtf8(), header[1].toString().toUtf8()));
        QCOMPARE(SigV4::sha256Hex(request.body), input.value(QLatin1String("body_sha256")).toString().toLatin1());
        const AwsCredentials credentials{input.value(QLatin1String("access_key")).toString(),
                                         input.value(QLatin1String("secret_key")).toString(),
                                         input.value(QLatin1String("session_token")).toString()};
        const SigV4Signature s = SigV4::sign(request, credentials, input.value(QLatin1String("region")).toString(),
                                             input.value(QLatin1String("service")).toString(),
                                             utc(input.value(QLatin1String("timestamp")).toString()));
        auto text = [&](const char *key) {
            return expected.value(QLatin1String(key)).toString().toUtf8();
        };
        QCOMPARE(s.canonicalRequest, text("canonical_request"));
        QCOMPARE(s.stringToSign, text("string_to_sign"));
        QCOMPARE(s.credentialScope, text("credential_scope"));
        QCOMPARE(s.signedHeaders, text("signed_headers"));
        QCOMPARE(s.signature, text("signature"));
        QCOMPARE(s.authorization, text("authorization"));
        HttpHeaders added;
        for (const QJsonValue &header : expected.value(QLatin1String("added_headers")).toArray())
            added.append({header[0].toString().toUtf8(), header[1].toString().toUtf8()});
        QCOMPARE(s.headersToAdd, added);
    }

    // The example of the IAM user guide ("Signature Version 4 request examples").
    void iamListUsersExample()
    {
        SigV4Request request{"GET",
                             "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",
                             {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}},
                             {}};
        const SigV4Signature s = SigV4::sign(
            request, {QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}},
            QStringLiteral("us-east-1"), QStringLiteral("iam"), utc(QStringLiteral("20150830T123600Z")));
        QCOMPARE(s.signature, QByteArray("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray("") << QByteArray("/");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("slashes") << QByteArray("//") << QByteArray("/");
        QTest::newRow("inner slashes") << QByteArray("/a//b///c") << QByteArray("/a/b/c");
        QTest::newRow("trailing kept") << QByteArray("//a//") << QByteArray("/a/");
        QTest::newRow("trailing dot-dot") << QByteArray("/a/b/..") << QByteArray("/a");
        QTest::newRow("trailing dot-dot slash") << QByteArray("/a/b/../") << QByteArray("/a/");
        QTest::newRow("above root") << QByteArray("/../../a") << QByteArray("/a");
        QTest::newRow("only dots") << QByteArray("/./../.") << QByteArray("/");
        QTest::newRow("dot segments") << QByteArray("/a/./b/../c") << QByteArray("/a/c");
        QTest::newRow("dots in a name") << QByteArray("/a.../...b/.c") << QByteArray("/a.../...b/.c");
        QTest::newRow("encoded twice") << QByteArray("/my%20schedule") << QByteArray("/my%2520schedule");
        QTest::newRow("encoded slash") << QByteArray("/a%2Fb") << QByteArray("/a%252Fb");
        QTest::newRow("encoded dot is not a dot") << QByteArray("/a/%2E%2E/b") << QByteArray("/a/%252E%252E/b");
        QTest::newRow("raw space") << QByteArray("/a b/") << QByteArray("/a%20b/");
        QTest::newRow("plus") << QByteArray("/a+b") << QByteArray("/a%2Bb");
        QTest::newRow("sub-delims") << QByteArray("/!'()*$&,;=:@")
                                    << QByteArray("/%21%27%28%29%2A%24%26%2C%3B%3D%3A%40");
        QTest::newRow("utf-8") << QByteArray("/caf\xc3\xa9") << QByteArray("/caf%C3%A9");
        QTest::newRow("unreserved") << QByteArray("/-._~AZaz09") << QByteArray("/-._~AZaz09");
    }
    void canonicalUri()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::canonicalUri(path), expected);
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QByteArray("") << QByteArray("");
        QTest::newRow("sorted by key") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
        QTest::newRow("then by value") << QByteArray("a=2&a=1&a=10") << QByteArray("a=1&a=10&a=2");
        QTest::newRow("ASCII order") << QByteArray("b=1&B=1&_=1&~=1&a=1") << QByteArray("B=1&_=1&a=1&b=1&~=1");
        QTest::newRow("no equals") << QByteArray("flag&x=1") << QByteArray("flag=&x=1");
        QTest::newRow("empty value") << QByteArray("a=&b") << QByteArray("a=&b=");
        QTest::newRow("empty pieces") << QByteArray("&&a=1&") << QByteArray("a=1");
        QTest::newRow("equals in value") << QByteArray("a=b=c") << QByteArray("a=b%3Dc");
        QTest::newRow("space as %20") << QByteArray("q=a%20b") << QByteArray("q=a%20b");
        QTest::newRow("raw space") << QByteArray("q=a b") << QByteArray("q=a%20b");
        QTest::newRow("plus is a plus") << QByteArray("q=a+b") << QByteArray("q=a%2Bb");
        QTest::newRow("lower-case escapes") << QByteArray("t=a%2bb%2f") << QByteArray("t=a%2Bb%2F");
        QTest::newRow("encoded unreserved") << QByteArray("k=%7E%2D%41") << QByteArray("k=~-A");
        QTest::newRow("reserved left raw")
            << QByteArray("k=a/b:c@d!$'()*,;") << QByteArray("k=a%2Fb%3Ac%40d%21%24%27%28%29%2A%2C%3B");
        QTest::newRow("malformed escape") << QByteArray("k=100%&j=%zz&i=%4") << QByteArray("i=%254&j=%25zz&k=100%25");
        QTest::newRow("utf-8") << QByteArray("\xe1\x88\xb4=bar") << QByteArray("%E1%88%B4=bar");
        QTest::newRow("sorted after encoding")
            << QByteArray("%E1%88%B4=1&Param=2&Param-3=3") << QByteArray("%E1%88%B4=1&Param=2&Param-3=3");
        QTest::newRow("case-sensitive") << QByteArray("param1=Value1&Param1=value1")
                                        << QByteArray("Param1=value1&param1=Value1");
    }
    void canonicalQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::canonicalQuery(query), expected);
    }

    void canonicalHeaderValue_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("only spaces") << QByteArray("  \t ") << QByteArray("");
        QTest::newRow("trim") << QByteArray("  a  ") << QByteArray("a");
        QTest::newRow("collapse") << QByteArray("\"a   b \t c\"") << QByteArray("\"a b c\"");
        QTest::newRow("folded") << QByteArray("value1\n  value2\r\n     value3") << QByteArray("value1 value2 value3");
        QTest::newRow("commas kept") << QByteArray("a , b,c") << QByteArray("a , b,c");
    }
    void canonicalHeaderValue()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::canonicalHeaderValue(value), expected);
    }

    void hostHeader_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("https://events.us-east-1.amazonaws.com/")
                               << QByteArray("events.us-east-1.amazonaws.com");
        QTest::newRow("lower case") << QByteArray("https://Events.US-EAST-1.amazonaws.com")
                                    << QByteArray("events.us-east-1.amazonaws.com");
        QTest::newRow("default https port") << QByteArray("https://h.example:443/x") << QByteArray("h.example");
        QTest::newRow("default http port") << QByteArray("http://h.example:80?x") << QByteArray("h.example");
        QTest::newRow("https on 80 keeps it") << QByteArray("https://h.example:80/") << QByteArray("h.example:80");
        QTest::newRow("other port") << QByteArray("http://127.0.0.1:5000/a") << QByteArray("127.0.0.1:5000");
        QTest::newRow("user info dropped") << QByteArray("https://user:pass@h.example/") << QByteArray("h.example");
        QTest::newRow("ipv6") << QByteArray("http://[::1]:5000/") << QByteArray("[::1]:5000");
        QTest::newRow("ipv6 default port") << QByteArray("https://[::1]:443/") << QByteArray("[::1]");
    }
    void hostHeader()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::hostHeader(url), expected);
    }

    void uriEncodeAndDecode()
    {
        QByteArray all;
        for (int c = 0; c < 256; ++c)
            all.append(char(c));
        const QByteArray encoded = SigV4::uriEncode(all);
        QCOMPARE(SigV4::percentDecode(encoded), all);
        QCOMPARE(encoded, all.toPercentEncoding()); // Qt's default set is the RFC 3986 unreserved set
        QCOMPARE(SigV4::uriEncode("a/b", true), QByteArray("a/b"));
        QCOMPARE(SigV4::uriEncode("a/b"), QByteArray("a%2Fb"));
    }

    void replacesWhatItSets()
    {
        const AwsCredentials credentials{QStringLiteral("AKID"), QStringLiteral("secret"), QStringLiteral("tok")};
        SigV4Request plain{
            "POST", "https://ram.us-east-1.amazonaws.com/listresources", {{"Content-Type", "application/json"}}, "{}"};
        SigV4Request stale = plain;
        stale.headers += HttpHeaders{{"authorization", "AWS4-HMAC-SHA256 old"},
                                     {"X-AMZ-DATE", "19990101T000000Z"},
                                     {"x-amz-security-token", "old-token"},
                                     {"User-Agent", "aws-sdk-js/3"},
                                     {"Connection", "keep-alive"},
                                     {"X-Amzn-Trace-Id", "Root=1"}};
        const QDateTime now = utc(QStringLiteral("20261205T083000Z"));
        const SigV4Signature a =
            SigV4::sign(plain, credentials, QStringLiteral("us-east-1"), QStringLiteral("ram"), now);
        const SigV4Signature b =
            SigV4::sign(stale, credentials, QStringLiteral("us-east-1"), QStringLiteral("ram"), now);
        QCOMPARE(b.canonicalRequest, a.canonicalRequest);
        QCOMPARE(b.authorization, a.authorization);
        QCOMPARE(a.signedHeaders, QByteArray("content-type;host;x-amz-date;x-amz-security-token"));
        QCOMPARE(a.headersToAdd.size(), 3);
        QCOMPARE(a.headersToAdd.at(1), HttpHeader("X-Amz-Security-Token", "tok"));

        // Without a token of its own, a token header the request carries is signed as it is.
        const SigV4Signature c = SigV4::sign(stale, {QStringLiteral("AKID"), QStringLiteral("secret"), {}},
                                             QStringLiteral("us-east-1"), QStringLiteral("ram"), now);
        QVERIFY(c.canonicalRequest.contains("\nx-amz-security-token:old-token\n"));
        QCOMPARE(c.headersToAdd.size(), 2);
    }

    void contentSha256()
    {
        const AwsCredentials credentials{QStringLiteral("AKID"), QStringLiteral("secret"), {}};
        const QDateTime now = utc(QStringLiteral("20261205T083000Z"));
        SigV4Request request{"PUT", "https://scheduler.us-east-1.amazonaws.com/schedules/x", {}, "{\"a\":1}"};
        const QByteArray hash = SigV4::sha256Hex(request.body);

        const SigV4Signature off =
            SigV4::sign(request, credentials, QStringLiteral("us-east-1"), QStringLiteral("scheduler"), now);
        QVERIFY(off.canonicalRequest.endsWith("\nhost;x-amz-date\n" + hash));

        SigV4Options asked;
        asked.addContentSha256Header = true;
        const SigV4Signature on =
            SigV4::sign(request, credentials, QStringLiteral("us-east-1"), QStringLiteral("scheduler"), now, asked);
        QCOMPARE(on.signedHeaders, QByteArray("host;x-amz-content-sha256;x-amz-date"));
        QCOMPARE(on.headersToAdd.at(1), HttpHeader("X-Amz-Content-SHA256", hash));

        // A hash the request declares is the payload hash, whatever the body (UNSIGNED-PAYLOAD).
        request.headers.append(HttpHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD"));
        const SigV4Signature declared =
            SigV4::sign(request, credentials, QStringLiteral("us-east-1"), QStringLiteral("scheduler"), now, asked);
        QVERIFY(declared.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        QCOMPARE(declared.headersToAdd.size(), 2); // not added twice
    }

    void methodIsUpperCase()
    {
        const AwsCredentials credentials{QStringLiteral("A"), QStringLiteral("S"), {}};
        const QDateTime now = utc(QStringLiteral("20261205T083000Z"));
        const SigV4Signature lower = SigV4::sign({"post", "https://h/", {}, {}}, credentials,
                                                 QStringLiteral("us-east-1"), QStringLiteral("events"), now);
        const SigV4Signature upper = SigV4::sign({"POST", "https://h/", {}, {}}, credentials,
                                                 QStringLiteral("us-east-1"), QStringLiteral("events"), now);
        QVERIFY(lower.canonicalRequest.startsWith("POST\n/\n"));
        QCOMPARE(lower.authorization, upper.authorization);
    }

    void dateIsUtc()
    {
        const QDateTime seoul(QDate(2026, 12, 5), QTime(9, 0, 1), QTimeZone("Asia/Seoul"));
        QCOMPARE(SigV4::amzDate(seoul), QByteArray("20261205T000001Z"));
        const SigV4Signature s =
            SigV4::sign({"GET", "https://h/", {}, {}}, {QStringLiteral("A"), QStringLiteral("S"), {}},
                        QStringLiteral("ap-northeast-2"), QStringLiteral("events"), seoul);
        QCOMPARE(s.credentialScope, QByteArray("20261205/ap-northeast-2/events/aws4_request"));
        QCOMPARE(s.headersToAdd.first(), HttpHeader("X-Amz-Date", "20261205T000001Z"));
    }

    // The secret appears in nothing the signer returns, and a different secret changes only the
    // signature (so nothing else depends on it).
    void secretIsNowhere()
    {
        const QString secret = QStringLiteral("Zq9+/SECRET/never-logged+42");
        const SigV4Request request{"POST",
                                   "https://api.sagemaker.us-east-1.amazonaws.com/",
                                   {{"X-Amz-Target", "SageMaker.ListPipelines"}},
                                   "{}"};
        const QDateTime now = utc(QStringLiteral("20261205T083000Z"));
        const SigV4Signature s = SigV4::sign(request, {QStringLiteral("AKID"), secret, QStringLiteral("tok")},
                                             QStringLiteral("us-east-1"), QStringLiteral("sagemaker"), now);
        const QByteArray needle = secret.toUtf8();
        QByteArray everything = s.canonicalRequest + s.stringToSign + s.credentialScope + s.signedHeaders +
                                s.signature + s.authorization + s.amzDate;
        for (const auto &[name, value] : s.headersToAdd)
            everything += name + value;
        QVERIFY(!everything.contains(needle));
        QVERIFY(!everything.contains(needle.toBase64()));
        QVERIFY(!everything.contains(hexOf(needle)));

        const SigV4Signature other =
            SigV4::sign(request, {QStringLiteral("AKID"), secret + QLatin1Char('x'), QStringLiteral("tok")},
                        QStringLiteral("us-east-1"), QStringLiteral("sagemaker"), now);
        QCOMPARE(other.canonicalRequest, s.canonicalRequest);
        QCOMPARE(other.stringToSign, s.stringToSign);
        QVERIFY(other.signature != s.signature);
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"

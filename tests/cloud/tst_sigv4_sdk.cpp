#include "cloud/sigv4.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtTest>

using namespace Pd;

// Our signer against the official one: random requests of the shapes this project sends (and
// odder ones), signed by @smithy/signature-v4 (AWS SDK for JavaScript v3, pinned by
// tests/sdk/package-lock.json) in node and by SigV4 here; the Authorization headers and every header
// the signers add must be equal, byte for byte.
namespace {

const QString SdkDir = QStringLiteral(PD_SOURCE_DIR "/tests/sdk");
constexpr int CaseCount = 500;
constexpr quint32 Seed = 20261205;

// Every signer reads the same request: the JavaScript one as a path, a decoded query and one value a
// header name; ours as the URL on the wire, so that query spellings the server treats as the same
// (raw or escaped, upper- or lower-case hex) must sign the same.
struct RandomCase
{
    QJsonObject forNode;
    SigV4Request request;
    AwsCredentials credentials;
    QString region;
    QString service;
    QDateTime now;
    SigV4Options options;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    QString randomText(const QString &alphabet, int minLength, int maxLength)
    {
        QString s;
        const int length = minLength + below(maxLength - minLength + 1);
        for (int i = 0; i < length; ++i)
            s.append(alphabet.at(below(int(alphabet.size()))));
        return s;
    }

    // A query name or value as a client might spell it on the wire.
    QByteArray spell(const QString &decoded)
    {
        static const QByteArray mayStayRaw = "!$'()*,;:@/?+";
        static const char upper[] = "0123456789ABCDEF";
        static const char lower[] = "0123456789abcdef";
        QByteArray out;
        for (const char c : decoded.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            const bool unreserved = QByteArray::fromRawData(&c, 1).toPercentEncoding() == QByteArray(1, c);
            bool raw = false;
            if (unreserved)
                raw = !chance(10);
            else if (mayStayRaw.contains(c))
                raw = chance(50);
            else if (u >= 0x80)
                raw = chance(20);
            if (raw) {
                out.append(c);
            } else {
                const char *hex = chance(20) ? lower : upper;
                out.append('%').append(hex[u >> 4]).append(hex[u & 0xf]);
            }
        }
        return out;
    }

    RandomCase next(int id)
    {
        static const QList<QByteArray> methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
        static const QStringList services = {QStringLiteral("sagemaker"), QStringLiteral("events"),
                                             QStringLiteral("scheduler"), QStringLiteral("ram")};
        static const QStringList regions = {QStringLiteral("us-east-1"), QStringLiteral("ap-northeast-2")};
        static const QStringList segments = {
            QStringLiteral("schedules"),
            QStringLiteral("my%20schedule"),
            QStringLiteral("caf\u00e9"),
            QStringLiteral("\ud559\uc2b5"),
            QStringLiteral("%ED%95%99"),
            QStringLiteral("a+b"),
            QStringLiteral("$delete"),
            QStringLiteral("!'()*"),
            QStringLiteral("."),
            QStringLiteral(".."),
            QString(),
            QStringLiteral("~tilde-_."),
            QStringLiteral("a%2Fb"),
            QStringLiteral("a b"),
            QStringLiteral("arn%3Aaws%3Ascheduler%3Aus-east-1%3A123456789012%3Aschedule%2Fdefault%2Fx"),
            QStringLiteral("x:y@z"),
            QStringLiteral(",;="),
            QStringLiteral("%zz"),
            QStringLiteral("100%"),
            QStringLiteral("nightly.v2"),
            QStringLiteral("...")};
        static const QStringList names = {
            QStringLiteral("a"),       QStringLiteral("B"),          QStringLiteral("_"),
            QStringLiteral("~"),       QStringLiteral("Param1"),     QStringLiteral("param1"),
            QStringLiteral("list[0]"), QStringLiteral("NextToken"),  QStringLiteral("q"),
            QStringLiteral("flag"),    QStringLiteral("\u00e9"),     QStringLiteral("\ud559\uc2b5"),
            QStringLiteral("a b"),     QStringLiteral("x+y"),        QStringLiteral("~-_."),
            QStringLiteral("k=v"),     QStringLiteral("MaxResults"), QStringLiteral("resourceOwner")};
        static const QStringList values = {QString(),
                                           QStringLiteral("1"),
                                           QStringLiteral("10"),
                                           QStringLiteral("2"),
                                           QStringLiteral("a+b/c=="),
                                           QStringLiteral("a b"),
                                           QStringLiteral("\u2713"),
                                           QStringLiteral("~-_."),
                                           QStringLiteral("100%"),
                                           QStringLiteral("x&y"),
                                           QStringLiteral("'quoted'"),
                                           QStringLiteral("OTHER-ACCOUNTS"),
                                           QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:pipeline/p")};
        static const QStringList headerNames = {
            QStringLiteral("X-Amz-Target"),   QStringLiteral("Content-Type"),   QStringLiteral("X-Amz-Meta-Note"),
            QStringLiteral("My-Header1"),     QStringLiteral("mY-hEaDeR2"),     QStringLiteral("X-Amz-Client-Context"),
            QStringLiteral("X-Amz-Repeated"), QStringLiteral("x-amz-repeated"), QStringLiteral("User-Agent"),
            QStringLiteral("Content-Length"), QStringLiteral("Accept")};
        static const QStringList headerValues = {QStringLiteral("SageMaker.ListPipelines"),
                                                 QStringLiteral("application/x-amz-json-1.1"),
                                                 QStringLiteral("application/json; charset=utf-8"),
                                                 QStringLiteral("  leading and   inner   spaces  "),
                                                 QStringLiteral("one"),
                                                 QStringLiteral("two  "),
                                                 QStringLiteral("a,b , c"),
                                                 QStringLiteral("\t tabbed\tvalue "),
                                                 QStringLiteral("\"a   b   c\""),
                                                 QStringLiteral("caf\u00e9"),
                                                 QString(),
                                                 QStringLiteral("42")};
        static const QStringList bodies = {
            QString(), QStringLiteral("{}"), QStringLiteral("{\"Name\": \"a b\", \"N\": 175}"),
            QStringLiteral("{\"PipelineName\":\"\ud559\uc2b5-\ud30c\uc774\ud504\ub77c\uc778\"}"),
            QStringLiteral("Action=GetCallerIdentity&Version=2011-06-15")};
        const QString base64 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

        RandomCase c;
        c.service = pick(services);
        c.region = pick(regions);
        const QByteArray method = pick(methods);

        // Where: the service's endpoint (sometimes with :443 or in capitals) or a local emulator.
        QString protocol = QStringLiteral("https:");
        QString hostname = c.service == QLatin1String("sagemaker")
                               ? QStringLiteral("api.sagemaker.%1.amazonaws.com").arg(c.region)
                               : QStringLiteral("%1.%2.amazonaws.com").arg(c.service, c.region);
        int port = 0;
        const int where = below(10);
        if (where == 0) {
            protocol = QStringLiteral("http:");
            hostname = QStringLiteral("127.0.0.1");
            port = 4566 + below(1000);
        } else if (where == 1) {
            port = 443;
        } else if (where == 2) {
            hostname = hostname.toUpper();
        }

        QString path;
        const int segmentCount = below(5);
        for (int i = 0; i < segmentCount; ++i)
            path += QLatin1Char('/') + pick(segments);
        if (path.isEmpty() || chance(20))
            path += QLatin1Char('/');

        QJsonArray query;
        QByteArray wireQuery;
        const int pairCount = below(6);
        for (int i = 0; i < pairCount; ++i) {
            const QString name = chance(15) ? randomText(QStringLiteral("aZ09-_.~!*'()+ &=/:é"), 1, 6) : pick(names);
            const QString value =
                chance(15) ? randomText(QStringLiteral("aZ09-_.~!*'()+ &=/:%é✓"), 0, 8) : pick(values);
            query.append(QJsonArray{name, value});
            if (!wireQuery.isEmpty())
                wireQuery.append('&');
            wireQuery.append(spell(name));
            if (!value.isEmpty() || chance(50))
                wireQuery.append('=').append(spell(value));
        }

        const QString body = pick(bodies);
        QJsonArray headers;
        const int headerCount = below(6);
        for (int i = 0; i < headerCount; ++i) {
            const QString name = pick(headerNames);
            const QString value = pick(headerValues);
            headers.append(QJsonArray{name, value});
            c.request.headers.append(HttpHeader(name.toUtf8(), value.toUtf8()));
        }
        if (chance(10)) { // an explicit Host header wins over the URL's
            const QString host =
                hostname.toLower() + (port && port != 443 ? QStringLiteral(":%1").arg(port) : QString());
            headers.append(QJsonArray{QStringLiteral("Host"), host});
            c.request.headers.append(HttpHeader("Host", host.toUtf8()));
        }
        if (chance(10)) { // a declared payload hash
            const QString declared =
                chance(50) ? QString::fromLatin1(SigV4::sha256Hex(body.toUtf8())) : QStringLiteral("UNSIGNED-PAYLOAD");
            headers.append(QJsonArray{QStringLiteral("X-Amz-Content-SHA256"), declared});
            c.request.headers.append(HttpHeader("X-Amz-Content-SHA256", declared.toUtf8()));
        }
        if (chance(10)) { // left over from an earlier attempt: replaced, never signed
            headers.append(QJsonArray{QStringLiteral("X-Amz-Date"), QStringLiteral("19990101T000000Z")});
            c.request.headers.append(HttpHeader("X-Amz-Date", "19990101T000000Z"));
            headers.append(QJsonArray{QStringLiteral("Authorization"), QStringLiteral("AWS4-HMAC-SHA256 stale")});
            c.request.headers.append(HttpHeader("Authorization", "AWS4-HMAC-SHA256 stale"));
        }

        c.credentials.accessKeyId =
            QStringLiteral("AKIA") + randomText(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 16, 16);
        c.credentials.secretAccessKey = randomText(base64, 40, 40);
        if (chance(50))
            c.credentials.sessionToken =
                QStringLiteral("FwoGZXIvYXdzE") + randomText(base64, 20, 120) + QStringLiteral("==");

        // Any second from 2000 to 2035.
        c.now =
            QDateTime::fromSecsSinceEpoch(946684800 + qint64(m_random.bounded(quint32(1136073600))), QTimeZone::utc());
        c.options.addContentSha256Header = chance(30);

        const QString origin =
            protocol + QStringLiteral("//") + hostname + (port ? QStringLiteral(":%1").arg(port) : QString());
        c.request.method = method;
        c.request.url = origin.toUtf8() + path.toUtf8() + (wireQuery.isEmpty() ? QByteArray() : '?' + wireQuery);
        c.request.body = body.toUtf8();

        c.forNode = QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("protocol"), protocol},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("port"), port},
            {QStringLiteral("path"), path},
            {QStringLiteral("query"), query},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), body},
            {QStringLiteral("accessKeyId"), c.credentials.accessKeyId},
            {QStringLiteral("secretAccessKey"), c.credentials.secretAccessKey},
            {QStringLiteral("sessionToken"), c.credentials.sessionToken},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("service"), c.service},
            {QStringLiteral("date"), c.now.toString(Qt::ISODate)},
            {QStringLiteral("applyChecksum"), c.options.addContentSha256Header},
        };
        return c;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestSigV4Sdk : public QObject
{
    Q_OBJECT

private slots:
    void randomRequestsMatchTheJavaScriptSdk()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not on PATH: the AWS SDK for JavaScript cannot run (make test installs nodejs).");
        if (!QDir(SdkDir + QStringLiteral("/node_modules/@smithy/signature-v4")).exists())
            QSKIP("tests/sdk/node_modules is missing: run `npm ci --prefix tests/sdk` (make test does).");

        Generator generator(Seed);
        QList<RandomCase> cases;
        QByteArray input;
        for (int i = 0; i < CaseCount; ++i) {
            cases.append(generator.next(i));
            input += QJsonDocument(cases.last().forNode).toJson(QJsonDocument::Compact) + '\n';
        }

        QProcess process;
        process.setWorkingDirectory(SdkDir);
        process.start(node, {SdkDir + QStringLiteral("/sign.js")});
        QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
        process.write(input);
        process.closeWriteChannel();
        QVERIFY2(process.waitForFinished(300000), "node did not finish");
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, errors.constData());

        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), CaseCount);
        int matched = 0;
        QStringList mismatches;
        for (int i = 0; i < CaseCount; ++i) {
            const RandomCase &c = cases.at(i);
            const QJsonObject answer = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(answer.value(QLatin1String("id")).toInt(), i);
            const QJsonObject theirs = answer.value(QLatin1String("headers")).toObject();
            const SigV4Signature ours = SigV4::sign(c.request, c.credentials, c.region, c.service, c.now, c.options);

            // What the SDK added: its generated headers that the request did not already carry.
            QMap<QByteArray, QByteArray> theirAdded;
            for (auto it = theirs.begin(); it != theirs.end(); ++it) {
                const QByteArray name = it.key().toUtf8();
                const bool carried =
                    std::any_of(c.request.headers.begin(), c.request.headers.end(), [&](const HttpHeader &h) {
                        return h.first.toLower() == name && name != "authorization" && name != "x-amz-date";
                    });
                if (!carried)
                    theirAdded.insert(name, it.value().toString().toUtf8());
            }
            QMap<QByteArray, QByteArray> ourAdded;
            for (const auto &[name, value] : ours.headersToAdd)
                ourAdded.insert(name.toLower(), value);

            if (ourAdded == theirAdded && ours.authorization == theirAdded.value("authorization")) {
                ++matched;
            } else if (mismatches.size() < 5) {
                mismatches.append(
                    QStringLiteral("case %1\n  input: %2\n  ours:   %3\n  theirs: %4\n  our canonical request:\n%5")
                        .arg(i)
                        .arg(QString::fromUtf8(QJsonDocument(c.forNode).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(ours.authorization),
                             QString::fromUtf8(theirAdded.value("authorization")),
                             QString::fromUtf8(ours.canonicalRequest)));
            }
        }
        qInfo("%d of %d random requests signed the same as @smithy/signature-v4", matched, CaseCount);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QCOMPARE(matched, CaseCount);
    }
};

QTEST_GUILESS_MAIN(TestSigV4Sdk)
#include "tst_sigv4_sdk.moc"

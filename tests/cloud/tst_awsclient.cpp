#include "cloud/awsclient.h"
#include "core/clock.h"
#include "fakeawsserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Pd;
using PdTest::FakeAnswer;
using PdTest::FakeAwsServer;
using PdTest::FakeRequest;

namespace {

const QString SecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRETKEY");
const QString SessionToken = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN//secret/session+token==");

AwsCredentials keys(bool withToken = false)
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = SecretKey;
    if (withToken)
        credentials.sessionToken = SessionToken;
    return credentials;
}

QDateTime noon()
{
    return QDateTime(QDate(2026, 12, 5), QTime(12, 0, 0), QTimeZone::utc());
}

AwsRequest listPipelines()
{
    AwsRequest request;
    request.service = QStringLiteral("sagemaker");
    request.operation = QStringLiteral("ListPipelines");
    request.headers = {{"Content-Type", "application/x-amz-json-1.1"}, {"X-Amz-Target", "SageMaker.ListPipelines"}};
    request.body = R"({"MaxResults":10})";
    return request;
}

AwsRequest listSchedules()
{
    AwsRequest request;
    request.service = QStringLiteral("scheduler");
    request.operation = QStringLiteral("ListSchedules");
    request.method = "GET";
    request.path = "/schedules/a%20b/c";
    request.query = "NamePrefix=nightly%2Frun&MaxResults=5";
    return request;
}

// Credentials that come when the test says so.
class LateCredentials final : public CredentialsSource
{
public:
    void credentials(Got got) override { pending.push_back(std::move(got)); }
    void invalidate() override { ++invalidated; }
    std::vector<Got> pending;
    int invalidated = 0;
};

class FailingCredentials final : public CredentialsSource
{
public:
    void credentials(Got got) override
    {
        got(Error::denied(QStringLiteral("the keychain entry for profile dev is missing")));
    }
};

// A client on the fake server: jitter 0.5, waits recorded and run at once, a manual clock.
struct Rig
{
    explicit Rig(AwsClientOptions options = {}, AwsCredentials credentials = keys())
        : credentials(std::move(credentials))
    {
        if (!options.random)
            options.random = [] {
                return 0.5;
            };
        if (!options.wait) {
            options.wait = [this](int delayMs, QObject *, std::function<void()> then) {
                waits << delayMs;
                then();
            };
        }
        client = std::make_unique<AwsClient>(AwsEndpoints{QStringLiteral("eu-west-1"), server.url(), {}},
                                             &this->credentials, &network, &clock, options);
    }

    // Sends and spins the event loop until the call finishes.
    AwsCall *run(const AwsRequest &request)
    {
        AwsCall *call = client->send(request);
        QSignalSpy spy(call, &AwsCall::finished);
        if (!spy.wait(10000))
            qWarning("the call did not finish");
        return call;
    }

    FakeAwsServer server;
    QNetworkAccessManager network;
    ManualClock clock{noon()};
    StaticCredentials credentials;
    QList<int> waits;
    std::unique_ptr<AwsClient> client;
};

bool holdsSecret(const QString &text)
{
    return text.contains(SecretKey) || text.contains(SessionToken) ||
           text.contains(QString::fromUtf8(SecretKey.toUtf8().toPercentEncoding()));
}

} // namespace

class tst_AwsClient : public QObject
{
    Q_OBJECT

private slots:
    // --- errors, without a network ---
    void jsonErrorShapes_data();
    void jsonErrorShapes();
    void restJsonHeaderWins();
    void queryXmlError();
    void ec2XmlError();
    void unreadableErrorBody();
    void classification();
    void toErrorExitCodes_data();
    void toErrorExitCodes();
    void toErrorWithoutRequestIdOrCode();

    // --- endpoints ---
    void endpoints();

    // --- over the fake server ---
    void signedRequestChecksOut();
    void restRequestPathAndQuerySignCorrectly();
    void endpointWithPathPrefix();
    void sessionTokenIsSentAndSigned();
    void throttlingThenSuccessBacksOff();
    void serverErrorsAreRetried();
    void attemptsExhausted();
    void retryQuotaExhausted();
    void retryAfterIsHonoured();
    void validationIsNotRetried();
    void malformedJsonErrorKeepsStatus();
    void truncatedBodyIsRetried();
    void truncatedBodyFails();
    void slowAnswerTimesOut();
    void connectTimeoutIsRetried();
    void resetConnectionIsRetried();
    void clockSkewIsCorrected();
    void signatureRefusalWithoutSkewIsNotRetried();
    void cancelMidFlight();
    void cancelDropsPendingRetry();
    void destroyedWithCallsInFlight();
    void lateCredentialsAfterDestruction();
    void deletedFromFinishedSlot();
    void credentialsErrorFinishesTheCall();
    void expiredTokenInvalidatesCredentials();
    void progressIsReported();
    void deletedFromProgressSlot();
    void keepAliveAndPagination();
    void secretNeverInErrors();
};

void tst_AwsClient::jsonErrorShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("__type with namespace")
        << QByteArray(R"({"__type":"com.amazon.coral.validate#ValidationException","message":"1 validation error"})")
        << "ValidationException"
        << "1 validation error";
    QTest::newRow("__type with suffix")
        << QByteArray(
               R"({"__type":"ResourceNotFound:http://internal.amazon.com/coral/com.amazon.coral/","Message":"gone"})")
        << "ResourceNotFound"
        << "gone";
    QTest::newRow("code member") << QByteArray(R"({"code":"ConflictException","message":"busy"})")
                                 << "ConflictException"
                                 << "busy";
    QTest::newRow("Code member") << QByteArray(R"({"Code":"ThrottlingException","Message":"Rate exceeded"})")
                                 << "ThrottlingException"
                                 << "Rate exceeded";
    QTest::newRow("namespace and suffix")
        << QByteArray(
               R"({"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"})")
        << "FooError"
        << "";
}

void tst_AwsClient::jsonErrorShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const AwsError error = AwsError::fromResponse(QStringLiteral("sagemaker"), QStringLiteral("ListPipelines"), 400,
                                                  {{"x-amzn-RequestId", "b7f3-1"}}, body);
    QCOMPARE(error.kind, AwsError::Kind::Service);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, QStringLiteral("b7f3-1"));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.service, QStringLiteral("sagemaker"));
    QCOMPARE(error.operation, QStringLiteral("ListPipelines"));
}

void tst_AwsClient::restJsonHeaderWins()
{
    const AwsError error = AwsError::fromResponse(
        QStringLiteral("scheduler"), QStringLiteral("GetSchedule"), 404,
        {{"X-Amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.chronos/"},
         {"X-AMZN-REQUESTID", "rest-1"}},
        R"({"__type":"SomethingElse","Message":"Schedule nightly does not exist."})");
    QCOMPARE(error.code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(error.message, QStringLiteral("Schedule nightly does not exist."));
    QCOMPARE(error.requestId, QStringLiteral("rest-1"));
}

void tst_AwsClient::queryXmlError()
{
    const FakeAnswer answer = FakeAnswer::queryError(403, QStringLiteral("AccessDenied"),
                                                     QStringLiteral("User: arn:aws:iam::1:user/x is not authorized"),
                                                     "c6104cbe-af31-11e0-8154-cbc7ccf896c7");
    const AwsError error =
        AwsError::fromResponse(QStringLiteral("sts"), QStringLiteral("AssumeRole"), 403, answer.headers, answer.body);
    QCOMPARE(error.code, QStringLiteral("AccessDenied"));
    QCOMPARE(error.message, QStringLiteral("User: arn:aws:iam::1:user/x is not authorized"));
    QCOMPARE(error.requestId, QStringLiteral("c6104cbe-af31-11e0-8154-cbc7ccf896c7"));

    // A header's request id wins over the body's.
    const AwsError withHeader = AwsError::fromResponse(QStringLiteral("sts"), QStringLiteral("AssumeRole"), 403,
                                                       {{"x-amz-request-id", "hdr"}}, answer.body);
    QCOMPARE(withHeader.requestId, QStringLiteral("hdr"));
}

void tst_AwsClient::ec2XmlError()
{
    const QByteArray body = "<?xml version=\"1.0\"?><Response><Errors><Error><Code>UnauthorizedOperation</Code>"
                            "<Message>You are not authorized</Message></Error><Error><Code>Second</Code></Error>"
                            "</Errors><RequestID>ec2-1</RequestID></Response>";
    const AwsError error = AwsError::fromResponse(QStringLiteral("ec2"), QStringLiteral("X"), 403, {}, body);
    QCOMPARE(error.code, QStringLiteral("UnauthorizedOperation"));
    QCOMPARE(error.message, QStringLiteral("You are not authorized"));
    QCOMPARE(error.requestId, QStringLiteral("ec2-1"));
}

void tst_AwsClient::unreadableErrorBody()
{
    for (const QByteArray &body : {QByteArray("{\"__type\": \"Thrott"), QByteArray("<html><body>Bad gateway"),
                                   QByteArray(), QByteArray("[1,2]"), QByteArray("plain text")}) {
        const AwsError error =
            AwsError::fromResponse(QStringLiteral("sagemaker"), QStringLiteral("ListPipelines"), 502, {}, body);
        QCOMPARE(error.kind, AwsError::Kind::Service);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.isTransient());
        QVERIFY(error.toError().message.contains(QLatin1String("502")));
    }
}

void tst_AwsClient::classification()
{
    const auto service = [](const QString &code, int status = 400) {
        AwsError error;
        error.kind = AwsError::Kind::Service;
        error.code = code;
        error.httpStatus = status;
        return error;
    };
    for (const char *code :
         {"ThrottlingException", "Throttling", "ThrottledException", "RequestThrottledException",
          "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
          "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
          "PriorRequestNotComplete", "EC2ThrottledException"}) {
        QVERIFY2(service(QLatin1String(code)).isThrottling(), code);
        QVERIFY2(service(QLatin1String(code)).isRetryable(), code);
    }
    QVERIFY(service(QString(), 429).isThrottling());
    QVERIFY(!service(QStringLiteral("ValidationException")).isThrottling());

    for (int status : {500, 502, 503, 504})
        QVERIFY(service(QString(), status).isTransient());
    for (const char *code : {"RequestTimeout", "RequestTimeoutException", "InternalError"})
        QVERIFY2(service(QLatin1String(code)).isTransient(), code);
    QVERIFY(!service(QString(), 501).isTransient());
    QVERIFY(!service(QStringLiteral("ValidationException")).isRetryable());
    QVERIFY(!service(QStringLiteral("AccessDeniedException"), 403).isRetryable());

    for (const char *code : {"RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException",
                             "SignatureDoesNotMatch", "AuthFailure", "RequestInTheFuture"}) {
        QVERIFY2(service(QLatin1String(code)).isClockSkew(), code);
        QVERIFY2(!service(QLatin1String(code)).isRetryable(), code); // only with a skew the client saw
    }

    AwsError network;
    network.kind = AwsError::Kind::Network;
    QVERIFY(network.isTransient() && network.isRetryable());
    network.code = QStringLiteral("TlsHandshakeFailed");
    QVERIFY(!network.isRetryable());
    AwsError timeout;
    timeout.kind = AwsError::Kind::Timeout;
    QVERIFY(timeout.isRetryable());
    AwsError cancelled;
    cancelled.kind = AwsError::Kind::Cancelled;
    cancelled.httpStatus = 503;
    QVERIFY(!cancelled.isRetryable());
    AwsError credentials;
    credentials.kind = AwsError::Kind::Credentials;
    QVERIFY(!credentials.isRetryable());
}

void tst_AwsClient::toErrorExitCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorCode");
    using C = Error::Code;
    QTest::newRow("AccessDeniedException") << "AccessDeniedException" << 400 << int(C::PermissionDenied);
    QTest::newRow("AccessDenied") << "AccessDenied" << 403 << int(C::PermissionDenied);
    QTest::newRow("UnauthorizedOperation") << "UnauthorizedOperation" << 403 << int(C::PermissionDenied);
    QTest::newRow("UnrecognizedClientException") << "UnrecognizedClientException" << 400 << int(C::PermissionDenied);
    QTest::newRow("ExpiredToken") << "ExpiredToken" << 403 << int(C::PermissionDenied);
    QTest::newRow("ValidationException") << "ValidationException" << 400 << int(C::InvalidInput);
    QTest::newRow("ValidationError") << "ValidationError" << 400 << int(C::InvalidInput);
    QTest::newRow("InvalidParameterValue") << "InvalidParameterValue" << 400 << int(C::InvalidInput);
    QTest::newRow("ResourceNotFound") << "ResourceNotFound" << 400 << int(C::NotFound);
    QTest::newRow("ResourceNotFoundException") << "ResourceNotFoundException" << 404 << int(C::NotFound);
    QTest::newRow("UnknownResourceException") << "UnknownResourceException" << 400 << int(C::NotFound);
    QTest::newRow("ConflictException") << "ConflictException" << 409 << int(C::Conflict);
    QTest::newRow("ResourceAlreadyExistsException") << "ResourceAlreadyExistsException" << 400 << int(C::Conflict);
    QTest::newRow("ConcurrentModificationException") << "ConcurrentModificationException" << 400 << int(C::Conflict);
    QTest::newRow("ResourceLimitExceeded") << "ResourceLimitExceeded" << 400 << int(C::Internal);
    QTest::newRow("InternalFailure") << "InternalFailure" << 500 << int(C::Internal);
    QTest::newRow("ThrottlingException") << "ThrottlingException" << 400 << int(C::Internal);
}

void tst_AwsClient::toErrorExitCodes()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(int, errorCode);
    AwsError aws;
    aws.kind = AwsError::Kind::Service;
    aws.service = QStringLiteral("sagemaker");
    aws.operation = QStringLiteral("StartPipelineExecution");
    aws.code = code;
    aws.message = QStringLiteral("the service's words");
    aws.httpStatus = status;
    aws.requestId = QStringLiteral("req-7d1e");
    aws.attempts = 3;
    const Error error = aws.toError();
    QCOMPARE(int(error.code), errorCode);
    QVERIFY2(error.message.contains(QLatin1String("sagemaker:StartPipelineExecution")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("the service's words")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("req-7d1e")), qPrintable(error.message));
    QVERIFY(error.details.contains(QLatin1String("request id: req-7d1e")));
    QVERIFY(error.details.contains(QLatin1String("code: ") + code));
    QVERIFY(error.details.contains(QLatin1String("attempts: 3")));
    QVERIFY(error.details.contains(QStringLiteral("http status: %1").arg(status)));
    QCOMPARE(error.details, aws.details());
    if (errorCode == int(Error::Code::PermissionDenied))
        QCOMPARE(error.exitCode(), 3);
    else if (errorCode == int(Error::Code::Internal))
        QCOMPARE(error.exitCode(), 1);
    else
        QCOMPARE(error.exitCode(), 2);
}

void tst_AwsClient::toErrorWithoutRequestIdOrCode()
{
    AwsError aws;
    aws.kind = AwsError::Kind::Network;
    aws.service = QStringLiteral("events");
    aws.operation = QStringLiteral("PutRule");
    aws.message = QStringLiteral("Connection refused");
    const Error error = aws.toError();
    QCOMPARE(error.exitCode(), 1);
    QVERIFY(error.message.contains(QLatin1String("events:PutRule")));
    QVERIFY(error.message.contains(QLatin1String("Connection refused")));
    QVERIFY(error.details.contains(QLatin1String("request id: -")));

    AwsError cancelled;
    cancelled.kind = AwsError::Kind::Cancelled;
    cancelled.service = QStringLiteral("ram");
    cancelled.operation = QStringLiteral("ListResources");
    QVERIFY(cancelled.toError().message.contains(QLatin1String("ram:ListResources")));

    AwsError credentials;
    credentials.kind = AwsError::Kind::Credentials;
    credentials.service = QStringLiteral("sts");
    credentials.operation = QStringLiteral("GetCallerIdentity");
    credentials.message = QStringLiteral("no entry");
    QCOMPARE(credentials.toError().exitCode(), 3);
}

void tst_AwsClient::endpoints()
{
    AwsEndpoints endpoints;
    endpoints.region = QStringLiteral("eu-west-1");
    QCOMPARE(endpoints.urlFor(QStringLiteral("sagemaker")),
             QUrl(QStringLiteral("https://api.sagemaker.eu-west-1.amazonaws.com")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("events")),
             QUrl(QStringLiteral("https://events.eu-west-1.amazonaws.com")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("scheduler")),
             QUrl(QStringLiteral("https://scheduler.eu-west-1.amazonaws.com")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("ram")), QUrl(QStringLiteral("https://ram.eu-west-1.amazonaws.com")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("sts")), QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com")));

    AwsEndpoints china;
    china.region = QStringLiteral("cn-north-1");
    QCOMPARE(china.urlFor(QStringLiteral("sts")), QUrl(QStringLiteral("https://sts.cn-north-1.amazonaws.com.cn")));

    AwsEndpoints none;
    QVERIFY(!none.urlFor(QStringLiteral("sts")).isValid() || none.urlFor(QStringLiteral("sts")).isEmpty());

    endpoints.endpointUrl = QUrl(QStringLiteral("http://localhost:4566"));
    QCOMPARE(endpoints.urlFor(QStringLiteral("sagemaker")), QUrl(QStringLiteral("http://localhost:4566")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("sts")), QUrl(QStringLiteral("http://localhost:4566")));
    endpoints.serviceEndpoints.insert(QStringLiteral("sts"), QUrl(QStringLiteral("http://localhost:9000")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("sts")), QUrl(QStringLiteral("http://localhost:9000")));
    QCOMPARE(endpoints.urlFor(QStringLiteral("events")), QUrl(QStringLiteral("http://localhost:4566")));

    // A per-service override alone, without a region.
    AwsEndpoints only;
    only.serviceEndpoints.insert(QStringLiteral("ram"), QUrl(QStringLiteral("https://ram.example.test")));
    QCOMPARE(only.urlFor(QStringLiteral("ram")), QUrl(QStringLiteral("https://ram.example.test")));
    QVERIFY(only.urlFor(QStringLiteral("events")).isEmpty());

    // No region and no override: the call fails saying so, without sending anything.
    Rig rig;
    AwsClient client(AwsEndpoints{}, &rig.credentials, &rig.network, &rig.clock);
    AwsCall *call = client.send(listPipelines());
    QSignalSpy spy(call, &AwsCall::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Network);
    QCOMPARE(call->error().attempts, 1);
}

void tst_AwsClient::signedRequestChecksOut()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::json(200, QByteArray(R"({"PipelineSummaries":[]})")));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(call->response().httpStatus, 200);
    QCOMPARE(call->response().body, QByteArray(R"({"PipelineSummaries":[]})"));
    QCOMPARE(call->response().header("content-type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(call->response().requestId, QStringLiteral("req-ok"));
    QCOMPARE(call->error().attempts, 1);

    QCOMPARE(rig.server.requests().size(), 1);
    const FakeRequest &request = rig.server.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/"));
    QCOMPARE(request.targetOperation(), QByteArray("ListPipelines"));
    QCOMPARE(request.header("x-amz-target"), QByteArray("SageMaker.ListPipelines"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.body, QByteArray(R"({"MaxResults":10})"));
    QCOMPARE(request.header("x-amz-date"), QByteArray("20261205T120000Z"));
    QVERIFY(request.header("user-agent").startsWith("pipelinedesk/"));
    QVERIFY(!request.hasHeader("x-amz-security-token"));
    const PdTest::SignatureCheck check = FakeAwsServer::checkSignature(request, keys());
    QVERIFY2(check.ok, qPrintable(check.why));
    QCOMPARE(check.region, QByteArray("eu-west-1"));
    QCOMPARE(check.service, QByteArray("sagemaker"));
    QCOMPARE(check.signedHeaders, QByteArray("content-type;host;x-amz-date;x-amz-target"));

    // The check does fail on another secret: it really recomputes.
    AwsCredentials other = keys();
    other.secretAccessKey = QStringLiteral("another");
    QVERIFY(!FakeAwsServer::checkSignature(request, other).ok);
    QCOMPARE(rig.client->retryTokens(), 500);
}

void tst_AwsClient::restRequestPathAndQuerySignCorrectly()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::json(200, QByteArray(R"({"Schedules":[]})")));
    AwsCall *call = rig.run(listSchedules());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    const FakeRequest &request = rig.server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/schedules/a%20b/c"));
    QCOMPARE(request.query, QByteArray("NamePrefix=nightly%2Frun&MaxResults=5"));
    QVERIFY(request.body.isEmpty());
    const PdTest::SignatureCheck check = FakeAwsServer::checkSignature(request, keys());
    QVERIFY2(check.ok, qPrintable(check.why));
    QCOMPARE(check.service, QByteArray("scheduler"));
}

void tst_AwsClient::endpointWithPathPrefix()
{
    Rig rig;
    AwsEndpoints endpoints{QStringLiteral("us-east-1"), {}, {}};
    QUrl url = rig.server.url();
    url.setPath(QStringLiteral("/emulator/"));
    endpoints.serviceEndpoints.insert(QStringLiteral("scheduler"), url);
    AwsClient client(endpoints, &rig.credentials, &rig.network, &rig.clock);
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = client.send(listSchedules());
    QSignalSpy spy(call, &AwsCall::finished);
    QVERIFY(spy.wait(5000));
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    const FakeRequest &request = rig.server.requests().first();
    QCOMPARE(request.path, QByteArray("/emulator/schedules/a%20b/c"));
    QVERIFY2(FakeAwsServer::checkSignature(request, keys()).ok,
             qPrintable(FakeAwsServer::checkSignature(request, keys()).why));
    QCOMPARE(FakeAwsServer::checkSignature(request, keys()).region, QByteArray("us-east-1"));
}

void tst_AwsClient::sessionTokenIsSentAndSigned()
{
    Rig rig({}, keys(true));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(call->ok());
    const FakeRequest &request = rig.server.requests().first();
    QCOMPARE(request.header("x-amz-security-token"), SessionToken.toUtf8());
    const PdTest::SignatureCheck check = FakeAwsServer::checkSignature(request, keys(true));
    QVERIFY2(check.ok, qPrintable(check.why));
    QVERIFY(check.signedHeaders.contains("x-amz-security-token"));
    QVERIFY(!FakeAwsServer::checkSignature(request, keys(false)).ok);
}

void tst_AwsClient::throttlingThenSuccessBacksOff()
{
    Rig rig;
    rig.server.enqueue(
        FakeAnswer::jsonError(400, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded")));
    rig.server.enqueue(
        FakeAnswer::restJsonError(429, QStringLiteral("TooManyRequestsException"), QStringLiteral("Slow down")));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray(R"({"ok":true})")));
    AwsCall *call = rig.client->send(listPipelines());
    QSignalSpy retrying(call, &AwsCall::retrying);
    QSignalSpy finished(call, &AwsCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(call->response().body, QByteArray(R"({"ok":true})"));
    QCOMPARE(rig.server.requests().size(), 3);
    // Throttling base 500 ms, full jitter at 0.5: 0.5 × 500, then 0.5 × 1000.
    QCOMPARE(rig.waits, (QList<int>{250, 500}));
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying[0][0].toInt(), 2);
    QCOMPARE(retrying[0][1].toInt(), 250);
    QCOMPARE(retrying[0][2].value<AwsError>().code, QStringLiteral("ThrottlingException"));
    QCOMPARE(retrying[1][0].toInt(), 3);
    QCOMPARE(retrying[1][1].toInt(), 500);
    QCOMPARE(retrying[1][2].value<AwsError>().httpStatus, 429);
    // Two retries at 5 tokens, and the last one's given back on success.
    QCOMPARE(rig.client->retryTokens(), 495);
    // Every attempt is signed anew and checks out.
    for (const FakeRequest &request : rig.server.requests())
        QVERIFY(FakeAwsServer::checkSignature(request, keys()).ok);
    QCOMPARE(finished.size(), 1);
}

void tst_AwsClient::serverErrorsAreRetried()
{
    AwsClientOptions options;
    options.random = [] {
        return 0.999;
    };
    Rig rig(options);
    rig.server.enqueue(FakeAnswer::jsonError(500, QStringLiteral("InternalFailure"), QStringLiteral("oops")));
    rig.server.enqueue(FakeAnswer::queryError(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("busy")));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(rig.server.requests().size(), 3);
    // Base 100 ms: floor(0.999 × 100), floor(0.999 × 200).
    QCOMPARE(rig.waits, (QList<int>{99, 199}));
}

void tst_AwsClient::attemptsExhausted()
{
    Rig rig;
    for (int i = 0; i < 3; ++i)
        rig.server.enqueue(FakeAnswer::jsonError(503, QStringLiteral("ServiceUnavailable"),
                                                 QStringLiteral("try %1").arg(i), "req-" + QByteArray::number(i)));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}"))); // never reached
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(call->isFinished());
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Service);
    QCOMPARE(call->error().httpStatus, 503);
    QCOMPARE(call->error().attempts, 3);
    QCOMPARE(call->error().message, QStringLiteral("try 2"));
    QCOMPARE(call->error().requestId, QStringLiteral("req-2"));
    QCOMPARE(call->error().service, QStringLiteral("sagemaker"));
    QCOMPARE(call->error().operation, QStringLiteral("ListPipelines"));
    QCOMPARE(rig.server.requests().size(), 3);
    QCOMPARE(rig.waits, (QList<int>{50, 100}));
    QCOMPARE(rig.client->retryTokens(), 490);
    QVERIFY(call->error().toError().details.contains(QLatin1String("attempts: 3")));
}

void tst_AwsClient::retryQuotaExhausted()
{
    AwsClientOptions options;
    options.retryQuota = 12;
    Rig rig(options);
    rig.server.setHandler([](const FakeRequest &) {
        return FakeAnswer::jsonError(500, QStringLiteral("InternalFailure"), QStringLiteral("down"));
    });
    // First call: two retries (12 → 7 → 2).
    AwsCall *first = rig.run(listPipelines());
    QCOMPARE(first->error().attempts, 3);
    QCOMPARE(rig.client->retryTokens(), 2);
    // Second call: the quota is spent, so no retry at all.
    AwsCall *second = rig.run(listPipelines());
    QVERIFY(!second->ok());
    QCOMPARE(second->error().attempts, 1);
    QCOMPARE(rig.server.requests().size(), 4);
    QCOMPARE(rig.waits.size(), 2);
    // A success without retry puts one token back.
    rig.server.setHandler([](const FakeRequest &) { return FakeAnswer::json(200, QByteArray("{}")); });
    QVERIFY(rig.run(listPipelines())->ok());
    QCOMPARE(rig.client->retryTokens(), 3);
}

void tst_AwsClient::retryAfterIsHonoured()
{
    Rig rig;
    rig.server.enqueue(
        FakeAnswer::restJsonError(429, QStringLiteral("TooManyRequestsException"), QStringLiteral("later"))
            .withHeader("Retry-After", "3"));
    // A Retry-After shorter than the backoff does not shorten it.
    rig.server.enqueue(
        FakeAnswer::jsonError(503, QStringLiteral("ServiceUnavailable"), QString()).withHeader("Retry-After", "0"));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(call->ok());
    QCOMPARE(rig.waits, (QList<int>{3000, 100}));
}

void tst_AwsClient::validationIsNotRetried()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::jsonError(400, QStringLiteral("ValidationException"),
                                             QStringLiteral("1 validation error detected: Value at 'pipelineName'"),
                                             "val-1"));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(!call->ok());
    QCOMPARE(call->error().code, QStringLiteral("ValidationException"));
    QCOMPARE(call->error().attempts, 1);
    QCOMPARE(rig.server.requests().size(), 1);
    QVERIFY(rig.waits.isEmpty());
    const Error error = call->error().toError();
    QCOMPARE(error.code, Error::Code::InvalidInput);
    QCOMPARE(error.exitCode(), 2);
    QVERIFY(error.message.contains(QLatin1String("val-1")));
    QVERIFY(error.message.contains(QLatin1String("Value at 'pipelineName'")));
}

void tst_AwsClient::malformedJsonErrorKeepsStatus()
{
    Rig rig;
    FakeAnswer broken = FakeAnswer::json(400, QByteArray("{\"__type\": \"Validat"));
    broken.headers = {{"Content-Type", "application/x-amz-json-1.1"}, {"x-amzn-RequestId", "bad-json"}};
    rig.server.enqueue(broken);
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Service);
    QCOMPARE(call->error().httpStatus, 400);
    QCOMPARE(call->error().requestId, QStringLiteral("bad-json"));
    QCOMPARE(call->error().attempts, 1);
    QVERIFY(call->error().toError().message.contains(QLatin1String("400")));
    QVERIFY(call->error().details().contains(QLatin1String("http status: 400")));
}

void tst_AwsClient::truncatedBodyIsRetried()
{
    Rig rig;
    const QByteArray body = QByteArray(R"({"PipelineSummaries":[)") + QByteArray(200, ' ') + "]}";
    rig.server.enqueue(FakeAnswer::truncated(200, body, 30));
    rig.server.enqueue(FakeAnswer::json(200, body));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(call->response().body, body);
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.waits, (QList<int>{50}));
}

void tst_AwsClient::truncatedBodyFails()
{
    AwsClientOptions options;
    options.maxAttempts = 1;
    Rig rig(options);
    const QByteArray body = QByteArray(R"({"PipelineSummaries":[)") + QByteArray(200, ' ') + "]}";
    rig.server.enqueue(FakeAnswer::truncated(200, body, 30));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Network);
    QCOMPARE(call->error().httpStatus, 200);
    QVERIFY(call->error().isRetryable());
    QCOMPARE(call->error().requestId, QStringLiteral("req-ok"));
    QCOMPARE(call->error().toError().exitCode(), 1);
}

void tst_AwsClient::slowAnswerTimesOut()
{
    AwsClientOptions options;
    options.totalTimeoutMs = 200;
    Rig rig(options);
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")).delayed(5000));
    AwsCall *call = rig.client->send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    QVERIFY(finished.wait(3000));
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Timeout);
    QCOMPARE(call->error().attempts, 1);
    QCOMPARE(rig.server.requests().size(), 1);
    QVERIFY(call->error().toError().message.contains(QLatin1String("sagemaker:ListPipelines")));
}

void tst_AwsClient::connectTimeoutIsRetried()
{
    AwsClientOptions options;
    options.connectTimeoutMs = 150;
    Rig rig(options);
    rig.server.enqueue(FakeAnswer::hang());
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.waits, (QList<int>{50}));
    // A retry after a timeout costs 10 tokens, given back on success.
    QCOMPARE(rig.client->retryTokens(), 500);
}

void tst_AwsClient::resetConnectionIsRetried()
{
    AwsClientOptions once;
    once.maxAttempts = 1;
    Rig single(once);
    single.server.setHandler([](const FakeRequest &) { return FakeAnswer::reset(); });
    AwsCall *failed = single.run(listPipelines());
    // Qt itself sends a request once more when a connection closes before any byte of the answer
    // (QHttpNetworkConnectionChannel): one attempt of ours is then two on the wire.
    QVERIFY(single.server.requests().size() >= 1 && single.server.requests().size() <= 2);
    QVERIFY(!failed->ok());
    QCOMPARE(failed->error().kind, AwsError::Kind::Network);
    QCOMPARE(failed->error().httpStatus, 0);
    QVERIFY(!failed->error().message.isEmpty());
    QVERIFY(failed->error().isRetryable());

    // Reset until our first attempt has failed (Qt's own resend included), then answer.
    Rig rig;
    rig.server.setHandler([&](const FakeRequest &request) {
        return request.index < single.server.requests().size() ? FakeAnswer::reset()
                                                               : FakeAnswer::json(200, QByteArray("{}"));
    });
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(rig.waits, (QList<int>{50}));
    QVERIFY(FakeAwsServer::checkSignature(rig.server.requests().last(), keys()).ok);
}

void tst_AwsClient::clockSkewIsCorrected()
{
    Rig rig;
    const QDateTime serverNow = noon().addSecs(3600);
    // The server's clock is an hour ahead of ours and refuses a signature more than 5 minutes off.
    rig.server.setHandler([&](const FakeRequest &request) {
        const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(request.header("x-amz-date")),
                                                         QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        const QDateTime at(signedAt.date(), signedAt.time(), QTimeZone::utc());
        FakeAnswer answer = std::abs(at.secsTo(serverNow)) > 300
                                ? FakeAnswer::jsonError(400, QStringLiteral("InvalidSignatureException"),
                                                        QStringLiteral("Signature expired: is now earlier than"))
                                : FakeAnswer::json(200, QByteArray("{}"));
        return answer.withHeader("Date", FakeAwsServer::httpDate(serverNow));
    });
    AwsCall *call = rig.run(listPipelines());
    QVERIFY2(call->ok(), qPrintable(call->error().details()));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests()[0].header("x-amz-date"), QByteArray("20261205T120000Z"));
    QCOMPARE(rig.server.requests()[1].header("x-amz-date"), QByteArray("20261205T130000Z"));
    QVERIFY(FakeAwsServer::checkSignature(rig.server.requests()[1], keys()).ok);
    QCOMPARE(rig.client->clockSkewMs(), qint64(3600) * 1000);

    // Later calls sign with the corrected time from their first attempt.
    AwsCall *later = rig.run(listPipelines());
    QVERIFY(later->ok());
    QCOMPARE(rig.server.requests().size(), 3);
    QCOMPARE(rig.server.requests()[2].header("x-amz-date"), QByteArray("20261205T130000Z"));
}

void tst_AwsClient::signatureRefusalWithoutSkewIsNotRetried()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::jsonError(400, QStringLiteral("InvalidSignatureException"), QStringLiteral("bad"))
                           .withHeader("Date", FakeAwsServer::httpDate(noon().addSecs(30))));
    AwsCall *call = rig.run(listPipelines());
    QVERIFY(!call->ok());
    QCOMPARE(call->error().code, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(call->error().attempts, 1);
    QCOMPARE(rig.client->clockSkewMs(), 0);
    QCOMPARE(call->error().toError().exitCode(), 3);
}

void tst_AwsClient::cancelMidFlight()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::hang());
    AwsCall *call = rig.client->send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    QSignalSpy retrying(call, &AwsCall::retrying);
    QVERIFY(rig.server.waitForRequests(1));
    QVERIFY(!call->isFinished());
    call->cancel();
    QVERIFY(call->isFinished());
    QCOMPARE(finished.size(), 0); // from the event loop, not inside cancel()
    QVERIFY(finished.wait(5000));
    call->cancel();
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retrying.size(), 0);
    QVERIFY(!call->ok());
    QCOMPARE(call->error().kind, AwsError::Kind::Cancelled);
    QCOMPARE(call->error().toError().exitCode(), 1);
    QCOMPARE(rig.server.requests().size(), 1);
}

void tst_AwsClient::cancelDropsPendingRetry()
{
    std::function<void()> pending;
    AwsClientOptions options;
    options.wait = [&](int, QObject *, std::function<void()> then) {
        pending = std::move(then);
    };
    Rig rig(options);
    rig.server.enqueue(FakeAnswer::jsonError(503, QStringLiteral("ServiceUnavailable"), QString()));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *call = rig.client->send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    QSignalSpy retrying(call, &AwsCall::retrying);
    QVERIFY(retrying.wait(5000));
    QVERIFY(pending);
    call->cancel();
    pending(); // the retry's wait ends after the cancel: nothing is sent
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error().kind, AwsError::Kind::Cancelled);
    QCOMPARE(rig.server.requests().size(), 1);
}

void tst_AwsClient::destroyedWithCallsInFlight()
{
    auto rig = std::make_unique<Rig>();
    rig->server.enqueue(FakeAnswer::hang());
    rig->server.enqueue(FakeAnswer::json(200, QByteArray("{}")).delayed(50));
    QPointer<AwsCall> first = rig->client->send(listPipelines());
    QPointer<AwsCall> second = rig->client->send(listPipelines());
    QVERIFY(rig->server.waitForRequests(2));
    rig->client.reset();
    QVERIFY(first.isNull());
    QVERIFY(second.isNull());
    QTest::qWait(150); // the delayed answer arrives for nobody
}

void tst_AwsClient::lateCredentialsAfterDestruction()
{
    Rig rig;
    LateCredentials late;
    auto client = std::make_unique<AwsClient>(AwsEndpoints{QStringLiteral("eu-west-1"), rig.server.url(), {}}, &late,
                                              &rig.network, &rig.clock);
    QPointer<AwsCall> call = client->send(listPipelines());
    QCOMPARE(late.pending.size(), size_t(1));
    client.reset();
    QVERIFY(call.isNull());
    late.pending.front()(keys()); // must not touch the deleted call
    QTest::qWait(20);
    QCOMPARE(rig.server.requests().size(), 0);

    // And with the client alive: the call goes once the keys come.
    AwsClient alive(AwsEndpoints{QStringLiteral("eu-west-1"), rig.server.url(), {}}, &late, &rig.network, &rig.clock);
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    AwsCall *waiting = alive.send(listPipelines());
    QSignalSpy finished(waiting, &AwsCall::finished);
    QTest::qWait(20);
    QCOMPARE(rig.server.requests().size(), 0);
    late.pending.back()(keys());
    QVERIFY(finished.wait(5000));
    QVERIFY(waiting->ok());
}

void tst_AwsClient::deletedFromFinishedSlot()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    rig.server.enqueue(FakeAnswer::jsonError(503, QStringLiteral("ServiceUnavailable"), QString()));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    QPointer<AwsCall> call = rig.client->send(listPipelines());
    bool done = false;
    connect(call, &AwsCall::finished, this, [&] {
        done = true;
        delete call.data();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(call.isNull());

    // Deleted from the retrying slot: no further attempt.
    QPointer<AwsCall> retried = rig.client->send(listPipelines());
    connect(retried, &AwsCall::retrying, this, [&] { delete retried.data(); });
    QTRY_VERIFY_WITH_TIMEOUT(retried.isNull(), 5000);
    QTest::qWait(50);
    QCOMPARE(rig.server.requests().size(), 2);
}

void tst_AwsClient::credentialsErrorFinishesTheCall()
{
    Rig rig;
    FailingCredentials failing;
    AwsClient client(AwsEndpoints{QStringLiteral("eu-west-1"), rig.server.url(), {}}, &failing, &rig.network,
                     &rig.clock);
    AwsCall *call = client.send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    QCOMPARE(finished.size(), 0); // never inside send()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error().kind, AwsError::Kind::Credentials);
    QCOMPARE(call->error().message, QStringLiteral("the keychain entry for profile dev is missing"));
    QCOMPARE(call->error().toError().exitCode(), 3);
    QCOMPARE(rig.server.requests().size(), 0);
}

void tst_AwsClient::expiredTokenInvalidatesCredentials()
{
    Rig rig;
    LateCredentials late;
    AwsClient client(AwsEndpoints{QStringLiteral("eu-west-1"), rig.server.url(), {}}, &late, &rig.network, &rig.clock);
    rig.server.enqueue(FakeAnswer::queryError(403, QStringLiteral("ExpiredToken"),
                                              QStringLiteral("The security token included in the request is expired")));
    AwsCall *call = client.send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    late.pending.front()(keys(true));
    QVERIFY(finished.wait(5000));
    QCOMPARE(call->error().code, QStringLiteral("ExpiredToken"));
    QCOMPARE(late.invalidated, 1);
    QCOMPARE(call->error().toError().exitCode(), 3);
}

void tst_AwsClient::progressIsReported()
{
    Rig rig;
    const QByteArray body = "{\"blob\":\"" + QByteArray(300000, 'x') + "\"}";
    rig.server.enqueue(FakeAnswer::json(200, body));
    AwsCall *call = rig.client->send(listPipelines());
    QSignalSpy progress(call, &AwsCall::progress);
    QSignalSpy finished(call, &AwsCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(call->ok());
    QCOMPARE(call->response().body.size(), body.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last()[0].toLongLong(), qint64(body.size()));
    QCOMPARE(progress.last()[1].toLongLong(), qint64(body.size()));
}

void tst_AwsClient::deletedFromProgressSlot()
{
    Rig rig;
    rig.server.enqueue(FakeAnswer::json(200, "{\"blob\":\"" + QByteArray(2000000, 'x') + "\"}"));
    rig.server.enqueue(FakeAnswer::json(200, QByteArray("{}")));
    QPointer<AwsCall> call = rig.client->send(listPipelines());
    connect(call, &AwsCall::progress, this, [&](qint64 received) {
        if (received > 0 && call)
            delete call.data();
    });
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    // The client still works afterwards.
    QVERIFY(rig.run(listPipelines())->ok());
}

void tst_AwsClient::keepAliveAndPagination()
{
    // The fake server's handler serves a paginated list by NextToken, as the sync tests will.
    Rig rig;
    rig.server.setHandler([](const FakeRequest &request) {
        const int page =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("NextToken")).toString().toInt();
        QJsonObject answer{{QStringLiteral("Page"), page}};
        if (page < 2)
            answer.insert(QStringLiteral("NextToken"), QString::number(page + 1));
        return FakeAnswer::json(200, answer);
    });
    QString token;
    QList<int> pages;
    do {
        AwsRequest request = listPipelines();
        request.body = token.isEmpty() ? QByteArray("{}")
                                       : QJsonDocument(QJsonObject{{QStringLiteral("NextToken"), token}}).toJson();
        AwsCall *call = rig.run(request);
        QVERIFY(call->ok());
        const QJsonObject answer = QJsonDocument::fromJson(call->response().body).object();
        pages << answer.value(QStringLiteral("Page")).toInt();
        token = answer.value(QStringLiteral("NextToken")).toString();
    } while (!token.isEmpty());
    QCOMPARE(pages, (QList<int>{0, 1, 2}));
    QCOMPARE(rig.server.requests().size(), 3);
    // One connection, kept alive between the calls.
    QCOMPARE(rig.server.connectionCount(), 1);
    QCOMPARE(rig.server.requests()[2].connection, rig.server.requests()[0].connection);
}

void tst_AwsClient::secretNeverInErrors()
{
    // A server that echoes everything it got, and even the secret itself (as a broken proxy or
    // emulator might): nothing of it reaches an error's text.
    AwsClientOptions options;
    options.maxAttempts = 1;
    Rig rig(options, keys(true));
    int which = 0;
    rig.server.setHandler([&](const FakeRequest &request) {
        QString echo;
        for (const auto &[name, value] : request.headers)
            echo += QString::fromUtf8(name + ": " + value + "; ");
        echo += QStringLiteral(" key=") + SecretKey;
        switch (which++ % 3) {
        case 0: return FakeAnswer::jsonError(400, QStringLiteral("IncompleteSignatureException"), echo);
        case 1:
            return FakeAnswer::queryError(403, QStringLiteral("SignatureDoesNotMatch"), echo, SessionToken.toUtf8());
        default: return FakeAnswer::restJsonError(500, QStringLiteral("InternalServerException"), echo);
        }
    });
    for (int i = 0; i < 3; ++i) {
        AwsCall *call = rig.run(listPipelines());
        QVERIFY(!call->ok());
        const AwsError &error = call->error();
        const Error translated = error.toError();
        for (const QString &text : {error.message, error.code, error.requestId, error.details(), translated.message,
                                    translated.details, translated.reason}) {
            QVERIFY2(!holdsSecret(text), qPrintable(text));
            // Nor the Authorization header's signature.
            for (const FakeRequest &request : rig.server.requests()) {
                const QByteArray authorization = request.header("authorization");
                QVERIFY(!text.contains(QString::fromUtf8(authorization.mid(authorization.indexOf("Signature=") + 10))));
            }
        }
        QVERIFY(error.message.contains(QLatin1String("***")));
    }
    // And the transport's own errors: a refused connection.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    AwsClient refused(
        AwsEndpoints{QStringLiteral("eu-west-1"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}},
        &rig.credentials, &rig.network, &rig.clock, options);
    AwsCall *call = refused.send(listPipelines());
    QSignalSpy finished(call, &AwsCall::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(call->error().kind, AwsError::Kind::Network);
    QVERIFY(!holdsSecret(call->error().toError().message));
    QVERIFY(!holdsSecret(call->error().details()));
}

QTEST_GUILESS_MAIN(tst_AwsClient)
#include "tst_awsclient.moc"

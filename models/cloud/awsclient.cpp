#include "awsclient.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace Pd {

namespace {

// The JavaScript SDK v3's standard retry strategy (@smithy/util-retry).
constexpr int DelayBaseMs = 100;
constexpr int ThrottlingDelayBaseMs = 500;
constexpr int RetryCost = 5;
constexpr int TimeoutRetryCost = 10;
constexpr int NoRetryIncrement = 1;
// How far the server's Date may be from ours before the client moves its clock (the SDK's 5 min).
constexpr qint64 SkewThresholdMs = 5 * 60 * 1000;

// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form every AWS endpoint sends; invalid
// when the header is something else.
QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
    return t.toUTC();
}

QByteArray headerOf(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool isCredentialsExpiredCode(const QString &code)
{
    return code == QLatin1String("ExpiredToken") || code == QLatin1String("ExpiredTokenException") ||
           code == QLatin1String("InvalidClientTokenId") || code == QLatin1String("UnrecognizedClientException");
}

QByteArray userAgent()
{
    QByteArray version = QCoreApplication::applicationVersion().toUtf8();
    if (version.isEmpty())
        version = "0";
    return "pipelinedesk/" + version;
}

} // namespace

QUrl AwsEndpoints::urlFor(const QString &service) const
{
    QUrl url;
    const auto it = serviceEndpoints.constFind(service);
    if (it != serviceEndpoints.constEnd() && it->isValid() && !it->isEmpty()) {
        url = *it;
    } else if (endpointUrl.isValid() && !endpointUrl.isEmpty()) {
        url = endpointUrl;
    } else {
        if (region.isEmpty() || service.isEmpty())
            return {};
        const QString prefix = service == QLatin1String("sagemaker") ? QStringLiteral("api.sagemaker") : service;
        const QString suffix = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                       : QStringLiteral("amazonaws.com");
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("%1.%2.%3").arg(prefix, region, suffix));
        return url;
    }
    if (url.scheme().isEmpty())
        url.setScheme(QStringLiteral("https"));
    return url;
}

// --- AwsCall -------------------------------------------------------------------------------------

AwsCall::AwsCall(AwsRequest request, AwsClient *client)
    : QObject(client)
    , m_request(std::move(request))
    , m_alive(std::make_shared<bool>(true))
    , m_client(client)
    , m_connectTimer(new QTimer(this))
    , m_totalTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_totalTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &AwsCall::onConnectTimeout);
    connect(m_totalTimer, &QTimer::timeout, this, &AwsCall::onTotalTimeout);
}

AwsCall::~AwsCall()
{
    dropReply();
    m_secretInUse.fill('\0');
    m_tokenInUse.fill('\0');
}

void AwsCall::cancel()
{
    if (m_finished)
        return;
    AwsError error;
    error.kind = AwsError::Kind::Cancelled;
    error.message = tr("the call was cancelled");
    error.service = m_request.service;
    error.operation = m_request.operation;
    error.attempts = std::max(1, m_attempt);
    m_error = error;
    m_failed = true;
    finish();
}

void AwsCall::start()
{
    if (m_client->m_options.totalTimeoutMs > 0)
        m_totalTimer->start(m_client->m_options.totalTimeoutMs);
    beginAttempt();
}

void AwsCall::beginAttempt()
{
    ++m_attempt;
    const quint64 generation = ++m_generation;
    const std::weak_ptr<bool> alive = m_alive;
    // The source may answer before returning or much later (a keychain prompt, an AssumeRole).
    m_client->m_credentials->credentials([this, alive, generation](Result<AwsCredentials> got) {
        if (alive.expired() || m_finished || generation != m_generation)
            return;
        if (!got.ok()) {
            AwsError error;
            error.kind = AwsError::Kind::Credentials;
            error.code = got.error().cause; // an AssumeRole's ExpiredToken, MfaCodeNeeded
            error.message = got.error().message;
            fail(error);
            return;
        }
        sendAttempt(got.value());
    });
}

void AwsCall::sendAttempt(const AwsCredentials &credentials)
{
    if (!credentials.isComplete()) {
        AwsError error;
        error.kind = AwsError::Kind::Credentials;
        error.message = tr("the access key id or the secret access key is missing");
        fail(error);
        return;
    }
    m_secretInUse = credentials.secretAccessKey.toUtf8();
    m_tokenInUse = credentials.sessionToken.toUtf8();

    const QUrl base = m_client->m_endpoints.urlFor(m_request.service);
    if (!base.isValid() || base.host().isEmpty()) {
        AwsError error;
        error.kind = AwsError::Kind::Network;
        error.message =
            tr("there is no endpoint for the service %1: set a region or an endpoint URL").arg(m_request.service);
        error.code = QStringLiteral("NoEndpoint");
        fail(error);
        return;
    }
    // The endpoint's own path (an emulator behind a prefix) comes before the request's.
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QByteArray path = m_request.path.isEmpty() ? QByteArray("/") : m_request.path;
    if (!path.startsWith('/'))
        path.prepend('/');
    encoded += path;
    if (!m_request.query.isEmpty())
        encoded += '?' + m_request.query;
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    // Signed as QUrl will put it on the wire, so that no re-encoding comes between the two.
    const SigV4Request toSign{m_request.method, url.toEncoded(), m_request.headers, m_request.body};
    const SigV4Signature signature =
        SigV4::sign(toSign, credentials, m_client->m_endpoints.region, m_request.service, m_client->signingTime());
    m_signatureInUse = signature.signature;

    QNetworkRequest request(url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : signature.headersToAdd)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", userAgent());
    // An SDK follows no redirect (it would carry the Authorization elsewhere), reads no cache and
    // keeps no cookie.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    const bool bodiless = m_request.body.isEmpty() &&
                          (m_request.method == "GET" || m_request.method == "DELETE" || m_request.method == "HEAD");
    if (bodiless)
        reply = m_client->m_network->sendCustomRequest(request, m_request.method);
    else
        reply = m_client->m_network->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &AwsCall::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, m_connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_connectTimer->stop();
        emit progress(received, total);
    });
    if (m_client->m_options.connectTimeoutMs > 0)
        m_connectTimer->start(m_client->m_options.connectTimeoutMs);
}

void AwsCall::dropReply()
{
    m_connectTimer->stop();
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->disconnect(m_connectTimer);
    if (reply->isRunning())
        reply->abort();
    // Later: this may run inside one of the reply's own signals.
    reply->deleteLater();
}

void AwsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const HttpHeaders headers = reply->rawHeaderPairs();
    const QByteArray body = reply->readAll();
    const QString transportMessage = reply->errorString();
    dropReply();

    bool skewCorrected = false;
    if (status > 0) {
        const QDateTime serverTime = parseHttpDate(headerOf(headers, "date"));
        if (serverTime.isValid())
            skewCorrected = m_client->updateSkew(serverTime);
    }

    const bool transportFailed =
        networkError != QNetworkReply::NoError &&
        (networkError < QNetworkReply::ContentAccessDenied ||
         (networkError >= QNetworkReply::ProtocolUnknownError && networkError < QNetworkReply::InternalServerError));

    if (status > 0) {
        // An answer that broke off: the connection closed before Content-Length bytes came. A
        // compressed body is decoded by Qt, so its length says nothing then.
        bool lengthKnown = false;
        const qint64 announced = headerOf(headers, "content-length").toLongLong(&lengthKnown);
        const bool encoded = !headerOf(headers, "content-encoding").isEmpty();
        const bool shortBody = lengthKnown && !encoded && body.size() < announced;
        if (shortBody || (transportFailed && networkError == QNetworkReply::RemoteHostClosedError)) {
            AwsError error;
            error.kind = AwsError::Kind::Network;
            error.httpStatus = status;
            error.code = QStringLiteral("TruncatedAnswer");
            error.message = lengthKnown
                                ? tr("the answer broke off after %1 of %2 bytes").arg(body.size()).arg(announced)
                                : tr("the connection closed before the end of the answer");
            error.requestId = QString::fromUtf8(headerOf(headers, "x-amzn-requestid"));
            if (error.requestId.isEmpty())
                error.requestId = QString::fromUtf8(headerOf(headers, "x-amz-request-id"));
            fail(error);
            return;
        }
        if (status >= 200 && status < 300) {
            AwsResponse response;
            response.httpStatus = status;
            response.headers = headers;
            response.body = body;
            response.requestId = QString::fromUtf8(response.header("x-amzn-requestid"));
            if (response.requestId.isEmpty())
                response.requestId = QString::fromUtf8(response.header("x-amz-request-id"));
            succeed(std::move(response));
            return;
        }
        AwsError error = AwsError::fromResponse(m_request.service, m_request.operation, status, headers, body);
        qint64 retryAfterMs = -1;
        const QByteArray retryAfter = headerOf(headers, "retry-after");
        if (!retryAfter.isEmpty()) {
            bool isNumber = false;
            const double seconds = retryAfter.toDouble(&isNumber);
            if (isNumber && seconds >= 0) {
                retryAfterMs = qint64(std::ceil(seconds * 1000));
            } else if (const QDateTime at = parseHttpDate(retryAfter); at.isValid()) {
                retryAfterMs = std::max<qint64>(0, m_client->signingTime().msecsTo(at));
            }
        }
        fail(error, retryAfterMs, skewCorrected);
        return;
    }

    AwsError error;
    error.kind = AwsError::Kind::Network;
    error.message = transportMessage;
    if (networkError == QNetworkReply::TimeoutError) {
        error.kind = AwsError::Kind::Timeout;
    } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
        error.code = QStringLiteral("TlsHandshakeFailed");
    } else if (networkError == QNetworkReply::NoError) {
        // No status and no error: not HTTP at all.
        error.kind = AwsError::Kind::Malformed;
        error.message = tr("the answer is not HTTP");
    }
    fail(error);
}

void AwsCall::onConnectTimeout()
{
    if (m_finished || !m_reply)
        return;
    dropReply();
    AwsError error;
    error.kind = AwsError::Kind::Timeout;
    error.code = QStringLiteral("TimeoutError");
    error.message = tr("no answer within %1 ms").arg(m_client->m_options.connectTimeoutMs);
    fail(error);
}

void AwsCall::onTotalTimeout()
{
    if (m_finished)
        return;
    AwsError error;
    error.kind = AwsError::Kind::Timeout;
    error.code = QStringLiteral("TimeoutError");
    error.message = tr("the call took longer than %1 ms").arg(m_client->m_options.totalTimeoutMs);
    error.service = m_request.service;
    error.operation = m_request.operation;
    error.attempts = std::max(1, m_attempt);
    m_error = error;
    m_failed = true;
    finish();
}

void AwsCall::scrub(AwsError &error) const
{
    // A service that echoes what it got must not carry the keys into a message, a log or --json.
    const auto mask = [](QString &text, const QByteArray &secret) {
        if (!secret.isEmpty() && !text.isEmpty())
            text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
    };
    for (const QByteArray *secret : {&m_secretInUse, &m_tokenInUse, &m_signatureInUse}) {
        mask(error.message, *secret);
        mask(error.code, *secret);
        mask(error.requestId, *secret);
    }
}

int AwsCall::backoffMs(const AwsError &cause, qint64 retryAfterMs) const
{
    const AwsClientOptions &options = m_client->m_options;
    const int base = cause.isThrottling() ? ThrottlingDelayBaseMs : DelayBaseMs;
    // Full jitter over base * 2^(retries so far), capped: the first retry waits up to one base.
    const int retriesSoFar = std::max(0, m_attempt - 1);
    const double ceiling = std::min(double(options.backoffCapMs), base * std::pow(2.0, std::min(retriesSoFar, 30)));
    const double random = options.random ? options.random() : QRandomGenerator::global()->generateDouble();
    qint64 delay = qint64(std::floor(std::clamp(random, 0.0, 1.0) * ceiling));
    if (retryAfterMs > delay)
        delay = retryAfterMs;
    return int(std::min<qint64>(delay, std::numeric_limits<int>::max()));
}

void AwsCall::fail(AwsError error, qint64 retryAfterMs, bool skewCorrected)
{
    if (m_finished)
        return;
    error.service = m_request.service;
    error.operation = m_request.operation;
    error.attempts = m_attempt;
    scrub(error);
    if (error.kind == AwsError::Kind::Service && isCredentialsExpiredCode(error.code))
        m_client->m_credentials->invalidate();

    const AwsClientOptions &options = m_client->m_options;
    const bool wantsRetry = error.isRetryable() || (error.isClockSkew() && skewCorrected);
    const int cost = error.kind == AwsError::Kind::Timeout ? TimeoutRetryCost : RetryCost;
    if (!wantsRetry || m_attempt >= options.maxAttempts || m_client->m_retryTokens < cost) {
        m_error = std::move(error);
        m_failed = true;
        finish();
        return;
    }
    m_client->m_retryTokens -= cost;
    m_lastRetryCost = cost;
    const int delay = backoffMs(error, retryAfterMs);
    const quint64 generation = ++m_generation;
    const std::weak_ptr<bool> alive = m_alive;
    emit retrying(m_attempt + 1, delay, error);
    if (alive.expired() || m_finished || generation != m_generation)
        return; // deleted or cancelled from the slot
    auto then = [this, alive, generation] {
        if (alive.expired() || m_finished || generation != m_generation)
            return;
        beginAttempt();
    };
    if (options.wait)
        options.wait(delay, this, then);
    else
        QTimer::singleShot(delay, this, then);
}

void AwsCall::succeed(AwsResponse response)
{
    if (m_finished)
        return;
    AwsClient *client = m_client;
    client->m_retryTokens =
        std::min(client->m_options.retryQuota,
                 client->m_retryTokens + (m_lastRetryCost > 0 ? m_lastRetryCost : NoRetryIncrement));
    m_response = std::move(response);
    m_failed = false;
    finish();
}

void AwsCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation;
    dropReply();
    m_totalTimer->stop();
    m_secretInUse.fill('\0');
    m_secretInUse.clear();
    m_tokenInUse.fill('\0');
    m_tokenInUse.clear();
    // Always from the event loop: a caller connects after send() returns, and may delete the call
    // from its slot (nothing here touches it after the emission).
    QMetaObject::invokeMethod(
        this, [this] { emit finished(); }, Qt::QueuedConnection);
}

// --- AwsClient -----------------------------------------------------------------------------------

AwsClient::AwsClient(AwsEndpoints endpoints, CredentialsSource *credentials, QNetworkAccessManager *network,
                     const Clock *clock, AwsClientOptions options, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_credentials(credentials)
    , m_network(network)
    , m_clock(clock ? clock : Clock::system())
    , m_options(std::move(options))
    , m_retryTokens(m_options.retryQuota)
{
    if (m_options.maxAttempts < 1)
        m_options.maxAttempts = 1;
}

AwsClient::~AwsClient()
{
    // Calls in flight go quietly: each aborts its reply and its pending callbacks find it gone.
    const QList<AwsCall *> calls = findChildren<AwsCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

AwsCall *AwsClient::send(AwsRequest request)
{
    auto *call = new AwsCall(std::move(request), this);
    call->start();
    return call;
}

QDateTime AwsClient::signingTime() const
{
    return m_clock->now().addMSecs(m_skewMs);
}

bool AwsClient::updateSkew(const QDateTime &serverTime)
{
    const QDateTime ours = m_clock->now();
    if (std::abs(ours.addMSecs(m_skewMs).msecsTo(serverTime)) < SkewThresholdMs)
        return false;
    m_skewMs = ours.msecsTo(serverTime);
    return true;
}

} // namespace Pd

#pragma once

#include "cloud/awsrequest.h"
#include "cloud/credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Pd {

class AwsClient;
class Clock;

// Where each service is reached. Without overrides: https://<host>.<region>.amazonaws.com with the
// service's host prefix (api.sagemaker, events, scheduler, ram, sts). Overrides as the AWS CLI
// takes them: one URL for every service (endpoint_url, AWS_ENDPOINT_URL, --endpoint-url) and one
// per service (AWS_ENDPOINT_URL_<SERVICE>, keyed here by signing name), the latter winning.
struct AwsEndpoints
{
    QString region;
    QUrl endpointUrl;
    QHash<QString, QUrl> serviceEndpoints; // signing name → URL

    QUrl urlFor(const QString &service) const;
};

struct AwsClientOptions
{
    // Retries as the SDKs' "standard" mode: at most maxAttempts sends; before attempt n+1 a delay
    // of random() * min(backoffCapMs, base * 2^n) (full jitter), base 100 ms (500 ms after
    // throttling); a Retry-After header (seconds) wins when longer; a retry quota shared by the
    // client's calls (500 tokens, 5 a retry, 10 a retry after a timeout, 1 back on success).
    int maxAttempts = 3;
    int backoffCapMs = 20000;
    int retryQuota = 500;
    int connectTimeoutMs = 10000; // no byte of the answer yet
    int totalTimeoutMs = 60000;   // the whole call, retries included
    // [0, 1): the jitter. Injected so tests assert the exact delays.
    std::function<double()> random;
    // Runs `then` after delayMs; the default is a QTimer. Tests record the delays and run at once.
    std::function<void(int delayMs, QObject *context, std::function<void()> then)> wait;
};

// One call in flight. Finishes exactly once, always from the event loop (never inside send()).
// Owned by the client until finished; whoever connects to finished() deletes it (deleteLater) or
// leaves it to the client, which deletes finished calls when it is destroyed.
class AwsCall : public QObject
{
    Q_OBJECT

public:
    // Aborts what is in flight, silently: a call deleted before it finished emits nothing more.
    ~AwsCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_failed; }
    const AwsResponse &response() const { return m_response; }
    const AwsError &error() const { return m_error; }
    const AwsRequest &request() const { return m_request; }

    // Stops the call: the reply is aborted, a pending retry dropped, and finished() is emitted with
    // AwsError::Kind::Cancelled (unless it had already finished).
    void cancel();

signals:
    void finished();
    // Bytes of the current attempt's answer, for progress bars (total -1 when unknown).
    void progress(qint64 received, qint64 total);
    // Before waiting delayMs for attempt `attempt` (2, 3…), with the error that caused it.
    void retrying(int attempt, int delayMs, const Pd::AwsError &cause);

private:
    friend class AwsClient;
    AwsCall(AwsRequest request, AwsClient *client);

    void start();
    void beginAttempt();
    void sendAttempt(const AwsCredentials &credentials);
    void onReplyFinished();
    void onConnectTimeout();
    void onTotalTimeout();
    void fail(AwsError error, qint64 retryAfterMs = -1, bool skewCorrected = false);
    void succeed(AwsResponse response);
    void finish();
    void dropReply();
    void scrub(AwsError &error) const;
    int backoffMs(const AwsError &cause, qint64 retryAfterMs) const;

    AwsRequest m_request;
    AwsResponse m_response;
    AwsError m_error;
    bool m_finished = false;
    bool m_failed = false;
    int m_attempt = 0;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<bool> m_alive; // weak copies guard the callbacks that may outlive the call
    AwsClient *m_client;           // the parent; a call never outlives its client
    QTimer *m_connectTimer;
    QTimer *m_totalTimer;
    quint64 m_generation = 0; // bumped to drop a pending credentials callback or retry
    int m_lastRetryCost = 0;  // given back to the quota when the retry succeeds
    // What the current attempt signed with and sent, kept in memory only to scrub an error message
    // that echoes it.
    QByteArray m_secretInUse;
    QByteArray m_tokenInUse;
    QByteArray m_signatureInUse;
};

// Sends signed requests to one account's endpoints with one set of credentials (a profile).
// Every call is asynchronous and cancellable: the GUI's event loop is never blocked. The client
// corrects its clock from the server's Date after a clock-skew refusal and signs later calls with
// the corrected time. Nothing it logs or reports holds a secret.
class AwsClient : public QObject
{
    Q_OBJECT

public:
    // network: shared, not owned (proxies come from the system configuration it carries);
    // credentials: not owned, must outlive the client; clock: the time signatures are made with.
    AwsClient(AwsEndpoints endpoints, CredentialsSource *credentials, QNetworkAccessManager *network,
              const Clock *clock, AwsClientOptions options = {}, QObject *parent = nullptr);
    ~AwsClient() override;

    AwsCall *send(AwsRequest request);

    const AwsEndpoints &endpoints() const { return m_endpoints; }
    qint64 clockSkewMs() const { return m_skewMs; } // server time minus our clock
    int retryTokens() const { return m_retryTokens; }

private:
    friend class AwsCall;
    // Moves the skew to the server's Date when they differ by 5 minutes or more (the JavaScript
    // SDK v3's rule); true when it changed.
    bool updateSkew(const QDateTime &serverTime);
    QDateTime signingTime() const;

    AwsEndpoints m_endpoints;
    CredentialsSource *m_credentials;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    AwsClientOptions m_options;
    qint64 m_skewMs = 0;
    int m_retryTokens = 0;
};

} // namespace Pd

#pragma once

// An in-process HTTP/1.1 server standing in for AWS in tests: it records every request, checks
// signatures with a known secret, and answers from a queue or a handler, including the failures a
// real network produces (slow, truncated, reset). Runs on the test's event loop (QTcpServer on
// 127.0.0.1, a free port): drive it with QSignalSpy::wait / QTRY_* as any asynchronous code.
//
//     PdTest::FakeAwsServer server;
//     server.enqueue(PdTest::FakeAnswer::json(200, R"({"PipelineSummaries":[]})"));
//     AwsEndpoints endpoints{"eu-west-1", server.url(), {}};
//     ... send, wait for finished ...
//     QCOMPARE(server.requests().size(), 1);
//     QVERIFY(server.checkSignature(server.requests()[0], credentials).ok);
//
// Paginated lists are a handler reading the request's NextToken:
//
//     server.setHandler([&](const PdTest::FakeRequest &request) {
//         const int page = QJsonDocument::fromJson(request.body)["NextToken"].toString().toInt();
//         QJsonObject answer{{"Items", items(page)}};
//         if (page < 9) answer["NextToken"] = QString::number(page + 1);
//         return PdTest::FakeAnswer::json(200, answer);
//     });
//
// Supported on the wire: requests with a Content-Length body (what QNetworkAccessManager sends),
// keep-alive (several requests on one connection, answered in order), "Connection: close".
// Chunked request bodies and HTTP/2 are not.

#include "cloud/sigv4.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace PdTest {

// One request as it arrived.
struct FakeRequest
{
    QByteArray method;
    QByteArray target;       // as on the request line: /path?query
    QByteArray path;         // percent-encoded, as sent
    QByteArray query;        // percent-encoded, without '?'
    Pd::HttpHeaders headers; // as received, in order
    QByteArray body;
    int connection = 0; // which TCP connection (1, 2…): keep-alive shows as repeated numbers
    int index = 0;      // 0 for the server's first request

    QByteArray header(QByteArrayView name) const; // case-insensitive, first one; empty when absent
    bool hasHeader(QByteArrayView name) const;
    // The "X-Amz-Target" operation ("SageMaker.ListPipelines" → "ListPipelines"), or empty.
    QByteArray targetOperation() const;
};

struct FakeAnswer
{
    enum class Behaviour {
        Normal,   // the whole answer
        Truncate, // headers with the full Content-Length, then truncateAt bytes of the body, then close
        Reset,    // reset the connection (TCP RST) instead of answering
        Close,    // close the connection without a byte of answer
        Hang,     // never answer (keeps the connection open): for timeouts
    };

    int status = 200;
    QByteArray reason;       // "OK" and the like when empty
    Pd::HttpHeaders headers; // Content-Length is added unless given
    QByteArray body;
    Behaviour behaviour = Behaviour::Normal;
    int delayMs = 0;           // wait this long (on a timer) before answering: a slow server
    qsizetype truncateAt = -1; // Truncate: body bytes sent before the close (default: half)
    bool closeAfter = false;   // close the connection after this answer (Connection: close)

    FakeAnswer &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    FakeAnswer &delayed(int ms)
    {
        delayMs = ms;
        return *this;
    }

    // application/x-amz-json-1.1 (a JSON 1.1 or REST-JSON answer).
    static FakeAnswer json(int status, const QByteArray &body);
    static FakeAnswer json(int status, const QJsonObject &body);
    // A JSON 1.1 error: {"__type": "...", "message": "..."} with x-amzn-RequestId.
    static FakeAnswer jsonError(int status, const QString &code, const QString &message,
                                const QByteArray &requestId = "req-json");
    // A REST-JSON error: the code in X-Amzn-ErrorType, {"message": "..."} in the body.
    static FakeAnswer restJsonError(int status, const QString &code, const QString &message,
                                    const QByteArray &requestId = "req-rest");
    // A Query (STS) error: <ErrorResponse><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/>.
    static FakeAnswer queryError(int status, const QString &code, const QString &message,
                                 const QByteArray &requestId = "req-query");
    static FakeAnswer truncated(int status, const QByteArray &body, qsizetype sentBytes);
    static FakeAnswer reset();
    static FakeAnswer closed();
    static FakeAnswer hang();
};

// What checkSignature found.
struct SignatureCheck
{
    bool ok = false;
    QString why; // when not ok: what differs
    QByteArray region, service, amzDate, signedHeaders;
    QByteArray expected, got; // the signatures
};

class FakeAwsServer : public QObject
{
public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    explicit FakeAwsServer(QObject *parent = nullptr);
    ~FakeAwsServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    // Answers: queued ones first, in order; then the handler; then 500 "no answer queued".
    void enqueue(FakeAnswer answer);
    void setHandler(Handler handler);
    int queued() const { return int(m_queue.size()); }

    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connectionCount; }
    // Spins the event loop until `count` requests have arrived or timeoutMs passed.
    bool waitForRequests(int count, int timeoutMs = 5000);

    // Recomputes the request's signature with SigV4::sign and the given keys (the region and the
    // service come from the Authorization's scope, the time from X-Amz-Date, the headers from its
    // SignedHeaders), and checks the session token header against the credentials'.
    static SignatureCheck checkSignature(const FakeRequest &request, const Pd::AwsCredentials &credentials);

    // "Sun, 06 Nov 1994 08:49:37 GMT", for Date and Retry-After headers.
    static QByteArray httpDate(const QDateTime &time);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void processNext(Connection *connection);
    void respond(Connection *connection, const FakeAnswer &answer);
    void dropConnection(Connection *connection);
    bool isOpen(const Connection *connection) const;

    QTcpServer *m_server;
    std::deque<FakeAnswer> m_queue;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_connectionCount = 0;
};

} // namespace PdTest

#include "fakeawsserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <deque>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace PdTest {

using Pd::HttpHeaders;

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray firstHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeaderIn(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray FakeRequest::header(QByteArrayView name) const
{
    return firstHeader(headers, name);
}

bool FakeRequest::hasHeader(QByteArrayView name) const
{
    return hasHeaderIn(headers, name);
}

QByteArray FakeRequest::targetOperation() const
{
    const QByteArray value = header("x-amz-target");
    const qsizetype dot = value.lastIndexOf('.');
    return dot >= 0 ? value.mid(dot + 1) : value;
}

FakeAnswer FakeAnswer::json(int status, const QByteArray &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.headers = {{"Content-Type", "application/x-amz-json-1.1"}, {"x-amzn-RequestId", "req-ok"}};
    return answer;
}

FakeAnswer FakeAnswer::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeAnswer FakeAnswer::jsonError(int status, const QString &code, const QString &message, const QByteArray &requestId)
{
    FakeAnswer answer =
        json(status, QJsonObject{{QStringLiteral("__type"), code}, {QStringLiteral("message"), message}});
    answer.headers = {{"Content-Type", "application/x-amz-json-1.1"}, {"x-amzn-RequestId", requestId}};
    return answer;
}

FakeAnswer FakeAnswer::restJsonError(int status, const QString &code, const QString &message,
                                     const QByteArray &requestId)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact);
    answer.headers = {
        {"Content-Type", "application/json"}, {"X-Amzn-ErrorType", code.toUtf8()}, {"x-amzn-RequestId", requestId}};
    return answer;
}

FakeAnswer FakeAnswer::queryError(int status, const QString &code, const QString &message, const QByteArray &requestId)
{
    FakeAnswer answer;
    answer.status = status;
    answer.headers = {{"Content-Type", "text/xml"}};
    answer.body = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                  "  <Error>\n    <Type>Sender</Type>\n    <Code>" +
                  xmlEscaped(code) + "</Code>\n    <Message>" + xmlEscaped(message) +
                  "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
    return answer;
}

FakeAnswer FakeAnswer::truncated(int status, const QByteArray &body, qsizetype sentBytes)
{
    FakeAnswer answer = json(status, body);
    answer.behaviour = Behaviour::Truncate;
    answer.truncateAt = sentBytes;
    return answer;
}

FakeAnswer FakeAnswer::reset()
{
    FakeAnswer answer;
    answer.behaviour = Behaviour::Reset;
    return answer;
}

FakeAnswer FakeAnswer::closed()
{
    FakeAnswer answer;
    answer.behaviour = Behaviour::Close;
    return answer;
}

FakeAnswer FakeAnswer::hang()
{
    FakeAnswer answer;
    answer.behaviour = Behaviour::Hang;
    return answer;
}

struct FakeAwsServer::Connection
{
    QTcpSocket *socket = nullptr;
    int id = 0;
    QByteArray buffer;
    std::deque<FakeRequest> pending;
    bool busy = false; // an answer is being prepared (delayed or hanging)
    bool closeAfter = false;
};

FakeAwsServer::FakeAwsServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { onNewConnection(); });
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeAwsServer::~FakeAwsServer()
{
    for (const auto &connection : m_connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
}

bool FakeAwsServer::isListening() const
{
    return m_server->isListening();
}

quint16 FakeAwsServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeAwsServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeAwsServer::enqueue(FakeAnswer answer)
{
    m_queue.push_back(std::move(answer));
}

void FakeAwsServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool FakeAwsServer::waitForRequests(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_requests.size() < count && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
    return m_requests.size() >= count;
}

void FakeAwsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->id = ++m_connectionCount;
        Connection *raw = connection.get();
        m_connections.push_back(std::move(connection));
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onReadyRead(raw); });
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this, raw] { dropConnection(raw); });
    }
}

bool FakeAwsServer::isOpen(const Connection *connection) const
{
    for (const auto &open : m_connections) {
        if (open.get() == connection)
            return true;
    }
    return false;
}

void FakeAwsServer::dropConnection(Connection *connection)
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->get() == connection) {
            connection->socket->disconnect(this);
            connection->socket->deleteLater();
            m_connections.erase(it);
            return;
        }
    }
}

void FakeAwsServer::onReadyRead(Connection *connection)
{
    connection->buffer += connection->socket->readAll();
    for (;;) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype question = request.target.indexOf('?');
        request.path = question >= 0 ? request.target.left(question) : request.target;
        request.query = question >= 0 ? request.target.mid(question + 1) : QByteArray();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = request.header("content-length").toLongLong();
        const qsizetype total = headerEnd + 4 + length;
        if (connection->buffer.size() < total)
            break; // the body is still coming
        request.body = connection->buffer.mid(headerEnd + 4, length);
        connection->buffer.remove(0, total);
        request.connection = connection->id;
        request.index = int(m_requests.size());
        m_requests.append(request);
        connection->pending.push_back(std::move(request));
    }
    processNext(connection);
}

void FakeAwsServer::processNext(Connection *connection)
{
    if (connection->busy || connection->pending.empty())
        return;
    const FakeRequest request = connection->pending.front();
    connection->pending.pop_front();
    connection->busy = true;
    connection->closeAfter = request.header("connection").compare("close", Qt::CaseInsensitive) == 0;

    FakeAnswer answer;
    if (!m_queue.empty()) {
        answer = std::move(m_queue.front());
        m_queue.pop_front();
    } else if (m_handler) {
        answer = m_handler(request);
    } else {
        answer = FakeAnswer::jsonError(500, QStringLiteral("FakeServerEmpty"), QStringLiteral("no answer queued"));
    }
    if (answer.delayMs > 0) {
        // The socket is the timer's context: a connection closed meanwhile drops the answer.
        QTimer::singleShot(answer.delayMs, connection->socket, [this, connection, answer] {
            if (isOpen(connection))
                respond(connection, answer);
        });
        return;
    }
    respond(connection, answer);
}

void FakeAwsServer::respond(Connection *connection, const FakeAnswer &answer)
{
    QTcpSocket *socket = connection->socket;
    switch (answer.behaviour) {
    case FakeAnswer::Behaviour::Hang: return; // stays busy: later requests on this connection wait forever too
    case FakeAnswer::Behaviour::Reset:
#ifdef Q_OS_UNIX
    {
        // SO_LINGER with a zero timeout makes close() send a RST instead of a FIN.
        struct linger option = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
        socket->disconnect(this);
        socket->abort();
        dropConnection(connection);
        return;
    case FakeAnswer::Behaviour::Close: socket->disconnectFromHost(); return;
    case FakeAnswer::Behaviour::Normal:
    case FakeAnswer::Behaviour::Truncate: break;
    }

    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                     (answer.reason.isEmpty() ? reasonFor(answer.status) : answer.reason) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        out += name + ": " + value + "\r\n";
    if (!hasHeaderIn(answer.headers, "content-length"))
        out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    const bool close = answer.closeAfter || connection->closeAfter;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";

    if (answer.behaviour == FakeAnswer::Behaviour::Truncate) {
        const qsizetype sent = answer.truncateAt >= 0 ? answer.truncateAt : answer.body.size() / 2;
        out += answer.body.left(sent);
        socket->write(out);
        socket->disconnectFromHost(); // after the bytes are written: the client sees a short body
        return;
    }
    out += answer.body;
    socket->write(out);
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    connection->busy = false;
    processNext(connection);
}

SignatureCheck FakeAwsServer::checkSignature(const FakeRequest &request, const Pd::AwsCredentials &credentials)
{
    SignatureCheck check;
    const QByteArray authorization = request.header("authorization");
    const QByteArray prefix = "AWS4-HMAC-SHA256 ";
    if (!authorization.startsWith(prefix)) {
        check.why = QStringLiteral("no AWS4-HMAC-SHA256 Authorization header");
        return check;
    }
    QByteArray credential;
    for (const QByteArray &part : authorization.mid(prefix.size()).split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Credential="))
            credential = item.mid(11);
        else if (item.startsWith("SignedHeaders="))
            check.signedHeaders = item.mid(14);
        else if (item.startsWith("Signature="))
            check.got = item.mid(10);
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request") {
        check.why = QStringLiteral("malformed credential scope: %1").arg(QString::fromUtf8(credential));
        return check;
    }
    check.region = scope[2];
    check.service = scope[3];
    check.amzDate = request.header("x-amz-date");
    if (scope[0] != credentials.accessKeyId.toUtf8()) {
        check.why = QStringLiteral("signed with access key id %1").arg(QString::fromUtf8(scope[0]));
        return check;
    }
    if (request.header("x-amz-security-token") != credentials.sessionToken.toUtf8()) {
        check.why = QStringLiteral("the X-Amz-Security-Token header is not the session token");
        return check;
    }
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(check.amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!when.isValid() || !check.amzDate.startsWith(scope[1])) {
        check.why =
            QStringLiteral("X-Amz-Date %1 does not match the scope's date").arg(QString::fromLatin1(check.amzDate));
        return check;
    }
    const QList<QByteArray> signedNames = check.signedHeaders.split(';');
    Pd::SigV4Request toSign;
    toSign.method = request.method;
    toSign.url = "http://" + request.header("host") + request.target;
    toSign.body = request.body;
    for (const auto &header : request.headers) {
        if (signedNames.contains(header.first.toLower()))
            toSign.headers.append(header);
    }
    const Pd::SigV4Signature signature =
        Pd::SigV4::sign(toSign, credentials, QString::fromUtf8(check.region), QString::fromUtf8(check.service),
                        QDateTime(when.date(), when.time(), QTimeZone::utc()));
    check.expected = signature.signature;
    if (signature.signedHeaders != check.signedHeaders) {
        check.why = QStringLiteral("signed headers %1, expected %2")
                        .arg(QString::fromUtf8(check.signedHeaders), QString::fromUtf8(signature.signedHeaders));
        return check;
    }
    if (check.expected != check.got) {
        check.why = QStringLiteral("signature mismatch; canonical request:\n%1")
                        .arg(QString::fromUtf8(signature.canonicalRequest));
        return check;
    }
    check.ok = true;
    return check;
}

QByteArray FakeAwsServer::httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace PdTest

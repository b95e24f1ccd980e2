#pragma once

#include "cloud/awsprotocol.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Pd {

class AwsCall;
class AwsClient;

// One operation of an AWS API, JSON in and JSON out: encodes the input with the operation's
// protocol, sends it through the client (signature, retries, timeouts) and decodes the answer.
// Finishes exactly once, from the event loop; result() then holds the output or the error as the
// services report it (AwsError::toError: the service's code and message, the request id, the exit
// code). Deletes itself after finished() unless the caller took it with setAutoDelete(false).
class AwsApiCall : public QObject
{
    Q_OBJECT

public:
    AwsApiCall(AwsClient *client, const AwsOperation &operation, const QJsonObject &input, QObject *parent = nullptr);

    const AwsOperation &operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    const Result<QJsonObject> &result() const { return m_result; }
    // The cloud's refusal as it said it (kind, code, request id), when the call failed at the service.
    const AwsError &cloudError() const { return m_cloudError; }

    void cancel();
    void setAutoDelete(bool on) { m_autoDelete = on; }

signals:
    void finished();

private:
    void finish(Result<QJsonObject> result);

    AwsOperation m_operation;
    QPointer<AwsCall> m_call;
    Result<QJsonObject> m_result = Error::internal(QString());
    AwsError m_cloudError;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// Every page of a listing: repeats the operation with the answer's NextToken (or the member the
// operation names) until there is none, handing each page over as it comes so that a sync writes
// page by page and memory stays bounded. Cancellable between and during pages.
class AwsPager : public QObject
{
    Q_OBJECT

public:
    AwsPager(AwsClient *client, const AwsOperation &operation, QJsonObject input, QObject *parent = nullptr,
             QString tokenMember = QStringLiteral("NextToken"));

    void start();
    void cancel();
    int pages() const { return m_pages; }
    const Status &status() const { return m_status; }

signals:
    // A page's output; the receiver writes it before returning (the next request is already out).
    void page(const QJsonObject &output);
    void finished(); // status() says whether every page came

private:
    void next();

    AwsClient *m_client;
    AwsOperation m_operation;
    QJsonObject m_input;
    QString m_tokenMember;
    QPointer<AwsApiCall> m_call;
    Status m_status;
    int m_pages = 0;
    bool m_cancelled = false;
};

} // namespace Pd

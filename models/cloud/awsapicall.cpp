#include "cloud/awsapicall.h"

#include "cloud/awsclient.h"
#include "core/tr.h"

#include <QTimer>

namespace Pd {

AwsApiCall::AwsApiCall(AwsClient *client, const AwsOperation &operation, const QJsonObject &input, QObject *parent)
    : QObject(parent), m_operation(operation)
{
    Result<AwsRequest> request = AwsProtocols::encode(operation, input);
    if (!request) {
        // Finish from the event loop all the same: callers connect after the constructor.
        QTimer::singleShot(0, this, [this, error = request.error()] { finish(error); });
        return;
    }
    m_call = client->send(std::move(request).value());
    connect(m_call, &AwsCall::finished, this, [this] {
        AwsCall *call = m_call;
        if (!call)
            return;
        call->deleteLater();
        if (call->ok()) {
            finish(AwsProtocols::decode(m_operation, call->response()));
        } else {
            m_cloudError = call->error();
            finish(m_cloudError.toError());
        }
    });
}

void AwsApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(); // finishes with Cancelled through the connection above
        return;
    }
    AwsError cancelled;
    cancelled.kind = AwsError::Kind::Cancelled;
    cancelled.service = m_operation.service;
    cancelled.operation = m_operation.name;
    m_cloudError = cancelled;
    finish(cancelled.toError());
}

void AwsApiCall::finish(Result<QJsonObject> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

AwsPager::AwsPager(AwsClient *client, const AwsOperation &operation, QJsonObject input, QObject *parent,
                   QString tokenMember)
    : QObject(parent), m_client(client), m_operation(operation), m_input(std::move(input)),
      m_tokenMember(std::move(tokenMember))
{
}

void AwsPager::start()
{
    m_pages = 0;
    m_status = {};
    m_cancelled = false;
    next();
}

void AwsPager::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void AwsPager::next()
{
    m_call = new AwsApiCall(m_client, m_operation, m_input, this);
    connect(m_call, &AwsApiCall::finished, this, [this, call = m_call.data()] {
        if (m_cancelled && call->result().ok()) {
            AwsError cancelled;
            cancelled.kind = AwsError::Kind::Cancelled;
            cancelled.service = m_operation.service;
            cancelled.operation = m_operation.name;
            m_status = cancelled.toError();
            emit finished();
            return;
        }
        if (!call->result()) {
            m_status = call->result().error();
            emit finished();
            return;
        }
        const QJsonObject output = call->result().value();
        const QString token = output.value(m_tokenMember).toString();
        // A service that answers the token it was given would loop for ever.
        const bool more = !token.isEmpty() && token != m_input.value(m_tokenMember).toString();
        ++m_pages;
        if (more) {
            m_input.insert(m_tokenMember, token);
            next(); // the next page is on its way while this one is written
        }
        emit page(output);
        if (!more)
            emit finished();
    });
}

} // namespace Pd

#pragma once

#include "cloud/sigv4.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Pd {

// One call of an AWS API, encoded by its protocol (cloud/awsprotocol.h), before the endpoint, the
// signature and the retries are added by the client (cloud/awsclient.h).
struct AwsRequest
{
    QString service;   // signing name and endpoint key: sagemaker, events, scheduler, ram, sts
    QString operation; // the API's name: StartPipelineExecution (for errors, retries and details)
    QByteArray method = "POST";
    QByteArray path = "/"; // percent-encoded as on the wire
    QByteArray query;      // percent-encoded, without the leading '?'
    // Content-Type, X-Amz-Target and the like. Host, X-Amz-Date, X-Amz-Security-Token,
    // Authorization and User-Agent are the client's.
    HttpHeaders headers;
    QByteArray body;
};

// A successful answer (2xx) as it came.
struct AwsResponse
{
    int httpStatus = 0;
    HttpHeaders headers; // names as received
    QByteArray body;
    QString requestId; // x-amzn-RequestId, x-amz-request-id, or the XML body's RequestId

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// Why a call failed. Holds no secret: a request's signature and headers are not kept here.
struct AwsError
{
    enum class Kind {
        Service,     // the service answered with an error: httpStatus, code, message
        Network,     // no answer: refused, reset, DNS, TLS (certificates are always verified)
        Timeout,     // the connect or the total timeout passed
        Cancelled,   // the caller cancelled
        Credentials, // no usable credentials: keychain, AssumeRole, expired
        Malformed,   // an answer that cannot be read: truncated, not JSON or XML where it must be
    };

    Kind kind = Kind::Service;
    int httpStatus = 0;
    QString code;    // ThrottlingException, without a "#" namespace or ":" suffix
    QString message; // the service's own words, or the transport's
    QString requestId;
    QString service;
    QString operation;
    int attempts = 1; // how many were sent, retries included

    // Parses an error answer of any of the three protocols: a JSON body's "__type" / "code" /
    // "Code" (a "namespace#Code" prefix and a ":http://..." suffix dropped), the X-Amzn-ErrorType
    // header (wins over the body), a Query XML <ErrorResponse><Error><Code>/<Message>, and
    // "message" / "Message"; the request id from the headers or the XML's RequestId.
    static AwsError fromResponse(const QString &service, const QString &operation, int httpStatus,
                                 const HttpHeaders &headers, const QByteArray &body);

    bool isThrottling() const; // ThrottlingException, TooManyRequestsException, RequestLimitExceeded, HTTP 429…
    bool isTransient() const;  // 500, 502, 503, 504, network errors, timeouts
    bool isClockSkew() const;  // InvalidSignatureException / RequestTimeTooSkewed / SignatureDoesNotMatch with skew
    bool isRetryable() const;  // throttling or transient (never Cancelled, Credentials or a 4xx)

    // The error the services and the CLI report: AccessDenied*/UnauthorizedOperation → PermissionDenied
    // (exit 3) naming the action as "sagemaker:StartPipelineExecution"; ValidationException and other
    // 4xx input errors → InvalidInput (2); *NotFound* → NotFound (2); ConflictException → Conflict (2);
    // anything else → Internal (1). The message frames the service's words in a translated sentence
    // with the request id; details() goes into Error::details.
    Error toError() const;
    QString details() const; // untranslated: service, operation, HTTP status, code, message, request id, attempts
};

} // namespace Pd

#include "awsrequest.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

namespace Pd {

namespace {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// What the AWS SDK for JavaScript v3 does to a code (sanitizeErrorCode in its protocol helpers):
// "aws.protocoltests#FooError:http://internal.amazon.com/coral/..." → "FooError"; a list keeps its
// first entry.
QString sanitizedCode(QString code)
{
    code = code.trimmed();
    if (const qsizetype comma = code.indexOf(u','); comma >= 0)
        code.truncate(comma);
    if (const qsizetype colon = code.indexOf(u':'); colon >= 0)
        code.truncate(colon);
    if (const qsizetype hash = code.lastIndexOf(u'#'); hash >= 0)
        code = code.mid(hash + 1);
    return code.trimmed();
}

QString stringMember(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

// A Query-protocol error (<ErrorResponse><Error><Code>…</Code><Message>…</Message></Error>
// <RequestId>…</RequestId></ErrorResponse>) or the EC2 shape (<Response><Errors><Error>…
// </Error></Errors><RequestID>…</RequestID></Response>). The first Error counts.
bool readXmlError(const QByteArray &body, QString *code, QString *message, QString *requestId)
{
    QXmlStreamReader xml(body);
    bool sawRoot = false;
    int errorDepth = -1;
    int depth = 0;
    bool firstErrorDone = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            sawRoot = true;
            const QStringView name = xml.name();
            if (name == u"Error" && errorDepth < 0 && !firstErrorDone) {
                errorDepth = depth;
            } else if (errorDepth >= 0 && depth == errorDepth + 1 && name == u"Code") {
                *code = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
            } else if (errorDepth >= 0 && depth == errorDepth + 1 && name == u"Message") {
                *message = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
            } else if ((name == u"RequestId" || name == u"RequestID") && requestId->isEmpty()) {
                *requestId = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == errorDepth) {
                errorDepth = -1;
                firstErrorDone = true;
            }
            --depth;
        }
    }
    return sawRoot && (!code->isEmpty() || !message->isEmpty() || !requestId->isEmpty());
}

bool isOneOf(const QString &code, const QSet<QString> &codes)
{
    return codes.contains(code);
}

// Codes that say the signature or the keys were refused, not the action.
bool isCredentialsCode(const QString &code)
{
    static const QSet<QString> codes = {
        QStringLiteral("UnrecognizedClientException"),
        QStringLiteral("InvalidClientTokenId"),
        QStringLiteral("ExpiredToken"),
        QStringLiteral("ExpiredTokenException"),
        QStringLiteral("MissingAuthenticationToken"),
        QStringLiteral("MissingAuthenticationTokenException"),
        QStringLiteral("IncompleteSignature"),
        QStringLiteral("IncompleteSignatureException"),
        QStringLiteral("InvalidSignatureException"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("AuthFailure"),
        QStringLiteral("RequestExpired"),
        QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("RequestInTheFuture"),
        QStringLiteral("InvalidAccessKeyId"),
    };
    return isOneOf(code, codes);
}

bool isPermissionCode(const QString &code)
{
    return code.startsWith(QLatin1String("AccessDenied")) || code == QLatin1String("UnauthorizedOperation") ||
           code == QLatin1String("UnauthorizedException") || code.contains(QLatin1String("NotAuthorized"));
}

bool isNotFoundCode(const QString &code)
{
    // RAM says "not found" as UnknownResourceException (for a share ARN, a principal or a resource).
    return code.contains(QLatin1String("NotFound")) || code == QLatin1String("UnknownResourceException") || code.startsWith(QLatin1String("NoSuch")) ||
           code.endsWith(QLatin1String("DoesNotExist")) || code.endsWith(QLatin1String("DoesNotExistException"));
}

bool isConflictCode(const QString &code)
{
    return code.contains(QLatin1String("Conflict")) || code.contains(QLatin1String("AlreadyExists")) ||
           code.startsWith(QLatin1String("ConcurrentModification")) ||
           code.startsWith(QLatin1String("ResourceInUse")) ||
           code.startsWith(QLatin1String("IdempotentParameterMismatch")) ||
           code.startsWith(QLatin1String("IllegalStatus")) || code == QLatin1String("InvalidStateException");
}

bool isInputCode(const QString &code)
{
    return code.contains(QLatin1String("Validation")) || code.startsWith(QLatin1String("Invalid")) ||
           code.startsWith(QLatin1String("Malformed")) || code.startsWith(QLatin1String("Missing")) ||
           code.startsWith(QLatin1String("Serialization")) || code == QLatin1String("BadRequestException") ||
           code == QLatin1String("UnknownOperationException") || code == QLatin1String("InvalidAction") ||
           code == QLatin1String("OptInRequired");
}

} // namespace

QByteArray AwsResponse::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

AwsError AwsError::fromResponse(const QString &service, const QString &operation, int httpStatus,
                                const HttpHeaders &headers, const QByteArray &body)
{
    AwsError error;
    error.kind = Kind::Service;
    error.service = service;
    error.operation = operation;
    error.httpStatus = httpStatus;

    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (document.isObject()) {
            const QJsonObject object = document.object();
            error.code = sanitizedCode(stringMember(object, {"__type", "code", "Code"}));
            error.message = stringMember(object, {"message", "Message", "errorMessage"});
        }
    } else if (trimmed.startsWith('<')) {
        readXmlError(trimmed, &error.code, &error.message, &error.requestId);
        error.code = sanitizedCode(error.code);
    }

    // REST-JSON services name the error in a header, and that wins over the body (as in the SDKs).
    const QByteArray typeHeader = headerValue(headers, "x-amzn-errortype");
    if (!typeHeader.isEmpty())
        error.code = sanitizedCode(QString::fromUtf8(typeHeader));

    QByteArray id = headerValue(headers, "x-amzn-requestid");
    if (id.isEmpty())
        id = headerValue(headers, "x-amz-request-id");
    if (!id.isEmpty())
        error.requestId = QString::fromUtf8(id);
    return error;
}

bool AwsError::isThrottling() const
{
    if (kind != Kind::Service)
        return false;
    // The AWS SDK for JavaScript v3's THROTTLING_ERROR_CODES (@smithy/service-error-classification).
    static const QSet<QString> codes = {
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("EC2ThrottledException"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("SlowDown"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("TransactionInProgressException"),
    };
    return httpStatus == 429 || isOneOf(code, codes);
}

bool AwsError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout: return true;
    case Kind::Network:
        // A certificate that does not verify will not verify on the next attempt either, and a
        // missing endpoint stays missing.
        return code != QLatin1String("TlsHandshakeFailed") && code != QLatin1String("NoEndpoint");
    case Kind::Service: break;
    case Kind::Cancelled:
    case Kind::Credentials:
    case Kind::Malformed: return false;
    }
    static const QSet<QString> codes = {
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
        QStringLiteral("InternalError"),
        QStringLiteral("TimeoutError"),
    };
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504 || isOneOf(code, codes);
}

bool AwsError::isClockSkew() const
{
    if (kind != Kind::Service)
        return false;
    // CLOCK_SKEW_ERROR_CODES of the JavaScript SDK v3. Whether the clock really is off is for the
    // client to tell from the answer's Date: it retries only then.
    static const QSet<QString> codes = {
        QStringLiteral("AuthFailure"),          QStringLiteral("InvalidSignatureException"),
        QStringLiteral("RequestExpired"),       QStringLiteral("RequestInTheFuture"),
        QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("SignatureDoesNotMatch"),
    };
    return isOneOf(code, codes);
}

bool AwsError::isRetryable() const
{
    if (kind == Kind::Cancelled || kind == Kind::Credentials)
        return false;
    return isThrottling() || isTransient();
}

Error AwsError::toError() const
{
    const QString action = QStringLiteral("%1:%2").arg(service, operation);
    QString said;
    if (!code.isEmpty() && !message.isEmpty())
        said = QStringLiteral("%1: %2").arg(code, message);
    else if (!code.isEmpty())
        said = code;
    else if (!message.isEmpty())
        said = message;
    else if (kind == Kind::Service)
        said = Tr::tr("the answer holds no error code or message");

    Error error;
    switch (kind) {
    case Kind::Cancelled: error = Error::internal(Tr::tr("%1 was cancelled.").arg(action)); break;
    case Kind::Credentials:
        error = Error::denied(Tr::tr("No usable credentials to call %1: %2").arg(action, message));
        break;
    case Kind::Network: error = Error::internal(Tr::tr("Could not reach AWS to call %1: %2").arg(action, said)); break;
    case Kind::Timeout: error = Error::internal(Tr::tr("%1 got no answer in time: %2").arg(action, said)); break;
    case Kind::Malformed:
        error = Error::internal(Tr::tr("The answer to %1 could not be read: %2").arg(action, said));
        break;
    case Kind::Service:
        if (isPermissionCode(code) || (httpStatus == 403 && code.isEmpty())) {
            error = Error::denied(
                Tr::tr("The credentials in use are not allowed to call %1. AWS said: %2").arg(action, said));
        } else if (isCredentialsCode(code)) {
            error = Error::denied(Tr::tr("AWS did not accept the credentials used to call %1: %2").arg(action, said));
        } else if (isThrottling()) {
            error = Error::internal(
                Tr::tr("AWS kept throttling %1 (%n attempt(s)): %2", nullptr, attempts).arg(action, said));
        } else if (isNotFoundCode(code) || (httpStatus == 404 && code.isEmpty())) {
            error = Error::notFound(Tr::tr("%1 failed: what it names does not exist. AWS said: %2").arg(action, said));
        } else if (isConflictCode(code) || (httpStatus == 409 && code.isEmpty())) {
            error =
                Error::conflict(Tr::tr("%1 failed: it conflicts with the current state of the resource. AWS said: %2")
                                    .arg(action, said));
        } else if (isInputCode(code)) {
            error = Error::invalid(QString(), Tr::tr("AWS refused the input of %1: %2").arg(action, said));
        } else {
            error = Error::internal(Tr::tr("%1 failed with HTTP status %2: %3").arg(action).arg(httpStatus).arg(said));
        }
        break;
    }
    if (!requestId.isEmpty()) {
        error.message += QLatin1Char(' ') + Tr::tr("(request id %1)").arg(requestId);
        error.reason = error.message;
    }
    error.details = details();
    switch (kind) {
    case Kind::Service: error.cause = isTransient() || isThrottling() ? QStringLiteral("Unavailable") : code; break;
    case Kind::Network: error.cause = QStringLiteral("Network"); break;
    case Kind::Timeout: error.cause = QStringLiteral("Timeout"); break;
    case Kind::Cancelled: error.cause = QStringLiteral("Cancelled"); break;
    case Kind::Credentials: error.cause = code.isEmpty() ? QStringLiteral("Credentials") : code; break;
    case Kind::Malformed: error.cause = QStringLiteral("Malformed"); break;
    }
    return error;
}

QString AwsError::details() const
{
    static const char *const kinds[] = {"service", "network", "timeout", "cancelled", "credentials", "malformed"};
    QStringList lines;
    lines << QStringLiteral("kind: %1").arg(QLatin1String(kinds[static_cast<int>(kind)]));
    lines << QStringLiteral("service: %1").arg(service);
    lines << QStringLiteral("operation: %1").arg(operation);
    if (httpStatus > 0)
        lines << QStringLiteral("http status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << QStringLiteral("code: %1").arg(code);
    if (!message.isEmpty())
        lines << QStringLiteral("message: %1").arg(message);
    lines << QStringLiteral("request id: %1").arg(requestId.isEmpty() ? QStringLiteral("-") : requestId);
    lines << QStringLiteral("attempts: %1").arg(attempts);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Pd

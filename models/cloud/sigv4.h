#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Pd {

// AWS credentials as the signer needs them. The secret access key is the one value of this project
// that must never leave the keychain and this process's memory: this type deliberately has no
// operator<<, no QDebug streaming and no toString(), so it cannot end up in a log by accident
// (tests/cloud checks that QDebug refuses it at compile time). Never put it in a QVariant either.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey; // never logged, never shown, never written outside the keychain
    QString sessionToken;    // empty for long-term keys; set for AssumeRole / STS credentials

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

// One HTTP request as it goes on the wire, before signing.
struct SigV4Request
{
    QByteArray method; // "GET", "POST"… (upper case, as sent)
    // The absolute URL as sent: scheme://host[:port]/path?query, with the path and the query
    // percent-encoded as on the wire (QUrl::toEncoded()). Kept as bytes, not a QUrl, so that nothing
    // re-normalises the encoding between what is signed and what is sent.
    QByteArray url;
    HttpHeaders headers; // in the order given; repeated names allowed; names in any case
    QByteArray body;
};

struct SigV4Options
{
    // Add (and sign) X-Amz-Content-SHA256 with the payload hash. S3 needs it; the services this
    // project calls do not, and botocore does not send it to them. Ignored when the request
    // already carries the header (its value is then the payload hash, as in every SDK).
    bool addContentSha256Header = false;
};

// What signing produced. headersToAdd are set on the request (each replacing a header of the same
// name): X-Amz-Date, X-Amz-Security-Token (with a session token), X-Amz-Content-SHA256 (when asked)
// and Authorization, in that order. The rest is there for tests and for diagnosing an
// InvalidSignatureException; none of it holds the secret (a signature does not reveal its key).
struct SigV4Signature
{
    HttpHeaders headersToAdd;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray credentialScope; // 20150830/us-east-1/service/aws4_request
    QByteArray signedHeaders;   // host;x-amz-date
    QByteArray signature;       // lower-case hex
    QByteArray authorization;   // the Authorization header's value
    QByteArray amzDate;         // 20150830T123600Z
};

// AWS Signature Version 4, header form, with the URI rules of every service but S3: the path is
// normalised (dot segments removed, empty segments dropped) and then percent-encoded once more;
// the query is decoded and re-encoded with the RFC 3986 unreserved set (space as %20, "+" as a
// literal plus) and sorted by encoded name then value; header values are trimmed with inner
// runs of white space collapsed, repeated headers joined with commas in the order given.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
// Pure functions: no clock (the caller passes now), no network, no logging.
class SigV4
{
public:
    static SigV4Signature sign(const SigV4Request &request, const AwsCredentials &credentials, const QString &region,
                               const QString &service, const QDateTime &now, const SigV4Options &options = {});

    // The steps, public for tests and for the fake server that checks signatures.
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash = false); // RFC 3986 unreserved kept
    static QByteArray percentDecode(QByteArrayView bytes);                     // malformed escapes are kept as they are
    static QByteArray canonicalUri(QByteArrayView encodedPath);
    static QByteArray canonicalQuery(QByteArrayView encodedQuery);
    static QByteArray canonicalHeaderValue(QByteArrayView value);
    static QByteArray hostHeader(QByteArrayView url); // lower case, default port dropped, no user info
    static QByteArray amzDate(const QDateTime &now);  // yyyyMMddTHHmmssZ in UTC
    static QByteArray sha256Hex(QByteArrayView bytes);
    // Headers a proxy or the HTTP stack may add, drop or rewrite in transit: never signed (the
    // list of the AWS SDK for JavaScript v3, a superset of botocore's).
    static bool isUnsignable(QByteArrayView lowerCaseName);
};

} // namespace Pd

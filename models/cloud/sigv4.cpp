#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace Pd {

namespace {

const QByteArray Algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

// White space as a header value may hold it, folded lines included.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The parts of an absolute URL, as bytes, without decoding anything.
struct UrlParts
{
    QByteArray scheme;
    QByteArray authority;
    QByteArray path;
    QByteArray query;
};

UrlParts splitUrl(QByteArrayView url)
{
    UrlParts parts;
    const qsizetype fragment = url.indexOf('#');
    if (fragment >= 0)
        url = url.first(fragment);
    qsizetype rest = 0;
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd > 0) {
        parts.scheme = url.first(schemeEnd).toByteArray().toLower();
        rest = schemeEnd + 3;
        qsizetype end = rest;
        while (end < url.size() && url[end] != '/' && url[end] != '?')
            ++end;
        parts.authority = url.sliced(rest, end - rest).toByteArray();
        rest = end;
    }
    const qsizetype question = url.indexOf('?', rest);
    if (question >= 0) {
        parts.path = url.sliced(rest, question - rest).toByteArray();
        parts.query = url.sliced(question + 1).toByteArray();
    } else {
        parts.path = url.sliced(rest).toByteArray();
    }
    return parts;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray SigV4::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    return out;
}

QByteArray SigV4::percentDecode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '%' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
            out.append(char(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

// The non-S3 rule: remove dot segments and empty segments (what botocore and the JavaScript SDK
// do, which is stricter than RFC 3986 5.2.4: "//a//" becomes "/a/", "/a/b/.." becomes "/a"), keep a
// trailing slash, then encode the path once more, so an already encoded "%20" signs as "%2520".
QByteArray SigV4::canonicalUri(QByteArrayView encodedPath)
{
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    while (start <= encodedPath.size()) {
        qsizetype end = encodedPath.indexOf('/', start);
        if (end < 0)
            end = encodedPath.size();
        const QByteArrayView segment = encodedPath.sliced(start, end - start);
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            segments.append(segment);
        }
        start = end + 1;
    }
    QByteArray normalized("/");
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            normalized.append('/');
        normalized.append(segments[i]);
    }
    if (!segments.isEmpty() && encodedPath.endsWith('/'))
        normalized.append('/');
    return uriEncode(normalized, true);
}

// Decoded and re-encoded, so that any valid spelling of the same query ("%7e", "~", "%2b") signs
// the same as the server's canonical one; a "+" is a literal plus (RFC 3986), never a space.
QByteArray SigV4::canonicalQuery(QByteArrayView encodedQuery)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    qsizetype start = 0;
    while (start <= encodedQuery.size()) {
        qsizetype end = encodedQuery.indexOf('&', start);
        if (end < 0)
            end = encodedQuery.size();
        const QByteArrayView piece = encodedQuery.sliced(start, end - start);
        start = end + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        const QByteArrayView name = equals < 0 ? piece : piece.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : piece.sliced(equals + 1);
        pairs.append({uriEncode(percentDecode(name)), uriEncode(percentDecode(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray SigV4::canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QByteArray SigV4::hostHeader(QByteArrayView url)
{
    const UrlParts parts = splitUrl(url);
    QByteArrayView authority = parts.authority;
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    QByteArrayView host = authority;
    QByteArrayView port;
    if (authority.startsWith('[')) { // an IPv6 literal keeps its brackets
        const qsizetype close = authority.indexOf(']');
        if (close >= 0) {
            host = authority.first(close + 1);
            if (close + 1 < authority.size() && authority[close + 1] == ':')
                port = authority.sliced(close + 2);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        host = authority.first(colon);
        port = authority.sliced(colon + 1);
    }
    QByteArray out = host.toByteArray().toLower();
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        const bool isDefault =
            ok && ((parts.scheme == "https" && number == 443) || (parts.scheme == "http" && number == 80));
        if (!isDefault)
            out.append(':').append(ok ? QByteArray::number(number) : port.toByteArray());
    }
    return out;
}

QByteArray SigV4::amzDate(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4::sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool SigV4::isUnsignable(QByteArrayView name)
{
    static const QByteArrayView names[] = {
        "authorization", "cache-control",     "connection", "expect",     "from",
        "keep-alive",    "max-forwards",      "pragma",     "referer",    "te",
        "trailer",       "transfer-encoding", "upgrade",    "user-agent", "x-amzn-trace-id"};
    if (std::find(std::begin(names), std::end(names), name) != std::end(names))
        return true;
    return name.startsWith("proxy-") || name.startsWith("sec-");
}

SigV4Signature SigV4::sign(const SigV4Request &request, const AwsCredentials &credentials, const QString &region,
                           const QString &service, const QDateTime &now, const SigV4Options &options)
{
    SigV4Signature result;
    result.amzDate = amzDate(now);
    const QByteArray date = result.amzDate.left(8);
    const QByteArray token = credentials.sessionToken.toUtf8();
    const bool hasToken = !token.isEmpty();

    // Headers by lower-case name, values joined in the order given. The ones this signature sets
    // replace any the request carried, as they will on the wire.
    std::map<QByteArray, QByteArray> canonical;
    QByteArray payloadHash;
    bool hasContentSha256 = false;
    for (const auto &[rawName, value] : request.headers) {
        const QByteArray name = rawName.trimmed().toLower();
        if (name == "x-amz-content-sha256" && !hasContentSha256) {
            hasContentSha256 = true;
            payloadHash = value; // the caller's declared hash, as every SDK takes it
        }
        if (isUnsignable(name) || name == "x-amz-date" || (hasToken && name == "x-amz-security-token"))
            continue;
        auto it = canonical.find(name);
        if (it == canonical.end())
            canonical.emplace(name, canonicalHeaderValue(value));
        else
            it->second.append(',').append(canonicalHeaderValue(value));
    }
    if (!canonical.count("host"))
        canonical.emplace("host", hostHeader(request.url));
    canonical["x-amz-date"] = result.amzDate;
    if (hasToken)
        canonical["x-amz-security-token"] = canonicalHeaderValue(token);
    if (!hasContentSha256)
        payloadHash = sha256Hex(request.body);
    const bool addSha = options.addContentSha256Header && !hasContentSha256;
    if (addSha)
        canonical["x-amz-content-sha256"] = payloadHash;

    QByteArray headerLines;
    for (const auto &[name, value] : canonical) {
        headerLines.append(name).append(':').append(value).append('\n');
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders.append(';');
        result.signedHeaders.append(name);
    }

    const UrlParts parts = splitUrl(request.url);
    // HTTP methods are case-sensitive, but every one AWS serves is upper case, as botocore signs it.
    result.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(parts.path) + '\n' +
                              canonicalQuery(parts.query) + '\n' + headerLines + '\n' + result.signedHeaders + '\n' +
                              payloadHash;

    result.credentialScope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    result.stringToSign =
        Algorithm + '\n' + result.amzDate + '\n' + result.credentialScope + '\n' + sha256Hex(result.canonicalRequest);

    QByteArray key = "AWS4" + credentials.secretAccessKey.toUtf8();
    QByteArray signingKey = hmac(hmac(hmac(hmac(key, date), region.toUtf8()), service.toUtf8()), "aws4_request");
    result.signature = hmac(signingKey, result.stringToSign).toHex();
    // Best effort: wipe the copies of the secret and of the key derived from it that this function owns.
    key.fill('\0');
    signingKey.fill('\0');

    result.authorization = Algorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                           result.credentialScope + ", SignedHeaders=" + result.signedHeaders +
                           ", Signature=" + result.signature;

    result.headersToAdd.append({QByteArrayLiteral("X-Amz-Date"), result.amzDate});
    if (hasToken)
        result.headersToAdd.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
    if (addSha)
        result.headersToAdd.append({QByteArrayLiteral("X-Amz-Content-SHA256"), payloadHash});
    result.headersToAdd.append({QByteArrayLiteral("Authorization"), result.authorization});
    return result;
}

} // namespace Pd

#include "accounts/mirrorstatus.h"

#include "core/result.h"
#include "core/tr.h"

#include <QSet>

namespace Pd {

ConnectionState connectionStateAfter(const Error &error)
{
    // AWS's codes for a session that ended (STS, the JSON services, the Query ones), and a role
    // whose new session needs a code the user did not give.
    static const QSet<QString> expired = {QStringLiteral("ExpiredToken"), QStringLiteral("ExpiredTokenException"),
                                          QStringLiteral("TokenRefreshRequired"), QStringLiteral("MfaCodeNeeded")};
    // The credentials themselves were refused, or there are none to send.
    static const QSet<QString> refused = {QStringLiteral("Credentials"),
                                          QStringLiteral("UnrecognizedClientException"),
                                          QStringLiteral("InvalidClientTokenId"),
                                          QStringLiteral("MissingAuthenticationToken"),
                                          QStringLiteral("MissingAuthenticationTokenException"),
                                          QStringLiteral("SignatureDoesNotMatch"),
                                          QStringLiteral("IncompleteSignature"),
                                          QStringLiteral("IncompleteSignatureException"),
                                          QStringLiteral("InvalidSignatureException"),
                                          QStringLiteral("AuthFailure")};
    if (expired.contains(error.cause))
        return ConnectionState::Expired;
    if (refused.contains(error.cause))
        return ConnectionState::Error;
    // Nothing usable came back: no connection, no answer in time, an unreadable answer, a 5xx or
    // throttling past the retries (AwsError::toError says "Unavailable"). The cloud's refusals of
    // the request itself (input, permission, not found, conflict) are answers: the connection works.
    static const QSet<QString> unreachable = {QStringLiteral("Network"), QStringLiteral("Timeout"),
                                              QStringLiteral("Malformed"), QStringLiteral("Unavailable")};
    if (unreachable.contains(error.cause))
        return ConnectionState::Offline;
    return ConnectionState::Online;
}

QString readAgeText(qint64 ageMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // A clock a little behind the cloud's reads as now, not as the future.
    if (ageMs < minute)
        return Tr::tr("just now");
    if (ageMs < hour)
        return Tr::tr("%n min ago", nullptr, int(ageMs / minute));
    if (ageMs < day)
        return Tr::tr("%n h ago", nullptr, int(ageMs / hour));
    return Tr::tr("%n day(s) ago", nullptr, int(ageMs / day));
}

} // namespace Pd

#include "cloud/profile.h"

#include "core/ids.h"
#include "core/tr.h"

#include <QRegularExpression>
#include <QUrl>

namespace Pd {

namespace {

bool isPrintableWithoutSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

AwsEndpoints Profile::endpoints() const
{
    AwsEndpoints e;
    e.region = region;
    if (!endpointUrl.isEmpty())
        e.endpointUrl = QUrl(endpointUrl);
    for (auto it = serviceEndpoints.cbegin(); it != serviceEndpoints.cend(); ++it)
        e.serviceEndpoints.insert(it.key(), QUrl(it.value()));
    return e;
}

QString profileKindName(ProfileKind kind)
{
    return kind == ProfileKind::AssumeRole ? QStringLiteral("assume-role") : QStringLiteral("static");
}

std::optional<ProfileKind> profileKindFrom(const QString &name)
{
    if (name == QLatin1String("static"))
        return ProfileKind::Static;
    if (name == QLatin1String("assume-role"))
        return ProfileKind::AssumeRole;
    return std::nullopt;
}

QString profileKindLabel(ProfileKind kind)
{
    return kind == ProfileKind::AssumeRole ? Tr::tr("Assumed role") : Tr::tr("Access keys");
}

QStringList profileServiceNames()
{
    return {QStringLiteral("events"), QStringLiteral("ram"), QStringLiteral("sagemaker"), QStringLiteral("scheduler"),
            QStringLiteral("sts")};
}

Status checkProfileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.@+=,-]{1,64}$"));
    const QString field = QStringLiteral("profile-name");
    if (name.isEmpty())
        return Error::invalid(field, Tr::tr("%1: a profile name is required.").arg(field));
    if (!pattern.match(name).hasMatch())
        return Error::invalid(field, Tr::tr("%1: “%2” is not a profile name: use 1 to 64 letters, digits and "
                                            "- _ . @ + = , (no spaces or slashes).")
                                         .arg(field, name));
    return {};
}

Status checkRegion(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    const QString field = QStringLiteral("region");
    if (region.isEmpty())
        return Error::invalid(field, Tr::tr("%1: a region is required (such as us-east-1).").arg(field));
    if (!pattern.match(region).hasMatch())
        return Error::invalid(
            field, Tr::tr("%1: “%2” is not a region (such as us-east-1 or eu-central-1).").arg(field, region));
    return {};
}

Status checkEndpointUrl(const QString &field, const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty() || parsed.hasQuery() || parsed.hasFragment() || !parsed.userInfo().isEmpty())
        return Error::invalid(field, Tr::tr("%1: “%2” is not an endpoint URL: give an absolute http:// or https:// "
                                            "URL with a host, such as http://localhost:4566.")
                                         .arg(field, url));
    return {};
}

Status checkProfile(const Profile &p)
{
    if (Status s = checkProfileName(p.name); !s)
        return s;
    if (Status s = checkRegion(p.region); !s)
        return s;
    if (p.isAssumeRole()) {
        const QString roleField = QStringLiteral("role-arn");
        if (p.roleArn.isEmpty())
            return Error::invalid(roleField,
                                  Tr::tr("%1: a profile that assumes a role needs the role's ARN.").arg(roleField));
        if (Status s = checkIamRoleArn(roleField, p.roleArn); !s)
            return s;
        const QString sourceField = QStringLiteral("source-profile");
        if (p.sourceProfile.isEmpty())
            return Error::invalid(sourceField, Tr::tr("%1: a profile that assumes a role needs the profile whose "
                                                      "credentials assume it.")
                                                   .arg(sourceField));
        if (Status s = checkProfileName(p.sourceProfile); !s)
            return s.error().renamed(sourceField);
        if (p.sourceProfile == p.name)
            return Error::invalid(sourceField,
                                  Tr::tr("%1: a profile cannot be its own source profile.").arg(sourceField));
        static const QRegularExpression externalId(QStringLiteral("^[A-Za-z0-9+=,.@:/_-]{2,1224}$"));
        const QString externalField = QStringLiteral("external-id");
        if (!p.externalId.isEmpty() && !externalId.match(p.externalId).hasMatch())
            return Error::invalid(externalField, Tr::tr("%1: an external id is 2 to 1,224 letters, digits and "
                                                        "+ = , . @ : / _ -.")
                                                     .arg(externalField));
        static const QRegularExpression sessionName(QStringLiteral("^[A-Za-z0-9+=,.@_-]{2,64}$"));
        const QString sessionField = QStringLiteral("role-session-name");
        if (!p.roleSessionName.isEmpty() && !sessionName.match(p.roleSessionName).hasMatch())
            return Error::invalid(sessionField, Tr::tr("%1: “%2” is not a session name: use 2 to 64 letters, digits "
                                                       "and + = , . @ _ -.")
                                                    .arg(sessionField, p.roleSessionName));
        const QString durationField = QStringLiteral("duration-seconds");
        if (p.durationSeconds != 0 && (p.durationSeconds < 900 || p.durationSeconds > 43200))
            return Error::invalid(durationField, Tr::tr("%1: %2 is out of range: a role session lasts 900 to 43,200 "
                                                        "seconds (15 minutes to 12 hours).")
                                                     .arg(durationField)
                                                     .arg(p.durationSeconds));
        static const QRegularExpression mfa(QStringLiteral("^[A-Za-z0-9+=/:,.@_-]{9,256}$"));
        const QString mfaField = QStringLiteral("mfa-serial");
        if (!p.mfaSerial.isEmpty() && !mfa.match(p.mfaSerial).hasMatch())
            return Error::invalid(mfaField, Tr::tr("%1: “%2” is not an MFA device: give its serial number or ARN "
                                                   "(arn:aws:iam::<account>:mfa/<name>).")
                                                .arg(mfaField, p.mfaSerial));
    } else {
        // A static profile signs with its own keys: role settings would be silently ignored.
        const QList<std::pair<QString, bool>> roleOnly = {
            {QStringLiteral("role-arn"), !p.roleArn.isEmpty()},
            {QStringLiteral("source-profile"), !p.sourceProfile.isEmpty()},
            {QStringLiteral("external-id"), !p.externalId.isEmpty()},
            {QStringLiteral("role-session-name"), !p.roleSessionName.isEmpty()},
            {QStringLiteral("duration-seconds"), p.durationSeconds != 0},
            {QStringLiteral("mfa-serial"), !p.mfaSerial.isEmpty()}};
        for (const auto &[field, given] : roleOnly) {
            if (given)
                return Error::invalid(field, Tr::tr("%1: only a profile that assumes a role takes this; give "
                                                    "--role-arn and --source-profile too.")
                                                 .arg(field));
        }
    }
    if (!p.endpointUrl.isEmpty()) {
        if (Status s = checkEndpointUrl(QStringLiteral("endpoint-url"), p.endpointUrl); !s)
            return s;
    }
    const QStringList services = profileServiceNames();
    for (auto it = p.serviceEndpoints.cbegin(); it != p.serviceEndpoints.cend(); ++it) {
        const QString field = QStringLiteral("endpoint-url-%1").arg(it.key());
        if (!services.contains(it.key()))
            return Error::invalid(field, Tr::tr("%1: “%2” is not a service of this program (%3).")
                                             .arg(field, it.key(), services.join(QStringLiteral(", "))));
        if (Status s = checkEndpointUrl(field, it.value()); !s)
            return s;
    }
    return {};
}

Status checkStaticCredentials(const AwsCredentials &c)
{
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9_]{1,128}$"));
    const QString idField = QStringLiteral("aws_access_key_id");
    if (c.accessKeyId.isEmpty())
        return Error::invalid(idField, Tr::tr("%1: an access key id is required.").arg(idField));
    if (!keyId.match(c.accessKeyId).hasMatch())
        return Error::invalid(idField, Tr::tr("%1: an access key id is 1 to 128 letters and digits (AWS's start "
                                              "with AKIA or ASIA).")
                                           .arg(idField));
    const QString secretField = QStringLiteral("aws_secret_access_key");
    if (c.secretAccessKey.isEmpty())
        return Error::invalid(secretField, Tr::tr("%1: a secret access key is required.").arg(secretField));
    if (!isPrintableWithoutSpace(c.secretAccessKey) || c.secretAccessKey.size() > 1024)
        return Error::invalid(secretField, Tr::tr("%1: the secret access key holds a space or a control character, "
                                                  "or is too long; it was not kept.")
                                               .arg(secretField));
    const QString tokenField = QStringLiteral("aws_session_token");
    if (!isPrintableWithoutSpace(c.sessionToken) || c.sessionToken.size() > 8192)
        return Error::invalid(tokenField, Tr::tr("%1: the session token holds a space or a control character, or is "
                                                 "too long; it was not kept.")
                                              .arg(tokenField));
    return {};
}

QString maskedAccessKeyId(const QString &accessKeyId)
{
    if (accessKeyId.size() <= 4)
        return QString(accessKeyId.size(), QLatin1Char('*'));
    return QString(accessKeyId.size() - 4, QLatin1Char('*')) + accessKeyId.right(4);
}

} // namespace Pd

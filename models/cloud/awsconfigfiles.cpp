#include "cloud/awsconfigfiles.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace Pd {

namespace {

// One "key = value" of a section. A key with an empty value followed by indented lines holds
// nested settings (botocore's sub-sections) instead of a value.
struct IniValue
{
    QString value;
    int line = 0;
    QList<std::pair<QString, QString>> nested;
};

struct IniSection
{
    QString name;
    int line = 0;
    QMap<QString, IniValue> values;
};

// botocore's raw_config_parse (Python's RawConfigParser): sections in order, keys lower-cased.
QList<IniSection> parseIni(const AwsConfigText &file, QList<AwsConfigWarning> &warnings)
{
    QList<IniSection> sections;
    QString text = QString::fromUtf8(file.text);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString currentKey;
    auto warn = [&](int line, const QString &message) {
        warnings.append({file.path, line, message});
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = i + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        const bool indented = line.at(0).isSpace();
        if (indented && !currentKey.isEmpty() && !sections.isEmpty()) {
            IniValue &value = sections.last().values[currentKey];
            if (!value.value.isEmpty()) {
                // A value that goes on over several lines: none of the keys read here takes one.
                value.value += QLatin1Char('\n') + trimmed;
                continue;
            }
            const int equals = trimmed.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                warn(number,
                     Tr::tr("a nested setting under “%1” is not “key = value”; the line was skipped.").arg(currentKey));
                continue;
            }
            value.nested.append({trimmed.left(equals).trimmed().toLower(), trimmed.mid(equals + 1).trimmed()});
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            currentKey.clear();
            if (!trimmed.endsWith(QLatin1Char(']')) || trimmed.size() < 3) {
                warn(number, Tr::tr("a section header must be “[name]”; the line was skipped, and so is what "
                                    "follows it up to the next section."));
                sections.append({QString(), number, {}});
                continue;
            }
            sections.append({trimmed.mid(1, trimmed.size() - 2).trimmed(), number, {}});
            continue;
        }
        // Python's configparser takes "=" or ":", whichever comes first.
        int delimiter = -1;
        for (int c = 0; c < trimmed.size(); ++c) {
            if (trimmed.at(c) == QLatin1Char('=') || trimmed.at(c) == QLatin1Char(':')) {
                delimiter = c;
                break;
            }
        }
        const QString key = delimiter > 0 ? trimmed.left(delimiter).trimmed().toLower() : QString();
        if (key.isEmpty()) {
            warn(number, Tr::tr("not a “key = value” line, a [section] or a comment; the line was skipped."));
            currentKey.clear();
            continue;
        }
        if (sections.isEmpty()) {
            warn(number, Tr::tr("“%1” stands before any [section]; the line was skipped.").arg(key));
            continue;
        }
        if (sections.last().name.isEmpty()) {
            currentKey.clear();
            continue; // under a malformed header, already warned about
        }
        if (sections.last().values.contains(key))
            warn(number, Tr::tr("“%1” is set twice in this section; the later value is used.").arg(key));
        sections.last().values.insert(key, {trimmed.mid(delimiter + 1).trimmed(), number, {}});
        currentKey = key;
    }
    return sections;
}

// A profile as the two files and the environment merged it.
struct RawProfile
{
    QString name;
    QString origin;
    int line = 0;
    QString file;
    QMap<QString, IniValue> values;
    bool credentialsFromEnvironment = false;
};

// The services config's service ids (botocore's, snake case) and the environment's, to signing names.
QString signingNameOfServiceId(const QString &serviceId)
{
    static const QMap<QString, QString> names = {
        {QStringLiteral("sagemaker"), QStringLiteral("sagemaker")},
        {QStringLiteral("eventbridge"), QStringLiteral("events")},
        {QStringLiteral("scheduler"), QStringLiteral("scheduler")},
        {QStringLiteral("ram"), QStringLiteral("ram")},
        {QStringLiteral("sts"), QStringLiteral("sts")},
    };
    return names.value(serviceId.toLower());
}

QString where(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

// The AWS CLI's config key for a `profiles add` option, for a reason about an imported value.
QString configKeyOf(const QString &field)
{
    QString key = field;
    if (key == QLatin1String("profile-name"))
        return QStringLiteral("profile name");
    if (key.startsWith(QLatin1String("endpoint-url-")))
        return QStringLiteral("services (%1)").arg(key.mid(int(qstrlen("endpoint-url-"))));
    return key.replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

QString AwsConfigWarning::text() const
{
    return QStringLiteral("%1: %2").arg(where(file, line), message);
}

const ImportedProfile *AwsConfigImport::find(const QString &name) const
{
    for (const ImportedProfile &p : profiles) {
        if (p.profile.name == name)
            return &p;
    }
    return nullptr;
}

AwsConfigPaths awsConfigPaths(const QProcessEnvironment &environment, const QString &homePath)
{
    auto expand = [&homePath](QString path) {
        if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
            path = homePath + path.mid(1);
        return path;
    };
    AwsConfigPaths paths;
    const QString config = environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    const QString credentials = environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    paths.config = config.isEmpty() ? QDir(homePath).filePath(QStringLiteral(".aws/config")) : expand(config);
    paths.credentials =
        credentials.isEmpty() ? QDir(homePath).filePath(QStringLiteral(".aws/credentials")) : expand(credentials);
    return paths;
}

AwsConfigImport parseAwsConfig(const AwsConfigText &config, const AwsConfigText &credentials,
                               const QProcessEnvironment &environment, const QString &defaultRegion)
{
    AwsConfigImport result;
    QList<RawProfile> raw;
    auto rawProfile = [&raw](const QString &name) -> RawProfile * {
        for (RawProfile &p : raw) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    };
    QMap<QString, IniSection> servicesSections;

    const QList<IniSection> configSections = config.present ? parseIni(config, result.warnings) : QList<IniSection>();
    for (const IniSection &section : configSections) {
        if (section.name.isEmpty())
            continue;
        QString name;
        const QStringList parts = section.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (section.name == QLatin1String("default")) {
            name = section.name;
        } else if (parts.size() >= 2 && parts.first() == QLatin1String("profile")) {
            name = section.name.mid(section.name.indexOf(QLatin1String("profile")) + 7).trimmed();
        } else if (parts.size() >= 2 && parts.first() == QLatin1String("services")) {
            servicesSections.insert(parts.mid(1).join(QLatin1Char(' ')), section);
            continue;
        } else if (parts.size() >= 2 && parts.first() == QLatin1String("sso-session")) {
            continue; // only read by SSO profiles, which are listed as unsupported
        } else {
            result.warnings.append({config.path, section.line,
                                    Tr::tr("[%1] is not a profile in the config file (write [profile %1]); it was "
                                           "skipped.")
                                        .arg(section.name)});
            continue;
        }
        if (RawProfile *existing = rawProfile(name)) {
            // "[default]" and "[profile default]" both name it; botocore merges them too.
            for (auto it = section.values.cbegin(); it != section.values.cend(); ++it)
                existing->values.insert(it.key(), it.value());
            continue;
        }
        raw.append({name, where(config.path, section.line), section.line, config.path, section.values, false});
    }

    const QList<IniSection> credentialSections =
        credentials.present ? parseIni(credentials, result.warnings) : QList<IniSection>();
    for (const IniSection &section : credentialSections) {
        if (section.name.isEmpty())
            continue;
        RawProfile *p = rawProfile(section.name);
        if (!p) {
            raw.append(
                {section.name, where(credentials.path, section.line), section.line, credentials.path, {}, false});
            p = &raw.last();
        }
        // The credentials file wins, key by key.
        for (auto it = section.values.cbegin(); it != section.values.cend(); ++it)
            p->values.insert(it.key(), it.value());
    }

    // The environment, applied to the profile the AWS CLI would use.
    const QString active = environment.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    const QString envKeyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString envSecret = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    const QString envToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN"));
    QString envRegion = environment.value(QStringLiteral("AWS_REGION"));
    if (envRegion.isEmpty())
        envRegion = environment.value(QStringLiteral("AWS_DEFAULT_REGION"));
    const QString envEndpoint = environment.value(QStringLiteral("AWS_ENDPOINT_URL"));
    QMap<QString, QString> envServiceEndpoints;
    const QString prefix = QStringLiteral("AWS_ENDPOINT_URL_");
    for (const QString &key : environment.keys()) {
        if (!key.startsWith(prefix))
            continue;
        const QString service = signingNameOfServiceId(key.mid(prefix.size()));
        if (!service.isEmpty() && !environment.value(key).isEmpty())
            envServiceEndpoints.insert(service, environment.value(key));
    }
    const bool envKeys = !envKeyId.isEmpty() || !envSecret.isEmpty();
    const bool envAnything =
        envKeys || !envRegion.isEmpty() || !envEndpoint.isEmpty() || !envServiceEndpoints.isEmpty();
    if (envAnything) {
        RawProfile *p = rawProfile(active);
        if (!p && envKeys) {
            raw.append({active, QStringLiteral("environment"), 0, QString(), {}, false});
            p = &raw.last();
        }
        if (p) {
            if (envKeys) {
                if (envKeyId.isEmpty() || envSecret.isEmpty())
                    result.warnings.append(
                        {QStringLiteral("environment"), 0,
                         Tr::tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together; with only one of them "
                                "set, the environment's keys were not used.")});
                else {
                    p->values.insert(QStringLiteral("aws_access_key_id"), {envKeyId, 0, {}});
                    p->values.insert(QStringLiteral("aws_secret_access_key"), {envSecret, 0, {}});
                    if (envToken.isEmpty())
                        p->values.remove(QStringLiteral("aws_session_token"));
                    else
                        p->values.insert(QStringLiteral("aws_session_token"), {envToken, 0, {}});
                    p->credentialsFromEnvironment = true;
                }
            }
            if (!envRegion.isEmpty())
                p->values.insert(QStringLiteral("region"), {envRegion, 0, {}});
            if (!envEndpoint.isEmpty())
                p->values.insert(QStringLiteral("endpoint_url"), {envEndpoint, 0, {}});
        }
    }

    const QStringList unsupportedKeys = {QStringLiteral("sso_start_url"), QStringLiteral("sso_session"),
                                         QStringLiteral("sso_account_id"), QStringLiteral("sso_role_name")};
    for (RawProfile &p : raw) {
        auto has = [&p](const char *key) {
            return !p.values.value(QLatin1String(key)).value.isEmpty();
        };
        auto get = [&p](const char *key) {
            return p.values.value(QLatin1String(key)).value;
        };
        auto unsupported = [&](const QString &reason) {
            result.unsupported.append({p.name, p.origin, reason});
        };

        // Nested settings of a profile (s3 = …) are the AWS CLI's; said, then left alone.
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
            if (!it.value().nested.isEmpty())
                result.warnings.append({p.file, it.value().line,
                                        Tr::tr("the nested settings of “%1” in profile %2 are not used by Pipeline "
                                               "Desk; they were skipped.")
                                            .arg(it.key(), p.name)});
        }

        bool sso = false;
        for (const QString &key : unsupportedKeys)
            sso = sso || !p.values.value(key).value.isEmpty();
        if (sso) {
            unsupported(Tr::tr("it signs in through IAM Identity Center (SSO), which Pipeline Desk does not support "
                               "yet; add a profile with access keys or a role instead."));
            continue;
        }
        if (has("credential_process")) {
            unsupported(Tr::tr("it gets its credentials from an external program (credential_process), which "
                               "Pipeline Desk does not run."));
            continue;
        }
        if (has("web_identity_token_file")) {
            unsupported(Tr::tr("it assumes a role with a web identity token (web_identity_token_file), which "
                               "Pipeline Desk does not support."));
            continue;
        }
        if (has("credential_source")) {
            unsupported(Tr::tr("it assumes a role with credentials from its environment (credential_source = %1), "
                               "which Pipeline Desk does not support; use source_profile instead.")
                            .arg(get("credential_source")));
            continue;
        }

        ImportedProfile imported;
        imported.origin = p.origin;
        imported.credentialsFromEnvironment = p.credentialsFromEnvironment;
        Profile &profile = imported.profile;
        profile.name = p.name;
        profile.region = get("region");
        if (profile.region.isEmpty())
            profile.region = defaultRegion;
        if (has("role_arn")) {
            if (!has("source_profile")) {
                unsupported(Tr::tr("it has role_arn but no source_profile: Pipeline Desk assumes a role only with "
                                   "another profile's keys."));
                continue;
            }
            profile.kind = ProfileKind::AssumeRole;
            profile.roleArn = get("role_arn");
            profile.sourceProfile = get("source_profile");
            profile.externalId = get("external_id");
            profile.roleSessionName = get("role_session_name");
            profile.mfaSerial = get("mfa_serial");
            if (has("duration_seconds")) {
                bool ok = false;
                profile.durationSeconds = get("duration_seconds").toInt(&ok);
                if (!ok) {
                    unsupported(Tr::tr("duration_seconds is not a whole number of seconds."));
                    continue;
                }
            }
        } else if (has("aws_access_key_id") || has("aws_secret_access_key")) {
            if (!has("aws_access_key_id") || !has("aws_secret_access_key")) {
                unsupported(has("aws_access_key_id")
                                ? Tr::tr("it has aws_access_key_id but no aws_secret_access_key.")
                                : Tr::tr("it has aws_secret_access_key but no aws_access_key_id."));
                continue;
            }
            imported.credentials.accessKeyId = get("aws_access_key_id");
            imported.credentials.secretAccessKey = get("aws_secret_access_key");
            imported.credentials.sessionToken = get("aws_session_token");
            if (Status s = checkStaticCredentials(imported.credentials); !s) {
                unsupported(s.error().message);
                continue;
            }
        } else {
            unsupported(Tr::tr("it has no credentials: neither access keys nor a role to assume."));
            continue;
        }
        if (profile.region.isEmpty()) {
            unsupported(Tr::tr("it has no region; add “region = …” to it, or give a region for the profiles that "
                               "have none."));
            continue;
        }
        profile.endpointUrl = get("endpoint_url");
        if (has("services")) {
            const QString servicesName = get("services");
            if (!servicesSections.contains(servicesName)) {
                result.warnings.append({p.file, p.values.value(QStringLiteral("services")).line,
                                        Tr::tr("profile %1 names the services section “%2”, which the config file "
                                               "does not have; its endpoints were not read.")
                                            .arg(p.name, servicesName)});
            } else {
                const IniSection &services = servicesSections.value(servicesName);
                for (auto it = services.values.cbegin(); it != services.values.cend(); ++it) {
                    const QString service = signingNameOfServiceId(it.key());
                    if (service.isEmpty())
                        continue; // a service this program does not call
                    for (const auto &[key, value] : it.value().nested) {
                        if (key == QLatin1String("endpoint_url"))
                            profile.serviceEndpoints.insert(service, value);
                    }
                }
            }
        }
        if (RawProfile *self = rawProfile(active); self == &p) {
            for (auto it = envServiceEndpoints.cbegin(); it != envServiceEndpoints.cend(); ++it)
                profile.serviceEndpoints.insert(it.key(), it.value());
        }
        if (Status s = checkProfile(profile); !s) {
            unsupported(s.error().renamed(configKeyOf(s.error().field)).message);
            continue;
        }
        result.profiles.append(imported);
    }
    return result;
}

AwsConfigImport readAwsConfig(const AwsConfigPaths &paths, const QProcessEnvironment &environment,
                              const QString &defaultRegion)
{
    QList<AwsConfigWarning> warnings;
    auto read = [&warnings](const QString &path) {
        AwsConfigText text;
        text.path = path;
        if (!QFileInfo::exists(path))
            return text;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            warnings.append({path, 0, Tr::tr("the file cannot be read: %1").arg(file.errorString())});
            return text;
        }
        text.text = file.readAll();
        text.present = true;
        return text;
    };
    const AwsConfigText config = read(paths.config);
    const AwsConfigText credentials = read(paths.credentials);
    AwsConfigImport result = parseAwsConfig(config, credentials, environment, defaultRegion);
    result.warnings = warnings + result.warnings;
    return result;
}

} // namespace Pd

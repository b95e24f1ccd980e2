#pragma once

#include "cloud/profile.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Pd {

// A line of the AWS CLI's files that was not understood, or a setting that is not used. The
// message is translated and names the key or the problem, never a value (a value may be a secret).
struct AwsConfigWarning
{
    QString file; // the path as given
    int line = 0; // 1-based; 0 when about the whole file or the environment
    QString message;

    // "file:line: message" (or "file: message").
    QString text() const;
};

// A profile the files describe and Pipeline Desk can use, with its keys (static profiles only).
// The keys are held in memory only, until the import writes them to the keychain.
struct ImportedProfile
{
    Profile profile;
    AwsCredentials credentials;
    QString origin; // "file:line" of its section, or "environment"
    // Where its keys came from, said to the user when it is not the files: "environment".
    bool credentialsFromEnvironment = false;
};

// A profile the files describe that Pipeline Desk cannot use, and why (translated). Never dropped
// silently: an import lists these.
struct UnsupportedProfile
{
    QString name;
    QString origin;
    QString reason;
};

struct AwsConfigImport
{
    QList<ImportedProfile> profiles; // in the order the files name them (config first)
    QList<UnsupportedProfile> unsupported;
    QList<AwsConfigWarning> warnings;

    const ImportedProfile *find(const QString &name) const;
};

// One of the two files: its name for messages, and its text (absent: no such file).
struct AwsConfigText
{
    QString path;
    QByteArray text;
    bool present = false;
};

// Where the AWS CLI reads its files: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE (a leading ~
// is the home folder), else <home>/.aws/config and <home>/.aws/credentials.
struct AwsConfigPaths
{
    QString config;
    QString credentials;
};
AwsConfigPaths awsConfigPaths(const QProcessEnvironment &environment, const QString &homePath);

// Reads the AWS CLI's profiles as botocore does. Pure: the texts and the environment are given.
//  - config: [default] and [profile NAME]; credentials: [NAME]. "key = value" (or "key: value"),
//    keys in any case; whole-line comments with # or ;. An indented line after a key with an empty
//    value is a nested setting ("s3 =" / "  max_concurrent_requests = 10"): skipped with a warning,
//    except in [services NAME] sections, whose "<service> = / endpoint_url = URL" give the
//    per-service endpoints of the profiles that say "services = NAME".
//  - A key in the credentials file wins over the same key in the config file.
//  - The environment, as the AWS CLI applies it, to the profile it would use (AWS_PROFILE, else
//    default; made when the files lack it): AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
//    AWS_SESSION_TOKEN replace its keys; AWS_REGION (else AWS_DEFAULT_REGION) its region;
//    AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> (SAGEMAKER, EVENTBRIDGE, SCHEDULER, RAM, STS)
//    its endpoints.
//  - A profile without a region takes defaultRegion; without either it is unsupported.
//  - Unsupported, with the reason: IAM Identity Center (sso_*), credential_process,
//    web_identity_token_file, credential_source, a role without source_profile, keys without their
//    other half, no credentials at all, and any value that fails checkProfile().
// Warnings name the file and line of every malformed line.
AwsConfigImport parseAwsConfig(const AwsConfigText &config, const AwsConfigText &credentials,
                               const QProcessEnvironment &environment, const QString &defaultRegion = QString());

// Reads the two files (a file that is absent is not an error: the AWS CLI works without either; a
// file that exists but cannot be read is a warning) and parses them with parseAwsConfig.
AwsConfigImport readAwsConfig(const AwsConfigPaths &paths, const QProcessEnvironment &environment,
                              const QString &defaultRegion = QString());

} // namespace Pd

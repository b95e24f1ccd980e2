#pragma once

#include "cloud/awsclient.h"
#include "cloud/sigv4.h"
#include "core/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Pd {

// How a profile gets its keys: its own long-term (or session) keys from the keychain, or a role
// assumed with another profile's keys.
enum class ProfileKind { Static, AssumeRole };

// How to reach a real account, as the AWS CLI's profiles say it. Only what is not secret: the keys of
// a static profile live in the keychain (ProfileService), never here. The field names in the
// comments are the AWS CLI's config keys; the CLI options and the validation errors name the
// fields as the `profiles add` options do ("profile-name", "region", "role-arn"…).
struct Profile
{
    QString name;   // the profile's name, kept as the AWS CLI's ([profile NAME])
    QString region; // us-east-1
    ProfileKind kind = ProfileKind::Static;
    // AssumeRole only.
    QString sourceProfile;   // source_profile: whose keys call sts:AssumeRole
    QString roleArn;         // role_arn
    QString externalId;      // external_id, optional
    QString roleSessionName; // role_session_name, optional (a generated one when empty)
    int durationSeconds = 0; // duration_seconds, 900–43200; 0: the default (3600)
    QString mfaSerial;       // mfa_serial, optional: the code is asked for when the role is assumed
    // Endpoint overrides: one URL for every service (endpoint_url) and per service, keyed by signing
    // name (profileServiceNames()); the latter wins. Empty: the real AWS endpoints.
    QString endpointUrl;
    QMap<QString, QString> serviceEndpoints;
    // What sts:GetCallerIdentity said the last time the profile was tested; empty / 0 until then.
    QString accountId;
    QString callerArn;
    qint64 testedAt = 0; // ms since the epoch
    qint64 createdAt = 0;

    bool isAssumeRole() const { return kind == ProfileKind::AssumeRole; }
    // What an AwsClient for this profile is given.
    AwsEndpoints endpoints() const;
};

// "static" / "assume-role", as stored and as the CLI prints it.
QString profileKindName(ProfileKind kind);
// The kind named so; nullopt for anything else.
std::optional<ProfileKind> profileKindFrom(const QString &name);
// The kind as people read it (translated): "Access keys", "Assumed role".
QString profileKindLabel(ProfileKind kind);

// The signing names of the services a profile can override the endpoint of, sorted:
// events, ram, sagemaker, scheduler, sts.
QStringList profileServiceNames();

// The checks, each InvalidInput naming the field as the `profiles add` option ("profile-name: …").
// A profile name as the AWS CLI's files can hold one and a keychain key can carry: 1 to 64 of
// A–Z a–z 0–9 and - _ . @ + = , (no spaces, no slash).
Status checkProfileName(const QString &name);
// A region such as us-east-1, eu-central-1, us-gov-west-1, cn-north-1.
Status checkRegion(const QString &region);
// An absolute http or https URL with a host, nothing after the authority but a path.
Status checkEndpointUrl(const QString &field, const QString &url);
// Every field of the profile, the first problem returned; the kind decides which fields must be
// there (a role ARN and a source profile for AssumeRole) and which must be empty (for Static).
// The source profile's existence is the service's to check.
Status checkProfile(const Profile &profile);
// The keys of a static profile: an access key id (1 to 128 of A–Z a–z 0–9 _; AWS's are 20 capitals
// and digits, emulators take "test") and a secret access key (printable, no white space), an
// optional session token (the same). The messages never repeat what was given, so they cannot
// carry a secret.
Status checkStaticCredentials(const AwsCredentials &credentials);

// An access key id as the AWS CLI's `configure list` shows it: "****************ABCD".
QString maskedAccessKeyId(const QString &accessKeyId);

} // namespace Pd

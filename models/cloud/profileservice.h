#pragma once

#include "cloud/awsconfigfiles.h"
#include "cloud/credentials.h"
#include "cloud/profile.h"
#include "core/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Pd {

class SecretStore;
class ServiceContext;

// What importing the AWS CLI's profiles would do, profile by profile: shown before it is applied.
struct ProfileImportItem
{
    enum class Action {
        Add,         // a new profile
        Replace,     // a profile of that name is in the workspace: its settings and keys are replaced
        Unsupported, // cannot be imported; reason says why
    };
    Action action = Action::Add;
    QString name;
    QString origin;           // "file:line" or "environment"
    QString reason;           // Unsupported: why (translated)
    ImportedProfile imported; // Add / Replace: the profile and its keys (in memory only)
};

struct ProfileImportPlan
{
    // In the order they are applied: a role's source profile before the role.
    QList<ProfileImportItem> items;
    QList<AwsConfigWarning> warnings;

    int count(ProfileImportItem::Action action) const;
};

// What an apply did: each imported profile's outcome, in the plan's order (Unsupported items are
// not applied and not listed here).
struct ProfileImportOutcome
{
    struct Applied
    {
        QString name;
        ProfileImportItem::Action action = ProfileImportItem::Action::Add;
        Status status;
    };
    QList<Applied> applied;
    bool ok() const;
};

// The workspace's profiles and their keys. The settings of a profile are rows of the workspace; the
// keys of a static profile are one keychain entry, secretKey(name) =
// "aws-profile/<workspace id>/<name>", where the workspace id is a random id kept in the workspace's
// settings (made on first use), so that two workspaces with profiles of the same name never share
// keys. A change never half-applies: the keychain is written first, then the row in a transaction,
// and when the row fails the keychain entry is put back as it was (written back or removed).
//
// Keychain work is asynchronous: the functions that touch it call `done` exactly once, later (from
// the event loop) or, for a refusal found before any keychain call, before returning. Every change
// is written to the audit log (actions CreateProfile, UpdateProfile, DeleteProfile,
// RecordCallerIdentity; no secret in any field) and emits profilesChanged().
//
// Errors name fields as the `profiles add` options do ("profile-name", "source-profile"…).
class ProfileService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;
    using GotCredentials = std::function<void(Result<AwsCredentials>)>;

    // secrets: not owned, must outlive the service.
    ProfileService(ServiceContext &context, SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileService() override;

    Result<QList<Profile>> profiles() const;
    Result<Profile> profile(const QString &name) const; // NotFound when absent

    // The workspace's random id (made and kept on first use) and the keychain key of a profile.
    Result<QString> workspaceId();
    Result<QString> secretKey(const QString &name);

    // A new profile. Static: credentials must pass checkStaticCredentials(); AssumeRole: credentials
    // must be empty, and the source profile must exist here (no cycles: a chain of roles ends at a
    // static profile). Conflict when the name is taken. Test results (account id…) are not taken
    // from `profile`: they come from recordCallerIdentity().
    void add(const Profile &profile, const AwsCredentials &credentials, Done done);
    // Replaces the settings of an existing profile (NotFound when absent). credentials: new keys for
    // a static profile, or nullopt to keep the ones in the keychain (a profile that becomes static
    // must be given keys). A profile that becomes AssumeRole loses its keychain entry. Changing the
    // keys, the role, the kind or the endpoints forgets what the last test found.
    void update(const Profile &profile, std::optional<AwsCredentials> credentials, Done done);
    // Removes the row and the keychain entry. Conflict while another profile assumes a role with it
    // or an account is connected through it (each named).
    void remove(const QString &name, Done done);

    // A static profile's keys, from the keychain. InvalidInput for an AssumeRole profile.
    void readCredentials(const QString &name, GotCredentials got);
    // Where a client of a static profile gets its keys (KeychainCredentials on secretKey(name)).
    // InvalidInput for an AssumeRole profile: its source is the AssumeRole provider's to build.
    Result<std::unique_ptr<CredentialsSource>> credentialsSource(const QString &name);

    // What `profiles test` found (sts:GetCallerIdentity): kept with the profile, the test time from
    // the clock. The seam the integrator's test command calls.
    Status recordCallerIdentity(const QString &name, const QString &accountId, const QString &callerArn);

    // What importing would do. only: the profile names to import (all when empty); a name the files
    // do not mention is NotFound naming it. A role whose source profile is neither imported nor here
    // becomes Unsupported, saying so.
    Result<ProfileImportPlan> planImport(const AwsConfigImport &parsed, const QStringList &only = {}) const;
    // Adds and replaces, one profile at a time in the plan's order (each one all or nothing); the
    // outcome lists each. done is called exactly once.
    void applyImport(const ProfileImportPlan &plan, std::function<void(ProfileImportOutcome)> done);

signals:
    void profilesChanged();

private:
    // The keychain change and then the row change, putting the keychain back when the row fails.
    // newSecret: write it; nullopt with removeSecret: remove the entry; neither: leave it.
    void change(const QString &name, std::optional<QByteArray> newSecret, bool removeSecret,
                std::function<Status()> rowChange, Done done);
    Status checkSource(const Profile &profile) const;

    ServiceContext &m_context;
    SecretStore &m_secrets;
    std::shared_ptr<bool> m_alive;
};

} // namespace Pd

#include "cloud/profileservice.h"

#include "cloud/profilecredentials.h"
#include "cloud/profilestore.h"
#include "core/tr.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/settingsstore.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

namespace Pd {

namespace {

Q_LOGGING_CATEGORY(lcProfiles, "pd.profiles")

const QString workspaceIdSetting = QStringLiteral("keychain_workspace_id");

Error conflictAt(const QString &field, const QString &message)
{
    Error e = Error::conflict(message);
    e.field = field;
    return e;
}

// The audit log's detail: what the profile is, never its keys.
QString auditDetail(const Profile &p)
{
    QString detail = QStringLiteral("%1 %2").arg(profileKindName(p.kind), p.region);
    if (p.isAssumeRole())
        detail += QStringLiteral(" %1 from %2").arg(p.roleArn, p.sourceProfile);
    if (!p.endpointUrl.isEmpty())
        detail += QStringLiteral(" endpoint %1").arg(p.endpointUrl);
    return detail;
}

bool sameConnection(const Profile &a, const Profile &b)
{
    return a.kind == b.kind && a.roleArn == b.roleArn && a.sourceProfile == b.sourceProfile &&
           a.externalId == b.externalId && a.endpointUrl == b.endpointUrl && a.serviceEndpoints == b.serviceEndpoints &&
           a.region == b.region;
}

} // namespace

int ProfileImportPlan::count(ProfileImportItem::Action action) const
{
    int n = 0;
    for (const ProfileImportItem &item : items)
        n += item.action == action ? 1 : 0;
    return n;
}

bool ProfileImportOutcome::ok() const
{
    for (const Applied &a : applied) {
        if (!a.status)
            return false;
    }
    return true;
}

ProfileService::ProfileService(ServiceContext &context, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_secrets(secrets)
    , m_alive(std::make_shared<bool>(true))
{}

ProfileService::~ProfileService()
{
    *m_alive = false;
}

Result<QList<Profile>> ProfileService::profiles() const
{
    return ProfileStore(m_context.database()).profiles();
}

Result<Profile> ProfileService::profile(const QString &name) const
{
    return ProfileStore(m_context.database()).profile(name);
}

Result<QString> ProfileService::workspaceId()
{
    Database &db = m_context.database();
    SettingsStore settings(db);
    QString id = settings.value(workspaceIdSetting);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = db.transaction([&]() -> Status {
            // Another program may have made it meanwhile: the first one stays.
            const QString existing = settings.value(workspaceIdSetting);
            if (!existing.isEmpty()) {
                id = existing;
                return {};
            }
            return settings.setValue(workspaceIdSetting, id);
        });
        !s)
        return s.error();
    return id;
}

Result<QString> ProfileService::secretKey(const QString &name)
{
    auto id = workspaceId();
    if (!id)
        return id.error();
    return QStringLiteral("aws-profile/%1/%2").arg(id.value(), name);
}

Status ProfileService::checkSource(const Profile &profile) const
{
    if (!profile.isAssumeRole())
        return {};
    ProfileStore store(m_context.database());
    const QString field = QStringLiteral("source-profile");
    // Follow the chain: it must end at a static profile without coming back to this one.
    QSet<QString> seen{profile.name};
    QString next = profile.sourceProfile;
    while (true) {
        if (seen.contains(next))
            return Error::invalid(field, Tr::tr("%1: profile %2 leads back to %3 through its source profiles; a "
                                                "chain of roles must end at a profile with keys.")
                                             .arg(field, profile.sourceProfile, profile.name));
        seen.insert(next);
        auto source = store.profile(next);
        if (!source) {
            if (source.error().code != Error::Code::NotFound)
                return source.error();
            return Error::invalid(field, next == profile.sourceProfile
                                             ? Tr::tr("%1: there is no profile named %2 in this workspace; add it "
                                                      "first.")
                                                   .arg(field, next)
                                             : Tr::tr("%1: profile %2 takes its keys from %3, which is not in this "
                                                      "workspace.")
                                                   .arg(field, profile.sourceProfile, next));
        }
        if (!source->isAssumeRole())
            return {};
        next = source->sourceProfile;
    }
}

void ProfileService::change(const QString &name, std::optional<QByteArray> newSecret, bool removeSecret,
                            std::function<Status()> rowChange, Done done)
{
    Database &db = m_context.database();
    if (!newSecret && !removeSecret) {
        done(db.transaction(rowChange));
        return;
    }
    auto key = secretKey(name);
    if (!key) {
        done(key.error());
        return;
    }
    SecretStore &secrets = m_secrets;
    auto alive = m_alive;
    const QString k = key.value();
    // The entry as it was, to put back when the row cannot be written.
    secrets.read(k, [&db, &secrets, alive, k, newSecret, rowChange, done](Result<QByteArray> old) {
        if (!*alive)
            return;
        std::optional<QByteArray> previous;
        if (old)
            previous = old.value();
        else if (old.error().code != Error::Code::NotFound) {
            done(old.error());
            return;
        }
        auto afterKeychain = [&db, &secrets, alive, k, previous, rowChange, done](Status keychain) {
            if (!*alive)
                return;
            if (!keychain) {
                done(keychain);
                return;
            }
            Status row = db.transaction(rowChange);
            if (row) {
                done(row);
                return;
            }
            auto restored = [k, row, done](Status putBack) {
                if (!putBack)
                    qCWarning(lcProfiles)
                        << "the keychain entry" << k << "could not be put back:" << putBack.error().message;
                done(row);
            };
            if (previous)
                secrets.write(k, *previous, restored);
            else
                secrets.remove(k, restored);
        };
        if (newSecret)
            secrets.write(k, *newSecret, afterKeychain);
        else if (previous)
            secrets.remove(k, afterKeychain);
        else
            afterKeychain(Status());
    });
}

void ProfileService::add(const Profile &input, const AwsCredentials &credentials, Done done)
{
    Profile profile = input;
    profile.accountId.clear();
    profile.callerArn.clear();
    profile.testedAt = 0;
    profile.createdAt = m_context.clock().nowMs();
    auto finish = [this, profile, alive = m_alive, done](Status status) {
        if (*alive) {
            m_context.audit().record(QString(), QStringLiteral("CreateProfile"), profile.name, status,
                                     auditDetail(profile));
            if (status)
                emit profilesChanged();
        }
        done(status);
    };
    Status valid = [&]() -> Status {
        if (Status s = checkProfile(profile); !s)
            return s;
        ProfileStore store(m_context.database());
        auto taken = store.exists(profile.name);
        if (!taken)
            return taken.error();
        if (taken.value())
            return conflictAt(
                QStringLiteral("profile-name"),
                Tr::tr("profile-name: a profile named %1 is already in this workspace.").arg(profile.name));
        if (profile.isAssumeRole()) {
            if (!credentials.accessKeyId.isEmpty() || !credentials.secretAccessKey.isEmpty() ||
                !credentials.sessionToken.isEmpty())
                return Error::invalid(QStringLiteral("aws_access_key_id"),
                                      Tr::tr("aws_access_key_id: a profile that assumes a role takes no keys of its "
                                             "own; they come from its source profile."));
            return checkSource(profile);
        }
        return checkStaticCredentials(credentials);
    }();
    if (!valid) {
        finish(valid);
        return;
    }
    std::optional<QByteArray> secret;
    if (!profile.isAssumeRole())
        secret = encodeProfileSecret(credentials);
    Database &db = m_context.database();
    change(
        profile.name, secret, false, [&db, profile]() { return ProfileStore(db).insert(profile); }, finish);
}

void ProfileService::update(const Profile &input, std::optional<AwsCredentials> credentials, Done done)
{
    Profile profile = input;
    auto finish = [this, name = profile.name, detail = auditDetail(profile), alive = m_alive, done](Status status) {
        if (*alive) {
            m_context.audit().record(QString(), QStringLiteral("UpdateProfile"), name, status, detail);
            if (status)
                emit profilesChanged();
        }
        done(status);
    };
    ProfileStore store(m_context.database());
    auto existing = store.profile(profile.name);
    if (!existing) {
        finish(existing.error());
        return;
    }
    Status valid = [&]() -> Status {
        if (Status s = checkProfile(profile); !s)
            return s;
        if (profile.isAssumeRole()) {
            if (credentials)
                return Error::invalid(QStringLiteral("aws_access_key_id"),
                                      Tr::tr("aws_access_key_id: a profile that assumes a role takes no keys of its "
                                             "own; they come from its source profile."));
            return checkSource(profile);
        }
        if (!credentials && existing->isAssumeRole())
            return Error::invalid(QStringLiteral("aws_access_key_id"),
                                  Tr::tr("aws_access_key_id: profile %1 assumed a role until now; give it keys of "
                                         "its own.")
                                      .arg(profile.name));
        return credentials ? checkStaticCredentials(*credentials) : Status();
    }();
    if (!valid) {
        finish(valid);
        return;
    }
    const bool forgetTest = credentials.has_value() || !sameConnection(existing.value(), profile);
    std::optional<QByteArray> secret;
    if (credentials)
        secret = encodeProfileSecret(*credentials);
    const bool removeSecret = profile.isAssumeRole() && !existing->isAssumeRole();
    Database &db = m_context.database();
    change(
        profile.name, secret, removeSecret,
        [&db, profile, forgetTest]() -> Status {
            ProfileStore store(db);
            if (Status s = store.update(profile); !s)
                return s;
            if (forgetTest)
                return store.setCallerIdentity(profile.name, QString(), QString(), 0);
            return {};
        },
        finish);
}

void ProfileService::remove(const QString &name, Done done)
{
    auto finish = [this, name, alive = m_alive, done](Status status) {
        if (*alive) {
            m_context.audit().record(QString(), QStringLiteral("DeleteProfile"), name, status);
            if (status)
                emit profilesChanged();
        }
        done(status);
    };
    ProfileStore store(m_context.database());
    auto existing = store.profile(name);
    if (!existing) {
        finish(existing.error());
        return;
    }
    auto sourced = store.sourcedBy(name);
    if (!sourced) {
        finish(sourced.error());
        return;
    }
    if (!sourced->isEmpty()) {
        finish(conflictAt(QStringLiteral("profile-name"),
                          Tr::tr("profile-name: profile %1 is the source profile of %2; remove or change those "
                                 "first.")
                              .arg(name, sourced->join(QStringLiteral(", ")))));
        return;
    }
    auto accounts = store.accountsUsing(name);
    if (!accounts) {
        finish(accounts.error());
        return;
    }
    if (!accounts->isEmpty()) {
        finish(conflictAt(QStringLiteral("profile-name"),
                          Tr::tr("profile-name: the connected accounts %1 are reached through profile %2; "
                                 "disconnect them first.")
                              .arg(accounts->join(QStringLiteral(", ")), name)));
        return;
    }
    Database &db = m_context.database();
    change(
        name, std::nullopt, !existing->isAssumeRole(), [&db, name]() { return ProfileStore(db).remove(name); }, finish);
}

void ProfileService::readCredentials(const QString &name, GotCredentials got)
{
    auto source = credentialsSource(name);
    if (!source) {
        got(source.error());
        return;
    }
    // The source lives until the read is done.
    std::shared_ptr<CredentialsSource> shared(std::move(source).value());
    shared->credentials([shared, got](Result<AwsCredentials> credentials) mutable {
        got(std::move(credentials));
        // Released after got() returns: the lambda holding `shared` is destroyed by its owner.
    });
}

Result<std::unique_ptr<CredentialsSource>> ProfileService::credentialsSource(const QString &name)
{
    auto existing = profile(name);
    if (!existing)
        return existing.error();
    if (existing->isAssumeRole())
        return Error::invalid(QStringLiteral("profile-name"),
                              Tr::tr("profile-name: profile %1 assumes a role; its keys come from profile %2.")
                                  .arg(name, existing->sourceProfile));
    auto key = secretKey(name);
    if (!key)
        return key.error();
    return std::unique_ptr<CredentialsSource>(std::make_unique<KeychainCredentials>(m_secrets, key.value()));
}

Status ProfileService::recordCallerIdentity(const QString &name, const QString &accountId, const QString &callerArn)
{
    Database &db = m_context.database();
    const qint64 now = m_context.clock().nowMs();
    Status status =
        db.transaction([&]() { return ProfileStore(db).setCallerIdentity(name, accountId, callerArn, now); });
    m_context.audit().record(QString(), QStringLiteral("RecordCallerIdentity"), name, status,
                             QStringLiteral("%1 %2").arg(accountId, callerArn));
    if (status)
        emit profilesChanged();
    return status;
}

Result<ProfileImportPlan> ProfileService::planImport(const AwsConfigImport &parsed, const QStringList &only) const
{
    using Action = ProfileImportItem::Action;
    for (const QString &name : only) {
        bool known = parsed.find(name) != nullptr;
        for (const UnsupportedProfile &u : parsed.unsupported)
            known = known || u.name == name;
        if (!known) {
            Error e = Error::invalid(QStringLiteral("profile"),
                                     Tr::tr("profile: the AWS CLI's files have no profile named %1.").arg(name));
            e.code = Error::Code::NotFound;
            return e;
        }
    }
    auto wanted = [&only](const QString &name) {
        return only.isEmpty() || only.contains(name);
    };
    ProfileStore store(m_context.database());
    auto existing = store.profiles();
    if (!existing)
        return existing.error();
    QMap<QString, Profile> here;
    for (const Profile &p : existing.value())
        here.insert(p.name, p);

    ProfileImportPlan plan;
    plan.warnings = parsed.warnings;
    QList<ProfileImportItem> unsupported;
    for (const UnsupportedProfile &u : parsed.unsupported) {
        if (wanted(u.name))
            unsupported.append({Action::Unsupported, u.name, u.origin, u.reason, {}});
    }
    // Static profiles first, then roles once their source is in place, so that applying in this
    // order always finds the source.
    QList<ImportedProfile> pending;
    QSet<QString> placed;
    for (const ImportedProfile &p : parsed.profiles) {
        if (!wanted(p.profile.name))
            continue;
        if (p.profile.isAssumeRole()) {
            pending.append(p);
            continue;
        }
        plan.items.append(
            {here.contains(p.profile.name) ? Action::Replace : Action::Add, p.profile.name, p.origin, QString(), p});
        placed.insert(p.profile.name);
    }
    auto pendingHas = [&pending](const QString &name) {
        for (const ImportedProfile &p : pending) {
            if (p.profile.name == name)
                return true;
        }
        return false;
    };
    // A source is ready once imported, or when it is here and no role of this import replaces it.
    auto sourceReady = [&](const QString &source) {
        return placed.contains(source) || (here.contains(source) && !pendingHas(source));
    };
    bool progress = true;
    while (progress && !pending.isEmpty()) {
        progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const ImportedProfile p = pending.at(i);
            if (!sourceReady(p.profile.sourceProfile))
                continue;
            plan.items.append({here.contains(p.profile.name) ? Action::Replace : Action::Add, p.profile.name, p.origin,
                               QString(), p});
            placed.insert(p.profile.name);
            pending.removeAt(i);
            progress = true;
            break;
        }
    }
    for (const ImportedProfile &p : pending) {
        QString reason;
        const QString source = p.profile.sourceProfile;
        bool sourceUnsupported = false;
        for (const UnsupportedProfile &u : parsed.unsupported)
            sourceUnsupported = sourceUnsupported || u.name == source;
        if (sourceUnsupported)
            reason = Tr::tr("its source profile %1 cannot be imported (see there).").arg(source);
        else if (pendingHas(source))
            reason = Tr::tr("its source profile %1 cannot be imported either: the chain of source profiles leads "
                            "back to a role instead of ending at a profile with keys.")
                         .arg(source);
        else if (parsed.find(source))
            reason = Tr::tr("its source profile %1 is not being imported and is not in this workspace; import them "
                            "together.")
                         .arg(source);
        else
            reason =
                Tr::tr("its source profile %1 is neither in the AWS CLI's files nor in this workspace.").arg(source);
        unsupported.append({Action::Unsupported, p.profile.name, p.origin, reason, {}});
    }
    plan.items += unsupported;
    return plan;
}

void ProfileService::applyImport(const ProfileImportPlan &plan, std::function<void(ProfileImportOutcome)> done)
{
    using Action = ProfileImportItem::Action;
    auto outcome = std::make_shared<ProfileImportOutcome>();
    auto items = std::make_shared<QList<ProfileImportItem>>();
    for (const ProfileImportItem &item : plan.items) {
        if (item.action != Action::Unsupported)
            items->append(item);
    }
    auto step = std::make_shared<std::function<void(int)>>();
    auto alive = m_alive;
    *step = [this, alive, outcome, items, step, done](int index) {
        if (!*alive || index >= items->size()) {
            // Break the cycle step → closure → step once finished; nothing captured is used after.
            auto finished = done;
            const ProfileImportOutcome result = *outcome;
            auto self = std::move(*step);
            *step = nullptr;
            finished(result);
            return;
        }
        const ProfileImportItem &item = items->at(index);
        auto next = [outcome, step, index, name = item.name, action = item.action](Status status) {
            outcome->applied.append({name, action, status});
            if (*step)
                (*step)(index + 1);
        };
        const bool isStatic = !item.imported.profile.isAssumeRole();
        if (item.action == Action::Add)
            add(item.imported.profile, item.imported.credentials, next);
        else
            update(item.imported.profile,
                   isStatic ? std::optional<AwsCredentials>(item.imported.credentials) : std::nullopt, next);
    };
    (*step)(0);
}

} // namespace Pd

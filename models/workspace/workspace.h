#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QObject>

#include <memory>

namespace Pd {

class AccessService;
class AccountService;
class AuditService;
class AccountDependents;
class Database;
class ServiceContext;
class PipelineService;
class ProfileService;
class SecretStore;
class RuleService;
class ScheduleService;
class SharingService;

// One open workspace: the database file, the clock, and the services that GUI and CLI share.
// It is the only way into the data: views and the CLI call services, services call store/.
//
// Owns its services; they live as long as the Workspace. Not thread-safe (QtSql connections
// belong to the thread that opened them).
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Seed the demo accounts, pipelines and executions when the file is new (DESIGN.md "--demo"),
        // or when it exists but is empty (no accounts, no organizations: nothing to lose).
        bool seedDemo = false;
        // Where time comes from; the system clock when null. Not owned.
        Clock *clock = nullptr;
        // Make the file's folder when missing: for the default workspace (Workspace::defaultPath()),
        // whose data folder a first start makes. A named file in a missing folder is refused.
        bool createFolder = false;
        // How long to wait for another program's lock on the file before saying it is locked.
        int busyTimeoutMs = 5000;
        // Where the keys of the AWS profiles are kept; not owned. When null, the OS keychain
        // (KeychainSecretStore), which is only reached when a profile's keys are read or written.
        SecretStore *secrets = nullptr;
    };

    // What Options::seedDemo did, so that the programs can say so.
    enum class DemoSeeding {
        NotAsked,     // seedDemo was off
        SeededNew,    // the file was new and is now the demo
        SeededEmpty,  // the file existed without accounts and is now the demo
        KeptExisting, // the file has accounts: nothing was changed
    };

    ~Workspace() override;

    // Opens or creates the workspace file. On error nothing was written to an existing file and a
    // file it made is gone again. Locked, read-only and missing-folder cases are said as such.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    // What open() would refuse about the location alone (a folder, a missing folder, a read-only
    // file or folder), without touching anything: for a program that asks the user something
    // (the first-start dialog) before it opens the file.
    static Status checkLocation(const QString &path, const Options &options);
    // QStandardPaths::AppDataLocation/workspace.sqlite
    static QString defaultPath();

    Database &database() { return *m_database; }
    Clock &clock() const { return *m_clock; }
    QString path() const;
    bool wasCreated() const;
    DemoSeeding demoSeeding() const { return m_demoSeeding; }
    // No accounts and no organizations: a demo seed would overwrite nothing.
    bool isEmpty() const;
    // The region every ARN of this workspace uses (us-east-1 in the demo).
    QString region() const;
    // The identity the programs act as when none is chosen: the first account, or what the demo set.
    QString defaultIdentity() const;
    // The identity a program starts as: `asked` (--identity) when given, and an error (the words of
    // AccountService::checkIdentity(), as the CLI says them) when it is not an account here: acting
    // as someone else than asked is never right. Without it, `remembered` (the last session's) when
    // it is still an account here, else defaultIdentity(); empty when the workspace has no accounts.
    Result<QString> startingIdentity(const QString &asked, const QString &remembered) const;

    // For a program whose command was refused: when open() made the file (it did not exist or had
    // zero bytes) and nothing was changed since open() returned (the audit log's records of the
    // refusal aside), the file is put back as it was when this Workspace is destroyed -- removed, or
    // emptied -- and true is returned. A refused command leaves no workspace behind. Otherwise false.
    bool discardIfUnchanged();

    AccountService &accounts() { return *m_accounts; }
    AccessService &access() { return *m_access; }
    PipelineService &pipelines() { return *m_pipelines; }
    ScheduleService &schedules() { return *m_schedules; }
    RuleService &rules() { return *m_rules; }
    SharingService &sharing() { return *m_sharing; }
    // The AWS profiles of connected accounts, with their keys in the keychain.
    ProfileService &profiles() { return *m_profiles; }
    // The audit log's read side (every service writes it through the context).
    AuditService &audit() { return *m_audit; }
    // The database, clock, audit log and region the services share.
    ServiceContext &context() { return *m_context; }


private:
    Workspace(std::unique_ptr<Database> database, Clock *clock, SecretStore *secrets);

    std::unique_ptr<Database> m_database;
    Clock *m_clock;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<AccountDependents> m_accountDependents;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<AccessService> m_access;
    std::unique_ptr<PipelineService> m_pipelines;
    std::unique_ptr<SharingService> m_sharing;
    std::unique_ptr<ScheduleService> m_schedules;
    std::unique_ptr<RuleService> m_rules;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<ProfileService> m_profiles;
    DemoSeeding m_demoSeeding = DemoSeeding::NotAsked;
    int m_changeCountWhenOpened = 0;
};

// Fills a new (or empty, see Workspace::isEmpty()) workspace with the demo organization, accounts,
// pipelines and executions. Runs in one transaction: either all of it is there or none.
Status seedDemo(Workspace &workspace);

} // namespace Pd

#include "workspace/workspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "audit/auditservice.h"
#include "cloud/profileservice.h"
#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "secrets/secretstore.h"
#include "schedules/scheduleservice.h"
#include "sharing/accessservice.h"
#include "sharing/sharingservice.h"
#include "store/database.h"
#include "workspace/accountdependents.h"
#include "store/servicecontext.h"
#include "store/settingsstore.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdlib>

namespace Pd {

Workspace::Workspace(std::unique_ptr<Database> database, Clock *clock, SecretStore *secrets)
    : m_database(std::move(database))
    , m_clock(clock ? clock : Clock::system())
    , m_context(std::make_unique<ServiceContext>(*m_database, *m_clock))
    , m_accountDependents(std::make_unique<WorkspaceAccountDependents>(*m_database))
    // Each service gets the context and the siblings it calls, in the order of LAYOUT.md.
    , m_accounts(std::make_unique<AccountService>(*m_context))
    , m_audit(std::make_unique<AuditService>(*m_context))
    , m_access(std::make_unique<AccessService>(*m_context, *m_accounts))
    , m_pipelines(std::make_unique<PipelineService>(*m_context, *m_access))
    , m_sharing(std::make_unique<SharingService>(*m_context, *m_access))
    , m_schedules(std::make_unique<ScheduleService>(*m_context, *m_pipelines))
    , m_rules(std::make_unique<RuleService>(*m_context, *m_pipelines))
    , m_ownSecrets(secrets ? nullptr : std::make_unique<KeychainSecretStore>())
    , m_profiles(std::make_unique<ProfileService>(*m_context, secrets ? *secrets : *m_ownSecrets))
{
    // Accounts are below every slice that owns things in an account; only the root knows them all.
    m_accounts->setDependents(m_accountDependents.get());
}

Workspace::~Workspace() = default;

namespace {

Database::OpenOptions databaseOptions(const Workspace::Options &options)
{
    Database::OpenOptions result;
    result.createFolder = options.createFolder;
    result.busyTimeoutMs = options.busyTimeoutMs;
    return result;
}

} // namespace

Status Workspace::checkLocation(const QString &path, const Options &options)
{
    return Database::checkLocation(path, databaseOptions(options));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    auto database = Database::open(path, databaseOptions(options));
    if (!database)
        return database.error();
    const bool created = database.value()->wasCreated();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database).value(), options.clock, options.secrets));
    if (options.seedDemo) {
        if (created || workspace->isEmpty()) {
            const Status seeded = seedDemo(*workspace);
            if (!seeded) {
                // Nothing of the demo was written (one transaction); a file made for it goes again.
                workspace->m_database->discardOnClose();
                return seeded.error();
            }
            workspace->m_demoSeeding = created ? DemoSeeding::SeededNew : DemoSeeding::SeededEmpty;
        } else {
            workspace->m_demoSeeding = DemoSeeding::KeptExisting;
        }
    }
    workspace->m_changeCountWhenOpened = workspace->m_database->changeCount();
    return workspace;
}

bool Workspace::discardIfUnchanged()
{
    if (!m_database->madeFile() || m_database->changeCount() != m_changeCountWhenOpened)
        return false;
    m_database->discardOnClose();
    return true;
}

Result<QString> Workspace::startingIdentity(const QString &asked, const QString &remembered) const
{
    if (!asked.isEmpty()) {
        if (Status known = m_accounts->checkIdentity(asked); !known)
            return known.error();
        return asked;
    }
    // The last session's identity may belong to another workspace file: then it simply does not apply.
    if (!remembered.isEmpty() && m_accounts->checkIdentity(remembered))
        return remembered;
    return defaultIdentity();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}

QString Workspace::path() const
{
    return m_database->path();
}

bool Workspace::wasCreated() const
{
    return m_database->wasCreated();
}

bool Workspace::isEmpty() const
{
    auto accounts = m_accounts->accounts();
    auto organizations = m_accounts->organizations();
    return accounts && accounts->isEmpty() && organizations && organizations->isEmpty();
}

QString Workspace::region() const
{
    return m_context->region();
}

QString Workspace::defaultIdentity() const
{
    const QString identity = SettingsStore(*m_database).value(QStringLiteral("default_identity"));
    if (!identity.isEmpty())
        return identity;
    auto all = m_accounts->accounts();
    return all && !all->isEmpty() ? all->constFirst().id : QString();
}

} // namespace Pd

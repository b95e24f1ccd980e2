#include "workspace.h"

#include "accounts/accountservice.h"
#include "events/ruleservice.h"
#include "pipelines/pipelineservice.h"
#include "schedules/scheduleservice.h"
#include "sharing/access.h"
#include "sharing/sharingservice.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "workspace/session.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdlib>

namespace Pd {

Workspace::Workspace(std::unique_ptr<Database> database, Clock *clock)
    : m_database(std::move(database))
    , m_clock(clock ? clock : Clock::system())
    , m_accounts(std::make_unique<AccountService>(*this))
    , m_access(std::make_unique<AccessService>(*this))
    , m_pipelines(std::make_unique<PipelineService>(*this))
    , m_schedules(std::make_unique<ScheduleService>(*this))
    , m_rules(std::make_unique<RuleService>(*this))
    , m_sharing(std::make_unique<SharingService>(*this))
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    const bool created = database.value()->wasCreated();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database).value(), options.clock));
    if (created && options.seedDemo) {
        const Status seeded = seedDemo(*workspace);
        if (!seeded)
            return seeded.error();
    }
    return workspace;
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

QString Workspace::region() const
{
    return SettingsStore(*m_database).value(QStringLiteral("region"), QStringLiteral("us-east-1"));
}

QString Workspace::defaultIdentity() const
{
    const QString identity = SettingsStore(*m_database).value(QStringLiteral("default_identity"));
    if (!identity.isEmpty())
        return identity;
    auto all = m_accounts->accounts();
    return all && !all->isEmpty() ? all->constFirst().id : QString();
}

Status Workspace::audit(const QString &identity, const QString &action, const QString &target, const Status &outcome,
                        const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock->nowMs();
    entry.actor = Session::userName();
    entry.identity = identity;
    entry.action = action;
    entry.target = target;
    entry.outcome = outcome ? QStringLiteral("ok") : outcome.error().message;
    entry.detail = detail;
    return m_database->transaction([&] { return AuditStore(*m_database).append(entry); });
}

QString Session::userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("user");
}

} // namespace Pd

#pragma once

#include "accounts/account.h"
#include "core/result.h"

namespace Pd {

class Database;

// SQL for accounts, organizations and OUs. Writes must run inside Database::transaction().
class AccountStore
{
public:
    explicit AccountStore(Database &database) : m_database(database) {}

    Result<QList<Account>> accounts() const;
    Result<Account> account(const QString &id) const; // NotFound when absent
    Result<QList<Organization>> organizations() const;
    Result<QList<OrganizationalUnit>> organizationalUnits() const;

    Status insert(const Organization &organization);
    Status insert(const OrganizationalUnit &unit);
    Status insert(const Account &account);

private:
    Database &m_database;
};

// Workspace-wide key/value settings (region, default identity, simulation defaults).
class SettingsStore
{
public:
    explicit SettingsStore(Database &database) : m_database(database) {}
    QString value(const QString &key, const QString &fallback = QString()) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;    // the user, "engine", "cli"
    QString identity; // the acting account
    QString action;   // API-style verb: StartPipelineExecution, CreateSchedule, ...
    QString target;   // an ARN or name
    QString outcome;  // "ok" or the error text
    QString detail;
};

class AuditStore
{
public:
    explicit AuditStore(Database &database) : m_database(database) {}
    Status append(const AuditEntry &entry);
    Result<QList<AuditEntry>> latest(int limit) const;

private:
    Database &m_database;
};

} // namespace Pd

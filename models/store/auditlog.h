#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Pd {

class Database;

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

// The SQL of the audit_log table.
class AuditStore
{
public:
    explicit AuditStore(Database &database) : m_database(database) {}
    Status append(const AuditEntry &entry);
    Result<QList<AuditEntry>> latest(int limit) const;

private:
    Database &m_database;
};

// The one way services record what was done and by whom, with one failure policy:
//  - Called inside a Database::transaction() the entry is part of that transaction: it commits or
//    rolls back with the change it records, so a crash never keeps one without the other.
//  - Called outside one (an outcome that changed nothing, a refusal) the entry is its own transaction.
//  - A failed audit write never undoes or fails the user's change: it is logged on the "pd.audit"
//    category, never silently dropped. So there is nothing for a caller to decide.
class AuditLog
{
public:
    AuditLog(Database &database, Clock &clock) : m_database(database), m_clock(clock) {}

    // actor defaults to the OS user (Session::userName()); the engine passes "engine".
    void record(const QString &identity, const QString &action, const QString &target, const Status &outcome,
                  const QString &detail = QString(), const QString &actor = QString());

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Pd

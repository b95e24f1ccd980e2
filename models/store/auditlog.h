#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// Which audit rows a read wants; an empty or absent member does not filter.
struct AuditFilter
{
    // An ARN matches the row about it and rows about what lies under it ("…:pipeline/p" matches its
    // executions "…:pipeline/p/execution/x"); anything else matches a target equal to it or whose
    // last path segment is it (a name).
    QString target;
    QString identity;
    QStringList actions; // any of these, exactly
    std::optional<qint64> since; // inclusive, ms since the epoch
    std::optional<qint64> until; // inclusive
    std::optional<bool> succeeded; // outcome "ok", or anything else
};

// Where a page ended, in the read order: newest first by (at, id).
struct AuditPosition
{
    qint64 at = 0;
    qint64 id = 0;
};

// The SQL of the audit_log table.
class AuditStore
{
public:
    explicit AuditStore(Database &database) : m_database(database) {}
    Status append(const AuditEntry &entry);
    Result<QList<AuditEntry>> latest(int limit) const;
    // At most limit rows matching filter, newest first by (at, id), strictly after `after` in that
    // order: keyset paging, so a page costs the same at any depth and rows written meanwhile
    // neither repeat nor shift a page.
    Result<QList<AuditEntry>> find(const AuditFilter &filter, const std::optional<AuditPosition> &after,
                                   int limit) const;
    // Every action name recorded so far, sorted.
    Result<QStringList> actions() const;
    // The id of the newest row (0 when empty): what a reader compares to see whether rows came.
    Result<qint64> lastId() const;

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

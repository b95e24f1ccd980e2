#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Pd {

class Database;
class ServiceContext;

// The row that says which process runs the engine of a workspace.
struct EngineLeaseRow
{
    QString holder; // unique per engine instance
    QString kind;   // "gui" or "daemon"
    qint64 pid = 0;
    qint64 heartbeat = 0; // ms since the epoch, from the holder's clock
};

// SQL for the engine_lease row. Writes must run inside Database::transaction().
class EngineLeaseStore
{
public:
    explicit EngineLeaseStore(Database &database) : m_database(database) {}
    Result<std::optional<EngineLeaseRow>> lease() const;
    Status writeLease(const EngineLeaseRow &lease);
    // Removes the lease only when holder still holds it.
    Status releaseLease(const QString &holder);

private:
    Database &m_database;
};

// "One engine per workspace": the engine_lease row names the process that runs the scheduler
// engine of a workspace and carries its heartbeat. A lease is live while its heartbeat is younger
// than staleAfterMs and its process exists; a stale or dead holder's lease is taken over, so a
// crashed daemon never blocks the next one. Does not own the workspace.
class EngineLease
{
public:
    static constexpr qint64 heartbeatIntervalMs = 5000;
    static constexpr qint64 staleAfterMs = 30000;

    // kind: "gui" or "daemon" (shown as "engine: daemon, pid N").
    EngineLease(ServiceContext &context, QString kind);
    ~EngineLease();

    // Takes the lease when it is free, stale, dead or already ours. Returns false (and changes
    // nothing) while another live engine holds it.
    Result<bool> tryAcquire();
    // Refreshes the heartbeat. Conflict when another engine has taken the lease meanwhile.
    Status heartbeat();
    // Gives the lease up if we hold it.
    Status release();
    bool isHeld() const { return m_held; }
    QString holder() const { return m_holder; }

    // The live holder of the workspace's engine lease, if any.
    static Result<std::optional<EngineLeaseRow>> current(ServiceContext &context);
    // Whether another program advances the workspace's executions now, as far as the lease can
    // tell: the local runner takes no lease of its own, but every program that holds this one runs
    // it (the GUI always; `scheduler run` unless --no-runner, which says another program does).
    // False means an execution started now stays Executing until such a program runs.
    static Result<bool> executionsAdvance(ServiceContext &context);

private:
    static bool isLive(const EngineLeaseRow &row, qint64 now);

    ServiceContext &m_context;
    QString m_kind;
    QString m_holder;
    bool m_held = false;
};

} // namespace Pd

#include "enginelease.h"

#include "core/tr.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Pd {

namespace {

bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // Signal 0 only checks: EPERM still means the process exists (another user's).
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

EngineLease::EngineLease(Workspace &workspace, QString kind)
    : m_workspace(workspace)
    , m_kind(std::move(kind))
    , m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

EngineLease::~EngineLease()
{
    if (m_held)
        (void)release();
}

bool EngineLease::isLive(const EngineLeaseRow &row, qint64 now)
{
    return now - row.heartbeat < staleAfterMs && processExists(row.pid);
}

Result<bool> EngineLease::tryAcquire()
{
    bool acquired = false;
    const Status status = m_workspace.database().transaction([&]() -> Status {
        ScheduleStore store(m_workspace.database());
        auto current = store.lease();
        if (!current)
            return current.error();
        const qint64 now = m_workspace.clock().nowMs();
        if (current.value() && current.value()->holder != m_holder && isLive(*current.value(), now))
            return {};
        EngineLeaseRow row{m_holder, m_kind, QCoreApplication::applicationPid(), now};
        if (Status st = store.writeLease(row); !st)
            return st;
        acquired = true;
        return {};
    });
    if (!status)
        return status.error();
    m_held = acquired;
    return acquired;
}

Status EngineLease::heartbeat()
{
    const Status status = m_workspace.database().transaction([&]() -> Status {
        ScheduleStore store(m_workspace.database());
        auto current = store.lease();
        if (!current)
            return current.error();
        if (!current.value() || current.value()->holder != m_holder)
            return Error::conflict(Tr::tr("Another scheduler engine took over this workspace."));
        EngineLeaseRow row = *current.value();
        row.heartbeat = m_workspace.clock().nowMs();
        return store.writeLease(row);
    });
    if (!status && status.error().code == Error::Code::Conflict)
        m_held = false;
    return status;
}

Status EngineLease::release()
{
    m_held = false;
    return m_workspace.database().transaction(
        [&] { return ScheduleStore(m_workspace.database()).releaseLease(m_holder); });
}

Result<std::optional<EngineLeaseRow>> EngineLease::current(Workspace &workspace)
{
    auto row = ScheduleStore(workspace.database()).lease();
    if (!row)
        return row.error();
    if (row.value() && !isLive(*row.value(), workspace.clock().nowMs()))
        return std::optional<EngineLeaseRow>();
    return row;
}

} // namespace Pd

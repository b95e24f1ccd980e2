#include "scheduler/enginelease.h"

#include "core/tr.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
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

EngineLease::EngineLease(ServiceContext &context, QString kind)
    : m_context(context)
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
    const Status status = m_context.database().transaction([&]() -> Status {
        EngineLeaseStore store(m_context.database());
        auto current = store.lease();
        if (!current)
            return current.error();
        const qint64 now = m_context.clock().nowMs();
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
    const Status status = m_context.database().transaction([&]() -> Status {
        EngineLeaseStore store(m_context.database());
        auto current = store.lease();
        if (!current)
            return current.error();
        if (!current.value() || current.value()->holder != m_holder)
            return Error::conflict(Tr::tr("Another scheduler engine took over this workspace."));
        EngineLeaseRow row = *current.value();
        row.heartbeat = m_context.clock().nowMs();
        return store.writeLease(row);
    });
    if (!status && status.error().code == Error::Code::Conflict)
        m_held = false;
    return status;
}

Status EngineLease::release()
{
    m_held = false;
    return m_context.database().transaction(
        [&] { return EngineLeaseStore(m_context.database()).releaseLease(m_holder); });
}

Result<std::optional<EngineLeaseRow>> EngineLease::current(ServiceContext &context)
{
    auto row = EngineLeaseStore(context.database()).lease();
    if (!row)
        return row.error();
    if (row.value() && !isLive(*row.value(), context.clock().nowMs()))
        return std::optional<EngineLeaseRow>();
    return row;
}

Result<bool> EngineLease::executionsAdvance(ServiceContext &context)
{
    auto holder = current(context);
    if (!holder)
        return holder.error();
    return bool(holder.value());
}

Result<std::optional<EngineLeaseRow>> EngineLeaseStore::lease() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT holder, kind, pid, heartbeat FROM engine_lease WHERE id = 1")))
        return sqlError(q);
    if (!q.next())
        return std::optional<EngineLeaseRow>();
    EngineLeaseRow row;
    row.holder = q.value(0).toString();
    row.kind = q.value(1).toString();
    row.pid = q.value(2).toLongLong();
    row.heartbeat = q.value(3).toLongLong();
    return std::optional<EngineLeaseRow>(row);
}

Status EngineLeaseStore::writeLease(const EngineLeaseRow &lease)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO engine_lease (id, holder, kind, pid, heartbeat) VALUES (1,?,?,?,?)"));
    q.addBindValue(lease.holder);
    q.addBindValue(lease.kind);
    q.addBindValue(lease.pid);
    q.addBindValue(lease.heartbeat);
    return q.exec() ? Status() : Status(sqlError(q));
}

Status EngineLeaseStore::releaseLease(const QString &holder)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM engine_lease WHERE id = 1 AND holder = ?"));
    q.addBindValue(holder);
    return q.exec() ? Status() : Status(sqlError(q));
}

} // namespace Pd

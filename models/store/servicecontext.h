#pragma once

#include "store/auditlog.h"

#include <QString>

namespace Pd {

class Clock;
class Database;

// What every service needs of the workspace it serves, instead of the whole Workspace: the
// database, the clock, the audit log and the region its ARNs use. Services take this plus the
// sibling services they call, explicitly, so any service can be built alone in a test and no
// service can reach one it did not declare. Owned by the Workspace (the composition root); it
// outlives every service. Not thread-safe, like the Database it holds.
class ServiceContext
{
public:
    ServiceContext(Database &database, Clock &clock) : m_database(database), m_clock(clock), m_audit(database, clock) {}
    ServiceContext(const ServiceContext &) = delete;
    ServiceContext &operator=(const ServiceContext &) = delete;

    Database &database() const { return m_database; }
    Clock &clock() const { return m_clock; }
    AuditLog &audit() const { return m_audit; }
    // The region every ARN of this workspace uses (the "region" setting; us-east-1 by default).
    QString region() const;

private:
    Database &m_database;
    Clock &m_clock;
    mutable AuditLog m_audit;
};

} // namespace Pd

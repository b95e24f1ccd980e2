#pragma once

#include <QDateTime>

namespace Pd {

// Where "now" comes from. Everything that needs the time takes a Clock so tests and benchmarks can
// run days of schedules in milliseconds (KeePassXC's Clock / MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide system clock; never null, never deleted.
    static Clock *system();
};

// A clock that only moves when told to. Starts at the given instant (UTC).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace Pd

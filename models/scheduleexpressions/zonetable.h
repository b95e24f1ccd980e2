#pragma once

#include <QString>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace Pd::Schedule {

// A time zone's UTC offsets as a sorted table of transitions, read once from QTimeZone and shared.
// QTimeZone answers each offsetFromUtc() through QDateTime and takes microseconds; the schedule
// engine asks millions of times, so it searches this table instead.
//
// Contract: covers 1900-01-01 to 2201-01-01 exactly as QTimeZone reports it; outside that range
// the nearest known offset is used. Thread-safe: tables are immutable once built.
class ZoneTable
{
public:
    // The shared table for a valid zone (built on first use, then cached by zone id).
    static std::shared_ptr<const ZoneTable> forZone(const QTimeZone &zone);

    // How a local wall-clock reading maps to instants.
    enum class LocalKind {
        Unique,    // exactly one instant
        Ambiguous, // the reading occurs twice (fall back); the earlier instant is returned
        Gap,       // the reading does not exist (spring forward)
    };

    // Offset (seconds east of UTC) in effect at the instant (seconds since the epoch).
    int offsetAt(qint64 utcSeconds) const;
    // Resolves a local reading (local seconds since 1970-01-01T00:00 wall-clock) to the earliest
    // instant showing it; for a Gap, *utcSeconds is left unchanged.
    LocalKind resolve(qint64 localSeconds, qint64 *utcSeconds) const;
    // The transitions (instant, offset after) in [fromUtc, toUtc).
    std::vector<std::pair<qint64, int>> transitions(qint64 fromUtc, qint64 toUtc) const;
    bool hasTransitions() const { return !m_at.empty(); }

    const QTimeZone &zone() const { return m_zone; }

private:
    explicit ZoneTable(const QTimeZone &zone);
    int indexAt(qint64 utcSeconds) const;

    QTimeZone m_zone;
    std::vector<qint64> m_at;   // transition instants, ascending
    std::vector<int> m_offset;  // m_offset[i] applies before m_at[i]; last one after all
};

// Resolves a user-given zone name: IANA ("Asia/Seoul"), Windows ("Pacific Standard Time") or
// "UTC". Returns an invalid QTimeZone when the name is unknown.
QTimeZone zoneFromName(const QString &name);

} // namespace Pd::Schedule

#pragma once

#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>
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

// What a zone name a user gave stands for. Schedules keep the name as typed (as EventBridge
// Scheduler does); the canonical name is shown beside it, and the zone is built from it.
struct ZoneName
{
    enum class Kind {
        Canonical, // a zone of the tz database under its own name ("Asia/Kolkata"), or "UTC"
        Link,      // another name the tz database keeps for a zone ("Asia/Calcutta", "US/Eastern")
        Windows,   // a Windows name of CLDR's windowsZones ("India Standard Time")
    };
    QString typed;     // trimmed, as given
    QString canonical; // the zone's name in the tz database's zone list
    Kind kind = Kind::Canonical;
    QTimeZone zone;    // valid; its id() is the canonical name

    // "Asia/Calcutta (Asia/Kolkata)", or the name alone when it is the canonical one.
    QString display() const;
};

// Resolves a user-given zone name: every IANA name of the system's tz database, links included
// (read from its tzdata.zi; without that file, the names with a zone file), every Windows name
// Qt knows, and "UTC" in any case. std::nullopt when the name is unknown.
std::optional<ZoneName> resolveZoneName(const QString &name);

// The zone of resolveZoneName(), or an invalid QTimeZone when the name is unknown.
QTimeZone zoneFromName(const QString &name);

// Every Windows zone name Qt maps to an IANA zone (Qt 6.4 has no list of them: they are
// collected from the IANA names the system has), sorted.
QList<QByteArray> windowsZoneIds();

} // namespace Pd::Schedule

#include "scheduleexpressions/zonetable.h"

#include "scheduleexpressions/civil.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>

namespace Pd::Schedule {

namespace {

constexpr qint64 kMaxOffset = 14 * 3600 + 3600; // widest real offset, with a margin

} // namespace

ZoneTable::ZoneTable(const QTimeZone &zone) : m_zone(zone)
{
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    int previous = zone.offsetFromUtc(from);
    qint64 lastAt = std::numeric_limits<qint64>::min();
    if (zone.hasTransitions()) {
        // One query a year, repeated from after the last transition it returned: Qt 6.4's tz
        // backend stops at the end of the zone file's explicit transitions (2038-01-19) and, for
        // a longer range, at that point, although asking again from there extends the rule.
        for (int year = 1900; year <= 2200; ++year) {
            QDateTime begin(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
            const QDateTime end(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC);
            while (begin < end) {
                const QTimeZone::OffsetDataList list = zone.transitions(begin, end);
                if (list.isEmpty())
                    break;
                for (const QTimeZone::OffsetData &data : list) {
                    const qint64 at = data.atUtc.toSecsSinceEpoch();
                    if (at <= lastAt || data.offsetFromUtc == previous)
                        continue; // seen, or only the abbreviation or DST flag changed: same wall clock
                    m_offset.push_back(previous);
                    m_at.push_back(at);
                    lastAt = at;
                    previous = data.offsetFromUtc;
                }
                begin = list.constLast().atUtc.addSecs(1);
            }
        }
    }
    m_offset.push_back(previous);
}

std::shared_ptr<const ZoneTable> ZoneTable::forZone(const QTimeZone &zone)
{
    static std::mutex mutex;
    static std::map<QByteArray, std::shared_ptr<const ZoneTable>> cache;
    const QByteArray id = zone.id();
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(id);
    if (it != cache.end())
        return it->second;
    std::shared_ptr<const ZoneTable> table(new ZoneTable(zone));
    cache.emplace(id, table);
    return table;
}

int ZoneTable::indexAt(qint64 utcSeconds) const
{
    return int(std::upper_bound(m_at.begin(), m_at.end(), utcSeconds) - m_at.begin());
}

int ZoneTable::offsetAt(qint64 utcSeconds) const
{
    if (m_at.empty())
        return m_offset.front();
    return m_offset[size_t(indexAt(utcSeconds))];
}

ZoneTable::LocalKind ZoneTable::resolve(qint64 localSeconds, qint64 *utcSeconds) const
{
    if (m_at.empty()) {
        *utcSeconds = localSeconds - m_offset.front();
        return LocalKind::Unique;
    }
    // Every instant that can show this reading lies within ±15 h of it; the offsets in effect
    // over that window are the only candidates.
    const int first = indexAt(localSeconds - kMaxOffset);
    const int last = indexAt(localSeconds + kMaxOffset);
    if (first == last) {
        *utcSeconds = localSeconds - m_offset[size_t(first)];
        return LocalKind::Unique;
    }
    int found = 0;
    qint64 earliest = 0;
    for (int i = first; i <= last; ++i) {
        const qint64 candidate = localSeconds - m_offset[size_t(i)];
        if (indexAt(candidate) != i)
            continue;
        if (found == 0 || candidate < earliest)
            earliest = candidate;
        ++found;
    }
    if (found == 0)
        return LocalKind::Gap;
    *utcSeconds = earliest;
    return found > 1 ? LocalKind::Ambiguous : LocalKind::Unique;
}

std::vector<std::pair<qint64, int>> ZoneTable::transitions(qint64 fromUtc, qint64 toUtc) const
{
    std::vector<std::pair<qint64, int>> result;
    for (int i = indexAt(fromUtc - 1); i < int(m_at.size()) && m_at[size_t(i)] < toUtc; ++i) {
        if (m_at[size_t(i)] >= fromUtc)
            result.emplace_back(m_at[size_t(i)], m_offset[size_t(i) + 1]);
    }
    return result;
}

QTimeZone zoneFromName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QTimeZone();
    if (trimmed.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QByteArray id = trimmed.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    return QTimeZone();
}

} // namespace Pd::Schedule

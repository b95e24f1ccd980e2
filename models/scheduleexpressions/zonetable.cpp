#include "scheduleexpressions/zonetable.h"

#include "scheduleexpressions/civil.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

namespace {

// The names of the system's tz database. Qt 6.4 lists only the zones of zone.tab (no links such
// as Asia/Calcutta, no Etc/GMT+5), while QTimeZone(id) opens any file under zoneinfo, even
// "posixrules" or a directory; so the names come from the database's own index, tzdata.zi:
// "Z name …" lines are zones, "L target name" lines links.
struct TzDatabase
{
    QString directory;
    QSet<QByteArray> qtIds;                 // availableTimeZoneIds(): canonical by definition here
    QSet<QByteArray> zones;                 // Z lines
    QHash<QByteArray, QByteArray> links;    // L lines: name → target
    bool indexed = false;                   // tzdata.zi was read
};

TzDatabase readTzDatabase()
{
    TzDatabase db;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    db.qtIds = QSet<QByteArray>(ids.cbegin(), ids.cend());
    QStringList directories;
    if (qEnvironmentVariableIsSet("TZDIR"))
        directories << qEnvironmentVariable("TZDIR");
    directories << QStringLiteral("/usr/share/zoneinfo") << QStringLiteral("/usr/lib/zoneinfo")
                << QStringLiteral("/usr/share/lib/zoneinfo");
    for (const QString &directory : std::as_const(directories)) {
        if (db.directory.isEmpty() && QFileInfo(directory).isDir())
            db.directory = directory;
        QFile index(directory + QStringLiteral("/tzdata.zi"));
        if (!index.open(QIODevice::ReadOnly))
            continue;
        db.directory = directory;
        while (!index.atEnd()) {
            const QList<QByteArray> words = index.readLine().simplified().split(' ');
            if (words.size() >= 2 && words.at(0) == "Z")
                db.zones.insert(words.at(1));
            else if (words.size() >= 3 && words.at(0) == "L")
                db.links.insert(words.at(2), words.at(1));
        }
        db.indexed = !db.zones.isEmpty();
        break;
    }
    return db;
}

const TzDatabase &tzDatabase()
{
    static const TzDatabase db = readTzDatabase();
    return db;
}

// Without tzdata.zi: a name is known when it is a compiled zone file under zoneinfo (TZif).
bool hasZoneFile(const TzDatabase &db, const QByteArray &id)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    const QString text = QString::fromUtf8(id);
    if (db.directory.isEmpty() || !name.match(text).hasMatch() || text.startsWith(QLatin1String("posix/"))
        || text.startsWith(QLatin1String("right/")) || text == QLatin1String("posixrules")
        || text == QLatin1String("localtime") || text == QLatin1String("Factory"))
        return false;
    QFile file(db.directory + QLatin1Char('/') + text);
    return file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

bool knownIanaId(const TzDatabase &db, const QByteArray &id)
{
    if (db.qtIds.contains(id) || db.zones.contains(id) || db.links.contains(id))
        return true;
    return !db.indexed && hasZoneFile(db, id);
}

// A link's zone: the first name on its chain that Qt lists, else the end of the chain.
QByteArray canonicalIanaId(const TzDatabase &db, QByteArray id)
{
    for (int hops = 0; hops < 8 && !db.qtIds.contains(id) && db.links.contains(id); ++hops)
        id = db.links.value(id);
    return id;
}

} // namespace

QString ZoneName::display() const
{
    return canonical == typed ? typed : QStringLiteral("%1 (%2)").arg(typed, canonical);
}

std::optional<ZoneName> resolveZoneName(const QString &name)
{
    ZoneName result;
    result.typed = name.trimmed();
    if (result.typed.isEmpty())
        return std::nullopt;
    if (result.typed.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0) {
        result.canonical = QStringLiteral("UTC");
        result.zone = QTimeZone::utc();
        return result;
    }
    const TzDatabase &db = tzDatabase();
    QByteArray iana = result.typed.toUtf8();
    if (!knownIanaId(db, iana)) {
        iana = QTimeZone::windowsIdToDefaultIanaId(iana);
        if (iana.isEmpty() || !knownIanaId(db, iana))
            return std::nullopt;
        result.kind = ZoneName::Kind::Windows;
    }
    const QByteArray canonical = canonicalIanaId(db, iana);
    if (result.kind != ZoneName::Kind::Windows && canonical != iana)
        result.kind = ZoneName::Kind::Link;
    result.canonical = QString::fromUtf8(canonical);
    result.zone = QTimeZone(canonical);
    if (!result.zone.isValid())
        result.zone = QTimeZone(iana); // a link whose target has no file of its own
    if (!result.zone.isValid())
        return std::nullopt;
    return result;
}

QTimeZone zoneFromName(const QString &name)
{
    const std::optional<ZoneName> resolved = resolveZoneName(name);
    return resolved ? resolved->zone : QTimeZone();
}

QList<QByteArray> windowsZoneIds()
{
    static const QList<QByteArray> ids = [] {
        const TzDatabase &db = tzDatabase();
        QSet<QByteArray> names = db.qtIds + db.zones;
        for (auto it = db.links.cbegin(); it != db.links.cend(); ++it)
            names.insert(it.key());
        QSet<QByteArray> windows;
        for (const QByteArray &iana : std::as_const(names)) {
            const QByteArray id = QTimeZone::ianaIdToWindowsId(iana);
            if (!id.isEmpty())
                windows.insert(id);
        }
        QList<QByteArray> sorted(windows.cbegin(), windows.cend());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    return ids;
}

} // namespace Pd::Schedule

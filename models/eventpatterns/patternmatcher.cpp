// Why this file is long (about 1,200 lines): the flattened event, the condition tables and match()
// are one hot loop, kept in one translation unit so the compiler sees it whole and inlines its fast
// paths (a condition already decided, a table hit) without link-time optimisation. Split it only
// with bench_events figures before and after.
#include "eventpatterns/patternmatcher.h"

#include "eventpatterns/eventpattern_p.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

// How the compiled matcher works (see PatternMatcher in the header for the contract):
//
// build() expands every pattern into $or-free clauses (DNF). A clause is a conjunction of
// conditions, one per leaf of the pattern: "the field at this path passes one of these tests".
// Conditions are interned: the same field with the same alternatives is one condition however
// many clauses use it, so that match() decides it at most once per event (1,000 rules testing
// source = "aws.sagemaker" cost one test). Fields are interned as a tree of keys.
//
// Each clause gets one trigger: its condition expected to hold least often (the fewest clauses
// sharing its values; numeric ranges count as broad, presence-only tests as broadest). Conditions
// are indexed per field and by kind: open-addressing tables of exact strings and lower-cased
// strings, prefixes and suffixes (hashed by length and a few units, so a long ARN prefix costs
// one probe), wildcards by their literal first piece, exact numbers, and - for triggers only,
// since a value satisfies many of them - numeric ranges, sorted so that a value walks only the
// ranges it satisfies. A trigger no table can hold (anything-but, cidr, a wildcard starting with
// '*') fires when its field is present at all.
//
// match() walks the flattened event's leaves once: maps each path to its field through the
// field tree (a path under a key no pattern uses costs nothing further), chains the leaves of
// each field, and looks the value up in the field's tables. A hit proves its condition; a
// condition whose tests are all in the tables and was not hit fails. Triggered clauses then
// check their other conditions through a per-event memo (stamped, never cleared), so each
// distinct condition is decided at most once per event; only anything-but, cidr (the address
// parsed once per leaf), exists:false and non-trigger ranges are evaluated against the leaves.
// Clauses made only of {"exists": false} conditions are checked every time.
//
// Arrays: the reference semantics (eventpattern_p.h) keep the fields of one array element
// together. Leaves do not record which element they came from, so a clause that matched with
// two or more conditions and a field under an array of objects (or an absence that may hold in
// one array element only) is confirmed by the reference interpreter on that clause alone.
// Events without arrays of objects never take that path.
namespace Pd::Events {

namespace {

quint64 mix(quint64 h)
{
    // splitmix64's finaliser: spreads the key hashes so combined paths do not cluster.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

constexpr quint64 kRootHash = 0x51a7e5c3d2b1f00dULL;

quint64 childHash(quint64 parent, const QString &key)
{
    return mix(parent ^ (quint64(qHash(key, 0x2545f491)) * 0x9e3779b97f4a7c15ULL));
}

// Whole-text hashes keyed by position: h = sum of key(i) * (unit i + 1). The multiplications do
// not depend on one another, so a long value hashes at about a unit per cycle.
constexpr std::array<quint64, 256> makePositionKeys()
{
    std::array<quint64, 256> keys{};
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (quint64 &key : keys) {
        state += 0x9e3779b97f4a7c15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        key = (z ^ (z >> 31)) | 1;
    }
    return keys;
}
constexpr std::array<quint64, 256> kPositionKeys = makePositionKeys();

inline quint64 positionKey(qsizetype i)
{
    return i < 256 ? kPositionKeys[size_t(i)] : mix(quint64(i) * 0x9e3779b97f4a7c15ULL) | 1;
}
inline quint64 unitHash(qsizetype i, char16_t c)
{
    return positionKey(i) * (quint64(c) + 1);
}
// Every hash below leaves here mixed, so that the tables can take their slot from the low bits
// directly instead of mixing again on every probe.
quint64 forwardHash(QStringView text)
{
    quint64 h = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        h += unitHash(i, text[i].unicode());
    return mix(h);
}
// An affix's hash from its length and at most 8 units at its inner end (the last units of a
// prefix, the first of a suffix): O(1) per length tried however long the affixes are; a full
// comparison confirms every hit.
inline quint64 affixHash(const char16_t *affix, qsizetype length, bool suffix)
{
    quint64 a = 0, b = 0;
    if (length >= 8) {
        const char16_t *window = suffix ? affix : affix + length - 8;
        std::memcpy(&a, window, sizeof a);
        std::memcpy(&b, window + 4, sizeof b);
    } else {
        for (qsizetype i = 0; i < length; ++i)
            (i < 4 ? a : b) |= quint64(affix[i]) << (16 * (i & 3));
    }
    // One mix is enough: a collision costs a comparison, never a wrong answer.
    return mix(a * 0x9e3779b97f4a7c15ULL + (b ^ quint64(length) << 58) * 0xc2b2ae3d27d4eb4fULL);
}

// Equality inline, four units at a time: the keys and values compared here are a few dozen
// units and nearly always equal (a hash matched first), where a call into libc's memcmp cost
// more than the comparison itself (a third of match() in a profile).
inline bool sameText(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    const char16_t *p = a.utf16();
    const char16_t *q = b.utf16();
    qsizetype n = a.size();
    for (; n >= 4; n -= 4, p += 4, q += 4) {
        quint64 x, y;
        std::memcpy(&x, p, sizeof x);
        std::memcpy(&y, q, sizeof y);
        if (x != y)
            return false;
    }
    for (; n > 0; --n, ++p, ++q) {
        if (*p != *q)
            return false;
    }
    return true;
}

// Open addressing with linear probing over precomputed, already mixed 64-bit hashes. Entries
// sharing a hash (true collisions) are all visited: callers compare the keys.
template<typename Entry> class FlatTable
{
public:
    std::vector<Entry> entries; // each has `quint64 hash`

    void finish()
    {
        // At most a quarter full: most probes are misses, and a miss walks to the next empty slot.
        size_t capacity = 8;
        while (capacity < entries.size() * 4)
            capacity *= 2;
        m_slots.assign(capacity, Slot{0, 0});
        m_mask = capacity - 1;
        for (size_t i = 0; i < entries.size(); ++i) {
            size_t s = size_t(entries[i].hash) & m_mask;
            while (m_slots[s].index != 0)
                s = (s + 1) & m_mask;
            m_slots[s] = Slot{entries[i].hash, std::uint32_t(i + 1)};
        }
    }
    bool empty() const { return entries.empty(); }
    template<typename F> void forEach(quint64 hash, F &&f) const
    {
        if (entries.empty())
            return;
        for (size_t s = size_t(hash) & m_mask; m_slots[s].index != 0; s = (s + 1) & m_mask) {
            if (m_slots[s].hash == hash)
                f(entries[m_slots[s].index - 1]);
        }
    }

private:
    struct Slot
    {
        quint64 hash;
        std::uint32_t index; // entry + 1; 0 is empty
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

// Strings to condition lists. Exact tables hash whole strings (forwardHash); affix tables
// hash with affixHash.
class StringTable
{
public:
    enum class Hash { Whole, Prefix, Suffix };
    explicit StringTable(Hash hash = Hash::Whole)
        : m_hash(hash)
    {}
    void add(const QString &key, std::uint32_t item)
    {
        auto at = m_byKey.constFind(key);
        if (at == m_byKey.cend()) {
            at = m_byKey.insert(key, std::uint32_t(m_table.entries.size()));
            const quint64 hash = m_hash == Hash::Whole
                                     ? forwardHash(key)
                                     : affixHash(QStringView(key).utf16(), key.size(), m_hash == Hash::Suffix);
            m_table.entries.push_back(Entry{hash, key, {}});
        }
        std::vector<std::uint32_t> &items = m_table.entries[*at].items;
        if (std::find(items.begin(), items.end(), item) == items.end())
            items.push_back(item);
    }
    void finish()
    {
        m_table.finish();
        m_byKey.clear();
    }
    bool empty() const { return m_table.empty(); }
    const std::vector<std::uint32_t> *find(quint64 hash, QStringView text) const
    {
        const std::vector<std::uint32_t> *found = nullptr;
        m_table.forEach(hash, [&](const Entry &entry) {
            if (!found && sameText(entry.key, text))
                found = &entry.items;
        });
        return found;
    }

private:
    struct Entry
    {
        quint64 hash;
        QString key;
        std::vector<std::uint32_t> items;
    };
    FlatTable<Entry> m_table;
    QHash<QString, std::uint32_t> m_byKey; // while building
    Hash m_hash;
};

// Prefixes (or suffixes) of one field: a table plus the distinct lengths to try, ascending.
// Each length keeps a 64-bit filter of the units its affixes have at their inner end (the
// last unit of a prefix, the first of a suffix), so most lengths are ruled out by one bit test
// instead of a hash and a probe: "ep-12-" and "ep-123-" need a '-' where the text has a digit.
class AffixTable
{
public:
    explicit AffixTable(bool suffix)
        : m_table(suffix ? StringTable::Hash::Suffix : StringTable::Hash::Prefix)
        , m_suffix(suffix)
    {}
    void add(const QString &affix, std::uint32_t item)
    {
        m_table.add(affix, item);
        const auto at = std::lower_bound(m_lengths.begin(), m_lengths.end(), affix.size(),
                                         [](const Length &l, qsizetype size) { return l.length < size; });
        const auto bit = innerBit(affix);
        if (at == m_lengths.end() || at->length != affix.size())
            m_lengths.insert(at, Length{affix.size(), bit});
        else
            at->units |= bit;
    }
    void finish() { m_table.finish(); }
    bool empty() const { return m_lengths.empty(); }
    template<typename Hit> void match(QStringView text, Hit &&hit) const
    {
        for (const Length &l : m_lengths) {
            if (l.length > text.size())
                break;
            const QStringView affix = m_suffix ? text.last(l.length) : text.first(l.length);
            if (!(l.units & innerBit(affix)))
                continue;
            if (const auto *items = m_table.find(affixHash(affix.utf16(), l.length, m_suffix), affix))
                hit(*items);
        }
    }

private:
    struct Length
    {
        qsizetype length;
        quint64 units; // bit (unit & 63) of each affix's inner unit
    };
    quint64 innerBit(QStringView affix) const
    {
        if (affix.isEmpty())
            return ~quint64(0); // the empty affix: every text has it
        return quint64(1) << ((m_suffix ? affix.front() : affix.back()).unicode() & 63);
    }

    StringTable m_table;
    std::vector<Length> m_lengths;
    bool m_suffix;
};

class NumberTable
{
public:
    void add(double number, std::uint32_t item) { m_building.emplace_back(number, item); }
    void finish()
    {
        std::sort(m_building.begin(), m_building.end());
        m_building.erase(std::unique(m_building.begin(), m_building.end()), m_building.end());
        for (const auto &[number, item] : m_building) {
            if (m_numbers.empty() || m_numbers.back() != number) {
                m_numbers.push_back(number);
                m_items.emplace_back();
            }
            m_items.back().push_back(item);
        }
        m_building.clear();
    }
    const std::vector<std::uint32_t> *find(double number) const
    {
        const auto at = std::lower_bound(m_numbers.begin(), m_numbers.end(), number);
        return at != m_numbers.end() && *at == number ? &m_items[size_t(at - m_numbers.begin())] : nullptr;
    }

private:
    std::vector<std::pair<double, std::uint32_t>> m_building;
    std::vector<double> m_numbers;
    std::vector<std::vector<std::uint32_t>> m_items;
};

// Numeric ranges by shape, sorted so that a value visits only ranges it can satisfy: one-sided
// ranges are walked from their satisfiable end and the walk stops at the first that fails.
class RangeIndex
{
public:
    struct Range
    {
        double low, high;
        bool lowInclusive, highInclusive;
        std::uint32_t item;
        bool contains(double v) const
        {
            return (lowInclusive ? v >= low : v > low) && (highInclusive ? v <= high : v < high);
        }
    };
    void add(const Range &range)
    {
        if (std::isinf(range.low) && !std::isinf(range.high))
            m_atMost.push_back(range);
        else if (std::isinf(range.high) && !std::isinf(range.low))
            m_atLeast.push_back(range);
        else
            m_between.push_back(range);
    }
    void finish()
    {
        const auto byLow = [](const Range &a, const Range &b) {
            return a.low < b.low;
        };
        std::sort(m_atLeast.begin(), m_atLeast.end(), byLow);
        std::sort(m_between.begin(), m_between.end(), byLow);
        std::sort(m_atMost.begin(), m_atMost.end(), [](const Range &a, const Range &b) { return a.high > b.high; });
    }
    template<typename Hit> void match(double v, Hit &&hit) const
    {
        // Equal bounds may straddle v (exclusive and inclusive), so walks stop only past them.
        for (const Range &r : m_atLeast) {
            if (r.low > v)
                break;
            if (r.contains(v))
                hit(r.item);
        }
        for (const Range &r : m_atMost) {
            if (r.high < v)
                break;
            if (r.contains(v))
                hit(r.item);
        }
        for (const Range &r : m_between) {
            if (r.low > v)
                break;
            if (r.contains(v))
                hit(r.item);
        }
    }

private:
    std::vector<Range> m_atLeast, m_atMost, m_between;
};

// Lower-cases like QString::toLower (which Test::matches uses), without allocating for ASCII.
void lowerInto(QStringView text, QString &out)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            out = text.toString().toLower();
            return;
        }
    }
    out.resize(text.size());
    QChar *to = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        to[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// FlatEvent

// Compact on purpose: the paths, the leaves and one text buffer of keys and string values sit
// in a single allocation of exactly their size, so that matching an event touches a few
// consecutive cache lines and pages. A cycled benchmark set of 4,096 events ran 40% slower than
// a cache-sized one of 256 before this; every byte per leaf counts there.
struct FlatEvent::Data
{
    struct Path
    {
        quint64 hash;
        std::int32_t parent; // -1 at the top
        std::uint32_t keyAt, keySize;
        bool underArray; // reached through an array of objects
    };
    struct Leaf
    {
        std::int32_t path;
        std::uint32_t textAt, textSize; // a string value
        Value::Kind kind;
        bool boolean;
        union {
            double number;    // a number value
            quint64 textHash; // forwardHash of a string value, computed once here for every matcher
        };
    };
    template<typename T> struct Span
    {
        const T *items = nullptr;
        size_t count = 0;
        const T &operator[](size_t i) const { return items[i]; }
        size_t size() const { return count; }
        const T *begin() const { return items; }
        const T *end() const { return items + count; }
    };

    Span<Path> paths;
    Span<Leaf> leaves;
    const char16_t *text = nullptr;
    std::unique_ptr<std::byte[]> storage;
    QJsonObject event; // for confirming clauses that depend on array elements

    QStringView key(const Path &path) const { return QStringView(text + path.keyAt, path.keySize); }
    QStringView string(const Leaf &leaf) const { return QStringView(text + leaf.textAt, leaf.textSize); }
    // The leaf as the interpreter's tests take it (the string is not copied).
    Value value(const Leaf &leaf) const
    {
        Value v;
        v.kind = leaf.kind;
        v.boolean = leaf.boolean;
        if (leaf.kind == Value::Number)
            v.number = leaf.number;
        if (leaf.kind == Value::String)
            v.string =
                QString::fromRawData(reinterpret_cast<const QChar *>(text + leaf.textAt), qsizetype(leaf.textSize));
        return v;
    }
};

namespace {

// Where fromJson() collects an event before packing it; per thread, so that flattening does not
// allocate growing vectors for every event.
struct Building
{
    std::vector<FlatEvent::Data::Path> paths;
    std::vector<FlatEvent::Data::Leaf> leaves;
    std::vector<char16_t> text;

    QStringView key(const FlatEvent::Data::Path &path) const
    {
        return QStringView(text.data() + path.keyAt, path.keySize);
    }
    std::uint32_t append(QStringView s)
    {
        const auto at = std::uint32_t(text.size());
        text.insert(text.end(), s.utf16(), s.utf16() + s.size());
        return at;
    }
};

thread_local Building t_building;

struct Flattener
{
    Building &data;
    bool dotted = false; // a key with a dot: the event is flattened again, split (see fromJson)

    int pathIndex(quint64 hash, int parent, const QString &key, bool underArray)
    {
        // Under an array of objects the same path comes back once per element.
        if (underArray) {
            for (int i = int(data.paths.size()) - 1; i >= 0; --i) {
                const FlatEvent::Data::Path &path = data.paths[size_t(i)];
                if (path.hash == hash && path.parent == parent && sameText(data.key(path), key))
                    return i;
            }
        }
        const std::uint32_t at = data.append(key);
        data.paths.push_back(FlatEvent::Data::Path{hash, parent, at, std::uint32_t(key.size()), underArray});
        return int(data.paths.size()) - 1;
    }

    void object(const QJsonObject &object, quint64 hash, int path, bool underArray)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            dotted = dotted || key.contains(QLatin1Char('.'));
            const quint64 child = childHash(hash, key);
            int childPath = -1;
            value(it.value(), child, path, key, underArray, false, childPath);
        }
    }

    // `path` is created on the first scalar, once for all elements of an array of scalars.
    void value(const QJsonValue &v, quint64 hash, int parent, const QString &key, bool underArray, bool viaArray,
               int &path)
    {
        switch (v.type()) {
        case QJsonValue::Object: {
            const int self = pathIndex(hash, parent, key, underArray || viaArray);
            object(v.toObject(), hash, self, underArray || viaArray);
            break;
        }
        case QJsonValue::Array:
            for (const QJsonValue &element : v.toArray())
                value(element, hash, parent, key, underArray, true, path);
            break;
        case QJsonValue::Undefined: break;
        default: {
            if (path < 0)
                path = pathIndex(hash, parent, key, underArray);
            const Value scalar = Value::fromJson(v);
            FlatEvent::Data::Leaf leaf{};
            leaf.path = path;
            leaf.kind = scalar.kind;
            leaf.boolean = scalar.boolean;
            if (scalar.kind == Value::String) {
                leaf.textAt = data.append(scalar.string);
                leaf.textSize = std::uint32_t(scalar.string.size());
                leaf.textHash = forwardHash(scalar.string);
            } else {
                leaf.number = scalar.number;
            }
            data.leaves.push_back(leaf);
            break;
        }
        }
    }
};

} // namespace

FlatEvent::FlatEvent()
    : m_data(std::make_unique<Data>())
{}
FlatEvent::~FlatEvent() = default;
FlatEvent::FlatEvent(FlatEvent &&) noexcept = default;
FlatEvent &FlatEvent::operator=(FlatEvent &&) noexcept = default;

FlatEvent FlatEvent::fromJson(const QJsonObject &event)
{
    FlatEvent flat;
    Data &data = *flat.m_data;
    data.event = event;
    Building &building = t_building;
    const auto flatten = [&building](const QJsonObject &object) {
        building.paths.clear();
        building.leaves.clear();
        building.text.clear();
        Flattener flattener{building};
        flattener.object(object, kRootHash, -1, false);
        return flattener.dotted;
    };
    // Keys with dots name the same fields as nested objects do (eventWithDottedKeysSplit); such
    // events are rare, so they are found while flattening and only then flattened again, split.
    if (flatten(event)) {
        data.event = eventWithDottedKeysSplit(event);
        flatten(data.event);
    }

    // One allocation: leaves, paths, then the text (all three 8-, 8- and 2-byte aligned).
    const size_t leafBytes = building.leaves.size() * sizeof(Data::Leaf);
    const size_t pathBytes = building.paths.size() * sizeof(Data::Path);
    const size_t textBytes = building.text.size() * sizeof(char16_t);
    data.storage = std::make_unique<std::byte[]>(leafBytes + pathBytes + textBytes);
    std::byte *at = data.storage.get();
    std::memcpy(at, building.leaves.data(), leafBytes);
    data.leaves = {reinterpret_cast<const Data::Leaf *>(at), building.leaves.size()};
    at += leafBytes;
    std::memcpy(at, building.paths.data(), pathBytes);
    data.paths = {reinterpret_cast<const Data::Path *>(at), building.paths.size()};
    at += pathBytes;
    std::memcpy(at, building.text.data(), textBytes);
    data.text = reinterpret_cast<const char16_t *>(at);
    return flat;
}

// ---------------------------------------------------------------------------------------------
// PatternMatcher

namespace {

// A condition's outcome for the current event.
enum : std::uint8_t {
    kPass = 1,    // holds (perhaps subject to kConfirm)
    kConfirm = 2, // holds only if absent from some array element: the interpreter decides
    kArrays = 4,  // its field is under an array of objects
};
constexpr std::uint32_t kStateBits = 3;

// Per-thread scratch for match(): stamps instead of clearing arrays for every event.
struct Scratch
{
    std::uint32_t generation = 0;
    std::vector<std::uint32_t> fieldStamp;
    std::vector<std::uint32_t> conditionMemo; // generation << kStateBits | state: one read per condition
    std::vector<std::int32_t> fieldFirstLeaf, nextLeaf;
    std::vector<std::uint8_t> fieldUnderArray;
    std::vector<std::uint32_t> fired; // conditions whose clauses check themselves
    std::vector<std::uint32_t> fieldOfPath;
    std::vector<std::uint32_t> ipStamp; // per leaf
    std::vector<std::optional<IpAddress>> ips;
    QString lower;

    void prepare(size_t fields, size_t conditions, size_t leaves)
    {
        if (++generation == 1u << (32 - kStateBits)) {
            // After 500 million events (the memo keeps the state beside the stamp) the stamps wrap:
            // start them again from zero.
            std::fill(fieldStamp.begin(), fieldStamp.end(), 0);
            std::fill(conditionMemo.begin(), conditionMemo.end(), 0);
            std::fill(ipStamp.begin(), ipStamp.end(), 0);
            generation = 1;
        }
        if (fieldStamp.size() < fields) {
            fieldStamp.resize(fields, 0);
            fieldFirstLeaf.resize(fields, -1);
            fieldUnderArray.resize(fields, 0);
        }
        if (conditionMemo.size() < conditions) {
            conditionMemo.resize(conditions, 0);
        }
        if (nextLeaf.size() < leaves) {
            nextLeaf.resize(leaves, -1);
            ipStamp.resize(leaves, 0);
            ips.resize(leaves);
        }
        fired.clear();
    }
};

thread_local Scratch t_scratch;

} // namespace

struct PatternMatcher::Impl
{
    static constexpr std::uint32_t kNone = 0xffffffffu;

    // One distinct (field, alternatives) pair, shared by every clause that tests it.
    struct Condition
    {
        std::uint32_t field;
        const LeafTests *leaf;
        std::uint32_t firstTriggered = 0, triggeredCount = 0; // into `triggered`: the clauses it triggers
        bool indexed = false;                                 // the tables hold all its tests: no hit means it fails
        bool fireOnHit = false;                               // a trigger that a hit proves (others fire on presence)
    };
    struct Clause
    {
        std::uint32_t id;
        std::uint32_t firstCondition; // into `clauseConditions`
        std::uint32_t conditionCount;
        std::uint32_t trigger; // a condition, or kNone when absence alone may satisfy the clause
        std::shared_ptr<const Node> tree;
    };
    struct WildcardEntry
    {
        const Wildcard *wildcard;
        std::uint32_t condition;
    };
    // A node of the tree of keys the patterns use; the indexes hold trigger conditions.
    struct FieldIndex
    {
        quint64 hash;
        std::uint32_t parent; // kNone at the top
        QString key;
        bool tested = false; // some condition tests this field

        StringTable exact;
        NumberTable numbers;
        std::vector<std::uint32_t> nulls, trues, falses;
        std::vector<std::uint32_t> present;   // proven by the field's presence (exists: true)
        std::vector<std::uint32_t> unsettled; // no table holds them: they fire on presence and are evaluated
        AffixTable prefixes{false}, suffixes{true};
        StringTable lowerExact;
        AffixTable lowerPrefixes{false}, lowerSuffixes{true};
        RangeIndex ranges;
        AffixTable wildcardPrefixes{false}; // first literal piece → indexes into `wildcards`
        std::vector<WildcardEntry> wildcards;
        bool hasStrings = false, needsLower = false;
    };
    struct FieldSlot
    {
        quint64 hash;
        std::uint32_t field;
    };

    std::vector<std::pair<std::uint32_t, EventPattern>> patterns;
    bool built = false;
    std::vector<FieldIndex> fields;
    FlatTable<FieldSlot> fieldsByHash;
    std::vector<Condition> conditions;
    std::vector<Clause> clauses;
    std::vector<std::uint32_t> clauseConditions;
    std::vector<std::uint32_t> triggered;
    std::vector<std::uint32_t> untriggered; // clauses that absence alone may satisfy: checked every time

    std::uint32_t fieldFor(std::uint32_t parent, const QString &key, QHash<QString, std::uint32_t> &byKey)
    {
        const QString name = QString::number(parent) + QLatin1Char('\x1f') + key;
        if (const auto at = byKey.constFind(name); at != byKey.cend())
            return *at;
        fields.emplace_back();
        FieldIndex &field = fields.back();
        field.hash = childHash(parent == kNone ? kRootHash : fields[parent].hash, key);
        field.parent = parent;
        field.key = key;
        fieldsByHash.entries.push_back(FieldSlot{field.hash, std::uint32_t(fields.size() - 1)});
        byKey.insert(name, std::uint32_t(fields.size() - 1));
        return std::uint32_t(fields.size() - 1);
    }

    // The key a test is filed under, for counting how many clauses share it.
    static QString shareKey(std::uint32_t field, const Test &test)
    {
        const QString f = QString::number(field) + QLatin1Char('/');
        switch (test.op) {
        case Op::Exact:
            return f + QLatin1String("=") + QString::number(int(test.value.kind)) + QLatin1Char(':') +
                   (test.value.kind == Value::Number ? QString::number(test.value.number, 'g', 17)
                                                     : test.value.string) +
                   (test.value.boolean ? QLatin1String("t") : QLatin1String(""));
        case Op::Prefix: return f + (test.ignoreCase ? QLatin1String("p~") : QLatin1String("p:")) + test.text;
        case Op::Suffix: return f + (test.ignoreCase ? QLatin1String("s~") : QLatin1String("s:")) + test.text;
        case Op::EqualsIgnoreCase: return f + QLatin1String("i:") + test.text;
        case Op::Numeric:
            return f + QLatin1String("n:") + QString::number(test.low, 'g', 17) +
                   (test.lowInclusive ? QLatin1String("[") : QLatin1String("(")) + QString::number(test.high, 'g', 17) +
                   (test.highInclusive ? QLatin1String("]") : QLatin1String(")"));
        case Op::Wildcard: return f + QLatin1String("w:") + test.wildcards.front().pieces.front();
        default: return f + QLatin1String("present");
        }
    }

    // A test a table can hold (anything else makes its condition fire on the field's presence).
    static bool indexable(const Test &test)
    {
        switch (test.op) {
        case Op::Exact:
        case Op::Prefix:
        case Op::Suffix:
        case Op::EqualsIgnoreCase:
        case Op::Numeric: return true;
        case Op::Exists: return test.exists;
        case Op::Wildcard: return !test.wildcards.front().pieces.front().isEmpty();
        case Op::AnythingBut:
        case Op::Cidr: break;
        }
        return false;
    }

    // How often a test may fire, relative to an exact value: numeric ranges hold for wide spans
    // of values, presence for every value.
    static long weight(const Test &test)
    {
        switch (test.op) {
        case Op::Exact:
        case Op::EqualsIgnoreCase: return 1;
        case Op::Prefix:
        case Op::Suffix:
        case Op::Wildcard: return 2;
        case Op::Numeric: return test.low == test.high ? 1 : 8;
        case Op::Exists: return 1000;
        case Op::AnythingBut:
        case Op::Cidr: break;
        }
        return 100000;
    }

    // Files a condition's tests in its field's tables. Every condition is filed (so that one
    // lookup per value settles all the exact, prefix, suffix... conditions of the field at once)
    // except numeric ranges, which are filed only for triggers: a value satisfies many ranges, and
    // comparing a number once on need is cheaper than marking them all.
    void indexCondition(std::uint32_t c)
    {
        Condition &condition = conditions[c];
        FieldIndex &field = fields[condition.field];
        const LeafTests &leaf = *condition.leaf;
        const bool trigger = condition.triggeredCount > 0;
        condition.indexed =
            std::all_of(leaf.tests.begin(), leaf.tests.end(), [](const Test &t) { return indexable(t); });
        condition.fireOnHit = trigger && condition.indexed;
        if (trigger && !condition.indexed)
            field.unsettled.push_back(c);
        for (const Test &test : leaf.tests) {
            if (!indexable(test))
                continue;
            switch (test.op) {
            case Op::Exact:
                switch (test.value.kind) {
                case Value::String:
                    field.exact.add(test.value.string, c);
                    field.hasStrings = true;
                    break;
                case Value::Number: field.numbers.add(test.value.number, c); break;
                case Value::Bool: (test.value.boolean ? field.trues : field.falses).push_back(c); break;
                case Value::Null: field.nulls.push_back(c); break;
                }
                break;
            case Op::Prefix:
                (test.ignoreCase ? field.lowerPrefixes : field.prefixes).add(test.text, c);
                field.needsLower = field.needsLower || test.ignoreCase;
                field.hasStrings = true;
                break;
            case Op::Suffix:
                (test.ignoreCase ? field.lowerSuffixes : field.suffixes).add(test.text, c);
                field.needsLower = field.needsLower || test.ignoreCase;
                field.hasStrings = true;
                break;
            case Op::EqualsIgnoreCase:
                field.lowerExact.add(test.text, c);
                field.needsLower = true;
                field.hasStrings = true;
                break;
            case Op::Numeric:
                if (test.low == test.high && test.lowInclusive && test.highInclusive)
                    field.numbers.add(test.low, c); // ["=", x]
                else if (trigger)
                    field.ranges.add(RangeIndex::Range{test.low, test.high, test.lowInclusive, test.highInclusive, c});
                else
                    condition.indexed = false;
                break;
            case Op::Exists: field.present.push_back(c); break;
            case Op::Wildcard:
                field.wildcardPrefixes.add(test.wildcards.front().pieces.front(),
                                           std::uint32_t(field.wildcards.size()));
                field.wildcards.push_back(WildcardEntry{&test.wildcards.front(), c});
                field.hasStrings = true;
                break;
            case Op::AnythingBut:
            case Op::Cidr: break;
            }
        }
    }

    // Which field (if any) each of the event's paths is. Paths come after their parents, so a
    // path whose parent no pattern uses is skipped without a lookup.
    void resolvePaths(const FlatEvent::Data &event, std::vector<std::uint32_t> &out) const
    {
        out.resize(event.paths.size());
        for (size_t p = 0; p < event.paths.size(); ++p) {
            const FlatEvent::Data::Path &path = event.paths[p];
            const std::uint32_t parent = path.parent < 0 ? kNone : out[size_t(path.parent)];
            std::uint32_t found = kNone;
            if (path.parent < 0 || parent != kNone) {
                fieldsByHash.forEach(path.hash, [&](const FieldSlot &slot) {
                    const FieldIndex &field = fields[slot.field];
                    if (found == kNone && field.parent == parent && sameText(field.key, event.key(path)))
                        found = slot.field;
                });
            }
            out[p] = found;
        }
    }

    // One match() call. A struct rather than lambdas so that the hot paths (a memo already
    // stamped for this event, a hit on a decided condition) inline and the rare ones do not: as
    // lambdas, every state() call paid a full call frame (a sixth of match() in a profile).
    struct Run
    {
        const Impl &d;
        const FlatEvent::Data &e;
        Scratch &s;
        const std::uint32_t gen;
        std::vector<std::uint32_t> &out;
        std::uint32_t f = 0; // the field of the leaf being indexed

        void hit(std::uint32_t c)
        {
            if (s.conditionMemo[c] >> kStateBits == gen)
                return;
            s.conditionMemo[c] = gen << kStateBits | kPass | (s.fieldUnderArray[f] ? kArrays : 0);
            if (d.conditions[c].fireOnHit)
                s.fired.push_back(c);
        }
        void hitAll(const std::vector<std::uint32_t> &conditions)
        {
            for (std::uint32_t c : conditions)
                hit(c);
        }

        // Chains leaf l to its field and looks its value up in the field's tables.
        void index(size_t l)
        {
            const FlatEvent::Data::Leaf &leaf = e.leaves[l];
            f = s.fieldOfPath[size_t(leaf.path)];
            if (f == kNone)
                return;
            const FieldIndex &field = d.fields[f];
            if (!field.tested)
                return;
            if (s.fieldStamp[f] != gen) {
                s.fieldStamp[f] = gen;
                s.fieldFirstLeaf[f] = -1;
                s.fieldUnderArray[f] = std::uint8_t(e.paths[size_t(leaf.path)].underArray);
                hitAll(field.present);
                s.fired.insert(s.fired.end(), field.unsettled.begin(), field.unsettled.end());
            }
            s.nextLeaf[l] = s.fieldFirstLeaf[f];
            s.fieldFirstLeaf[f] = std::int32_t(l);

            const auto all = [this](const std::vector<std::uint32_t> &conditions) {
                hitAll(conditions);
            };
            switch (leaf.kind) {
            case Value::String: {
                if (!field.hasStrings)
                    break;
                const QStringView text = e.string(leaf);
                if (const auto *conditions = field.exact.find(leaf.textHash, text))
                    hitAll(*conditions);
                // Most fields have no affixes of a kind: skip the (out-of-line) walk.
                if (!field.prefixes.empty())
                    field.prefixes.match(text, all);
                if (!field.suffixes.empty())
                    field.suffixes.match(text, all);
                if (!field.wildcards.empty()) {
                    field.wildcardPrefixes.match(text, [&](const std::vector<std::uint32_t> &entries) {
                        for (std::uint32_t w : entries) {
                            if (field.wildcards[w].wildcard->matches(text))
                                hit(field.wildcards[w].condition);
                        }
                    });
                }
                if (field.needsLower) {
                    lowerInto(text, s.lower);
                    if (const auto *conditions = field.lowerExact.find(forwardHash(s.lower), s.lower))
                        hitAll(*conditions);
                    if (!field.lowerPrefixes.empty())
                        field.lowerPrefixes.match(s.lower, all);
                    if (!field.lowerSuffixes.empty())
                        field.lowerSuffixes.match(s.lower, all);
                }
                break;
            }
            case Value::Number:
                if (const auto *conditions = field.numbers.find(leaf.number))
                    hitAll(*conditions);
                field.ranges.match(leaf.number, [this](std::uint32_t c) { hit(c); });
                break;
            case Value::Bool: hitAll(leaf.boolean ? field.trues : field.falses); break;
            case Value::Null: hitAll(field.nulls); break;
            }
        }

        // The condition's state for this event: the memo when decided, else decide it now.
        std::uint8_t state(std::uint32_t c)
        {
            const std::uint32_t memo = s.conditionMemo[c];
            if (memo >> kStateBits == gen)
                return std::uint8_t(memo & ((1u << kStateBits) - 1));
            return decide(c);
        }

        Q_NEVER_INLINE std::uint8_t decide(std::uint32_t c)
        {
            const Condition &condition = d.conditions[c];
            const std::uint32_t field = condition.field;
            std::uint8_t result = 0;
            if (s.fieldStamp[field] != gen) {
                result = condition.leaf->absentOk ? kPass : 0;
            } else if (condition.indexed) {
                result = s.fieldUnderArray[field] ? kArrays : 0; // present, and no table entry of it was hit
            } else {
                const bool underArray = s.fieldUnderArray[field];
                bool passed = false;
                for (std::int32_t l = s.fieldFirstLeaf[field]; l >= 0 && !passed; l = s.nextLeaf[size_t(l)]) {
                    for (const Test &test : condition.leaf->tests) {
                        if (passes(test, size_t(l))) {
                            passed = true;
                            break;
                        }
                    }
                }
                if (passed)
                    result = kPass;
                else if (condition.leaf->absentOk && underArray)
                    result = kPass | kConfirm; // absent from some array element, perhaps
                if (underArray)
                    result |= kArrays;
            }
            s.conditionMemo[c] = gen << kStateBits | result;
            return result;
        }

        bool passes(const Test &test, size_t l)
        {
            const FlatEvent::Data::Leaf &leaf = e.leaves[l];
            if (test.op == Op::Numeric)
                return leaf.kind == Value::Number && test.matches(e.value(leaf)); // no string to wrap
            if (test.op != Op::Cidr || leaf.kind != Value::String)
                return test.matches(e.value(leaf));
            // Many cidr blocks test the same address: parse it once per event.
            if (s.ipStamp[l] != gen) {
                s.ipStamp[l] = gen;
                s.ips[l] = parseIpAddress(e.string(leaf));
            }
            return s.ips[l] && test.cidr.contains(*s.ips[l]);
        }

        void check(std::uint32_t clause)
        {
            const Clause &c = d.clauses[clause];
            std::uint8_t all = 0;
            const std::uint32_t *k = d.clauseConditions.data() + c.firstCondition;
            for (const std::uint32_t *end = k + c.conditionCount; k != end; ++k) {
                const std::uint8_t st = state(*k);
                if (!(st & kPass))
                    return;
                all |= st;
            }
            if (((all & kConfirm) || ((all & kArrays) && c.conditionCount > 1)) &&
                !matchNode(*c.tree, QJsonValue(e.event)))
                return;
            out.push_back(c.id);
        }
    };
};

PatternMatcher::PatternMatcher()
    : m_impl(std::make_unique<Impl>())
{}
PatternMatcher::~PatternMatcher() = default;
PatternMatcher::PatternMatcher(PatternMatcher &&) noexcept = default;
PatternMatcher &PatternMatcher::operator=(PatternMatcher &&) noexcept = default;

void PatternMatcher::add(std::uint32_t id, const EventPattern &pattern)
{
    m_impl->patterns.emplace_back(id, pattern);
    m_impl->built = false;
}

void PatternMatcher::clear()
{
    m_impl = std::make_unique<Impl>();
}

int PatternMatcher::size() const
{
    return int(m_impl->patterns.size());
}

void PatternMatcher::build()
{
    std::vector<std::pair<std::uint32_t, EventPattern>> patterns = std::move(m_impl->patterns);
    m_impl = std::make_unique<Impl>();
    Impl &d = *m_impl;
    d.patterns = std::move(patterns);

    // Clauses and their interned conditions. Equal alternatives as written are one condition.
    QHash<QString, std::uint32_t> conditionByKey, fieldByKey;
    const auto addConditions = [&](const auto &self, const Node &node, std::uint32_t parent) -> void {
        for (const Field &field : node.fields) {
            const std::uint32_t f = d.fieldFor(parent, field.key, fieldByKey);
            if (field.node) {
                self(self, *field.node, f);
                continue;
            }
            d.fields[f].tested = true;
            const QString key = QString::number(f) + QLatin1Char('\x1f') +
                                QString::fromUtf8(QJsonDocument(field.leaf->source).toJson(QJsonDocument::Compact));
            auto at = conditionByKey.constFind(key);
            if (at == conditionByKey.cend()) {
                at = conditionByKey.insert(key, std::uint32_t(d.conditions.size()));
                d.conditions.push_back(Impl::Condition{f, field.leaf.get()});
            }
            d.clauseConditions.push_back(*at);
        }
    };
    for (const auto &[id, pattern] : d.patterns) {
        if (!pattern.compiled())
            continue;
        for (std::shared_ptr<const Node> &tree : expandClauses(*pattern.compiled()->root)) {
            const auto first = std::uint32_t(d.clauseConditions.size());
            addConditions(addConditions, *tree, Impl::kNone);
            d.clauses.push_back(Impl::Clause{id, first, std::uint32_t(d.clauseConditions.size()) - first, Impl::kNone,
                                             std::move(tree)});
        }
    }

    // How many clauses share each table key: a trigger should fire for few clauses.
    QHash<QString, long> shared;
    for (std::uint32_t c : d.clauseConditions) {
        for (const Test &test : d.conditions[c].leaf->tests)
            ++shared[Impl::shareKey(d.conditions[c].field, test)];
    }
    std::vector<long> cost(d.conditions.size());
    for (std::uint32_t c = 0; c < d.conditions.size(); ++c) {
        const Impl::Condition &condition = d.conditions[c];
        if (condition.leaf->absentOk) {
            cost[c] = -1; // absence can satisfy it: no leaf would fire
            continue;
        }
        for (const Test &test : condition.leaf->tests) {
            cost[c] += Impl::indexable(test) ? Impl::weight(test) * shared.value(Impl::shareKey(condition.field, test))
                                             : Impl::weight(test);
        }
    }
    std::vector<std::vector<std::uint32_t>> triggers(d.conditions.size());
    for (std::uint32_t clause = 0; clause < d.clauses.size(); ++clause) {
        Impl::Clause &c = d.clauses[clause];
        long best = -1;
        for (std::uint32_t k = c.firstCondition; k < c.firstCondition + c.conditionCount; ++k) {
            const std::uint32_t condition = d.clauseConditions[k];
            if (cost[condition] >= 0 && (best < 0 || cost[condition] < best)) {
                best = cost[condition];
                c.trigger = condition;
            }
        }
        if (c.trigger == Impl::kNone)
            d.untriggered.push_back(clause);
        else
            triggers[c.trigger].push_back(clause);
    }
    for (std::uint32_t c = 0; c < d.conditions.size(); ++c) {
        d.conditions[c].firstTriggered = std::uint32_t(d.triggered.size());
        d.conditions[c].triggeredCount = std::uint32_t(triggers[c].size());
        d.triggered.insert(d.triggered.end(), triggers[c].begin(), triggers[c].end());
        d.indexCondition(c);
    }
    d.fieldsByHash.finish();
    for (Impl::FieldIndex &field : d.fields) {
        field.exact.finish();
        field.numbers.finish();
        field.prefixes.finish();
        field.suffixes.finish();
        field.lowerExact.finish();
        field.lowerPrefixes.finish();
        field.lowerSuffixes.finish();
        field.ranges.finish();
        field.wildcardPrefixes.finish();
    }
    d.built = true;
}

void PatternMatcher::match(const FlatEvent &event, std::vector<std::uint32_t> &out) const
{
    out.clear();
    const Impl &d = *m_impl;
    const FlatEvent::Data &e = event.data();
    if (!d.built) {
        // Not built yet: still answer correctly, one pattern at a time.
        for (const auto &[id, pattern] : d.patterns) {
            if (pattern.matches(e.event))
                out.push_back(id);
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return;
    }

    Scratch &s = t_scratch;
    s.prepare(d.fields.size(), d.conditions.size(), e.leaves.size());
    d.resolvePaths(e, s.fieldOfPath);
    Impl::Run run{d, e, s, s.generation, out};

    // 1. One pass over the leaves: chain them by field; an index hit proves a condition.
    for (size_t l = 0; l < e.leaves.size(); ++l)
        run.index(l);
    // 2. Triggered clauses (and those absence may satisfy) check all their conditions, each
    //    decided once per event on first need.
    for (size_t i = 0; i < s.fired.size(); ++i) {
        const Impl::Condition &condition = d.conditions[s.fired[i]];
        if (!(run.state(s.fired[i]) & kPass))
            continue; // an unsettled trigger that does not hold
        for (std::uint32_t t = 0; t < condition.triggeredCount; ++t)
            run.check(d.triggered[condition.firstTriggered + t]);
    }
    for (std::uint32_t clause : d.untriggered)
        run.check(clause);
    // Clauses come in trigger order; often that is id order already.
    if (!std::is_sorted(out.begin(), out.end()))
        std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<std::uint32_t> PatternMatcher::match(const QJsonObject &event) const
{
    std::vector<std::uint32_t> out;
    match(FlatEvent::fromJson(event), out);
    return out;
}

} // namespace Pd::Events

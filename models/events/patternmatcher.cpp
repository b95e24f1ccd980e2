#include "events/patternmatcher.h"

#include "events/eventpattern_p.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

// How the compiled matcher works (see PatternMatcher in the header for the contract):
//
// build() expands every pattern into $or-free clauses (DNF). A clause is a conjunction of
// conditions, one per leaf of the pattern: "the field at this path passes one of these tests".
// Every path a condition uses becomes one FieldIndex, shared by all clauses, holding that path's
// tests by kind: hash tables of exact strings, numbers, lower-cased strings, prefixes and suffixes
// (looked up once per distinct length), numeric intervals, and short lists for the rest
// (wildcard, cidr, anything-but), each entry naming the conditions it satisfies.
//
// match() walks the flattened event's leaves once. A leaf whose path no pattern uses costs one
// hash probe. Each satisfied condition counts once towards its clause; a clause whose count
// reaches its number of conditions matched. Conditions that also accept absence
// ({"exists": false}) are settled at the end from whether their field was seen at all.
//
// Arrays: the reference semantics (eventpattern_p.h) keep the fields of one array element
// together. A flat count can not see which element a leaf came from, so a clause that matched
// with two or more conditions through a leaf under an array of objects (or an absence that
// depends on one array element) is confirmed by the reference interpreter on that clause alone.
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

// Strings to condition lists, looked up by QStringView without building a QString.
class StringTable
{
public:
    void add(const QString &key, std::uint32_t condition)
    {
        std::vector<Entry> &bucket = m_map[qHash(QStringView(key))];
        for (Entry &entry : bucket) {
            if (entry.key == key) {
                entry.conditions.push_back(condition);
                return;
            }
        }
        bucket.push_back(Entry{key, {condition}});
    }
    const std::vector<std::uint32_t> *find(QStringView text) const
    {
        if (m_map.empty())
            return nullptr;
        const auto it = m_map.find(qHash(text));
        if (it == m_map.end())
            return nullptr;
        for (const Entry &entry : it->second) {
            if (entry.key == text)
                return &entry.conditions;
        }
        return nullptr;
    }
    bool empty() const { return m_map.empty(); }

private:
    struct Entry
    {
        QString key;
        std::vector<std::uint32_t> conditions;
    };
    std::unordered_map<std::size_t, std::vector<Entry>> m_map;
};

// Prefixes (or suffixes) of one field: a table plus the distinct lengths to try, ascending.
struct AffixTable
{
    StringTable table;
    std::vector<qsizetype> lengths;

    void add(const QString &affix, std::uint32_t condition)
    {
        table.add(affix, condition);
        const auto at = std::lower_bound(lengths.begin(), lengths.end(), affix.size());
        if (at == lengths.end() || *at != affix.size())
            lengths.insert(at, affix.size());
    }
    template<typename Hit> void match(QStringView text, bool suffix, Hit &&hit) const
    {
        for (qsizetype length : lengths) {
            if (length > text.size())
                break;
            if (const auto *conditions = table.find(suffix ? text.last(length) : text.first(length)))
                hit(*conditions);
        }
    }
};

struct Range
{
    double low, high;
    bool lowInclusive, highInclusive;
    std::uint32_t condition;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// FlatEvent

struct FlatEvent::Data
{
    struct Path
    {
        quint64 hash;
        int parent; // -1 at the top
        QString key;
        bool underArray; // reached through an array of objects
    };
    struct Leaf
    {
        int path;
        Value value;
    };
    std::vector<Path> paths;
    std::vector<Leaf> leaves;
    QJsonObject event; // for confirming clauses that depend on array elements
};

namespace {

struct Flattener
{
    FlatEvent::Data &data;

    int pathIndex(quint64 hash, int parent, const QString &key, bool underArray)
    {
        // Under an array of objects the same path comes back once per element.
        if (underArray) {
            for (int i = int(data.paths.size()) - 1; i >= 0; --i) {
                if (data.paths[size_t(i)].hash == hash && data.paths[size_t(i)].parent == parent &&
                    data.paths[size_t(i)].key == key)
                    return i;
            }
        }
        data.paths.push_back(FlatEvent::Data::Path{hash, parent, key, underArray});
        return int(data.paths.size()) - 1;
    }

    void object(const QJsonObject &object, quint64 hash, int path, bool underArray)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
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
        default:
            if (path < 0)
                path = pathIndex(hash, parent, key, underArray);
            data.leaves.push_back(FlatEvent::Data::Leaf{path, Value::fromJson(v)});
            break;
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
    flat.m_data->event = event;
    flat.m_data->paths.reserve(32);
    flat.m_data->leaves.reserve(32);
    Flattener{*flat.m_data}.object(event, kRootHash, -1, false);
    return flat;
}

// ---------------------------------------------------------------------------------------------
// PatternMatcher

struct PatternMatcher::Impl
{
    struct Condition
    {
        std::uint32_t clause;
        std::uint32_t field;
        bool absentOk;
    };
    struct Clause
    {
        std::uint32_t id;
        std::uint32_t firstCondition;
        std::uint32_t conditionCount;
        std::shared_ptr<const Node> tree;
    };
    struct FieldIndex
    {
        QStringList keys;
        StringTable exact;
        std::unordered_map<double, std::vector<std::uint32_t>> numbers;
        std::vector<std::uint32_t> nulls, trues, falses, exists;
        AffixTable prefixes, suffixes;
        StringTable lowerExact;
        AffixTable lowerPrefixes, lowerSuffixes;
        std::vector<Range> ranges;
        std::vector<std::pair<const Test *, std::uint32_t>> others;
        bool needsLower = false;
    };

    std::vector<std::pair<std::uint32_t, EventPattern>> patterns;
    bool built = false;
    std::vector<FieldIndex> fields;
    std::unordered_map<quint64, std::vector<std::uint32_t>> fieldsByHash;
    std::vector<Condition> conditions;
    std::vector<Clause> clauses;
    std::vector<std::uint32_t> absentClauses; // clauses with a condition that absence satisfies

    std::uint32_t fieldFor(const QStringList &keys)
    {
        quint64 hash = kRootHash;
        for (const QString &key : keys)
            hash = childHash(hash, key);
        std::vector<std::uint32_t> &candidates = fieldsByHash[hash];
        for (std::uint32_t f : candidates) {
            if (fields[f].keys == keys)
                return f;
        }
        fields.emplace_back();
        fields.back().keys = keys;
        candidates.push_back(std::uint32_t(fields.size() - 1));
        return candidates.back();
    }

    void addConditions(const Node &node, QStringList &keys, std::uint32_t clause, bool &absent)
    {
        for (const Field &field : node.fields) {
            keys.append(field.key);
            if (field.node) {
                addConditions(*field.node, keys, clause, absent);
            } else {
                const auto condition = std::uint32_t(conditions.size());
                const std::uint32_t f = fieldFor(keys);
                conditions.push_back(Condition{clause, f, field.leaf->absentOk});
                absent = absent || field.leaf->absentOk;
                index(fields[f], *field.leaf, condition);
            }
            keys.removeLast();
        }
    }

    static void index(FieldIndex &field, const LeafTests &leaf, std::uint32_t condition)
    {
        for (const Test &test : leaf.tests) {
            switch (test.op) {
            case Op::Exact:
                switch (test.value.kind) {
                case Value::String: field.exact.add(test.value.string, condition); break;
                case Value::Number: field.numbers[test.value.number].push_back(condition); break;
                case Value::Bool: (test.value.boolean ? field.trues : field.falses).push_back(condition); break;
                case Value::Null: field.nulls.push_back(condition); break;
                }
                break;
            case Op::Prefix:
                (test.ignoreCase ? field.lowerPrefixes : field.prefixes).add(test.text, condition);
                field.needsLower = field.needsLower || test.ignoreCase;
                break;
            case Op::Suffix:
                (test.ignoreCase ? field.lowerSuffixes : field.suffixes).add(test.text, condition);
                field.needsLower = field.needsLower || test.ignoreCase;
                break;
            case Op::EqualsIgnoreCase:
                field.lowerExact.add(test.text, condition);
                field.needsLower = true;
                break;
            case Op::Numeric:
                field.ranges.push_back(Range{test.low, test.high, test.lowInclusive, test.highInclusive, condition});
                break;
            case Op::Exists:
                if (test.exists)
                    field.exists.push_back(condition);
                break;
            case Op::Wildcard:
            case Op::Cidr:
            case Op::AnythingBut: field.others.emplace_back(&test, condition); break;
            }
        }
    }

    // Which field (if any) each of the event's paths is.
    void resolvePaths(const FlatEvent::Data &event, std::vector<std::int32_t> &out) const
    {
        out.assign(event.paths.size(), -1);
        for (size_t p = 0; p < event.paths.size(); ++p) {
            const auto it = fieldsByHash.find(event.paths[p].hash);
            if (it == fieldsByHash.end())
                continue;
            for (std::uint32_t f : it->second) {
                const QStringList &keys = fields[f].keys;
                int at = int(p);
                qsizetype k = keys.size() - 1;
                while (at >= 0 && k >= 0 && event.paths[size_t(at)].key == keys.at(k)) {
                    at = event.paths[size_t(at)].parent;
                    --k;
                }
                if (at < 0 && k < 0) {
                    out[p] = std::int32_t(f);
                    break;
                }
            }
        }
    }
};

namespace {

// Per-thread scratch for match(): stamps instead of clearing arrays for every event.
struct Scratch
{
    std::uint32_t generation = 0;
    std::vector<std::uint32_t> conditionStamp, clauseStamp, clauseCount, fieldStamp;
    std::vector<std::uint8_t> clauseUnderArray, fieldUnderArray;
    std::vector<std::uint32_t> touched;
    std::vector<std::int32_t> fieldOfPath;

    void prepare(size_t conditions, size_t clauses, size_t fields)
    {
        if (++generation == 0) {
            // After 4 billion events the stamps wrap: start them again from zero.
            std::fill(conditionStamp.begin(), conditionStamp.end(), 0);
            std::fill(clauseStamp.begin(), clauseStamp.end(), 0);
            std::fill(fieldStamp.begin(), fieldStamp.end(), 0);
            generation = 1;
        }
        if (conditionStamp.size() < conditions)
            conditionStamp.resize(conditions, 0);
        if (clauseStamp.size() < clauses) {
            clauseStamp.resize(clauses, 0);
            clauseCount.resize(clauses, 0);
            clauseUnderArray.resize(clauses, 0);
        }
        if (fieldStamp.size() < fields) {
            fieldStamp.resize(fields, 0);
            fieldUnderArray.resize(fields, 0);
        }
        touched.clear();
    }
};

thread_local Scratch t_scratch;

} // namespace

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
    for (const auto &[id, pattern] : d.patterns) {
        if (!pattern.compiled())
            continue;
        for (std::shared_ptr<const Node> &tree : expandClauses(*pattern.compiled()->root)) {
            const auto clause = std::uint32_t(d.clauses.size());
            d.clauses.push_back(Impl::Clause{id, std::uint32_t(d.conditions.size()), 0, std::move(tree)});
            QStringList keys;
            bool absent = false;
            d.addConditions(*d.clauses.back().tree, keys, clause, absent);
            d.clauses.back().conditionCount = std::uint32_t(d.conditions.size()) - d.clauses.back().firstCondition;
            if (absent)
                d.absentClauses.push_back(clause);
        }
    }
    for (Impl::FieldIndex &field : d.fields) {
        std::sort(field.ranges.begin(), field.ranges.end(),
                  [](const Range &a, const Range &b) { return a.low < b.low; });
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
    s.prepare(d.conditions.size(), d.clauses.size(), d.fields.size());
    const std::uint32_t gen = s.generation;
    d.resolvePaths(e, s.fieldOfPath);

    bool underArray = false;
    const auto hitOne = [&](std::uint32_t c) {
        if (s.conditionStamp[c] == gen)
            return;
        s.conditionStamp[c] = gen;
        const std::uint32_t clause = d.conditions[c].clause;
        if (s.clauseStamp[clause] != gen) {
            s.clauseStamp[clause] = gen;
            s.clauseCount[clause] = 0;
            s.clauseUnderArray[clause] = 0;
            s.touched.push_back(clause);
        }
        ++s.clauseCount[clause];
        s.clauseUnderArray[clause] |= std::uint8_t(underArray);
    };
    const auto hit = [&](const std::vector<std::uint32_t> &conditions) {
        for (std::uint32_t c : conditions)
            hitOne(c);
    };

    QString lower;
    for (const FlatEvent::Data::Leaf &leaf : e.leaves) {
        const std::int32_t f = s.fieldOfPath[size_t(leaf.path)];
        if (f < 0)
            continue;
        const Impl::FieldIndex &field = d.fields[size_t(f)];
        underArray = e.paths[size_t(leaf.path)].underArray;
        s.fieldStamp[size_t(f)] = gen;
        s.fieldUnderArray[size_t(f)] = std::uint8_t(underArray);
        const Value &v = leaf.value;
        switch (v.kind) {
        case Value::String:
            if (const auto *conditions = field.exact.find(v.string))
                hit(*conditions);
            field.prefixes.match(v.string, false, hit);
            field.suffixes.match(v.string, true, hit);
            if (field.needsLower) {
                lower = v.string.toLower();
                if (const auto *conditions = field.lowerExact.find(lower))
                    hit(*conditions);
                field.lowerPrefixes.match(lower, false, hit);
                field.lowerSuffixes.match(lower, true, hit);
            }
            break;
        case Value::Number: {
            if (!field.numbers.empty()) {
                const auto it = field.numbers.find(v.number);
                if (it != field.numbers.end())
                    hit(it->second);
            }
            for (const Range &r : field.ranges) {
                if (v.number < r.low)
                    break; // sorted by lower bound: no later range starts below v
                if ((r.lowInclusive || v.number > r.low) && (r.highInclusive ? v.number <= r.high : v.number < r.high))
                    hitOne(r.condition);
            }
            break;
        }
        case Value::Bool: hit(v.boolean ? field.trues : field.falses); break;
        case Value::Null: hit(field.nulls); break;
        }
        hit(field.exists);
        for (const auto &[test, condition] : field.others) {
            if (s.conditionStamp[condition] != gen && test->matches(v))
                hitOne(condition);
        }
    }

    const QJsonValue whole(e.event);
    const auto accept = [&](std::uint32_t clause, bool confirm) {
        const Impl::Clause &c = d.clauses[clause];
        if (!confirm || matchNode(*c.tree, whole))
            out.push_back(c.id);
    };
    for (std::uint32_t clause : s.touched) {
        const Impl::Clause &c = d.clauses[clause];
        if (s.clauseCount[clause] == c.conditionCount)
            accept(clause, s.clauseUnderArray[clause] && c.conditionCount > 1);
    }
    for (std::uint32_t clause : d.absentClauses) {
        const Impl::Clause &c = d.clauses[clause];
        const bool touched = s.clauseStamp[clause] == gen;
        std::uint32_t count = touched ? s.clauseCount[clause] : 0;
        if (count == c.conditionCount)
            continue; // accepted above
        bool confirm = touched && s.clauseUnderArray[clause] && c.conditionCount > 1;
        for (std::uint32_t k = c.firstCondition; k < c.firstCondition + c.conditionCount; ++k) {
            const Impl::Condition &condition = d.conditions[k];
            if (!condition.absentOk || s.conditionStamp[k] == gen)
                continue;
            if (s.fieldStamp[condition.field] != gen) {
                ++count; // the field is not in the event
            } else if (s.fieldUnderArray[condition.field]) {
                ++count; // absent from some array element, perhaps: the interpreter decides
                confirm = true;
            } else {
                break;
            }
        }
        if (count == c.conditionCount)
            accept(clause, confirm);
    }
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

#include "events/patternmatcher.h"

#include "events/eventpattern_p.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

// How the compiled matcher works (see PatternMatcher in the header for the contract):
//
// build() expands every pattern into $or-free clauses (DNF). A clause is a conjunction of
// conditions, one per leaf of the pattern: "the field at this path passes one of these tests".
// Every path a condition uses becomes one FieldIndex shared by all clauses.
//
// Each clause gets one trigger: its condition whose tests are the least shared with other
// clauses (source = "aws.s3" is shared by hundreds of rules, an endpoint-name prefix by a few).
// Only triggers are indexed, by kind: hash tables of exact strings, numbers, lower-cased
// strings, prefixes and suffixes (probed once per distinct length), wildcards by their literal
// first piece, numeric intervals; a condition that no table can hold (anything-but, cidr, a
// wildcard starting with '*') triggers when its field is present at all.
//
// match() walks the flattened event's leaves once, chaining the leaves of each field used by
// any pattern (a path no pattern uses costs one hash probe) and collecting the clauses whose
// trigger fired. Only those clauses check their other conditions, against the chained leaves
// of those fields. Clauses made only of {"exists": false} conditions are checked every time.
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
    std::uint32_t condition; // the clause it fires
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
        const LeafTests *leaf;
    };
    struct Clause
    {
        std::uint32_t id;
        std::uint32_t firstCondition;
        std::uint32_t conditionCount;
        std::uint32_t trigger; // a condition index, or kNoTrigger
        bool triggerSettles;   // the trigger firing proves its condition (not mere presence)
        std::shared_ptr<const Node> tree;
    };
    struct WildcardEntry
    {
        const Wildcard *wildcard;
        std::uint32_t clause;
    };
    struct FieldIndex
    {
        QStringList keys;
        StringTable exact;
        std::unordered_map<double, std::vector<std::uint32_t>> numbers;
        std::vector<std::uint32_t> nulls, trues, falses, present;
        AffixTable prefixes, suffixes;
        StringTable lowerExact;
        AffixTable lowerPrefixes, lowerSuffixes;
        std::vector<Range> ranges;
        // Wildcards by their literal first piece; the piece's table holds indexes into `wildcards`.
        AffixTable wildcardPrefixes;
        std::vector<WildcardEntry> wildcards;
        bool needsLower = false;
    };
    static constexpr std::uint32_t kNoTrigger = 0xffffffffu;

    std::vector<std::pair<std::uint32_t, EventPattern>> patterns;
    bool built = false;
    std::vector<FieldIndex> fields;
    std::unordered_map<quint64, std::vector<std::uint32_t>> fieldsByHash;
    std::vector<Condition> conditions;
    std::vector<Clause> clauses;
    std::vector<std::uint32_t> untriggered; // clauses that absence alone may satisfy: checked every time

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

    void addConditions(const Node &node, QStringList &keys, std::uint32_t clause)
    {
        for (const Field &field : node.fields) {
            keys.append(field.key);
            if (field.node)
                addConditions(*field.node, keys, clause);
            else
                conditions.push_back(Condition{clause, fieldFor(keys), field.leaf.get()});
            keys.removeLast();
        }
    }

    // A test a table can hold (anything else triggers on the field's presence).
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
        case Op::Numeric: return f + QLatin1String("numeric"); // ranges of a field are scanned together
        case Op::Wildcard: return f + QLatin1String("w:") + test.wildcards.front().pieces.front();
        default: return f + QLatin1String("present");
        }
    }

    // Files the clause under its trigger; false when it fires on presence alone.
    bool indexTrigger(const Condition &condition, std::uint32_t clause)
    {
        FieldIndex &field = fields[condition.field];
        const LeafTests &leaf = *condition.leaf;
        const bool byPresence =
            !std::all_of(leaf.tests.begin(), leaf.tests.end(), [](const Test &t) { return indexable(t); });
        if (byPresence) {
            field.present.push_back(clause);
            return false;
        }
        for (const Test &test : leaf.tests) {
            switch (test.op) {
            case Op::Exact:
                switch (test.value.kind) {
                case Value::String: field.exact.add(test.value.string, clause); break;
                case Value::Number: field.numbers[test.value.number].push_back(clause); break;
                case Value::Bool: (test.value.boolean ? field.trues : field.falses).push_back(clause); break;
                case Value::Null: field.nulls.push_back(clause); break;
                }
                break;
            case Op::Prefix:
                (test.ignoreCase ? field.lowerPrefixes : field.prefixes).add(test.text, clause);
                field.needsLower = field.needsLower || test.ignoreCase;
                break;
            case Op::Suffix:
                (test.ignoreCase ? field.lowerSuffixes : field.suffixes).add(test.text, clause);
                field.needsLower = field.needsLower || test.ignoreCase;
                break;
            case Op::EqualsIgnoreCase:
                field.lowerExact.add(test.text, clause);
                field.needsLower = true;
                break;
            case Op::Numeric:
                field.ranges.push_back(Range{test.low, test.high, test.lowInclusive, test.highInclusive, clause});
                break;
            case Op::Exists: field.present.push_back(clause); break;
            case Op::Wildcard:
                field.wildcardPrefixes.add(test.wildcards.front().pieces.front(),
                                           std::uint32_t(field.wildcards.size()));
                field.wildcards.push_back(WildcardEntry{&test.wildcards.front(), clause});
                break;
            case Op::AnythingBut:
            case Op::Cidr: break;
            }
        }
        return true;
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
                while (at >= 0 && k >= 0 && QStringView(event.paths[size_t(at)].key) == QStringView(keys.at(k))) {
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
    std::vector<std::uint32_t> clauseStamp, fieldStamp;
    std::vector<std::int32_t> fieldFirstLeaf, nextLeaf;
    std::vector<std::uint8_t> fieldUnderArray;
    std::vector<std::uint32_t> candidates;
    std::vector<std::int32_t> fieldOfPath;

    void prepare(size_t clauses, size_t fields, size_t leaves)
    {
        if (++generation == 0) {
            // After 4 billion events the stamps wrap: start them again from zero.
            std::fill(clauseStamp.begin(), clauseStamp.end(), 0);
            std::fill(fieldStamp.begin(), fieldStamp.end(), 0);
            generation = 1;
        }
        if (clauseStamp.size() < clauses)
            clauseStamp.resize(clauses, 0);
        if (fieldStamp.size() < fields) {
            fieldStamp.resize(fields, 0);
            fieldFirstLeaf.resize(fields, -1);
            fieldUnderArray.resize(fields, 0);
        }
        if (nextLeaf.size() < leaves)
            nextLeaf.resize(leaves, -1);
        candidates.clear();
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
            d.clauses.push_back(
                Impl::Clause{id, std::uint32_t(d.conditions.size()), 0, Impl::kNoTrigger, false, std::move(tree)});
            QStringList keys;
            d.addConditions(*d.clauses.back().tree, keys, clause);
            d.clauses.back().conditionCount = std::uint32_t(d.conditions.size()) - d.clauses.back().firstCondition;
        }
    }

    // How many conditions share each table key: a trigger should fire for few clauses.
    QHash<QString, int> shared;
    for (std::uint32_t c = 0; c < d.conditions.size(); ++c) {
        for (const Test &test : d.conditions[c].leaf->tests)
            ++shared[Impl::shareKey(d.conditions[c].field, test)];
    }
    for (std::uint32_t clause = 0; clause < d.clauses.size(); ++clause) {
        Impl::Clause &c = d.clauses[clause];
        long best = -1;
        for (std::uint32_t k = c.firstCondition; k < c.firstCondition + c.conditionCount; ++k) {
            const Impl::Condition &condition = d.conditions[k];
            if (condition.leaf->absentOk)
                continue; // absence can satisfy it: no leaf would fire
            long cost = 0;
            for (const Test &test : condition.leaf->tests)
                cost += Impl::indexable(test) ? shared.value(Impl::shareKey(condition.field, test)) : 100000;
            if (best < 0 || cost < best) {
                best = cost;
                c.trigger = k;
            }
        }
        if (c.trigger == Impl::kNoTrigger)
            d.untriggered.push_back(clause);
        else
            c.triggerSettles = d.indexTrigger(d.conditions[c.trigger], clause);
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
    s.prepare(d.clauses.size(), d.fields.size(), e.leaves.size());
    const std::uint32_t gen = s.generation;
    d.resolvePaths(e, s.fieldOfPath);

    const auto fire = [&](std::uint32_t clause) {
        if (s.clauseStamp[clause] != gen) {
            s.clauseStamp[clause] = gen;
            s.candidates.push_back(clause);
        }
    };
    const auto fireAll = [&](const std::vector<std::uint32_t> &clauses) {
        for (std::uint32_t clause : clauses)
            fire(clause);
    };

    // 1. One pass over the leaves: chain them by field, fire the triggers they satisfy.
    QString lower;
    for (size_t l = 0; l < e.leaves.size(); ++l) {
        const FlatEvent::Data::Leaf &leaf = e.leaves[l];
        const std::int32_t f = s.fieldOfPath[size_t(leaf.path)];
        if (f < 0)
            continue;
        const Impl::FieldIndex &field = d.fields[size_t(f)];
        if (s.fieldStamp[size_t(f)] != gen) {
            s.fieldStamp[size_t(f)] = gen;
            s.fieldFirstLeaf[size_t(f)] = -1;
            s.fieldUnderArray[size_t(f)] = std::uint8_t(e.paths[size_t(leaf.path)].underArray);
            fireAll(field.present);
        }
        s.nextLeaf[l] = s.fieldFirstLeaf[size_t(f)];
        s.fieldFirstLeaf[size_t(f)] = std::int32_t(l);

        const Value &v = leaf.value;
        switch (v.kind) {
        case Value::String:
            if (const auto *clauses = field.exact.find(v.string))
                fireAll(*clauses);
            field.prefixes.match(v.string, false, fireAll);
            field.suffixes.match(v.string, true, fireAll);
            field.wildcardPrefixes.match(v.string, false, [&](const std::vector<std::uint32_t> &entries) {
                for (std::uint32_t w : entries) {
                    if (field.wildcards[w].wildcard->matches(v.string))
                        fire(field.wildcards[w].clause);
                }
            });
            if (field.needsLower) {
                lower = v.string.toLower();
                if (const auto *clauses = field.lowerExact.find(lower))
                    fireAll(*clauses);
                field.lowerPrefixes.match(lower, false, fireAll);
                field.lowerSuffixes.match(lower, true, fireAll);
            }
            break;
        case Value::Number: {
            if (!field.numbers.empty()) {
                const auto it = field.numbers.find(v.number);
                if (it != field.numbers.end())
                    fireAll(it->second);
            }
            for (const Range &r : field.ranges) {
                if (v.number < r.low)
                    break; // sorted by lower bound: no later range starts below v
                if ((r.lowInclusive || v.number > r.low) && (r.highInclusive ? v.number <= r.high : v.number < r.high))
                    fire(r.condition);
            }
            break;
        }
        case Value::Bool: fireAll(v.boolean ? field.trues : field.falses); break;
        case Value::Null: fireAll(field.nulls); break;
        }
    }

    // 2. Fired clauses (and those absence may satisfy) check their other conditions.
    const auto check = [&](std::uint32_t clause) {
        const Impl::Clause &c = d.clauses[clause];
        bool confirm = false;
        bool arrays = false;
        for (std::uint32_t k = c.firstCondition; k < c.firstCondition + c.conditionCount; ++k) {
            const Impl::Condition &condition = d.conditions[k];
            const std::uint32_t f = condition.field;
            const bool seen = s.fieldStamp[f] == gen;
            arrays = arrays || (seen && s.fieldUnderArray[f]);
            if (k == c.trigger && c.triggerSettles)
                continue;
            if (!seen) {
                if (!condition.leaf->absentOk)
                    return;
                continue;
            }
            bool passed = false;
            for (std::int32_t l = s.fieldFirstLeaf[f]; l >= 0 && !passed; l = s.nextLeaf[size_t(l)]) {
                for (const Test &test : condition.leaf->tests) {
                    if (test.matches(e.leaves[size_t(l)].value)) {
                        passed = true;
                        break;
                    }
                }
            }
            if (!passed) {
                if (!condition.leaf->absentOk || !s.fieldUnderArray[f])
                    return;
                confirm = true; // absent from some array element, perhaps: the interpreter decides
            }
        }
        if ((confirm || (arrays && c.conditionCount > 1)) && !matchNode(*c.tree, QJsonValue(e.event)))
            return;
        out.push_back(c.id);
    };
    for (std::uint32_t clause : s.candidates)
        check(clause);
    for (std::uint32_t clause : d.untriggered)
        check(clause);
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

#pragma once

// The compiled form of an event pattern, shared by the reference interpreter (eventpattern.cpp)
// the parser (eventpatternparser.cpp) and the many-pattern matcher (patternmatcher.cpp).
// Private to models/eventpatterns.

#include "core/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Pd::Events {

// One scalar of an event, as the tests compare it.
struct Value
{
    enum Kind : std::uint8_t { Null, Bool, Number, String };
    Kind kind = Null;
    bool boolean = false;
    double number = 0;
    QString string;

    static Value fromJson(const QJsonValue &json); // scalars only
    QJsonValue toJson() const;
    bool operator==(const Value &other) const;
};

struct IpAddress
{
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 in the first 4
};
std::optional<IpAddress> parseIpAddress(QStringView text);

struct CidrBlock
{
    IpAddress address;
    int prefixLength = 0;
    bool contains(const IpAddress &ip) const;
};

// A '*'-glob: the literal pieces between stars ("a*b" is {"a", "b"}; "abc" is {"abc"}).
struct Wildcard
{
    QStringList pieces;
    bool matches(QStringView text) const;
};

enum class Op : std::uint8_t { Exact, Prefix, Suffix, EqualsIgnoreCase, Wildcard, AnythingBut, Numeric, Exists, Cidr };
enum class ExcludeKind : std::uint8_t { Values, Prefix, Suffix, EqualsIgnoreCase, Wildcard };

// One alternative of a leaf: a value or an operator.
struct Test
{
    Op op = Op::Exact;
    bool ignoreCase = false;                   // prefix, suffix
    bool exists = true;                        // exists
    Value value;                               // exact
    QString text;                              // prefix, suffix, equals-ignore-case (lower-cased when ignoring case)
    ExcludeKind exclude = ExcludeKind::Values; // anything-but
    std::vector<Value> excludedValues;         // anything-but values
    QStringList excludedTexts;                 // anything-but prefix/suffix/equals-ignore-case (lower-cased)
    std::vector<Wildcard> wildcards;           // wildcard (one), anything-but wildcard (several)
    double low = 0, high = 0;                  // numeric; infinities when open
    bool lowInclusive = false, highInclusive = false;
    CidrBlock cidr;

    // Whether a value present in the event passes. exists:false never passes a present value.
    bool matches(const Value &value) const;
};

struct LeafTests
{
    std::vector<Test> tests;
    bool absentOk = false; // one alternative is {"exists": false}
    QJsonArray source;     // the alternatives as written
};

struct Node;
struct Field
{
    QString key;
    std::shared_ptr<const Node> node;      // an object in the pattern
    std::shared_ptr<const LeafTests> leaf; // an array of alternatives
};

struct Node
{
    std::vector<Field> fields;
    std::vector<std::vector<std::shared_ptr<const Node>>> ors; // each "$or": its branches
};

class CompiledPattern
{
public:
    QJsonObject json;
    QByteArray text; // compact, in document order (the order decides: see eventpatternparser.cpp)
    std::shared_ptr<const Node> root;
};

// The reference semantics (see EventPattern). `value` is the event's value at the node's place:
// undefined when absent. An object pattern against an array matches when one element matches it
// as a whole (fields of one array element stay together, as event-ruler's JSON matching does).
bool matchNode(const Node &node, const QJsonValue &value);
bool matchLeaf(const LeafTests &leaf, const QJsonValue &value);
// The scalars a leaf sees at its place: the value itself, or an array's scalars (nested arrays too).
void collectValues(const QJsonValue &value, std::vector<Value> &out);

// The pattern as $or-free conjunctions (disjunctive normal form); matching any one of them is the
// same as matching the pattern.
std::vector<std::shared_ptr<const Node>> expandClauses(const Node &node);

// The event paths the field keys make: "$.detail.EndpointStatus", "$['a b']".
QString appendPathKey(const QString &path, const QString &key);

// --- Shared by the parser, the explanations and TestEventPattern ------------------------------

// $or choices multiply; EventBridge refuses patterns that expand too far, so do we.
inline constexpr std::size_t kMaxPatternClauses = 1000;

inline QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

inline Error invalid(const QString &path, const QString &why)
{
    return Error::invalid(path, QStringLiteral("%1: %2").arg(path, why));
}

inline QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// eventpatternparser.cpp: the pattern as a Node tree, compiled as event-ruler's JsonRuleCompiler
// does (its $or choices are the root's one "$or"); errors name the JSON path. From the text, keys
// count in document order; from an object, in QJsonObject's (sorted) order.
Result<std::shared_ptr<const Node>> parsePatternNode(const QJsonObject &object, const QString &path);
Result<std::shared_ptr<const Node>> parsePatternText(const QByteArray &json, const QString &path);

// The event with keys that contain dots split into nested objects ({"a.b": 1} is {"a": {"b": 1}}),
// as event-ruler flattens events into the same dotted names as patterns. Values that land on one
// name are taken together: objects merge, anything else makes a list of both. The event itself
// (shared, not copied) when no key has a dot.
QJsonObject eventWithDottedKeysSplit(const QJsonObject &event);

} // namespace Pd::Events

#include "eventpatterns/eventpattern.h"

#include "core/tr.h"
#include "eventpatterns/eventpattern_p.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace Pd::Events {

// ---------------------------------------------------------------------------------------------
// Values and tests

Value Value::fromJson(const QJsonValue &json)
{
    Value v;
    switch (json.type()) {
    case QJsonValue::Bool:
        v.kind = Bool;
        v.boolean = json.toBool();
        break;
    case QJsonValue::Double:
        v.kind = Number;
        v.number = json.toDouble();
        if (v.number == 0)
            v.number = 0; // -0 and 0 are one number
        break;
    case QJsonValue::String:
        v.kind = String;
        v.string = json.toString();
        break;
    default: break;
    }
    return v;
}

QJsonValue Value::toJson() const
{
    switch (kind) {
    case Bool: return QJsonValue(boolean);
    case Number: return QJsonValue(number);
    case String: return QJsonValue(string);
    case Null: break;
    }
    return QJsonValue(QJsonValue::Null);
}

bool Value::operator==(const Value &other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Bool: return boolean == other.boolean;
    case Number: return number == other.number;
    case String: return QStringView(string) == QStringView(other.string); // equalStrings, not a collating compare
    case Null: break;
    }
    return true;
}

namespace {

std::optional<IpAddress> parseIpv4(QStringView text)
{
    IpAddress ip;
    int part = 0;
    int digits = 0;
    int current = 0;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            current = current * 10 + (c.unicode() - '0');
            if (++digits > 3 || current > 255)
                return std::nullopt;
        } else if (c == QLatin1Char('.') && digits > 0 && part < 3) {
            ip.bytes[size_t(part++)] = std::uint8_t(current);
            current = 0;
            digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (part != 3 || digits == 0)
        return std::nullopt;
    ip.bytes[3] = std::uint8_t(current);
    return ip;
}

} // namespace

std::optional<IpAddress> parseIpAddress(QStringView text)
{
    if (!text.contains(QLatin1Char(':')))
        return parseIpv4(text);
    if (text.contains(QLatin1Char('%')) || text.contains(QLatin1Char('/')))
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    IpAddress ip;
    ip.v6 = true;
    const Q_IPV6ADDR raw = address.toIPv6Address();
    for (int i = 0; i < 16; ++i)
        ip.bytes[size_t(i)] = raw[i];
    return ip;
}

bool CidrBlock::contains(const IpAddress &ip) const
{
    if (ip.v6 != address.v6)
        return false;
    int bits = prefixLength;
    for (size_t i = 0; bits > 0; ++i, bits -= 8) {
        const std::uint8_t mask = bits >= 8 ? 0xff : std::uint8_t(0xff << (8 - bits));
        if ((ip.bytes[i] & mask) != (address.bytes[i] & mask))
            return false;
    }
    return true;
}

bool Wildcard::matches(QStringView text) const
{
    if (pieces.size() == 1)
        return text == pieces.first();
    const QString &first = pieces.first();
    const QString &last = pieces.last();
    if (text.size() < first.size() + last.size() || !text.startsWith(first) || !text.endsWith(last))
        return false;
    // Leftmost placement of each middle piece is enough for '*'-only globs.
    qsizetype from = first.size();
    const qsizetype end = text.size() - last.size();
    for (int i = 1; i + 1 < pieces.size(); ++i) {
        const QString &piece = pieces.at(i);
        const qsizetype at = text.first(end).indexOf(piece, from);
        if (at < 0)
            return false;
        from = at + piece.size();
    }
    return true;
}

bool Test::matches(const Value &v) const
{
    switch (op) {
    case Op::Exact: return v == value;
    case Op::Prefix:
        if (v.kind != Value::String)
            return false;
        // A view comparison is a plain memcmp; QString::startsWith goes through the collating compare.
        return ignoreCase ? v.string.toLower().startsWith(text)
                          : v.string.size() >= text.size() && QStringView(v.string).first(text.size()) == text;
    case Op::Suffix:
        if (v.kind != Value::String)
            return false;
        return ignoreCase ? v.string.toLower().endsWith(text)
                          : v.string.size() >= text.size() && QStringView(v.string).last(text.size()) == text;
    case Op::EqualsIgnoreCase: return v.kind == Value::String && v.string.toLower() == text;
    case Op::Wildcard: return v.kind == Value::String && wildcards.front().matches(v.string);
    case Op::Numeric:
        if (v.kind != Value::Number)
            return false;
        return (lowInclusive ? v.number >= low : v.number > low) &&
               (highInclusive ? v.number <= high : v.number < high);
    case Op::Exists: return exists;
    case Op::Cidr: {
        if (v.kind != Value::String)
            return false;
        const std::optional<IpAddress> ip = parseIpAddress(v.string);
        return ip && cidr.contains(*ip);
    }
    case Op::AnythingBut:
        switch (exclude) {
        case ExcludeKind::Values:
            return std::find(excludedValues.begin(), excludedValues.end(), v) == excludedValues.end();
        case ExcludeKind::Prefix:
        case ExcludeKind::Suffix:
            if (v.kind != Value::String)
                return false;
            for (const QString &text : excludedTexts) {
                if (exclude == ExcludeKind::Prefix ? v.string.startsWith(text) : v.string.endsWith(text))
                    return false;
            }
            return true;
        case ExcludeKind::EqualsIgnoreCase:
            return v.kind == Value::String && !excludedTexts.contains(v.string.toLower());
        case ExcludeKind::Wildcard:
            if (v.kind != Value::String)
                return false;
            for (const Wildcard &w : wildcards) {
                if (w.matches(v.string))
                    return false;
            }
            return true;
        }
        break;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// The reference interpreter

void collectValues(const QJsonValue &value, std::vector<Value> &out)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectValues(element, out);
    } else if (!value.isObject() && !value.isUndefined()) {
        out.push_back(Value::fromJson(value));
    }
}

bool matchLeaf(const LeafTests &leaf, const QJsonValue &value)
{
    std::vector<Value> values;
    collectValues(value, values);
    if (values.empty())
        return leaf.absentOk;
    for (const Test &test : leaf.tests) {
        for (const Value &v : values) {
            if (test.matches(v))
                return true;
        }
    }
    return false;
}

bool matchNode(const Node &node, const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (matchNode(node, element))
                return true;
        }
        if (!array.isEmpty())
            return false;
        // An empty array is no value at all.
        return matchNode(node, QJsonValue(QJsonValue::Undefined));
    }
    const QJsonObject object = value.toObject(); // empty for scalars and absent values
    for (const Field &field : node.fields) {
        const QJsonValue child = object.value(field.key);
        if (field.node ? !matchNode(*field.node, child) : !matchLeaf(*field.leaf, child))
            return false;
    }
    for (const auto &branches : node.ors) {
        bool any = false;
        for (const auto &branch : branches) {
            if (matchNode(*branch, value)) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    return true;
}

std::vector<std::shared_ptr<const Node>> expandClauses(const Node &node)
{
    // Start with the plain leaves, then multiply by every sub-object's and every $or's choices.
    std::vector<Node> partial(1);
    auto multiply = [&partial](const std::vector<std::shared_ptr<const Node>> &choices, const QString *key) {
        std::vector<Node> next;
        next.reserve(partial.size() * choices.size());
        for (const Node &p : partial) {
            for (const auto &choice : choices) {
                Node n = p;
                if (key) {
                    n.fields.push_back(Field{*key, choice, nullptr});
                } else {
                    // A $or branch's fields join the node's own, side by side (duplicates keep
                    // their own array-element choice, as in the interpreter).
                    n.fields.insert(n.fields.end(), choice->fields.begin(), choice->fields.end());
                }
                next.push_back(std::move(n));
            }
        }
        partial = std::move(next);
    };
    for (const Field &field : node.fields) {
        if (field.leaf) {
            for (Node &p : partial)
                p.fields.push_back(field);
        } else {
            multiply(expandClauses(*field.node), &field.key);
        }
    }
    for (const auto &branches : node.ors) {
        std::vector<std::shared_ptr<const Node>> choices;
        for (const auto &branch : branches) {
            for (auto &clause : expandClauses(*branch))
                choices.push_back(std::move(clause));
        }
        multiply(choices, nullptr);
    }
    std::vector<std::shared_ptr<const Node>> clauses;
    clauses.reserve(partial.size());
    for (Node &p : partial)
        clauses.push_back(std::make_shared<const Node>(std::move(p)));
    return clauses;
}

namespace {

bool hasDottedKey(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (hasDottedKey(element))
                return true;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QLatin1Char('.')) || hasDottedKey(it.value()))
                return true;
        }
    }
    return false;
}

QJsonValue splitValue(const QJsonValue &value);
void mergeInto(QJsonObject &target, const QString &key, const QJsonValue &value);

// Two values on one dotted name: event-ruler sees both under that name.
QJsonValue combined(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        QJsonObject merged = a.toObject();
        const QJsonObject more = b.toObject();
        for (auto it = more.begin(); it != more.end(); ++it)
            mergeInto(merged, it.key(), it.value());
        return merged;
    }
    QJsonArray both = a.isArray() ? a.toArray() : QJsonArray{a};
    for (const QJsonValue &element : b.isArray() ? b.toArray() : QJsonArray{b})
        both.append(element);
    return both;
}

void mergeInto(QJsonObject &target, const QString &key, const QJsonValue &value)
{
    const auto at = target.constFind(key);
    target.insert(key, at == target.constEnd() ? value : combined(*at, value));
}

QJsonValue splitValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(splitValue(element));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QStringList segments = it.key().split(QLatin1Char('.'));
        QJsonValue nested = splitValue(it.value());
        for (qsizetype i = segments.size() - 1; i > 0; --i)
            nested = QJsonObject{{segments.at(i), nested}};
        mergeInto(out, segments.first(), nested);
    }
    return out;
}

} // namespace

QJsonObject eventWithDottedKeysSplit(const QJsonObject &event)
{
    // event-ruler flattens events to dotted names (Event.java, Path.java) as it does patterns:
    // {"a.b": 1} and {"a": {"b": 1}} are the same event to it.
    if (!hasDottedKey(event))
        return event;
    return splitValue(event).toObject();
}

QString appendPathKey(const QString &path, const QString &key)
{
    bool plain = !key.isEmpty();
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('$'))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return path + QLatin1String("['") + escaped + QLatin1String("']");
}

namespace {

// ---------------------------------------------------------------------------------------------
// Explanations

struct Why
{
    QString field;
    QString reason;
};

std::optional<Why> explainNode(const Node &node, const QJsonValue &value, const QString &path);

std::optional<Why> explainLeaf(const LeafTests &leaf, const QJsonValue &value, const QString &path)
{
    if (matchLeaf(leaf, value))
        return std::nullopt;
    std::vector<Value> values;
    collectValues(value, values);
    if (values.empty())
        return Why{path, Tr::tr("%1 is not in the event.").arg(path)};
    const QString seen = values.size() == 1 ? jsonText(values.front().toJson()) : jsonText(value);
    if (leaf.tests.size() == 1 && leaf.tests.front().op == Op::Exists && !leaf.tests.front().exists)
        return Why{path, Tr::tr("%1 is in the event (%2); the pattern needs it absent.").arg(path, seen)};
    const bool allExact =
        std::all_of(leaf.tests.begin(), leaf.tests.end(), [](const Test &t) { return t.op == Op::Exact; });
    if (allExact) {
        QStringList wanted;
        for (const QJsonValue &alternative : leaf.source)
            wanted.append(jsonText(alternative));
        return Why{path, Tr::tr("%1: %2 is not one of %3").arg(path, seen, wanted.join(QLatin1String(", ")))};
    }
    return Why{path, Tr::tr("%1: %2 does not match %3").arg(path, seen, jsonText(leaf.source))};
}

std::optional<Why> explainNode(const Node &node, const QJsonValue &value, const QString &path)
{
    if (matchNode(node, value))
        return std::nullopt;
    if (value.isArray() && !value.toArray().isEmpty()) {
        const std::optional<Why> first = explainNode(node, value.toArray().first(), index(path, 0));
        return Why{path,
                   Tr::tr("No element of %1 matches; in the first: %2").arg(path, first ? first->reason : QString())};
    }
    const QJsonObject object = value.isArray() ? QJsonObject() : value.toObject();
    for (const Field &field : node.fields) {
        const QString at = appendPathKey(path, field.key);
        const QJsonValue child = object.value(field.key);
        std::optional<Why> why = field.node ? explainNode(*field.node, child, at) : explainLeaf(*field.leaf, child, at);
        if (why)
            return why;
    }
    for (const auto &branches : node.ors) {
        bool any = false;
        for (const auto &branch : branches)
            any = any || matchNode(*branch, value);
        if (!any) {
            const std::optional<Why> first = explainNode(*branches.front(), value, path);
            return Why{
                first ? first->field : path,
                Tr::tr("None of the $or patterns matches; the first: %1").arg(first ? first->reason : QString())};
        }
    }
    return Why{path, Tr::tr("%1 does not match.").arg(path)};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// EventPattern

EventPattern::EventPattern() = default;
EventPattern::~EventPattern() = default;
EventPattern::EventPattern(const EventPattern &) = default;
EventPattern &EventPattern::operator=(const EventPattern &) = default;

namespace {

// The text without the white space between tokens: the stored form, keys in the order written.
QByteArray compactText(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

} // namespace

Result<EventPattern> EventPattern::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("$"),
                              Tr::tr("$: the event pattern is not valid JSON (%1 at offset %2).")
                                  .arg(error.errorString())
                                  .arg(error.offset),
                              error.offset);
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("$"), Tr::tr("$: the event pattern must be a JSON object."));
    // Compiled from the text: which of two conditions on one field stands depends on the order
    // of the keys, which the QJsonObject no longer has.
    auto root = parsePatternText(json, QStringLiteral("$"));
    if (!root)
        return root.error();
    auto compiled = std::make_shared<CompiledPattern>();
    compiled->json = doc.object();
    compiled->text = compactText(json);
    compiled->root = *root;
    EventPattern result;
    result.m_compiled = std::move(compiled);
    return result;
}

Result<EventPattern> EventPattern::fromJson(const QJsonObject &pattern)
{
    auto root = parsePatternNode(pattern, QStringLiteral("$"));
    if (!root)
        return root.error();
    auto compiled = std::make_shared<CompiledPattern>();
    compiled->json = pattern;
    compiled->text = QJsonDocument(pattern).toJson(QJsonDocument::Compact);
    compiled->root = *root;
    EventPattern result;
    result.m_compiled = std::move(compiled);
    return result;
}

QByteArray EventPattern::toJson() const
{
    return m_compiled ? m_compiled->text : QByteArray("{}");
}

QJsonObject EventPattern::json() const
{
    return m_compiled ? m_compiled->json : QJsonObject();
}

bool EventPattern::matches(const QJsonObject &event) const
{
    return m_compiled && matchNode(*m_compiled->root, eventWithDottedKeysSplit(event));
}

EventPattern::Explanation EventPattern::explain(const QJsonObject &event) const
{
    Explanation explanation;
    if (!m_compiled) {
        explanation.reason = Tr::tr("The event pattern is empty.");
        return explanation;
    }
    const std::optional<Why> why = explainNode(*m_compiled->root, eventWithDottedKeysSplit(event), QStringLiteral("$"));
    explanation.matched = !why;
    if (why) {
        explanation.field = why->field;
        explanation.reason = why->reason;
    }
    return explanation;
}

Status validateTestEvent(const QJsonObject &event)
{
    const char *const strings[] = {"id", "account", "source", "time", "region"};
    for (const char *name : strings) {
        const QString key = QLatin1String(name);
        const QString at = appendPathKey(QStringLiteral("$"), key);
        if (!event.contains(key))
            return invalid(at, Tr::tr("the event needs the field “%1”.").arg(key));
        if (!event.value(key).isString())
            return invalid(at, Tr::tr("“%1” must be a string.").arg(key));
    }
    const QString time = event.value(QLatin1String("time")).toString();
    if (!QDateTime::fromString(time, Qt::ISODateWithMs).isValid())
        return invalid(QStringLiteral("$.time"),
                       Tr::tr("“%1” is not an ISO-8601 time like 2026-03-01T08:00:00Z.").arg(time));
    if (!event.contains(QLatin1String("resources")))
        return invalid(QStringLiteral("$.resources"),
                       Tr::tr("the event needs the field “%1”.").arg(QStringLiteral("resources")));
    if (!event.value(QLatin1String("resources")).isArray())
        return invalid(QStringLiteral("$.resources"), Tr::tr("“resources” must be an array."));
    const QString detailType = QStringLiteral("detail-type");
    if (!event.contains(detailType))
        return invalid(QStringLiteral("$.detail-type"), Tr::tr("the event needs the field “%1”.").arg(detailType));
    if (!event.value(detailType).isString())
        return invalid(QStringLiteral("$.detail-type"), Tr::tr("“%1” must be a string.").arg(detailType));
    if (event.contains(QLatin1String("detail")) && !event.value(QLatin1String("detail")).isObject())
        return invalid(QStringLiteral("$.detail"), Tr::tr("“detail” must be a JSON object."));
    return {};
}

Result<bool> testEventPattern(const QByteArray &patternJson, const QByteArray &eventJson)
{
    // The CLI option names lead, then the JSON path inside that document.
    const auto under = [](const QString &option, const Error &error) { return error.about(option); };
    auto pattern = EventPattern::parse(patternJson);
    if (!pattern)
        return under(QStringLiteral("event-pattern"), pattern.error());
    QJsonParseError parseError;
    const QJsonDocument event = QJsonDocument::fromJson(eventJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return under(QStringLiteral("event"), Error::invalid(QStringLiteral("$"),
                                                             Tr::tr("$: the event is not valid JSON (%1 at offset %2).")
                                                                 .arg(parseError.errorString())
                                                                 .arg(parseError.offset),
                                                             parseError.offset));
    if (!event.isObject())
        return under(QStringLiteral("event"),
                     Error::invalid(QStringLiteral("$"), Tr::tr("$: the event must be a JSON object.")));
    const Status valid = validateTestEvent(event.object());
    if (!valid)
        return under(QStringLiteral("event"), valid.error());
    return pattern->matches(event.object());
}

} // namespace Pd::Events

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
        case ExcludeKind::Prefix: return v.kind == Value::String && !v.string.startsWith(excludedTexts.first());
        case ExcludeKind::Suffix: return v.kind == Value::String && !v.string.endsWith(excludedTexts.first());
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

// ---------------------------------------------------------------------------------------------
// Parsing and validation

namespace {

// EventBridge compares numbers within this range (event-ruler's ComparableNumber).
constexpr double kNumericLimit = 5.0e9;
// $or choices multiply; EventBridge refuses patterns that expand too far, so do we.
constexpr std::size_t kMaxClauses = 1000;

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Error invalid(const QString &path, const QString &why)
{
    return Error::invalid(path, QStringLiteral("%1: %2").arg(path, why));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

Result<Wildcard> parseWildcard(const QString &text, const QString &path)
{
    Wildcard w;
    QString piece;
    bool lastWasStar = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size() || (text.at(i + 1) != QLatin1Char('*') && text.at(i + 1) != QLatin1Char('\\')))
                return invalid(path, Tr::tr("in a wildcard, “\\” may only escape “*” or “\\”."));
            piece += text.at(++i);
            lastWasStar = false;
        } else if (c == QLatin1Char('*')) {
            if (lastWasStar)
                return invalid(path, Tr::tr("a wildcard may not have consecutive stars (**)."));
            w.pieces.append(piece);
            piece.clear();
            lastWasStar = true;
        } else {
            piece += c;
            lastWasStar = false;
        }
    }
    w.pieces.append(piece);
    return w;
}

Result<CidrBlock> parseCidr(const QString &text, const QString &path)
{
    auto bad = [&] {
        return invalid(path, Tr::tr("“%1” is not a CIDR block like 10.0.0.0/24 or 2001:db8::/32.").arg(text));
    };
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return bad();
    const std::optional<IpAddress> ip = parseIpAddress(QStringView(text).first(slash));
    bool ok = false;
    const QStringView lengthText = QStringView(text).mid(slash + 1);
    const int length = lengthText.toInt(&ok);
    if (!ip || !ok || lengthText.isEmpty() || !lengthText.front().isDigit() || length < 0 ||
        length > (ip->v6 ? 128 : 32))
        return bad();
    return CidrBlock{*ip, length};
}

bool isString(const QJsonValue &v)
{
    return v.isString();
}

Result<Test> parsePrefixOrSuffix(Op op, const QJsonValue &arg, const QString &path, const QString &name)
{
    Test test;
    test.op = op;
    if (arg.isString()) {
        test.text = arg.toString();
        return test;
    }
    const QJsonObject object = arg.toObject();
    if (arg.isObject() && object.size() == 1 && object.begin().key() == QLatin1String("equals-ignore-case") &&
        object.begin().value().isString()) {
        test.ignoreCase = true;
        test.text = object.begin().value().toString().toLower();
        return test;
    }
    return invalid(path, Tr::tr("%1 needs a string or {\"equals-ignore-case\": \"…\"}.").arg(name));
}

Result<Test> parseNumeric(const QJsonValue &arg, const QString &path)
{
    const auto bad = [&] {
        return invalid(path, Tr::tr("numeric needs an operator followed by a number: [\"=\", 5], [\">\", 0], "
                                    "[\">=\", 0, \"<\", 10] (=, <, <=, >, >=)."));
    };
    const QJsonArray list = arg.toArray();
    if (!arg.isArray() || (list.size() != 2 && list.size() != 4))
        return bad();
    Test test;
    test.op = Op::Numeric;
    test.low = -std::numeric_limits<double>::infinity();
    test.high = std::numeric_limits<double>::infinity();
    bool haveLow = false;
    bool haveHigh = false;
    for (qsizetype i = 0; i < list.size(); i += 2) {
        const QString op = list.at(i).toString();
        const QJsonValue number = list.at(i + 1);
        if (!list.at(i).isString() || !number.isDouble())
            return bad();
        const double x = number.toDouble();
        if (x < -kNumericLimit || x > kNumericLimit)
            return invalid(index(path, i + 1), Tr::tr("numeric values must be between -5.0e9 and 5.0e9."));
        if (op == QLatin1String("=") && list.size() == 2) {
            test.low = test.high = x;
            test.lowInclusive = test.highInclusive = true;
        } else if ((op == QLatin1String(">") || op == QLatin1String(">=")) && !haveLow && !haveHigh) {
            test.low = x;
            test.lowInclusive = op.size() == 2;
            haveLow = true;
        } else if ((op == QLatin1String("<") || op == QLatin1String("<=")) && !haveHigh && (i == 0 || haveLow)) {
            test.high = x;
            test.highInclusive = op.size() == 2;
            haveHigh = true;
        } else if (op == QLatin1String("=") || op == QLatin1String("<") || op == QLatin1String("<=") ||
                   op == QLatin1String(">") || op == QLatin1String(">=")) {
            return invalid(index(path, i), Tr::tr("a numeric range is a lower bound (> or >=) followed by an "
                                                  "upper bound (< or <=)."));
        } else {
            return invalid(index(path, i), Tr::tr("“%1” is not a numeric operator (=, <, <=, >, >=).").arg(op));
        }
    }
    if (haveLow && haveHigh && !(test.low < test.high))
        return invalid(path, Tr::tr("the lower bound of a numeric range must be below its upper bound."));
    return test;
}

Result<Test> parseAnythingBut(const QJsonValue &arg, const QString &path)
{
    Test test;
    test.op = Op::AnythingBut;
    const auto value = [&](const QJsonValue &v, const QString &at) -> Result<Value> {
        if (v.isString() || v.isDouble())
            return Value::fromJson(v);
        return invalid(at, Tr::tr("anything-but lists strings or numbers."));
    };
    if (arg.isString() || arg.isDouble()) {
        test.excludedValues.push_back(Value::fromJson(arg));
        return test;
    }
    if (arg.isArray()) {
        const QJsonArray list = arg.toArray();
        if (list.isEmpty())
            return invalid(path, Tr::tr("anything-but needs at least one value."));
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto v = value(list.at(i), index(path, i));
            if (!v)
                return v.error();
            test.excludedValues.push_back(*v);
        }
        return test;
    }
    const QJsonObject object = arg.toObject();
    if (!arg.isObject() || object.size() != 1)
        return invalid(path, Tr::tr("anything-but needs a value, a list of values, or one of {\"prefix\": …}, "
                                    "{\"suffix\": …}, {\"equals-ignore-case\": …}, {\"wildcard\": …}."));
    const QString name = object.begin().key();
    const QJsonValue inner = object.begin().value();
    const QString innerPath = appendPathKey(path, name);
    if (name == QLatin1String("prefix") || name == QLatin1String("suffix")) {
        if (!inner.isString() || inner.toString().isEmpty())
            return invalid(innerPath, Tr::tr("anything-but %1 needs a non-empty string.").arg(name));
        test.exclude = name == QLatin1String("prefix") ? ExcludeKind::Prefix : ExcludeKind::Suffix;
        test.excludedTexts.append(inner.toString());
        return test;
    }
    if (name == QLatin1String("equals-ignore-case") || name == QLatin1String("wildcard")) {
        QJsonArray list = inner.isArray() ? inner.toArray() : QJsonArray{inner};
        if (list.isEmpty() || !std::all_of(list.begin(), list.end(), isString))
            return invalid(innerPath, Tr::tr("anything-but %1 needs a string or a list of strings.").arg(name));
        const bool wildcard = name == QLatin1String("wildcard");
        test.exclude = wildcard ? ExcludeKind::Wildcard : ExcludeKind::EqualsIgnoreCase;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (wildcard) {
                auto w = parseWildcard(list.at(i).toString(), inner.isArray() ? index(innerPath, i) : innerPath);
                if (!w)
                    return w.error();
                test.wildcards.push_back(*w);
            } else {
                test.excludedTexts.append(list.at(i).toString().toLower());
            }
        }
        return test;
    }
    return invalid(innerPath, Tr::tr("“%1” can not be used inside anything-but; use prefix, suffix, "
                                     "equals-ignore-case or wildcard.")
                                  .arg(name));
}

Result<Test> parseOperator(const QJsonObject &object, const QString &path)
{
    if (object.size() != 1)
        return invalid(path, Tr::tr("an operator object has exactly one operator: prefix, suffix, anything-but, "
                                    "numeric, exists, cidr, equals-ignore-case or wildcard."));
    const QString name = object.begin().key();
    const QJsonValue arg = object.begin().value();
    const QString at = appendPathKey(path, name);
    if (name == QLatin1String("prefix"))
        return parsePrefixOrSuffix(Op::Prefix, arg, at, name);
    if (name == QLatin1String("suffix"))
        return parsePrefixOrSuffix(Op::Suffix, arg, at, name);
    if (name == QLatin1String("numeric"))
        return parseNumeric(arg, at);
    if (name == QLatin1String("anything-but"))
        return parseAnythingBut(arg, at);
    Test test;
    if (name == QLatin1String("exists")) {
        if (!arg.isBool())
            return invalid(at, Tr::tr("exists needs true or false."));
        test.op = Op::Exists;
        test.exists = arg.toBool();
        return test;
    }
    if (name == QLatin1String("equals-ignore-case")) {
        if (!arg.isString())
            return invalid(at, Tr::tr("equals-ignore-case needs a string."));
        test.op = Op::EqualsIgnoreCase;
        test.text = arg.toString().toLower();
        return test;
    }
    if (name == QLatin1String("wildcard")) {
        if (!arg.isString())
            return invalid(at, Tr::tr("wildcard needs a string."));
        auto w = parseWildcard(arg.toString(), at);
        if (!w)
            return w.error();
        test.op = Op::Wildcard;
        test.wildcards.push_back(*w);
        return test;
    }
    if (name == QLatin1String("cidr")) {
        if (!arg.isString())
            return invalid(at, Tr::tr("cidr needs a string like 10.0.0.0/24."));
        auto block = parseCidr(arg.toString(), at);
        if (!block)
            return block.error();
        test.op = Op::Cidr;
        test.cidr = *block;
        return test;
    }
    return invalid(at, Tr::tr("“%1” is not an operator of event patterns (prefix, suffix, anything-but, numeric, "
                              "exists, cidr, equals-ignore-case, wildcard).")
                           .arg(name));
}

Result<std::shared_ptr<const LeafTests>> parseLeaf(const QJsonArray &alternatives, const QString &path)
{
    if (alternatives.isEmpty())
        return invalid(path, Tr::tr("needs at least one value to match."));
    auto leaf = std::make_shared<LeafTests>();
    leaf->source = alternatives;
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        const QJsonValue alternative = alternatives.at(i);
        const QString at = index(path, i);
        if (alternative.isArray())
            return invalid(at, Tr::tr("an alternative is a value or an object with one operator, not an array."));
        if (!alternative.isObject()) {
            Test test;
            test.value = Value::fromJson(alternative);
            leaf->tests.push_back(std::move(test));
            continue;
        }
        auto test = parseOperator(alternative.toObject(), at);
        if (!test)
            return test.error();
        if (test->op == Op::Exists && !test->exists)
            leaf->absentOk = true;
        leaf->tests.push_back(std::move(*test));
    }
    return std::shared_ptr<const LeafTests>(std::move(leaf));
}

Result<std::shared_ptr<const Node>> parseNode(const QJsonObject &object, const QString &path)
{
    if (object.isEmpty())
        return invalid(path, path == QLatin1String("$") ? Tr::tr("an event pattern needs at least one field.")
                                                        : Tr::tr("an object in an event pattern needs at least one "
                                                                 "field."));
    auto node = std::make_shared<Node>();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = appendPathKey(path, it.key());
        const QJsonValue value = it.value();
        if (it.key() == QLatin1String("$or")) {
            const QJsonArray branches = value.toArray();
            if (!value.isArray() || branches.size() < 2)
                return invalid(at, Tr::tr("$or needs at least two patterns."));
            std::vector<std::shared_ptr<const Node>> parsed;
            for (qsizetype i = 0; i < branches.size(); ++i) {
                if (!branches.at(i).isObject())
                    return invalid(index(at, i), Tr::tr("each $or alternative must be an object."));
                auto branch = parseNode(branches.at(i).toObject(), index(at, i));
                if (!branch)
                    return branch.error();
                parsed.push_back(*branch);
            }
            node->ors.push_back(std::move(parsed));
        } else if (value.isObject()) {
            auto child = parseNode(value.toObject(), at);
            if (!child)
                return child.error();
            node->fields.push_back(Field{it.key(), *child, nullptr});
        } else if (value.isArray()) {
            auto leaf = parseLeaf(value.toArray(), at);
            if (!leaf)
                return leaf.error();
            node->fields.push_back(Field{it.key(), nullptr, *leaf});
        } else {
            return invalid(at, Tr::tr("must be an array of values to match, or an object of fields."));
        }
    }
    return std::shared_ptr<const Node>(std::move(node));
}

std::size_t clauseCount(const Node &node)
{
    std::size_t count = 1;
    const auto times = [&count](std::size_t n) {
        count = std::min(count * std::max<std::size_t>(n, 1), kMaxClauses + 1);
    };
    for (const Field &field : node.fields) {
        if (field.node)
            times(clauseCount(*field.node));
    }
    for (const auto &branches : node.ors) {
        std::size_t sum = 0;
        for (const auto &branch : branches)
            sum = std::min(sum + clauseCount(*branch), kMaxClauses + 1);
        times(sum);
    }
    return count;
}

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
    return fromJson(doc.object());
}

Result<EventPattern> EventPattern::fromJson(const QJsonObject &pattern)
{
    auto root = parseNode(pattern, QStringLiteral("$"));
    if (!root)
        return root.error();
    if (clauseCount(**root) > kMaxClauses)
        return Error::invalid(QStringLiteral("$"), Tr::tr("$: the $or alternatives of this pattern combine into more "
                                                          "than %1 patterns; simplify it.")
                                                       .arg(kMaxClauses));
    auto compiled = std::make_shared<CompiledPattern>();
    compiled->json = pattern;
    compiled->root = *root;
    EventPattern result;
    result.m_compiled = std::move(compiled);
    return result;
}

QByteArray EventPattern::toJson() const
{
    return m_compiled ? QJsonDocument(m_compiled->json).toJson(QJsonDocument::Compact) : QByteArray("{}");
}

QJsonObject EventPattern::json() const
{
    return m_compiled ? m_compiled->json : QJsonObject();
}

bool EventPattern::matches(const QJsonObject &event) const
{
    return m_compiled && matchNode(*m_compiled->root, event);
}

EventPattern::Explanation EventPattern::explain(const QJsonObject &event) const
{
    Explanation explanation;
    if (!m_compiled) {
        explanation.reason = Tr::tr("The event pattern is empty.");
        return explanation;
    }
    const std::optional<Why> why = explainNode(*m_compiled->root, event, QStringLiteral("$"));
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
    const auto under = [](const QString &option, Error error) {
        error.message = QStringLiteral("%1: %2").arg(option, error.message);
        error.field = option;
        return error;
    };
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

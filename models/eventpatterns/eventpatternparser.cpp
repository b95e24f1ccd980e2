// Parsing and validating an event pattern's JSON into the Node tree of eventpattern_p.h, with
// errors that name the JSON path of the bad part. The interpreter, the explanations and
// TestEventPattern are in eventpattern.cpp; the many-pattern matcher in patternmatcher.cpp.

#include "core/tr.h"
#include "eventpatterns/eventpattern_p.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace Pd::Events {

namespace {

// EventBridge compares numbers within this range (event-ruler's ComparableNumber).
constexpr double kNumericLimit = 5.0e9;

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
        // event-ruler (JsonRuleCompiler.processAnythingButValuesSetMatchExpression and its
        // single-value twin) takes one string or a list of strings, none of them empty ("Null
        // prefix/suffix not allowed"); the value passes when it starts (ends) with none of them.
        // An empty list passes its compiler but not Machine.addRule (no state to add the rule
        // to), so it is refused here.
        const auto bad = [&](const QString &at) {
            return invalid(at, Tr::tr("anything-but %1 needs a non-empty string or a list of non-empty strings.")
                                   .arg(name));
        };
        if (!inner.isString() && !inner.isArray())
            return bad(innerPath);
        const QJsonArray list = inner.isArray() ? inner.toArray() : QJsonArray{inner};
        if (list.isEmpty())
            return bad(innerPath);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                return bad(inner.isArray() ? index(innerPath, i) : innerPath);
            test.excludedTexts.append(list.at(i).toString());
        }
        test.exclude = name == QLatin1String("prefix") ? ExcludeKind::Prefix : ExcludeKind::Suffix;
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
        count = std::min(count * std::max<std::size_t>(n, 1), kMaxPatternClauses + 1);
    };
    for (const Field &field : node.fields) {
        if (field.node)
            times(clauseCount(*field.node));
    }
    for (const auto &branches : node.ors) {
        std::size_t sum = 0;
        for (const auto &branch : branches)
            sum = std::min(sum + clauseCount(*branch), kMaxPatternClauses + 1);
        times(sum);
    }
    return count;
}
} // namespace

Result<std::shared_ptr<const Node>> parsePatternNode(const QJsonObject &object, const QString &path)
{
    return parseNode(object, path);
}

std::size_t patternClauseCount(const Node &node)
{
    return clauseCount(node);
}

} // namespace Pd::Events

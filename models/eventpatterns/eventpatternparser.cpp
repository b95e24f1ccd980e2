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

// --- The pattern as written ----------------------------------------------------------------
//
// event-ruler reads a pattern as a stream of tokens (JsonRuleCompiler), so the order of its keys
// decides which of two conditions on one field stands (see compileObject); QJsonObject sorts its
// keys and keeps only the last of repeated ones. So the pattern's text is read here once more,
// into a tree that keeps every member in document order. The text was accepted by QJsonDocument
// first, so this reader never sees malformed JSON.

struct Ordered
{
    QJsonValue value;                                 // as QJsonDocument reads it
    std::vector<std::pair<QString, Ordered>> members; // objects: in document order, repeats kept
    std::vector<Ordered> elements;                    // arrays
    bool object = false;
};

class OrderedReader
{
public:
    explicit OrderedReader(const QByteArray &text)
        : m_text(text)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_at = 3; // a UTF-8 byte order mark, which QJsonDocument passes over too
    }

    Ordered read()
    {
        skipSpace();
        switch (peek()) {
        case '{': return readObject();
        case '[': return readArray();
        case '"': return Ordered{QJsonValue(readString()), {}, {}, false};
        default: return Ordered{readLiteral(), {}, {}, false};
        }
    }

private:
    char peek() const { return m_at < m_text.size() ? m_text.at(m_at) : '\0'; }
    void skipSpace()
    {
        while (m_at < m_text.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    Ordered readObject()
    {
        Ordered o;
        o.object = true;
        QJsonObject value;
        ++m_at; // '{'
        for (skipSpace(); peek() == '"'; skipSpace()) {
            QString key = readString();
            skipSpace();
            ++m_at; // ':'
            Ordered member = read();
            value.insert(key, member.value); // as QJsonDocument: the last of repeated keys
            o.members.emplace_back(std::move(key), std::move(member));
            skipSpace();
            if (peek() == ',')
                ++m_at;
        }
        ++m_at; // '}'
        o.value = value;
        return o;
    }

    Ordered readArray()
    {
        Ordered a;
        QJsonArray value;
        ++m_at; // '['
        for (skipSpace(); peek() != ']' && peek() != '\0'; skipSpace()) {
            Ordered element = read();
            value.append(element.value);
            a.elements.push_back(std::move(element));
            skipSpace();
            if (peek() == ',')
                ++m_at;
        }
        ++m_at; // ']'
        a.value = value;
        return a;
    }

    QString readString()
    {
        const qsizetype from = ++m_at; // after the opening quote
        bool escaped = false;
        for (; peek() != '"'; ++m_at) {
            if (peek() == '\\') {
                escaped = true;
                ++m_at;
            }
        }
        const QByteArray raw = m_text.mid(from, m_at - from);
        ++m_at; // the closing quote
        if (!escaped)
            return QString::fromUtf8(raw);
        // Escapes are rare in patterns: let Qt's reader decode them.
        return QJsonDocument::fromJson('[' + m_text.mid(from - 1, raw.size() + 2) + ']').array().at(0).toString();
    }

    QJsonValue readLiteral()
    {
        const qsizetype from = m_at;
        while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(peek()))
            ++m_at;
        return QJsonDocument::fromJson('[' + m_text.mid(from, m_at - from) + ']').array().at(0);
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
};

Ordered orderedOf(const QJsonValue &value)
{
    Ordered o;
    o.value = value;
    if (value.isObject()) {
        o.object = true;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            o.members.emplace_back(it.key(), orderedOf(it.value()));
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            o.elements.push_back(orderedOf(element));
    }
    return o;
}

// --- Compiling, as event-ruler's JsonRuleCompiler does -----------------------------------------
//
// A pattern becomes a list of sub-rules (the pattern matches when one of them does), each a map
// from a field name to its alternatives. Field names are the keys on the way down joined with
// "." (event-ruler's Path), so {"detail": {"state": [...]}} and {"detail.state": [...]} name the
// same field. Members are taken in document order and a field written again replaces what the
// sub-rule had for it (writeRules: rule.put(name, values), event-ruler's default "rule
// overriding"). A "$or" copies the sub-rules built so far once per branch and adds the branch's
// fields to its copies (parseIntoOrRelationship), so a field given before the "$or" and again
// inside a branch takes the branch's condition in that branch, and a field given after the "$or"
// replaces the branches' conditions in all of them.

struct SubRule
{
    std::vector<std::pair<QString, std::shared_ptr<const LeafTests>>> fields; // first-written order

    void put(const QString &name, const std::shared_ptr<const LeafTests> &leaf)
    {
        for (auto &field : fields) {
            if (field.first == name) {
                field.second = leaf;
                return;
            }
        }
        fields.emplace_back(name, leaf);
    }
};

Status compileObject(std::vector<SubRule> &rules, const QString &prefix, const Ordered &object, const QString &path)
{
    if (object.members.empty())
        return invalid(path, path == QLatin1String("$") ? Tr::tr("an event pattern needs at least one field.")
                                                        : Tr::tr("an object in an event pattern needs at least one "
                                                                 "field."));
    for (const auto &[key, value] : object.members) {
        const QString at = appendPathKey(path, key);
        if (key == QLatin1String("$or")) {
            if (!value.value.isArray() || value.elements.size() < 2)
                return invalid(at, Tr::tr("$or needs at least two patterns."));
            const std::vector<SubRule> current = std::move(rules);
            rules.clear();
            for (size_t i = 0; i < value.elements.size(); ++i) {
                if (!value.elements[i].object)
                    return invalid(index(at, qsizetype(i)), Tr::tr("each $or alternative must be an object."));
                std::vector<SubRule> branch = current.empty() ? std::vector<SubRule>(1) : current;
                if (Status s = compileObject(branch, prefix, value.elements[i], index(at, qsizetype(i))); !s)
                    return s;
                // EventBridge refuses patterns whose $or choices multiply too far, so do we.
                if (rules.size() + branch.size() > kMaxPatternClauses)
                    return Error::invalid(QStringLiteral("$"),
                                          Tr::tr("$: the $or alternatives of this pattern combine into more than "
                                                 "%1 patterns; simplify it.")
                                              .arg(kMaxPatternClauses));
                rules.insert(rules.end(), std::make_move_iterator(branch.begin()),
                             std::make_move_iterator(branch.end()));
            }
            continue;
        }
        const QString name = prefix.isNull() ? key : prefix + QLatin1Char('.') + key;
        if (value.object) {
            if (Status s = compileObject(rules, name, value, at); !s)
                return s;
        } else if (value.value.isArray()) {
            auto leaf = parseLeaf(value.value.toArray(), at);
            if (!leaf)
                return leaf.error();
            if (rules.empty())
                rules.emplace_back();
            for (SubRule &rule : rules)
                rule.put(name, *leaf);
        } else {
            return invalid(at, Tr::tr("must be an array of values to match, or an object of fields."));
        }
    }
    return {};
}

// A sub-rule as a tree: its field names split at the dots, as the event's keys are (see
// eventWithDottedKeysSplit), so that arrays of objects in the event keep their fields together.
std::shared_ptr<const Node> treeOf(const SubRule &rule)
{
    struct Building
    {
        std::vector<std::pair<QString, std::unique_ptr<Building>>> children;
        std::vector<Field> leaves;
        std::shared_ptr<const Node> freeze() const
        {
            auto node = std::make_shared<Node>();
            for (const auto &[key, child] : children)
                node->fields.push_back(Field{key, child->freeze(), nullptr});
            node->fields.insert(node->fields.end(), leaves.begin(), leaves.end());
            return node;
        }
    };
    Building root;
    for (const auto &[name, leaf] : rule.fields) {
        const QStringList segments = name.split(QLatin1Char('.'));
        Building *at = &root;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            auto child = std::find_if(at->children.begin(), at->children.end(),
                                      [&](const auto &c) { return c.first == segments.at(i); });
            if (child == at->children.end()) {
                at->children.emplace_back(segments.at(i), std::make_unique<Building>());
                child = at->children.end() - 1;
            }
            at = child->second.get();
        }
        at->leaves.push_back(Field{segments.last(), nullptr, leaf});
    }
    return root.freeze();
}

Result<std::shared_ptr<const Node>> compilePattern(const Ordered &pattern, const QString &path)
{
    std::vector<SubRule> rules;
    if (Status s = compileObject(rules, QString(), pattern, path); !s)
        return s.error();
    if (rules.size() == 1)
        return treeOf(rules.front());
    auto root = std::make_shared<Node>();
    std::vector<std::shared_ptr<const Node>> branches;
    for (const SubRule &rule : rules)
        branches.push_back(treeOf(rule));
    root->ors.push_back(std::move(branches));
    return std::shared_ptr<const Node>(std::move(root));
}

} // namespace

Result<std::shared_ptr<const Node>> parsePatternNode(const QJsonObject &object, const QString &path)
{
    // No document order here: the keys come sorted, as QJsonObject keeps them.
    return compilePattern(orderedOf(object), path);
}

Result<std::shared_ptr<const Node>> parsePatternText(const QByteArray &json, const QString &path)
{
    return compilePattern(OrderedReader(json).read(), path);
}

} // namespace Pd::Events

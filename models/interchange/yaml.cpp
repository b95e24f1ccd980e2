#include "interchange/yaml.h"

#include "core/tr.h"
#include "interchange/documentlimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Pd::Yaml {

namespace {

Error errorAt(const yaml_mark_t &mark, const QString &reason)
{
    return Error::invalid(QStringLiteral("yaml"),
                          Tr::tr("line %1, column %2: %3").arg(mark.line + 1).arg(mark.column + 1).arg(reason),
                          int(mark.index));
}

QString scalarText(const yaml_event_t &event)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                             qsizetype(event.data.scalar.length));
}

QString tagText(const yaml_char_t *tag)
{
    return tag ? QString::fromUtf8(reinterpret_cast<const char *>(tag)) : QString();
}

// A plain scalar read as the YAML 1.2 core schema says.
QJsonValue resolvePlain(const QString &text)
{
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression trueRe(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression hexRe(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octRe(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullRe.match(text).hasMatch())
        return QJsonValue::Null;
    if (trueRe.match(text).hasMatch())
        return true;
    if (falseRe.match(text).hasMatch())
        return false;
    bool ok = false;
    if (intRe.match(text).hasMatch()) {
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(n);
    } else if (hexRe.match(text).hasMatch()) {
        const qint64 n = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return QJsonValue(n);
    } else if (octRe.match(text).hasMatch()) {
        const qint64 n = text.mid(2).toLongLong(&ok, 8);
        if (ok)
            return QJsonValue(n);
    }
    if (floatRe.match(text).hasMatch()) {
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    // .inf and .nan have no JSON form; they stay text, as does everything else.
    return text;
}

// CloudFormation's short forms: !Ref X → {"Ref": X}, !GetAtt a.b → {"Fn::GetAtt": [a, b]},
// !Sub ... → {"Fn::Sub": ...}.
QJsonValue applyLocalTag(const QString &tag, const QJsonValue &value)
{
    const QString name = tag.mid(1);
    if (name == QLatin1String("Ref") || name == QLatin1String("Condition"))
        return QJsonObject{{name, value}};
    if (name == QLatin1String("GetAtt") && value.isString()) {
        const QString text = value.toString();
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        if (dot > 0)
            return QJsonObject{{QStringLiteral("Fn::GetAtt"), QJsonArray{text.left(dot), text.mid(dot + 1)}}};
    }
    return QJsonObject{{QStringLiteral("Fn::") + name, value}};
}

struct Frame
{
    bool isMapping = false;
    QJsonObject object;
    QJsonArray array;
    QString key; // the pending key of a mapping
    bool haveKey = false;
    QString anchor;
    QString tag;
    yaml_mark_t start{};
    int childHeight = 0; // how many levels the deepest child nests (0: no container inside)
};

Error tooDeep(const yaml_mark_t &mark)
{
    return errorAt(mark, Tr::tr("the document nests deeper than %1 levels").arg(DocumentLimits::maxDepth));
}

class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_text(text)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(m_text.constData()),
                                     size_t(m_text.size()));
    }
    ~Parser() { yaml_parser_delete(&m_parser); }

    Result<QJsonValue> run()
    {
        QJsonValue root;
        bool haveRoot = false;
        int documents = 0;
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&m_parser, &event)) {
                const QString problem = QString::fromUtf8(m_parser.problem ? m_parser.problem : "syntax error");
                const QString context = QString::fromUtf8(m_parser.context ? m_parser.context : "");
                return errorAt(m_parser.problem_mark,
                               context.isEmpty() ? problem : Tr::tr("%1 (%2)").arg(problem, context));
            }
            std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> guard(&event, yaml_event_delete);
            switch (event.type) {
            case YAML_STREAM_END_EVENT: return haveRoot ? root : QJsonValue(QJsonValue::Null);
            case YAML_DOCUMENT_START_EVENT:
                if (++documents > 1)
                    return errorAt(event.start_mark,
                                   Tr::tr("the file holds more than one YAML document; expected one"));
                break;
            case YAML_MAPPING_START_EVENT:
            case YAML_SEQUENCE_START_EVENT: {
                Frame frame;
                frame.isMapping = event.type == YAML_MAPPING_START_EVENT;
                const auto &data = frame.isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
                frame.anchor = tagText(data);
                frame.tag = tagText(frame.isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag);
                frame.start = event.start_mark;
                if (!m_stack.isEmpty() && m_stack.last().isMapping && !m_stack.last().haveKey)
                    return errorAt(event.start_mark,
                                   Tr::tr("a mapping key must be a plain value, not a list or mapping"));
                // Refused here, as the first level too deep starts: libyaml is not asked for more.
                if (m_stack.size() >= DocumentLimits::maxDepth)
                    return tooDeep(event.start_mark);
                m_stack.append(frame);
                break;
            }
            case YAML_MAPPING_END_EVENT:
            case YAML_SEQUENCE_END_EVENT: {
                Frame frame = m_stack.takeLast();
                QJsonValue value = frame.isMapping ? QJsonValue(frame.object) : QJsonValue(frame.array);
                if (frame.tag.size() > 1 && frame.tag.startsWith(QLatin1Char('!')) &&
                    !frame.tag.startsWith(QLatin1String("!!")))
                    value = applyLocalTag(frame.tag, value);
                const int height = frame.childHeight + 1;
                if (!frame.anchor.isEmpty()) {
                    m_anchors.insert(frame.anchor, value);
                    m_anchorHeights.insert(frame.anchor, height);
                }
                if (!m_stack.isEmpty())
                    m_stack.last().childHeight = std::max(m_stack.last().childHeight, height);
                if (Status s = add(value, event.start_mark); !s)
                    return s.error();
                if (m_stack.isEmpty()) {
                    root = value;
                    haveRoot = true;
                }
                break;
            }
            case YAML_SCALAR_EVENT: {
                const QString text = scalarText(event);
                const QString tag = tagText(event.data.scalar.tag);
                QJsonValue value;
                if (tag == QLatin1String("tag:yaml.org,2002:str") || event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
                    value = text;
                else
                    value = resolvePlain(text);
                // Keys are always text, whatever they look like.
                if (!m_stack.isEmpty() && m_stack.last().isMapping && !m_stack.last().haveKey)
                    value = text;
                else if (tag.size() > 1 && tag.startsWith(QLatin1Char('!')) && !tag.startsWith(QLatin1String("!!")))
                    value = applyLocalTag(tag, value);
                const QString anchor = tagText(event.data.scalar.anchor);
                if (!anchor.isEmpty()) {
                    m_anchors.insert(anchor, value);
                    m_anchorHeights.insert(anchor, 0);
                }
                if (Status s = add(value, event.start_mark); !s)
                    return s.error();
                if (m_stack.isEmpty()) {
                    root = value;
                    haveRoot = true;
                }
                break;
            }
            case YAML_ALIAS_EVENT: {
                const QString anchor = tagText(event.data.alias.anchor);
                if (!m_anchors.contains(anchor))
                    return errorAt(event.start_mark, Tr::tr("the alias *%1 names no anchor").arg(anchor));
                // An alias copies its anchor's levels to where it stands.
                const int height = m_anchorHeights.value(anchor);
                if (m_stack.size() + height > DocumentLimits::maxDepth)
                    return tooDeep(event.start_mark);
                if (!m_stack.isEmpty())
                    m_stack.last().childHeight = std::max(m_stack.last().childHeight, height);
                if (Status s = add(m_anchors.value(anchor), event.start_mark); !s)
                    return s.error();
                break;
            }
            default: break;
            }
        }
    }

private:
    Status add(const QJsonValue &value, const yaml_mark_t &mark)
    {
        if (m_stack.isEmpty())
            return {};
        Frame &top = m_stack.last();
        if (!top.isMapping) {
            top.array.append(value);
            return {};
        }
        if (!top.haveKey) {
            const QString key = value.toString();
            if (top.object.contains(key))
                return errorAt(mark, Tr::tr("the key “%1” appears twice in one mapping").arg(key));
            top.key = key;
            top.haveKey = true;
            return {};
        }
        top.object.insert(top.key, value);
        top.haveKey = false;
        return {};
    }

    QByteArray m_text;
    yaml_parser_t m_parser;
    QList<Frame> m_stack;
    QHash<QString, QJsonValue> m_anchors;
    QHash<QString, int> m_anchorHeights;
};

// --- Emitting ---------------------------------------------------------------------------------

QStringList orderedKeys(const QJsonObject &object, const QStringList &order)
{
    QStringList keys;
    for (const QString &key : order) {
        if (object.contains(key) && !keys.contains(key))
            keys.append(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || text != text.trimmed())
        return true;
    // Anything a reader would take for another type (also YAML 1.1's yes/no/on/off).
    if (!resolvePlain(text).isString())
        return true;
    static const QRegularExpression yaml11(QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|"
                                                          "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|=|<<)$"));
    if (yaml11.match(text).hasMatch())
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.at(0)))
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xfeff) || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator || c.unicode() == 0x85)
            return true;
    }
    return false;
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c == QChar(0xfeff) ||
                c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString number(double d)
{
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return number(value.toDouble());
    case QJsonValue::String: return needsQuotes(value.toString()) ? quoted(value.toString()) : value.toString();
    case QJsonValue::Array: return QStringLiteral("[]");
    case QJsonValue::Object: return QStringLiteral("{}");
    }
    return QString();
}

bool isBlock(const QJsonValue &value)
{
    return (value.isObject() && !value.toObject().isEmpty()) || (value.isArray() && !value.toArray().isEmpty());
}

// Writes a non-empty object or array whose first line continues the current one when `inline`
// (after "- "), each line indented by `indent` spaces.
void emitBlock(QString &out, const QJsonValue &value, int indent, bool continueLine, const EmitOptions &options)
{
    const QString pad(indent, QLatin1Char(' '));
    bool first = true;
    auto lineStart = [&]() {
        if (!(first && continueLine))
            out += pad;
        first = false;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &key : orderedKeys(object, options.keyOrder)) {
            lineStart();
            const QJsonValue child = object.value(key);
            out += scalar(key) + QLatin1Char(':');
            if (child.isObject() && isBlock(child)) {
                out += QLatin1Char('\n');
                emitBlock(out, child, indent + 2, false, options);
            } else if (child.isArray() && isBlock(child)) {
                out += QLatin1Char('\n');
                emitBlock(out, child, indent + 2, false, options);
            } else {
                out += QLatin1Char(' ') + scalar(child) + QLatin1Char('\n');
            }
        }
        return;
    }
    for (const QJsonValue &item : value.toArray()) {
        lineStart();
        out += QLatin1String("- ");
        if (isBlock(item))
            emitBlock(out, item, indent + 2, true, options);
        else
            out += scalar(item) + QLatin1Char('\n');
    }
}

void emitJsonValue(QString &out, const QJsonValue &value, int indent, const EmitOptions &options)
{
    const QString pad(indent + 4, QLatin1Char(' '));
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        const QStringList keys = orderedKeys(object, options.keyOrder);
        out += QLatin1String("{\n");
        for (int i = 0; i < keys.size(); ++i) {
            out += pad +
                   QString::fromUtf8(
                       QJsonDocument(QJsonArray{keys.at(i)}).toJson(QJsonDocument::Compact).mid(1).chopped(1)) +
                   QLatin1String(": ");
            emitJsonValue(out, object.value(keys.at(i)), indent + 4, options);
            out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        out += QLatin1String("[\n");
        for (int i = 0; i < array.size(); ++i) {
            out += pad;
            emitJsonValue(out, array.at(i), indent + 4, options);
            out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
        return;
    }
    if (value.isObject()) {
        out += QLatin1String("{}");
        return;
    }
    if (value.isArray()) {
        out += QLatin1String("[]");
        return;
    }
    if (value.isDouble()) {
        out += number(value.toDouble());
        return;
    }
    // Strings, booleans and null exactly as Qt's JSON writer spells them.
    out += QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

} // namespace

Result<QJsonValue> parse(const QByteArray &text)
{
    return Parser(text).run();
}

std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    offset = qBound(qsizetype(0), offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not UTF-8 bytes.
    return {line, int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1};
}

Status checkJsonDepth(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const char *data = text.constData();
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char c = data[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[':
            if (++depth > limit) {
                const auto [line, column] = lineColumn(text, i);
                return Error::invalid(QStringLiteral("json"),
                                      Tr::tr("line %1, column %2: %3")
                                          .arg(line)
                                          .arg(column)
                                          .arg(Tr::tr("the document nests deeper than %1 levels").arg(limit)),
                                      int(i));
            }
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default: break;
        }
    }
    return {};
}

Result<QJsonValue> parseDocument(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        // Before QJsonDocument and libyaml, which both grow worse than linearly on deep nesting;
        // YAML's flow style nests by the same brackets, so the refusal stands for it too.
        if (Status depth = checkJsonDepth(text, DocumentLimits::maxDepth); !depth)
            return depth.error();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError)
            return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        auto yaml = parse(text);
        if (yaml)
            return yaml;
        const auto [line, column] = lineColumn(text, error.offset);
        return Error::invalid(QStringLiteral("json"),
                              Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()),
                              int(error.offset));
    }
    return parse(text);
}

QByteArray toYaml(const QJsonValue &value, const EmitOptions &options)
{
    QString out;
    if (isBlock(value))
        emitBlock(out, value, 0, false, options);
    else
        out = scalar(value) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray toJson(const QJsonValue &value, const EmitOptions &options)
{
    QString out;
    emitJsonValue(out, value, 0, options);
    out += QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace Pd::Yaml

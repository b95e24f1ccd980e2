#include "eventpatterns/jsonpath.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pd::Events {

namespace {

bool isNameChar(QChar c)
{
    // Dotted names stop at the next step or at white space; anything else (letters, digits, '-',
    // '_', non-ASCII) belongs to the name, as in EventBridge input paths ($.detail-type).
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']') && !c.isSpace() &&
           c != QLatin1Char('\'') && c != QLatin1Char('"');
}

} // namespace

Result<JsonPath> JsonPath::parse(const QString &text)
{
    const QString field = QStringLiteral("path");
    if (!text.startsWith(QLatin1Char('$')))
        return Error::invalid(field, Tr::tr("path: “%1” must start with “$”.").arg(text), 0);
    JsonPath path;
    path.m_text = text;
    int i = 1;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            const int start = ++i;
            while (i < n && isNameChar(text.at(i)))
                ++i;
            if (i == start)
                return Error::invalid(
                    field, Tr::tr("path: a name is missing after “.” at position %1 of “%2”.").arg(start).arg(text),
                    start);
            path.m_steps.emplace_back(text.mid(start, i - start));
        } else if (c == QLatin1Char('[')) {
            const int open = i++;
            if (i < n && (text.at(i) == QLatin1Char('\'') || text.at(i) == QLatin1Char('"'))) {
                const QChar quote = text.at(i++);
                QString key;
                bool closed = false;
                while (i < n) {
                    const QChar k = text.at(i);
                    if (k == QLatin1Char('\\') && i + 1 < n) {
                        key += text.at(i + 1);
                        i += 2;
                        continue;
                    }
                    ++i;
                    if (k == quote) {
                        closed = true;
                        break;
                    }
                    key += k;
                }
                if (!closed || i >= n || text.at(i) != QLatin1Char(']'))
                    return Error::invalid(field,
                                          Tr::tr("path: the quoted key at position %1 of “%2” is not closed "
                                                 "with %3].")
                                              .arg(open)
                                              .arg(text, quote),
                                          open);
                ++i;
                path.m_steps.emplace_back(key);
            } else {
                const int start = i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                bool ok = false;
                const int index = text.mid(start, i - start).toInt(&ok);
                if (!ok || i >= n || text.at(i) != QLatin1Char(']'))
                    return Error::invalid(field,
                                          Tr::tr("path: expected an index like [0] or a quoted key like "
                                                 "['name'] at position %1 of “%2”.")
                                              .arg(open)
                                              .arg(text),
                                          open);
                ++i;
                path.m_steps.emplace_back(index);
            }
        } else {
            return Error::invalid(field,
                                  Tr::tr("path: unexpected “%1” at position %2 of “%3”; steps are .name, "
                                         "[n] or ['name'].")
                                      .arg(c)
                                      .arg(i)
                                      .arg(text),
                                  i);
        }
    }
    return path;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonObject &document) const
{
    QJsonValue current = document;
    for (const auto &step : m_steps) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!current.isObject())
                return std::nullopt;
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(*key);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else {
            const int index = std::get<int>(step);
            if (!current.isArray())
                return std::nullopt;
            const QJsonArray array = current.toArray();
            if (index >= array.size())
                return std::nullopt;
            current = array.at(index);
        }
    }
    return current;
}

Result<QString> JsonPath::resolveToString(const QJsonObject &document) const
{
    const std::optional<QJsonValue> value = evaluate(document);
    if (!value)
        return Error::invalid(m_text, Tr::tr("%1 found nothing in the event.").arg(m_text));
    switch (value->type()) {
    case QJsonValue::String: return value->toString();
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("null");
    case QJsonValue::Bool:
    case QJsonValue::Double: {
        // Qt writes numbers in their shortest exact form (250, 0.31); wrap to reuse its writer.
        const QByteArray json = QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
    return QString();
}

} // namespace Pd::Events

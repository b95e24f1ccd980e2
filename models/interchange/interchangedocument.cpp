#include "interchange/interchangedocument.h"

#include "core/timeformat.h"
#include "core/tr.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace Pd::Interchange {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return Tr::tr("nothing");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    }
    return QString();
}

} // namespace

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

Error missing(const QString &path)
{
    return Error::invalid(path, Tr::tr("%1: required but missing.").arg(path));
}

Error wrongType(const QString &path, const QString &expected, const QJsonValue &got)
{
    return Error::invalid(path, Tr::tr("%1: expected %2, found %3.").arg(path, expected, typeName(got)));
}

Result<QString> string(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QString at = member(path, key);
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return missing(at);
        return QString();
    }
    if (!value.isString())
        return wrongType(at, Tr::tr("a string"), value);
    if (required && value.toString().isEmpty())
        return Error::invalid(at, Tr::tr("%1: must not be empty.").arg(at));
    return value.toString();
}

Result<std::optional<qint64>> integer(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString at = member(path, key);
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return wrongType(at, Tr::tr("a whole number"), value);
    return std::optional<qint64>(qint64(d));
}

Result<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QString at = member(path, key);
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return missing(at);
        return QJsonObject();
    }
    if (!value.isObject())
        return wrongType(at, Tr::tr("an object"), value);
    return value.toObject();
}

Result<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QString at = member(path, key);
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return missing(at);
        return QJsonArray();
    }
    if (!value.isArray())
        return wrongType(at, Tr::tr("a list"), value);
    return value.toArray();
}

Result<QString> scalarText(const QJsonValue &value, const QString &path)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default: break;
    }
    return wrongType(path, Tr::tr("a string"), value);
}

Result<qint64> instantMs(const QJsonValue &value, const QString &path)
{
    if (value.isDouble())
        return qint64(std::llround(value.toDouble() * 1000.0));
    if (value.isString()) {
        if (const auto parsed = parseInstant(value.toString()))
            return parsed->toMSecsSinceEpoch();
        return Error::invalid(
            path, Tr::tr("%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.").arg(path, value.toString()));
    }
    return wrongType(path, Tr::tr("an instant"), value);
}

QStringList unknownMembers(const QJsonObject &o, const QStringList &known, const QString &path)
{
    QStringList warnings;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            warnings.append(Tr::tr("%1 is not supported; ignored.").arg(member(path, it.key())));
    }
    return warnings;
}

Shape shape(const char *members, const char *read)
{
    Shape result;
    result.members = QString::fromLatin1(members).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    result.read = read ? QString::fromLatin1(read).split(QLatin1Char(' '), Qt::SkipEmptyParts) : result.members;
    return result;
}

Status checkMembers(const QJsonObject &o, const Shape &shape, const QString &path, QStringList *warnings)
{
    Q_ASSERT(warnings);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!shape.members.contains(it.key())) {
            const QString allowed = shape.members.join(QLatin1String(", "));
            return Error::invalid(
                member(path, it.key()),
                path.isEmpty()
                    ? Tr::tr("Unknown parameter at the top of the document: “%1”, must be one of: %2").arg(it.key(), allowed)
                    : Tr::tr("Unknown parameter in %1: “%2”, must be one of: %3").arg(path, it.key(), allowed));
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!shape.read.contains(it.key()))
            warnings->append(Tr::tr("%1 is not supported; ignored.").arg(member(path, it.key())));
    }
    return {};
}

QString isoMs(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(ms % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace Pd::Interchange

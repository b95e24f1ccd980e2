#include "sqlvalues.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Pd {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableTime(qint64 msecsSinceEpoch)
{
    return msecsSinceEpoch == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(msecsSinceEpoch);
}

QString parametersToJson(const QList<ExecutionParameter> &parameters)
{
    QJsonArray array;
    for (const auto &p : parameters)
        array.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ExecutionParameter> parametersFromJson(const QString &json)
{
    QList<ExecutionParameter> result;
    if (json.size() <= 2) // "[]": most rows; skips a JSON parse per row when loading many
        return result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        result.append({o.value(QLatin1String("Name")).toString(), o.value(QLatin1String("Value")).toString()});
    }
    return result;
}

Result<QStringList> selectStrings(Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QString tagsToJson(const QMap<QString, QString> &tags)
{
    QJsonObject object;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> tagsFromJson(const QString &json)
{
    QMap<QString, QString> tags;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

} // namespace Pd

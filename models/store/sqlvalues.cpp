#include "store/sqlvalues.h"

#include "store/database.h"

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

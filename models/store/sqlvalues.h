#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace Pd {

class Database;

// How the stores write optional values, the same way in every table.

// SQL NULL for an empty string or a zero time, the value otherwise.
QVariant nullableText(const QString &text);
QVariant nullableTime(qint64 msecsSinceEpoch);

// The first column of every row a query returns, as strings (names, ARNs), in query order.
Result<QStringList> selectStrings(Database &database, const QString &sql, const QVariantList &values = {});

// Tags (rules, shares) as a compact JSON object {"key": "value"}.
QString tagsToJson(const QMap<QString, QString> &tags);
QMap<QString, QString> tagsFromJson(const QString &json);

} // namespace Pd

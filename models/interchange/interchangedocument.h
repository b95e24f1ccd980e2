#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Pd::Interchange {

// Reading the members of an imported document (AWS CLI input JSON, CloudFormation, Azure ML
// YAML, EventBridge Scheduler JSON) with errors that name the document path ("Targets[0].Arn",
// "trigger.frequency") and say what is wrong. Shared by the rule and schedule interchange.

QString member(const QString &path, const QString &key); // "Target" + "Arn" → "Target.Arn"
QString element(const QString &path, int index);         // "Targets" + 0 → "Targets[0]"

Error missing(const QString &path);
Error wrongType(const QString &path, const QString &expected, const QJsonValue &got);

// Absent or null members give an empty string / std::nullopt unless required.
Result<QString> string(const QJsonObject &object, const QString &key, const QString &path, bool required = false);
Result<std::optional<qint64>> integer(const QJsonObject &object, const QString &key, const QString &path);
Result<QJsonObject> object(const QJsonObject &object, const QString &key, const QString &path, bool required = false);
Result<QJsonArray> array(const QJsonObject &object, const QString &key, const QString &path, bool required = false);
// A string, or a number / boolean written without quotes (YAML), as text.
Result<QString> scalarText(const QJsonValue &value, const QString &path);
// An instant: ISO 8601 text (with Z or an offset; none = UTC) or seconds since the epoch.
Result<qint64> instantMs(const QJsonValue &value, const QString &path);

// One warning for each member not in `known` (translated): "Target.DeadLetterConfig is not supported; ignored."
QStringList unknownMembers(const QJsonObject &object, const QStringList &known, const QString &path);

// An instant as ISO 8601 UTC, with milliseconds only when it has some (so a round trip keeps them).
QString isoMs(qint64 msecsSinceEpoch);

} // namespace Pd::Interchange

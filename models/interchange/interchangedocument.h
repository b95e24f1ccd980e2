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

// One warning for each member not in `known` (translated): "create_job.tags is not supported; ignored."
// For documents that are not an AWS API's input (Azure ML YAML, Pipeline Desk's own wrappers);
// AWS shapes are read with checkMembers.
QStringList unknownMembers(const QJsonObject &object, const QStringList &known, const QString &path);

// The members of one input shape of an AWS API (or a CloudFormation resource), case-sensitive and in
// the API's order, and those of them this product reads.
struct Shape
{
    QStringList members; // every member the API has
    QStringList read;    // those read here; the other members are reported and ignored
};

// A shape from space-separated member names: shape("Id Arn RoleArn Input", "Id Arn RoleArn");
// without `read`, every member is read.
Shape shape(const char *members, const char *read = nullptr);

// Checks the members of `object` (at `path`) against `shape`, so that nothing in a document is
// dropped without a word. A member the API does not have is refused as the AWS CLI's parameter
// validation refuses it: InvalidInput, field the member's path ("Targets[0].Nme"), message
// "Unknown parameter in Targets[0]: “Nme”, must be one of: Id, Arn, …" (the first such member in
// key order). A member the API has but this product does not read adds a translated
// "Targets[0].DeadLetterConfig is not supported; ignored." to *warnings, which must not be null.
Status checkMembers(const QJsonObject &object, const Shape &shape, const QString &path, QStringList *warnings);

// An instant as ISO 8601 UTC, with milliseconds only when it has some (so a round trip keeps them).
QString isoMs(qint64 msecsSinceEpoch);

} // namespace Pd::Interchange

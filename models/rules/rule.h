#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Pd {

// EventBridge's limits for rules (and what the issue adds).
namespace RuleLimits {
constexpr int nameMaxLength = 64; // [.\-_A-Za-z0-9]+
constexpr int descriptionMaxLength = 512;
constexpr int maxTargets = 5;
constexpr int targetIdMaxLength = 64; // [.\-_A-Za-z0-9]+
constexpr int maxParameters = 200;    // per target
constexpr int maxTags = 50;
} // namespace RuleLimits

// One pipeline parameter a target passes: a static value, or a JSONPath into the matched event
// ($.detail.param.value) resolved at invocation time.
struct RuleParameter
{
    QString name;
    QString value; // the value, or the JSONPath when dynamic
    bool dynamic = false;

    bool operator==(const RuleParameter &o) const { return name == o.name && value == o.value && dynamic == o.dynamic; }
};

// A SageMaker pipeline target of a rule.
struct RuleTarget
{
    QString id; // unique in the rule
    QString pipelineArn;
    QString roleArn;
    QList<RuleParameter> parameters;

    bool operator==(const RuleTarget &o) const
    {
        return id == o.id && pipelineArn == o.pipelineArn && roleArn == o.roleArn && parameters == o.parameters;
    }
};

// An EventBridge rule: an event pattern XOR a schedule expression (rate() or 6-field cron(),
// evaluated in UTC; only on the default bus), up to 5 targets. Times: ms since the epoch, UTC.
struct Rule
{
    QString arn; // arn:aws:events:<region>:<account>:rule/<name>, or rule/<bus>/<name> on a custom bus
    QString accountId;
    QString eventBus = QStringLiteral("default");
    QString name;
    QString description;
    QString eventPattern;       // compact JSON, or empty
    QString scheduleExpression; // rate(...) / cron(...), or empty
    bool enabled = true;
    QString roleArn;
    QMap<QString, QString> tags;
    QList<RuleTarget> targets;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    // The scheduled instant up to which the engine has dealt with slots (scheduled rules).
    qint64 plannedThrough = 0;

    bool isScheduled() const { return !scheduleExpression.isEmpty(); }
    QString stateString() const { return enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"); }
};

QString ruleArn(const QString &region, const QString &accountId, const QString &eventBus, const QString &name);
QString eventBusArn(const QString &region, const QString &accountId, const QString &eventBus);

// What became of one target of one matched event (or one scheduled slot).
enum class InvocationOutcome {
    Started, // the execution started (executionArn)
    Failed,  // it did not: message says why (a JSONPath that found nothing, a refusal, validation)
};
QString toApiString(InvocationOutcome outcome); // "STARTED" / "FAILED"
InvocationOutcome invocationOutcomeFromApi(const QString &text);
QString displayName(InvocationOutcome outcome); // translated

struct RuleInvocation
{
    qint64 id = 0;
    QString ruleArn;
    QString eventId;
    QString targetId;
    qint64 at = 0;
    InvocationOutcome outcome = InvocationOutcome::Started;
    QString executionArn;
    QString message; // translated at the time it was recorded
};

// One entry of PutEvents (the `aws events put-events --entries` shape).
struct PutEventsEntry
{
    QString source;
    QString detailType;
    QString detail; // a JSON object as text
    QStringList resources;
    QString time;         // ISO-8601, or empty for now
    QString eventBusName; // name or ARN, or empty for default
};

// What PutEvents answers for one entry: an event id, or an error code and message.
struct PutEventsResult
{
    QString eventId;
    QString errorCode;
    QString errorMessage;
    int invocations = 0; // targets invoked (started or failed) for this event
    // The invoked targets that could not start their pipeline, each as "rule/target-id: why"; the
    // others started one. A sender is told both, never a count that hides a failure.
    QStringList failures;
};

} // namespace Pd

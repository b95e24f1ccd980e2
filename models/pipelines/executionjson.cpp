// The AWS (SageMaker) JSON shapes of pipelines, executions and steps (see executionjson.h).
#include "pipelines/executionjson.h"

#include "core/timeformat.h"

namespace Pd {

namespace {

// A pipeline's CreatedBy / LastModifiedBy.
QJsonObject userContext(const QString &user, const QString &accountId)
{
    return {{QStringLiteral("UserProfileName"), user},
            {QStringLiteral("IamIdentity"),
             QJsonObject{{QStringLiteral("Arn"), QStringLiteral("arn:aws:iam::%1:user/%2").arg(accountId, user)}}}};
}

// An execution's CreatedBy / LastModifiedBy: no IamIdentity without an acting account.
QJsonObject userContext(const Execution &e)
{
    QJsonObject object{{QStringLiteral("UserProfileName"), e.startedBy}};
    if (!e.actingAccountId.isEmpty())
        object.insert(QStringLiteral("IamIdentity"),
                      QJsonObject{{QStringLiteral("Arn"),
                                   QStringLiteral("arn:aws:iam::%1:user/%2").arg(e.actingAccountId, e.startedBy)}});
    return object;
}

} // namespace

QJsonObject pipelineSummaryJson(const Pipeline &p)
{
    return QJsonObject{{QStringLiteral("PipelineArn"), p.arn},
                       {QStringLiteral("PipelineName"), p.name},
                       {QStringLiteral("PipelineDisplayName"), p.displayName},
                       {QStringLiteral("PipelineDescription"), p.description},
                       {QStringLiteral("RoleArn"), p.roleArn},
                       {QStringLiteral("CreationTime"), isoUtcMs(p.createdAt)},
                       {QStringLiteral("LastModifiedTime"), isoUtcMs(p.modifiedAt)}};
}

QJsonObject pipelineJson(const Pipeline &p)
{
    return QJsonObject{{QStringLiteral("PipelineArn"), p.arn},
                       {QStringLiteral("PipelineName"), p.name},
                       {QStringLiteral("PipelineDisplayName"), p.displayName},
                       {QStringLiteral("PipelineDefinition"), QString::fromUtf8(p.definition)},
                       {QStringLiteral("PipelineDescription"), p.description},
                       {QStringLiteral("RoleArn"), p.roleArn},
                       {QStringLiteral("PipelineStatus"), p.status},
                       {QStringLiteral("CreationTime"), isoUtcMs(p.createdAt)},
                       {QStringLiteral("LastModifiedTime"), isoUtcMs(p.modifiedAt)},
                       {QStringLiteral("CreatedBy"), userContext(p.createdBy, p.accountId)},
                       {QStringLiteral("LastModifiedBy"), userContext(p.modifiedBy, p.accountId)}};
}

QJsonObject executionSummaryJson(const Execution &e)
{
    QJsonObject summary{{QStringLiteral("PipelineExecutionArn"), e.arn},
                        {QStringLiteral("StartTime"), isoUtcMs(e.startTime)},
                        {QStringLiteral("PipelineExecutionStatus"), toApiString(e.status)},
                        {QStringLiteral("PipelineExecutionDisplayName"), e.displayName}};
    if (!e.description.isEmpty())
        summary.insert(QStringLiteral("PipelineExecutionDescription"), e.description);
    if (!e.failureReason.isEmpty())
        summary.insert(QStringLiteral("PipelineExecutionFailureReason"), e.failureReason);
    return summary;
}

QJsonObject executionJson(const Execution &e)
{
    QJsonObject object{{QStringLiteral("PipelineArn"), e.pipelineArn},
                       {QStringLiteral("PipelineExecutionArn"), e.arn},
                       {QStringLiteral("PipelineExecutionDisplayName"), e.displayName},
                       {QStringLiteral("PipelineExecutionStatus"), toApiString(e.status)},
                       {QStringLiteral("CreationTime"), isoUtcMs(e.startTime)},
                       {QStringLiteral("LastModifiedTime"), isoUtcMs(e.lastModifiedTime)},
                       {QStringLiteral("CreatedBy"), userContext(e)},
                       {QStringLiteral("LastModifiedBy"), userContext(e)},
                       // Not in SageMaker's shape: what started it, for schedules and rules.
                       {QStringLiteral("StartedBy"), QJsonObject{{QStringLiteral("Kind"), toApiString(e.startedByKind)},
                                                                 {QStringLiteral("Name"), e.startedBy},
                                                                 {QStringLiteral("AccountId"), e.actingAccountId}}}};
    if (!e.description.isEmpty())
        object.insert(QStringLiteral("PipelineExecutionDescription"), e.description);
    if (!e.failureReason.isEmpty())
        object.insert(QStringLiteral("FailureReason"), e.failureReason);
    if (!e.experimentName.isEmpty() || !e.trialName.isEmpty()) {
        QJsonObject config;
        if (!e.experimentName.isEmpty())
            config.insert(QStringLiteral("ExperimentName"), e.experimentName);
        if (!e.trialName.isEmpty())
            config.insert(QStringLiteral("TrialName"), e.trialName);
        object.insert(QStringLiteral("PipelineExperimentConfig"), config);
    }
    return object;
}

QJsonObject stepExecutionJson(const StepExecution &s)
{
    QJsonObject object{{QStringLiteral("StepName"), s.name},
                       {QStringLiteral("StepStatus"), toApiString(s.status)},
                       {QStringLiteral("AttemptCount"), s.attempt},
                       {QStringLiteral("Metadata"), QJsonObject()}};
    if (s.startTime > 0)
        object.insert(QStringLiteral("StartTime"), isoUtcMs(s.startTime));
    if (s.endTime > 0)
        object.insert(QStringLiteral("EndTime"), isoUtcMs(s.endTime));
    if (!s.failureReason.isEmpty())
        object.insert(QStringLiteral("FailureReason"), s.failureReason);
    return object;
}

} // namespace Pd

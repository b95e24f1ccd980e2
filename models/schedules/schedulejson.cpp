// The AWS JSON shapes of schedules, firings and dead letters (see schedulejson.h).
#include "schedules/schedulejson.h"

#include "core/timeformat.h"
#include "pipelines/parametersjson.h"

namespace Pd {

QJsonObject scheduleJson(const PipelineSchedule &s)
{
    QJsonObject window{
        {QStringLiteral("Mode"), s.flexibleWindowMinutes > 0 ? QStringLiteral("FLEXIBLE") : QStringLiteral("OFF")}};
    if (s.flexibleWindowMinutes > 0)
        window.insert(QStringLiteral("MaximumWindowInMinutes"), s.flexibleWindowMinutes);
    QJsonObject o{
        {QStringLiteral("Arn"), s.arn},
        {QStringLiteral("Name"), s.name},
        {QStringLiteral("GroupName"), s.groupName},
        {QStringLiteral("Description"), s.description},
        {QStringLiteral("ScheduleExpression"), s.expression},
        {QStringLiteral("ScheduleExpressionTimezone"), s.timeZone},
        {QStringLiteral("State"), s.stateString()},
        {QStringLiteral("FlexibleTimeWindow"), window},
        {QStringLiteral("Target"),
         QJsonObject{
             {QStringLiteral("Arn"), s.targetPipelineArn},
             {QStringLiteral("RetryPolicy"),
              QJsonObject{{QStringLiteral("MaximumRetryAttempts"), s.maxRetries},
                          {QStringLiteral("MaximumEventAgeInSeconds"), s.maxEventAgeSeconds}}},
             {QStringLiteral("SageMakerPipelineParameters"), Interchange::pipelineParametersJson(s.targetParameters)}}},
        {QStringLiteral("ActionAfterCompletion"), toApiString(s.actionAfterCompletion)},
        {QStringLiteral("MissedRunPolicy"), toApiString(s.missedPolicy)},
        {QStringLiteral("OverlapPolicy"), toApiString(s.overlapPolicy)},
        {QStringLiteral("Orphaned"), s.orphaned},
        {QStringLiteral("CreationDate"), isoUtcMs(s.createdAt)},
        {QStringLiteral("LastModificationDate"), isoUtcMs(s.modifiedAt)},
    };
    if (!s.roleArn.isEmpty()) {
        QJsonObject target = o.value(QStringLiteral("Target")).toObject();
        target.insert(QStringLiteral("RoleArn"), s.roleArn);
        o.insert(QStringLiteral("Target"), target);
    }
    if (s.startTime)
        o.insert(QStringLiteral("StartDate"), isoUtcMs(s.startTime));
    if (s.endTime)
        o.insert(QStringLiteral("EndDate"), isoUtcMs(s.endTime));
    return o;
}

QJsonObject scheduleSummaryJson(const PipelineSchedule &s, const std::optional<Firing> &lastFiring)
{
    QJsonObject o{{QStringLiteral("Arn"), s.arn},
                  {QStringLiteral("Name"), s.name},
                  {QStringLiteral("GroupName"), s.groupName},
                  {QStringLiteral("State"), s.stateString()},
                  {QStringLiteral("CreationDate"), isoUtcMs(s.createdAt)},
                  {QStringLiteral("LastModificationDate"), isoUtcMs(s.modifiedAt)},
                  {QStringLiteral("Target"), QJsonObject{{QStringLiteral("Arn"), s.targetPipelineArn}}},
                  {QStringLiteral("Orphaned"), s.orphaned}};
    if (lastFiring)
        o.insert(QStringLiteral("LastFiring"), firingJson(*lastFiring));
    return o;
}

QJsonObject firingJson(const Firing &f)
{
    QJsonObject o{{QStringLiteral("ScheduledTime"), isoUtcMs(f.scheduledTime)},
                  {QStringLiteral("Outcome"), toApiString(f.outcome)},
                  {QStringLiteral("CatchUp"), f.catchUp},
                  {QStringLiteral("Manual"), f.manual},
                  {QStringLiteral("Attempts"), f.attempts}};
    if (f.actualTime) {
        o.insert(QStringLiteral("ActualTime"), isoUtcMs(f.actualTime));
        o.insert(QStringLiteral("LatenessMillis"), f.latenessMs());
    }
    if (!f.executionArn.isEmpty())
        o.insert(QStringLiteral("PipelineExecutionArn"), f.executionArn);
    if (!f.message.isEmpty())
        o.insert(QStringLiteral("Message"), f.message);
    if (f.nextAttempt)
        o.insert(QStringLiteral("NextAttemptTime"), isoUtcMs(f.nextAttempt));
    return o;
}

QJsonObject deadLetterJson(const DeadLetter &d)
{
    return QJsonObject{{QStringLiteral("Id"), d.id},
                       {QStringLiteral("ScheduleArn"), d.triggerArn},
                       {QStringLiteral("ScheduledTime"), isoUtcMs(d.scheduledTime)},
                       {QStringLiteral("CreationDate"), isoUtcMs(d.createdAt)},
                       {QStringLiteral("Reason"), d.reason},
                       {QStringLiteral("Payload"), d.payload}};
}

} // namespace Pd

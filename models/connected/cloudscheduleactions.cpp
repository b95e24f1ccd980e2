// CloudActions on EventBridge Scheduler schedules: cloud first for a connected account, the local ScheduleService
// otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "connected/cloudsync.h"
#include "core/tr.h"
#include "pipelines/pipelinemirror.h"
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"
#include "schedules/schedulerapi.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Pd {

using namespace CloudActionsDetail;

namespace {

const QString universalTarget = QStringLiteral("arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution");

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

bool isPipelineArn(const QString &arn)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    return p.size() == 6 && p.at(0) == QLatin1String("arn") && p.at(2) == QLatin1String("sagemaker") &&
           p.at(5).startsWith(QLatin1String("pipeline/"));
}

QList<ExecutionParameter> parameterList(const QJsonArray &list)
{
    QList<ExecutionParameter> parameters;
    for (const QJsonValue &v : list)
        parameters.append({text(v.toObject(), "Name"), text(v.toObject(), "Value")});
    return parameters;
}

// A schedule as GetSchedule describes it, read as ScheduleMirror reads it into the workspace, so
// that an update is checked against what the cloud has, not against an older mirror. The target
// pipeline is the templated target's ARN, or the universal target's PipelineName as written.
PipelineSchedule fromCloud(const QJsonObject &answer)
{
    PipelineSchedule s;
    s.arn = text(answer, "Arn");
    s.name = text(answer, "Name");
    if (!text(answer, "GroupName").isEmpty())
        s.groupName = text(answer, "GroupName");
    s.description = text(answer, "Description");
    s.expression = text(answer, "ScheduleExpression");
    if (!text(answer, "ScheduleExpressionTimezone").isEmpty())
        s.timeZone = text(answer, "ScheduleExpressionTimezone");
    s.startTime = PipelineMirror::timestampMs(answer.value(QLatin1String("StartDate")));
    s.endTime = PipelineMirror::timestampMs(answer.value(QLatin1String("EndDate")));
    s.enabled = text(answer, "State") != QLatin1String("DISABLED");
    const QJsonObject window = answer.value(QLatin1String("FlexibleTimeWindow")).toObject();
    if (text(window, "Mode") == QLatin1String("FLEXIBLE"))
        s.flexibleWindowMinutes = window.value(QLatin1String("MaximumWindowInMinutes")).toInt();
    const QJsonObject target = answer.value(QLatin1String("Target")).toObject();
    s.roleArn = text(target, "RoleArn");
    const QJsonObject retry = target.value(QLatin1String("RetryPolicy")).toObject();
    s.maxRetries = retry.value(QLatin1String("MaximumRetryAttempts")).toInt(ScheduleLimits::maxRetriesMax);
    s.maxEventAgeSeconds =
        retry.value(QLatin1String("MaximumEventAgeInSeconds")).toInt(ScheduleLimits::maxEventAgeMaxSeconds);
    if (text(answer, "ActionAfterCompletion") == QLatin1String("DELETE"))
        s.actionAfterCompletion = ActionAfterCompletion::Delete;
    const QString targetArn = text(target, "Arn");
    if (isPipelineArn(targetArn)) {
        s.targetPipelineArn = targetArn;
        s.targetParameters = parameterList(target.value(QLatin1String("SageMakerPipelineParameters"))
                                               .toObject()
                                               .value(QLatin1String("PipelineParameterList"))
                                               .toArray());
    } else if (targetArn == universalTarget) {
        const QJsonObject input = QJsonDocument::fromJson(text(target, "Input").toUtf8()).object();
        s.targetPipelineArn = text(input, "PipelineName");
        s.targetParameters = parameterList(input.value(QLatin1String("PipelineParameters")).toArray());
    }
    return s;
}

// An instant as the REST-JSON protocol writes a timestamp: epoch seconds.
QJsonValue epochSeconds(qint64 ms)
{
    return ms % 1000 == 0 ? QJsonValue(ms / 1000) : QJsonValue(double(ms) / 1000.0);
}

void setOrRemove(QJsonObject &o, const QString &member, const QJsonValue &value, bool keep)
{
    if (keep)
        o.insert(member, value);
    else
        o.remove(member);
}

// The universal target's Input: StartPipelineExecution's own members. The client request token
// is EventBridge Scheduler's id of each invocation, so that its retries of one slot start one
// execution, and every slot its own.
QString targetInput(const PipelineSchedule &s)
{
    QJsonObject input{{QStringLiteral("PipelineName"), s.targetPipelineArn},
                      {QStringLiteral("ClientRequestToken"), QStringLiteral("<aws.scheduler.execution-id>")}};
    if (!s.targetParameters.isEmpty()) {
        QJsonArray parameters;
        for (const ExecutionParameter &p : s.targetParameters)
            parameters.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
        input.insert(QStringLiteral("PipelineParameters"), parameters);
    }
    return QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
}

QJsonObject flexibleWindow(const PipelineSchedule &s)
{
    QJsonObject window{
        {QStringLiteral("Mode"), s.flexibleWindowMinutes ? QStringLiteral("FLEXIBLE") : QStringLiteral("OFF")}};
    if (s.flexibleWindowMinutes)
        window.insert(QStringLiteral("MaximumWindowInMinutes"), s.flexibleWindowMinutes);
    return window;
}

QJsonObject retryPolicy(const PipelineSchedule &s)
{
    return {{QStringLiteral("MaximumEventAgeInSeconds"), s.maxEventAgeSeconds},
            {QStringLiteral("MaximumRetryAttempts"), s.maxRetries}};
}

// CreateSchedule's input for a schedule checked by ScheduleService::applyInput.
QJsonObject createInput(const PipelineSchedule &s)
{
    QJsonObject target{{QStringLiteral("Arn"), universalTarget},
                       {QStringLiteral("RoleArn"), s.roleArn},
                       {QStringLiteral("Input"), targetInput(s)},
                       {QStringLiteral("RetryPolicy"), retryPolicy(s)}};
    QJsonObject input{{QStringLiteral("Name"), s.name},
                      {QStringLiteral("GroupName"), s.groupName},
                      {QStringLiteral("ScheduleExpression"), s.expression},
                      {QStringLiteral("ScheduleExpressionTimezone"), s.timeZone},
                      {QStringLiteral("State"), s.stateString()},
                      {QStringLiteral("FlexibleTimeWindow"), flexibleWindow(s)},
                      {QStringLiteral("Target"), target},
                      {QStringLiteral("ActionAfterCompletion"), toApiString(s.actionAfterCompletion)}};
    if (!s.description.isEmpty())
        input.insert(QStringLiteral("Description"), s.description);
    if (s.startTime)
        input.insert(QStringLiteral("StartDate"), epochSeconds(s.startTime));
    if (s.endTime)
        input.insert(QStringLiteral("EndDate"), epochSeconds(s.endTime));
    return input;
}

// UpdateSchedule's input: what GetSchedule said (`current`), with the members the caller gave
// taken from the merged schedule `s`. What this desk does not show (a dead-letter queue, a KMS
// key, a templated target's other settings) goes back as the cloud has it.
QJsonObject updateInput(const QJsonObject &current, const ScheduleInput &in, const PipelineSchedule &s)
{
    QJsonObject input = current;
    for (const char *member : {"Arn", "CreationDate", "LastModificationDate"})
        input.remove(QLatin1String(member));
    if (in.description)
        setOrRemove(input, QStringLiteral("Description"), s.description, !s.description.isEmpty());
    if (in.expression)
        input.insert(QStringLiteral("ScheduleExpression"), s.expression);
    if (in.timeZone)
        input.insert(QStringLiteral("ScheduleExpressionTimezone"), s.timeZone);
    // A new expression may be a one-time at(), whose start and end ScheduleService drops.
    if (in.startTime || in.expression)
        setOrRemove(input, QStringLiteral("StartDate"), epochSeconds(s.startTime), s.startTime != 0);
    if (in.endTime || in.expression)
        setOrRemove(input, QStringLiteral("EndDate"), epochSeconds(s.endTime), s.endTime != 0);
    if (in.enabled)
        input.insert(QStringLiteral("State"), s.stateString());
    if (in.flexibleWindowMinutes)
        input.insert(QStringLiteral("FlexibleTimeWindow"), flexibleWindow(s));
    if (in.actionAfterCompletion)
        input.insert(QStringLiteral("ActionAfterCompletion"), toApiString(s.actionAfterCompletion));
    QJsonObject target = input.value(QStringLiteral("Target")).toObject();
    if (in.targetPipeline || in.parameters) {
        // Written as the universal target, as a create writes it, whichever form it had.
        target.insert(QStringLiteral("Arn"), universalTarget);
        target.insert(QStringLiteral("Input"), targetInput(s));
        target.remove(QStringLiteral("SageMakerPipelineParameters"));
    }
    if (in.roleArn)
        target.insert(QStringLiteral("RoleArn"), s.roleArn);
    if (in.maxRetries || in.maxEventAgeSeconds)
        target.insert(QStringLiteral("RetryPolicy"), retryPolicy(s));
    input.insert(QStringLiteral("Target"), target);
    return input;
}

// What EventBridge Scheduler cannot hold, said before any request: the local engine's own
// dialects and policies, and what it would take otherwise than meant. The field is the CLI
// option, as the local service's errors name it.
Status cloudRefusal(const ScheduleInput &in, bool create)
{
    if (in.missedPolicy)
        return Error::invalid(QStringLiteral("missed"),
                              Tr::tr("missed: EventBridge Scheduler has no missed-run policy (it runs in the cloud, "
                                     "so no slot waits for this computer); a connected account's schedule cannot "
                                     "have one. Leave it out."));
    if (in.overlapPolicy)
        return Error::invalid(QStringLiteral("overlap"),
                              Tr::tr("overlap: EventBridge Scheduler has no overlap policy (it starts every slot, "
                                     "whether the previous execution still runs or not); a connected account's "
                                     "schedule cannot have one. Leave it out."));
    if (in.expression) {
        auto parsed =
            Schedule::ScheduleExpression::parse(in.expression->trimmed(), in.timeZone.value_or(QStringLiteral("UTC")));
        if (parsed &&
            (parsed->dialect() == Schedule::Dialect::Crontab || parsed->dialect() == Schedule::Dialect::Recurrence)) {
            auto asCron = Schedule::convertExpression(parsed.value(), Schedule::Dialect::Cron);
            if (!asCron && parsed->dialect() == Schedule::Dialect::Recurrence)
                asCron = Schedule::convertExpression(parsed.value(), Schedule::Dialect::Rate);
            if (asCron)
                return Error::invalid(QStringLiteral("expression"),
                                      Tr::tr("expression: EventBridge Scheduler knows only at(), rate() and cron(); "
                                             "“%1” is run by the local engine only. Write it as “%2” (the same "
                                             "instants).")
                                          .arg(in.expression->trimmed(), asCron.value()));
            return Error::invalid(QStringLiteral("expression"),
                                  Tr::tr("expression: EventBridge Scheduler knows only at(), rate() and cron(); “%1” "
                                         "is run by the local engine only, and has no cron() or rate() with the "
                                         "same instants.")
                                      .arg(in.expression->trimmed()));
        }
    }
    if (in.timeZone) {
        const auto zone = Schedule::resolveZoneName(*in.timeZone);
        if (zone && zone->kind == Schedule::ZoneName::Kind::Windows)
            return Error::invalid(QStringLiteral("timezone"),
                                  Tr::tr("timezone: EventBridge Scheduler takes IANA zone names only; write “%1” "
                                         "for “%2”.")
                                      .arg(zone->canonical, zone->typed));
    }
    if (in.parameters) {
        for (const ExecutionParameter &p : *in.parameters) {
            if (p.value.contains(QLatin1String("${{")))
                return Error::invalid(QStringLiteral("parameter"),
                                      Tr::tr("parameter: %1: the ${{…}} macros are filled in by the local engine "
                                             "only; EventBridge Scheduler would pass “%2” as written. For the time "
                                             "of the slot, write <aws.scheduler.scheduled-time>.")
                                          .arg(p.name, p.value));
        }
    }
    if ((create && in.roleArn.value_or(QString()).trimmed().isEmpty()) ||
        (!create && in.roleArn && in.roleArn->trimmed().isEmpty()))
        return Error::invalid(QStringLiteral("role-arn"),
                              Tr::tr("role-arn: EventBridge Scheduler starts the pipeline with a role it assumes, "
                                     "so a connected account's schedule needs one: the ARN of a role that "
                                     "scheduler.amazonaws.com may assume and that may start the pipeline."));
    return {};
}

} // namespace

Status CloudActions::checkCloudSchedule(const ScheduleInput &input, bool create)
{
    if (create) {
        // Everything the local service would refuse, then what only the cloud cannot take.
        PipelineSchedule defaults;
        auto applied = ScheduleService::applyInput(defaults, input, true);
        if (!applied)
            return applied.error();
        return cloudRefusal(input, true);
    }
    const auto [name, group] = scheduleNameAndGroup(input.name, input.groupName);
    if (Status st = ScheduleService::validateName(QStringLiteral("name"), name); !st)
        return st;
    if (Status st = ScheduleService::validateName(QStringLiteral("group"), group); !st)
        return st;
    if (input.targetPipeline && input.targetPipeline->trimmed().isEmpty())
        return Error::invalid(QStringLiteral("target-pipeline"),
                              Tr::tr("target-pipeline: a target pipeline is required."));
    // The members given, each checked as far as it can be without the schedule: what depends on
    // the others (an end after the start, DELETE with an end) waits for what the cloud has.
    PipelineSchedule probe;
    probe.name = name;
    probe.groupName = group;
    probe.expression = QStringLiteral("rate(1 day)");
    ScheduleInput alone = input;
    alone.startTime.reset();
    alone.endTime.reset();
    alone.actionAfterCompletion.reset();
    if (auto applied = ScheduleService::applyInput(probe, alone, false); !applied)
        return applied.error();
    return cloudRefusal(input, false);
}

CloudJob *CloudActions::createSchedule(const QString &identity, const ScheduleInput &input)
{
    if (profileOf(identity).isEmpty()) {
        auto created = m_connections.workspace().schedules().create(identity, input);
        return created ? finished(Status(), created->arn) : finished(created.error());
    }
    if (Status refused = checkCloudSchedule(input, true); !refused)
        return finished(refused);
    PipelineSchedule schedule = ScheduleService::applyInput(PipelineSchedule(), input, true).value();
    schedule.targetPipelineArn = input.targetPipeline->trimmed();
    auto *job = new CloudJob(this);
    callFor(job, identity, SchedulerApi::createSchedule(), createInput(schedule),
            [this, job, identity](const QJsonObject &answer) {
                refresh(job, identity, SyncScope::Schedules, answer.value(QStringLiteral("ScheduleArn")).toString());
            });
    return job;
}

CloudJob *CloudActions::updateSchedule(const QString &identity, const ScheduleInput &input)
{
    if (profileOf(identity).isEmpty()) {
        auto updated = m_connections.workspace().schedules().update(identity, input);
        return updated ? finished(Status(), updated->arn) : finished(updated.error());
    }
    if (Status refused = checkCloudSchedule(input, false); !refused)
        return finished(refused);
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(input.name, input.groupName);
    const QJsonObject byName{{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}};
    callFor(
        job, identity, SchedulerApi::getSchedule(), byName, [this, job, identity, input](const QJsonObject &current) {
            // The caller's members over what the cloud has now, checked as the local service checks
            // an update; a refusal ends the job before anything is sent.
            auto merged = ScheduleService::applyInput(fromCloud(current), input, false);
            if (!merged)
                return job->finish(merged.error());
            PipelineSchedule s = merged.value();
            if (input.targetPipeline)
                s.targetPipelineArn = input.targetPipeline->trimmed();
            if (s.targetPipelineArn.isEmpty() && input.parameters)
                return job->finish(Error::invalid(
                    QStringLiteral("target-pipeline"),
                    Tr::tr("target-pipeline: the schedule's target is not a SageMaker pipeline; name the pipeline to "
                           "start with these parameters.")));
            const QString arn = text(current, "Arn");
            callFor(job, identity, SchedulerApi::updateSchedule(), updateInput(current, input, s),
                    [this, job, identity, arn](const QJsonObject &answer) {
                        const QString written = answer.value(QStringLiteral("ScheduleArn")).toString();
                        refresh(job, identity, SyncScope::Schedules, written.isEmpty() ? arn : written);
                    });
        });
    return job;
}

CloudJob *CloudActions::setScheduleEnabled(const QString &identity, const QString &schedule, const QString &group,
                                           bool enabled)
{
    if (profileOf(identity).isEmpty()) {
        auto changed = m_connections.workspace().schedules().setEnabled(identity, schedule, group, enabled);
        return changed ? finished(Status(), changed.value().name) : finished(changed.error());
    }
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    const QJsonObject byName{{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}};
    callFor(job, identity, SchedulerApi::getSchedule(), byName,
            [this, job, identity, enabled, name = name](const QJsonObject &current) {
                // Everything UpdateSchedule takes, as GetSchedule gave it; what only GetSchedule
                // says (ARN, dates of creation and change) is not input.
                QJsonObject input = current;
                for (const char *member : {"Arn", "CreationDate", "LastModificationDate"})
                    input.remove(QLatin1String(member));
                input.insert(QStringLiteral("State"), enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
                callFor(job, identity, SchedulerApi::updateSchedule(), input,
                        [this, job, identity, name](const QJsonObject &) {
                            refresh(job, identity, SyncScope::Schedules, name);
                        });
            });
    return job;
}

CloudJob *CloudActions::deleteSchedule(const QString &identity, const QString &schedule, const QString &group)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().schedules().remove(identity, schedule, group));
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    callFor(job, identity, SchedulerApi::deleteSchedule(),
            {{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}},
            [this, job, identity, name = name](const QJsonObject &) {
                refresh(job, identity, SyncScope::Schedules, name);
            });
    return job;
}

} // namespace Pd

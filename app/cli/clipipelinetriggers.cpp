// The trigger verbs of the noun "pipelines" (SageMaker SDK put_triggers, describe_trigger,
// delete_triggers): schedules in group "default" whose target is the pipeline.
#include "cli.h"
#include "clioptionvalues.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/parametersjson.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

// SageMaker Python SDK parity: Pipeline.put_triggers / describe_trigger / delete_triggers are
// schedules (group "default") whose target is the pipeline.
int putTriggers(Context &context)
{
    const Who opened = who(context);
    if (!opened.workspace)
        return opened.exitCode;
    // The service decides everything (required options, the state, all or nothing); this only
    // gathers the options.
    TriggersInput input;
    input.pipeline = context.value(QStringLiteral("pipeline-name"));
    input.names = context.values(QStringLiteral("trigger-name"));
    input.expression = context.value(QStringLiteral("expression"));
    if (context.isSet(QStringLiteral("timezone")))
        input.timeZone = context.value(QStringLiteral("timezone"));
    if (context.isSet(QStringLiteral("role-arn")))
        input.roleArn = context.value(QStringLiteral("role-arn"));
    if (context.isSet(QStringLiteral("state")))
        input.state = context.value(QStringLiteral("state"));
    if (context.isSet(QStringLiteral("start"))) {
        auto at = instantOption(context, QStringLiteral("start"));
        if (!at)
            return context.fail(at.error());
        input.startTime = at.value();
    }
    QStringList warnings;
    auto written = opened.workspace->schedules().putTriggers(opened.identity, input, &warnings);
    if (!written)
        return context.fail(written.error());
    for (const QString &warning : std::as_const(warnings))
        context.warn(warning);
    QJsonArray arns;
    for (const PipelineSchedule &s : written.value())
        arns.append(s.arn);
    if (context.json()) {
        context.printJson({{QStringLiteral("TriggerArns"), arns}});
    } else {
        for (const QJsonValue &arn : std::as_const(arns))
            context.out() << arn.toString() << '\n';
    }
    return 0;
}

int describeTrigger(Context &context)
{
    const Who opened = who(context);
    if (!opened.workspace)
        return opened.exitCode;
    auto s = opened.workspace->schedules().describe(opened.identity, context.value(QStringLiteral("trigger-name")));
    if (!s)
        return context.fail(s.error());
    // The SDK's describe_trigger returns Schedule_Arn, Schedule_Expression, Schedule_State,
    // Schedule_Start_Date and Schedule_Role; the rest is what this workspace adds. The SDK's
    // put_triggers always sends a start (now, by default): a trigger made without --start could
    // fire from its creation, so that is its start date here.
    const qint64 start = s->startTime ? s->startTime : s->createdAt;
    context.printJson(
        {{QStringLiteral("Schedule_Name"), s->name},
         {QStringLiteral("Schedule_Arn"), s->arn},
         {QStringLiteral("Schedule_Expression"), s->expression},
         {QStringLiteral("Schedule_Timezone"), s->timeZone},
         {QStringLiteral("Schedule_State"), s->stateString()},
         {QStringLiteral("State"), s->stateString()},
         {QStringLiteral("Schedule_Start_Date"), isoUtcMs(start)},
         {QStringLiteral("Schedule_Role"), s->roleArn.isEmpty() ? QJsonValue() : QJsonValue(s->roleArn)},
         {QStringLiteral("Target_Pipeline"), s->targetPipelineArn},
         {QStringLiteral("Target_Pipeline_Parameters"), Interchange::pipelineParametersJson(s->targetParameters)},
         {QStringLiteral("Orphaned"), s->orphaned}});
    return 0;
}

int deleteTriggers(Context &context)
{
    const Who opened = who(context);
    if (!opened.workspace)
        return opened.exitCode;
    const QStringList names = context.values(QStringLiteral("trigger-name"));
    if (names.isEmpty())
        return context.fail(Error::invalid(QStringLiteral("trigger-name"), Tr::tr("--trigger-name is required.")));
    for (const QString &name : names) {
        // The SDK deletes triggers outright: disable first, as the Schedules page's "disable and delete".
        const Status removed = opened.workspace->schedules().disableAndRemove(opened.identity, name);
        if (!removed)
            return context.fail(removed.error());
    }
    return 0;
}

} // namespace

void registerPipelineTriggerCommands(Registry &registry)
{
    const QCommandLineOption triggerName(QStringLiteral("trigger-name"),
                                         Tr::tr("A trigger (schedule) name. Repeatable."), Tr::tr("NAME"));
    registry.add(
        {QStringLiteral("pipelines"),
         QStringLiteral("put-triggers"),
         Tr::tr("Create or update schedules that start a pipeline (SageMaker SDK put_triggers)."),
         {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                             Tr::tr("NAME_OR_ARN")),
          triggerName,
          QCommandLineOption(QStringLiteral("expression"), Tr::tr("The schedule expression."), Tr::tr("EXPR")),
          QCommandLineOption(QStringLiteral("timezone"), Tr::tr("IANA or Windows time zone (default UTC)."),
                             Tr::tr("TZ")),
          QCommandLineOption(QStringLiteral("state"), Tr::tr("ENABLED or DISABLED (default ENABLED)."),
                             Tr::tr("STATE")),
          QCommandLineOption(QStringLiteral("start"), Tr::tr("No slot before this instant."), Tr::tr("INSTANT")),
          roleArnOption()},
         putTriggers});
    registry.add({QStringLiteral("pipelines"),
                  QStringLiteral("describe-trigger"),
                  Tr::tr("Describe one trigger of a pipeline (SageMaker SDK describe_trigger)."),
                  {triggerName},
                  describeTrigger});
    registry.add({QStringLiteral("pipelines"),
                  QStringLiteral("delete-triggers"),
                  Tr::tr("Disable and delete triggers (SageMaker SDK delete_triggers); their executions stay."),
                  {triggerName},
                  deleteTriggers});
}

} // namespace Pd::Cli

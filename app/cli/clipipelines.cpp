#include "cli.h"

#include "connected/cloudactions.h"
#include "connected/cloudsync.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/executionjson.h"
#include "pipelines/pipelineservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <optional>

namespace Pd::Cli {

namespace {

int listPipelines(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto pipelines = w.workspace->pipelines().pipelines(w.identity);
    if (!pipelines)
        return context.fail(pipelines.error());
    if (context.json()) {
        QJsonArray array;
        for (const Pipeline &p : pipelines.value())
            array.append(pipelineSummaryJson(p));
        context.printJson({{QStringLiteral("PipelineSummaries"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Pipeline &p : pipelines.value())
        rows.append({p.name, isoUtcMs(p.createdAt), p.arn});
    context.printTable({Tr::tr("NAME"), Tr::tr("CREATED"), Tr::tr("ARN")}, rows);
    return 0;
}

int describePipeline(Context &context)
{
    if (!context.isSet(QStringLiteral("pipeline-name")))
        return context.fail(Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("--pipeline-name is required.")));
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto p = w.workspace->pipelines().resolve(w.identity, context.value(QStringLiteral("pipeline-name")));
    if (!p)
        return context.fail(p.error());
    if (context.json()) {
        context.printJson(pipelineJson(p.value()));
        return 0;
    }
    const PipelineDefinition definition = PipelineDefinition::fromJson(p->definition);
    QTextStream &out = context.out();
    out << Tr::tr("Name: %1").arg(p->name) << '\n'
        << Tr::tr("ARN: %1").arg(p->arn) << '\n'
        << Tr::tr("Description: %1").arg(p->description) << '\n'
        << Tr::tr("Role: %1").arg(p->roleArn) << '\n'
        << Tr::tr("Created: %1 by %2").arg(isoUtcMs(p->createdAt), p->createdBy) << '\n'
        << Tr::tr("Parameters:") << '\n';
    for (const PipelineParameter &parameter : definition.parameters)
        out << QStringLiteral("  %1 (%2) = %3\n").arg(parameter.name, parameter.type, parameter.defaultValue);
    out << Tr::tr("Steps:") << '\n';
    for (const PipelineStep &step : definition.steps) {
        out << QStringLiteral("  %1 [%2]").arg(step.name, step.type);
        if (!step.dependsOn.isEmpty())
            out << QStringLiteral(" ← ") << step.dependsOn.join(QStringLiteral(", "));
        out << '\n';
    }
    out.flush();
    return 0;
}

Result<PipelineInput> pipelineInput(Context &context, bool create)
{
    PipelineInput input;
    input.name = context.value(QStringLiteral("pipeline-name"));
    if (input.name.isEmpty())
        return Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("--pipeline-name is required."));
    if (context.isSet(QStringLiteral("pipeline-definition-file"))) {
        auto definition = readDocument(QStringLiteral("pipeline-definition-file"),
                                       context.value(QStringLiteral("pipeline-definition-file")),
                                       Limits::pipelineDefinition());
        if (!definition)
            return definition.error();
        input.definition = definition.value();
    } else if (context.isSet(QStringLiteral("pipeline-definition"))) {
        input.definition = context.value(QStringLiteral("pipeline-definition")).toUtf8();
    } else if (create) {
        return Error::invalid(QStringLiteral("pipeline-definition-file"),
                              Tr::tr("--pipeline-definition-file (or --pipeline-definition) is required."));
    }
    input.roleArn = context.value(QStringLiteral("role-arn"));
    input.displayName = context.value(QStringLiteral("pipeline-display-name"));
    input.description = context.value(QStringLiteral("pipeline-description"));
    return input;
}

// The CloudActions that change the identity's pipelines: the cloud first for a connected account
// (refused with --cached), the pipelines service for a local one.
Result<CloudActions *> pipelineActions(Context &context, const QString &identity)
{
    auto cloud = context.cloudActionsFor(identity);
    if (!cloud || cloud.value())
        return cloud;
    return context.actions();
}

int createOrUpdatePipeline(Context &context, bool create)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto input = pipelineInput(context, create);
    if (!input)
        return context.fail(input.error());
    auto actions = pipelineActions(context, w.identity);
    if (!actions)
        return context.fail(actions.error());
    QString arn;
    const Status done = context.await(create ? actions.value()->createPipeline(w.identity, input.value())
                                             : actions.value()->updatePipeline(w.identity, input.value()),
                                      &arn);
    if (!done)
        return context.fail(done.error());
    if (context.json())
        context.printJson({{QStringLiteral("PipelineArn"), arn}});
    else
        context.out() << arn << Qt::endl;
    return 0;
}

int deletePipeline(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    const QString name = context.value(QStringLiteral("pipeline-name"));
    if (name.isEmpty())
        return context.fail(Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("--pipeline-name is required.")));
    auto actions = pipelineActions(context, w.identity);
    if (!actions)
        return context.fail(actions.error());
    const bool connected = !actions.value()->profileOf(w.identity).isEmpty();
    // What targets it, to warn about once it is gone. A connected account's pipeline may be in the
    // cloud and not yet in the mirror: the cloud, not the mirror, says whether it exists.
    auto dangling = w.workspace->pipelines().references(w.identity, name);
    if (!dangling && !connected)
        return context.fail(dangling.error());
    QString arn;
    if (Status deleted = context.await(actions.value()->deletePipeline(w.identity, name), &arn); !deleted)
        return context.fail(deleted.error());
    // The delete goes ahead like SageMaker's; what targeted the pipeline will fail to start it.
    if (dangling) {
        for (const QString &schedule : dangling->schedules)
            context.err()
                << Tr::tr("warning: schedule “%1” targets the deleted pipeline; its firings will fail.").arg(schedule)
                << Qt::endl;
        for (const QString &rule : dangling->rules)
            context.err()
                << Tr::tr("warning: rule “%1” targets the deleted pipeline; its invocations will fail.").arg(rule)
                << Qt::endl;
    }
    if (context.json())
        context.printJson({{QStringLiteral("PipelineArn"), arn}});
    else
        context.out() << arn << Qt::endl;
    return 0;
}

int simulateStep(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    StepSimulation simulation;
    if (context.isSet(QStringLiteral("duration-seconds"))) {
        bool ok = false;
        const double seconds = context.value(QStringLiteral("duration-seconds")).toDouble(&ok);
        if (!ok || seconds < 0)
            return context.fail(Error::invalid(QStringLiteral("duration-seconds"),
                                               Tr::tr("--duration-seconds: “%1” is not a number of seconds ≥ 0.")
                                                   .arg(context.value(QStringLiteral("duration-seconds")))));
        simulation.durationMs = qint64(seconds * 1000);
    }
    if (context.isSet(QStringLiteral("fail-attempts"))) {
        bool ok = false;
        simulation.failAttempts = context.value(QStringLiteral("fail-attempts")).toInt(&ok);
        if (!ok || simulation.failAttempts < 0)
            return context.fail(Error::invalid(QStringLiteral("fail-attempts"),
                                               Tr::tr("--fail-attempts: “%1” is not a whole number ≥ 0.")
                                                   .arg(context.value(QStringLiteral("fail-attempts")))));
    }
    simulation.failureReason = context.value(QStringLiteral("failure-reason"));
    const Status set = w.workspace->pipelines().setStepSimulation(
        w.identity, context.value(QStringLiteral("pipeline-name")), context.value(QStringLiteral("step-name")), simulation);
    if (!set)
        return context.fail(set.error());
    return 0;
}

QList<QCommandLineOption> definitionOptions()
{
    return {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name (update: or ARN)."),
                               Tr::tr("NAME")),
            QCommandLineOption(QStringLiteral("pipeline-definition-file"),
                               Tr::tr("A file with the SageMaker pipeline definition JSON."), Tr::tr("FILE")),
            QCommandLineOption(QStringLiteral("pipeline-definition"), Tr::tr("The pipeline definition JSON itself."),
                               Tr::tr("JSON")),
            QCommandLineOption(QStringLiteral("role-arn"), Tr::tr("The IAM role the pipeline runs as."), Tr::tr("ARN")),
            QCommandLineOption(QStringLiteral("pipeline-display-name"), Tr::tr("The name shown for the pipeline."),
                               Tr::tr("NAME")),
            QCommandLineOption(QStringLiteral("pipeline-description"), Tr::tr("A description."), Tr::tr("TEXT"))};
}

} // namespace

void registerPipelineCommands(Registry &registry)
{
    registry.add({QStringLiteral("pipelines"), QStringLiteral("list"),
                  Tr::tr("List the pipelines of the identity's account."), {}, listPipelines}).reads = SyncScope::Pipelines;
    registry.add({QStringLiteral("pipelines"), QStringLiteral("describe"), Tr::tr("Describe one pipeline."),
                  {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                                      Tr::tr("NAME_OR_ARN"))},
                  describePipeline}).reads = SyncScope::Pipelines;
    registry.add({QStringLiteral("pipelines"), QStringLiteral("create"),
                  Tr::tr("Create a pipeline in the identity's account from a definition; prints its ARN."),
                  definitionOptions(), [](Context &context) { return createOrUpdatePipeline(context, true); }});
    registry.add({QStringLiteral("pipelines"), QStringLiteral("update"),
                  Tr::tr("Change a pipeline's definition, role, display name or description."), definitionOptions(),
                  [](Context &context) { return createOrUpdatePipeline(context, false); }});
    registry.add({QStringLiteral("pipelines"), QStringLiteral("delete"),
                  Tr::tr("Delete a pipeline and its executions; warns about schedules and rules that target it."),
                  {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                                      Tr::tr("NAME_OR_ARN"))},
                  deletePipeline});
    registry.add({QStringLiteral("pipelines"), QStringLiteral("simulate-step"),
                  Tr::tr("Set how the local runner plays one step: its duration and how many attempts fail."),
                  {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                                      Tr::tr("NAME_OR_ARN")),
                   QCommandLineOption(QStringLiteral("step-name"), Tr::tr("The step."), Tr::tr("NAME")),
                   QCommandLineOption(QStringLiteral("duration-seconds"),
                                      Tr::tr("How long the step runs (default 5)."), Tr::tr("SECONDS")),
                   QCommandLineOption(QStringLiteral("fail-attempts"),
                                      Tr::tr("How many attempts fail before one succeeds (default 0)."), Tr::tr("N")),
                   QCommandLineOption(QStringLiteral("failure-reason"), Tr::tr("The failure reason to report."),
                                      Tr::tr("TEXT"))},
                  simulateStep});
}

} // namespace Pd::Cli

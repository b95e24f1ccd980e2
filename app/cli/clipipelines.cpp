#include "cli.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

QJsonObject userContext(const QString &user, const QString &accountId)
{
    return {{QStringLiteral("UserProfileName"), user},
            {QStringLiteral("IamIdentity"),
             QJsonObject{{QStringLiteral("Arn"), QStringLiteral("arn:aws:iam::%1:user/%2").arg(accountId, user)}}}};
}

int listPipelines(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto identity = context.identity();
    if (!identity)
        return context.fail(identity.error());
    auto pipelines = (*workspace)->pipelines().pipelines(identity.value());
    if (!pipelines)
        return context.fail(pipelines.error());
    if (context.json()) {
        QJsonArray array;
        for (const Pipeline &p : pipelines.value()) {
            array.append(QJsonObject{{QStringLiteral("PipelineArn"), p.arn},
                                     {QStringLiteral("PipelineName"), p.name},
                                     {QStringLiteral("PipelineDisplayName"), p.displayName},
                                     {QStringLiteral("PipelineDescription"), p.description},
                                     {QStringLiteral("RoleArn"), p.roleArn},
                                     {QStringLiteral("CreationTime"), isoUtcMs(p.createdAt)},
                                     {QStringLiteral("LastModifiedTime"), isoUtcMs(p.modifiedAt)}});
        }
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
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto identity = context.identity();
    if (!identity)
        return context.fail(identity.error());
    auto p = (*workspace)->pipelines().resolve(identity.value(), context.value(QStringLiteral("pipeline-name")));
    if (!p)
        return context.fail(p.error());
    const QJsonObject object{{QStringLiteral("PipelineArn"), p->arn},
                             {QStringLiteral("PipelineName"), p->name},
                             {QStringLiteral("PipelineDisplayName"), p->displayName},
                             {QStringLiteral("PipelineDefinition"), QString::fromUtf8(p->definition)},
                             {QStringLiteral("PipelineDescription"), p->description},
                             {QStringLiteral("RoleArn"), p->roleArn},
                             {QStringLiteral("PipelineStatus"), p->status},
                             {QStringLiteral("CreationTime"), isoUtcMs(p->createdAt)},
                             {QStringLiteral("LastModifiedTime"), isoUtcMs(p->modifiedAt)},
                             {QStringLiteral("CreatedBy"), userContext(p->createdBy, p->accountId)},
                             {QStringLiteral("LastModifiedBy"), userContext(p->modifiedBy, p->accountId)}};
    if (context.json()) {
        context.printJson(object);
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

} // namespace

void registerPipelineCommands(Registry &registry)
{
    registry.add({QStringLiteral("pipelines"), QStringLiteral("list"),
                  Tr::tr("List the pipelines of the identity's account."), {}, listPipelines});
    registry.add({QStringLiteral("pipelines"), QStringLiteral("describe"), Tr::tr("Describe one pipeline."),
                  {QCommandLineOption(QStringLiteral("pipeline-name"), Tr::tr("The pipeline's name or ARN."),
                                      Tr::tr("NAME_OR_ARN"))},
                  describePipeline});
}

} // namespace Pd::Cli

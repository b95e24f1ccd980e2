// CloudActions on SageMaker pipelines: cloud first for a connected account, the local PipelineService
// otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "connected/cloudsync.h"
#include "core/tr.h"
#include "pipelines/sagemakerapi.h"
#include "workspace/workspace.h"

namespace Pd {

using namespace CloudActionsDetail;

namespace {

// Only the owner changes a pipeline: one named by the ARN of another account is refused as the
// service refuses it, before the cloud is asked.
Status checkOwner(const QString &identity, const QString &nameOrArn)
{
    const QString owner = accountOfArn(nameOrArn);
    if (owner.isEmpty() || owner == identity)
        return {};
    return Error::denied(Tr::tr("Account %1 may not change pipeline %2: only its owner, account %3, may.")
                             .arg(identity, nameOrArn, owner));
}

// The members CreatePipeline and UpdatePipeline share, as given (empty ones are not sent).
QJsonObject pipelineMembers(const PipelineInput &input)
{
    QJsonObject members{{QStringLiteral("PipelineName"), input.name}};
    if (!input.definition.isEmpty())
        members.insert(QStringLiteral("PipelineDefinition"), QString::fromUtf8(input.definition));
    if (!input.displayName.isEmpty())
        members.insert(QStringLiteral("PipelineDisplayName"), input.displayName);
    if (!input.description.isEmpty())
        members.insert(QStringLiteral("PipelineDescription"), input.description);
    if (!input.roleArn.isEmpty())
        members.insert(QStringLiteral("RoleArn"), input.roleArn);
    return members;
}

// The pipeline alone, read back whole: DescribePipeline, then its executions.
SyncScope onePipeline(const QString &nameOrArn)
{
    return {SyncScope::Executions, nameOrArn, {}};
}

} // namespace

CloudJob *CloudActions::createPipeline(const QString &identity, const PipelineInput &input)
{
    if (profileOf(identity).isEmpty()) {
        auto created = m_connections.workspace().pipelines().createPipeline(identity, input);
        return created ? finished(Status(), created->arn) : finished(created.error());
    }
    if (Status checked = PipelineService::checkInput(input, true); !checked)
        return finished(checked);
    // The local workspace runs a pipeline without a role; SageMaker needs the role it runs as.
    if (input.roleArn.isEmpty())
        return finished(Error::invalid(QStringLiteral("role-arn"),
                                       Tr::tr("role-arn: a pipeline of a connected account runs in the cloud as an "
                                              "IAM role; name it (arn:aws:iam::<account>:role/<name>).")));
    auto *job = new CloudJob(this);
    callFor(job, identity, SageMakerApi::createPipeline(), pipelineMembers(input),
            [this, job, identity, name = input.name](const QJsonObject &answer) {
                const QString arn = answer.value(QStringLiteral("PipelineArn")).toString();
                refresh(job, identity, onePipeline(arn.isEmpty() ? name : arn), arn);
            });
    return job;
}

CloudJob *CloudActions::updatePipeline(const QString &identity, const PipelineInput &input)
{
    if (profileOf(identity).isEmpty()) {
        auto updated = m_connections.workspace().pipelines().updatePipeline(identity, input);
        return updated ? finished(Status(), updated->arn) : finished(updated.error());
    }
    if (input.name.isEmpty())
        return finished(Error::invalid(QStringLiteral("pipeline-name"),
                                       Tr::tr("pipeline-name: a pipeline name or ARN is required.")));
    if (Status owner = checkOwner(identity, input.name); !owner)
        return finished(owner);
    if (Status checked = PipelineService::checkInput(input, false); !checked)
        return finished(checked);
    auto *job = new CloudJob(this);
    callFor(job, identity, SageMakerApi::updatePipeline(), pipelineMembers(input),
            [this, job, identity, name = input.name](const QJsonObject &answer) {
                const QString arn = answer.value(QStringLiteral("PipelineArn")).toString();
                refresh(job, identity, onePipeline(arn.isEmpty() ? name : arn), arn);
            });
    return job;
}

CloudJob *CloudActions::deletePipeline(const QString &identity, const QString &nameOrArn)
{
    if (profileOf(identity).isEmpty()) {
        PipelineService &pipelines = m_connections.workspace().pipelines();
        // The service answers with what the delete left dangling; the job with the ARN it deleted.
        const auto found = pipelines.resolve(identity, nameOrArn);
        auto deleted = pipelines.deletePipeline(identity, nameOrArn);
        if (!deleted)
            return finished(deleted.error());
        return finished(Status(), found ? found->arn : nameOrArn);
    }
    if (nameOrArn.isEmpty())
        return finished(Error::invalid(QStringLiteral("pipeline-name"),
                                       Tr::tr("pipeline-name: a pipeline name or ARN is required.")));
    if (Status owner = checkOwner(identity, nameOrArn); !owner)
        return finished(owner);
    auto *job = new CloudJob(this);
    callFor(job, identity, SageMakerApi::deletePipeline(), {{QStringLiteral("PipelineName"), nameOrArn}},
            [this, job, identity, nameOrArn](const QJsonObject &answer) {
                // Gone from the listing: only a whole ListPipelines lets the mirror drop the row.
                const QString arn = answer.value(QStringLiteral("PipelineArn")).toString();
                refresh(job, identity, SyncScope::Pipelines, arn.isEmpty() ? nameOrArn : arn);
            });
    return job;
}

} // namespace Pd

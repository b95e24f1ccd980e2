#include "pipelineservice.h"

#include "core/ids.h"
#include "core/tr.h"
#include "sharing/access.h"
#include "store/pipelinestore.h"
#include "workspace/workspace.h"

namespace Pd {

Result<QList<Pipeline>> PipelineService::pipelines(const QString &identity) const
{
    return PipelineStore(m_workspace.database()).pipelines(identity);
}

Result<Pipeline> PipelineService::resolve(const QString &identity, const QString &nameOrArn) const
{
    PipelineStore store(m_workspace.database());
    if (nameOrArn.startsWith(QLatin1String("arn:"))) {
        const ArnParts parts = parseArn(nameOrArn);
        if (!parts.valid || parts.service != QLatin1String("sagemaker")
            || !parts.resource.startsWith(QLatin1String("pipeline/")))
            return Error::invalid(QStringLiteral("pipeline-name"),
                                  Tr::tr("pipeline-name: “%1” is not a SageMaker pipeline ARN.").arg(nameOrArn));
        auto found = store.pipeline(nameOrArn);
        if (!found)
            return found.error();
        if (Status allowed = m_workspace.access().check(identity, PipelineAction::DescribePipeline, found->arn);
            !allowed)
            return allowed.error();
        return found;
    }
    auto found = store.pipeline(pipelineArn(m_workspace.region(), identity, nameOrArn));
    if (!found)
        return Error::notFound(Tr::tr("Pipeline “%1” does not exist in account %2.").arg(nameOrArn, identity));
    return found;
}

Result<QList<Execution>> PipelineService::recentExecutions(const QString &identity, const QString &pipelineArn,
                                                           int limit) const
{
    auto pipeline = resolve(identity, pipelineArn);
    if (!pipeline)
        return pipeline.error();
    return PipelineStore(m_workspace.database()).executions(pipeline->arn, limit);
}

} // namespace Pd

#include "access.h"

#include "core/ids.h"
#include "core/tr.h"

namespace Pd {

QString actionName(PipelineAction action)
{
    switch (action) {
    case PipelineAction::DescribePipeline: return QStringLiteral("sagemaker:DescribePipeline");
    case PipelineAction::DescribePipelineDefinitionForExecution:
        return QStringLiteral("sagemaker:DescribePipelineDefinitionForExecution");
    case PipelineAction::DescribePipelineExecution: return QStringLiteral("sagemaker:DescribePipelineExecution");
    case PipelineAction::ListPipelineExecutions: return QStringLiteral("sagemaker:ListPipelineExecutions");
    case PipelineAction::ListPipelineExecutionSteps: return QStringLiteral("sagemaker:ListPipelineExecutionSteps");
    case PipelineAction::ListPipelineParametersForExecution:
        return QStringLiteral("sagemaker:ListPipelineParametersForExecution");
    case PipelineAction::Search: return QStringLiteral("sagemaker:Search");
    case PipelineAction::StartPipelineExecution: return QStringLiteral("sagemaker:StartPipelineExecution");
    case PipelineAction::StopPipelineExecution: return QStringLiteral("sagemaker:StopPipelineExecution");
    case PipelineAction::RetryPipelineExecution: return QStringLiteral("sagemaker:RetryPipelineExecution");
    }
    return QString();
}

Status AccessService::check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const
{
    const ArnParts parts = parseArn(pipelineArn);
    if (parts.valid && parts.account == accountId)
        return {};
    // Resource shares are not consulted yet (see the resource-sharing issue): only owners may act.
    return Error::denied(Tr::tr("Account %1 is not allowed to perform %2 on %3: the pipeline belongs to account %4 "
                                "and no resource share grants this action.")
                             .arg(accountId, actionName(action), pipelineArn, parts.account));
}

Result<QStringList> AccessService::sharedPipelineArns(const QString &accountId) const
{
    Q_UNUSED(accountId)
    return QStringList();
}

} // namespace Pd

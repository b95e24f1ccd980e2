#include "pipelines/pipelineaccess.h"

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

} // namespace Pd

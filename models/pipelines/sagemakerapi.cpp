#include "sagemakerapi.h"

namespace Pd {

namespace {

AwsOperation operation(const char *name)
{
    AwsOperation o;
    o.service = QStringLiteral("sagemaker");
    o.name = QLatin1String(name);
    o.protocol = AwsProtocol::Json11;
    o.targetPrefix = QStringLiteral("SageMaker");
    return o;
}

} // namespace

namespace SageMakerApi {

const AwsOperation &listPipelines()
{
    static const AwsOperation o = operation("ListPipelines");
    return o;
}

const AwsOperation &describePipeline()
{
    static const AwsOperation o = operation("DescribePipeline");
    return o;
}

const AwsOperation &createPipeline()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("CreatePipeline");
        op.idempotencyTokens = {QStringLiteral("ClientRequestToken")};
        return op;
    }();
    return o;
}

const AwsOperation &updatePipeline()
{
    static const AwsOperation o = operation("UpdatePipeline");
    return o;
}

const AwsOperation &deletePipeline()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("DeletePipeline");
        op.idempotencyTokens = {QStringLiteral("ClientRequestToken")};
        return op;
    }();
    return o;
}

const AwsOperation &describePipelineDefinitionForExecution()
{
    static const AwsOperation o = operation("DescribePipelineDefinitionForExecution");
    return o;
}

const AwsOperation &startPipelineExecution()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("StartPipelineExecution");
        op.idempotencyTokens = {QStringLiteral("ClientRequestToken")};
        return op;
    }();
    return o;
}

const AwsOperation &stopPipelineExecution()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("StopPipelineExecution");
        op.idempotencyTokens = {QStringLiteral("ClientRequestToken")};
        return op;
    }();
    return o;
}

const AwsOperation &retryPipelineExecution()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("RetryPipelineExecution");
        op.idempotencyTokens = {QStringLiteral("ClientRequestToken")};
        return op;
    }();
    return o;
}

const AwsOperation &listPipelineExecutions()
{
    static const AwsOperation o = operation("ListPipelineExecutions");
    return o;
}

const AwsOperation &describePipelineExecution()
{
    static const AwsOperation o = operation("DescribePipelineExecution");
    return o;
}

const AwsOperation &listPipelineExecutionSteps()
{
    static const AwsOperation o = operation("ListPipelineExecutionSteps");
    return o;
}

const AwsOperation &listPipelineParametersForExecution()
{
    static const AwsOperation o = operation("ListPipelineParametersForExecution");
    return o;
}

const QList<const AwsOperation *> &all()
{
    static const QList<const AwsOperation *> operations = {
        &listPipelines(),
        &describePipeline(),
        &createPipeline(),
        &updatePipeline(),
        &deletePipeline(),
        &describePipelineDefinitionForExecution(),
        &startPipelineExecution(),
        &stopPipelineExecution(),
        &retryPipelineExecution(),
        &listPipelineExecutions(),
        &describePipelineExecution(),
        &listPipelineExecutionSteps(),
        &listPipelineParametersForExecution(),
    };
    return operations;
}

const AwsOperation *byName(const QString &name)
{
    return AwsProtocols::find(all(), name);
}

} // namespace SageMakerApi

} // namespace Pd

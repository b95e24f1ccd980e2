#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Pd {

// The SageMaker actions that resource shares grant (AWS RAM managed permissions).
enum class PipelineAction {
    DescribePipeline,
    DescribePipelineDefinitionForExecution,
    DescribePipelineExecution,
    ListPipelineExecutions,
    ListPipelineExecutionSteps,
    ListPipelineParametersForExecution,
    Search,
    StartPipelineExecution,
    StopPipelineExecution,
    RetryPipelineExecution,
};

// "sagemaker:StartPipelineExecution"
QString actionName(PipelineAction action);

// What an account holds on a pipeline, strongest first. Owner covers every action.
enum class AccessLevel { None, ReadOnly, AllowExecution, Owner };

// What the pipelines slice needs to know about access, declared here so that pipelines never
// include sharing: sharing's AccessService implements it (resource shares, AWS RAM semantics) and
// the Workspace hands it to PipelineService. A test may hand in its own.
class PipelineAccess : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Ok, or Error::Code::PermissionDenied naming the missing permission or the pending invitation.
    // pipelineArn may also be an execution ARN: a permission covers the pipeline's executions.
    virtual Status check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const = 0;
    // Pipelines of OTHER accounts that accountId may at least read. Owned pipelines are not listed. Sorted.
    virtual Result<QStringList> sharedPipelineArns(const QString &accountId) const = 0;

signals:
    // Shares, principals or invitations changed: cached decisions and views must be refreshed.
    void accessChanged();
};

} // namespace Pd

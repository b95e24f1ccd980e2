#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Pd {

class Workspace;

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

// The one place that decides whether an account may do an action on a pipeline (and all its
// executions). Both programs reach it only through the services, so a check cannot be skipped.
//
// An account may do anything on the pipelines it owns; everything else comes from resource shares.
// A refusal is Error::Code::PermissionDenied with a message that names the missing permission or
// the pending invitation.
class AccessService : public QObject
{
    Q_OBJECT

public:
    explicit AccessService(Workspace &workspace) : m_workspace(workspace) {}

    Status check(const QString &accountId, PipelineAction action, const QString &pipelineArn) const;

    // Pipelines of OTHER accounts that accountId may at least read (an accepted or organization
    // share with either permission). Owned pipelines are not listed. Empty until shares exist.
    Result<QStringList> sharedPipelineArns(const QString &accountId) const;

signals:
    // Shares, principals or invitations changed: cached decisions and views must be refreshed.
    void accessChanged();

private:
    Workspace &m_workspace;
};

} // namespace Pd

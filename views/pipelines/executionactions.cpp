#include "views/pipelines/executionactions.h"

#include "accounts/accountservice.h"
#include "pipelines/pipelineservice.h"
#include "sharing/accessservice.h"
#include "workspace/workspace.h"

namespace Pd {

namespace {

// The account an ARN names (arn:aws:sagemaker:us-east-1:111111111111:pipeline/train).
QString accountOfArn(const QString &arn)
{
    return arn.startsWith(QLatin1String("arn:")) ? arn.section(QLatin1Char(':'), 4, 4) : QString();
}

} // namespace

ExecutionActions::ExecutionActions(Workspace &workspace, bool cloudAvailable)
    : m_workspace(workspace)
    , m_cloudAvailable(cloudAvailable)
{}

QString ExecutionActions::connectedAccount(const QString &identity, const QString &arn) const
{
    for (const QString &id : {identity, accountOfArn(arn)}) {
        if (id.isEmpty())
            continue;
        auto account = m_workspace.accounts().account(id);
        if (account && account->isConnected())
            return id;
    }
    return QString();
}

Status ExecutionActions::checkOnline(const QString &accountId) const
{
    // Asked once an account: the page asks for every pipeline of its filter.
    const auto known = m_online.constFind(accountId);
    if (known != m_online.constEnd())
        return *known;
    const Status result = readOnline(accountId);
    m_online.insert(accountId, result);
    return result;
}

Status ExecutionActions::readOnline(const QString &accountId) const
{
    auto status = m_workspace.accounts().mirrorStatus(accountId, MirrorKind::Pipelines);
    if (!status)
        return status.error();
    if (status->offline)
        return Error::conflict(
            tr("Account %1 is offline (%2). Refresh (F5) to reconnect first.")
                .arg(status->accountName.isEmpty() ? accountId : status->accountName, status->offlineReason));
    return {};
}

Status ExecutionActions::canStart(const QString &identity, const QString &pipelineArn) const
{
    const QString account = connectedAccount(identity, pipelineArn);
    if (account.isEmpty() || !m_cloudAvailable)
        return m_workspace.pipelines().canStart(identity, pipelineArn);
    if (Status online = checkOnline(account); !online)
        return online;
    return m_workspace.access().check(identity, PipelineAction::StartPipelineExecution, pipelineArn);
}

Status ExecutionActions::canStop(const QString &identity, const Execution &execution) const
{
    const QString account = connectedAccount(identity, execution.pipelineArn);
    if (account.isEmpty() || !m_cloudAvailable)
        return m_workspace.pipelines().canStop(identity, execution);
    if (Status online = checkOnline(account); !online)
        return online;
    if (Status allowed =
            m_workspace.access().check(identity, PipelineAction::StopPipelineExecution, execution.pipelineArn);
        !allowed)
        return allowed;
    if (execution.status != ExecutionStatus::Executing)
        return Error::conflict(
            tr("Only an executing execution can be stopped; this one is %1.").arg(displayName(execution.status)));
    return {};
}

Status ExecutionActions::canRetry(const QString &identity, const Execution &execution) const
{
    const QString account = connectedAccount(identity, execution.pipelineArn);
    if (account.isEmpty() || !m_cloudAvailable)
        return m_workspace.pipelines().canRetry(identity, execution);
    if (Status online = checkOnline(account); !online)
        return online;
    if (Status allowed =
            m_workspace.access().check(identity, PipelineAction::RetryPipelineExecution, execution.pipelineArn);
        !allowed)
        return allowed;
    if (execution.status != ExecutionStatus::Failed)
        return Error::conflict(
            tr("Only a failed execution can be retried; this one is %1.").arg(displayName(execution.status)));
    return {};
}

} // namespace Pd

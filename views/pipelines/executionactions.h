#pragma once

#include "core/result.h"
#include "pipelines/execution.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Pd {

class Workspace;

// What the Executions page and the Start dialog may do now, and why not, in one place the tests
// can ask without widgets.
//
// An action goes through a connected account when the identity is connected, or else when the
// pipeline's own account is (CloudActions decides the same way). Such an action is the cloud's:
// with cloud actions available (the window's CloudActions) it is allowed when the account is
// online, the identity may (the share, for another account's pipeline) and the execution's status
// allows it; the cloud then has the last word. Offline, it is refused until a refresh reconnects.
// Without cloud actions, a connected account's objects are refused as the pipelines service
// refuses any local change to them. A local account's actions are the pipelines service's checks.
class ExecutionActions
{
    Q_DECLARE_TR_FUNCTIONS(Pd::ExecutionActions)

public:
    // cloudAvailable: whether actions on connected accounts can be sent (a CloudActions exists).
    // An account's connection state is read once: make a new one after it may have changed.
    ExecutionActions(Workspace &workspace, bool cloudAvailable);

    // The connected account an action of `identity` on this pipeline or execution ARN goes through;
    // empty when it is a local action.
    QString connectedAccount(const QString &identity, const QString &arn) const;

    Status canStart(const QString &identity, const QString &pipelineArn) const;
    Status canStop(const QString &identity, const Execution &execution) const;
    Status canRetry(const QString &identity, const Execution &execution) const;

private:
    // For a connected account: Ok when online, else why not.
    Status checkOnline(const QString &accountId) const;
    Status readOnline(const QString &accountId) const;

    Workspace &m_workspace;
    bool m_cloudAvailable;
    mutable QHash<QString, Status> m_online;
};

} // namespace Pd

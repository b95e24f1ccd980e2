#pragma once

#include "core/result.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QObject>

namespace Pd {

class Workspace;

// The one way to read and change pipelines and executions, for the GUI and the CLI alike.
// Every call names the identity (account id) it acts as; access is checked here, never in views.
class PipelineService : public QObject
{
    Q_OBJECT

public:
    explicit PipelineService(Workspace &workspace) : m_workspace(workspace) {}

    // Pipelines owned by the identity's account, by name.
    Result<QList<Pipeline>> pipelines(const QString &identity) const;
    // A pipeline by name (in the identity's account) or by ARN. NotFound names what was looked for.
    Result<Pipeline> resolve(const QString &identity, const QString &nameOrArn) const;
    // The newest executions of a pipeline the identity may see.
    Result<QList<Execution>> recentExecutions(const QString &identity, const QString &pipelineArn, int limit) const;

signals:
    void pipelinesChanged(const QString &accountId);
    void executionsChanged(const QString &pipelineArn);

private:
    Workspace &m_workspace;
};

} // namespace Pd

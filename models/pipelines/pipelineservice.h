#pragma once

#include "core/result.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QHash>
#include <QObject>

namespace Pd {

class PipelineAccess;
class ServiceContext;

// What create and update take. Empty optional members of an update are left as they are.
struct PipelineInput
{
    QString name;            // create: the new name; update: name or ARN of the pipeline
    QByteArray definition;   // the SageMaker definition JSON (required for create)
    QString roleArn;         // an IAM role ARN (isIamRoleArn) or empty; InvalidInput "role-arn" otherwise
    QString displayName;
    QString description;
};

// What start takes. The engine and the rules pass their kind and their own ARN as startedBy.
struct StartRequest
{
    QString pipeline; // name (in the identity's account) or ARN
    QList<ExecutionParameter> parameters;
    QString displayName; // default: "execution-<time>"
    QString description;
    QString clientRequestToken; // 32–128 characters, or empty for no idempotency
    StartedByKind startedByKind = StartedByKind::User;
    QString startedBy; // default: the OS user (Session::userName())
};

// DescribePipelineDefinitionForExecution: the definition an execution started with.
struct ExecutionDefinition
{
    QByteArray definition;
    qint64 creationTime = 0; // as SageMaker gives it: when the pipeline was created
};

// The one way to read and change pipelines and executions, for the GUI, the CLI, the scheduler
// engine and the rules alike. Every call names the identity (account id) it acts as and is checked
// with AccessService for the exact SageMaker action; a refusal is PermissionDenied. Writes run in
// one Database::transaction(): on any error nothing is stored. Successful writes emit
// pipelinesChanged or executionsChanged after the commit.
class PipelineService : public QObject
{
    Q_OBJECT

public:
    PipelineService(ServiceContext &context, PipelineAccess &access) : m_context(context), m_access(access) {}

    // Pipelines owned by the identity's account, by name.
    Result<QList<Pipeline>> pipelines(const QString &identity) const;
    // Owned pipelines and pipelines shared with the identity (AccessService::sharedPipelineArns).
    Result<QList<Pipeline>> visiblePipelines(const QString &identity) const;
    // The visible pipelines the identity may start now (owned, or shared with the allow-execution
    // permission and an accepted invitation), in visiblePipelines() order: what a rule or schedule
    // target, or a Start button, may offer.
    Result<QList<Pipeline>> startablePipelines(const QString &identity) const;
    // A pipeline by name (in the identity's account) or by ARN, checked for DescribePipeline.
    Result<Pipeline> resolve(const QString &identity, const QString &nameOrArn) const;
    // The newest executions of a pipeline the identity may see.
    Result<QList<Execution>> recentExecutions(const QString &identity, const QString &pipelineArn, int limit) const;

    // What create (create = true) and update check of the input itself, before anything else: the
    // name (create), the definition (required for create; length, JSON, Version, steps), the role
    // ARN. InvalidInput naming the field. For callers that send the input elsewhere (CloudActions,
    // to a connected account) and refuse bad input before any request, in the same words.
    static Status checkInput(const PipelineInput &input, bool create);
    // Creates a pipeline in the identity's account from a validated definition. Conflict when the
    // name is taken.
    Result<Pipeline> createPipeline(const QString &identity, const PipelineInput &input);
    // Changes definition, role, display name or description. Only the owning account may.
    Result<Pipeline> updatePipeline(const QString &identity, const PipelineInput &input);
    // Schedules and rules that target a pipeline: what a delete leaves dangling.
    Result<PipelineReferences> references(const QString &identity, const QString &nameOrArn) const;
    // Deletes a pipeline with its executions; returns the references that now dangle, so callers
    // can warn. Only the owning account may.
    Result<PipelineReferences> deletePipeline(const QString &identity, const QString &nameOrArn);

    // Starts an execution: checks StartPipelineExecution, validates the parameters against the
    // definition (unknown names, types; defaults fill the rest), stores the execution with its
    // first steps Starting. With a token, a repeated identical request returns the first ARN and a
    // different request with the same token is InvalidInput. Returns the execution ARN.
    Result<QString> start(const QString &identity, const StartRequest &request);
    // The same, writing through the caller's open Database::transaction() so that the caller's
    // own rows (a firing) commit or roll back together with the execution. Emits nothing: after
    // its commit the caller calls notifyExecutionsChanged(pipelineArn of the result).
    Result<Execution> startInTransaction(const QString &identity, const StartRequest &request);
    // Executing → Stopping (the runner then stops its steps: → Stopped). Conflict otherwise.
    Result<QString> stop(const QString &identity, const QString &executionArn, const QString &clientRequestToken = {});
    // Failed → Executing: failed and never-run steps run again, succeeded ones are kept. Conflict
    // otherwise.
    Result<QString> retry(const QString &identity, const QString &executionArn, const QString &clientRequestToken = {});

    // Why the identity may not do this now (empty Status: it may). For enabling buttons.
    Status canStart(const QString &identity, const QString &pipelineArn) const;
    Status canStop(const QString &identity, const Execution &execution) const;
    Status canRetry(const QString &identity, const Execution &execution) const;
    // Whether the identity may create pipelines here, and change or delete this one, locally: not
    // in a connected account (the cloud is changed first), with the reason.
    Status canCreatePipeline(const QString &identity) const;
    Status canChange(const Pipeline &pipeline) const { return checkLocal(pipeline); }

    // Reading executions, each checked for its SageMaker action.
    // With steps and the PipelineExperimentConfig resolved from the execution's definition.
    Result<Execution> describeExecution(const QString &identity, const QString &executionArn) const;
    // The definition the execution started with (kept at start, unchanged by later updates of the
    // pipeline); an execution from before definitions were kept reads the pipeline's current one.
    Result<ExecutionDefinition> executionDefinition(const QString &identity, const QString &executionArn) const;
    Result<QList<StepExecution>> executionSteps(const QString &identity, const QString &executionArn) const;
    Result<QList<ExecutionParameter>> executionParameters(const QString &identity, const QString &executionArn) const;
    Result<QList<Execution>> listExecutions(const QString &identity, const QString &pipelineNameOrArn) const;
    // The pipelines whose executions the identity may list (owned and shared), for the Executions page.
    Result<QStringList> visiblePipelineArns(const QString &identity) const;
    // One page of executions of visible pipelines (query.visiblePipelineArns is filled in here).
    Result<QList<Execution>> findExecutions(const QString &identity, ExecutionQuery query, int offset,
                                            int limit) const;

    // The local runner's per-step settings. Only the owning account may change them.
    Result<QHash<QString, StepSimulation>> stepSimulations(const QString &identity, const QString &nameOrArn) const;
    Status setStepSimulation(const QString &identity, const QString &nameOrArn, const QString &stepName,
                             const StepSimulation &simulation);

    // Parameters as they will run: given values checked against the definition, defaults filled in,
    // in definition order. InvalidInput names the parameter.
    static Result<QList<ExecutionParameter>> resolveParameters(const PipelineDefinition &definition,
                                                               const QList<ExecutionParameter> &given);

    void notifyExecutionsChanged(const QString &pipelineArn) { emit executionsChanged(pipelineArn); }
    // For writers besides this service (the mirror of a connected account), after their commit.
    void notifyPipelinesChanged(const QString &accountId) { emit pipelinesChanged(accountId); }

signals:
    void pipelinesChanged(const QString &accountId);
    void executionsChanged(const QString &pipelineArn);

private:
    // A pipeline by name or ARN without an access check.
    Result<Pipeline> lookup(const QString &identity, const QString &nameOrArn) const;
    Result<Pipeline> owned(const QString &identity, const QString &nameOrArn) const;
    // Conflict for an object of a connected account (ConnectedAccounts::checkLocalChange).
    Status checkLocal(const Pipeline &pipeline) const;
    Status checkLocal(const Execution &execution) const;
    Result<Execution> executionFor(const QString &identity, const QString &executionArn, int action) const;
    Result<QString> changeExecution(const QString &identity, const QString &executionArn, const QString &token,
                                    bool retry);

    ServiceContext &m_context;
    PipelineAccess &m_access;
};

} // namespace Pd

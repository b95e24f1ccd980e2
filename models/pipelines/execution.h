#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pd {

enum class ExecutionStatus { Executing, Stopping, Stopped, Failed, Succeeded };
enum class StepStatus { Starting, Executing, Stopping, Stopped, Failed, Succeeded };

// The API spelling ("Executing"), used in SQL and JSON. Never translated.
QString toApiString(ExecutionStatus status);
QString toApiString(StepStatus status);
bool executionStatusFromApi(const QString &text, ExecutionStatus *status);
bool stepStatusFromApi(const QString &text, StepStatus *status);
// What a person reads, translated.
QString displayName(ExecutionStatus status);
QString displayName(StepStatus status);
bool isTerminal(ExecutionStatus status);
bool isActive(StepStatus status); // Starting, Executing or Stopping

// SageMaker's lifecycle. Executions: Executing → Stopping → Stopped, Executing → Failed | Succeeded,
// and RetryPipelineExecution: Failed → Executing. Steps: Starting → Executing → Succeeded | Failed,
// Starting | Executing → Stopping → Stopped (and a step may finish before it reported Executing);
// a retry re-runs a Failed or Stopped step: → Starting. Nothing else is legal.
bool isLegalTransition(ExecutionStatus from, ExecutionStatus to);
bool isLegalTransition(StepStatus from, StepStatus to);

struct ExecutionParameter
{
    QString name;
    QString value;
};

struct StepExecution
{
    QString name;
    QString type;
    StepStatus status = StepStatus::Starting;
    qint64 startTime = 0; // 0 when it never started
    qint64 endTime = 0;
    QString failureReason;
    int attempt = 1;
};

// Who or what started an execution.
enum class StartedByKind { User, Schedule, Rule, Retry };
QString toApiString(StartedByKind kind);
StartedByKind startedByKindFromApi(const QString &text);
QString displayName(StartedByKind kind);

// The failure reason SageMaker gives an execution whose step failed.
QString stepFailureReason();

struct Execution
{
    QString arn;
    QString pipelineArn;
    QString displayName;
    QString description;
    ExecutionStatus status = ExecutionStatus::Executing;
    QString failureReason;
    QList<ExecutionParameter> parameters;
    StartedByKind startedByKind = StartedByKind::User;
    QString startedBy;       // user name, schedule ARN, rule ARN or the retried execution
    QString actingAccountId; // the identity that caused it (may differ from the owner when shared)
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 lastModifiedTime = 0;
    QString clientRequestToken;
    // The stored definition the execution started with (PipelineStore::definitionVersion); 0 for
    // executions from before definitions were kept, which run with their pipeline's current one.
    qint64 definitionId = 0;
    // PipelineExperimentConfig as DescribePipelineExecution returns it, resolved from the
    // definition by PipelineService::describeExecution; both empty when the definition has none.
    QString experimentName;
    QString trialName;
    QList<StepExecution> steps; // only steps that have started, in the order they started

    StepExecution *step(const QString &name);
    const StepExecution *step(const QString &name) const;
};

// Resolves a definition's PipelineExperimentConfig for an execution as SageMaker does and fills
// execution.experimentName and trialName (left empty when the definition has no config). Values
// may be text, {"Get": "Execution.PipelineName" | "Execution.PipelineExecutionId" |
// "Execution.PipelineExecutionArn" | "Parameters.<name>"} or {"Std:Join": {"On": .., "Values": [..]}};
// a value it cannot resolve stays empty.
void resolveExperimentConfig(Execution &execution, const QJsonObject &definition, const QString &pipelineName);

// How the local runner plays one step (stored per pipeline and step in the workspace). Without a
// setting a step takes defaultDurationMs and succeeds.
struct StepSimulation
{
    static constexpr qint64 defaultDurationMs = 5000;
    qint64 durationMs = defaultDurationMs;
    int failAttempts = 0; // the first failAttempts attempts of the step fail; a retry after that succeeds
    QString failureReason;
};

// What the Executions page asks the store for. Filters combine with AND.
struct ExecutionQuery
{
    enum class SortKey { StartTime, EndTime, DisplayName, Pipeline, Status, StartedBy };

    QStringList visiblePipelineArns; // only executions of these pipelines (empty: none)
    QString pipelineArn;             // empty: any visible pipeline
    std::optional<ExecutionStatus> status;
    std::optional<StartedByKind> startedByKind;
    qint64 startedFrom = 0; // start_time >= startedFrom when non-zero (ms since epoch, UTC)
    qint64 startedTo = 0;   // start_time < startedTo when non-zero
    SortKey sortKey = SortKey::StartTime;
    bool ascending = false;
};

} // namespace Pd

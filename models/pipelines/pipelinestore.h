#pragma once

#include "core/result.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QHash>

#include <optional>

namespace Pd {

class Database;

// A remembered answer to a request that carried a client request token.
struct IdempotencyRecord
{
    QString requestHash;
    QString response;
};

// A pipeline definition as an execution started with it.
struct StoredDefinition
{
    QByteArray definition;
    qint64 createdAt = 0; // when this text was first stored for the pipeline
};

// SQL for pipelines, executions and execution steps. Writes must run inside
// Database::transaction(); reads may run anywhere.
class PipelineStore
{
public:
    explicit PipelineStore(Database &database) : m_database(database) {}

    Result<QList<Pipeline>> pipelines(const QString &accountId) const; // ordered by name
    Result<Pipeline> pipeline(const QString &arn) const;               // NotFound when absent
    Status insert(const Pipeline &pipeline);
    Status update(const Pipeline &pipeline);
    Status remove(const QString &arn);

    // Executions of one pipeline, newest first.
    Result<QList<Execution>> executions(const QString &pipelineArn, int limit) const;
    // One execution with its parameters and steps.
    Result<Execution> execution(const QString &arn) const;
    // Inserts the execution row and its steps.
    Status insert(const Execution &execution);
    // Inserts many executions (rows and steps) with one prepared statement each: for imports and
    // benchmark workspaces. Same rules as insert(); call inside a transaction.
    Status insert(const QList<Execution> &executions);
    Result<int> executionCount(const QString &pipelineArn) const;
    // The id under which this definition text of the pipeline is kept for its executions; stored
    // (created at `at`) the first time the text is seen. Call inside a transaction.
    Result<qint64> definitionVersion(const QString &pipelineArn, const QByteArray &definition, qint64 at);
    // A kept definition by id; NotFound when absent.
    Result<StoredDefinition> storedDefinition(qint64 id) const;
    // The definition an execution runs with: the one kept at its start, or for an execution from
    // before definitions were kept (definitionId 0), its pipeline's current one.
    Result<StoredDefinition> executionDefinition(const Execution &execution) const;

    // Pipelines by ARN, in the order given; unknown ARNs are skipped.
    Result<QList<Pipeline>> pipelinesByArn(const QStringList &arns) const;
    // The ARNs of the pipelines an account owns.
    Result<QStringList> pipelineArns(const QString &accountId) const;

    // Writes an execution's status, times, failure reason, started-by and steps (new steps are
    // added, known ones updated in place so their order stays the order they started).
    Status saveState(const Execution &execution);
    // Executions the runner still has to move on: Executing or Stopping.
    Result<QStringList> activeExecutionArns() const;
    // One page of the Executions page: filtered and sorted in SQL; steps are not loaded.
    Result<QList<Execution>> findExecutions(const ExecutionQuery &query, int offset, int limit) const;

    Result<std::optional<IdempotencyRecord>> idempotencyRecord(const QString &accountId, const QString &operation,
                                                               const QString &token) const;
    Status insertIdempotencyRecord(const QString &accountId, const QString &operation, const QString &token,
                                   const IdempotencyRecord &record, qint64 at);

    Result<PipelineReferences> references(const QString &pipelineArn) const;

    // Per-step settings of the local runner, by step name.
    Result<QHash<QString, StepSimulation>> stepSimulations(const QString &pipelineArn) const;
    Status setStepSimulation(const QString &pipelineArn, const QString &stepName, const StepSimulation &simulation);

private:
    Database &m_database;
};

} // namespace Pd

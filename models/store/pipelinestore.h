#pragma once

#include "core/result.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

namespace Pd {

class Database;

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
    Result<int> executionCount(const QString &pipelineArn) const;

private:
    Database &m_database;
};

} // namespace Pd

#pragma once

#include "core/result.h"
#include "pipelines/execution.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Pd {

class MirrorSession;
class PipelineService;
class ServiceContext;

// The workspace side of a sync of a connected account's SageMaker pipelines: takes the answers of
// the SageMaker API as their JSON shapes (times as epoch seconds, as the API sends them) and writes
// them into the tables the pages already read (pipelines, executions, execution_steps), each row
// marked with origin = the account's profile and read_at = the clock's now. Each answer (a page) is
// written in one transaction and then announced with PipelineService's pipelinesChanged /
// executionsChanged, so item models refresh as they do after a local change.
//
// One object is one sync session (a MirrorSession: what it saw is kept in a temporary table of the
// database connection, so a listing of a million executions costs no memory here) and, when a caller says a
// listing completed (the last page had no NextToken), deletes the account's mirrored rows that the
// cloud no longer has. Never local rows (origin NULL), never another account's. A session that
// ends without finishing a listing deletes nothing.
//
// An answer that does not fit (an ARN of another account, an unknown status) is refused whole with
// an InvalidInput error naming the member; nothing of that page is written.
class PipelineMirror
{
public:
    // A session for a connected account: NotFound for an unknown account, Conflict for a local one.
    static Result<std::unique_ptr<PipelineMirror>> begin(ServiceContext &context, PipelineService &pipelines,
                                                         const QString &accountId);
    ~PipelineMirror();
    PipelineMirror(const PipelineMirror &) = delete;
    PipelineMirror &operator=(const PipelineMirror &) = delete;

    const QString &accountId() const;
    const QString &profile() const;

    // ListPipelines: one page, {"PipelineSummaries": [{PipelineArn, PipelineName,
    // PipelineDisplayName, PipelineDescription, RoleArn, CreationTime, LastModifiedTime,
    // LastExecutionTime}], "NextToken": ..}. A pipeline first seen here has an empty definition
    // ("{}") until its DescribePipeline answer is applied.
    Status applyPipelines(const QJsonObject &page);
    // DescribePipeline's answer: definition, status, role, creator and modifier as well.
    Status applyPipeline(const QJsonObject &answer);
    // ListPipelines completed: deletes the account's mirrored pipelines this session did not see
    // (with their executions and steps). Returns how many pipelines were deleted.
    Result<int> finishPipelines();

    // ListPipelineExecutions of a mirrored pipeline of the account: one page,
    // {"PipelineExecutionSummaries": [{PipelineExecutionArn, StartTime, PipelineExecutionStatus,
    // PipelineExecutionDescription, PipelineExecutionDisplayName, PipelineExecutionFailureReason}]}.
    Status applyExecutions(const QString &pipelineArn, const QJsonObject &page);
    // ListPipelineExecutions of that pipeline completed: deletes its mirrored executions this
    // session did not see. Returns how many.
    Result<int> finishExecutions(const QString &pipelineArn);
    // DescribePipelineExecution's answer (PipelineArn, PipelineExecutionArn, ..., CreationTime,
    // LastModifiedTime, CreatedBy). A terminal execution's end time is its LastModifiedTime (the
    // API gives no EndTime).
    Status applyExecution(const QJsonObject &answer);
    // ListPipelineExecutionSteps: one page, {"PipelineExecutionSteps": [{StepName, StepDisplayName,
    // StartTime, EndTime, StepStatus, FailureReason, AttemptCount, Metadata}]}. A step's type comes
    // from its Metadata (TrainingJob → Training…), else from the pipeline's definition.
    Status applySteps(const QString &executionArn, const QJsonObject &page);
    // ListPipelineExecutionSteps completed: deletes the execution's steps this session did not see.
    Result<int> finishSteps(const QString &executionArn);
    // ListPipelineParametersForExecution: one page, {"PipelineParameters": [{Name, Value}]}; the
    // first page replaces the execution's parameters, later pages add to them.
    Status applyParameters(const QString &executionArn, const QJsonObject &page, bool firstPage = true);

    // The statuses of the API onto the domain's; false for a value the API does not have.
    static bool executionStatus(const QString &api, ExecutionStatus *status);
    static bool stepStatus(const QString &api, StepStatus *status);
    // A step's type from ListPipelineExecutionSteps' Metadata ({"TrainingJob": {...}} → "Training");
    // empty when the metadata does not say.
    static QString stepType(const QJsonObject &metadata);
    // An API timestamp: epoch seconds as a JSON number (fractions kept to the millisecond), or an
    // ISO-8601 string; 0 when absent.
    static qint64 timestampMs(const QJsonValue &value);

private:
    PipelineMirror(ServiceContext &context, PipelineService &pipelines, std::unique_ptr<MirrorSession> session);
    qint64 readAt() const;
    Status checkPipeline(const QString &pipelineArn) const;
    Result<QString> pipelineOfExecution(const QString &executionArn) const;

    ServiceContext &m_context;
    PipelineService &m_pipelines;
    std::unique_ptr<MirrorSession> m_session;
    QString m_accountId; // the session's, at hand
    QString m_profile;
};

} // namespace Pd

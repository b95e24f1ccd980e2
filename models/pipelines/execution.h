#pragma once

#include <QList>
#include <QString>

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
    QList<StepExecution> steps;
};

} // namespace Pd

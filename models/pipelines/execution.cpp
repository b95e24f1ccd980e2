#include "pipelines/execution.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Pd {

namespace {

QString resolveValue(const QJsonValue &value, const Execution &execution, const QString &pipelineName, int depth = 0)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    const QJsonObject object = value.toObject();
    if (depth > 8)
        return QString();
    if (object.contains(QLatin1String("Get"))) {
        const QString path = object.value(QLatin1String("Get")).toString();
        if (path == QLatin1String("Execution.PipelineName"))
            return pipelineName;
        if (path == QLatin1String("Execution.PipelineExecutionId"))
            return execution.arn.section(QStringLiteral("/execution/"), 1);
        if (path == QLatin1String("Execution.PipelineExecutionArn"))
            return execution.arn;
        if (path.startsWith(QLatin1String("Parameters."))) {
            const QString name = path.mid(int(qstrlen("Parameters.")));
            for (const ExecutionParameter &p : execution.parameters) {
                if (p.name == name)
                    return p.value;
            }
        }
        return QString();
    }
    if (object.contains(QLatin1String("Std:Join"))) {
        const QJsonObject join = object.value(QLatin1String("Std:Join")).toObject();
        QStringList parts;
        for (const QJsonValue &part : join.value(QLatin1String("Values")).toArray())
            parts.append(resolveValue(part, execution, pipelineName, depth + 1));
        return parts.join(join.value(QLatin1String("On")).toString());
    }
    return QString();
}

} // namespace

void resolveExperimentConfig(Execution &execution, const QJsonObject &definition, const QString &pipelineName)
{
    execution.experimentName.clear();
    execution.trialName.clear();
    const QJsonObject config = definition.value(QLatin1String("PipelineExperimentConfig")).toObject();
    if (config.isEmpty())
        return;
    execution.experimentName = resolveValue(config.value(QLatin1String("ExperimentName")), execution, pipelineName);
    execution.trialName = resolveValue(config.value(QLatin1String("TrialName")), execution, pipelineName);
}

QString toApiString(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Executing: return QStringLiteral("Executing");
    case ExecutionStatus::Stopping: return QStringLiteral("Stopping");
    case ExecutionStatus::Stopped: return QStringLiteral("Stopped");
    case ExecutionStatus::Failed: return QStringLiteral("Failed");
    case ExecutionStatus::Succeeded: return QStringLiteral("Succeeded");
    }
    return QString();
}

QString toApiString(StepStatus status)
{
    switch (status) {
    case StepStatus::Starting: return QStringLiteral("Starting");
    case StepStatus::Executing: return QStringLiteral("Executing");
    case StepStatus::Stopping: return QStringLiteral("Stopping");
    case StepStatus::Stopped: return QStringLiteral("Stopped");
    case StepStatus::Failed: return QStringLiteral("Failed");
    case StepStatus::Succeeded: return QStringLiteral("Succeeded");
    }
    return QString();
}

bool executionStatusFromApi(const QString &text, ExecutionStatus *status)
{
    for (auto s : {ExecutionStatus::Executing, ExecutionStatus::Stopping, ExecutionStatus::Stopped,
                   ExecutionStatus::Failed, ExecutionStatus::Succeeded}) {
        if (toApiString(s) == text) {
            *status = s;
            return true;
        }
    }
    return false;
}

bool stepStatusFromApi(const QString &text, StepStatus *status)
{
    for (auto s : {StepStatus::Starting, StepStatus::Executing, StepStatus::Stopping, StepStatus::Stopped,
                   StepStatus::Failed, StepStatus::Succeeded}) {
        if (toApiString(s) == text) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString displayName(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Executing: return Tr::tr("Executing");
    case ExecutionStatus::Stopping: return Tr::tr("Stopping");
    case ExecutionStatus::Stopped: return Tr::tr("Stopped");
    case ExecutionStatus::Failed: return Tr::tr("Failed");
    case ExecutionStatus::Succeeded: return Tr::tr("Succeeded");
    }
    return QString();
}

QString displayName(StepStatus status)
{
    switch (status) {
    case StepStatus::Starting: return Tr::tr("Starting");
    case StepStatus::Executing: return Tr::tr("Executing");
    case StepStatus::Stopping: return Tr::tr("Stopping");
    case StepStatus::Stopped: return Tr::tr("Stopped");
    case StepStatus::Failed: return Tr::tr("Failed");
    case StepStatus::Succeeded: return Tr::tr("Succeeded");
    }
    return QString();
}

bool isTerminal(ExecutionStatus status)
{
    return status == ExecutionStatus::Stopped || status == ExecutionStatus::Failed
           || status == ExecutionStatus::Succeeded;
}

bool isActive(StepStatus status)
{
    return status == StepStatus::Starting || status == StepStatus::Executing || status == StepStatus::Stopping;
}

bool isLegalTransition(ExecutionStatus from, ExecutionStatus to)
{
    using E = ExecutionStatus;
    switch (from) {
    case E::Executing: return to == E::Stopping || to == E::Failed || to == E::Succeeded;
    case E::Stopping: return to == E::Stopped;
    case E::Failed: return to == E::Executing;
    case E::Stopped:
    case E::Succeeded: return false;
    }
    return false;
}

bool isLegalTransition(StepStatus from, StepStatus to)
{
    using S = StepStatus;
    switch (from) {
    case S::Starting: return to == S::Executing || to == S::Stopping || to == S::Failed || to == S::Succeeded;
    case S::Executing: return to == S::Stopping || to == S::Failed || to == S::Succeeded;
    case S::Stopping: return to == S::Stopped;
    case S::Failed:
    case S::Stopped: return to == S::Starting;
    case S::Succeeded: return false;
    }
    return false;
}

QString toApiString(StartedByKind kind)
{
    switch (kind) {
    case StartedByKind::User: return QStringLiteral("user");
    case StartedByKind::Schedule: return QStringLiteral("schedule");
    case StartedByKind::Rule: return QStringLiteral("rule");
    case StartedByKind::Retry: return QStringLiteral("retry");
    }
    return QString();
}

StartedByKind startedByKindFromApi(const QString &text)
{
    if (text == QLatin1String("schedule"))
        return StartedByKind::Schedule;
    if (text == QLatin1String("rule"))
        return StartedByKind::Rule;
    if (text == QLatin1String("retry"))
        return StartedByKind::Retry;
    return StartedByKind::User;
}

QString displayName(StartedByKind kind)
{
    switch (kind) {
    case StartedByKind::User: return Tr::tr("User");
    case StartedByKind::Schedule: return Tr::tr("Schedule");
    case StartedByKind::Rule: return Tr::tr("Rule");
    case StartedByKind::Retry: return Tr::tr("Retry");
    }
    return QString();
}

QString stepFailureReason()
{
    // SageMaker's own wording, kept in English like every API string.
    return QStringLiteral("Step failure: One or multiple steps failed.");
}

StepExecution *Execution::step(const QString &name)
{
    for (StepExecution &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const StepExecution *Execution::step(const QString &name) const
{
    for (const StepExecution &s : steps) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace Pd

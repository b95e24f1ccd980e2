#pragma once

#include "core/result.h"
#include "pipelines/execution.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pd {

// Pipeline parameter lists in their one JSON shape, [{"Name": .., "Value": ..}, ...]: as the stores
// keep them and as the AWS documents carry them (SageMakerPipelineParameters.PipelineParameterList).

// [{"Name":..,"Value":..}, ...], compact, for a column of the stores.
QString parametersToJson(const QList<ExecutionParameter> &parameters);
QList<ExecutionParameter> parametersFromJson(const QString &json);

// The list as a JSON array; any type with name and value members (rule targets' parameters too).
template<typename Parameter> QJsonArray parameterListJson(const QList<Parameter> &parameters)
{
    QJsonArray list;
    for (const Parameter &p : parameters)
        list.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
    return list;
}

namespace Interchange {

// How a pipeline parameter's Value may be written: only as a string, as the APIs take it, or also
// as a number or boolean without quotes (YAML, CloudFormation), read as its text.
enum class ParameterValues { Strings, Scalars };

// The SageMakerPipelineParameters.PipelineParameterList of a target object (rule or schedule
// target) at `path`, in order; none when absent. Name is required, an absent Value is empty; a
// member neither shape has ("SageMakerPipelineParameters.SageMakerPipelineParameter") is refused.
// Errors name the member ("Target.SageMakerPipelineParameters.PipelineParameterList[1].Name").
Result<QList<ExecutionParameter>> pipelineParameters(const QJsonObject &target, const QString &path,
                                                     ParameterValues values);
// The SageMakerPipelineParameters object for those parameters: {"PipelineParameterList": [...]}.
QJsonObject pipelineParametersJson(const QList<ExecutionParameter> &parameters);

} // namespace Interchange

} // namespace Pd

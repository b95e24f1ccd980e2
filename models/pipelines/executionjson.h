#pragma once

// The AWS (SageMaker) JSON shapes of pipelines and their executions as `pipelinedesk-cli ... --json`
// prints them.

#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QJsonObject>

namespace Pd {

// One entry of ListPipelines' PipelineSummaries.
QJsonObject pipelineSummaryJson(const Pipeline &pipeline);
// DescribePipeline's response.
QJsonObject pipelineJson(const Pipeline &pipeline);

// One entry of ListPipelineExecutions' PipelineExecutionSummaries.
QJsonObject executionSummaryJson(const Execution &execution);
// DescribePipelineExecution's response, plus StartedBy (what started it: a user, schedule or rule).
QJsonObject executionJson(const Execution &execution);
// One entry of ListPipelineExecutionSteps' PipelineExecutionSteps.
QJsonObject stepExecutionJson(const StepExecution &step);

} // namespace Pd

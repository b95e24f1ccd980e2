#pragma once

#include "cloud/awsprotocol.h"

#include <QList>
#include <QString>

namespace Pd {

// The SageMaker Pipelines operations this desk calls (AWS JSON 1.1, X-Amz-Target SageMaker.*).
// Described from the service's Smithy model as the official AWS SDK for JavaScript v3 serialises
// it; tests/cloud/tst_wireshapes compares every one with what that SDK sends. No network here: the
// client (cloud/awsclient.h) sends what AwsProtocols::encode builds from these.
namespace SageMakerApi {

const AwsOperation &listPipelines();
const AwsOperation &describePipeline();
const AwsOperation &createPipeline();
const AwsOperation &updatePipeline();
const AwsOperation &deletePipeline();
const AwsOperation &describePipelineDefinitionForExecution();
const AwsOperation &startPipelineExecution();
const AwsOperation &stopPipelineExecution();
const AwsOperation &retryPipelineExecution();
const AwsOperation &listPipelineExecutions();
const AwsOperation &describePipelineExecution();
const AwsOperation &listPipelineExecutionSteps();
const AwsOperation &listPipelineParametersForExecution();

// Every operation above, in that order, and one by its API name (nullptr when not among them).
const QList<const AwsOperation *> &all();
const AwsOperation *byName(const QString &name);

} // namespace SageMakerApi

} // namespace Pd

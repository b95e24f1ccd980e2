#pragma once

#include <QString>

namespace Pd {

// A 12-digit AWS account id.
bool isAccountId(const QString &text);

// arn:aws:sagemaker:<region>:<account>:pipeline/<name>
QString pipelineArn(const QString &region, const QString &accountId, const QString &name);
QString executionArn(const QString &pipelineArn, const QString &executionId);

struct ArnParts
{
    QString partition, service, region, account, resource; // resource: "pipeline/name/execution/id"
    bool valid = false;
};
ArnParts parseArn(const QString &arn);

// 12 lowercase alphanumerics, like SageMaker execution ids.
QString newExecutionId();

} // namespace Pd

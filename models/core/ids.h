#pragma once

#include "core/result.h"

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

// An IAM role ARN: arn:<aws|aws-cn|aws-us-gov>:iam::<12 digits>:role/<path/>name, where the path is
// "/" or "/…/" of printable ASCII (at most 512 characters) and the name 1 to 64 of A–Z a–z 0–9 and
// +=,.@_- (IAM's own rules for CreateRole).
bool isIamRoleArn(const QString &text);
// The same as a check for every service that takes a role: empty passes (no role given);
// otherwise InvalidInput naming `field` ("role-arn") and what a role ARN looks like.
Status checkIamRoleArn(const QString &field, const QString &arn);

// 12 lowercase alphanumerics, like SageMaker execution ids.
QString newExecutionId();

} // namespace Pd

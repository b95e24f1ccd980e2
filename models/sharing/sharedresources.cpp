// SharingService: what other accounts see of the shares, the pipelines shared with an identity and
// their executions (the Shared with me page and the cross-account view).
#include "sharing/sharingservice.h"

#include "accounts/accountstore.h"
#include "core/ids.h"
#include "pipelines/pipelinestore.h"
#include "sharing/accessservice.h"
#include "sharing/sharestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

namespace Pd {

Result<QList<SharedResource>> SharingService::sharedResources(const QString &identity) const
{
    auto arns = m_access.sharedPipelineArns(identity);
    if (!arns)
        return arns.error();
    QList<SharedResource> result;
    for (const QString &arn : arns.value()) {
        const AccessService::Grant grant = m_access.grant(identity, arn);
        SharedResource r;
        r.resourceArn = arn;
        r.ownerAccountId = parseArn(arn).account;
        r.shareArn = grant.shareArn;
        r.shareName = grant.shareName;
        r.permission = grant.level == AccessLevel::AllowExecution ? SharePermission::AllowExecution
                                                                 : SharePermission::ReadOnly;
        result.append(r);
    }
    return result;
}

Result<QList<ExecutionSummary>> SharingService::sharedExecutions(const QString &identity,
                                                                 const QStringList &onlyPipelines) const
{
    auto arns = m_access.sharedPipelineArns(identity);
    if (!arns)
        return arns.error();
    QStringList wanted = arns.value();
    if (!onlyPipelines.isEmpty()) {
        const QSet<QString> only(onlyPipelines.cbegin(), onlyPipelines.cend());
        wanted.removeIf([&](const QString &arn) { return !only.contains(arn); });
        if (wanted.isEmpty())
            return QList<ExecutionSummary>();
    }
    return ShareStore(m_context.database()).executionSummaries(wanted);
}

Result<QList<ExecutionSummary>> SharingService::sharedExecutionsPage(const QString &identity, int limit,
                                                                     const ExecutionSummary *after) const
{
    auto arns = m_access.sharedPipelineArns(identity);
    if (!arns)
        return arns.error();
    if (arns->isEmpty())
        return QList<ExecutionSummary>();
    return ShareStore(m_context.database()).executionSummaries(arns.value(), limit, after);
}

} // namespace Pd

#include "sharing/share.h"

#include "core/ids.h"
#include "core/tr.h"

namespace Pd {

QString permissionName(SharePermission permission)
{
    switch (permission) {
    case SharePermission::ReadOnly: return QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline");
    case SharePermission::AllowExecution: return QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution");
    }
    return QString();
}

QString permissionArn(SharePermission permission)
{
    return QStringLiteral("arn:aws:ram::aws:permission/") + permissionName(permission);
}

bool permissionFromString(const QString &text, SharePermission *permission)
{
    for (SharePermission p : {SharePermission::ReadOnly, SharePermission::AllowExecution}) {
        if (text == permissionName(p) || text == permissionArn(p)) {
            *permission = p;
            return true;
        }
    }
    return false;
}

QList<PipelineAction> permissionActions(SharePermission permission)
{
    using A = PipelineAction;
    QList<PipelineAction> actions = {A::DescribePipeline,
                                     A::DescribePipelineDefinitionForExecution,
                                     A::DescribePipelineExecution,
                                     A::ListPipelineExecutions,
                                     A::ListPipelineExecutionSteps,
                                     A::ListPipelineParametersForExecution,
                                     A::Search};
    if (permission == SharePermission::AllowExecution)
        actions += {A::StartPipelineExecution, A::StopPipelineExecution, A::RetryPipelineExecution};
    return actions;
}

SharePermission permissionNeededFor(PipelineAction action)
{
    switch (action) {
    case PipelineAction::StartPipelineExecution:
    case PipelineAction::StopPipelineExecution:
    case PipelineAction::RetryPipelineExecution:
        return SharePermission::AllowExecution;
    default:
        return SharePermission::ReadOnly;
    }
}

bool permissionGrants(SharePermission permission, PipelineAction action)
{
    return permission == SharePermission::AllowExecution || permissionNeededFor(action) == SharePermission::ReadOnly;
}

QString permissionDisplayName(SharePermission permission)
{
    switch (permission) {
    case SharePermission::ReadOnly: return Tr::tr("Read-only");
    case SharePermission::AllowExecution: return Tr::tr("Allow execution");
    }
    return QString();
}

bool principalKindOf(const QString &principal, PrincipalKind *kind)
{
    if (isAccountId(principal)) {
        *kind = PrincipalKind::Account;
        return true;
    }
    const ArnParts parts = parseArn(principal);
    if (!parts.valid || parts.service != QLatin1String("organizations") || !isAccountId(parts.account))
        return false;
    const QStringList path = parts.resource.split(QLatin1Char('/'));
    if (path.size() == 2 && path.at(0) == QLatin1String("organization") && path.at(1).startsWith(QLatin1String("o-"))) {
        *kind = PrincipalKind::Organization;
        return true;
    }
    if (path.size() == 3 && path.at(0) == QLatin1String("ou") && path.at(1).startsWith(QLatin1String("o-"))
        && path.at(2).startsWith(QLatin1String("ou-"))) {
        *kind = PrincipalKind::OrganizationalUnit;
        return true;
    }
    return false;
}

QString organizationIdOfArn(const QString &arn)
{
    PrincipalKind kind;
    if (!principalKindOf(arn, &kind) || kind == PrincipalKind::Account)
        return QString();
    return parseArn(arn).resource.split(QLatin1Char('/')).value(1);
}

QString toApiString(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Pending: return QStringLiteral("PENDING");
    case InvitationStatus::Accepted: return QStringLiteral("ACCEPTED");
    case InvitationStatus::Rejected: return QStringLiteral("REJECTED");
    case InvitationStatus::Expired: return QStringLiteral("EXPIRED");
    }
    return QString();
}

bool invitationStatusFromApi(const QString &text, InvitationStatus *status)
{
    for (InvitationStatus s : {InvitationStatus::Pending, InvitationStatus::Accepted, InvitationStatus::Rejected,
                               InvitationStatus::Expired}) {
        if (text == toApiString(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString displayName(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Pending: return Tr::tr("Pending");
    case InvitationStatus::Accepted: return Tr::tr("Accepted");
    case InvitationStatus::Rejected: return Tr::tr("Rejected");
    case InvitationStatus::Expired: return Tr::tr("Expired");
    }
    return QString();
}

} // namespace Pd

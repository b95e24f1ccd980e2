#pragma once

#include "sharing/accessservice.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pd {

// The two AWS RAM managed permissions for SageMaker pipelines. A share carries exactly one.
enum class SharePermission { ReadOnly, AllowExecution };

// "AWSRAMDefaultPermissionSageMakerPipeline" / "AWSRAMPermissionSageMakerPipelineAllowExecution"
QString permissionName(SharePermission permission);
// "arn:aws:ram::aws:permission/<name>"
QString permissionArn(SharePermission permission);
// Accepts the name or the ARN; false for anything else.
bool permissionFromString(const QString &text, SharePermission *permission);
// The actions a permission grants, in the order the RAM console lists them. The read-only list is
// a prefix of the allow-execution list.
QList<PipelineAction> permissionActions(SharePermission permission);
bool permissionGrants(SharePermission permission, PipelineAction action);
// The weakest permission that grants the action.
SharePermission permissionNeededFor(PipelineAction action);
// What a person reads in the wizard ("Read-only", "Allow execution"), translated.
QString permissionDisplayName(SharePermission permission);

// Who a share is granted to.
enum class PrincipalKind { Account, Organization, OrganizationalUnit };

// Classifies a principal as typed by a user: 12 digits, an organization ARN or an OU ARN.
// Returns false (and leaves kind alone) for anything else.
bool principalKindOf(const QString &principal, PrincipalKind *kind);
// The organization id in an organization or OU ARN ("o-pd7demo0001"), else empty.
QString organizationIdOfArn(const QString &arn);

// AWS RAM's association states of a principal with a share.
// ASSOCIATED: access granted; ASSOCIATING: an invitation is pending; FAILED: it was rejected.
struct SharePrincipal
{
    QString principal;
    QString status; // ASSOCIATED, ASSOCIATING, FAILED
    bool external = false; // outside the owner's organization
};

struct ResourceShare
{
    QString arn; // arn:aws:ram:<region>:<owner>:resource-share/<uuid>
    QString ownerAccountId;
    QString name;
    SharePermission permission = SharePermission::ReadOnly;
    bool allowExternalPrincipals = true;
    QString status = QStringLiteral("ACTIVE"); // ACTIVE or DELETED
    QMap<QString, QString> tags;
    QString clientToken;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    QStringList resourceArns;
    QList<SharePrincipal> principals;
};

enum class InvitationStatus { Pending, Accepted, Rejected, Expired };
QString toApiString(InvitationStatus status); // "PENDING", ...
bool invitationStatusFromApi(const QString &text, InvitationStatus *status);
QString displayName(InvitationStatus status); // translated

struct ShareInvitation
{
    QString arn; // arn:aws:ram:<region>:<sender>:resource-share-invitation/<uuid>
    QString shareArn;
    QString shareName;
    QString senderAccountId;
    QString receiverAccountId;
    InvitationStatus status = InvitationStatus::Pending; // as stored; see effectiveStatus()
    qint64 createdAt = 0;
    qint64 expiresAt = 0;

    // PENDING past its expiry reads as EXPIRED: expiry needs no writer to run.
    InvitationStatus effectiveStatus(qint64 nowMs) const
    {
        return status == InvitationStatus::Pending && nowMs >= expiresAt ? InvitationStatus::Expired : status;
    }
};

// How long an invitation stays acceptable (AWS RAM: 7 days).
constexpr qint64 invitationLifetimeMs = 7LL * 24 * 60 * 60 * 1000;

// A pipeline shared with an account, as Shared-with-me lists it.
struct SharedResource
{
    QString resourceArn;
    QString ownerAccountId;
    QString shareArn;
    QString shareName;
    SharePermission permission = SharePermission::ReadOnly; // the strongest one in force
};

// The row of the cross-account executions view: an execution without its steps and parameters.
struct ExecutionSummary
{
    QString arn;
    QString pipelineArn;
    QString displayName;
    QString status; // API spelling
    QString actingAccountId;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 position = 0; // the row's storage id: with startTime, where the next page starts
};

} // namespace Pd

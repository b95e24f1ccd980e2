#include "sharing/sharejson.h"

#include "core/timeformat.h"

namespace Pd {

QJsonObject resourceShareJson(const ResourceShare &share)
{
    QJsonArray tags;
    for (auto it = share.tags.cbegin(); it != share.tags.cend(); ++it)
        tags.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
    return {{QStringLiteral("resourceShareArn"), share.arn},
            {QStringLiteral("name"), share.name},
            {QStringLiteral("owningAccountId"), share.ownerAccountId},
            {QStringLiteral("allowExternalPrincipals"), share.allowExternalPrincipals},
            {QStringLiteral("status"), share.status},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("creationTime"), isoUtcMs(share.createdAt)},
            {QStringLiteral("lastUpdatedTime"), isoUtcMs(share.modifiedAt)},
            {QStringLiteral("featureSet"), QStringLiteral("STANDARD")}};
}

QJsonArray resourceShareAssociationsJson(const ResourceShare &share)
{
    QJsonArray array;
    for (const QString &resource : share.resourceArns) {
        array.append(QJsonObject{{QStringLiteral("resourceShareArn"), share.arn},
                                 {QStringLiteral("resourceShareName"), share.name},
                                 {QStringLiteral("associatedEntity"), resource},
                                 {QStringLiteral("associationType"), QStringLiteral("RESOURCE")},
                                 {QStringLiteral("status"), QStringLiteral("ASSOCIATED")}});
    }
    for (const SharePrincipal &principal : share.principals) {
        array.append(QJsonObject{{QStringLiteral("resourceShareArn"), share.arn},
                                 {QStringLiteral("resourceShareName"), share.name},
                                 {QStringLiteral("associatedEntity"), principal.principal},
                                 {QStringLiteral("associationType"), QStringLiteral("PRINCIPAL")},
                                 {QStringLiteral("status"), principal.status}});
    }
    return array;
}

QJsonArray changedAssociationsJson(const ResourceShare &share, const QStringList &resources,
                                   const QStringList &principals, bool disassociated)
{
    QJsonArray named;
    for (const QJsonValue &v : resourceShareAssociationsJson(share)) {
        const QString entity = v.toObject().value(QLatin1String("associatedEntity")).toString();
        if (principals.contains(entity) || resources.contains(entity)
            || resources.contains(entity.section(QLatin1Char('/'), -1)))
            named.append(v);
    }
    if (disassociated) {
        for (const QString &entity : resources + principals) {
            named.append(QJsonObject{{QStringLiteral("resourceShareArn"), share.arn},
                                     {QStringLiteral("associatedEntity"), entity},
                                     {QStringLiteral("status"), QStringLiteral("DISASSOCIATED")}});
        }
    }
    return named;
}

QJsonObject permissionJson(SharePermission permission)
{
    return {{QStringLiteral("arn"), permissionArn(permission)}, {QStringLiteral("name"), permissionName(permission)}};
}

QJsonObject invitationJson(const ShareInvitation &invitation)
{
    return {{QStringLiteral("resourceShareInvitationArn"), invitation.arn},
            {QStringLiteral("resourceShareName"), invitation.shareName},
            {QStringLiteral("resourceShareArn"), invitation.shareArn},
            {QStringLiteral("senderAccountId"), invitation.senderAccountId},
            {QStringLiteral("receiverAccountId"), invitation.receiverAccountId},
            {QStringLiteral("invitationTimestamp"), isoUtcMs(invitation.createdAt)},
            {QStringLiteral("status"), toApiString(invitation.status)}};
}

QJsonObject sharedResourceJson(const SharedResource &resource)
{
    return {{QStringLiteral("arn"), resource.resourceArn},
            {QStringLiteral("type"), QStringLiteral("sagemaker:Pipeline")},
            {QStringLiteral("resourceShareArn"), resource.shareArn},
            {QStringLiteral("owningAccountId"), resource.ownerAccountId},
            {QStringLiteral("permissionName"), permissionName(resource.permission)},
            {QStringLiteral("status"), QStringLiteral("AVAILABLE")},
            {QStringLiteral("resourceRegionScope"), QStringLiteral("REGIONAL")}};
}

} // namespace Pd

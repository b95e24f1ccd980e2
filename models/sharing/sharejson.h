// The JSON shapes of AWS RAM's answers (ResourceShare, ResourceShareAssociation,
// ResourceShareInvitation, Resource), as the CLI's --json prints them.
#pragma once

#include "sharing/share.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pd {

// A ResourceShare, without its associations.
QJsonObject resourceShareJson(const ResourceShare &share);
// Its associations: every resource, then every principal, with the principal's status.
QJsonArray resourceShareAssociationsJson(const ResourceShare &share);
// The answer of AssociateResourceShare or DisassociateResourceShare: only the associations the
// call named (resources by ARN or by the name they were given as); a disassociation adds one
// DISASSOCIATED entry for each entity it named.
QJsonArray changedAssociationsJson(const ResourceShare &share, const QStringList &resources,
                                   const QStringList &principals, bool disassociated);
// The managed permission of GetPermission, by ARN and name.
QJsonObject permissionJson(SharePermission permission);
QJsonObject invitationJson(const ShareInvitation &invitation);
// A pipeline shared with the identity, as ListResources answers for it.
QJsonObject sharedResourceJson(const SharedResource &resource);

} // namespace Pd

#pragma once

#include "cloud/awsprotocol.h"

#include <QList>
#include <QString>

namespace Pd {

// The AWS RAM operations this desk calls (REST-JSON; every path is the operation in lower case).
// Described from the service's Smithy model as the official AWS SDK for JavaScript v3 serialises
// it; tests/cloud/tst_wireshapes compares every one with what that SDK sends. No network here: the
// client (cloud/awsclient.h) sends what AwsProtocols::encode builds from these.
namespace RamApi {

const AwsOperation &createResourceShare();
const AwsOperation &updateResourceShare();
const AwsOperation &deleteResourceShare();
const AwsOperation &getResourceShares();
const AwsOperation &associateResourceShare();
const AwsOperation &disassociateResourceShare();
const AwsOperation &getResourceShareInvitations();
const AwsOperation &acceptResourceShareInvitation();
const AwsOperation &rejectResourceShareInvitation();
const AwsOperation &listResources();
const AwsOperation &listPermissions();
// What a sync reads of each of the account's shares: who it is shared with, and its permission.
const AwsOperation &listPrincipals();
const AwsOperation &listResourceSharePermissions();
const AwsOperation &enableSharingWithAwsOrganization();

// Every operation above, in that order, and one by its API name (nullptr when not among them).
const QList<const AwsOperation *> &all();
const AwsOperation *byName(const QString &name);

} // namespace RamApi

} // namespace Pd

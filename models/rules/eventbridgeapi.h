#pragma once

#include "cloud/awsprotocol.h"

#include <QList>
#include <QString>

namespace Pd {

// The EventBridge operations this desk calls (AWS JSON 1.1, X-Amz-Target AWSEvents.*).
// Described from the service's Smithy model as the official AWS SDK for JavaScript v3 serialises
// it; tests/cloud/tst_wireshapes compares every one with what that SDK sends. No network here: the
// client (cloud/awsclient.h) sends what AwsProtocols::encode builds from these.
namespace EventBridgeApi {

const AwsOperation &putRule();
const AwsOperation &putTargets();
const AwsOperation &removeTargets();
const AwsOperation &listRules();
const AwsOperation &describeRule();
const AwsOperation &listTargetsByRule();
const AwsOperation &enableRule();
const AwsOperation &disableRule();
const AwsOperation &deleteRule();
const AwsOperation &listEventBuses();
const AwsOperation &putEvents();
const AwsOperation &testEventPattern();

// Every operation above, in that order, and one by its API name (nullptr when not among them).
const QList<const AwsOperation *> &all();
const AwsOperation *byName(const QString &name);

} // namespace EventBridgeApi

} // namespace Pd

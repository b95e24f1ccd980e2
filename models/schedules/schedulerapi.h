#pragma once

#include "cloud/awsprotocol.h"

#include <QList>
#include <QString>

namespace Pd {

// The EventBridge Scheduler operations this desk calls (REST-JSON).
// Described from the service's Smithy model as the official AWS SDK for JavaScript v3 serialises
// it; tests/cloud/tst_wireshapes compares every one with what that SDK sends. No network here: the
// client (cloud/awsclient.h) sends what AwsProtocols::encode builds from these.
namespace SchedulerApi {

const AwsOperation &createSchedule();
const AwsOperation &getSchedule();
const AwsOperation &updateSchedule();
const AwsOperation &deleteSchedule();
const AwsOperation &listSchedules();
const AwsOperation &listScheduleGroups();

// Every operation above, in that order, and one by its API name (nullptr when not among them).
const QList<const AwsOperation *> &all();
const AwsOperation *byName(const QString &name);

} // namespace SchedulerApi

} // namespace Pd

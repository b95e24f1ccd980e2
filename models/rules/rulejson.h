// The JSON shapes of EventBridge's API for rules (what the CLI's --json prints, member for member
// as `aws events` answers), and the put-events Entries input. Byte-for-byte pinned by the rules
// CLI tests.
#pragma once

#include "core/result.h"
#include "rules/rule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Pd {

namespace RuleJson {

// A rule as list-rules lists it: Name, Arn, State, EventBusName, and those of EventPattern,
// ScheduleExpression, Description and RoleArn it has (AWS leaves out what a rule does not have).
QJsonObject rule(const Rule &rule);
// describe-rule: the same and CreatedBy.
QJsonObject describedRule(const Rule &rule);
// A target as list-targets-by-rule lists it: Id, Arn, SageMakerPipelineParameters, RoleArn if any.
QJsonObject target(const RuleTarget &target);
// One recorded invocation (the local "rules invocations"): RuleArn, EventId, TargetId, Time,
// Outcome, and PipelineExecutionArn / Message when there are.
QJsonObject invocation(const RuleInvocation &invocation);

// The entries of put-events --entries: the `aws events put-events --entries` array, or the whole
// input ({"Entries": [..]}). Only the shape is checked (as the AWS CLI does before it sends
// anything); a Detail that is not a JSON object is the service's per-entry error, as in AWS. A
// member PutEvents does not have is refused ("Unknown parameter in Entries[0]: …"); one it has
// that is not used here (TraceHeader, EndpointId) goes to *warnings (not null). At most
// DocumentLimits::eventsFileMaxEntries (10,000) entries: the CLI puts them in PutEvents batches.
// Errors: InvalidInput, field "entries", the message naming the member.
Result<QList<PutEventsEntry>> putEventsEntries(const QByteArray &text, QStringList *warnings);
// put-events' answer: {"FailedEntryCount": n, "Entries": [{"EventId"} or {"ErrorCode",
// "ErrorMessage"}, ...]}, an entry per result in order.
QJsonObject putEventsResponse(const QList<PutEventsResult> &results);

} // namespace RuleJson

} // namespace Pd

// The checks of a rule's values that need no workspace, as free functions since they need no
// service state; RuleService::validate, validateTarget and parseState forward to them.
#pragma once

#include "core/result.h"
#include "rules/rule.h"

namespace Pd {

namespace RuleValidation {

// Checks everything about a rule but whether its name is taken: name, description, bus,
// pattern XOR schedule (a schedule only on the default bus, rate() or 6-field cron()), tags,
// targets (ids, count, parameters count and names, JSONPaths parse). Field names are the CLI
// option names ("--name", "--event-pattern", "Targets[1].Id",
// "Targets[0].SageMakerPipelineParameters.PipelineParameterList[3].Value"). Free text (name,
// description, pattern, schedule, tags, parameter values) is checked with checkText (core/text.h).
// Targets are checked for shape only here; RuleService's writes add RuleService::checkTarget
// (the pipeline exists and may be started) for every target they add or change. A target that
// can no longer start later (a share withdrawn) is a failed invocation, recorded with the reason.
Status validateRule(const Rule &rule);
// One target's shape; field names use `index` (Targets[index].Id, ...).
Status validateTarget(const RuleTarget &target, int index);
// "ENABLED" / "DISABLED" (field "--state").
Result<bool> parseState(const QString &text);
// An event bus name (1 to 256 of A–Z a–z 0–9 / . - _); `field` names the option.
Status validateBusName(const QString &field, const QString &name);

} // namespace RuleValidation

} // namespace Pd

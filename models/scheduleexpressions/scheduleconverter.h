#pragma once

#include "core/result.h"
#include "scheduleexpressions/scheduleexpression.h"

namespace Pd::Schedule {

// Rewrites an expression in another dialect when both fire at exactly the same instants in the
// expression's zone (EventBridge cron ↔ crontab ↔ Azure recurrence, at → cron, rate ↔ minute/hour
// recurrence). Otherwise returns Error::invalid("dialect", why not), translated.
Result<QString> convertExpression(const ScheduleExpression &expression, Dialect target);

} // namespace Pd::Schedule

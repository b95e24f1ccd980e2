// Reading option values as numbers and instants, with errors that name the option.
#pragma once

#include "cli.h"

namespace Pd::Cli {

// A whole number; InvalidInput naming the option otherwise.
Result<int> intOption(Context &context, const QString &option);
// An instant (ISO 8601); 0 when the option is empty; InvalidInput naming the option otherwise.
Result<qint64> instantOption(Context &context, const QString &option);

// --role-arn of the schedule and trigger commands: the role EventBridge Scheduler assumes.
QCommandLineOption roleArnOption();

} // namespace Pd::Cli

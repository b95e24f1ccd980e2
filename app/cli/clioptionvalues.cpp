// Reading option values as numbers and instants (shared by the schedule, scheduler and trigger nouns).
#include "clioptionvalues.h"

#include "core/timeformat.h"
#include "core/tr.h"

namespace Pd::Cli {

Result<int> intOption(Context &context, const QString &option)
{
    bool ok = false;
    const int value = context.value(option).toInt(&ok);
    if (!ok)
        return Error::invalid(option, Tr::tr("--%1: “%2” is not a whole number.").arg(option, context.value(option)));
    return value;
}

Result<qint64> instantOption(Context &context, const QString &option)
{
    const QString text = context.value(option);
    if (text.isEmpty())
        return qint64(0);
    const auto parsed = parseInstant(text);
    if (!parsed)
        return Error::invalid(option,
                              Tr::tr("--%1: “%2” is not an instant such as 2026-11-23T12:00:00Z.").arg(option, text));
    return parsed->toMSecsSinceEpoch();
}

QCommandLineOption roleArnOption()
{
    return QCommandLineOption(QStringLiteral("role-arn"),
                              Tr::tr("The IAM role EventBridge Scheduler assumes to start the pipeline (Target.RoleArn); "
                                     "empty clears it."),
                              Tr::tr("ARN"));
}

} // namespace Pd::Cli

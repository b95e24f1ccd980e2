#include "rules/rule.h"

#include "core/tr.h"

namespace Pd {

QString ruleArn(const QString &region, const QString &accountId, const QString &eventBus, const QString &name)
{
    const QString prefix = QStringLiteral("arn:aws:events:%1:%2:rule/").arg(region, accountId);
    if (eventBus.isEmpty() || eventBus == QLatin1String("default"))
        return prefix + name;
    return prefix + eventBus + QLatin1Char('/') + name;
}

QString eventBusArn(const QString &region, const QString &accountId, const QString &eventBus)
{
    return QStringLiteral("arn:aws:events:%1:%2:event-bus/%3").arg(region, accountId, eventBus);
}

QString toApiString(InvocationOutcome outcome)
{
    return outcome == InvocationOutcome::Started ? QStringLiteral("STARTED") : QStringLiteral("FAILED");
}

InvocationOutcome invocationOutcomeFromApi(const QString &text)
{
    return text == QLatin1String("STARTED") ? InvocationOutcome::Started : InvocationOutcome::Failed;
}

QString displayName(InvocationOutcome outcome)
{
    return outcome == InvocationOutcome::Started ? Tr::tr("Started") : Tr::tr("Failed");
}

} // namespace Pd

// CloudActions on EventBridge rules: cloud first for a connected account, the local RuleService otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "connected/cloudsync.h"
#include "core/tr.h"
#include "rules/eventbridgeapi.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd {

using namespace CloudActionsDetail;

CloudJob *CloudActions::setRuleEnabled(const QString &identity, const QString &rule, const QString &eventBus,
                                       bool enabled)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().rules().setEnabled(identity, rule, eventBus, enabled));
    auto *job = new CloudJob(this);
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    QJsonObject input{{QStringLiteral("Name"), name}};
    if (!bus.isEmpty())
        input.insert(QStringLiteral("EventBusName"), bus);
    callFor(
        job, identity, enabled ? EventBridgeApi::enableRule() : EventBridgeApi::disableRule(), input,
        [this, job, identity, name = name](const QJsonObject &) { refresh(job, identity, SyncScope::Rules, name); });
    return job;
}

CloudJob *CloudActions::deleteRule(const QString &identity, const QString &rule, const QString &eventBus, bool force)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().rules().deleteRule(identity, rule, eventBus, force));
    auto *job = new CloudJob(this);
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    QJsonObject byName{{QStringLiteral("Name"), name}};
    if (!bus.isEmpty())
        byName.insert(QStringLiteral("EventBusName"), bus);
    auto remove = [this, job, identity, byName, name = name] {
        callFor(job, identity, EventBridgeApi::deleteRule(), byName,
                [this, job, identity, name](const QJsonObject &) { refresh(job, identity, SyncScope::Rules, name); });
    };
    if (!force) {
        remove();
        return job;
    }
    // Its targets, as the cloud has them now (at most 5 a rule: one page), then RemoveTargets.
    QJsonObject byRule{{QStringLiteral("Rule"), name}};
    if (!bus.isEmpty())
        byRule.insert(QStringLiteral("EventBusName"), bus);
    callFor(
        job, identity, EventBridgeApi::listTargetsByRule(), byRule,
        [this, job, identity, byRule, remove](const QJsonObject &answer) {
            QJsonArray ids;
            for (const QJsonValue &target : answer.value(QStringLiteral("Targets")).toArray())
                ids.append(target[QStringLiteral("Id")].toString());
            if (ids.isEmpty())
                return remove();
            QJsonObject input = byRule;
            input.insert(QStringLiteral("Ids"), ids);
            callFor(job, identity, EventBridgeApi::removeTargets(), input, [job, remove](const QJsonObject &answer) {
                // RemoveTargets answers 200 with the targets it could not remove.
                if (answer.value(QStringLiteral("FailedEntryCount")).toInt() > 0) {
                    const QJsonObject failed = answer[QStringLiteral("FailedEntries")][0].toObject();
                    return job->finish(Error::conflict(
                        Tr::tr("The cloud did not remove the target %1 of the rule, so the rule was not deleted: %2")
                            .arg(failed.value(QStringLiteral("TargetId")).toString(),
                                 failed.value(QStringLiteral("ErrorMessage")).toString())));
                }
                remove();
            });
        });
    return job;
}

} // namespace Pd

// CloudActions on EventBridge rules: cloud first for a connected account, the local RuleService otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "cloud/awsapicall.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "rules/eventbridgeapi.h"
#include "rules/ruleinterchange.h"
#include "rules/rulejson.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace Pd {

using namespace CloudActionsDetail;

namespace {

// PutTargets and RemoveTargets answer 200 with the entries they could not do: the error naming each.
std::optional<Error> failedEntries(const QJsonObject &answer, const QString &rule, bool put)
{
    if (answer.value(QStringLiteral("FailedEntryCount")).toInt() <= 0)
        return std::nullopt;
    QStringList failed;
    for (const QJsonValue &entry : answer.value(QStringLiteral("FailedEntries")).toArray())
        failed.append(Tr::tr("target %1: %2 (%3)")
                          .arg(entry[QStringLiteral("TargetId")].toString(),
                               entry[QStringLiteral("ErrorMessage")].toString(),
                               entry[QStringLiteral("ErrorCode")].toString()));
    const QString list = failed.join(QStringLiteral("; "));
    return Error::conflict(put ? Tr::tr("The cloud did not put these targets of the rule “%1”: %2").arg(rule, list)
                               : Tr::tr("The cloud did not remove these targets of the rule “%1”: %2").arg(rule, list));
}

// Reads the account's rules back into the mirror, then finishes the job with `value`, or with
// `failure` when a step after PutRule failed (the cloud changed something all the same).
void readBackRules(CloudConnections &connections, CloudJob *job, const QString &accountId, const QString &value,
                   std::optional<Error> failure = std::nullopt)
{
    auto *sync = new CloudSync(connections, accountId, SyncScope::of(SyncScope::Rules), job);
    job->setCurrent(sync);
    QObject::connect(sync, &CloudSync::finished, job, [job, sync, value, failure] {
        sync->deleteLater();
        if (job->isFinished())
            return;
        if (failure)
            return job->finish(*failure, value);
        job->finish(sync->status(), value); // the change was made: a failed read back is said
    });
    sync->start();
}

// The error of a step after PutRule: the rule is in the cloud, changed, without what failed.
Error afterPutRule(const Error &e, const QString &rule)
{
    Error said = e;
    said.message =
        Tr::tr("The rule “%1” was saved in the cloud, but its targets were not all changed: %2").arg(rule, e.message);
    return said;
}

// A PutEvents entry as the API takes it; Time as seconds since the epoch, as the SDKs send it.
Result<QJsonObject> eventEntry(const PutEventsEntry &e, int index)
{
    QJsonObject entry{{QStringLiteral("Source"), e.source},
                      {QStringLiteral("DetailType"), e.detailType},
                      {QStringLiteral("Detail"), e.detail}};
    if (!e.resources.isEmpty())
        entry.insert(QStringLiteral("Resources"), QJsonArray::fromStringList(e.resources));
    if (!e.time.isEmpty()) {
        const auto time = parseInstant(e.time);
        if (!time) {
            const QString field = QStringLiteral("Entries[%1].Time").arg(index);
            return Error::invalid(field, Tr::tr("%1: “%2” is not an ISO-8601 instant.").arg(field, e.time));
        }
        entry.insert(QStringLiteral("Time"), double(time->toMSecsSinceEpoch()) / 1000.0);
    }
    if (!e.eventBusName.isEmpty())
        entry.insert(QStringLiteral("EventBusName"), e.eventBusName);
    return entry;
}

} // namespace

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

CloudJob *CloudActions::createRule(const QString &identity, const Rule &rule)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty()) {
        auto created = service.createRule(identity, rule);
        return created ? finished(Status(), created->arn) : finished(created.error());
    }
    auto checked = service.checkWrite(identity, rule);
    if (!checked)
        return finished(checked.error());
    auto *job = new CloudJob(this);
    const Rule r = checked.value();
    auto client = m_connections.client(profileOf(identity));
    if (!client) {
        finishLater(job, client.error());
        return job;
    }
    // PutRule would quietly replace a rule of that name: create means a new one, as here.
    auto *call = new AwsApiCall(client.value(), EventBridgeApi::describeRule(),
                                {{QStringLiteral("Name"), r.name}, {QStringLiteral("EventBusName"), r.eventBus}}, job);
    job->setCurrent(call);
    connect(call, &AwsApiCall::finished, job, [this, job, call, identity, r] {
        if (job->isFinished())
            return;
        if (call->result())
            return job->finish(
                Error::conflict(Tr::tr("A rule named “%1” already exists on event bus “%2”.").arg(r.name, r.eventBus)));
        if (call->result().error().code != Error::Code::NotFound)
            return job->finish(call->result().error());
        writeRule(job, identity, r, r.targets, {});
    });
    return job;
}

CloudJob *CloudActions::updateRule(const QString &identity, const QString &originalArn, const Rule &rule)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty()) {
        auto updated = service.updateRule(identity, originalArn, rule);
        return updated ? finished(Status(), updated->arn) : finished(updated.error());
    }
    auto original = service.rule(identity, originalArn);
    if (!original)
        return finished(original.error());
    auto checked = service.checkWrite(identity, rule, original->targets);
    if (!checked)
        return finished(checked.error());
    const Rule r = checked.value();
    if (r.name != original->name || r.eventBus != original->eventBus)
        return finished(Error::invalid(QStringLiteral("--name"),
                                       Tr::tr("--name: EventBridge cannot rename a rule or move it to another event "
                                              "bus; keep “%1” on “%2”, or create a new rule and delete this one.")
                                           .arg(original->name, original->eventBus)));
    QList<RuleTarget> put;
    for (const RuleTarget &target : r.targets) {
        if (!original->targets.contains(target))
            put.append(target);
    }
    QStringList removed;
    for (const RuleTarget &target : original->targets) {
        if (std::none_of(r.targets.cbegin(), r.targets.cend(),
                         [&target](const RuleTarget &t) { return t.id == target.id; }))
            removed.append(target.id);
    }
    auto *job = new CloudJob(this);
    writeRule(job, identity, r, put, removed);
    return job;
}

CloudJob *CloudActions::putRule(const QString &identity, const Rule &rule)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty()) {
        auto put = service.putRule(identity, rule);
        return put ? finished(Status(), put->arn) : finished(put.error());
    }
    Rule withoutTargets = rule;
    withoutTargets.targets.clear(); // put-rule keeps the rule's targets as they are
    auto checked = service.checkWrite(identity, withoutTargets);
    if (!checked)
        return finished(checked.error());
    auto *job = new CloudJob(this);
    writeRule(job, identity, checked.value(), {}, {});
    return job;
}

void CloudActions::writeRule(CloudJob *job, const QString &identity, const Rule &rule, const QList<RuleTarget> &put,
                             const QStringList &removed)
{
    callFor(job, identity, EventBridgeApi::putRule(), Interchange::putRuleInput(rule),
            [this, job, identity, rule, put, removed](const QJsonObject &answer) {
                const QString arn = answer.value(QStringLiteral("RuleArn")).toString();
                auto readBack = [this, job, identity, arn] {
                    readBackRules(m_connections, job, identity, arn);
                };
                // Removed first: five new targets in place of five old ones would be ten for a moment.
                auto putTargets = [this, job, identity, rule, put, arn, readBack] {
                    if (put.isEmpty())
                        return readBack();
                    changeTargets(job, identity, rule, true, Interchange::putTargetsInput(rule, put), arn, true,
                                  readBack);
                };
                if (removed.isEmpty())
                    return putTargets();
                changeTargets(job, identity, rule, false,
                              {{QStringLiteral("Rule"), rule.name},
                               {QStringLiteral("EventBusName"), rule.eventBus},
                               {QStringLiteral("Ids"), QJsonArray::fromStringList(removed)}},
                              arn, true, putTargets);
            });
}

void CloudActions::changeTargets(CloudJob *job, const QString &identity, const Rule &rule, bool put,
                                 const QJsonObject &input, const QString &value, bool afterRule,
                                 std::function<void()> then)
{
    auto client = m_connections.client(profileOf(identity));
    if (!client)
        return finishLater(job, client.error());
    auto *call = new AwsApiCall(client.value(), put ? EventBridgeApi::putTargets() : EventBridgeApi::removeTargets(),
                                input, job);
    job->setCurrent(call);
    connect(call, &AwsApiCall::finished, job,
            [this, job, call, identity, rule, put, value, afterRule, then = std::move(then)] {
                if (job->isFinished())
                    return;
                const std::optional<Error> failed = call->result()
                                                        ? failedEntries(call->result().value(), rule.name, put)
                                                        : std::optional<Error>(call->result().error());
                if (!failed)
                    return then();
                if (afterRule)
                    return readBackRules(m_connections, job, identity, value, afterPutRule(*failed, rule.name));
                // Refused whole, nothing changed and there is nothing to read back; some entries done
                // and some not, the mirror follows what was done.
                if (!call->result())
                    return job->finish(*failed);
                readBackRules(m_connections, job, identity, value, failed);
            });
}

CloudJob *CloudActions::putTargets(const QString &identity, const QString &rule, const QString &eventBus,
                                   const QList<RuleTarget> &targets)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty())
        return finished(service.putTargets(identity, rule, eventBus, targets));
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    // The rule as the mirror has it (its targets count towards the five); the cloud finds one not read yet.
    auto known = service.rule(identity, rule, eventBus);
    if (!known && known.error().code != Error::Code::NotFound)
        return finished(known.error());
    Rule target;
    if (known) {
        target = known.value();
    } else {
        target.name = name;
        target.eventBus = bus.isEmpty() ? QStringLiteral("default") : bus;
    }
    auto checked = service.checkPutTargets(identity, target, targets);
    if (!checked)
        return finished(checked.error());
    auto *job = new CloudJob(this);
    changeTargets(job, identity, target, true, Interchange::putTargetsInput(target, checked.value()), target.arn, false,
                  [this, job, identity, arn = target.arn] { readBackRules(m_connections, job, identity, arn); });
    return job;
}

CloudJob *CloudActions::removeTargets(const QString &identity, const QString &rule, const QString &eventBus,
                                      const QStringList &targetIds)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty())
        return finished(service.removeTargets(identity, rule, eventBus, targetIds));
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    if (targetIds.isEmpty())
        return finished(Error::invalid(QStringLiteral("ids"), Tr::tr("--ids is required.")));
    Rule target;
    target.name = name;
    target.eventBus = bus.isEmpty() ? QStringLiteral("default") : bus;
    auto known = service.rule(identity, rule, eventBus);
    if (known)
        target = known.value();
    auto *job = new CloudJob(this);
    changeTargets(job, identity, target, false,
                  {{QStringLiteral("Rule"), target.name},
                   {QStringLiteral("EventBusName"), target.eventBus},
                   {QStringLiteral("Ids"), QJsonArray::fromStringList(targetIds)}},
                  target.arn, false,
                  [this, job, identity, arn = target.arn] { readBackRules(m_connections, job, identity, arn); });
    return job;
}

CloudJob *CloudActions::putEvents(const QString &identity, const QList<PutEventsEntry> &entries)
{
    RuleService &service = m_connections.workspace().rules();
    if (profileOf(identity).isEmpty()) {
        auto put = service.putEvents(identity, entries);
        if (!put)
            return finished(put.error());
        CloudJob *job = finished(Status());
        job->setAnswer(RuleJson::putEventsResponse(put.value()));
        return job;
    }
    if (Status s = RuleService::checkPutEvents(entries); !s)
        return finished(s);
    QJsonArray array;
    for (int i = 0; i < entries.size(); ++i) {
        auto entry = eventEntry(entries.at(i), i);
        if (!entry)
            return finished(entry.error());
        array.append(entry.value());
    }
    auto *job = new CloudJob(this);
    // Nothing to read back: EventBridge matches the events and starts what its rules say.
    callFor(job, identity, EventBridgeApi::putEvents(), {{QStringLiteral("Entries"), array}},
            [job](const QJsonObject &answer) {
                job->setAnswer(answer);
                job->finish(Status());
            });
    return job;
}

} // namespace Pd

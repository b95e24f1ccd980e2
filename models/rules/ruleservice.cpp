// RuleService: event buses, rule CRUD and targets. Its other parts have files of their own:
// rulevalidation.cpp (the checks), eventbus.cpp (putEvents and scheduled rules), ruleimport.cpp.
#include "rules/ruleservice.h"

#include "accounts/connectedaccounts.h"
#include "core/ids.h"
#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "rules/ruleservice_p.h"
#include "rules/rulestore.h"
#include "rules/rulevalidation.h"
#include "store/database.h"
#include "store/servicecontext.h"

namespace Pd {

using namespace RuleServicePrivate;

namespace {

// A rule's targets after put-targets: each of `put` replaces the target of its id, or is added.
QList<RuleTarget> mergedTargets(QList<RuleTarget> targets, const QList<RuleTarget> &put)
{
    for (const RuleTarget &target : put) {
        bool replaced = false;
        for (RuleTarget &existing : targets) {
            if (existing.id == target.id) {
                existing = target;
                replaced = true;
            }
        }
        if (!replaced)
            targets.append(target);
    }
    return targets;
}

} // namespace

RuleService::RuleService(ServiceContext &context, PipelineService &pipelines)
    : m_context(context)
    , m_pipelines(pipelines)
    , m_matchers(std::make_unique<MatcherCache>())
{
    connect(this, &RuleService::rulesChanged, this, [this] { m_matchers->entries.clear(); });
}

RuleService::~RuleService() = default;

void RuleService::audit(const QString &identity, const QString &action, const QString &target, const Status &outcome,
                        const QString &detail)
{
    m_context.audit().record(identity, action, target, outcome, detail);
}

// --- Roles -----------------------------------------------------------------------------------

Result<QStringList> RuleService::knownRoleArns(const QString &identity) const
{
    return RuleStore(m_context.database()).roleArns(identity);
}

QString RuleService::newRoleArn(const QString &identity, const QString &ruleName) const
{
    return QStringLiteral("arn:aws:iam::%1:role/service-role/Amazon_EventBridge_Invoke_Sagemaker_Pipeline_%2")
        .arg(identity, ruleName);
}

// --- Event buses -----------------------------------------------------------------------------

Result<QStringList> RuleService::eventBuses(const QString &identity) const
{
    auto custom = RuleStore(m_context.database()).eventBuses(identity);
    if (!custom)
        return custom;
    QStringList result{defaultBus};
    result += custom.value();
    return result;
}

Status RuleService::createEventBus(const QString &identity, const QString &name)
{
    Status status = [&]() -> Status {
        if (Status s = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::EventBus, name); !s)
            return s;
        if (Status s = RuleValidation::validateBusName(QStringLiteral("--name"), name); !s)
            return s;
        if (name == defaultBus)
            return Error::conflict(Tr::tr("The event bus “default” always exists."));
        RuleStore store(m_context.database());
        return m_context.database().transaction([&]() -> Status {
            auto exists = store.hasEventBus(identity, name);
            if (!exists)
                return exists.error();
            if (exists.value())
                return Error::conflict(Tr::tr("The event bus “%1” already exists in account %2.").arg(name, identity));
            return store.insertEventBus(identity, name, m_context.clock().nowMs());
        });
    }();
    audit(identity, QStringLiteral("CreateEventBus"), eventBusArn(m_context.region(), identity, name), status);
    if (status)
        emit eventBusesChanged(identity);
    return status;
}

Status RuleService::deleteEventBus(const QString &identity, const QString &nameOrArn)
{
    auto resolved = busName(identity, nameOrArn, QStringLiteral("--name"));
    if (!resolved) {
        audit(identity, QStringLiteral("DeleteEventBus"), nameOrArn, resolved.error());
        return resolved.error();
    }
    const QString name = resolved.value();
    Status status = [&]() -> Status {
        if (Status s = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::EventBus, name); !s)
            return s;
        if (name == defaultBus)
            return Error::conflict(Tr::tr("The default event bus cannot be deleted."));
        RuleStore store(m_context.database());
        return m_context.database().transaction([&]() -> Status {
            auto exists = store.hasEventBus(identity, name);
            if (!exists)
                return exists.error();
            if (!exists.value())
                return Error::notFound(Tr::tr("The event bus “%1” does not exist in account %2.").arg(name, identity));
            auto count = store.ruleCountOnBus(identity, name);
            if (!count)
                return count.error();
            if (count.value() > 0)
                return Error::conflict(
                    Tr::tr("The event bus “%1” still has %2 rules; delete them first.").arg(name).arg(count.value()));
            return store.removeEventBus(identity, name);
        });
    }();
    audit(identity, QStringLiteral("DeleteEventBus"), eventBusArn(m_context.region(), identity, name), status);
    if (status)
        emit eventBusesChanged(identity);
    return status;
}

// --- Rules -----------------------------------------------------------------------------------

Result<Rule> RuleService::find(const QString &identity, const QString &nameOrArn, const QString &eventBus) const
{
    if (nameOrArn.isEmpty())
        return Error::invalid(QStringLiteral("--name"), Tr::tr("--name: the rule's name is required."));
    auto resolvedBus = busName(identity, eventBus, QStringLiteral("--event-bus-name"));
    if (!resolvedBus)
        return resolvedBus.error();
    const QString &bus = resolvedBus.value();
    const QString arn = isArn(nameOrArn) ? nameOrArn : ruleArn(m_context.region(), identity, bus, nameOrArn);
    auto found = RuleStore(m_context.database()).rule(arn);
    // Rules are private to their account: another account's rule looks absent.
    if ((!found && found.error().code == Error::Code::NotFound) || (found && found->accountId != identity))
        return Error::notFound(
            Tr::tr("The rule “%1” does not exist on event bus “%2” of account %3.").arg(nameOrArn, bus, identity));
    return found;
}

Result<QString> RuleService::busName(const QString &identity, const QString &nameOrArn, const QString &field) const
{
    if (!isArn(nameOrArn))
        return busNameOf(nameOrArn);
    const ArnParts parts = parseArn(nameOrArn);
    const QString prefix = QStringLiteral("event-bus/");
    if (!parts.valid || parts.service != QLatin1String("events") || !parts.resource.startsWith(prefix) ||
        parts.resource.size() == prefix.size())
        return Error::invalid(field, Tr::tr("%1: “%2” is not an event bus ARN "
                                            "(arn:aws:events:<region>:<account>:event-bus/<name>).")
                                         .arg(field, nameOrArn));
    // Rules and events live on the identity's own buses: the ARN of another account's bus named
    // the same must not quietly become the identity's.
    if (parts.account != identity)
        return Error::invalid(field, Tr::tr("%1: “%2” is an event bus of account %3; account %4 can only use its "
                                            "own event buses.")
                                         .arg(field, nameOrArn, parts.account, identity));
    if (parts.region != m_context.region())
        return Error::invalid(field, Tr::tr("%1: “%2” is an event bus in region %3; this workspace's event buses "
                                            "are in %4.")
                                         .arg(field, nameOrArn, parts.region, m_context.region()));
    return parts.resource.mid(prefix.size());
}

Status RuleService::checkNewTargets(const QString &identity, const QList<RuleTarget> &targets,
                                    const QList<RuleTarget> &kept) const
{
    for (int i = 0; i < targets.size(); ++i) {
        const RuleTarget &target = targets.at(i);
        // A target kept as it was is not judged again: a share withdrawn since must not make the
        // rule impossible to enable, disable or trim; its invocations fail and say why.
        if (kept.contains(target))
            continue;
        Status checked = checkTarget(identity, target, i);
        if (checked)
            continue;
        const Error &e = checked.error();
        const QString field = e.field.isEmpty() ? QStringLiteral("Targets[%1]").arg(i) : e.field;
        return Error{e.code,
                     Tr::tr("%1 (target “%2”): %3").arg(field, target.id, e.reason.isEmpty() ? e.message : e.reason),
                     field, e.position, e.reason, e.details};
    }
    return {};
}

Result<QList<Rule>> RuleService::rules(const QString &identity, const QString &eventBus) const
{
    if (eventBus.isEmpty())
        return RuleStore(m_context.database()).rules(identity, QString());
    auto bus = busName(identity, eventBus, QStringLiteral("--event-bus-name"));
    if (!bus)
        return bus.error();
    return RuleStore(m_context.database()).rules(identity, bus.value());
}

Result<Rule> RuleService::rule(const QString &identity, const QString &nameOrArn, const QString &eventBus) const
{
    return find(identity, nameOrArn, eventBus);
}

Rule RuleService::normalized(const QString &identity, Rule rule) const
{
    rule.accountId = identity;
    rule.eventBus = busNameOf(rule.eventBus);
    rule.eventPattern = rule.eventPattern.trimmed();
    rule.scheduleExpression = rule.scheduleExpression.trimmed();
    rule.arn = ruleArn(m_context.region(), identity, rule.eventBus, rule.name);
    for (RuleTarget &target : rule.targets) {
        // A pipeline named without an ARN is one of the identity's own.
        if (!target.pipelineArn.isEmpty() && !isArn(target.pipelineArn))
            target.pipelineArn = pipelineArn(m_context.region(), identity, target.pipelineArn);
        if (target.roleArn.isEmpty())
            target.roleArn = rule.roleArn.isEmpty() ? newRoleArn(identity, rule.name) : rule.roleArn;
    }
    return rule;
}

Result<Rule> RuleService::write(const QString &identity, const QString &originalArn, Rule input, const QString &action)
{
    const qint64 now = m_context.clock().nowMs();
    auto bus = busName(identity, input.eventBus, QStringLiteral("--event-bus-name"));
    if (!bus) {
        audit(identity, action, input.eventBus, bus.error());
        return bus.error();
    }
    input.eventBus = bus.value();
    Rule r = normalized(identity, std::move(input));
    Status status = [&]() -> Status {
        if (Status s = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Rule, r.name); !s)
            return s;
        if (Status s = validate(r); !s)
            return s;
        if (r.eventPattern.size() > 0) {
            // Stored as the pattern's own compact JSON.
            auto pattern = Events::EventPattern::parse(r.eventPattern.toUtf8());
            if (pattern)
                r.eventPattern = QString::fromUtf8(pattern->toJson());
        }
        RuleStore store(m_context.database());
        return m_context.database().transaction([&]() -> Status {
            if (r.eventBus != defaultBus) {
                auto bus = store.hasEventBus(identity, r.eventBus);
                if (!bus)
                    return bus.error();
                if (!bus.value())
                    return Error::invalid(QStringLiteral("--event-bus-name"),
                                          Tr::tr("--event-bus-name: the event bus “%1” does not exist in account %2.")
                                              .arg(r.eventBus, identity));
            }
            std::optional<Rule> original;
            if (!originalArn.isEmpty()) {
                auto found = store.rule(originalArn);
                if (!found)
                    return found.error();
                if (found->accountId != identity)
                    return Error::notFound(
                        Tr::tr("The rule “%1” does not exist in account %2.").arg(originalArn, identity));
                original = found.value();
            }
            // Whichever face wrote the rule (wizard, put-targets, import, create), a target it
            // adds or changes must be a pipeline the rule's account may start.
            if (Status s = checkNewTargets(identity, r.targets, original ? original->targets : QList<RuleTarget>()); !s)
                return s;
            if (!original || original->arn != r.arn) {
                auto existing = store.rule(r.arn);
                if (existing)
                    return Error::conflict(
                        Tr::tr("A rule named “%1” already exists on event bus “%2”.").arg(r.name, r.eventBus));
                if (existing.error().code != Error::Code::NotFound)
                    return existing.error();
            }
            if (!original) {
                r.createdAt = now;
                r.modifiedAt = now;
                r.plannedThrough = 0;
                return store.insert(r);
            }
            r.createdAt = original->createdAt;
            r.modifiedAt = qMax(now, original->modifiedAt + 1);
            r.plannedThrough = original->plannedThrough;
            // Slots before enabling or before a new schedule are not "missed"; they never existed.
            if (r.isScheduled() &&
                ((r.enabled && !original->enabled) || r.scheduleExpression != original->scheduleExpression))
                r.plannedThrough = qMax(r.plannedThrough, now);
            return store.replace(original->arn, r);
        });
    }();
    audit(identity, action, r.arn, status);
    if (!status)
        return status.error();
    emit rulesChanged(identity);
    return r;
}

Result<Rule> RuleService::checkWrite(const QString &identity, const Rule &rule, const QList<RuleTarget> &kept) const
{
    auto bus = busName(identity, rule.eventBus, QStringLiteral("--event-bus-name"));
    if (!bus)
        return bus.error();
    Rule input = rule;
    input.eventBus = bus.value();
    Rule r = normalized(identity, std::move(input));
    if (Status s = validate(r); !s)
        return s.error();
    if (Status s = checkNewTargets(identity, r.targets, kept); !s)
        return s.error();
    return r;
}

Result<Rule> RuleService::createRule(const QString &identity, const Rule &rule)
{
    return write(identity, QString(), rule, QStringLiteral("CreateRule"));
}

Result<Rule> RuleService::updateRule(const QString &identity, const QString &originalArn, const Rule &rule)
{
    auto original = find(identity, originalArn, {});
    if (!original)
        return original.error();
    return write(identity, original->arn, rule, QStringLiteral("UpdateRule"));
}

Result<Rule> RuleService::putRule(const QString &identity, const Rule &rule)
{
    auto existing = find(identity, rule.name, rule.eventBus);
    if (!existing) {
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        return write(identity, QString(), rule, QStringLiteral("PutRule"));
    }
    Rule changed = rule;
    changed.targets = existing->targets;
    return write(identity, existing->arn, changed, QStringLiteral("PutRule"));
}

Result<Rule> RuleService::replaceRule(const QString &identity, const Rule &original, Rule rule, const QString &action)
{
    return write(identity, original.arn, std::move(rule), action);
}

Status RuleService::setEnabled(const QString &identity, const QString &nameOrArn, const QString &eventBus, bool enabled)
{
    auto found = find(identity, nameOrArn, eventBus);
    if (!found)
        return found.error();
    if (found->enabled == enabled)
        return {};
    Rule changed = found.value();
    changed.enabled = enabled;
    auto written = replaceRule(identity, found.value(), changed,
                               enabled ? QStringLiteral("EnableRule") : QStringLiteral("DisableRule"));
    if (!written)
        return written.error();
    return {};
}

Status RuleService::deleteRule(const QString &identity, const QString &nameOrArn, const QString &eventBus, bool force)
{
    auto found = find(identity, nameOrArn, eventBus);
    Status status = [&]() -> Status {
        if (!found)
            return found.error();
        if (Status s = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Rule, found->name); !s)
            return s;
        if (!found->targets.isEmpty() && !force)
            return Error::conflict(Tr::tr("The rule “%1” still has %2 targets; remove them first or delete with force.")
                                       .arg(found->name)
                                       .arg(found->targets.size()));
        return m_context.database().transaction([&] { return RuleStore(m_context.database()).remove(found->arn); });
    }();
    audit(identity, QStringLiteral("DeleteRule"), found ? found->arn : nameOrArn, status);
    if (status) {
        emit rulesChanged(identity);
        emit invocationsChanged(found->arn);
    }
    return status;
}

Result<QList<RuleTarget>> RuleService::checkPutTargets(const QString &identity, const Rule &rule,
                                                       const QList<RuleTarget> &targets) const
{
    // Field names refer to the request's list, as in EventBridge's answer.
    const Rule normalizedTargets = [&] {
        Rule r = rule;
        r.targets = targets;
        return normalized(identity, r);
    }();
    for (int i = 0; i < normalizedTargets.targets.size(); ++i) {
        if (Status s = validateTarget(normalizedTargets.targets.at(i), i); !s)
            return s.error();
    }
    // Judged here too (write() would find the same refusal) so that its field names the
    // request's index, not the target's place among the rule's.
    if (Status s = checkNewTargets(identity, normalizedTargets.targets, rule.targets); !s)
        return s.error();
    const qsizetype count = mergedTargets(rule.targets, normalizedTargets.targets).size();
    if (count > RuleLimits::maxTargets)
        return Error::invalid(QStringLiteral("Targets"),
                              Tr::tr("Targets: a rule has at most %1 targets; “%2” would have %3.")
                                  .arg(RuleLimits::maxTargets)
                                  .arg(rule.name)
                                  .arg(count));
    return normalizedTargets.targets;
}

Status RuleService::putTargets(const QString &identity, const QString &ruleNameOrArn, const QString &eventBus,
                               const QList<RuleTarget> &targets)
{
    auto found = find(identity, ruleNameOrArn, eventBus);
    if (!found)
        return found.error();
    if (Status s =
            ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Rule, found->name);
        !s) {
        audit(identity, QStringLiteral("PutTargets"), found->arn, s);
        return s;
    }
    auto checked = checkPutTargets(identity, found.value(), targets);
    if (!checked) {
        audit(identity, QStringLiteral("PutTargets"), found->arn, checked.error());
        return checked.error();
    }
    Rule changed = found.value();
    changed.targets = mergedTargets(found->targets, checked.value());
    auto written = replaceRule(identity, found.value(), changed, QStringLiteral("PutTargets"));
    if (!written)
        return written.error();
    return {};
}

Status RuleService::removeTargets(const QString &identity, const QString &ruleNameOrArn, const QString &eventBus,
                                  const QStringList &targetIds)
{
    auto found = find(identity, ruleNameOrArn, eventBus);
    if (!found)
        return found.error();
    Rule changed = found.value();
    for (int i = 0; i < targetIds.size(); ++i) {
        QList<RuleTarget> kept;
        for (const RuleTarget &t : std::as_const(changed.targets)) {
            if (t.id != targetIds.at(i))
                kept.append(t);
        }
        if (kept.size() == changed.targets.size()) {
            const QString field = QStringLiteral("Ids[%1]").arg(i);
            const Status s = Error::invalid(
                field, Tr::tr("%1: the rule “%2” has no target “%3”.").arg(field, found->name, targetIds.at(i)));
            audit(identity, QStringLiteral("RemoveTargets"), found->arn, s);
            return s;
        }
        changed.targets = kept;
    }
    auto written = replaceRule(identity, found.value(), changed, QStringLiteral("RemoveTargets"));
    if (!written)
        return written.error();
    return {};
}

} // namespace Pd

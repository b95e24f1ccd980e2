#include "rules/ruleservice.h"

#include "accounts/accountstore.h"
#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/jsonpath.h"
#include "eventpatterns/patternmatcher.h"
#include "pipelines/pipelineservice.h"
#include "rules/rulestore.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "schedules/pipelineschedule.h"
#include "schedules/schedulestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace Pd {

namespace {

const QString defaultBus = QStringLiteral("default");
constexpr int busNameMaxLength = 256;
constexpr int tagKeyMaxLength = 128;
constexpr int tagValueMaxLength = 256;
constexpr int parameterNameMaxLength = 256;
constexpr int parameterValueMaxLength = 1024;

bool isArn(const QString &text)
{
    return text.startsWith(QLatin1String("arn:"));
}

// A bus given by name or by ARN (arn:aws:events:<region>:<account>:event-bus/<name>).
QString busNameOf(const QString &nameOrArn)
{
    if (nameOrArn.isEmpty())
        return defaultBus;
    if (isArn(nameOrArn)) {
        const int slash = nameOrArn.indexOf(QLatin1String(":event-bus/"));
        return slash < 0 ? nameOrArn : nameOrArn.mid(slash + 11);
    }
    return nameOrArn;
}

QString parameterField(int target, int parameter, const char *member)
{
    return QStringLiteral("Targets[%1].SageMakerPipelineParameters.PipelineParameterList[%2].%3")
        .arg(target)
        .arg(parameter)
        .arg(QLatin1String(member));
}

Status validateName(const QString &field, const QString &name, int maxLength, const QRegularExpression &pattern,
                    const QString &allowed)
{
    if (name.isEmpty())
        return Error::invalid(field, Tr::tr("%1: a name is required (1 to %2 characters).").arg(field).arg(maxLength));
    if (name.size() > maxLength)
        return Error::invalid(field, Tr::tr("%1: “%2” has %3 characters; at most %4 are allowed.")
                                         .arg(field, name)
                                         .arg(name.size())
                                         .arg(maxLength));
    if (!pattern.match(name).hasMatch())
        return Error::invalid(field, Tr::tr("%1: “%2” may only contain %3.").arg(field, name, allowed));
    return {};
}

Status validateRuleName(const QString &field, const QString &name, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[.\\-_A-Za-z0-9]+$"));
    return validateName(field, name, maxLength, pattern, Tr::tr("letters A–Z and a–z, digits, “-”, “_” and “.”"));
}

Status validateBusName(const QString &field, const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[/.\\-_A-Za-z0-9]+$"));
    return validateName(field, name, busNameMaxLength, pattern,
                        Tr::tr("letters A–Z and a–z, digits, “/”, “-”, “_” and “.”"));
}

Status validateRoleArn(const QString &field, const QString &arn)
{
    static const QRegularExpression pattern(QStringLiteral("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$"));
    if (!pattern.match(arn).hasMatch())
        return Error::invalid(
            field, Tr::tr("%1: “%2” is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).").arg(field, arn));
    return {};
}

// The EventBridge event a scheduled rule sends its targets at a slot.
QJsonObject scheduledEvent(const Rule &rule, const QString &region, qint64 scheduledMs)
{
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("0")},
                       {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("detail-type"), QStringLiteral("Scheduled Event")},
                       {QStringLiteral("source"), QStringLiteral("aws.events")},
                       {QStringLiteral("account"), rule.accountId},
                       {QStringLiteral("time"), isoUtcMs(scheduledMs)},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("resources"), QJsonArray{rule.arn}},
                       {QStringLiteral("detail"), QJsonObject{}}};
}

} // namespace

// The compiled ENABLED pattern rules of one (account, bus), valid while the bus's rules are
// unchanged (stamp); dropped on rulesChanged. Matching an event is one pass of the matcher,
// never one pattern after the other.
struct RuleService::MatcherCache
{
    struct Entry
    {
        QString stamp;
        QList<Rule> rules;
        Events::PatternMatcher matcher;
    };
    QHash<QString, std::shared_ptr<Entry>> entries; // key: account + '\x1f' + bus
};

struct RuleService::Invoked
{
    int count = 0;
    QStringList startedPipelines;
    QString firstExecution;
    QStringList failures;
};

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

// --- Validation ------------------------------------------------------------------------------

Result<bool> RuleService::parseState(const QString &text)
{
    if (text.compare(QLatin1String("ENABLED"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("DISABLED"), Qt::CaseInsensitive) == 0)
        return false;
    return Error::invalid(QStringLiteral("--state"),
                          Tr::tr("--state: “%1” is not a state; use ENABLED or DISABLED.").arg(text));
}

Status RuleService::validateTarget(const RuleTarget &target, int index)
{
    const QString prefix = QStringLiteral("Targets[%1].").arg(index);
    if (Status s = validateRuleName(prefix + QLatin1String("Id"), target.id, RuleLimits::targetIdMaxLength); !s)
        return s;
    const ArnParts arn = parseArn(target.pipelineArn);
    if (!arn.valid || arn.service != QLatin1String("sagemaker") ||
        !arn.resource.startsWith(QLatin1String("pipeline/")) || arn.resource.count(QLatin1Char('/')) != 1)
        return Error::invalid(prefix + QLatin1String("Arn"),
                              Tr::tr("%1: “%2” is not a SageMaker pipeline ARN "
                                     "(arn:aws:sagemaker:<region>:<account>:pipeline/<name>).")
                                  .arg(prefix + QLatin1String("Arn"), target.pipelineArn));
    if (!target.roleArn.isEmpty()) {
        if (Status s = validateRoleArn(prefix + QLatin1String("RoleArn"), target.roleArn); !s)
            return s;
    }
    if (target.parameters.size() > RuleLimits::maxParameters) {
        const QString field = prefix + QLatin1String("SageMakerPipelineParameters.PipelineParameterList");
        return Error::invalid(field, Tr::tr("%1: %2 parameters given; at most %3 are allowed.")
                                         .arg(field)
                                         .arg(target.parameters.size())
                                         .arg(RuleLimits::maxParameters));
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9\\-_]+$"));
    QSet<QString> names;
    for (int i = 0; i < target.parameters.size(); ++i) {
        const RuleParameter &p = target.parameters.at(i);
        const QString nameField = parameterField(index, i, "Name");
        const QString valueField = parameterField(index, i, "Value");
        if (Status s = validateName(nameField, p.name, parameterNameMaxLength, namePattern,
                                    Tr::tr("letters A–Z and a–z, digits, “-” and “_”"));
            !s)
            return s;
        if (names.contains(p.name))
            return Error::invalid(nameField, Tr::tr("%1: the parameter “%2” is given twice.").arg(nameField, p.name));
        names.insert(p.name);
        if (p.value.size() > parameterValueMaxLength)
            return Error::invalid(valueField, Tr::tr("%1: the value has %2 characters; at most %3 are allowed.")
                                                  .arg(valueField)
                                                  .arg(p.value.size())
                                                  .arg(parameterValueMaxLength));
        if (p.dynamic) {
            auto path = Events::JsonPath::parse(p.value);
            if (!path)
                return Error::invalid(valueField,
                                      Tr::tr("%1: “%2” is not a JSONPath into the event: %3")
                                          .arg(valueField, p.value, path.error().message),
                                      path.error().position);
        }
    }
    return {};
}

Status RuleService::validate(const Rule &rule)
{
    if (Status s = validateRuleName(QStringLiteral("--name"), rule.name, RuleLimits::nameMaxLength); !s)
        return s;
    if (rule.description.size() > RuleLimits::descriptionMaxLength)
        return Error::invalid(QStringLiteral("--description"),
                              Tr::tr("--description: at most %1 characters are allowed (it has %2).")
                                  .arg(RuleLimits::descriptionMaxLength)
                                  .arg(rule.description.size()));
    const QString bus = rule.eventBus.isEmpty() ? defaultBus : rule.eventBus;
    if (Status s = validateBusName(QStringLiteral("--event-bus-name"), bus); !s)
        return s;
    const bool hasPattern = !rule.eventPattern.trimmed().isEmpty();
    const bool hasSchedule = !rule.scheduleExpression.trimmed().isEmpty();
    if (!hasPattern && !hasSchedule)
        return Error::invalid(QStringLiteral("--event-pattern"),
                              Tr::tr("--event-pattern: a rule needs an event pattern or a schedule expression."));
    if (hasPattern && hasSchedule)
        return Error::invalid(QStringLiteral("--schedule-expression"),
                              Tr::tr("--schedule-expression: a rule has an event pattern or a schedule expression, "
                                     "not both."));
    if (hasPattern) {
        auto pattern = Events::EventPattern::parse(rule.eventPattern.toUtf8());
        if (!pattern) {
            // The pattern's own path says where; the rule's field is the option.
            const Error &e = pattern.error();
            return Error::invalid(QStringLiteral("--event-pattern"),
                                  e.field.isEmpty() ? Tr::tr("--event-pattern: %1").arg(e.message)
                                                    : Tr::tr("--event-pattern: %1: %2").arg(e.field, e.message),
                                  e.position);
        }
    } else {
        if (bus != defaultBus)
            return Error::invalid(QStringLiteral("--schedule-expression"),
                                  Tr::tr("--schedule-expression: scheduled rules are only possible on the default "
                                         "event bus, not on “%1”.")
                                      .arg(bus));
        auto expression = Schedule::ScheduleExpression::parse(rule.scheduleExpression.trimmed(), QStringLiteral("UTC"));
        if (!expression)
            return Error::invalid(QStringLiteral("--schedule-expression"),
                                  Tr::tr("--schedule-expression: %1").arg(expression.error().message),
                                  expression.error().position);
        if (expression->dialect() != Schedule::Dialect::Rate && expression->dialect() != Schedule::Dialect::Cron)
            return Error::invalid(QStringLiteral("--schedule-expression"),
                                  Tr::tr("--schedule-expression: rules take rate() or cron() with 6 fields, "
                                         "evaluated in UTC; “%1” is neither.")
                                      .arg(rule.scheduleExpression));
    }
    if (!rule.roleArn.isEmpty()) {
        if (Status s = validateRoleArn(QStringLiteral("--role-arn"), rule.roleArn); !s)
            return s;
    }
    if (rule.tags.size() > RuleLimits::maxTags)
        return Error::invalid(
            QStringLiteral("Tags"),
            Tr::tr("Tags: %1 tags given; at most %2 are allowed.").arg(rule.tags.size()).arg(RuleLimits::maxTags));
    int tagIndex = 0;
    for (auto it = rule.tags.cbegin(); it != rule.tags.cend(); ++it, ++tagIndex) {
        const QString keyField = QStringLiteral("Tags[%1].Key").arg(tagIndex);
        if (it.key().isEmpty() || it.key().size() > tagKeyMaxLength)
            return Error::invalid(keyField,
                                  Tr::tr("%1: a tag key has 1 to %2 characters.").arg(keyField).arg(tagKeyMaxLength));
        if (it.key().startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return Error::invalid(keyField, Tr::tr("%1: tag keys starting with “aws:” are reserved.").arg(keyField));
        if (it.value().size() > tagValueMaxLength) {
            const QString valueField = QStringLiteral("Tags[%1].Value").arg(tagIndex);
            return Error::invalid(
                valueField,
                Tr::tr("%1: a tag value has at most %2 characters.").arg(valueField).arg(tagValueMaxLength));
        }
    }
    if (rule.targets.size() > RuleLimits::maxTargets)
        return Error::invalid(QStringLiteral("Targets"), Tr::tr("Targets: a rule has at most %1 targets (%2 given).")
                                                             .arg(RuleLimits::maxTargets)
                                                             .arg(rule.targets.size()));
    QSet<QString> ids;
    for (int i = 0; i < rule.targets.size(); ++i) {
        if (Status s = validateTarget(rule.targets.at(i), i); !s)
            return s;
        const QString &id = rule.targets.at(i).id;
        if (ids.contains(id)) {
            const QString field = QStringLiteral("Targets[%1].Id").arg(i);
            return Error::invalid(field, Tr::tr("%1: the target id “%2” is used twice in the rule.").arg(field, id));
        }
        ids.insert(id);
    }
    return {};
}

Status RuleService::checkTarget(const QString &identity, const RuleTarget &target, int index) const
{
    if (Status s = validateTarget(target, index); !s)
        return s;
    const QString arnField = QStringLiteral("Targets[%1].Arn").arg(index);
    auto pipeline = m_pipelines.resolve(identity, target.pipelineArn);
    if (!pipeline) {
        Error e = pipeline.error();
        if (e.field.isEmpty())
            e.field = arnField;
        return e;
    }
    if (Status allowed = m_pipelines.canStart(identity, pipeline->arn); !allowed) {
        Error e = allowed.error();
        e.field = arnField;
        return e;
    }
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
    QList<ExecutionParameter> statics;
    for (int i = 0; i < target.parameters.size(); ++i) {
        const RuleParameter &p = target.parameters.at(i);
        if (!p.dynamic) {
            statics.append({p.name, p.value});
            continue;
        }
        // A dynamic value is only known per event; its name must still be one the pipeline has.
        bool known = false;
        for (const PipelineParameter &d : definition.parameters)
            known = known || d.name == p.name;
        if (!known) {
            const QString field = parameterField(index, i, "Name");
            return Error::invalid(
                field, Tr::tr("%1: the pipeline “%2” has no parameter “%3”.").arg(field, pipeline->name, p.name));
        }
    }
    auto resolved = PipelineService::resolveParameters(definition, statics);
    if (!resolved) {
        Error e = resolved.error();
        for (int i = 0; i < target.parameters.size(); ++i) {
            if (e.message.contains(target.parameters.at(i).name))
                e.field = parameterField(index, i, "Value");
        }
        if (e.field.isEmpty() || !e.field.startsWith(QLatin1String("Targets")))
            e.field = QStringLiteral("Targets[%1].SageMakerPipelineParameters").arg(index);
        return e;
    }
    return {};
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
        if (Status s = validateBusName(QStringLiteral("--name"), name); !s)
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
    const QString name = busNameOf(nameOrArn);
    Status status = [&]() -> Status {
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
    const QString bus = busNameOf(eventBus);
    const QString arn = isArn(nameOrArn) ? nameOrArn : ruleArn(m_context.region(), identity, bus, nameOrArn);
    auto found = RuleStore(m_context.database()).rule(arn);
    // Rules are private to their account: another account's rule looks absent.
    if ((!found && found.error().code == Error::Code::NotFound) || (found && found->accountId != identity))
        return Error::notFound(
            Tr::tr("The rule “%1” does not exist on event bus “%2” of account %3.").arg(nameOrArn, bus, identity));
    return found;
}

Result<QList<Rule>> RuleService::rules(const QString &identity, const QString &eventBus) const
{
    return RuleStore(m_context.database()).rules(identity, eventBus.isEmpty() ? QString() : busNameOf(eventBus));
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
    Rule r = normalized(identity, std::move(input));
    Status status = [&]() -> Status {
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

Status RuleService::putTargets(const QString &identity, const QString &ruleNameOrArn, const QString &eventBus,
                               const QList<RuleTarget> &targets)
{
    auto found = find(identity, ruleNameOrArn, eventBus);
    if (!found)
        return found.error();
    // Field names refer to the request's list, as in EventBridge's answer.
    const Rule normalizedTargets = [&] {
        Rule r = found.value();
        r.targets = targets;
        return normalized(identity, r);
    }();
    for (int i = 0; i < normalizedTargets.targets.size(); ++i) {
        if (Status s = validateTarget(normalizedTargets.targets.at(i), i); !s) {
            audit(identity, QStringLiteral("PutTargets"), found->arn, s);
            return s;
        }
    }
    Rule changed = found.value();
    for (const RuleTarget &target : normalizedTargets.targets) {
        bool replaced = false;
        for (RuleTarget &existing : changed.targets) {
            if (existing.id == target.id) {
                existing = target;
                replaced = true;
            }
        }
        if (!replaced)
            changed.targets.append(target);
    }
    if (changed.targets.size() > RuleLimits::maxTargets) {
        const Status s = Error::invalid(QStringLiteral("Targets"),
                                        Tr::tr("Targets: a rule has at most %1 targets; “%2” would have %3.")
                                            .arg(RuleLimits::maxTargets)
                                            .arg(found->name)
                                            .arg(changed.targets.size()));
        audit(identity, QStringLiteral("PutTargets"), found->arn, s);
        return s;
    }
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

// --- The local event bus ----------------------------------------------------------------------

Result<RuleService::Invoked> RuleService::invokeTargets(const Rule &rule, const QJsonObject &event, qint64 eventMs,
                                                        qint64 now)
{
    Database &database = m_context.database();
    RuleStore store(database);
    Invoked invoked;
    const QString eventId = event.value(QLatin1String("id")).toString();
    const QString displayName = firingDisplayName(rule.name, eventMs);
    for (const RuleTarget &target : rule.targets) {
        RuleInvocation invocation;
        invocation.ruleArn = rule.arn;
        invocation.eventId = eventId;
        invocation.targetId = target.id;
        invocation.at = now;
        StartRequest request;
        request.pipeline = target.pipelineArn;
        request.displayName = displayName;
        request.startedByKind = StartedByKind::Rule;
        request.startedBy = rule.arn; // as schedules do: unambiguous across buses and accounts
        std::optional<Error> failure;
        for (const RuleParameter &p : target.parameters) {
            if (!p.dynamic) {
                request.parameters.append({p.name, p.value});
                continue;
            }
            auto path = Events::JsonPath::parse(p.value);
            auto value = path ? path->resolveToString(event) : Result<QString>(path.error());
            if (!value) {
                failure = Error::invalid(
                    p.name, Tr::tr("The parameter “%1” could not be resolved: %2").arg(p.name, value.error().message));
                break;
            }
            request.parameters.append({p.name, value.value()});
        }
        if (!failure) {
            auto started = m_pipelines.startInTransaction(rule.accountId, request);
            if (started) {
                invocation.outcome = InvocationOutcome::Started;
                invocation.executionArn = started->arn;
                invoked.startedPipelines.append(started->pipelineArn);
                if (invoked.firstExecution.isEmpty())
                    invoked.firstExecution = started->arn;
            } else if (started.error().code == Error::Code::Storage || started.error().code == Error::Code::Internal) {
                return started.error(); // the transaction rolls back; nothing of this event stays
            } else {
                failure = started.error();
            }
        }
        if (failure) {
            invocation.outcome = InvocationOutcome::Failed;
            invocation.message = failure->message;
            invoked.failures.append(QStringLiteral("%1: %2").arg(target.id, failure->message));
        }
        if (auto id = store.insertInvocation(invocation); !id)
            return id.error();
        AuditEntry entry;
        entry.at = now;
        entry.actor = QStringLiteral("events");
        entry.identity = rule.accountId;
        entry.action = QStringLiteral("InvokeTarget");
        entry.target = rule.arn;
        entry.outcome = failure ? failure->message : QStringLiteral("ok");
        entry.detail = QStringLiteral("%1 %2 %3").arg(eventId, target.id, invocation.executionArn);
        if (Status st = AuditStore(database).append(entry); !st)
            return st.error();
        ++invoked.count;
    }
    return invoked;
}

Result<PutEventsResult> RuleService::deliver(const QString &identity, QJsonObject event, const QString &eventBus)
{
    PutEventsResult result;
    auto refuse = [&](const char *code, const QString &message) {
        result.errorCode = QLatin1String(code);
        result.errorMessage = message;
        return result;
    };
    if (event.value(QLatin1String("source")).toString().isEmpty())
        return refuse("InvalidArgument", Tr::tr("Source: an event needs a source."));
    if (event.value(QLatin1String("detail-type")).toString().isEmpty())
        return refuse("InvalidArgument", Tr::tr("DetailType: an event needs a detail type."));
    if (!event.value(QLatin1String("detail")).isObject())
        return refuse("MalformedDetail", Tr::tr("Detail: the detail of an event is a JSON object."));
    const QString bus = busNameOf(eventBus);
    if (isArn(eventBus) && !eventBus.contains(QLatin1Char(':') + identity + QLatin1Char(':')))
        return refuse("InvalidArgument",
                      Tr::tr("EventBusName: “%1” is not an event bus of account %2.").arg(eventBus, identity));
    RuleStore store(m_context.database());
    if (bus != defaultBus) {
        auto exists = store.hasEventBus(identity, bus);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return refuse("InvalidArgument",
                          Tr::tr("EventBusName: the event bus “%1” does not exist in account %2.").arg(bus, identity));
    }
    const qint64 now = m_context.clock().nowMs();
    qint64 eventMs = now;
    const QString timeText = event.value(QLatin1String("time")).toString();
    if (!timeText.isEmpty()) {
        const auto parsed = parseInstant(timeText);
        if (!parsed)
            return refuse("InvalidArgument", Tr::tr("Time: “%1” is not an ISO-8601 instant.").arg(timeText));
        eventMs = parsed->toMSecsSinceEpoch();
    }
    // The envelope EventBridge delivers: what the sender may not set is set here.
    if (event.value(QLatin1String("id")).toString().isEmpty())
        event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(QStringLiteral("version"), QStringLiteral("0"));
    event.insert(QStringLiteral("account"), identity);
    event.insert(QStringLiteral("region"), m_context.region());
    event.insert(QStringLiteral("time"), isoUtcMs(eventMs));
    if (!event.value(QLatin1String("resources")).isArray())
        event.insert(QStringLiteral("resources"), QJsonArray());
    result.eventId = event.value(QLatin1String("id")).toString();

    // The bus's compiled matcher, rebuilt only when its rules changed (also by another program).
    const QString key = identity + QChar(0x1f) + bus;
    auto stamp = store.patternStamp(identity, bus);
    if (!stamp)
        return stamp.error();
    std::shared_ptr<MatcherCache::Entry> entry = m_matchers->entries.value(key);
    if (!entry || entry->stamp != stamp.value()) {
        auto rules = store.enabledPatternRules(identity, bus);
        if (!rules)
            return rules.error();
        entry = std::make_shared<MatcherCache::Entry>();
        entry->stamp = stamp.value();
        for (const Rule &r : rules.value()) {
            auto pattern = Events::EventPattern::parse(r.eventPattern.toUtf8());
            if (!pattern) {
                qWarning("events: rule %s has an invalid pattern: %s", qPrintable(r.arn),
                         qPrintable(pattern.error().message));
                continue;
            }
            entry->matcher.add(std::uint32_t(entry->rules.size()), pattern.value());
            entry->rules.append(r);
        }
        entry->matcher.build();
        m_matchers->entries.insert(key, entry);
    }
    const std::vector<std::uint32_t> matched = entry->matcher.match(event);
    QStringList pipelines;
    QStringList ruleArns;
    Status status = m_context.database().transaction([&]() -> Status {
        for (std::uint32_t id : matched) {
            const Rule &r = entry->rules.at(int(id));
            auto invoked = invokeTargets(r, event, eventMs, now);
            if (!invoked)
                return invoked.error();
            result.invocations += invoked->count;
            pipelines += invoked->startedPipelines;
            ruleArns.append(r.arn);
        }
        return {};
    });
    if (!status)
        return status.error();
    pipelines.removeDuplicates();
    for (const QString &pipeline : std::as_const(pipelines))
        m_pipelines.notifyExecutionsChanged(pipeline);
    for (const QString &arn : std::as_const(ruleArns))
        emit invocationsChanged(arn);
    return result;
}

Result<QList<PutEventsResult>> RuleService::putEvents(const QString &identity, const QList<PutEventsEntry> &entries)
{
    QList<PutEventsResult> results;
    int failed = 0;
    for (const PutEventsEntry &e : entries) {
        QJsonObject event{{QStringLiteral("source"), e.source},
                          {QStringLiteral("detail-type"), e.detailType},
                          {QStringLiteral("resources"), QJsonArray::fromStringList(e.resources)},
                          {QStringLiteral("time"), e.time}};
        QJsonParseError error;
        const QJsonDocument detail = QJsonDocument::fromJson(e.detail.toUtf8(), &error);
        if (e.detail.trimmed().isEmpty() || error.error != QJsonParseError::NoError || !detail.isObject()) {
            PutEventsResult refused;
            refused.errorCode = QStringLiteral("MalformedDetail");
            refused.errorMessage =
                error.error != QJsonParseError::NoError && !e.detail.trimmed().isEmpty()
                    ? Tr::tr("Detail: not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())
                    : Tr::tr("Detail: the detail of an event is a JSON object.");
            results.append(refused);
            ++failed;
            continue;
        }
        event.insert(QStringLiteral("detail"), detail.object());
        auto delivered = deliver(identity, event, e.eventBusName);
        if (!delivered) {
            audit(identity, QStringLiteral("PutEvents"), QString::number(entries.size()), delivered.error());
            return delivered.error();
        }
        if (!delivered->errorCode.isEmpty())
            ++failed;
        results.append(delivered.value());
    }
    audit(identity, QStringLiteral("PutEvents"), QString::number(entries.size()), Status(),
          QStringLiteral("%1 failed").arg(failed));
    return results;
}

Result<PutEventsResult> RuleService::putEvent(const QString &identity, const QJsonObject &event,
                                              const QString &eventBus)
{
    auto delivered = deliver(identity, event, eventBus);
    audit(identity, QStringLiteral("PutEvents"), delivered ? delivered->eventId : QString(),
          delivered ? Status() : Status(delivered.error()),
          delivered && !delivered->errorCode.isEmpty() ? delivered->errorMessage : QString());
    return delivered;
}

Result<QList<RuleInvocation>> RuleService::invocations(const QString &identity, const QString &ruleArn, int limit) const
{
    auto found = find(identity, ruleArn, {});
    if (!found)
        return found.error();
    return RuleStore(m_context.database()).invocations(found->arn, limit);
}

// --- Scheduled rules ---------------------------------------------------------------------------

Result<QList<Rule>> RuleService::enabledScheduledRules() const
{
    return RuleStore(m_context.database()).enabledScheduledRules();
}

Result<std::optional<Firing>> RuleService::fireInTransaction(const Rule &rule, qint64 scheduledMs, bool catchUp,
                                                             qint64 now)
{
    Database &database = m_context.database();
    if (!database.inTransaction())
        return Error::internal(QStringLiteral("RuleService::fireInTransaction called outside a transaction"));
    ScheduleStore firings(database);
    // A slot that already has its row was handled before (perhaps by an engine that crashed
    // after committing) and nothing else happens.
    auto stored = firings.firing(rule.arn, scheduledMs);
    if (!stored)
        return stored.error();
    if (stored.value())
        return std::optional<Firing>();
    if (Status st = RuleStore(database).setPlannedThrough(rule.arn, scheduledMs); !st)
        return st.error();
    Firing firing;
    firing.triggerArn = rule.arn;
    firing.scheduledTime = scheduledMs;
    firing.actualTime = now;
    firing.catchUp = catchUp;
    firing.attempts = 1;
    auto invoked = invokeTargets(rule, scheduledEvent(rule, m_context.region(), scheduledMs), scheduledMs, now);
    if (!invoked)
        return invoked.error();
    firing.executionArn = invoked->firstExecution;
    firing.message = invoked->failures.join(QLatin1Char('\n'));
    if (rule.targets.isEmpty()) {
        firing.outcome = FiringOutcome::Skipped;
        firing.message = Tr::tr("The rule has no targets.");
    } else {
        // Rules are not retried (EventBridge's rules have no retry policy here): a slot whose
        // targets all failed is dead, its reasons are in the invocations.
        firing.outcome = invoked->startedPipelines.isEmpty() ? FiringOutcome::DeadLettered : FiringOutcome::Started;
    }
    auto inserted = firings.insertFiring(firing);
    if (!inserted)
        return inserted.error();
    AuditEntry entry;
    entry.at = now;
    entry.actor = QStringLiteral("engine");
    entry.identity = rule.accountId;
    entry.action = QStringLiteral("FireRule");
    entry.target = rule.arn;
    entry.outcome = firing.outcome == FiringOutcome::Started ? QStringLiteral("ok") : firing.message;
    entry.detail = QStringLiteral("%1 %2%3 %4")
                       .arg(isoUtcMs(scheduledMs), toApiString(firing.outcome),
                            catchUp ? QStringLiteral(" catch-up") : QString(), firing.executionArn);
    if (Status st = AuditStore(database).append(entry); !st)
        return st.error();
    return std::optional<Firing>(firing);
}

void RuleService::notifyFired(const QString &ruleArn)
{
    if (auto rule = RuleStore(m_context.database()).rule(ruleArn)) {
        QSet<QString> seen;
        for (const RuleTarget &t : rule->targets) {
            if (!seen.contains(t.pipelineArn)) {
                seen.insert(t.pipelineArn);
                m_pipelines.notifyExecutionsChanged(t.pipelineArn);
            }
        }
    }
    emit invocationsChanged(ruleArn);
}

} // namespace Pd

// The nouns "rules" (EventBridge rules and their pipeline targets) and "event-buses", with the
// option names and JSON shapes of `aws events put-rule`, `put-targets`, `list-rules`, ...
#include "cli.h"
#include "connected/cloudactions.h"

#include "connected/cloudsync.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "interchange/interchangedocument.h"
#include "pipelines/parametersjson.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleinterchange.h"
#include "rules/rulejson.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pd::Cli {

namespace {

const QString nameOption = QStringLiteral("name");
const QString ruleOption = QStringLiteral("rule");
const QString busOption = QStringLiteral("event-bus-name");
const QString targetsOption = QStringLiteral("targets");

QCommandLineOption ruleName(const QString &option = nameOption)
{
    return QCommandLineOption(option, Tr::tr("The rule's name or ARN."), Tr::tr("NAME"));
}

QCommandLineOption eventBus()
{
    return QCommandLineOption(busOption, Tr::tr("The event bus: name or ARN (default: default)."), Tr::tr("BUS"));
}

// put-targets and remove-targets change every entry or none here; a connected account's failed
// entries are the cloud action's error (CloudActions::putTargets), so the answer never lists one.
int entriesChanged(Context &context, const Status &changed)
{
    if (!changed)
        return context.fail(changed.error());
    if (context.json())
        context.printJson({{QStringLiteral("FailedEntryCount"), 0}, {QStringLiteral("FailedEntries"), QJsonArray()}});
    return 0;
}

// A pipeline named without an ARN is the identity's own (as `executions start` reads it).
Result<QString> pipelineArn(const Who &w, const QString &nameOrArn)
{
    if (nameOrArn.isEmpty() || nameOrArn.startsWith(QLatin1String("arn:")))
        return nameOrArn;
    auto pipeline = w.workspace->pipelines().resolve(w.identity, nameOrArn);
    if (!pipeline)
        return pipeline.error();
    return pipeline->arn;
}

// --tags as Key=Value, or the AWS CLI's shorthand Key=k,Value=v.
Result<QMap<QString, QString>> readTags(Context &context)
{
    QMap<QString, QString> tags;
    for (const QString &tag : context.values(QStringLiteral("tags"))) {
        QString key;
        QString value;
        if (tag.startsWith(QLatin1String("Key=")) && tag.contains(QLatin1String(",Value="))) {
            const int comma = int(tag.indexOf(QLatin1String(",Value=")));
            key = tag.mid(4, comma - 4);
            value = tag.mid(comma + 7);
        } else {
            const int equals = int(tag.indexOf(QLatin1Char('=')));
            if (equals <= 0)
                return Error::invalid(QStringLiteral("tags"),
                                      Tr::tr("--tags: “%1” is not of the form Key=Value.").arg(tag));
            key = tag.left(equals);
            value = tag.mid(equals + 1);
        }
        tags.insert(key, value);
    }
    return tags;
}

int createRule(Context &context, bool put)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    Rule rule;
    rule.name = context.value(nameOption);
    if (context.isSet(busOption))
        rule.eventBus = context.value(busOption);
    if (context.isSet(QStringLiteral("event-pattern"))) {
        auto pattern = documentText(context, QStringLiteral("event-pattern"), Limits::putRulePattern());
        if (!pattern)
            return context.fail(pattern.error());
        rule.eventPattern = pattern->trimmed();
    }
    rule.scheduleExpression = context.value(QStringLiteral("schedule-expression"));
    rule.description = context.value(QStringLiteral("description"));
    rule.roleArn = context.value(QStringLiteral("role-arn"));
    if (context.isSet(QStringLiteral("state"))) {
        auto enabled = RuleService::parseState(context.value(QStringLiteral("state")));
        if (!enabled)
            return context.fail(enabled.error());
        rule.enabled = enabled.value();
    }
    auto tags = readTags(context);
    if (!tags)
        return context.fail(tags.error());
    rule.tags = tags.value();
    // A connected account's rule is put in the cloud first (checked here as the service checks it).
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    QString arn;
    if (cloud.value()) {
        const Status stored = context.await(
            put ? cloud.value()->putRule(w.identity, rule) : cloud.value()->createRule(w.identity, rule), &arn);
        if (!stored)
            return context.fail(stored.error());
    } else {
        auto &service = w.workspace->rules();
        auto stored = put ? service.putRule(w.identity, rule) : service.createRule(w.identity, rule);
        if (!stored)
            return context.fail(stored.error());
        arn = stored->arn;
    }
    if (context.json())
        context.printJson({{QStringLiteral("RuleArn"), arn}});
    else
        context.out() << arn << '\n';
    return 0;
}

// The targets of --targets: the `aws events put-targets --targets` array, or its whole input
// ({"Rule": .., "Targets": [..]}), pipelines named as --target-pipeline names them. Only the
// shape is checked here (a member EventBridge does not have is refused; one a target here cannot
// hold goes to *warnings); the service validates values.
Result<QList<RuleTarget>> targetsFromJson(const Who &w, const QByteArray &text, QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(
            targetsOption,
            Tr::tr("--targets: not JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset),
            parseError.offset);
    auto targets = targetsFromApiJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                                      QStringLiteral("Targets"), warnings);
    if (!targets)
        return targets.error();
    if (targets->isEmpty())
        return Error::invalid(targetsOption, Tr::tr("--targets: expected a non-empty array of targets."));
    for (RuleTarget &target : targets.value()) {
        auto arn = pipelineArn(w, target.pipelineArn);
        if (!arn)
            return arn.error();
        target.pipelineArn = arn.value();
    }
    return targets;
}

// The one target the options --target-pipeline, --target-id, --parameter... describe.
Result<RuleTarget> targetFromOptions(Context &context, const Who &w)
{
    RuleTarget target;
    const QString pipeline = context.value(QStringLiteral("target-pipeline"));
    if (pipeline.isEmpty())
        return Error::invalid(QStringLiteral("target-pipeline"),
                              Tr::tr("--target-pipeline (or --targets) is required."));
    auto arn = pipelineArn(w, pipeline);
    if (!arn)
        return arn.error();
    target.pipelineArn = arn.value();
    // Without --target-id the pipeline's name is the id, so putting the same pipeline again
    // replaces its target instead of adding a second one.
    target.id = context.isSet(QStringLiteral("target-id"))
                    ? context.value(QStringLiteral("target-id"))
                    : target.pipelineArn.mid(target.pipelineArn.lastIndexOf(QLatin1Char('/')) + 1)
                          .left(RuleLimits::targetIdMaxLength);
    target.roleArn = context.value(QStringLiteral("role-arn"));
    auto statics = context.pairs(QStringLiteral("parameter"));
    if (!statics)
        return statics.error();
    for (const auto &[name, value] : statics.value())
        target.parameters.append({name, value, false});
    auto paths = context.pairs(QStringLiteral("parameter-path"));
    if (!paths)
        return paths.error();
    for (const auto &[name, path] : paths.value())
        target.parameters.append({name, path, true});
    return target;
}

int putTargets(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto rule = requiredValue(context, ruleOption);
    if (!rule)
        return context.fail(rule.error());
    QList<RuleTarget> targets;
    QStringList warnings;
    if (context.isSet(targetsOption)) {
        if (context.isSet(QStringLiteral("target-pipeline")))
            return context.fail(Error::invalid(
                targetsOption, Tr::tr("--targets: give either --targets or --target-pipeline, not both.")));
        auto text = documentValue(context, targetsOption, Limits::importDocument(), true);
        if (!text)
            return context.fail(text.error());
        auto parsed = targetsFromJson(w, text.value(), &warnings);
        if (!parsed)
            return context.fail(parsed.error());
        targets = parsed.value();
    } else {
        auto target = targetFromOptions(context, w);
        if (!target)
            return context.fail(target.error());
        targets.append(target.value());
    }
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    const int code = entriesChanged(
        context,
        cloud.value()
            ? context.await(cloud.value()->putTargets(w.identity, rule.value(), context.value(busOption), targets))
            : w.workspace->rules().putTargets(w.identity, rule.value(), context.value(busOption), targets));
    if (code == 0) {
        for (const QString &warning : std::as_const(warnings))
            context.warn(warning);
        context.err().flush();
    }
    return code;
}

int removeTargets(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto rule = requiredValue(context, ruleOption);
    if (!rule)
        return context.fail(rule.error());
    // Repeatable, and comma-separated like the AWS CLI's lists.
    QStringList ids;
    for (const QString &value : context.values(QStringLiteral("ids"))) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(id.trimmed());
    }
    if (ids.isEmpty())
        return context.fail(Error::invalid(QStringLiteral("ids"), Tr::tr("--ids is required.")));
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    return entriesChanged(
        context,
        cloud.value()
            ? context.await(cloud.value()->removeTargets(w.identity, rule.value(), context.value(busOption), ids))
            : w.workspace->rules().removeTargets(w.identity, rule.value(), context.value(busOption), ids));
}

int listRules(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto rules = w.workspace->rules().rules(w.identity, context.value(busOption));
    if (!rules)
        return context.fail(rules.error());
    const QString prefix = context.value(QStringLiteral("name-prefix"));
    QList<Rule> shown;
    for (const Rule &rule : rules.value()) {
        if (rule.name.startsWith(prefix))
            shown.append(rule);
    }
    if (context.json()) {
        QJsonArray array;
        for (const Rule &rule : std::as_const(shown))
            array.append(RuleJson::rule(rule));
        context.printJson({{QStringLiteral("Rules"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Rule &rule : std::as_const(shown)) {
        rows.append({rule.name, rule.eventBus, rule.stateString(), QString::number(rule.targets.size()),
                     rule.isScheduled() ? rule.scheduleExpression : rule.eventPattern});
    }
    context.printTable(
        {Tr::tr("NAME"), Tr::tr("EVENT BUS"), Tr::tr("STATE"), Tr::tr("TARGETS"), Tr::tr("PATTERN OR SCHEDULE")}, rows);
    return 0;
}

Result<Rule> namedRule(Context &context, const Who &w, const QString &option)
{
    auto name = requiredValue(context, option);
    if (!name)
        return name.error();
    return w.workspace->rules().rule(w.identity, name.value(), context.value(busOption));
}

int describeRule(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto rule = namedRule(context, w, nameOption);
    if (!rule)
        return context.fail(rule.error());
    context.printJson(RuleJson::describedRule(rule.value()));
    return 0;
}

int listTargets(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto rule = namedRule(context, w, ruleOption);
    if (!rule)
        return context.fail(rule.error());
    if (context.json()) {
        QJsonArray array;
        for (const RuleTarget &target : rule->targets)
            array.append(RuleJson::target(target));
        context.printJson({{QStringLiteral("Targets"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const RuleTarget &target : rule->targets) {
        QStringList parameters;
        for (const RuleParameter &p : target.parameters)
            parameters.append(p.name + QLatin1Char('=') + p.value);
        rows.append({target.id, target.pipelineArn, target.roleArn.isEmpty() ? QStringLiteral("-") : target.roleArn,
                     parameters.join(QStringLiteral(", "))});
    }
    context.printTable({Tr::tr("ID"), Tr::tr("PIPELINE"), Tr::tr("ROLE"), Tr::tr("PARAMETERS")}, rows);
    return 0;
}

// enable, disable, delete
int changeRule(Context &context, const QString &verb)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto name = requiredValue(context, nameOption);
    if (!name)
        return context.fail(name.error());
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    if (cloud.value()) {
        const bool remove = verb == QLatin1String("delete");
        const Status changed = context.await(
            remove ? cloud.value()->deleteRule(w.identity, name.value(), context.value(busOption),
                                               context.isSet(QStringLiteral("force")))
                   : cloud.value()->setRuleEnabled(w.identity, name.value(), context.value(busOption),
                                                   verb == QLatin1String("enable")));
        return changed ? 0 : context.fail(changed.error());
    }
    auto &service = w.workspace->rules();
    const Status changed =
        verb == QLatin1String("delete")
            ? service.deleteRule(w.identity, name.value(), context.value(busOption),
                                 context.isSet(QStringLiteral("force")))
            : service.setEnabled(w.identity, name.value(), context.value(busOption), verb == QLatin1String("enable"));
    return changed ? 0 : context.fail(changed.error());
}

int listInvocations(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    int limit = 500;
    if (context.isSet(QStringLiteral("max-items"))) {
        bool ok = false;
        limit = context.value(QStringLiteral("max-items")).toInt(&ok);
        if (!ok || limit < 1)
            return context.fail(Error::invalid(QStringLiteral("max-items"),
                                               Tr::tr("--max-items: “%1” is not a whole number of 1 or more.")
                                                   .arg(context.value(QStringLiteral("max-items")))));
    }
    auto rule = namedRule(context, w, nameOption);
    if (!rule)
        return context.fail(rule.error());
    auto invocations = w.workspace->rules().invocations(w.identity, rule->arn, limit);
    if (!invocations)
        return context.fail(invocations.error());
    if (context.json()) {
        QJsonArray array;
        for (const RuleInvocation &i : invocations.value())
            array.append(RuleJson::invocation(i));
        context.printJson({{QStringLiteral("Invocations"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const RuleInvocation &i : invocations.value()) {
        rows.append({isoUtcMs(i.at), i.eventId, i.targetId, displayName(i.outcome),
                     i.executionArn.isEmpty() ? i.message : i.executionArn});
    }
    context.printTable(
        {Tr::tr("TIME (UTC)"), Tr::tr("EVENT"), Tr::tr("TARGET"), Tr::tr("OUTCOME"), Tr::tr("EXECUTION OR REASON")},
        rows);
    return 0;
}

int listEventBuses(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto buses = w.workspace->rules().eventBuses(w.identity);
    if (!buses)
        return context.fail(buses.error());
    const QString region = w.workspace->region();
    if (context.json()) {
        QJsonArray array;
        for (const QString &bus : buses.value())
            array.append(QJsonObject{{QStringLiteral("Name"), bus},
                                     {QStringLiteral("Arn"), eventBusArn(region, w.identity, bus)}});
        context.printJson({{QStringLiteral("EventBuses"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const QString &bus : buses.value())
        rows.append({bus, eventBusArn(region, w.identity, bus)});
    context.printTable({Tr::tr("NAME"), Tr::tr("ARN")}, rows);
    return 0;
}

int changeEventBus(Context &context, bool create)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto name = requiredValue(context, nameOption);
    if (!name)
        return context.fail(name.error());
    auto &service = w.workspace->rules();
    const Status changed =
        create ? service.createEventBus(w.identity, name.value()) : service.deleteEventBus(w.identity, name.value());
    if (!changed)
        return context.fail(changed.error());
    if (create) {
        const QString arn = eventBusArn(w.workspace->region(), w.identity, name.value());
        if (context.json())
            context.printJson({{QStringLiteral("EventBusArn"), arn}});
        else
            context.out() << arn << '\n';
    }
    return 0;
}

QList<QCommandLineOption> ruleOptions()
{
    return {
        QCommandLineOption(nameOption, Tr::tr("The rule's name."), Tr::tr("NAME")),
        eventBus(),
        QCommandLineOption(QStringLiteral("event-pattern"), Tr::tr("The event pattern: JSON text or file://PATH."),
                           Tr::tr("JSON")),
        QCommandLineOption(QStringLiteral("schedule-expression"),
                           Tr::tr("rate(...) or cron(6 fields), in UTC; only on the default bus."), Tr::tr("EXPR")),
        QCommandLineOption(QStringLiteral("description"), Tr::tr("A description."), Tr::tr("TEXT")),
        QCommandLineOption(QStringLiteral("state"), Tr::tr("ENABLED or DISABLED (default ENABLED)."), Tr::tr("STATE")),
        QCommandLineOption(QStringLiteral("role-arn"), Tr::tr("The role the rule acts with."), Tr::tr("ARN")),
        QCommandLineOption(QStringLiteral("tags"), Tr::tr("A tag as Key=Value; repeat for more."), Tr::tr("KEY=VALUE")),
    };
}

} // namespace

void registerRuleCommands(Registry &registry)
{
    const QString rules = QStringLiteral("rules");
    registry.add({rules, QStringLiteral("create"),
                  Tr::tr("Create a rule with an event pattern or a schedule expression; prints its ARN."),
                  ruleOptions(), [](Context &c) {
                      return createRule(c, false);
                  }});
    registry.add({rules, QStringLiteral("put"),
                  Tr::tr("Create a rule, or replace the rule of that name keeping its targets (put-rule); prints its "
                         "ARN."),
                  ruleOptions(), [](Context &c) {
                      return createRule(c, true);
                  }});
    registry.add(
        {rules,
         QStringLiteral("put-targets"),
         Tr::tr("Add a pipeline target to a rule, or replace the target with the same id."),
         {ruleName(ruleOption), eventBus(),
          QCommandLineOption(QStringLiteral("target-pipeline"), Tr::tr("The pipeline to start: name or ARN."),
                             Tr::tr("NAME_OR_ARN")),
          QCommandLineOption(QStringLiteral("target-id"),
                             Tr::tr("The target's id in the rule (default: the pipeline's name)."), Tr::tr("ID")),
          QCommandLineOption(QStringLiteral("role-arn"), Tr::tr("The role the target starts the pipeline with."),
                             Tr::tr("ARN")),
          QCommandLineOption(QStringLiteral("parameter"),
                             Tr::tr("A pipeline parameter with a fixed value. Repeatable."), Tr::tr("Name=Value")),
          QCommandLineOption(QStringLiteral("parameter-path"),
                             Tr::tr("A pipeline parameter taken from the event by a JSONPath such as "
                                    "$.detail.name. Repeatable."),
                             Tr::tr("Name=$.PATH")),
          QCommandLineOption(targetsOption,
                             Tr::tr("Instead of the options above: the put-targets Targets JSON, inline, "
                                    "file://PATH or a file."),
                             Tr::tr("JSON"))},
         putTargets,
         true,
         Tr::tr("--targets takes the Targets list of “aws events put-targets”, or its whole input, checked member by "
                "member as the AWS CLI checks it: a member EventBridge does not have is refused (exit code 2) naming "
                "its path; one a target here cannot hold (DeadLetterConfig, Input, …) is ignored with a warning. A "
                "parameter Value beginning with $. is a JSONPath into the event.")});
    registry.add({rules,
                  QStringLiteral("remove-targets"),
                  Tr::tr("Remove targets from a rule by their ids."),
                  {ruleName(ruleOption), eventBus(),
                   QCommandLineOption(QStringLiteral("ids"), Tr::tr("A target id; repeat or separate by commas."),
                                      Tr::tr("ID"))},
                  removeTargets});
    registry
        .add({rules,
              QStringLiteral("list"),
              Tr::tr("List the identity's rules (on every bus unless one is named)."),
              {QCommandLineOption(busOption, Tr::tr("Only the rules of this event bus."), Tr::tr("BUS")),
               QCommandLineOption(QStringLiteral("name-prefix"), Tr::tr("Only rules whose name starts so."),
                                  Tr::tr("PREFIX"))},
              listRules})
        .reads = SyncScope::Rules;
    registry
        .add({rules,
              QStringLiteral("describe"),
              Tr::tr("Describe one rule (DescribeRule, as JSON)."),
              {ruleName(), eventBus()},
              describeRule})
        .reads = SyncScope::Rules;
    registry
        .add({rules,
              QStringLiteral("list-targets-by-rule"),
              Tr::tr("List the targets of a rule."),
              {ruleName(ruleOption), eventBus()},
              listTargets})
        .reads = SyncScope::Rules;
    registry.add({rules, QStringLiteral("enable"), Tr::tr("Enable a rule."), {ruleName(), eventBus()}, [](Context &c) {
                      return changeRule(c, QStringLiteral("enable"));
                  }});
    registry.add({rules,
                  QStringLiteral("disable"),
                  Tr::tr("Disable a rule: events and slots no longer start its targets."),
                  {ruleName(), eventBus()},
                  [](Context &c) {
                      return changeRule(c, QStringLiteral("disable"));
                  }});
    registry.add(
        {rules,
         QStringLiteral("delete"),
         Tr::tr("Delete a rule; refused while it has targets unless --force (the executions it started stay)."),
         {ruleName(), eventBus(),
          QCommandLineOption(QStringLiteral("force"), Tr::tr("Delete the rule together with its targets."))},
         [](Context &c) {
             return changeRule(c, QStringLiteral("delete"));
         }});
    registry.add(
        {rules,
         QStringLiteral("invocations"),
         Tr::tr("What the rule's targets did for each event or slot, newest first."),
         {ruleName(), eventBus(),
          QCommandLineOption(QStringLiteral("max-items"), Tr::tr("At most this many (default 500)."), Tr::tr("N"))},
         listInvocations});

    const QString buses = QStringLiteral("event-buses");
    registry.add({buses, QStringLiteral("list"), Tr::tr("List the identity's event buses."), {}, listEventBuses})
        .reads = SyncScope::Rules;
    registry.add({buses,
                  QStringLiteral("create"),
                  Tr::tr("Create a custom event bus; prints its ARN."),
                  {QCommandLineOption(nameOption, Tr::tr("The event bus's name."), Tr::tr("NAME"))},
                  [](Context &c) {
                      return changeEventBus(c, true);
                  }});
    registry.add({buses,
                  QStringLiteral("delete"),
                  Tr::tr("Delete a custom event bus that has no rules."),
                  {QCommandLineOption(nameOption, Tr::tr("The event bus's name."), Tr::tr("NAME"))},
                  [](Context &c) {
                      return changeEventBus(c, false);
                  }});
}

} // namespace Pd::Cli

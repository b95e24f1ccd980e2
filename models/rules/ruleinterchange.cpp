// Rules to and from the AWS CLI input JSON (put-rule + put-targets) and CloudFormation
// AWS::Events::Rule (YAML or JSON). Slightly over 600 lines: the three formats share one reader of
// targets and one renaming of the service's fields to document paths, kept beside their callers.
#include "rules/ruleinterchange.h"

#include "core/tr.h"
#include "interchange/interchangedocument.h"
#include "interchange/yaml.h"
#include "pipelines/parametersjson.h"
#include "rules/ruleservice.h"
#include "rules/ruleservice_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Pd {

using namespace Interchange;

namespace {

const QString kRuleType = QStringLiteral("AWS::Events::Rule");

Yaml::EmitOptions order()
{
    return {{QStringLiteral("PutRule"),
             QStringLiteral("PutTargets"),
             QStringLiteral("Type"),
             QStringLiteral("Properties"),
             QStringLiteral("Name"),
             QStringLiteral("Rule"),
             QStringLiteral("EventBusName"),
             QStringLiteral("Description"),
             QStringLiteral("EventPattern"),
             QStringLiteral("ScheduleExpression"),
             QStringLiteral("State"),
             QStringLiteral("Id"),
             QStringLiteral("Arn"),
             QStringLiteral("RoleArn"),
             QStringLiteral("Tags"),
             QStringLiteral("Key"),
             QStringLiteral("Value"),
             QStringLiteral("Targets"),
             QStringLiteral("SageMakerPipelineParameters"),
             QStringLiteral("PipelineParameterList")}};
}

// EventBridge's input shapes, member for member as the PutRule / PutTargets API reference and
// AWS::Events::Rule have them: a member outside them is refused, one inside that a rule here cannot
// hold is reported.
const Shape &targetShape()
{
    static const Shape s = shape("Id Arn RoleArn Input InputPath InputTransformer KinesisParameters RunCommandParameters "
                                 "EcsParameters BatchParameters SqsParameters HttpParameters RedshiftDataParameters "
                                 "SageMakerPipelineParameters DeadLetterConfig RetryPolicy AppSyncParameters",
                                 "Id Arn RoleArn SageMakerPipelineParameters");
    return s;
}

const Shape &putRuleShape()
{
    static const Shape s = shape("Name ScheduleExpression EventPattern State Description RoleArn Tags EventBusName");
    return s;
}

const Shape &putTargetsShape()
{
    static const Shape s = shape("Rule EventBusName Targets");
    return s;
}

const Shape &tagShape()
{
    static const Shape s = shape("Key Value");
    return s;
}

// A resource's attributes in a template, and AWS::Events::Rule's properties.
const Shape &resourceShape()
{
    static const Shape s =
        shape("Type Properties Condition DependsOn Metadata DeletionPolicy UpdateReplacePolicy", "Type Properties");
    return s;
}

const Shape &ruleResourceShape()
{
    static const Shape s =
        shape("Description EventBusName EventPattern Name RoleArn ScheduleExpression State Tags Targets");
    return s;
}

bool looksLikePath(const QString &value)
{
    return value.startsWith(QLatin1String("$."));
}

QJsonArray targetsJson(const Rule &rule, const QString &path, QStringList *notes)
{
    QJsonArray targets;
    for (int i = 0; i < rule.targets.size(); ++i) {
        const RuleTarget &t = rule.targets.at(i);
        QJsonObject target{{QStringLiteral("Id"), t.id}, {QStringLiteral("Arn"), t.pipelineArn}};
        if (!t.roleArn.isEmpty())
            target.insert(QStringLiteral("RoleArn"), t.roleArn);
        for (int p = 0; p < t.parameters.size(); ++p) {
            const RuleParameter &parameter = t.parameters.at(p);
            if (!parameter.dynamic && looksLikePath(parameter.value))
                notes->append(
                    Tr::tr("%1: the static value “%2” begins with “$.”, which EventBridge reads as a JSONPath "
                           "into the event; it is written as it is and comes back as a path.")
                        .arg(member(
                                 element(member(member(element(path, i), QStringLiteral("SageMakerPipelineParameters")),
                                                QStringLiteral("PipelineParameterList")),
                                         p),
                                 QStringLiteral("Value")),
                             parameter.value));
        }
        if (!t.parameters.isEmpty())
            target.insert(QStringLiteral("SageMakerPipelineParameters"), pipelineParametersJson(t.parameters));
        targets.append(target);
    }
    return targets;
}

QJsonArray tagsJson(const Rule &rule)
{
    QJsonArray tags;
    for (auto it = rule.tags.cbegin(); it != rule.tags.cend(); ++it)
        tags.append(QJsonObject{{QStringLiteral("Key"), it.key()}, {QStringLiteral("Value"), it.value()}});
    return tags;
}

QJsonObject awsCliDocument(const Rule &rule, const QString &path, QStringList *notes)
{
    QJsonObject document{{QStringLiteral("PutRule"), Interchange::putRuleInput(rule)}};
    // put-targets needs at least one target; a rule without any has no put-targets input.
    if (!rule.targets.isEmpty())
        document.insert(QStringLiteral("PutTargets"),
                        Interchange::putTargetsInput(
                            rule, rule.targets,
                            member(member(path, QStringLiteral("PutTargets")), QStringLiteral("Targets")), notes));
    return document;
}

// A CloudFormation logical id: alphanumeric, from the rule's name ("nightly-retrain" → NightlyRetrainRule).
QString logicalId(const QString &name, QSet<QString> *taken)
{
    QString id;
    bool upper = true;
    for (const QChar c : name) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            id += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    if (id.isEmpty() || id.at(0).isDigit())
        id.prepend(QLatin1String("Rule"));
    id += QLatin1String("Rule");
    QString unique = id;
    for (int n = 2; taken->contains(unique); ++n)
        unique = id + QString::number(n);
    taken->insert(unique);
    return unique;
}

QJsonObject cloudFormationResource(const Rule &rule, const QString &path, QStringList *notes)
{
    QJsonObject properties{{QStringLiteral("Name"), rule.name},
                           {QStringLiteral("EventBusName"), rule.eventBus},
                           {QStringLiteral("State"), rule.stateString()}};
    if (!rule.description.isEmpty())
        properties.insert(QStringLiteral("Description"), rule.description);
    if (!rule.eventPattern.isEmpty()) {
        const QJsonDocument pattern = QJsonDocument::fromJson(rule.eventPattern.toUtf8());
        if (pattern.isObject())
            properties.insert(QStringLiteral("EventPattern"), pattern.object());
        else
            properties.insert(QStringLiteral("EventPattern"), rule.eventPattern);
    }
    if (!rule.scheduleExpression.isEmpty())
        properties.insert(QStringLiteral("ScheduleExpression"), rule.scheduleExpression);
    if (!rule.roleArn.isEmpty())
        properties.insert(QStringLiteral("RoleArn"), rule.roleArn);
    // AWS::Events::Rule has had Tags since August 2025.
    if (!rule.tags.isEmpty())
        properties.insert(QStringLiteral("Tags"), tagsJson(rule));
    if (!rule.targets.isEmpty())
        properties.insert(
            QStringLiteral("Targets"),
            targetsJson(rule, member(member(path, QStringLiteral("Properties")), QStringLiteral("Targets")), notes));
    return QJsonObject{{QStringLiteral("Type"), kRuleType}, {QStringLiteral("Properties"), properties}};
}

// --- Import ---------------------------------------------------------------------------------

// RuleService::validate names CLI options and members relative to the rule; an import names the
// document's members.
Error renamed(Error error, const QString &rulePath, const QString &targetsPath)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("--name"), QStringLiteral("Name")},
        {QStringLiteral("--description"), QStringLiteral("Description")},
        {QStringLiteral("--event-bus-name"), QStringLiteral("EventBusName")},
        {QStringLiteral("--event-pattern"), QStringLiteral("EventPattern")},
        {QStringLiteral("--schedule-expression"), QStringLiteral("ScheduleExpression")},
        {QStringLiteral("--role-arn"), QStringLiteral("RoleArn")},
        {QStringLiteral("--state"), QStringLiteral("State")}};
    QString path;
    if (options.contains(error.field))
        path = member(rulePath, options.value(error.field));
    else if (error.field.startsWith(QLatin1String("Targets")))
        path = targetsPath.isEmpty() ? error.field : targetsPath + QLatin1Char('.') + error.field;
    else
        path = member(rulePath, error.field);
    return error.renamed(path);
}

Result<QList<RuleTarget>> readTargets(const QJsonArray &list, const QString &path, ParameterValues values,
                                      QStringList *warnings)
{
    QList<RuleTarget> targets;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        if (!list.at(i).isObject())
            return wrongType(at, Tr::tr("an object"), list.at(i));
        const QJsonObject o = list.at(i).toObject();
        if (Status s = checkMembers(o, targetShape(), at, warnings); !s)
            return s.error();
        RuleTarget target;
        auto id = string(o, QStringLiteral("Id"), at, true);
        if (!id)
            return id.error();
        target.id = id.value();
        auto arn = string(o, QStringLiteral("Arn"), at, true);
        if (!arn)
            return arn.error();
        target.pipelineArn = arn.value();
        auto role = string(o, QStringLiteral("RoleArn"), at);
        if (!role)
            return role.error();
        target.roleArn = role.value();
        auto parameters = pipelineParameters(o, at, values);
        if (!parameters)
            return parameters.error();
        for (const ExecutionParameter &p : parameters.value())
            target.parameters.append({p.name, p.value, looksLikePath(p.value)});
        targets.append(target);
    }
    return targets;
}

// The members put-rule and AWS::Events::Rule's Properties share.
Status readRuleMembers(const QJsonObject &o, const QString &path, Rule *rule, QStringList *warnings)
{
    struct Text
    {
        const char *key;
        QString *into;
    };
    for (const Text &t : {Text{"Description", &rule->description},
                          Text{"ScheduleExpression", &rule->scheduleExpression}, Text{"RoleArn", &rule->roleArn}}) {
        auto value = string(o, QLatin1String(t.key), path);
        if (!value)
            return value.error();
        *t.into = value.value();
    }
    auto bus = string(o, QStringLiteral("EventBusName"), path);
    if (!bus)
        return bus.error();
    // An ARN is kept as it is: whose bus it names is for RuleService to judge (the importer's
    // own, or refused), never taken for the importer's bus of the same name here.
    if (!bus->isEmpty())
        rule->eventBus = bus.value();

    const QString patternPath = member(path, QStringLiteral("EventPattern"));
    const QJsonValue pattern = o.value(QStringLiteral("EventPattern"));
    if (pattern.isString() && !pattern.toString().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(pattern.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Error::invalid(patternPath, Tr::tr("%1: not a JSON object: %2")
                                                   .arg(patternPath, error.error != QJsonParseError::NoError
                                                                         ? error.errorString()
                                                                         : Tr::tr("expected {...}")));
        // The text as written: EventBridge keeps it, and so do we.
        rule->eventPattern = pattern.toString().trimmed();
    } else if (pattern.isObject()) {
        rule->eventPattern = QString::fromUtf8(QJsonDocument(pattern.toObject()).toJson(QJsonDocument::Compact));
    } else if (!pattern.isUndefined() && !pattern.isNull() && !pattern.isString()) {
        return wrongType(patternPath, Tr::tr("an object or a JSON string"), pattern);
    }

    auto state = string(o, QStringLiteral("State"), path);
    if (!state)
        return state.error();
    if (state->isEmpty() || state.value() == QLatin1String("ENABLED")) {
        rule->enabled = true;
    } else if (state.value() == QLatin1String("DISABLED")) {
        rule->enabled = false;
    } else if (state.value() == QLatin1String("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS")) {
        rule->enabled = true;
        warnings->append(
            Tr::tr("%1: CloudTrail management events do not reach the local event bus; imported as ENABLED.")
                .arg(member(path, QStringLiteral("State"))));
    } else {
        return Error::invalid(
            member(path, QStringLiteral("State")),
            Tr::tr("%1: “%2” is not ENABLED or DISABLED.").arg(member(path, QStringLiteral("State")), state.value()));
    }

    auto tags = array(o, QStringLiteral("Tags"), path);
    if (!tags)
        return tags.error();
    for (int i = 0; i < tags->size(); ++i) {
        const QString at = element(member(path, QStringLiteral("Tags")), i);
        if (!tags->at(i).isObject())
            return wrongType(at, Tr::tr("an object"), tags->at(i));
        if (Status s = checkMembers(tags->at(i).toObject(), tagShape(), at, warnings); !s)
            return s;
        auto key = string(tags->at(i).toObject(), QStringLiteral("Key"), at, true);
        if (!key)
            return key.error();
        auto value =
            scalarText(tags->at(i).toObject().value(QStringLiteral("Value")), member(at, QStringLiteral("Value")));
        if (!value && !tags->at(i).toObject().value(QStringLiteral("Value")).isUndefined())
            return value.error();
        if (rule->tags.contains(key.value()))
            return Error::invalid(
                member(at, QStringLiteral("Key")),
                Tr::tr("%1: the tag “%2” is given twice.").arg(member(at, QStringLiteral("Key")), key.value()));
        rule->tags.insert(key.value(), value ? value.value() : QString());
    }
    return {};
}

Result<Rule> readPutRule(const QJsonObject &putRule, const QString &path, QStringList *warnings)
{
    if (Status s = checkMembers(putRule, putRuleShape(), path, warnings); !s)
        return s.error();
    Rule rule;
    auto name = string(putRule, QStringLiteral("Name"), path, true);
    if (!name)
        return name.error();
    rule.name = name.value();
    if (Status s = readRuleMembers(putRule, path, &rule, warnings); !s)
        return s.error();
    return rule;
}

Status readPutTargets(const QJsonObject &putTargets, const QString &path, Rule *rule, QStringList *warnings)
{
    if (Status s = checkMembers(putTargets, putTargetsShape(), path, warnings); !s)
        return s;
    auto name = string(putTargets, QStringLiteral("Rule"), path, true);
    if (!name)
        return name.error();
    if (name.value() != rule->name && !name->endsWith(QLatin1Char('/') + rule->name))
        return Error::invalid(member(path, QStringLiteral("Rule")),
                              Tr::tr("%1: “%2” is not the rule of the put-rule input (“%3”).")
                                  .arg(member(path, QStringLiteral("Rule")), name.value(), rule->name));
    auto bus = string(putTargets, QStringLiteral("EventBusName"), path);
    if (!bus)
        return bus.error();
    const QString busName = bus->isEmpty() ? QString() : RuleServicePrivate::busNameOf(bus.value());
    if (!busName.isEmpty() && busName != RuleServicePrivate::busNameOf(rule->eventBus))
        return Error::invalid(member(path, QStringLiteral("EventBusName")),
                              Tr::tr("%1: “%2” is not the event bus of the put-rule input (“%3”).")
                                  .arg(member(path, QStringLiteral("EventBusName")), bus.value(), rule->eventBus));
    auto list = array(putTargets, QStringLiteral("Targets"), path, true);
    if (!list)
        return list.error();
    auto targets =
        readTargets(list.value(), member(path, QStringLiteral("Targets")), ParameterValues::Scalars, warnings);
    if (!targets)
        return targets.error();
    rule->targets = targets.value();
    return {};
}

struct Read
{
    Rule rule;
    QString rulePath;    // where the rule's own members are
    QString targetsPath; // the object holding "Targets"
};

Result<QList<Read>> readAwsCli(const QJsonValue &document, const std::optional<QByteArray> &putTargetsText,
                               QStringList *warnings)
{
    QList<Read> rules;
    auto one = [&](const QJsonObject &o, const QString &path) -> Status {
        if (o.contains(QStringLiteral("PutRule"))) {
            *warnings += unknownMembers(o, {QStringLiteral("PutRule"), QStringLiteral("PutTargets")}, path);
            auto putRule = object(o, QStringLiteral("PutRule"), path, true);
            if (!putRule)
                return putRule.error();
            const QString rulePath = member(path, QStringLiteral("PutRule"));
            auto rule = readPutRule(putRule.value(), rulePath, warnings);
            if (!rule)
                return rule.error();
            const QString targetsPath = member(path, QStringLiteral("PutTargets"));
            if (o.contains(QStringLiteral("PutTargets"))) {
                auto putTargets = object(o, QStringLiteral("PutTargets"), path);
                if (!putTargets)
                    return putTargets.error();
                if (Status s = readPutTargets(putTargets.value(), targetsPath, &rule.value(), warnings); !s)
                    return s;
            }
            rules.append({rule.value(), rulePath, targetsPath});
            return {};
        }
        auto rule = readPutRule(o, path, warnings);
        if (!rule)
            return rule.error();
        rules.append({rule.value(), path, path});
        return {};
    };
    if (document.isArray()) {
        const QJsonArray list = document.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject())
                return wrongType(element({}, i), Tr::tr("an object"), list.at(i));
            if (Status s = one(list.at(i).toObject(), element({}, i)); !s)
                return s.error();
        }
    } else {
        if (Status s = one(document.toObject(), {}); !s)
            return s.error();
    }
    if (putTargetsText) {
        if (rules.size() != 1 || rules.constFirst().rulePath != QString())
            return Error::invalid(
                QStringLiteral("PutTargets"),
                Tr::tr("PutTargets: a separate put-targets input goes with a single bare put-rule input."));
        auto targets = Yaml::parseDocument(*putTargetsText);
        if (!targets)
            return targets.error();
        if (!targets->isObject())
            return wrongType(QStringLiteral("PutTargets"), Tr::tr("an object"), targets.value());
        rules.first().targetsPath = QStringLiteral("PutTargets");
        if (Status s = readPutTargets(targets->toObject(), QStringLiteral("PutTargets"), &rules.first().rule, warnings);
            !s)
            return s.error();
    }
    return rules;
}

Result<QList<Read>> readCloudFormation(const QJsonObject &document, QStringList *warnings)
{
    QString base;
    QJsonObject resources = document;
    if (document.contains(QStringLiteral("Resources"))) {
        auto r = object(document, QStringLiteral("Resources"), {}, true);
        if (!r)
            return r.error();
        resources = r.value();
        base = QStringLiteral("Resources");
    }
    QList<Read> rules;
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString path = member(base, it.key());
        if (!it.value().isObject()) {
            if (base.isEmpty())
                continue; // template sections such as AWSTemplateFormatVersion in a bare snippet
            return wrongType(path, Tr::tr("an object"), it.value());
        }
        const QJsonObject resource = it.value().toObject();
        const QString type = resource.value(QStringLiteral("Type")).toString();
        if (type != kRuleType) {
            if (!type.isEmpty() || !base.isEmpty())
                warnings->append(Tr::tr("%1 (%2) is not an AWS::Events::Rule; ignored.").arg(path, type));
            continue;
        }
        if (Status s = checkMembers(resource, resourceShape(), path, warnings); !s)
            return s.error();
        auto properties = object(resource, QStringLiteral("Properties"), path, true);
        if (!properties)
            return properties.error();
        const QString p = member(path, QStringLiteral("Properties"));
        if (Status s = checkMembers(properties.value(), ruleResourceShape(), p, warnings); !s)
            return s.error();
        Rule rule;
        auto name = string(properties.value(), QStringLiteral("Name"), p);
        if (!name)
            return name.error();
        rule.name = name.value();
        if (rule.name.isEmpty()) {
            // CloudFormation would make a name up; the logical id is the closest thing.
            rule.name = it.key();
            warnings->append(Tr::tr("%1: no Name; the rule is named after its logical id “%2”.").arg(p, it.key()));
        }
        if (Status s = readRuleMembers(properties.value(), p, &rule, warnings); !s)
            return s.error();
        auto targets = array(properties.value(), QStringLiteral("Targets"), p);
        if (!targets)
            return targets.error();
        auto read =
            readTargets(targets.value(), member(p, QStringLiteral("Targets")), ParameterValues::Scalars, warnings);
        if (!read)
            return read.error();
        rule.targets = read.value();
        rules.append({rule, p, p});
    }
    if (rules.isEmpty())
        return Error::invalid(base.isEmpty() ? QStringLiteral("Type") : base,
                              Tr::tr("the template has no resource of Type AWS::Events::Rule."));
    return rules;
}

} // namespace

QString toCliString(RuleFormat format)
{
    switch (format) {
    case RuleFormat::AwsCli: return QStringLiteral("aws-cli");
    case RuleFormat::CloudFormation: return QStringLiteral("cloudformation");
    case RuleFormat::CloudFormationJson: return QStringLiteral("cloudformation-json");
    }
    return QString();
}

std::optional<RuleFormat> ruleFormatFromCli(const QString &text)
{
    for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson}) {
        if (text == toCliString(f))
            return f;
    }
    return std::nullopt;
}

RuleExport exportRule(const Rule &rule, RuleFormat format)
{
    if (format != RuleFormat::AwsCli)
        return exportRules({rule}, format);
    RuleExport result;
    result.text = Yaml::toJson(awsCliDocument(rule, {}, &result.notExpressible), order());
    return result;
}

RuleExport exportRules(const QList<Rule> &rules, RuleFormat format)
{
    RuleExport result;
    if (format == RuleFormat::AwsCli) {
        QJsonArray list;
        for (int i = 0; i < rules.size(); ++i)
            list.append(awsCliDocument(rules.at(i), element({}, i), &result.notExpressible));
        result.text = Yaml::toJson(list, order());
        return result;
    }
    QJsonObject snippet;
    QSet<QString> taken;
    for (const Rule &rule : rules) {
        const QString id = logicalId(rule.name, &taken);
        snippet.insert(id, cloudFormationResource(rule, id, &result.notExpressible));
    }
    result.text =
        format == RuleFormat::CloudFormation ? Yaml::toYaml(snippet, order()) : Yaml::toJson(snippet, order());
    return result;
}

Result<QList<RuleTarget>> targetsFromApiJson(const QJsonValue &targets, const QString &path, QStringList *warnings)
{
    QJsonValue list = targets;
    if (targets.isObject()) {
        if (Status s = checkMembers(targets.toObject(), putTargetsShape(), {}, warnings); !s)
            return s.error();
        list = targets.toObject().value(QStringLiteral("Targets"));
        if (list.isUndefined() || list.isNull())
            return missing(path);
    }
    if (!list.isArray())
        return wrongType(path, Tr::tr("a list"), list);
    return readTargets(list.toArray(), path, ParameterValues::Strings, warnings);
}

Result<RuleImport> importRules(const QByteArray &text, std::optional<RuleFormat> format,
                               const std::optional<QByteArray> &putTargets)
{
    // An empty put-targets input is a mistake (a file not yet written, the wrong file), not a
    // request for no targets: reading it as none would import the rule without them.
    if (putTargets && putTargets->trimmed().isEmpty())
        return Error::invalid(QStringLiteral("PutTargets"),
                              Tr::tr("PutTargets: the put-targets input is empty; give the rule's targets, or no "
                                     "put-targets input at all."));
    auto parsed = Yaml::parseDocument(text);
    if (!parsed)
        return parsed.error();
    const QJsonValue document = parsed.value();
    if (!document.isObject() && !document.isArray())
        return wrongType(Tr::tr("the document"), Tr::tr("an object or a list"), document);
    const bool json = text.trimmed().startsWith('{') || text.trimmed().startsWith('[');
    if (!format) {
        const QJsonObject o = document.toObject();
        bool cloudFormation = o.contains(QStringLiteral("Resources"));
        for (auto it = o.begin(); it != o.end() && !cloudFormation; ++it)
            cloudFormation = it.value().toObject().value(QStringLiteral("Type")).toString() == kRuleType;
        if (cloudFormation)
            format = json ? RuleFormat::CloudFormationJson : RuleFormat::CloudFormation;
        else if (document.isArray() || o.contains(QStringLiteral("PutRule")) || o.contains(QStringLiteral("Name")))
            format = RuleFormat::AwsCli;
        else
            return Error::invalid(QStringLiteral("format"),
                                  Tr::tr("format: the document is neither AWS CLI put-rule input (PutRule, Name) nor a "
                                         "CloudFormation template with an AWS::Events::Rule."));
    }
    // A CloudFormation rule carries its Targets inside: a separate put-targets input would be
    // dropped without a word.
    if (*format != RuleFormat::AwsCli && putTargets)
        return Error::invalid(
            QStringLiteral("PutTargets"),
            Tr::tr("PutTargets: a separate put-targets input goes with a single bare put-rule input."));
    RuleImport result;
    result.format = *format;
    Result<QList<Read>> read = QList<Read>();
    if (*format == RuleFormat::AwsCli) {
        read = readAwsCli(document, putTargets, &result.warnings);
    } else {
        if (!document.isObject())
            return wrongType(Tr::tr("the document"), Tr::tr("an object"), document);
        read = readCloudFormation(document.toObject(), &result.warnings);
    }
    if (!read)
        return read.error();
    // Everything is checked before anything is returned: a document imports whole or not at all.
    QSet<QString> seen;
    for (const Read &r : read.value()) {
        if (Status valid = RuleService::validate(r.rule); !valid)
            return renamed(valid.error(), r.rulePath, r.targetsPath);
        const QString key = RuleServicePrivate::busNameOf(r.rule.eventBus) + QLatin1Char('/') + r.rule.name;
        if (seen.contains(key))
            return Error::invalid(member(r.rulePath, QStringLiteral("Name")),
                                  Tr::tr("%1: the rule “%2” on the event bus “%3” is in the document twice.")
                                      .arg(member(r.rulePath, QStringLiteral("Name")), r.rule.name, r.rule.eventBus));
        seen.insert(key);
        result.rules.append(r.rule);
    }
    return result;
}

namespace Interchange {

QJsonObject pipelineParametersJson(const QList<RuleParameter> &parameters)
{
    return QJsonObject{{QStringLiteral("PipelineParameterList"), parameterListJson(parameters)}};
}

QJsonObject putRuleInput(const Rule &rule)
{
    QJsonObject putRule{{QStringLiteral("Name"), rule.name},
                        {QStringLiteral("EventBusName"), rule.eventBus},
                        {QStringLiteral("State"), rule.stateString()}};
    if (!rule.description.isEmpty())
        putRule.insert(QStringLiteral("Description"), rule.description);
    if (!rule.eventPattern.isEmpty())
        putRule.insert(QStringLiteral("EventPattern"), rule.eventPattern);
    if (!rule.scheduleExpression.isEmpty())
        putRule.insert(QStringLiteral("ScheduleExpression"), rule.scheduleExpression);
    if (!rule.roleArn.isEmpty())
        putRule.insert(QStringLiteral("RoleArn"), rule.roleArn);
    if (!rule.tags.isEmpty())
        putRule.insert(QStringLiteral("Tags"), tagsJson(rule));
    return putRule;
}

QJsonObject putTargetsInput(const Rule &rule, const QList<RuleTarget> &targets, const QString &path, QStringList *notes)
{
    Rule withTargets = rule;
    withTargets.targets = targets;
    QStringList ignored;
    return QJsonObject{{QStringLiteral("Rule"), rule.name},
                       {QStringLiteral("EventBusName"), rule.eventBus},
                       {QStringLiteral("Targets"), targetsJson(withTargets, path, notes ? notes : &ignored)}};
}

} // namespace Interchange

} // namespace Pd

// The checks of a rule's values (rulevalidation.h), and RuleService::checkTarget, which adds to
// them what only the workspace knows (the pipeline, whether the identity may start it).
#include "rules/rulevalidation.h"

#include "accounts/connectedaccounts.h"
#include "core/ids.h"
#include "core/text.h"
#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/jsonpath.h"
#include "interchange/documentlimits.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "rules/ruleservice_p.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "store/servicecontext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Pd {

using namespace RuleServicePrivate;

namespace {

constexpr int busNameMaxLength = 256;
constexpr int tagKeyMaxLength = 128;
constexpr int tagValueMaxLength = 256;
constexpr int parameterNameMaxLength = 256;
constexpr int parameterValueMaxLength = 1024;

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
    // Said as what it is (not UTF-8, a NUL) before the pattern's list of allowed characters.
    if (Status s = checkText(field, name); !s)
        return s;
    static const QRegularExpression pattern(QStringLiteral("^[.\\-_A-Za-z0-9]+$"));
    return validateName(field, name, maxLength, pattern, Tr::tr("letters A–Z and a–z, digits, “-”, “_” and “.”"));
}

Status validateRoleArn(const QString &field, const QString &arn)
{
    static const QRegularExpression pattern(QStringLiteral("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$"));
    if (!pattern.match(arn).hasMatch())
        return Error::invalid(
            field, Tr::tr("%1: “%2” is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).").arg(field, arn));
    return {};
}

} // namespace

namespace RuleValidation {

Status validateBusName(const QString &field, const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[/.\\-_A-Za-z0-9]+$"));
    return validateName(field, name, busNameMaxLength, pattern,
                        Tr::tr("letters A–Z and a–z, digits, “/”, “-”, “_” and “.”"));
}

Result<bool> parseState(const QString &text)
{
    if (text.compare(QLatin1String("ENABLED"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("DISABLED"), Qt::CaseInsensitive) == 0)
        return false;
    return Error::invalid(QStringLiteral("--state"),
                          Tr::tr("--state: “%1” is not a state; use ENABLED or DISABLED.").arg(text));
}

Status validateTarget(const RuleTarget &target, int index)
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
        if (Status s = checkText(valueField, p.value); !s)
            return s;
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

Status validateRule(const Rule &rule)
{
    if (Status s = validateRuleName(QStringLiteral("--name"), rule.name, RuleLimits::nameMaxLength); !s)
        return s;
    // Free text from any face (an argument, a file, an import document) holds no NUL or other
    // control character and nothing that was not UTF-8 (core/text.h).
    if (Status s = checkText(QStringLiteral("--description"), rule.description); !s)
        return s;
    if (Status s = checkText(QStringLiteral("--event-pattern"), rule.eventPattern); !s)
        return s;
    if (Status s = checkText(QStringLiteral("--schedule-expression"), rule.scheduleExpression); !s)
        return s;
    if (rule.description.size() > RuleLimits::descriptionMaxLength)
        return Error::invalid(QStringLiteral("--description"),
                              Tr::tr("--description: at most %1 characters are allowed (it has %2).")
                                  .arg(RuleLimits::descriptionMaxLength)
                                  .arg(rule.description.size()));
    // A bus given by ARN (an import document) is checked by its name here; whether the ARN is
    // the identity's own bus is RuleService::busName's to say.
    const QString bus = busNameOf(rule.eventBus);
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
        // PutRule's limit, also for rules that come by import, the GUI or the endpoint.
        if (rule.eventPattern.size() > DocumentLimits::eventPatternMaxLength &&
            rule.eventPattern.toUcs4().size() > DocumentLimits::eventPatternMaxLength)
            return Error::invalid(QStringLiteral("--event-pattern"),
                                  Tr::tr("--event-pattern: the pattern is longer than %1 characters, the PutRule "
                                         "limit.")
                                      .arg(QLocale(QLocale::English).toString(DocumentLimits::eventPatternMaxLength)));
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
        if (Status s = checkText(keyField, it.key()); !s)
            return s;
        if (Status s = checkText(QStringLiteral("Tags[%1].Value").arg(tagIndex), it.value()); !s)
            return s;
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

} // namespace RuleValidation

Status RuleService::checkTarget(const QString &identity, const RuleTarget &target, int index) const
{
    if (Status s = validateTarget(target, index); !s)
        return s;
    const QString arnField = QStringLiteral("Targets[%1].Arn").arg(index);
    // A connected account's targets are the cloud's to judge: its mirror may not hold the pipeline
    // (another account's, or one made since the last sync), and the local engine never starts it.
    auto profile = ConnectedAccounts::profileOf(m_context.database(), identity);
    if (!profile)
        return profile.error();
    const bool connected = !profile->isEmpty();
    auto pipeline = m_pipelines.resolve(identity, target.pipelineArn);
    if (!pipeline) {
        if (connected &&
            (pipeline.error().code == Error::Code::NotFound || pipeline.error().code == Error::Code::PermissionDenied))
            return {};
        Error e = pipeline.error();
        if (e.field.isEmpty())
            e.field = arnField;
        return e;
    }
    if (Status allowed = connected ? Status() : m_pipelines.canStart(identity, pipeline->arn); !allowed) {
        Error e = allowed.error();
        e.field = arnField;
        return e;
    }
    PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
    QList<ExecutionParameter> statics;
    for (int i = 0; i < target.parameters.size(); ++i) {
        const RuleParameter &p = target.parameters.at(i);
        if (!p.dynamic) {
            statics.append({p.name, p.value});
            continue;
        }
        // A dynamic value is only known per event; its name must still be one the pipeline has.
        bool known = false;
        for (PipelineParameter &d : definition.parameters) {
            if (d.name == p.name) {
                known = true;
                // Given by every event, so not missing even without a default.
                d.hasDefault = true;
            }
        }
        if (!known) {
            const QString field = parameterField(index, i, "Name");
            return Error::invalid(
                field, Tr::tr("%1: the pipeline “%2” has no parameter “%3”.").arg(field, pipeline->name, p.name));
        }
    }
    auto resolved = PipelineService::resolveParameters(definition, statics);
    if (!resolved) {
        // resolveParameters names the parameter as the field; say it of the target's member.
        const Error &e = resolved.error();
        for (int i = 0; i < target.parameters.size(); ++i) {
            if (e.field == target.parameters.at(i).name)
                return e.about(parameterField(index, i, "Value"));
        }
        return e.about(QStringLiteral("Targets[%1].SageMakerPipelineParameters").arg(index));
    }
    return {};
}

} // namespace Pd

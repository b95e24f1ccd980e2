// The EventBridge Scheduler half of the schedule interchange: create-schedule JSON export and import.

#include "schedules/scheduleinterchange_p.h"

#include "core/tr.h"
#include "interchange/interchangedocument.h"
#include "interchange/yaml.h"
#include "pipelines/parametersjson.h"
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <utility>

namespace Pd::ScheduleInterchange {

using namespace Interchange;
using Schedule::Dialect;
using Schedule::ScheduleExpression;

namespace {

Yaml::EmitOptions schedulerOrder()
{
    return {{QStringLiteral("Name"),
             QStringLiteral("GroupName"),
             QStringLiteral("Description"),
             QStringLiteral("ScheduleExpression"),
             QStringLiteral("ScheduleExpressionTimezone"),
             QStringLiteral("StartDate"),
             QStringLiteral("EndDate"),
             QStringLiteral("State"),
             QStringLiteral("FlexibleTimeWindow"),
             QStringLiteral("Mode"),
             QStringLiteral("MaximumWindowInMinutes"),
             QStringLiteral("Target"),
             QStringLiteral("Arn"),
             QStringLiteral("RoleArn"),
             QStringLiteral("SageMakerPipelineParameters"),
             QStringLiteral("PipelineParameterList"),
             QStringLiteral("RetryPolicy"),
             QStringLiteral("MaximumEventAgeInSeconds"),
             QStringLiteral("MaximumRetryAttempts"),
             QStringLiteral("ActionAfterCompletion")}};
}

// EventBridge Scheduler's CreateSchedule input and its parts, member for member as the API
// reference has them: a member outside them is refused, one inside that a schedule here cannot
// hold is reported. ClientToken is read and dropped on purpose: it only makes a request idempotent.
const Shape &createScheduleShape()
{
    static const Shape s = shape("ActionAfterCompletion ClientToken Description EndDate FlexibleTimeWindow GroupName "
                                 "KmsKeyArn Name ScheduleExpression ScheduleExpressionTimezone StartDate State Target",
                                 "ActionAfterCompletion ClientToken Description EndDate FlexibleTimeWindow GroupName "
                                 "Name ScheduleExpression ScheduleExpressionTimezone StartDate State Target");
    return s;
}

const Shape &schedulerTargetShape()
{
    static const Shape s = shape("Arn RoleArn DeadLetterConfig RetryPolicy Input EcsParameters EventBridgeParameters "
                                 "KinesisParameters SageMakerPipelineParameters SqsParameters",
                                 "Arn RoleArn RetryPolicy SageMakerPipelineParameters");
    return s;
}

} // namespace

ScheduleExport exportScheduler(const PipelineSchedule &s, const ScheduleExportOptions &options)
{
    ScheduleExport result;
    QString expression = s.expression;
    QString zone = s.timeZone.isEmpty() ? QStringLiteral("UTC") : s.timeZone;
    auto parsed = ScheduleExpression::parse(s.expression, s.timeZone);
    if (parsed && (parsed->dialect() == Dialect::Crontab || parsed->dialect() == Dialect::Recurrence)) {
        auto converted = Schedule::convertExpression(parsed.value(), Dialect::Cron);
        if (!converted && parsed->dialect() == Dialect::Recurrence)
            converted = Schedule::convertExpression(parsed.value(), Dialect::Rate);
        if (converted) {
            expression = converted.value();
            // The zone the expression ran in (a recurrence's own time_zone), as given: a Windows
            // name is reported below when it is written as IANA.
            zone = parsed->zoneName().typed;
            result.notExpressible.append(Tr::tr("ScheduleExpression: “%1” is written as “%2” (the same instants).")
                                             .arg(s.expression, expression));
        } else {
            result.notExpressible.append(
                Tr::tr("ScheduleExpression: EventBridge Scheduler cannot express “%1” (%2); written "
                       "unchanged, AWS will refuse it.")
                    .arg(s.expression, converted.error().message));
        }
    }
    // EventBridge Scheduler takes IANA names only.
    // (A link such as Asia/Calcutta is an IANA name too, and stays as typed.)
    const std::optional<Schedule::ZoneName> tz = Schedule::resolveZoneName(zone);
    if (tz && tz->kind == Schedule::ZoneName::Kind::Windows) {
        result.notExpressible.append(Tr::tr("ScheduleExpressionTimezone: the Windows zone “%1” is written as “%2”.")
                                         .arg(zone, tz->canonical));
        zone = tz->canonical;
    }

    QJsonObject target{
        {QStringLiteral("Arn"), s.targetPipelineArn},
        {QStringLiteral("RoleArn"), options.roleArn},
        {QStringLiteral("RetryPolicy"), QJsonObject{{QStringLiteral("MaximumEventAgeInSeconds"), s.maxEventAgeSeconds},
                                                    {QStringLiteral("MaximumRetryAttempts"), s.maxRetries}}}};
    if (!s.targetParameters.isEmpty())
        target.insert(QStringLiteral("SageMakerPipelineParameters"), pipelineParametersJson(s.targetParameters));
    if (options.roleArn.isEmpty())
        result.notExpressible.append(Tr::tr("Target.RoleArn: EventBridge Scheduler needs a role that may start the "
                                            "pipeline; the schedule has none, fill it in."));
    QJsonObject window{
        {QStringLiteral("Mode"), s.flexibleWindowMinutes ? QStringLiteral("FLEXIBLE") : QStringLiteral("OFF")}};
    if (s.flexibleWindowMinutes)
        window.insert(QStringLiteral("MaximumWindowInMinutes"), s.flexibleWindowMinutes);

    QJsonObject document{{QStringLiteral("Name"), s.name},
                         {QStringLiteral("GroupName"), s.groupName},
                         {QStringLiteral("ScheduleExpression"), expression},
                         {QStringLiteral("ScheduleExpressionTimezone"), zone},
                         {QStringLiteral("State"), s.stateString()},
                         {QStringLiteral("FlexibleTimeWindow"), window},
                         {QStringLiteral("Target"), target},
                         {QStringLiteral("ActionAfterCompletion"), toApiString(s.actionAfterCompletion)}};
    if (!s.description.isEmpty())
        document.insert(QStringLiteral("Description"), s.description);
    if (s.startTime)
        document.insert(QStringLiteral("StartDate"), isoMs(s.startTime));
    if (s.endTime)
        document.insert(QStringLiteral("EndDate"), isoMs(s.endTime));
    if (s.missedPolicy != MissedPolicy::Once)
        result.notExpressible.append(
            Tr::tr("missed runs policy “%1”: EventBridge Scheduler has no such setting; not written.")
                .arg(toApiString(s.missedPolicy)));
    if (s.overlapPolicy != OverlapPolicy::Allow)
        result.notExpressible.append(
            Tr::tr("overlap policy “%1”: EventBridge Scheduler has no such setting; not written.")
                .arg(toApiString(s.overlapPolicy)));
    result.text = Yaml::toJson(document, schedulerOrder());
    return result;
}

Result<ScheduleImport> importScheduler(const QJsonObject &document)
{
    ScheduleImport result;
    result.format = ScheduleFormat::SchedulerJson;
    PipelineSchedule &s = result.schedule;
    if (Status checked = checkMembers(document, createScheduleShape(), {}, &result.warnings); !checked)
        return checked.error();
    struct Text
    {
        const char *key;
        QString *into;
        bool required;
    };
    for (const Text &t : {Text{"Name", &s.name, true}, Text{"Description", &s.description, false},
                          Text{"ScheduleExpression", &s.expression, true}}) {
        auto value = string(document, QLatin1String(t.key), {}, t.required);
        if (!value)
            return value.error();
        *t.into = value.value();
    }
    for (const Text &t :
         {Text{"GroupName", &s.groupName, false}, Text{"ScheduleExpressionTimezone", &s.timeZone, false}}) {
        auto value = string(document, QLatin1String(t.key), {}, false);
        if (!value)
            return value.error();
        if (!value->isEmpty())
            *t.into = value.value();
    }
    for (const char *key : {"StartDate", "EndDate"}) {
        const QJsonValue v = document.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        auto at = instantMs(v, QLatin1String(key));
        if (!at)
            return at.error();
        (qstrcmp(key, "StartDate") == 0 ? s.startTime : s.endTime) = at.value();
    }
    auto stateText = string(document, QStringLiteral("State"), {});
    if (!stateText)
        return stateText.error();
    auto enabled = state(stateText.value(), QStringLiteral("State"));
    if (!enabled)
        return enabled.error();
    s.enabled = enabled.value();

    auto window = object(document, QStringLiteral("FlexibleTimeWindow"), {});
    if (!window)
        return window.error();
    if (!window->isEmpty()) {
        const QString w = QStringLiteral("FlexibleTimeWindow");
        if (Status checked = checkMembers(window.value(), shape("Mode MaximumWindowInMinutes"), w, &result.warnings);
            !checked)
            return checked.error();
        auto mode = string(window.value(), QStringLiteral("Mode"), w, true);
        if (!mode)
            return mode.error();
        auto minutes = integer(window.value(), QStringLiteral("MaximumWindowInMinutes"), w);
        if (!minutes)
            return minutes.error();
        if (mode.value() == QLatin1String("FLEXIBLE")) {
            if (!minutes.value())
                return missing(member(w, QStringLiteral("MaximumWindowInMinutes")));
            s.flexibleWindowMinutes = int(qBound(qint64(-1), qint64(**minutes), qint64(1) << 30));
        } else if (mode.value() != QLatin1String("OFF")) {
            return Error::invalid(
                member(w, QStringLiteral("Mode")),
                Tr::tr("%1: “%2” is not OFF or FLEXIBLE.").arg(member(w, QStringLiteral("Mode")), mode.value()));
        }
    }

    const QString t = QStringLiteral("Target");
    auto target = object(document, t, {}, true);
    if (!target)
        return target.error();
    if (Status checked = checkMembers(target.value(), schedulerTargetShape(), t, &result.warnings); !checked)
        return checked.error();
    auto arn = string(target.value(), QStringLiteral("Arn"), t, true);
    if (!arn)
        return arn.error();
    s.targetPipelineArn = arn.value();
    auto role = string(target.value(), QStringLiteral("RoleArn"), t);
    if (!role)
        return role.error();
    s.roleArn = role.value();
    auto retry = object(target.value(), QStringLiteral("RetryPolicy"), t);
    if (!retry)
        return retry.error();
    const QString r = member(t, QStringLiteral("RetryPolicy"));
    if (Status checked =
            checkMembers(retry.value(), shape("MaximumEventAgeInSeconds MaximumRetryAttempts"), r, &result.warnings);
        !checked)
        return checked.error();
    for (const auto &[key, into] : {std::pair<const char *, int *>{"MaximumEventAgeInSeconds", &s.maxEventAgeSeconds},
                                    std::pair<const char *, int *>{"MaximumRetryAttempts", &s.maxRetries}}) {
        auto n = integer(retry.value(), QLatin1String(key), r);
        if (!n)
            return n.error();
        if (n.value())
            *into = int(qBound(qint64(-1), qint64(**n), qint64(1) << 30));
    }
    auto parameters = pipelineParameters(target.value(), t, ParameterValues::Strings);
    if (!parameters)
        return parameters.error();
    s.targetParameters = parameters.value();
    auto action = string(document, QStringLiteral("ActionAfterCompletion"), {});
    if (!action)
        return action.error();
    if (!action->isEmpty()) {
        const auto parsed = actionAfterCompletionFromApi(action.value());
        if (!parsed)
            return Error::invalid(
                QStringLiteral("ActionAfterCompletion"),
                Tr::tr("%1: “%2” is not NONE or DELETE.").arg(QStringLiteral("ActionAfterCompletion"), action.value()));
        s.actionAfterCompletion = *parsed;
    }

    const QHash<QString, QString> paths{
        {QStringLiteral("name"), QStringLiteral("Name")},
        {QStringLiteral("group"), QStringLiteral("GroupName")},
        {QStringLiteral("description"), QStringLiteral("Description")},
        {QStringLiteral("expression"), QStringLiteral("ScheduleExpression")},
        {QStringLiteral("end"), QStringLiteral("EndDate")},
        {QStringLiteral("role-arn"), QStringLiteral("Target.RoleArn")},
        {QStringLiteral("flexible-window"), QStringLiteral("FlexibleTimeWindow.MaximumWindowInMinutes")},
        {QStringLiteral("max-retries"), QStringLiteral("Target.RetryPolicy.MaximumRetryAttempts")},
        {QStringLiteral("max-event-age"), QStringLiteral("Target.RetryPolicy.MaximumEventAgeInSeconds")},
        {QStringLiteral("action-after-completion"), QStringLiteral("ActionAfterCompletion")}};
    if (Status valid = ScheduleService::validate(s); !valid)
        return renamed(valid.error(), paths);
    return result;
}

} // namespace Pd::ScheduleInterchange

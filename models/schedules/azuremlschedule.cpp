// The Azure ML half of the schedule interchange: schedule YAML export and import.
// Over 600 lines on purpose: the import compares a trigger with the one the export writes
// (restoreFromProperties), so both directions of the format stay in one file.

#include "schedules/scheduleinterchange_p.h"

#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "interchange/interchangedocument.h"
#include "interchange/yaml.h"
#include "scheduleexpressions/scheduleconverter.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "scheduleexpressions/zonetable.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Pd::ScheduleInterchange {

using namespace Interchange;
using Schedule::Dialect;
using Schedule::RecurrenceSpec;
using Schedule::ScheduleExpression;

namespace {

const QString kAzureSchema = QStringLiteral("https://azuremlschemas.azureedge.net/latest/schedule.schema.json");
// The prefix of the properties that carry what Azure ML has no member for.
const QString kPrefix = QStringLiteral("pipelinedesk.");

QString prop(const char *name)
{
    return kPrefix + QLatin1String(name);
}

Yaml::EmitOptions azureOrder()
{
    return {{QStringLiteral("$schema"),         QStringLiteral("name"),       QStringLiteral("display_name"),
             QStringLiteral("description"),     QStringLiteral("tags"),       QStringLiteral("properties"),
             QStringLiteral("trigger"),         QStringLiteral("type"),       QStringLiteral("frequency"),
             QStringLiteral("interval"),        QStringLiteral("expression"), QStringLiteral("schedule"),
             QStringLiteral("hours"),           QStringLiteral("minutes"),    QStringLiteral("week_days"),
             QStringLiteral("month_days"),      QStringLiteral("start_time"), QStringLiteral("end_time"),
             QStringLiteral("time_zone"),       QStringLiteral("create_job"), QStringLiteral("job"),
             QStringLiteral("experiment_name"), QStringLiteral("inputs"),     QStringLiteral("settings")}};
}

QString body(const QString &expression)
{
    const qsizetype open = expression.indexOf(QLatin1Char('('));
    const qsizetype close = expression.lastIndexOf(QLatin1Char(')'));
    return open < 0 || close < open ? expression : expression.mid(open + 1, close - open - 1).trimmed();
}

// A recurrence's own start_time/end_time as it was written: a wall-clock reading, or an instant.
QString recurrenceTime(const std::optional<qint64> &local, const std::optional<qint64> &utc)
{
    if (local)
        return QDateTime::fromSecsSinceEpoch(*local, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (utc)
        return QDateTime::fromSecsSinceEpoch(*utc, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    return QString();
}

QJsonArray bitList(quint64 bits, int from, int to)
{
    QJsonArray list;
    for (int i = from; i <= to; ++i) {
        if (bits & (1ULL << i))
            list.append(i);
    }
    return list;
}

QJsonObject recurrenceTrigger(const RecurrenceSpec &spec, QStringList *notes)
{
    QJsonObject trigger{{QStringLiteral("type"), QStringLiteral("recurrence")},
                        {QStringLiteral("frequency"), Schedule::frequencyKey(spec.frequency)},
                        {QStringLiteral("interval"), spec.interval}};
    QJsonObject pattern;
    if (spec.hours)
        pattern.insert(QStringLiteral("hours"), bitList(spec.hours, 0, 23));
    if (spec.minutes)
        pattern.insert(QStringLiteral("minutes"), bitList(spec.minutes, 0, 59));
    if (spec.weekdays) {
        QJsonArray days;
        // Monday first, as Azure ML lists them.
        for (int i = 1; i <= 7; ++i) {
            if (spec.weekdays & (1u << (i % 7)))
                days.append(Schedule::weekdayKey(i % 7));
        }
        pattern.insert(QStringLiteral("week_days"), days);
    }
    if (spec.monthDays)
        pattern.insert(QStringLiteral("month_days"), bitList(spec.monthDays, 1, 31));
    if (!pattern.isEmpty()) {
        trigger.insert(QStringLiteral("schedule"), pattern);
        if (!spec.hours || !spec.minutes)
            notes->append(
                Tr::tr("trigger.schedule: Azure ML needs both hours and minutes in a recurrence pattern; the one "
                       "left out is taken from start_time here, Azure ML refuses the pattern."));
    }
    return trigger;
}

// The Azure ML trigger of a schedule, deterministic so that import can tell whether a document's
// trigger is still the one the pipelinedesk.* properties were exported with.
QJsonObject azureTrigger(const PipelineSchedule &s, QStringList *notes)
{
    QJsonObject trigger;
    QString zone = s.timeZone.isEmpty() ? QStringLiteral("UTC") : s.timeZone;
    std::optional<RecurrenceSpec> ownTimes;
    auto parsed = ScheduleExpression::parse(s.expression, s.timeZone);
    auto cronTrigger = [](const QString &fields) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")}, {QStringLiteral("expression"), fields}};
    };
    if (!parsed) {
        notes->append(Tr::tr("trigger: the expression “%1” cannot be read (%2); written unchanged.")
                          .arg(s.expression, parsed.error().message));
        trigger = cronTrigger(s.expression);
    } else {
        ScheduleExpression e = parsed.value();
        if (e.dialect() == Dialect::At) {
            // at() has no Azure form, but the year-bound cron() it converts to may.
            auto cron = Schedule::convertExpression(e, Dialect::Cron);
            if (cron) {
                if (auto again = ScheduleExpression::parse(cron.value(), s.timeZone))
                    e = again.value();
            }
        }
        switch (e.dialect()) {
        case Dialect::Crontab: {
            trigger = cronTrigger(body(e.text()));
            const auto &fields = e.cron()->fields;
            if (!fields[2].star || !fields[3].star)
                notes->append(
                    Tr::tr("trigger.expression: Azure ML ignores the day-of-month and month fields of “%1” and "
                           "fires on every day and month.")
                        .arg(s.expression));
            break;
        }
        case Dialect::Recurrence:
            trigger = recurrenceTrigger(*e.recurrence(), notes);
            if (!e.recurrence()->timeZone.isEmpty())
                zone = e.recurrence()->timeZone;
            ownTimes = *e.recurrence();
            break;
        case Dialect::At:
        case Dialect::Rate:
        case Dialect::Cron: {
            // Azure ML has crontab and recurrence only: convert when exactly the same.
            auto crontab = e.dialect() == Dialect::Cron ? Schedule::convertExpression(e, Dialect::Crontab)
                                                        : Result<QString>(Error::invalid({}, {}));
            auto recurrence = crontab ? crontab : Schedule::convertExpression(e, Dialect::Recurrence);
            auto converted = crontab ? crontab : recurrence;
            auto again = converted ? ScheduleExpression::parse(converted.value(), s.timeZone)
                                   : Result<ScheduleExpression>(converted.error());
            if (again && again->dialect() == Dialect::Crontab) {
                trigger = cronTrigger(body(again->text()));
                notes->append(
                    Tr::tr("trigger: “%1” is written as the Azure ML cron expression “%2” (the same instants).")
                        .arg(s.expression, body(again->text())));
            } else if (again && again->dialect() == Dialect::Recurrence) {
                trigger = recurrenceTrigger(*again->recurrence(), notes);
                notes->append(Tr::tr("trigger: “%1” is written as an Azure ML recurrence (the same instants).")
                                  .arg(s.expression));
            } else {
                trigger = cronTrigger(body(e.text()));
                notes->append(
                    Tr::tr("trigger: Azure ML cannot express “%1” (%2); written unchanged, Azure ML will refuse it.")
                        .arg(s.expression, recurrence.error().message));
            }
            break;
        }
        }
    }
    if (s.startTime)
        trigger.insert(QStringLiteral("start_time"), isoMs(s.startTime));
    else if (ownTimes && (ownTimes->startLocal || ownTimes->startUtc))
        trigger.insert(QStringLiteral("start_time"), recurrenceTime(ownTimes->startLocal, ownTimes->startUtc));
    if (s.endTime)
        trigger.insert(QStringLiteral("end_time"), isoMs(s.endTime));
    else if (ownTimes && (ownTimes->endLocal || ownTimes->endUtc))
        trigger.insert(QStringLiteral("end_time"), recurrenceTime(ownTimes->endLocal, ownTimes->endUtc));
    trigger.insert(QStringLiteral("time_zone"), zone);
    return trigger;
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ScheduleExport exportAzure(const PipelineSchedule &s)
{
    ScheduleExport result;
    QJsonObject document{{QStringLiteral("$schema"), kAzureSchema}, {QStringLiteral("name"), s.name}};
    if (!s.description.isEmpty())
        document.insert(QStringLiteral("description"), s.description);
    document.insert(QStringLiteral("trigger"), azureTrigger(s, &result.notExpressible));

    // What Azure ML has no member for: kept as properties, reported when it changes behaviour.
    QJsonObject properties{{prop("expression"), s.expression}, {prop("time_zone"), s.timeZone}};
    auto ignored = [&](const QString &what) {
        result.notExpressible.append(
            Tr::tr("%1: Azure ML has no such setting; kept under properties for Pipeline Desk, ignored by Azure ML.")
                .arg(what));
    };
    if (s.startTime)
        properties.insert(prop("start_time"), isoMs(s.startTime));
    if (s.endTime)
        properties.insert(prop("end_time"), isoMs(s.endTime));
    if (s.groupName != QLatin1String("default")) {
        properties.insert(prop("group"), s.groupName);
        ignored(Tr::tr("schedule group “%1”").arg(s.groupName));
    }
    properties.insert(prop("state"), s.stateString());
    if (!s.enabled)
        result.notExpressible.append(
            Tr::tr("state: Azure ML creates every schedule enabled; DISABLED is kept under properties "
                   "(run “az ml schedule disable” after creating it)."));
    if (s.flexibleWindowMinutes) {
        properties.insert(prop("flexible_window_minutes"), QString::number(s.flexibleWindowMinutes));
        ignored(Tr::tr("flexible time window of %n minute(s)", nullptr, s.flexibleWindowMinutes));
    }
    if (s.maxRetries != ScheduleLimits::maxRetriesMax) {
        properties.insert(prop("max_retries"), QString::number(s.maxRetries));
        ignored(Tr::tr("at most %n retry attempt(s)", nullptr, s.maxRetries));
    }
    if (s.maxEventAgeSeconds != ScheduleLimits::maxEventAgeMaxSeconds) {
        properties.insert(prop("max_event_age_seconds"), QString::number(s.maxEventAgeSeconds));
        ignored(Tr::tr("maximum event age of %n second(s)", nullptr, s.maxEventAgeSeconds));
    }
    if (s.missedPolicy != MissedPolicy::Once) {
        properties.insert(prop("missed_policy"), toApiString(s.missedPolicy));
        ignored(Tr::tr("missed runs policy “%1”").arg(toApiString(s.missedPolicy)));
    }
    if (s.overlapPolicy != OverlapPolicy::Allow) {
        properties.insert(prop("overlap_policy"), toApiString(s.overlapPolicy));
        ignored(Tr::tr("overlap policy “%1”").arg(toApiString(s.overlapPolicy)));
    }
    if (s.actionAfterCompletion != ActionAfterCompletion::None) {
        properties.insert(prop("action_after_completion"), toApiString(s.actionAfterCompletion));
        ignored(Tr::tr("action after completion “%1”").arg(toApiString(s.actionAfterCompletion)));
    }
    properties.insert(prop("target_pipeline_arn"), s.targetPipelineArn);
    if (!s.roleArn.isEmpty()) {
        properties.insert(prop("role_arn"), s.roleArn);
        ignored(Tr::tr("role “%1”").arg(s.roleArn));
    }
    document.insert(QStringLiteral("properties"), properties);

    const ArnParts arn = parseArn(s.targetPipelineArn);
    const QString pipelineName = arn.valid && arn.resource.startsWith(QLatin1String("pipeline/"))
                                     ? arn.resource.mid(9).section(QLatin1Char('/'), 0, 0)
                                     : s.targetPipelineArn;
    QJsonObject job{{QStringLiteral("type"), QStringLiteral("pipeline")},
                    {QStringLiteral("job"), QStringLiteral("azureml:") + pipelineName}};
    if (!s.targetParameters.isEmpty()) {
        QJsonObject inputs;
        for (const ExecutionParameter &p : s.targetParameters)
            inputs.insert(p.name, p.value);
        job.insert(QStringLiteral("inputs"), inputs);
    }
    document.insert(QStringLiteral("create_job"), job);
    result.text = Yaml::toYaml(document, azureOrder());
    return result;
}

// --- Import ---------------------------------------------------------------------------------

namespace {

Result<int> intText(const QString &text, const QString &path)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return Error::invalid(path, Tr::tr("%1: “%2” is not a whole number.").arg(path, text));
    return n;
}

// One value of a recurrence pattern: a number or a list of numbers (or names).
QJsonArray asList(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

// Azure ML's start_time/end_time of a cron trigger: an instant, or a wall-clock reading in the zone.
Result<qint64> azureTime(const QJsonValue &value, const QString &zone, const QString &path)
{
    if (!value.isString())
        return wrongType(path, Tr::tr("a string"), value);
    const QString text = value.toString();
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (zoned.match(text).hasMatch())
        return instantMs(value, path);
    const auto local = parseInstant(text); // read as UTC, then moved into the zone
    const QTimeZone tz = Schedule::zoneFromName(zone);
    if (!local || !tz.isValid())
        return Error::invalid(path,
                              Tr::tr("%1: “%2” is not a date and time such as 2026-11-23T09:00:00.").arg(path, text));
    return QDateTime(local->date(), local->time(), tz).toMSecsSinceEpoch();
}

// name, description, and the members Pipeline Desk has no place for.
Status readHeader(const QJsonObject &document, ScheduleImport &result)
{
    PipelineSchedule &s = result.schedule;
    result.warnings += unknownMembers(
        document,
        {QStringLiteral("$schema"), QStringLiteral("name"), QStringLiteral("display_name"),
         QStringLiteral("description"), QStringLiteral("tags"), QStringLiteral("properties"), QStringLiteral("trigger"),
         QStringLiteral("create_job"), QStringLiteral("is_enabled"), QStringLiteral("version")},
        {});
    auto name = string(document, QStringLiteral("name"), {}, true);
    if (!name)
        return name.error();
    s.name = name.value();
    auto description = string(document, QStringLiteral("description"), {});
    if (!description)
        return description.error();
    s.description = description.value();
    if (!document.value(QStringLiteral("tags")).toObject().isEmpty())
        result.warnings.append(Tr::tr("tags: schedules have no tags in Pipeline Desk; ignored."));
    if (document.contains(QStringLiteral("display_name")))
        result.warnings.append(Tr::tr("display_name: schedules have no display name in Pipeline Desk; ignored."));
    return {};
}

// The pipelinedesk.* properties by key, as text; other properties are reported and ignored.
Result<QHash<QString, QString>> readProperties(const QJsonObject &document, QStringList *warnings)
{
    auto properties = object(document, QStringLiteral("properties"), {});
    if (!properties)
        return properties.error();
    QHash<QString, QString> props;
    for (auto it = properties->begin(); it != properties->end(); ++it) {
        const QString path = member(QStringLiteral("properties"), it.key());
        if (!it.key().startsWith(kPrefix)) {
            warnings->append(Tr::tr("%1 is not supported; ignored.").arg(path));
            continue;
        }
        auto text = scalarText(it.value(), path);
        if (!text)
            return text.error();
        props.insert(it.key(), text.value());
    }
    return props;
}

// trigger.time_zone into the schedule (UTC when absent); returns it as written (empty when absent).
Result<QString> readTriggerZone(const QJsonObject &trigger, PipelineSchedule &s)
{
    const QString t = QStringLiteral("trigger");
    auto zone = string(trigger, QStringLiteral("time_zone"), t);
    if (!zone)
        return zone.error();
    s.timeZone = zone->isEmpty() ? QStringLiteral("UTC") : zone.value();
    if (!Schedule::zoneFromName(s.timeZone).isValid())
        return Error::invalid(member(t, QStringLiteral("time_zone")),
                              Tr::tr("%1: “%2” is not a known time zone (IANA such as Asia/Seoul, or Windows such as "
                                     "Pacific Standard Time).")
                                  .arg(member(t, QStringLiteral("time_zone")), s.timeZone));
    return zone.value();
}

// Our own exact values, when the trigger is still the one they were exported with (also for
// expressions Azure ML cannot read, which were written unchanged and reported). Whether they were.
bool restoreFromProperties(const QJsonObject &trigger, const QHash<QString, QString> &props, ScheduleImport &result)
{
    if (!props.contains(prop("expression")))
        return false;
    PipelineSchedule &s = result.schedule;
    PipelineSchedule candidate = s;
    candidate.expression = props.value(prop("expression"));
    candidate.timeZone = props.value(prop("time_zone"), QStringLiteral("UTC"));
    candidate.startTime = candidate.endTime = 0;
    bool timesOk = true;
    for (const char *key : {"start_time", "end_time"}) {
        if (!props.contains(prop(key)))
            continue;
        auto at = instantMs(props.value(prop(key)), member(QStringLiteral("properties"), prop(key)));
        timesOk = timesOk && at;
        if (at)
            (qstrcmp(key, "start_time") == 0 ? candidate.startTime : candidate.endTime) = at.value();
    }
    QStringList ignoredNotes;
    if (timesOk && canonical(azureTrigger(candidate, &ignoredNotes)) == canonical(trigger)) {
        s.expression = candidate.expression;
        s.timeZone = candidate.timeZone;
        s.startTime = candidate.startTime;
        s.endTime = candidate.endTime;
        return true;
    }
    result.warnings.append(Tr::tr("trigger: changed since it was exported; the trigger is used and the %1expression "
                                  "property ignored.")
                               .arg(kPrefix));
    return false;
}

// A cron trigger: crontab(<expression>), its start_time/end_time read in the schedule's zone.
Status readCronTrigger(const QJsonObject &trigger, ScheduleImport &result)
{
    const QString t = QStringLiteral("trigger");
    PipelineSchedule &s = result.schedule;
    result.warnings +=
        unknownMembers(trigger,
                       {QStringLiteral("type"), QStringLiteral("expression"), QStringLiteral("start_time"),
                        QStringLiteral("end_time"), QStringLiteral("time_zone")},
                       t);
    auto expression = string(trigger, QStringLiteral("expression"), t, true);
    if (!expression)
        return expression.error();
    s.expression = QStringLiteral("crontab(%1)").arg(expression->trimmed());
    for (const char *key : {"start_time", "end_time"}) {
        const QString k = QLatin1String(key);
        if (!trigger.contains(k) || trigger.value(k).isNull())
            continue;
        auto at = azureTime(trigger.value(k), s.timeZone, member(t, k));
        if (!at)
            return at.error();
        (k == QLatin1String("start_time") ? s.startTime : s.endTime) = at.value();
    }
    return {};
}

// A recurrence trigger: our recurrence() is Azure's trigger in JSON; its parser checks every member.
Status readRecurrenceTrigger(const QJsonObject &trigger, const QString &writtenZone, ScheduleImport &result)
{
    const QString t = QStringLiteral("trigger");
    result.warnings += unknownMembers(trigger,
                                      {QStringLiteral("type"), QStringLiteral("frequency"), QStringLiteral("interval"),
                                       QStringLiteral("schedule"), QStringLiteral("start_time"),
                                       QStringLiteral("end_time"), QStringLiteral("time_zone")},
                                      t);
    QJsonObject recurrence;
    for (const char *key : {"frequency", "interval", "start_time", "end_time"}) {
        if (trigger.contains(QLatin1String(key)))
            recurrence.insert(QLatin1String(key), trigger.value(QLatin1String(key)));
    }
    if (!writtenZone.isEmpty())
        recurrence.insert(QStringLiteral("time_zone"), writtenZone);
    if (trigger.contains(QStringLiteral("schedule"))) {
        auto pattern = object(trigger, QStringLiteral("schedule"), t);
        if (!pattern)
            return pattern.error();
        QJsonObject converted;
        for (auto it = pattern->begin(); it != pattern->end(); ++it) {
            const QString key = it.key() == QLatin1String("weekdays") ? QStringLiteral("week_days") : it.key();
            converted.insert(key, asList(it.value()));
        }
        recurrence.insert(QStringLiteral("schedule"), converted);
    }
    result.schedule.expression = QStringLiteral("recurrence(%1)").arg(QString::fromUtf8(canonical(recurrence)));
    return {};
}

// The trigger: the exported values when it is unchanged, else as Azure ML reads it.
Status readTrigger(const QJsonObject &document, const QHash<QString, QString> &props, ScheduleImport &result)
{
    auto trigger = object(document, QStringLiteral("trigger"), {}, true);
    if (!trigger)
        return trigger.error();
    const QString t = QStringLiteral("trigger");
    auto type = string(trigger.value(), QStringLiteral("type"), t, true);
    if (!type)
        return type.error();
    auto zone = readTriggerZone(trigger.value(), result.schedule);
    if (!zone)
        return zone.error();
    if (restoreFromProperties(trigger.value(), props, result))
        return {}; // nothing more to read from the trigger
    Status read;
    if (type.value() == QLatin1String("cron"))
        read = readCronTrigger(trigger.value(), result);
    else if (type.value() == QLatin1String("recurrence"))
        read = readRecurrenceTrigger(trigger.value(), zone.value(), result);
    else
        return Error::invalid(
            member(t, QStringLiteral("type")),
            Tr::tr("%1: “%2” is not cron or recurrence.").arg(member(t, QStringLiteral("type")), type.value()));
    if (!read)
        return read;
    const PipelineSchedule &s = result.schedule;
    if (auto parsed = ScheduleExpression::parse(s.expression, s.timeZone); !parsed) {
        Error e = parsed.error();
        const QString path =
            type.value() == QLatin1String("cron") ? member(t, QStringLiteral("expression")) : member(t, e.field);
        return renamed(Error::invalid(e.field, e.message), {{e.field, path}});
    }
    return {};
}

// State, group and the numbers Azure ML has no member for, from the pipelinedesk.* properties.
Status readSettings(const QHash<QString, QString> &props, PipelineSchedule &s)
{
    auto enabled = state(props.value(prop("state")), member(QStringLiteral("properties"), prop("state")));
    if (!enabled)
        return enabled.error();
    s.enabled = enabled.value();
    if (props.contains(prop("group")))
        s.groupName = props.value(prop("group"));
    s.roleArn = props.value(prop("role_arn"));
    struct IntProp
    {
        const char *name;
        int *into;
    };
    for (const IntProp &p :
         {IntProp{"flexible_window_minutes", &s.flexibleWindowMinutes}, IntProp{"max_retries", &s.maxRetries},
          IntProp{"max_event_age_seconds", &s.maxEventAgeSeconds}}) {
        if (!props.contains(prop(p.name)))
            continue;
        auto n = intText(props.value(prop(p.name)), member(QStringLiteral("properties"), prop(p.name)));
        if (!n)
            return n.error();
        *p.into = n.value();
    }
    return {};
}

// The missed-runs, overlap and after-completion policies, from the pipelinedesk.* properties.
Status readPolicies(const QHash<QString, QString> &props, PipelineSchedule &s)
{
    if (props.contains(prop("missed_policy"))) {
        const auto policy = missedPolicyFromApi(props.value(prop("missed_policy")));
        if (!policy)
            return Error::invalid(member(QStringLiteral("properties"), prop("missed_policy")),
                                  Tr::tr("%1: “%2” is not skip, once or all.")
                                      .arg(member(QStringLiteral("properties"), prop("missed_policy")),
                                           props.value(prop("missed_policy"))));
        s.missedPolicy = *policy;
    }
    if (props.contains(prop("overlap_policy"))) {
        const auto policy = overlapPolicyFromApi(props.value(prop("overlap_policy")));
        if (!policy)
            return Error::invalid(member(QStringLiteral("properties"), prop("overlap_policy")),
                                  Tr::tr("%1: “%2” is not allow, skip, queue or stop.")
                                      .arg(member(QStringLiteral("properties"), prop("overlap_policy")),
                                           props.value(prop("overlap_policy"))));
        s.overlapPolicy = *policy;
    }
    if (props.contains(prop("action_after_completion"))) {
        const auto action = actionAfterCompletionFromApi(props.value(prop("action_after_completion")));
        if (!action)
            return Error::invalid(member(QStringLiteral("properties"), prop("action_after_completion")),
                                  Tr::tr("%1: “%2” is not NONE or DELETE.")
                                      .arg(member(QStringLiteral("properties"), prop("action_after_completion")),
                                           props.value(prop("action_after_completion"))));
        s.actionAfterCompletion = *action;
    }
    return {};
}

// An inline create_job: a pipeline job; its scalar inputs are the pipeline parameters. Returns create_job.job.
Result<QString> readInlineJob(const QJsonObject &o, ScheduleImport &result)
{
    const QString c = QStringLiteral("create_job");
    result.warnings += unknownMembers(o, {QStringLiteral("type"), QStringLiteral("job"), QStringLiteral("inputs")}, c);
    auto jobType = string(o, QStringLiteral("type"), c);
    if (!jobType)
        return jobType.error();
    if (!jobType->isEmpty() && jobType.value() != QLatin1String("pipeline"))
        return Error::invalid(member(c, QStringLiteral("type")),
                              Tr::tr("%1: “%2” is not pipeline; only pipeline jobs can be imported.")
                                  .arg(member(c, QStringLiteral("type")), jobType.value()));
    auto jobRef = string(o, QStringLiteral("job"), c, true);
    if (!jobRef)
        return jobRef.error();
    auto inputs = object(o, QStringLiteral("inputs"), c);
    if (!inputs)
        return inputs.error();
    for (auto it = inputs->begin(); it != inputs->end(); ++it) {
        const QString path = member(member(c, QStringLiteral("inputs")), it.key());
        if (it.value().isObject() || it.value().isArray()) {
            result.warnings.append(Tr::tr("%1: data inputs are not pipeline parameters; ignored.").arg(path));
            continue;
        }
        auto value = scalarText(it.value(), path);
        if (!value)
            return value.error();
        result.schedule.targetParameters.append({it.key(), value.value()});
    }
    return jobRef.value();
}

// create_job: a job reference, or an inline pipeline job with inputs.
Status readCreateJob(const QJsonObject &document, const QHash<QString, QString> &props, ScheduleImport &result)
{
    const QString c = QStringLiteral("create_job");
    const QJsonValue createJob = document.value(c);
    QString job;
    if (createJob.isString()) {
        job = createJob.toString();
    } else if (createJob.isObject()) {
        auto inlineJob = readInlineJob(createJob.toObject(), result);
        if (!inlineJob)
            return inlineJob.error();
        job = inlineJob.value();
    } else if (createJob.isUndefined() || createJob.isNull()) {
        return missing(c);
    } else {
        return wrongType(c, Tr::tr("a string or an object"), createJob);
    }
    // azureml:<name>, azureml:<name>:<version> or azureml:<name>@latest name a pipeline; a path does not.
    if (job.startsWith(QLatin1String("azureml:"))) {
        QString pipeline = job.mid(8);
        pipeline = pipeline.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
        const QString arn = props.value(prop("target_pipeline_arn"));
        result.schedule.targetPipelineArn = arn.endsWith(QLatin1String(":pipeline/") + pipeline) ? arn : pipeline;
    } else if (job.startsWith(QLatin1String("arn:"))) {
        result.schedule.targetPipelineArn = job;
    } else {
        result.warnings.append(
            Tr::tr("%1: “%2” is a local job file, not a pipeline; name the pipeline with --target-pipeline.")
                .arg(createJob.isString() ? c : member(c, QStringLiteral("job")), job));
    }
    return {};
}

// ScheduleService::validate, its errors naming the document's members.
Status validateImported(const PipelineSchedule &s)
{
    const QHash<QString, QString> paths{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("group"), member(QStringLiteral("properties"), prop("group"))},
        {QStringLiteral("description"), QStringLiteral("description")},
        {QStringLiteral("expression"), QStringLiteral("trigger")},
        {QStringLiteral("end"), QStringLiteral("trigger.end_time")},
        {QStringLiteral("role-arn"), member(QStringLiteral("properties"), prop("role_arn"))},
        {QStringLiteral("flexible-window"), member(QStringLiteral("properties"), prop("flexible_window_minutes"))},
        {QStringLiteral("max-retries"), member(QStringLiteral("properties"), prop("max_retries"))},
        {QStringLiteral("max-event-age"), member(QStringLiteral("properties"), prop("max_event_age_seconds"))},
        {QStringLiteral("action-after-completion"),
         member(QStringLiteral("properties"), prop("action_after_completion"))}};
    if (Status valid = ScheduleService::validate(s); !valid)
        return renamed(valid.error(), paths);
    return {};
}

} // namespace

// The document is read in its order; the first member in error ends the import.
Result<ScheduleImport> importAzure(const QJsonObject &document)
{
    ScheduleImport result;
    result.format = ScheduleFormat::AzureMlYaml;
    if (Status header = readHeader(document, result); !header)
        return header.error();
    auto props = readProperties(document, &result.warnings);
    if (!props)
        return props.error();
    Status read = readTrigger(document, props.value(), result);
    if (read)
        read = readSettings(props.value(), result.schedule);
    if (read)
        read = readPolicies(props.value(), result.schedule);
    if (read)
        read = readCreateJob(document, props.value(), result);
    if (read)
        read = validateImported(result.schedule);
    if (!read)
        return read.error();
    return result;
}

} // namespace Pd::ScheduleInterchange

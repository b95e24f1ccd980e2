// The noun "schedules": standalone schedules, EventBridge Scheduler style.
#include "cli.h"
#include "connected/cloudactions.h"

#include "connected/cloudsync.h"
#include "clioptionvalues.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "scheduleexpressions/zonetable.h"
#include "schedules/schedulejson.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

QCommandLineOption nameOption()
{
    return QCommandLineOption(QStringLiteral("name"), Tr::tr("The schedule's name or ARN."), Tr::tr("NAME"));
}

QCommandLineOption groupOption()
{
    return QCommandLineOption(QStringLiteral("group"), Tr::tr("The schedule group (default: default)."), Tr::tr("GROUP"));
}

QList<QCommandLineOption> scheduleOptions()
{
    return {
        nameOption(),
        groupOption(),
        QCommandLineOption(QStringLiteral("description"), Tr::tr("A description."), Tr::tr("TEXT")),
        QCommandLineOption(QStringLiteral("expression"), Tr::tr("at(...), rate(...), cron(...), crontab(...) or recurrence(...)."),
                           Tr::tr("EXPR")),
        QCommandLineOption(QStringLiteral("timezone"), Tr::tr("IANA or Windows time zone (default UTC)."), Tr::tr("TZ")),
        QCommandLineOption(QStringLiteral("target-pipeline"), Tr::tr("The pipeline to start: name or ARN."),
                           Tr::tr("NAME_OR_ARN")),
        QCommandLineOption(QStringLiteral("parameter"),
                           Tr::tr("A pipeline parameter; values may use ${{name}} and ${{creation_context.trigger_time}}. "
                                  "Repeatable."),
                           Tr::tr("Name=Value")),
        QCommandLineOption(QStringLiteral("start"), Tr::tr("No slot before this instant."), Tr::tr("INSTANT")),
        QCommandLineOption(QStringLiteral("end"), Tr::tr("No slot after this instant."), Tr::tr("INSTANT")),
        QCommandLineOption(QStringLiteral("state"), Tr::tr("ENABLED or DISABLED (default ENABLED)."), Tr::tr("STATE")),
        roleArnOption(),
        QCommandLineOption(QStringLiteral("flexible-window"),
                           Tr::tr("Fire at a random instant within this many minutes (1–1440); OFF or 0: exactly."),
                           Tr::tr("MINUTES")),
        QCommandLineOption(QStringLiteral("max-retries"), Tr::tr("Retry attempts when starting fails (0–185, default 185)."),
                           Tr::tr("N")),
        QCommandLineOption(QStringLiteral("max-event-age"),
                           Tr::tr("Give up on a slot this old (60–86400 seconds, default 86400)."), Tr::tr("SECONDS")),
        QCommandLineOption(QStringLiteral("missed"), Tr::tr("Missed runs: skip, once (default) or all."), Tr::tr("POLICY")),
        QCommandLineOption(QStringLiteral("overlap"), Tr::tr("While the previous run is active: allow (default), skip, queue or stop."),
                           Tr::tr("POLICY")),
        QCommandLineOption(QStringLiteral("action-after-completion"),
                           Tr::tr("NONE (default) or DELETE the schedule after its last slot."), Tr::tr("ACTION")),
    };
}

// Reads the options of create and update into an input; unset options stay unset.
Result<ScheduleInput> readInput(Context &context)
{
    ScheduleInput input;
    input.name = context.value(QStringLiteral("name"));
    input.groupName = context.value(QStringLiteral("group"));
    auto text = [&](const char *option, std::optional<QString> &into) {
        if (context.isSet(QLatin1String(option)))
            into = context.value(QLatin1String(option));
    };
    text("description", input.description);
    text("expression", input.expression);
    text("timezone", input.timeZone);
    text("target-pipeline", input.targetPipeline);
    text("role-arn", input.roleArn);
    for (const char *option : {"start", "end"}) {
        if (!context.isSet(QLatin1String(option)))
            continue;
        auto at = instantOption(context, QLatin1String(option));
        if (!at)
            return at.error();
        (qstrcmp(option, "start") == 0 ? input.startTime : input.endTime) = at.value();
    }
    if (context.isSet(QStringLiteral("state"))) {
        auto enabled = ScheduleService::parseState(context.value(QStringLiteral("state")));
        if (!enabled)
            return enabled.error();
        input.enabled = enabled.value();
    }
    if (context.isSet(QStringLiteral("parameter"))) {
        auto pairs = context.pairs(QStringLiteral("parameter"));
        if (!pairs)
            return pairs.error();
        QList<ExecutionParameter> parameters;
        for (const auto &[name, value] : pairs.value())
            parameters.append({name, value});
        input.parameters = parameters;
    }
    if (context.isSet(QStringLiteral("flexible-window"))) {
        const QString value = context.value(QStringLiteral("flexible-window"));
        if (value.compare(QLatin1String("OFF"), Qt::CaseInsensitive) == 0) {
            input.flexibleWindowMinutes = 0;
        } else {
            auto minutes = intOption(context, QStringLiteral("flexible-window"));
            if (!minutes)
                return minutes.error();
            input.flexibleWindowMinutes = minutes.value();
        }
    }
    if (context.isSet(QStringLiteral("max-retries"))) {
        auto n = intOption(context, QStringLiteral("max-retries"));
        if (!n)
            return n.error();
        input.maxRetries = n.value();
    }
    if (context.isSet(QStringLiteral("max-event-age"))) {
        auto n = intOption(context, QStringLiteral("max-event-age"));
        if (!n)
            return n.error();
        input.maxEventAgeSeconds = n.value();
    }
    if (context.isSet(QStringLiteral("missed"))) {
        input.missedPolicy = missedPolicyFromApi(context.value(QStringLiteral("missed")));
        if (!input.missedPolicy)
            return Error::invalid(QStringLiteral("missed"), Tr::tr("--missed: “%1” is not skip, once or all.")
                                                                .arg(context.value(QStringLiteral("missed"))));
    }
    if (context.isSet(QStringLiteral("overlap"))) {
        input.overlapPolicy = overlapPolicyFromApi(context.value(QStringLiteral("overlap")));
        if (!input.overlapPolicy)
            return Error::invalid(QStringLiteral("overlap"), Tr::tr("--overlap: “%1” is not allow, skip, queue or stop.")
                                                                 .arg(context.value(QStringLiteral("overlap"))));
    }
    if (context.isSet(QStringLiteral("action-after-completion"))) {
        input.actionAfterCompletion =
            actionAfterCompletionFromApi(context.value(QStringLiteral("action-after-completion")).toUpper());
        if (!input.actionAfterCompletion)
            return Error::invalid(QStringLiteral("action-after-completion"),
                                  Tr::tr("--action-after-completion: “%1” is not NONE or DELETE.")
                                      .arg(context.value(QStringLiteral("action-after-completion"))));
    }
    return input;
}

int createOrUpdate(Context &context, bool create)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto input = readInput(context);
    if (!input)
        return context.fail(asOption(input.error(), scheduleOptions()));
    auto &service = w.workspace->schedules();
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    if (cloud.value()) {
        // The cloud first; what it made is read back into the mirror, and said in AWS's shape.
        auto *job = create ? cloud.value()->createSchedule(w.identity, input.value())
                           : cloud.value()->updateSchedule(w.identity, input.value());
        QString arn;
        if (Status s = context.await(job, &arn); !s)
            return context.fail(asOption(s.error(), scheduleOptions()));
        for (const QString &warning : ScheduleService::inputWarnings(input.value()))
            context.warn(warning);
        if (context.json())
            context.printJson({{QStringLiteral("ScheduleArn"), arn}});
        else
            context.out() << arn << '\n';
        return 0;
    }
    QStringList warnings;
    auto result = create ? service.create(w.identity, input.value(), &warnings)
                         : service.update(w.identity, input.value(), &warnings);
    if (!result)
        return context.fail(asOption(result.error(), scheduleOptions()));
    // Accepted, as AWS accepts it, but said: a schedule that never fires (again) is rarely meant.
    for (const Schedule::LintWarning &warning : ScheduleService::warnings(result.value(), w.workspace->clock().nowMs())) {
        if (warning.kind == Schedule::LintWarning::Kind::NeverFires || warning.kind == Schedule::LintWarning::Kind::FiresEnd
            || warning.kind == Schedule::LintWarning::Kind::EndBeforeStart)
            context.warn(warning.message);
    }
    for (const QString &warning : std::as_const(warnings))
        context.warn(warning);
    if (context.json())
        context.printJson({{QStringLiteral("ScheduleArn"), result->arn}});
    else
        context.out() << result->arn << '\n';
    return 0;
}

int listSchedules(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    ScheduleListFilter filter;
    filter.groupName = context.value(QStringLiteral("group"));
    filter.targetPipeline = context.value(QStringLiteral("target-pipeline"));
    if (context.isSet(QStringLiteral("state"))) {
        auto enabled = ScheduleService::parseState(context.value(QStringLiteral("state")));
        if (!enabled)
            return context.fail(enabled.error());
        filter.enabled = enabled.value();
    }
    auto rows = w.workspace->schedules().summaries(w.identity, filter);
    if (!rows)
        return context.fail(rows.error());
    const qint64 now = w.workspace->clock().nowMs();
    if (context.json()) {
        QJsonArray array;
        for (const ScheduleSummaryRow &row : rows.value())
            array.append(scheduleSummaryJson(row.schedule, row.lastFiring));
        context.printJson({{QStringLiteral("Schedules"), array}});
        return 0;
    }
    QList<QStringList> table;
    for (const ScheduleSummaryRow &row : rows.value()) {
        const PipelineSchedule &s = row.schedule;
        const QList<qint64> next = s.enabled ? ScheduleService::nextFires(s, now, 1) : QList<qint64>();
        table.append({s.name, s.groupName, s.stateString() + (s.orphaned ? Tr::tr(" (orphaned)") : QString()),
                      s.expression, next.isEmpty() ? QStringLiteral("-") : isoUtcMs(next.constFirst()),
                      row.lastFiring ? toApiString(row.lastFiring->outcome) : QStringLiteral("-")});
    }
    context.printTable({Tr::tr("NAME"), Tr::tr("GROUP"), Tr::tr("STATE"), Tr::tr("EXPRESSION"), Tr::tr("NEXT (UTC)"),
                        Tr::tr("LAST OUTCOME")},
                       table);
    return 0;
}

int describeSchedule(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto s = w.workspace->schedules().describe(w.identity, context.value(QStringLiteral("name")),
                                                     context.value(QStringLiteral("group")));
    if (!s)
        return context.fail(s.error());
    QJsonObject o = scheduleJson(s.value());
    QJsonArray next;
    if (s->enabled) {
        for (qint64 at : ScheduleService::nextFires(s.value(), w.workspace->clock().nowMs(), 5))
            next.append(isoUtcMs(at));
    }
    o.insert(QStringLiteral("NextFireTimes"), next);
    // The zone is kept as typed (as EventBridge Scheduler does); the tz database's name beside it.
    if (const auto zone = Schedule::resolveZoneName(s->timeZone.isEmpty() ? QStringLiteral("UTC") : s->timeZone))
        o.insert(QStringLiteral("CanonicalTimezone"), zone->canonical);
    context.printJson(o);
    return 0;
}

// enable, disable, delete, run-now
int changeSchedule(Context &context, const QString &verb)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto &service = w.workspace->schedules();
    const QString name = context.value(QStringLiteral("name"));
    const QString group = context.value(QStringLiteral("group"));
    if (verb == QLatin1String("run-now")) {
        auto firing = service.runNow(w.identity, name, group);
        if (!firing)
            return context.fail(firing.error());
        if (context.json())
            context.printJson({{QStringLiteral("PipelineExecutionArn"), firing->executionArn}});
        else
            context.out() << firing->executionArn << '\n';
        return 0;
    }
    if (verb != QLatin1String("run-now")) {
        auto cloud = context.cloudActionsFor(w.identity);
        if (!cloud)
            return context.fail(cloud.error());
        if (cloud.value()) {
            // In the cloud a schedule is deleted whatever its state: --disable-first changes nothing.
            if (verb == QLatin1String("delete")) {
                const Status removed = context.await(cloud.value()->deleteSchedule(w.identity, name, group));
                return removed ? 0 : context.fail(removed.error());
            }
            const bool enable = verb == QLatin1String("enable");
            if (Status s = context.await(cloud.value()->setScheduleEnabled(w.identity, name, group, enable)); !s)
                return context.fail(s.error());
            auto changed = service.describe(w.identity, name, group); // as read back from the cloud
            if (!changed)
                return context.fail(changed.error());
            if (context.json())
                context.printJson(
                    {{QStringLiteral("ScheduleArn"), changed->arn}, {QStringLiteral("State"), changed->stateString()}});
            return 0;
        }
    }
    if (verb == QLatin1String("delete")) {
        const Status removed = context.isSet(QStringLiteral("disable-first")) ? service.disableAndRemove(w.identity, name, group)
                                                                               : service.remove(w.identity, name, group);
        return removed ? 0 : context.fail(removed.error());
    }
    auto changed = service.setEnabled(w.identity, name, group, verb == QLatin1String("enable"));
    if (!changed)
        return context.fail(changed.error());
    if (context.json())
        context.printJson({{QStringLiteral("ScheduleArn"), changed->arn}, {QStringLiteral("State"), changed->stateString()}});
    return 0;
}

int scheduleHistory(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    int limit = 100;
    if (context.isSet(QStringLiteral("limit"))) {
        auto n = intOption(context, QStringLiteral("limit"));
        if (!n)
            return context.fail(n.error());
        limit = qBound(1, n.value(), 100000);
    }
    auto history = w.workspace->schedules().history(w.identity, context.value(QStringLiteral("name")),
                                                          context.value(QStringLiteral("group")), limit);
    if (!history)
        return context.fail(history.error());
    if (context.json()) {
        QJsonArray array;
        for (const Firing &f : history.value())
            array.append(firingJson(f));
        context.printJson({{QStringLiteral("Firings"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Firing &f : history.value()) {
        rows.append({isoUtcMs(f.scheduledTime), f.actualTime ? isoUtcMs(f.actualTime) : QStringLiteral("-"),
                     QString::number(f.latenessMs()), toApiString(f.outcome),
                     f.manual ? Tr::tr("run now") : (f.catchUp ? Tr::tr("catch-up") : QString()), f.executionArn});
    }
    context.printTable({Tr::tr("SCHEDULED"), Tr::tr("ACTUAL"), Tr::tr("LATENESS MS"), Tr::tr("OUTCOME"), Tr::tr("KIND"),
                        Tr::tr("EXECUTION")},
                       rows);
    return 0;
}

int deadLetters(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto &service = w.workspace->schedules();
    QList<qint64> ids;
    for (const QString &text : context.values(QStringLiteral("id"))) {
        bool ok = false;
        ids.append(text.toLongLong(&ok));
        if (!ok)
            return context.fail(Error::invalid(QStringLiteral("id"), Tr::tr("--id: “%1” is not a dead-letter id.").arg(text)));
    }
    if (context.isSet(QStringLiteral("retry"))) {
        if (ids.isEmpty())
            return context.fail(Error::invalid(QStringLiteral("id"), Tr::tr("--retry needs --id.")));
        for (qint64 id : ids) {
            auto firing = service.retryDeadLetter(w.identity, id);
            if (!firing)
                return context.fail(firing.error());
            context.out() << firing->executionArn << '\n';
        }
        return 0;
    }
    if (context.isSet(QStringLiteral("clear"))) {
        auto removed = service.clearDeadLetters(w.identity, ids);
        if (!removed)
            return context.fail(removed.error());
        context.out() << Tr::tr("%n dead letter(s) cleared.", nullptr, removed.value()) << '\n';
        return 0;
    }
    auto letters = service.deadLetters(w.identity, context.value(QStringLiteral("name")),
                                       context.value(QStringLiteral("group")));
    if (!letters)
        return context.fail(letters.error());
    if (context.json()) {
        QJsonArray array;
        for (const DeadLetter &d : letters.value())
            array.append(deadLetterJson(d));
        context.printJson({{QStringLiteral("DeadLetters"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const DeadLetter &d : letters.value())
        rows.append({QString::number(d.id), d.triggerArn, isoUtcMs(d.scheduledTime), d.reason});
    context.printTable({Tr::tr("ID"), Tr::tr("SCHEDULE"), Tr::tr("SCHEDULED"), Tr::tr("REASON")}, rows);
    return 0;
}

} // namespace

void registerSchedulesCommands(Registry &registry)
{
    const QString noun = QStringLiteral("schedules");
    registry.add({noun, QStringLiteral("create"), Tr::tr("Create a schedule that starts a pipeline; prints its ARN."),
                  scheduleOptions(), [](Context &c) { return createOrUpdate(c, true); }});
    registry.add({noun, QStringLiteral("update"), Tr::tr("Change a schedule; options not given keep their value."),
                  scheduleOptions(), [](Context &c) { return createOrUpdate(c, false); }});
    registry.add({noun, QStringLiteral("list"), Tr::tr("List the schedules of the identity's account."),
                  {groupOption(),
                   QCommandLineOption(QStringLiteral("state"), Tr::tr("Only ENABLED or DISABLED schedules."), Tr::tr("STATE")),
                   QCommandLineOption(QStringLiteral("target-pipeline"), Tr::tr("Only schedules of this pipeline."),
                                      Tr::tr("NAME_OR_ARN"))},
                  listSchedules}).reads = SyncScope::Schedules;
    registry.add({noun, QStringLiteral("describe"), Tr::tr("Describe one schedule with its next fire times."),
                  {nameOption(), groupOption()}, describeSchedule}).reads = SyncScope::Schedules;
    registry.add({noun, QStringLiteral("enable"), Tr::tr("Enable a schedule; slots count from now."), {nameOption(), groupOption()},
                  [](Context &c) { return changeSchedule(c, QStringLiteral("enable")); }});
    registry.add({noun, QStringLiteral("disable"), Tr::tr("Disable a schedule."), {nameOption(), groupOption()},
                  [](Context &c) { return changeSchedule(c, QStringLiteral("disable")); }});
    registry.add({noun, QStringLiteral("delete"),
                  Tr::tr("Delete a disabled schedule (the executions it started stay)."),
                  {nameOption(), groupOption(),
                   QCommandLineOption(QStringLiteral("disable-first"), Tr::tr("Disable an enabled schedule, then delete it."))},
                  [](Context &c) { return changeSchedule(c, QStringLiteral("delete")); }});
    registry.add({noun, QStringLiteral("run-now"),
                  Tr::tr("Start the schedule's target now; the cadence is unchanged. Prints the execution ARN."),
                  {nameOption(), groupOption()}, [](Context &c) { return changeSchedule(c, QStringLiteral("run-now")); }});
    registry.add({noun, QStringLiteral("history"), Tr::tr("The slots of a schedule, newest first."),
                  {nameOption(), groupOption(),
                   QCommandLineOption(QStringLiteral("limit"), Tr::tr("At most this many (default 100)."), Tr::tr("N"))},
                  scheduleHistory});
    registry.add({noun, QStringLiteral("dead-letters"),
                  Tr::tr("List the slots that could not start; --retry or --clear them by --id (--clear alone clears all)."),
                  {nameOption(), groupOption(),
                   QCommandLineOption(QStringLiteral("id"), Tr::tr("A dead letter's id. Repeatable."), Tr::tr("ID")),
                   QCommandLineOption(QStringLiteral("retry"), Tr::tr("Start the given dead letters again now.")),
                   QCommandLineOption(QStringLiteral("clear"), Tr::tr("Remove the given dead letters, or all of them."))},
                  deadLetters});
}

} // namespace Pd::Cli

// ScheduleService, first part: validation, queries and changes; the firing is in schedulefiring.cpp.

#include "schedules/scheduleservice.h"

#include "accounts/accountstore.h"
#include "accounts/connectedaccounts.h"
#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QRegularExpression>

#include <algorithm>

namespace Pd {

namespace {

const QString defaultGroup = QStringLiteral("default");

bool isArn(const QString &text)
{
    return text.startsWith(QLatin1String("arn:"));
}

QString groupOrDefault(const QString &group)
{
    return group.isEmpty() ? defaultGroup : group;
}

} // namespace

qint64 ScheduleService::retryDelayMs(int attempt)
{
    constexpr qint64 cap = 10 * 60 * 1000;
    if (attempt <= 1)
        return 1000;
    if (attempt >= 20)
        return cap;
    return qMin(cap, qint64(1000) << (attempt - 1));
}

Status ScheduleService::validateName(const QString &field, const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z._-]+$"));
    if (name.isEmpty())
        return Error::invalid(field, Tr::tr("%1: a name is required (1 to %2 characters).")
                                         .arg(field)
                                         .arg(ScheduleLimits::nameMaxLength));
    if (name.size() > ScheduleLimits::nameMaxLength)
        return Error::invalid(field, Tr::tr("%1: “%2” has %3 characters; at most %4 are allowed.")
                                         .arg(field, name)
                                         .arg(name.size())
                                         .arg(ScheduleLimits::nameMaxLength));
    if (!pattern.match(name).hasMatch())
        return Error::invalid(field, Tr::tr("%1: “%2” may only contain letters A–Z and a–z, digits, “-”, “_” and “.”.")
                                         .arg(field, name));
    return {};
}

Result<bool> ScheduleService::parseState(const QString &text)
{
    if (text == QLatin1String("ENABLED"))
        return true;
    if (text == QLatin1String("DISABLED"))
        return false;
    return Error::invalid(QStringLiteral("state"), Tr::tr("--state: “%1” is not ENABLED or DISABLED.").arg(text));
}

Status ScheduleService::validateRoleArn(const QString &arn)
{
    return checkIamRoleArn(QStringLiteral("role-arn"), arn);
}

Status ScheduleService::validate(const PipelineSchedule &s)
{
    if (Status st = validateName(QStringLiteral("name"), s.name); !st)
        return st;
    if (Status st = validateName(QStringLiteral("group"), s.groupName); !st)
        return st;
    if (s.description.size() > 512)
        return Error::invalid(QStringLiteral("description"),
                              Tr::tr("description: at most 512 characters are allowed (it has %1).").arg(s.description.size()));
    auto expression = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
    if (!expression) {
        // One field: the zone and the whole expression are the schedule's own fields; a part of the
        // expression ("day-of-week") stays in the reason, after the expression.
        const Error &e = expression.error();
        if (e.field == QLatin1String("timezone") || e.field == QLatin1String("expression"))
            return e;
        return e.about(QStringLiteral("expression"));
    }
    if (Status st = validateRoleArn(s.roleArn); !st)
        return st;
    if (s.startTime && s.endTime && s.endTime <= s.startTime)
        return Error::invalid(QStringLiteral("end"), Tr::tr("end: the end (%1) must be after the start (%2).")
                                                         .arg(isoUtcMs(s.endTime), isoUtcMs(s.startTime)));
    if (s.flexibleWindowMinutes != 0
        && (s.flexibleWindowMinutes < ScheduleLimits::flexibleWindowMinMinutes
            || s.flexibleWindowMinutes > ScheduleLimits::flexibleWindowMaxMinutes))
        return Error::invalid(QStringLiteral("flexible-window"),
                              Tr::tr("flexible-window: %1 minutes is out of range; use OFF (0) or %2 to %3 minutes.")
                                  .arg(s.flexibleWindowMinutes)
                                  .arg(ScheduleLimits::flexibleWindowMinMinutes)
                                  .arg(ScheduleLimits::flexibleWindowMaxMinutes));
    if (s.maxRetries < ScheduleLimits::maxRetriesMin || s.maxRetries > ScheduleLimits::maxRetriesMax)
        return Error::invalid(QStringLiteral("max-retries"), Tr::tr("max-retries: %1 is out of range; use %2 to %3.")
                                                                 .arg(s.maxRetries)
                                                                 .arg(ScheduleLimits::maxRetriesMin)
                                                                 .arg(ScheduleLimits::maxRetriesMax));
    if (s.maxEventAgeSeconds < ScheduleLimits::maxEventAgeMinSeconds
        || s.maxEventAgeSeconds > ScheduleLimits::maxEventAgeMaxSeconds)
        return Error::invalid(QStringLiteral("max-event-age"),
                              Tr::tr("max-event-age: %1 seconds is out of range; use %2 to %3 seconds.")
                                  .arg(s.maxEventAgeSeconds)
                                  .arg(ScheduleLimits::maxEventAgeMinSeconds)
                                  .arg(ScheduleLimits::maxEventAgeMaxSeconds));
    if (s.actionAfterCompletion == ActionAfterCompletion::Delete
        && expression->dialect() != Schedule::Dialect::At && s.endTime == 0 && !expression->end())
        return Error::invalid(QStringLiteral("action-after-completion"),
                              Tr::tr("action-after-completion: DELETE on a recurring schedule needs an end; set --end "
                                     "or use NONE."));
    return {};
}

Result<QString> ScheduleService::resolveTarget(const QString &identity, const QString &nameOrArn) const
{
    if (nameOrArn.isEmpty())
        return Error::invalid(QStringLiteral("target-pipeline"), Tr::tr("target-pipeline: a target pipeline is required."));
    auto pipeline = m_pipelines.resolve(identity, nameOrArn);
    if (!pipeline) {
        Error e = pipeline.error();
        if (e.field.isEmpty())
            e.field = QStringLiteral("target-pipeline");
        return e;
    }
    if (Status allowed = m_pipelines.canStart(identity, pipeline->arn); !allowed)
        return allowed.error();
    return pipeline->arn;
}

Status ScheduleService::checkParameters(const QString &identity, const PipelineSchedule &s) const
{
    auto pipeline = m_pipelines.resolve(identity, s.targetPipelineArn);
    if (!pipeline)
        return pipeline.error();
    // Validate as the first fire would see them, macros expanded.
    const qint64 sample = m_context.clock().nowMs();
    const auto expanded = expandParameterMacros(s.targetParameters, firingDisplayName(s.name, sample), sample);
    auto resolved =
        PipelineService::resolveParameters(PipelineDefinition::fromJson(pipeline->definition), expanded);
    if (!resolved) {
        Error e = resolved.error();
        e.field = QStringLiteral("parameter");
        return e;
    }
    return {};
}

Result<PipelineSchedule> ScheduleService::find(const QString &identity, const QString &nameOrArn, const QString &groupName) const
{
    const QString arn = isArn(nameOrArn)
                            ? nameOrArn
                            : scheduleArn(m_context.region(), identity, groupOrDefault(groupName), nameOrArn);
    if (nameOrArn.isEmpty())
        return Error::invalid(QStringLiteral("name"), Tr::tr("name: the schedule's name is required."));
    auto found = ScheduleStore(m_context.database()).schedule(arn);
    if (!found) {
        if (found.error().code == Error::Code::NotFound)
            return Error::notFound(Tr::tr("The schedule “%1” does not exist in group “%2” of account %3.")
                                       .arg(isArn(nameOrArn) ? nameOrArn : nameOrArn, groupOrDefault(groupName), identity));
        return found.error();
    }
    // Schedules are private to their account: another account's schedule looks absent.
    if (found->accountId != identity)
        return Error::notFound(Tr::tr("The schedule “%1” does not exist in account %2.").arg(nameOrArn, identity));
    return found;
}

Result<PipelineSchedule> ScheduleService::describe(const QString &identity, const QString &nameOrArn, const QString &groupName) const
{
    return find(identity, nameOrArn, groupName);
}

Result<QList<PipelineSchedule>> ScheduleService::list(const QString &identity, const ScheduleListFilter &filter) const
{
    auto rows = summaries(identity, filter);
    if (!rows)
        return rows.error();
    QList<PipelineSchedule> result;
    result.reserve(rows->size());
    for (const ScheduleSummaryRow &row : rows.value())
        result.append(row.schedule);
    return result;
}

Result<QList<ScheduleSummaryRow>> ScheduleService::summaries(const QString &identity, const ScheduleListFilter &filter) const
{
    ScheduleFilter f;
    f.accountId = identity;
    f.groupName = filter.groupName;
    f.enabled = filter.enabled;
    if (!filter.targetPipeline.isEmpty()) {
        // A deleted pipeline can still be named by ARN, to find its orphans.
        if (isArn(filter.targetPipeline)) {
            f.targetPipelineArn = filter.targetPipeline;
        } else {
            auto pipeline = m_pipelines.resolve(identity, filter.targetPipeline);
            if (!pipeline)
                return pipeline.error();
            f.targetPipelineArn = pipeline->arn;
        }
    }
    return ScheduleStore(m_context.database()).summaries(f);
}

void ScheduleService::bindExpression(Schedule::ScheduleExpression &expression, const PipelineSchedule &s)
{
    // rate() counts from the start; without one, from when the schedule was created.
    const qint64 anchor = s.startTime ? s.startTime : s.createdAt;
    if (s.startTime || expression.dialect() == Schedule::Dialect::Rate)
        expression.setStart((anchor + 999) / 1000);
    if (s.endTime)
        expression.setEnd(s.endTime / 1000);
}

namespace {

bool isOneTime(const QString &expression)
{
    return expression.trimmed().startsWith(QLatin1String("at("), Qt::CaseInsensitive);
}

// The sentence for a start or end given to a one-time schedule.
QString ignoredWindowWarning(qint64 start, qint64 end)
{
    if (start && end)
        return Tr::tr("start and end: a one-time at() schedule fires at its instant; the start (%1) and end (%2) are "
                      "ignored, as EventBridge Scheduler ignores them, and not kept.")
            .arg(isoUtcMs(start), isoUtcMs(end));
    if (start)
        return Tr::tr("start: a one-time at() schedule fires at its instant; the start (%1) is ignored, as "
                      "EventBridge Scheduler ignores it, and not kept.")
            .arg(isoUtcMs(start));
    return Tr::tr("end: a one-time at() schedule fires at its instant; the end (%1) is ignored, as EventBridge "
                  "Scheduler ignores it, and not kept.")
        .arg(isoUtcMs(end));
}

} // namespace

QList<Schedule::LintWarning> ScheduleService::warnings(const PipelineSchedule &schedule, qint64 nowMs)
{
    const PipelineSchedule s = withEffectiveWindow(schedule);
    auto expression = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
    if (!expression)
        return {};
    bindExpression(expression.value(), s);
    Schedule::LintOptions options;
    options.referenceUtc = nowMs / 1000;
    return Schedule::lint(expression.value(), options);
}

QList<Schedule::LintWarning> ScheduleService::warnings(const ScheduleInput &input, qint64 nowMs)
{
    PipelineSchedule s;
    s.expression = input.expression.value_or(QString()).trimmed();
    s.timeZone = input.timeZone.value_or(QString());
    s.startTime = input.startTime.value_or(0);
    s.endTime = input.endTime.value_or(0);
    s.createdAt = nowMs;
    return warnings(s, nowMs);
}

PipelineSchedule ScheduleService::withEffectiveWindow(const PipelineSchedule &schedule)
{
    if (!isOneTime(schedule.expression) || (!schedule.startTime && !schedule.endTime))
        return schedule;
    PipelineSchedule s = schedule;
    s.startTime = s.endTime = 0;
    return s;
}

QStringList ScheduleService::inputWarnings(const ScheduleInput &input)
{
    const qint64 start = input.startTime.value_or(0), end = input.endTime.value_or(0);
    if (!input.expression || !isOneTime(*input.expression) || (!start && !end))
        return {};
    return {ignoredWindowWarning(start, end)};
}

QList<qint64> ScheduleService::nextFires(const PipelineSchedule &schedule, qint64 afterMs, int count)
{
    const PipelineSchedule s = withEffectiveWindow(schedule);
    QList<qint64> result;
    auto expression = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
    if (!expression)
        return result;
    bindExpression(expression.value(), s);
    qint64 after = afterMs / 1000;
    while (result.size() < count) {
        const auto next = expression->next(after);
        if (!next || (s.endTime && *next * 1000 > s.endTime))
            break;
        result.append(*next * 1000);
        after = *next;
    }
    return result;
}

Result<QList<ScheduleService::UpcomingFire>> ScheduleService::upcoming(const QString &identity, qint64 fromMs,
                                                                        qint64 toMs, int limit) const
{
    ScheduleListFilter filter;
    filter.enabled = true;
    auto schedules = list(identity, filter);
    if (!schedules)
        return schedules.error();
    QList<UpcomingFire> result;
    for (const PipelineSchedule &listed : schedules.value()) {
        const PipelineSchedule s = withEffectiveWindow(listed);
        auto expression = Schedule::ScheduleExpression::parse(s.expression, s.timeZone);
        if (!expression)
            continue;
        bindExpression(expression.value(), s);
        qint64 after = fromMs / 1000 - 1;
        for (int n = 0; n < limit; ++n) {
            const auto next = expression->next(after);
            if (!next || *next * 1000 >= toMs || (s.endTime && *next * 1000 > s.endTime))
                break;
            result.append({s, *next * 1000});
            after = *next;
        }
    }
    std::sort(result.begin(), result.end(), [](const UpcomingFire &a, const UpcomingFire &b) {
        return a.at != b.at ? a.at < b.at : a.schedule.name < b.schedule.name;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

Result<QList<PipelineSchedule>> ScheduleService::orphaned(const QString &identity) const
{
    auto all = list(identity);
    if (!all)
        return all;
    QList<PipelineSchedule> result;
    for (const PipelineSchedule &s : all.value()) {
        if (s.orphaned)
            result.append(s);
    }
    return result;
}

Result<QList<PipelineSchedule>> ScheduleService::enabledSchedules() const
{
    ScheduleFilter f;
    f.enabled = true;
    f.ordered = false;
    return ScheduleStore(m_context.database()).schedules(f);
}

Result<PipelineSchedule> ScheduleService::create(const QString &identity, const ScheduleInput &input,
                                                 QStringList *warnings)
{
    return write(identity, input, true, warnings);
}

Result<PipelineSchedule> ScheduleService::update(const QString &identity, const ScheduleInput &input,
                                                 QStringList *warnings)
{
    return write(identity, input, false, warnings);
}

Result<PipelineSchedule> ScheduleService::createOrReplace(const QString &identity, const ScheduleInput &input,
                                                          QStringList *warnings)
{
    // A name that does not resolve (absent, or malformed) goes to create, whose validation names
    // the field that is wrong.
    const bool exists = find(identity, input.name, input.groupName).ok();
    return exists ? update(identity, input, warnings) : create(identity, input, warnings);
}

Result<QList<PipelineSchedule>> ScheduleService::putTriggers(const QString &identity, const TriggersInput &input,
                                                             QStringList *warnings)
{
    // Everything that needs no lookup is refused before anything is written.
    if (input.pipeline.isEmpty())
        return Error::invalid(QStringLiteral("pipeline-name"), Tr::tr("--pipeline-name is required."));
    if (input.names.isEmpty())
        return Error::invalid(QStringLiteral("trigger-name"), Tr::tr("--trigger-name is required."));
    std::optional<bool> enabled;
    if (input.state) {
        auto parsed = parseState(*input.state);
        if (!parsed)
            return parsed.error();
        enabled = parsed.value();
    }
    QList<PipelineSchedule> written;
    QStringList notes;
    QString refused;
    // One transaction: a trigger that cannot be written leaves none of the others behind.
    const Status status = m_context.database().transaction([&]() -> Status {
        for (const QString &name : input.names) {
            ScheduleInput one;
            one.name = name;
            one.expression = input.expression;
            one.timeZone = input.timeZone;
            one.targetPipeline = input.pipeline;
            one.roleArn = input.roleArn;
            one.enabled = enabled;
            one.startTime = input.startTime;
            auto result = createOrReplace(identity, one, &notes);
            if (!result) {
                refused = name;
                const Error &e = result.error();
                return Error{e.code, Tr::tr("trigger “%1”: %2").arg(name, e.message), e.field, e.position, e.reason, e.details};
            }
            written.append(result.value());
        }
        return {};
    });
    if (!status) {
        // The audit rows of the triggers written before the refusal rolled back with them: the
        // refusal itself is recorded here, and listeners that heard of a trigger read again.
        audit(identity, QStringLiteral("PutTriggers"),
              refused.isEmpty() ? input.pipeline
                                : scheduleArn(m_context.region(), identity, groupOrDefault({}), refused),
              status, input.names.join(QLatin1Char(' ')));
        if (!written.isEmpty())
            emit schedulesChanged(identity);
        return status.error();
    }
    if (warnings)
        *warnings += notes;
    return written;
}

Result<PipelineSchedule> ScheduleService::applyInput(PipelineSchedule s, const ScheduleInput &input, bool create,
                                                     QStringList *warnings)
{
    if (create) {
        if (Status st = validateName(QStringLiteral("name"), input.name); !st)
            return st.error();
        s.name = input.name;
        s.groupName = groupOrDefault(input.groupName);
        if (!input.expression)
            return Error::invalid(QStringLiteral("expression"),
                                  Tr::tr("expression: a schedule expression is required."));
        if (!input.targetPipeline)
            return Error::invalid(QStringLiteral("target-pipeline"),
                                  Tr::tr("target-pipeline: a target pipeline is required."));
    }
    if (input.description)
        s.description = *input.description;
    if (input.expression)
        s.expression = input.expression->trimmed();
    if (input.timeZone)
        s.timeZone = input.timeZone->isEmpty() ? QStringLiteral("UTC") : *input.timeZone;
    if (input.startTime)
        s.startTime = *input.startTime;
    if (input.endTime)
        s.endTime = *input.endTime;
    if (input.enabled)
        s.enabled = *input.enabled;
    if (input.parameters)
        s.targetParameters = *input.parameters;
    if (input.roleArn)
        s.roleArn = input.roleArn->trimmed();
    if (input.flexibleWindowMinutes)
        s.flexibleWindowMinutes = *input.flexibleWindowMinutes;
    if (input.maxRetries)
        s.maxRetries = *input.maxRetries;
    if (input.maxEventAgeSeconds)
        s.maxEventAgeSeconds = *input.maxEventAgeSeconds;
    if (input.missedPolicy)
        s.missedPolicy = *input.missedPolicy;
    if (input.overlapPolicy)
        s.overlapPolicy = *input.overlapPolicy;
    if (input.actionAfterCompletion)
        s.actionAfterCompletion = *input.actionAfterCompletion;
    // Dropped rather than kept unused: a kept end before the instant would show in describe
    // and the details, and travel in exports to tools that do apply it (Azure ML's end_time).
    QStringList notes;
    if (isOneTime(s.expression) && (s.startTime || s.endTime)) {
        notes.append(ignoredWindowWarning(s.startTime, s.endTime));
        s.startTime = s.endTime = 0;
    }
    if (Status st = validate(s); !st)
        return st.error();
    if (warnings)
        *warnings += notes;
    return s;
}

Result<PipelineSchedule> ScheduleService::write(const QString &identity, const ScheduleInput &input, bool create,
                                                QStringList *warnings)
{
    QStringList notes;
    const QString action = create ? QStringLiteral("CreateSchedule") : QStringLiteral("UpdateSchedule");
    PipelineSchedule s;
    const qint64 now = m_context.clock().nowMs();
    Status status = [&]() -> Status {
        if (Status st = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Schedule,
                                                            input.name);
            !st)
            return st;
        PipelineSchedule base;
        if (create) {
            base.accountId = identity;
            base.createdAt = now;
            // The audit names what a refused create was for, as soon as the name says it.
            if (validateName(QStringLiteral("name"), input.name))
                base.arn = scheduleArn(m_context.region(), identity, groupOrDefault(input.groupName), input.name);
        } else {
            auto found = find(identity, input.name, input.groupName);
            if (!found)
                return found.error();
            base = found.value();
        }
        const bool wasEnabled = base.enabled;
        const QString oldTiming = base.expression + base.timeZone + QString::number(base.startTime);
        s = base;
        auto applied = applyInput(base, input, create, &notes);
        if (!applied)
            return applied.error();
        s = applied.value();
        if (input.targetPipeline) {
            auto target = resolveTarget(identity, *input.targetPipeline);
            if (!target)
                return target.error();
            s.targetPipelineArn = target.value();
            s.orphaned = false;
        }
        if (!s.orphaned) {
            if (Status st = checkParameters(identity, s); !st)
                return st;
        }
        s.modifiedAt = qMax(now, s.modifiedAt + 1);
        // Slots before enabling or before a new timing are not "missed"; they never existed.
        if (!create && ((s.enabled && !wasEnabled)
                        || oldTiming != s.expression + s.timeZone + QString::number(s.startTime)))
            s.plannedThrough = qMax(s.plannedThrough, now);
        ScheduleStore store(m_context.database());
        return m_context.database().transaction([&]() -> Status {
            if (create) {
                auto existing = store.schedule(s.arn);
                if (existing)
                    return Error::conflict(Tr::tr("A schedule named “%1” already exists in group “%2”.")
                                               .arg(s.name, s.groupName));
                if (existing.error().code != Error::Code::NotFound)
                    return existing.error();
                return store.insert(s);
            }
            return store.update(s);
        });
    }();
    audit(identity, action, s.arn.isEmpty() ? input.name : s.arn, status);
    if (!status)
        return status.error();
    if (warnings)
        *warnings += notes;
    emit schedulesChanged(identity);
    return s;
}

Result<PipelineSchedule> ScheduleService::setEnabled(const QString &identity, const QString &nameOrArn,
                                             const QString &groupName, bool enabled)
{
    ScheduleInput input;
    input.name = nameOrArn;
    input.groupName = groupName;
    input.enabled = enabled;
    auto found = find(identity, nameOrArn, groupName);
    if (!found)
        return found.error();
    if (found->enabled == enabled)
        return found;
    return write(identity, input, false);
}

Status ScheduleService::remove(const QString &identity, const QString &nameOrArn, const QString &groupName)
{
    auto found = find(identity, nameOrArn, groupName);
    Status status = [&]() -> Status {
        if (!found)
            return found.error();
        if (Status st = ConnectedAccounts::checkLocalChange(m_context.database(), identity, CloudObjectKind::Schedule,
                                                            found->name);
            !st)
            return st;
        if (found->enabled)
            return Error::conflict(Tr::tr("The schedule “%1” is enabled; disable it before deleting it.")
                                       .arg(found->name));
        return m_context.database().transaction(
            [&] { return ScheduleStore(m_context.database()).remove(found->arn); });
    }();
    audit(identity, QStringLiteral("DeleteSchedule"), found ? found->arn : nameOrArn, status);
    if (status) {
        emit schedulesChanged(identity);
        emit deadLettersChanged();
    }
    return status;
}

Status ScheduleService::disableAndRemove(const QString &identity, const QString &nameOrArn, const QString &groupName)
{
    auto found = find(identity, nameOrArn, groupName);
    if (!found)
        return found.error();
    Status status = m_context.database().transaction([&]() -> Status {
        if (found->enabled) {
            auto disabled = setEnabled(identity, found->arn, {}, false);
            if (!disabled)
                return disabled.error();
        }
        return remove(identity, found->arn);
    });
    return status;
}

void ScheduleService::audit(const QString &identity, const QString &action, const QString &target,
                            const Status &outcome, const QString &detail)
{
    m_context.audit().record(identity, action, target, outcome, detail);
}

} // namespace Pd

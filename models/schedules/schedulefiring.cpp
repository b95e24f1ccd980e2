// ScheduleService, second part: firing (fire, run now), the firing history and the dead letters.

#include "schedules/scheduleservice.h"

#include "accounts/connectedaccounts.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Pd {

namespace {

QString payloadOf(const PipelineSchedule &s, qint64 scheduledMs, const QString &displayName,
                  const QList<ExecutionParameter> &parameters)
{
    QJsonArray array;
    for (const ExecutionParameter &p : parameters)
        array.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
    const QJsonObject o{{QStringLiteral("ScheduleArn"), s.arn},
                        {QStringLiteral("PipelineArn"), s.targetPipelineArn},
                        {QStringLiteral("ScheduledTime"), isoUtcMs(scheduledMs)},
                        {QStringLiteral("PipelineExecutionDisplayName"), displayName},
                        {QStringLiteral("PipelineParameters"), array}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<std::optional<Firing>> ScheduleService::fireInTransaction(const PipelineSchedule &s, qint64 scheduledMs,
                                                                 bool catchUp, const std::optional<Firing> &existing,
                                                                 qint64 now)
{
    Database &database = m_context.database();
    if (!database.inTransaction())
        return Error::internal(QStringLiteral("ScheduleService::fireInTransaction called outside a transaction"));
    ScheduleStore store(database);
    Firing firing;
    if (existing) {
        firing = *existing;
    } else {
        firing.triggerArn = s.arn;
        firing.scheduledTime = scheduledMs;
        firing.catchUp = catchUp;
        firing.actualTime = now;
        // A slot that already has its row was handled before (perhaps by an engine that crashed
        // after committing) and nothing else happens. The row itself is written once, at the end,
        // in this same transaction.
        auto stored = store.firing(s.arn, scheduledMs);
        if (!stored)
            return stored.error();
        if (stored.value())
            return std::optional<Firing>();
        if (Status st = store.setPlannedThrough(s.arn, scheduledMs); !st)
            return st.error();
    }
    firing.actualTime = now;
    const bool isNew = !existing;
    auto save = [&]() -> Status {
        if (!isNew)
            return store.updateFiring(firing);
        auto inserted = store.insertFiring(firing);
        if (!inserted)
            return inserted.error();
        if (!inserted.value())
            return Error::internal(QStringLiteral("firing row appeared inside its own transaction"));
        return {};
    };

    if (s.overlapPolicy != OverlapPolicy::Allow) {
        auto last = store.lastExecution(s.arn);
        if (!last)
            return last.error();
        const bool running = last.value() && !isTerminal(last.value()->status);
        if (running) {
            switch (s.overlapPolicy) {
            case OverlapPolicy::Allow: break;
            case OverlapPolicy::Skip:
                firing.outcome = FiringOutcome::Skipped;
                firing.message = Tr::tr("Skipped: the previous execution %1 was still running.").arg(last.value()->arn);
                if (Status st = save(); !st)
                    return st.error();
                return std::optional<Firing>(firing);
            case OverlapPolicy::Queue:
                firing.outcome = FiringOutcome::Queued;
                firing.message = Tr::tr("Queued until the previous execution %1 ends.").arg(last.value()->arn);
                if (Status st = save(); !st)
                    return st.error();
                return std::optional<Firing>(firing);
            case OverlapPolicy::Stop:
                if (last.value()->status == ExecutionStatus::Executing) {
                    auto stopped = m_pipelines.stop(s.accountId, last.value()->arn);
                    if (!stopped && stopped.error().code == Error::Code::Storage)
                        return stopped.error();
                }
                break;
            }
        }
    }

    const QString displayName = firingDisplayName(s.name, scheduledMs);
    StartRequest request;
    request.pipeline = s.targetPipelineArn;
    request.parameters = expandParameterMacros(s.targetParameters, displayName, scheduledMs);
    request.displayName = displayName;
    request.startedByKind = StartedByKind::Schedule;
    request.startedBy = s.arn;
    const bool tooOld = now - scheduledMs >= qint64(s.maxEventAgeSeconds) * 1000;
    // A retry that came due after the event's maximum age is not tried again (EventBridge drops it).
    Result<Execution> started = Error::internal(QString());
    if (existing && existing->outcome == FiringOutcome::Retrying && tooOld) {
        started = Error::conflict(existing->message);
    } else {
        ++firing.attempts;
        started = m_pipelines.startInTransaction(s.accountId, request);
    }
    if (started) {
        firing.outcome = FiringOutcome::Started;
        firing.executionArn = started->arn;
        firing.message.clear();
        firing.nextAttempt = 0;
    } else {
        if (started.error().code == Error::Code::Storage || started.error().code == Error::Code::Internal)
            return started.error();
        firing.message = started.error().message;
        // attempts counts the first try too: maxRetries retries make maxRetries + 1 attempts.
        if (!tooOld && firing.attempts <= s.maxRetries) {
            firing.outcome = FiringOutcome::Retrying;
            firing.nextAttempt = now + retryDelayMs(firing.attempts);
        } else {
            firing.outcome = FiringOutcome::DeadLettered;
            firing.nextAttempt = 0;
            DeadLetter letter;
            letter.triggerArn = s.arn;
            letter.scheduledTime = scheduledMs;
            letter.createdAt = now;
            letter.reason = tooOld
                                ? Tr::tr("The event is older than the maximum event age (%1 s) after %2 attempts: %3")
                                      .arg(s.maxEventAgeSeconds)
                                      .arg(firing.attempts)
                                      .arg(started.error().message)
                                : Tr::tr("Starting the pipeline failed %1 times: %2")
                                      .arg(firing.attempts)
                                      .arg(started.error().message);
            letter.payload = payloadOf(s, scheduledMs, displayName, request.parameters);
            auto id = store.insertDeadLetter(letter);
            if (!id)
                return id.error();
        }
    }
    if (Status st = save(); !st)
        return st.error();
    // Every slot is in the audit log, committed with the slot itself.
    AuditEntry entry;
    entry.at = now;
    entry.actor = QStringLiteral("engine");
    entry.identity = s.accountId;
    entry.action = QStringLiteral("FireSchedule");
    entry.target = s.arn;
    entry.outcome = firing.outcome == FiringOutcome::Started ? QStringLiteral("ok") : firing.message;
    entry.detail = QStringLiteral("%1 %2%3 %4")
                       .arg(isoUtcMs(scheduledMs), toApiString(firing.outcome),
                            firing.catchUp ? QStringLiteral(" catch-up") : QString(), firing.executionArn);
    if (Status st = AuditStore(database).append(entry); !st)
        return st.error();
    return std::optional<Firing>(firing);
}

void ScheduleService::notifyFired(const QString &scheduleArn, const QString &pipelineArn)
{
    if (!pipelineArn.isEmpty())
        m_pipelines.notifyExecutionsChanged(pipelineArn);
    emit firingsChanged(scheduleArn);
}

Result<Firing> ScheduleService::runNow(const QString &identity, const QString &nameOrArn, const QString &groupName)
{
    auto found = find(identity, nameOrArn, groupName);
    if (!found)
        return found.error();
    const PipelineSchedule &s = found.value();
    if (Status st = ConnectedAccounts::checkLocalChange(m_context.database(), s.accountId, CloudObjectKind::Schedule,
                                                        s.name);
        !st) {
        audit(identity, QStringLiteral("RunScheduleNow"), s.arn, st);
        return st.error();
    }
    Firing firing;
    Status status = m_context.database().transaction([&]() -> Status {
        ScheduleStore store(m_context.database());
        const qint64 now = m_context.clock().nowMs();
        firing.triggerArn = s.arn;
        firing.scheduledTime = now;
        firing.manual = true;
        firing.actualTime = now;
        // A manual run is keyed apart from the slots (manual is part of the key), so a run at the
        // exact instant of a slot leaves the slot to the engine. Two manual runs within one
        // millisecond get neighbouring instants, so each keeps its row.
        for (;;) {
            auto inserted = store.insertFiring(firing);
            if (!inserted)
                return inserted.error();
            if (inserted.value())
                break;
            ++firing.scheduledTime;
        }
        const QString displayName = manualRunDisplayName(s.name, firing.scheduledTime);
        StartRequest request;
        request.pipeline = s.targetPipelineArn;
        request.parameters = expandParameterMacros(s.targetParameters, displayName, firing.scheduledTime);
        request.displayName = displayName;
        request.startedByKind = StartedByKind::Schedule;
        request.startedBy = s.arn;
        auto started = m_pipelines.startInTransaction(s.accountId, request);
        if (!started)
            return started.error();
        firing.attempts = 1;
        firing.executionArn = started->arn;
        return store.updateFiring(firing);
    });
    audit(identity, QStringLiteral("RunScheduleNow"), s.arn, status, firing.executionArn);
    if (!status)
        return status.error();
    notifyFired(s.arn, s.targetPipelineArn);
    return firing;
}

Result<QList<Firing>> ScheduleService::history(const QString &identity, const QString &nameOrArn,
                                               const QString &groupName, int limit) const
{
    auto found = find(identity, nameOrArn, groupName);
    if (!found)
        return found.error();
    return ScheduleStore(m_context.database()).history(found->arn, limit);
}

Result<QList<DeadLetter>> ScheduleService::deadLetters(const QString &identity, const QString &nameOrArn,
                                                       const QString &groupName) const
{
    QStringList arns;
    if (!nameOrArn.isEmpty()) {
        auto found = find(identity, nameOrArn, groupName);
        if (!found)
            return found.error();
        arns << found->arn;
    } else {
        ScheduleFilter f;
        f.accountId = identity;
        auto all = ScheduleStore(m_context.database()).schedules(f);
        if (!all)
            return all.error();
        for (const PipelineSchedule &s : all.value())
            arns << s.arn;
    }
    if (arns.isEmpty())
        return QList<DeadLetter>();
    return ScheduleStore(m_context.database()).deadLetters(arns);
}

Result<Firing> ScheduleService::retryDeadLetter(const QString &identity, qint64 id)
{
    ScheduleStore store(m_context.database());
    auto letter = store.deadLetter(id);
    if (!letter)
        return letter.error();
    auto found = find(identity, letter->triggerArn, {});
    if (!found)
        return found.error();
    Firing firing;
    Status status = m_context.database().transaction([&]() -> Status {
        auto row = store.firing(letter->triggerArn, letter->scheduledTime);
        if (!row)
            return row.error();
        const qint64 now = m_context.clock().nowMs();
        firing = row.value().value_or(Firing{});
        firing.triggerArn = letter->triggerArn;
        firing.scheduledTime = letter->scheduledTime;
        firing.actualTime = now;
        const QString displayName = firingDisplayName(found->name, letter->scheduledTime);
        StartRequest request;
        request.pipeline = found->targetPipelineArn;
        request.parameters = expandParameterMacros(found->targetParameters, displayName, letter->scheduledTime);
        request.displayName = displayName;
        request.startedByKind = StartedByKind::Schedule;
        request.startedBy = found->arn;
        auto started = m_pipelines.startInTransaction(found->accountId, request);
        if (!started)
            return started.error();
        ++firing.attempts;
        firing.outcome = FiringOutcome::Started;
        firing.executionArn = started->arn;
        firing.message.clear();
        if (Status st = row.value() ? store.updateFiring(firing) : Status(); !st)
            return st;
        if (!row.value()) {
            auto inserted = store.insertFiring(firing);
            if (!inserted)
                return inserted.error();
        }
        return store.removeDeadLetter(id);
    });
    audit(identity, QStringLiteral("RetryDeadLetter"), letter->triggerArn, status, firing.executionArn);
    if (!status)
        return status.error();
    notifyFired(found->arn, found->targetPipelineArn);
    emit deadLettersChanged();
    return firing;
}

Result<int> ScheduleService::clearDeadLetters(const QString &identity, const QList<qint64> &ids)
{
    auto mine = deadLetters(identity);
    if (!mine)
        return mine.error();
    QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QSet<qint64> known;
    for (const DeadLetter &d : mine.value())
        known.insert(d.id);
    for (qint64 id : ids) {
        if (!known.contains(id))
            return Error::notFound(Tr::tr("There is no dead letter with id %1.").arg(id));
    }
    int removed = 0;
    Status status = m_context.database().transaction([&]() -> Status {
        ScheduleStore store(m_context.database());
        for (const DeadLetter &d : mine.value()) {
            if (!ids.isEmpty() && !wanted.contains(d.id))
                continue;
            if (Status st = store.removeDeadLetter(d.id); !st)
                return st;
            ++removed;
        }
        return {};
    });
    audit(identity, QStringLiteral("ClearDeadLetters"), QString::number(removed), status);
    if (!status)
        return status.error();
    emit deadLettersChanged();
    return removed;
}

} // namespace Pd

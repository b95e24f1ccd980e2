#include "schedules/schedulestore.h"

#include "accounts/connectedaccounts.h"
#include "core/tr.h"
#include "pipelines/parametersjson.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const char scheduleColumns[] =
    "s.arn, s.account_id, s.group_name, s.name, s.description, s.expression, s.timezone, s.start_time, s.end_time, "
    "s.state, s.target_pipeline_arn, s.target_parameters, s.flexible_window_minutes, s.max_retries, "
    "s.max_event_age_seconds, s.missed_policy, s.overlap_policy, s.action_after_completion, s.created_at, "
    "s.modified_at, s.planned_through, (p.arn IS NULL), s.role_arn";
constexpr int scheduleColumnCount = 23;
const char firingColumns[] = "trigger_arn, scheduled_time, actual_time, outcome, catch_up, attempts, execution_arn, "
                             "message, manual, next_attempt";
constexpr int firingColumnCount = 10;

PipelineSchedule scheduleFrom(const QSqlQuery &q, int c = 0)
{
    PipelineSchedule s;
    s.arn = q.value(c + 0).toString();
    s.accountId = q.value(c + 1).toString();
    s.groupName = q.value(c + 2).toString();
    s.name = q.value(c + 3).toString();
    s.description = q.value(c + 4).toString();
    s.expression = q.value(c + 5).toString();
    s.timeZone = q.value(c + 6).toString();
    s.startTime = q.value(c + 7).toLongLong();
    s.endTime = q.value(c + 8).toLongLong();
    s.enabled = q.value(c + 9).toString() == QLatin1String("ENABLED");
    s.targetPipelineArn = q.value(c + 10).toString();
    s.targetParameters = parametersFromJson(q.value(c + 11).toString());
    s.flexibleWindowMinutes = q.value(c + 12).toInt();
    s.maxRetries = q.value(c + 13).toInt();
    s.maxEventAgeSeconds = q.value(c + 14).toInt();
    s.missedPolicy = missedPolicyFromApi(q.value(c + 15).toString()).value_or(MissedPolicy::Once);
    s.overlapPolicy = overlapPolicyFromApi(q.value(c + 16).toString()).value_or(OverlapPolicy::Allow);
    s.actionAfterCompletion =
        actionAfterCompletionFromApi(q.value(c + 17).toString()).value_or(ActionAfterCompletion::None);
    s.createdAt = q.value(c + 18).toLongLong();
    s.modifiedAt = q.value(c + 19).toLongLong();
    s.plannedThrough = q.value(c + 20).toLongLong();
    s.orphaned = q.value(c + 21).toBool();
    s.roleArn = q.value(c + 22).toString();
    return s;
}

Firing firingFrom(const QSqlQuery &q, int c = 0)
{
    Firing f;
    f.triggerArn = q.value(c + 0).toString();
    f.scheduledTime = q.value(c + 1).toLongLong();
    f.actualTime = q.value(c + 2).toLongLong();
    f.outcome = firingOutcomeFromApi(q.value(c + 3).toString());
    f.catchUp = q.value(c + 4).toBool();
    f.attempts = q.value(c + 5).toInt();
    f.executionArn = q.value(c + 6).toString();
    f.message = q.value(c + 7).toString();
    f.manual = q.value(c + 8).toBool();
    f.nextAttempt = q.value(c + 9).toLongLong();
    return f;
}

void bindSchedule(QSqlQuery &q, const PipelineSchedule &s)
{
    q.addBindValue(s.accountId);
    q.addBindValue(s.groupName);
    q.addBindValue(s.name);
    q.addBindValue(nullableText(s.description));
    q.addBindValue(s.expression);
    q.addBindValue(s.timeZone);
    q.addBindValue(nullableTime(s.startTime));
    q.addBindValue(nullableTime(s.endTime));
    q.addBindValue(s.stateString());
    q.addBindValue(s.targetPipelineArn);
    q.addBindValue(parametersToJson(s.targetParameters));
    q.addBindValue(s.flexibleWindowMinutes > 0 ? QVariant(s.flexibleWindowMinutes)
                                               : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(s.maxRetries);
    q.addBindValue(s.maxEventAgeSeconds);
    q.addBindValue(toApiString(s.missedPolicy));
    q.addBindValue(toApiString(s.overlapPolicy));
    q.addBindValue(toApiString(s.actionAfterCompletion));
    q.addBindValue(s.createdAt);
    q.addBindValue(s.modifiedAt);
    q.addBindValue(nullableTime(s.plannedThrough));
    q.addBindValue(nullableText(s.roleArn));
    q.addBindValue(s.arn);
}

// WHERE clause and its values for a filter on the schedules table aliased "s".
QString whereOf(const ScheduleFilter &filter, QVariantList *values)
{
    QStringList terms;
    if (!filter.accountId.isEmpty()) {
        terms << QStringLiteral("s.account_id = ?");
        *values << filter.accountId;
    }
    if (!filter.groupName.isEmpty()) {
        terms << QStringLiteral("s.group_name = ?");
        *values << filter.groupName;
    }
    if (filter.enabled) {
        terms << QStringLiteral("s.state = ?");
        *values << (*filter.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
    }
    if (!filter.targetPipelineArn.isEmpty()) {
        terms << QStringLiteral("s.target_pipeline_arn = ?");
        *values << filter.targetPipelineArn;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Status execOrError(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

Status ScheduleStore::insert(const PipelineSchedule &schedule)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "INSERT INTO schedules (account_id, group_name, name, description, expression, timezone, start_time, "
        "end_time, state, target_pipeline_arn, target_parameters, flexible_window_minutes, max_retries, "
        "max_event_age_seconds, missed_policy, overlap_policy, action_after_completion, created_at, modified_at, "
        "planned_through, role_arn, arn) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindSchedule(q, schedule);
    return execOrError(q);
}

Status ScheduleStore::update(const PipelineSchedule &schedule)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "UPDATE schedules SET account_id = ?, group_name = ?, name = ?, description = ?, expression = ?, "
        "timezone = ?, start_time = ?, end_time = ?, state = ?, target_pipeline_arn = ?, target_parameters = ?, "
        "flexible_window_minutes = ?, max_retries = ?, max_event_age_seconds = ?, missed_policy = ?, "
        "overlap_policy = ?, action_after_completion = ?, created_at = ?, modified_at = ?, planned_through = ?, "
        "role_arn = ? WHERE arn = ?"));
    bindSchedule(q, schedule);
    return execOrError(q);
}

Status ScheduleStore::remove(const QString &arn)
{
    for (const char *sql : {"DELETE FROM dead_letters WHERE trigger_arn = ?",
                            "DELETE FROM firings WHERE trigger_arn = ?", "DELETE FROM schedules WHERE arn = ?"}) {
        QSqlQuery q(m_database.db());
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(arn);
        if (Status s = execOrError(q); !s)
            return s;
    }
    return {};
}

Result<PipelineSchedule> ScheduleStore::schedule(const QString &arn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM schedules s LEFT JOIN pipelines p ON p.arn = s.target_pipeline_arn "
                             "WHERE s.arn = ?")
                  .arg(QLatin1String(scheduleColumns)));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("The schedule “%1” does not exist.").arg(arn));
    return scheduleFrom(q);
}

Result<QList<PipelineSchedule>> ScheduleStore::schedules(const ScheduleFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM schedules s LEFT JOIN pipelines p ON p.arn = s.target_pipeline_arn%2%3")
                  .arg(QLatin1String(scheduleColumns), whereOf(filter, &values),
                       filter.ordered ? QStringLiteral(" ORDER BY s.group_name, s.name") : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<PipelineSchedule> result;
    while (q.next())
        result.append(scheduleFrom(q));
    return result;
}

Result<QList<ScheduleSummaryRow>> ScheduleStore::summaries(const ScheduleFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    // The latest slot of each schedule by scheduled instant (the primary key makes this a seek). A
    // manual run and a slot may share an instant: one row is taken, the manual run, as history
    // lists it first.
    q.prepare(QStringLiteral("SELECT %1, f.%2, e.status, e.failure_reason FROM schedules s "
                             "LEFT JOIN pipelines p ON p.arn = s.target_pipeline_arn "
                             "LEFT JOIN firings f ON f.rowid = (SELECT rowid FROM firings WHERE trigger_arn = s.arn "
                             "ORDER BY scheduled_time DESC, manual DESC LIMIT 1) "
                             "LEFT JOIN executions e ON e.arn = f.execution_arn%3 "
                             "ORDER BY s.group_name, s.name")
                  .arg(QLatin1String(scheduleColumns),
                       QString::fromLatin1(firingColumns).replace(QLatin1String(", "), QLatin1String(", f.")),
                       whereOf(filter, &values)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<ScheduleSummaryRow> result;
    while (q.next()) {
        ScheduleSummaryRow row;
        row.schedule = scheduleFrom(q);
        if (!q.value(scheduleColumnCount).isNull())
            row.lastFiring = firingFrom(q, scheduleColumnCount);
        row.lastExecutionStatus = q.value(scheduleColumnCount + firingColumnCount).toString();
        row.lastExecutionFailure = q.value(scheduleColumnCount + firingColumnCount + 1).toString();
        result.append(row);
    }
    return result;
}

Result<QList<PipelineSchedule>> ScheduleStore::planningRows() const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    // A connected account's schedules are fired by EventBridge Scheduler, never by this engine.
    if (!q.exec(
            QStringLiteral("SELECT arn, account_id, expression, timezone, start_time, end_time, "
                           "flexible_window_minutes, max_event_age_seconds, missed_policy, action_after_completion, "
                           "created_at, planned_through FROM schedules WHERE state = 'ENABLED' AND ") +
            ConnectedAccounts::localAccountSql(QStringLiteral("account_id"))))
        return sqlError(q);
    QList<PipelineSchedule> result;
    while (q.next()) {
        PipelineSchedule s;
        s.arn = q.value(0).toString();
        s.accountId = q.value(1).toString();
        s.expression = q.value(2).toString();
        s.timeZone = q.value(3).toString();
        s.startTime = q.value(4).toLongLong();
        s.endTime = q.value(5).toLongLong();
        s.flexibleWindowMinutes = q.value(6).toInt();
        s.maxEventAgeSeconds = q.value(7).toInt();
        s.missedPolicy = missedPolicyFromApi(q.value(8).toString()).value_or(MissedPolicy::Once);
        s.actionAfterCompletion =
            actionAfterCompletionFromApi(q.value(9).toString()).value_or(ActionAfterCompletion::None);
        s.createdAt = q.value(10).toLongLong();
        s.plannedThrough = q.value(11).toLongLong();
        result.append(std::move(s));
    }
    return result;
}

Status ScheduleStore::setPlannedThrough(const QString &arn, qint64 scheduledMs)
{
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("UPDATE schedules SET planned_through = max(coalesce(planned_through, 0), ?) WHERE arn = ?"));
    q.addBindValue(scheduledMs);
    q.addBindValue(arn);
    return execOrError(q);
}

Result<QString> ScheduleStore::changeStamp() const
{
    QSqlQuery q(m_database.db());
    // Connecting or disconnecting an account changes which schedules the engine fires: it is
    // part of the stamp, so the engine plans again.
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(modified_at), 0), "
                               "coalesce(sum(CASE state WHEN 'ENABLED' THEN 1 ELSE 0 END), 0), "
                               "(SELECT coalesce(group_concat(id), '') FROM (%1)) FROM schedules")
                    .arg(ConnectedAccounts::connectedAccountIdsSql())) ||
        !q.next())
        return sqlError(q);
    return QStringLiteral("%1/%2/%3/%4")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toLongLong())
        .arg(q.value(3).toString());
}

Result<qint64> ScheduleStore::dataVersion() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<bool> ScheduleStore::insertFiring(const Firing &f)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO firings (%1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(firingColumns)));
    q.addBindValue(f.triggerArn);
    q.addBindValue(f.scheduledTime);
    q.addBindValue(nullableTime(f.actualTime));
    q.addBindValue(toApiString(f.outcome));
    q.addBindValue(f.catchUp ? 1 : 0);
    q.addBindValue(f.attempts);
    q.addBindValue(nullableText(f.executionArn));
    q.addBindValue(nullableText(f.message));
    q.addBindValue(f.manual ? 1 : 0);
    q.addBindValue(nullableTime(f.nextAttempt));
    if (!q.exec())
        return sqlError(q);
    return q.numRowsAffected() == 1;
}

Status ScheduleStore::updateFiring(const Firing &f)
{
    QSqlQuery q(m_database.db());
    // manual is part of the key: a manual run and the slot at its instant are separate rows.
    q.prepare(QStringLiteral("UPDATE firings SET actual_time = ?, outcome = ?, catch_up = ?, attempts = ?, "
                             "execution_arn = ?, message = ?, next_attempt = ? "
                             "WHERE trigger_arn = ? AND scheduled_time = ? AND manual = ?"));
    q.addBindValue(nullableTime(f.actualTime));
    q.addBindValue(toApiString(f.outcome));
    q.addBindValue(f.catchUp ? 1 : 0);
    q.addBindValue(f.attempts);
    q.addBindValue(nullableText(f.executionArn));
    q.addBindValue(nullableText(f.message));
    q.addBindValue(nullableTime(f.nextAttempt));
    q.addBindValue(f.triggerArn);
    q.addBindValue(f.scheduledTime);
    q.addBindValue(f.manual ? 1 : 0);
    return execOrError(q);
}

Result<std::optional<Firing>> ScheduleStore::firing(const QString &triggerArn, qint64 scheduledMs) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM firings WHERE trigger_arn = ? AND scheduled_time = ? AND manual = 0")
                  .arg(QLatin1String(firingColumns)));
    q.addBindValue(triggerArn);
    q.addBindValue(scheduledMs);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<Firing>();
    return std::optional<Firing>(firingFrom(q));
}

Result<QList<Firing>> ScheduleStore::history(const QString &triggerArn, int limit) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM firings WHERE trigger_arn = ? ORDER BY scheduled_time DESC, manual DESC "
                             "LIMIT ?")
                  .arg(QLatin1String(firingColumns)));
    q.addBindValue(triggerArn);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<Firing> result;
    while (q.next())
        result.append(firingFrom(q));
    return result;
}

Result<QList<Firing>> ScheduleStore::pendingFirings() const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM firings WHERE outcome IN ('RETRYING', 'QUEUED') "
                               "ORDER BY scheduled_time")
                    .arg(QLatin1String(firingColumns))))
        return sqlError(q);
    QList<Firing> result;
    while (q.next())
        result.append(firingFrom(q));
    return result;
}

Result<std::optional<ScheduleStore::LastExecution>> ScheduleStore::lastExecution(const QString &triggerArn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT e.arn, e.status FROM firings f JOIN executions e ON e.arn = f.execution_arn "
                             "WHERE f.trigger_arn = ? ORDER BY e.start_time DESC, f.scheduled_time DESC LIMIT 1"));
    q.addBindValue(triggerArn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<LastExecution>();
    LastExecution last;
    last.arn = q.value(0).toString();
    executionStatusFromApi(q.value(1).toString(), &last.status);
    return std::optional<LastExecution>(last);
}

Result<qint64> ScheduleStore::insertDeadLetter(const DeadLetter &letter)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO dead_letters (trigger_arn, scheduled_time, created_at, reason, payload) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(letter.triggerArn);
    q.addBindValue(letter.scheduledTime);
    q.addBindValue(letter.createdAt);
    q.addBindValue(letter.reason);
    q.addBindValue(letter.payload.isEmpty() ? QStringLiteral("{}") : letter.payload);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Result<QList<DeadLetter>> ScheduleStore::deadLetters(const QStringList &triggerArns) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT id, trigger_arn, scheduled_time, created_at, reason, payload FROM dead_letters");
    if (!triggerArns.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < triggerArns.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" WHERE trigger_arn IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    for (const QString &arn : triggerArns)
        q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    QList<DeadLetter> result;
    while (q.next()) {
        DeadLetter d;
        d.id = q.value(0).toLongLong();
        d.triggerArn = q.value(1).toString();
        d.scheduledTime = q.value(2).toLongLong();
        d.createdAt = q.value(3).toLongLong();
        d.reason = q.value(4).toString();
        d.payload = q.value(5).toString();
        result.append(d);
    }
    return result;
}

Result<DeadLetter> ScheduleStore::deadLetter(qint64 id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id, trigger_arn, scheduled_time, created_at, reason, payload FROM dead_letters "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("There is no dead letter with id %1.").arg(id));
    DeadLetter d;
    d.id = q.value(0).toLongLong();
    d.triggerArn = q.value(1).toString();
    d.scheduledTime = q.value(2).toLongLong();
    d.createdAt = q.value(3).toLongLong();
    d.reason = q.value(4).toString();
    d.payload = q.value(5).toString();
    return d;
}

Status ScheduleStore::removeDeadLetter(qint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM dead_letters WHERE id = ?"));
    q.addBindValue(id);
    return execOrError(q);
}

} // namespace Pd

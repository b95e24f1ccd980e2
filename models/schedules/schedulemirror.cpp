#include "schedules/schedulemirror.h"

#include "accounts/mirrorsession.h"
#include "core/clock.h"
#include "core/tr.h"
#include "pipelines/parametersjson.h"
#include "pipelines/pipelinemirror.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const QLatin1String scheduleKind("schedule");
const QLatin1String universalTarget("arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution");

Error badMember(const QString &member, const QString &reason)
{
    return Error::invalid(member, QStringLiteral("%1: %2").arg(member, reason));
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

// arn:PARTITION:scheduler:REGION:ACCOUNT:schedule/GROUP/NAME → account, group and name.
bool parseScheduleArn(const QString &arn, QString *region, QString *account)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    if (p.size() != 6 || p.at(0) != QLatin1String("arn") || p.at(2) != QLatin1String("scheduler")
        || !p.at(5).startsWith(QLatin1String("schedule/")) || p.at(5).count(QLatin1Char('/')) != 2)
        return false;
    *region = p.at(3);
    *account = p.at(4);
    return true;
}

bool isPipelineArn(const QString &arn)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    return p.size() == 6 && p.at(0) == QLatin1String("arn") && p.at(2) == QLatin1String("sagemaker")
           && p.at(5).startsWith(QLatin1String("pipeline/")) && p.at(5).count(QLatin1Char('/')) == 1;
}

QList<ExecutionParameter> parameterList(const QJsonArray &list)
{
    QList<ExecutionParameter> parameters;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        parameters.append({text(o, "Name"), text(o, "Value")});
    }
    return parameters;
}

} // namespace

ScheduleMirror::ScheduleMirror(ServiceContext &context, ScheduleService &schedules,
                               std::unique_ptr<MirrorSession> session)
    : m_context(context), m_schedules(schedules), m_session(std::move(session)),
      m_accountId(m_session->accountId()), m_profile(m_session->profile())
{
}

ScheduleMirror::~ScheduleMirror() = default;

Result<std::unique_ptr<ScheduleMirror>> ScheduleMirror::begin(ServiceContext &context, ScheduleService &schedules,
                                                              const QString &accountId)
{
    auto session = MirrorSession::begin(context.database(), accountId);
    if (!session)
        return session.error();
    return std::unique_ptr<ScheduleMirror>(new ScheduleMirror(context, schedules, std::move(session).value()));
}

Result<QStringList> ScheduleMirror::applySchedules(const QJsonObject &page)
{
    const QJsonArray list = page.value(QLatin1String("Schedules")).toArray();
    struct Summary
    {
        QString arn;
        QString path; // group/name
        bool enabled = true;
        qint64 modifiedAt = 0;
    };
    QList<Summary> rows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString member = QStringLiteral("Schedules[%1]").arg(i);
        Summary s;
        s.arn = text(o, "Arn");
        QString region, account;
        if (!parseScheduleArn(s.arn, &region, &account) || account != m_accountId)
            return badMember(member + QStringLiteral(".Arn"),
                             Tr::tr("“%1” is not a schedule of the synced account %2.").arg(s.arn, m_accountId));
        const QString state = text(o, "State");
        if (state != QLatin1String("ENABLED") && state != QLatin1String("DISABLED"))
            return badMember(member + QStringLiteral(".State"), Tr::tr("“%1” is not a schedule state.").arg(state));
        s.enabled = state == QLatin1String("ENABLED");
        s.path = s.arn.section(QLatin1Char('/'), 1);
        s.modifiedAt = PipelineMirror::timestampMs(o.value(QLatin1String("LastModificationDate")));
        rows.append(s);
    }
    Database &database = m_context.database();
    const qint64 now = m_context.clock().nowMs();
    QStringList toGet;
    bool changed = false;
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery known(database.db());
        known.prepare(QStringLiteral("SELECT modified_at, origin IS NOT NULL FROM schedules WHERE arn = ? AND "
                                     "account_id = ?"));
        QSqlQuery update(database.db());
        update.prepare(QStringLiteral("UPDATE schedules SET state = ?, origin = ?, read_at = ? WHERE arn = ?"));
        for (const Summary &s : std::as_const(rows)) {
            known.bindValue(0, s.arn);
            known.bindValue(1, m_accountId);
            if (!known.exec())
                return sqlError(known);
            const bool exists = known.next();
            // New, changed since it was read, or a local row never read whole: GetSchedule.
            if (!exists || !known.value(1).toBool() || (s.modifiedAt && known.value(0).toLongLong() < s.modifiedAt))
                toGet.append(s.path);
            known.finish();
            if (exists) {
                int i = 0;
                for (const QVariant &v : {QVariant(s.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")),
                                          QVariant(m_profile), QVariant(now), QVariant(s.arn)})
                    update.bindValue(i++, v);
                if (!update.exec())
                    return sqlError(update);
                changed = true;
            }
            if (Status st = m_session->markSeen(scheduleKind, s.arn); !st)
                return st;
        }
        return {};
    });
    if (!status)
        return status.error();
    if (changed)
        emit m_schedules.schedulesChanged(m_accountId);
    return toGet;
}

Status ScheduleMirror::applySchedule(const QJsonObject &answer)
{
    const QString arn = text(answer, "Arn");
    QString region, account;
    if (!parseScheduleArn(arn, &region, &account) || account != m_accountId)
        return badMember(QStringLiteral("GetSchedule.Arn"),
                         Tr::tr("“%1” is not a schedule of the synced account %2.").arg(arn, m_accountId));
    const QString expression = text(answer, "ScheduleExpression");
    if (expression.isEmpty())
        return badMember(QStringLiteral("GetSchedule.ScheduleExpression"), Tr::tr("a schedule expression is required."));
    const QString state = text(answer, "State");
    if (state != QLatin1String("ENABLED") && state != QLatin1String("DISABLED"))
        return badMember(QStringLiteral("GetSchedule.State"), Tr::tr("“%1” is not a schedule state.").arg(state));
    const QJsonObject target = answer.value(QLatin1String("Target")).toObject();
    QString pipelineArn;
    QList<ExecutionParameter> parameters;
    const QString targetArn = text(target, "Arn");
    if (isPipelineArn(targetArn)) {
        // The templated target: the pipeline's ARN, its parameters beside it.
        pipelineArn = targetArn;
        parameters = parameterList(target.value(QLatin1String("SageMakerPipelineParameters"))
                                       .toObject()
                                       .value(QLatin1String("PipelineParameterList"))
                                       .toArray());
    } else if (targetArn == universalTarget) {
        // The universal target: StartPipelineExecution's own input, as JSON text.
        const QJsonObject input = QJsonDocument::fromJson(text(target, "Input").toUtf8()).object();
        const QString name = text(input, "PipelineName");
        pipelineArn = isPipelineArn(name) ? name
                                          : QStringLiteral("arn:aws:sagemaker:%1:%2:pipeline/%3").arg(region, account, name);
        if (name.isEmpty())
            pipelineArn.clear();
        parameters = parameterList(input.value(QLatin1String("PipelineParameters")).toArray());
    }
    if (pipelineArn.isEmpty()) {
        ++m_skipped; // a Lambda function, a queue…: not a schedule this desk shows
        return m_context.database().transaction([&] { return m_session->markSeen(scheduleKind, arn); });
    }
    const QJsonObject window = answer.value(QLatin1String("FlexibleTimeWindow")).toObject();
    const QJsonObject retry = target.value(QLatin1String("RetryPolicy")).toObject();
    const QString timeZone = text(answer, "ScheduleExpressionTimezone");
    const QString after = text(answer, "ActionAfterCompletion");
    const qint64 now = m_context.clock().nowMs();
    const qint64 created = PipelineMirror::timestampMs(answer.value(QLatin1String("CreationDate")));
    const qint64 modified = PipelineMirror::timestampMs(answer.value(QLatin1String("LastModificationDate")));
    Database &database = m_context.database();
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO schedules (arn, account_id, group_name, name, description, expression, timezone, start_time, "
            "end_time, state, target_pipeline_arn, target_parameters, flexible_window_minutes, max_retries, "
            "max_event_age_seconds, action_after_completion, created_at, modified_at, role_arn, origin, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (arn) DO UPDATE SET "
            "description = excluded.description, expression = excluded.expression, timezone = excluded.timezone, "
            "start_time = excluded.start_time, end_time = excluded.end_time, state = excluded.state, "
            "target_pipeline_arn = excluded.target_pipeline_arn, target_parameters = excluded.target_parameters, "
            "flexible_window_minutes = excluded.flexible_window_minutes, max_retries = excluded.max_retries, "
            "max_event_age_seconds = excluded.max_event_age_seconds, "
            "action_after_completion = excluded.action_after_completion, created_at = excluded.created_at, "
            "modified_at = excluded.modified_at, role_arn = excluded.role_arn, origin = excluded.origin, "
            "read_at = excluded.read_at"));
        const bool flexible = text(window, "Mode") == QLatin1String("FLEXIBLE");
        int i = 0;
        for (const QVariant &v :
             {QVariant(arn), QVariant(m_accountId), QVariant(text(answer, "GroupName").isEmpty()
                                                                 ? QStringLiteral("default")
                                                                 : text(answer, "GroupName")),
              QVariant(text(answer, "Name")), nullableText(text(answer, "Description")), QVariant(expression),
              QVariant(timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone),
              nullableTime(PipelineMirror::timestampMs(answer.value(QLatin1String("StartDate")))),
              nullableTime(PipelineMirror::timestampMs(answer.value(QLatin1String("EndDate")))), QVariant(state),
              QVariant(pipelineArn), QVariant(parametersToJson(parameters)),
              flexible ? QVariant(window.value(QLatin1String("MaximumWindowInMinutes")).toInt()) : QVariant(),
              QVariant(retry.value(QLatin1String("MaximumRetryAttempts")).toInt(185)),
              QVariant(retry.value(QLatin1String("MaximumEventAgeInSeconds")).toInt(86400)),
              QVariant(after == QLatin1String("DELETE") ? QStringLiteral("DELETE") : QStringLiteral("NONE")),
              QVariant(created ? created : now), QVariant(modified ? modified : (created ? created : now)),
              nullableText(text(target, "RoleArn")), QVariant(m_profile), QVariant(now)})
            q.bindValue(i++, v);
        if (!q.exec())
            return sqlError(q);
        return m_session->markSeen(scheduleKind, arn);
    });
    if (!status)
        return status;
    emit m_schedules.schedulesChanged(m_accountId);
    return {};
}

Result<int> ScheduleMirror::finishSchedules()
{
    // Their firings are the local engine's history: a mirrored schedule never has any.
    auto deleted = m_session->deleteUnseen(scheduleKind,
                                           QStringLiteral("DELETE FROM schedules WHERE account_id = ? AND origin IS NOT "
                                                          "NULL AND arn NOT IN ")
                                               + MirrorSession::seenKeysSql(),
                                           {m_accountId});
    if (deleted && deleted.value() > 0)
        emit m_schedules.schedulesChanged(m_accountId);
    return deleted;
}

} // namespace Pd

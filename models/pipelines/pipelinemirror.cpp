#include "pipelines/pipelinemirror.h"

#include "accounts/mirrorsession.h"
#include "core/clock.h"
#include "core/tr.h"
#include "pipelines/parametersjson.h"
#include "pipelines/pipeline.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Pd {

namespace {

const QLatin1String pipelineKind("pipeline");

QString executionsKind(const QString &pipelineArn)
{
    return QStringLiteral("execution ") + pipelineArn;
}

QString stepsKind(const QString &executionArn)
{
    return QStringLiteral("step ") + executionArn;
}

// arn:PARTITION:sagemaker:REGION:ACCOUNT:pipeline/NAME → its parts; false when it is not one.
struct PipelineArnParts
{
    QString region;
    QString account;
    QString name;
};

bool parsePipelineArn(const QString &arn, PipelineArnParts *parts)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    if (p.size() != 6 || p.at(0) != QLatin1String("arn") || p.at(2) != QLatin1String("sagemaker"))
        return false;
    const QString resource = p.at(5);
    if (!resource.startsWith(QLatin1String("pipeline/")) || resource.count(QLatin1Char('/')) != 1)
        return false;
    parts->region = p.at(3);
    parts->account = p.at(4);
    parts->name = resource.mid(9);
    return !parts->region.isEmpty() && !parts->account.isEmpty() && !parts->name.isEmpty();
}

Error badMember(const QString &member, const QString &reason)
{
    return Error::invalid(member, QStringLiteral("%1: %2").arg(member, reason));
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

// Who made or changed something: SageMaker's UserContext (a Studio user profile, else the IAM
// identity).
QString userName(const QJsonValue &context)
{
    const QJsonObject o = context.toObject();
    const QString profile = text(o, "UserProfileName");
    if (!profile.isEmpty())
        return profile;
    return o.value(QLatin1String("IamIdentity")).toObject().value(QLatin1String("Arn")).toString();
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

bool PipelineMirror::executionStatus(const QString &api, ExecutionStatus *status)
{
    return executionStatusFromApi(api, status);
}

bool PipelineMirror::stepStatus(const QString &api, StepStatus *status)
{
    return stepStatusFromApi(api, status);
}

QString PipelineMirror::stepType(const QJsonObject &metadata)
{
    // The members of PipelineExecutionStepMetadata, each named after the job a step type runs.
    static const QList<QPair<QLatin1String, QLatin1String>> types = {
        {QLatin1String("TrainingJob"), QLatin1String("Training")},
        {QLatin1String("ProcessingJob"), QLatin1String("Processing")},
        {QLatin1String("TransformJob"), QLatin1String("Transform")},
        {QLatin1String("TuningJob"), QLatin1String("Tuning")},
        {QLatin1String("Model"), QLatin1String("Model")},
        {QLatin1String("RegisterModel"), QLatin1String("RegisterModel")},
        {QLatin1String("Condition"), QLatin1String("Condition")},
        {QLatin1String("Callback"), QLatin1String("Callback")},
        {QLatin1String("Lambda"), QLatin1String("Lambda")},
        {QLatin1String("EMR"), QLatin1String("EMR")},
        {QLatin1String("QualityCheck"), QLatin1String("QualityCheck")},
        {QLatin1String("ClarifyCheck"), QLatin1String("ClarifyCheck")},
        {QLatin1String("Fail"), QLatin1String("Fail")},
        {QLatin1String("AutoMLJob"), QLatin1String("AutoML")},
        {QLatin1String("Endpoint"), QLatin1String("Endpoint")},
        {QLatin1String("EndpointConfig"), QLatin1String("EndpointConfig")},
    };
    for (const auto &[member, type] : types) {
        if (metadata.contains(member))
            return type;
    }
    return QString();
}

qint64 PipelineMirror::timestampMs(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(std::llround(value.toDouble() * 1000.0));
    if (value.isString()) {
        const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }
    return 0;
}

PipelineMirror::PipelineMirror(ServiceContext &context, PipelineService &pipelines,
                               std::unique_ptr<MirrorSession> session)
    : m_context(context), m_pipelines(pipelines), m_session(std::move(session)),
      m_accountId(m_session->accountId()), m_profile(m_session->profile())
{
}

Result<std::unique_ptr<PipelineMirror>> PipelineMirror::begin(ServiceContext &context, PipelineService &pipelines,
                                                              const QString &accountId)
{
    auto session = MirrorSession::begin(context.database(), accountId);
    if (!session)
        return session.error();
    return std::unique_ptr<PipelineMirror>(new PipelineMirror(context, pipelines, std::move(session).value()));
}

PipelineMirror::~PipelineMirror() = default;

const QString &PipelineMirror::accountId() const
{
    return m_accountId;
}

const QString &PipelineMirror::profile() const
{
    return m_profile;
}

qint64 PipelineMirror::readAt() const
{
    return m_context.clock().nowMs();
}

Status PipelineMirror::checkPipeline(const QString &pipelineArn) const
{
    QSqlQuery q(m_context.database().db());
    q.prepare(QStringLiteral("SELECT account_id FROM pipelines WHERE arn = ?"));
    q.addBindValue(pipelineArn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).toString() != m_accountId)
        return Error::notFound(
            Tr::tr("Pipeline %1 is not a pipeline of account %2 in this workspace.").arg(pipelineArn, m_accountId));
    return {};
}

Result<QString> PipelineMirror::pipelineOfExecution(const QString &executionArn) const
{
    QSqlQuery q(m_context.database().db());
    q.prepare(QStringLiteral("SELECT e.pipeline_arn, p.account_id FROM executions e JOIN pipelines p ON p.arn = "
                             "e.pipeline_arn WHERE e.arn = ?"));
    q.addBindValue(executionArn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(1).toString() != m_accountId)
        return Error::notFound(Tr::tr("Pipeline execution %1 is not an execution of account %2 in this workspace.")
                                   .arg(executionArn, m_accountId));
    return q.value(0).toString();
}

// ---- pipelines ----------------------------------------------------------------------------------

namespace {

struct PipelineRow
{
    QString arn;
    QString region;
    QString name;
    QString displayName;
    QString description;
    QString roleArn;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
};

Result<PipelineRow> pipelineRow(const QJsonObject &o, const QString &path, const QString &accountId)
{
    PipelineRow row;
    row.arn = text(o, "PipelineArn");
    PipelineArnParts parts;
    if (!parsePipelineArn(row.arn, &parts))
        return badMember(path + QStringLiteral(".PipelineArn"),
                         Tr::tr("“%1” is not the ARN of a SageMaker pipeline.").arg(row.arn));
    if (parts.account != accountId)
        return badMember(path + QStringLiteral(".PipelineArn"),
                         Tr::tr("the pipeline %1 is in account %2, not in the synced account %3.")
                             .arg(row.arn, parts.account, accountId));
    row.region = parts.region;
    row.name = text(o, "PipelineName");
    if (row.name.isEmpty())
        row.name = parts.name;
    row.displayName = text(o, "PipelineDisplayName");
    row.description = text(o, "PipelineDescription");
    row.roleArn = text(o, "RoleArn");
    row.createdAt = PipelineMirror::timestampMs(o.value(QLatin1String("CreationTime")));
    row.modifiedAt = PipelineMirror::timestampMs(o.value(QLatin1String("LastModifiedTime")));
    if (row.modifiedAt == 0)
        row.modifiedAt = row.createdAt;
    return row;
}

} // namespace

Status PipelineMirror::applyPipelines(const QJsonObject &page)
{
    const QJsonArray summaries = page.value(QLatin1String("PipelineSummaries")).toArray();
    QList<PipelineRow> rows;
    rows.reserve(summaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        auto row = pipelineRow(summaries.at(i).toObject(), QStringLiteral("PipelineSummaries[%1]").arg(i), m_accountId);
        if (!row)
            return row.error();
        rows.append(row.value());
    }
    Database &database = m_context.database();
    const qint64 now = readAt();
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        // A summary says nothing of the definition or the status: a known row keeps them.
        q.prepare(QStringLiteral(
            "INSERT INTO pipelines (arn, account_id, region, name, display_name, description, definition, role_arn, "
            "created_at, modified_at, origin, read_at) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET name = excluded.name, display_name = excluded.display_name, "
            "description = excluded.description, role_arn = excluded.role_arn, created_at = excluded.created_at, "
            "modified_at = excluded.modified_at, origin = excluded.origin, read_at = excluded.read_at"));
        for (const PipelineRow &r : std::as_const(rows)) {
            int i = 0;
            for (const QVariant &v : {QVariant(r.arn), QVariant(m_accountId), QVariant(r.region), QVariant(r.name),
                                      nullableText(r.displayName), nullableText(r.description), nullableText(r.roleArn),
                                      QVariant(r.createdAt), QVariant(r.modifiedAt), QVariant(m_profile), QVariant(now)})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(pipelineKind, r.arn); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    if (!rows.isEmpty())
        m_pipelines.notifyPipelinesChanged(m_accountId);
    return {};
}

Status PipelineMirror::applyPipeline(const QJsonObject &answer)
{
    auto row = pipelineRow(answer, QStringLiteral("DescribePipeline"), m_accountId);
    if (!row)
        return row.error();
    const PipelineRow &r = row.value();
    const QString definition = text(answer, "PipelineDefinition");
    const QString pipelineStatus = text(answer, "PipelineStatus");
    Database &database = m_context.database();
    const qint64 now = readAt();
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO pipelines (arn, account_id, region, name, display_name, description, definition, role_arn, "
            "status, created_at, created_by, modified_at, modified_by, origin, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET name = excluded.name, display_name = excluded.display_name, "
            "description = excluded.description, definition = excluded.definition, role_arn = excluded.role_arn, "
            "status = excluded.status, created_at = excluded.created_at, created_by = excluded.created_by, "
            "modified_at = excluded.modified_at, modified_by = excluded.modified_by, origin = excluded.origin, "
            "read_at = excluded.read_at"));
        int i = 0;
        for (const QVariant &v :
             {QVariant(r.arn), QVariant(m_accountId), QVariant(r.region), QVariant(r.name), nullableText(r.displayName),
              nullableText(r.description), QVariant(definition.isEmpty() ? QStringLiteral("{}") : definition),
              nullableText(r.roleArn),
              QVariant(pipelineStatus.isEmpty() ? QStringLiteral("Active") : pipelineStatus), QVariant(r.createdAt),
              nullableText(userName(answer.value(QLatin1String("CreatedBy")))), QVariant(r.modifiedAt),
              nullableText(userName(answer.value(QLatin1String("LastModifiedBy")))), QVariant(m_profile),
              QVariant(now)})
            q.bindValue(i++, v);
        if (Status s = exec(q); !s)
            return s;
        return m_session->markSeen(pipelineKind, r.arn);
    });
    if (!status)
        return status;
    m_pipelines.notifyPipelinesChanged(m_accountId);
    return {};
}

Result<int> PipelineMirror::finishPipelines()
{
    // Deleting a pipeline deletes its executions and steps (foreign keys): they are gone too.
    auto deleted = m_session->deleteUnseen(pipelineKind,
                                QStringLiteral("DELETE FROM pipelines WHERE account_id = ? AND origin IS NOT NULL AND "
                                               "arn NOT IN ")
                                    + MirrorSession::seenKeysSql(),
                                {m_accountId});
    if (deleted && deleted.value() > 0)
        m_pipelines.notifyPipelinesChanged(m_accountId);
    return deleted;
}

// ---- executions ---------------------------------------------------------------------------------

namespace {

struct ExecutionRow
{
    QString arn;
    QString displayName;
    QString description;
    ExecutionStatus status = ExecutionStatus::Executing;
    QString failureReason;
    qint64 startTime = 0;
};

Result<ExecutionRow> executionRow(const QJsonObject &o, const QString &path, const QString &pipelineArn)
{
    ExecutionRow row;
    row.arn = text(o, "PipelineExecutionArn");
    const QString prefix = pipelineArn + QStringLiteral("/execution/");
    if (!row.arn.startsWith(prefix, Qt::CaseInsensitive) || row.arn.size() == prefix.size())
        return badMember(path + QStringLiteral(".PipelineExecutionArn"),
                         Tr::tr("“%1” is not the ARN of an execution of pipeline %2.").arg(row.arn, pipelineArn));
    const QString status = text(o, "PipelineExecutionStatus");
    if (!PipelineMirror::executionStatus(status, &row.status))
        return badMember(path + QStringLiteral(".PipelineExecutionStatus"),
                         Tr::tr("“%1” is not a pipeline execution status.").arg(status));
    row.displayName = text(o, "PipelineExecutionDisplayName");
    row.description = text(o, "PipelineExecutionDescription");
    row.failureReason = text(o, "PipelineExecutionFailureReason");
    if (row.failureReason.isEmpty())
        row.failureReason = text(o, "FailureReason");
    return row;
}

} // namespace

Status PipelineMirror::applyExecutions(const QString &pipelineArn, const QJsonObject &page)
{
    if (Status known = checkPipeline(pipelineArn); !known)
        return known;
    const QJsonArray summaries = page.value(QLatin1String("PipelineExecutionSummaries")).toArray();
    QList<ExecutionRow> rows;
    rows.reserve(summaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const QJsonObject o = summaries.at(i).toObject();
        const QString path = QStringLiteral("PipelineExecutionSummaries[%1]").arg(i);
        auto row = executionRow(o, path, pipelineArn);
        if (!row)
            return row.error();
        row->startTime = timestampMs(o.value(QLatin1String("StartTime")));
        if (row->startTime == 0)
            return badMember(path + QStringLiteral(".StartTime"), Tr::tr("a start time is required."));
        rows.append(row.value());
    }
    Database &database = m_context.database();
    const qint64 now = readAt();
    const QString kind = executionsKind(pipelineArn);
    const Status status = database.transaction([&]() -> Status {
        // A summary has no end time, parameters or steps: a known row keeps what a
        // DescribePipelineExecution put there, unless the execution runs again (a retry).
        // A known row is updated in two steps, the status only when it changed: the table's CHECK
        // on the status (an IN list) opens and frees an ephemeral table for every row it judges,
        // which made an upsert of unchanged rows six times slower than inserting them.
        QSqlQuery update(database.db());
        update.prepare(QStringLiteral(
            "UPDATE executions SET display_name = ?, description = coalesce(?, description), failure_reason = ?, "
            "start_time = ?, last_modified_time = max(last_modified_time, ?), origin = ?, read_at = ? WHERE arn = ?"));
        QSqlQuery changeStatus(database.db());
        changeStatus.prepare(QStringLiteral(
            "UPDATE executions SET status = ?, end_time = CASE WHEN ? IN ('Executing', 'Stopping') THEN NULL "
            "ELSE end_time END WHERE arn = ? AND status <> ?"));
        QSqlQuery insert(database.db());
        insert.prepare(QStringLiteral(
            "INSERT INTO executions (arn, pipeline_arn, display_name, description, status, failure_reason, "
            "acting_account_id, start_time, last_modified_time, origin, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery seen(database.db());
        seen.prepare(MirrorSession::markSeenSql());
        seen.bindValue(0, m_session->id());
        seen.bindValue(1, kind);
        for (const ExecutionRow &r : std::as_const(rows)) {
            int i = 0;
            for (const QVariant &v : {nullableText(r.displayName), nullableText(r.description),
                                      nullableText(r.failureReason), QVariant(r.startTime), QVariant(r.startTime),
                                      QVariant(m_profile), QVariant(now), QVariant(r.arn)})
                update.bindValue(i++, v);
            if (Status s = exec(update); !s)
                return s;
            if (update.numRowsAffected() > 0) {
                const QString apiStatus = toApiString(r.status);
                changeStatus.bindValue(0, apiStatus);
                changeStatus.bindValue(1, apiStatus);
                changeStatus.bindValue(2, r.arn);
                changeStatus.bindValue(3, apiStatus);
                if (Status s = exec(changeStatus); !s)
                    return s;
            } else {
                i = 0;
                for (const QVariant &v : {QVariant(r.arn), QVariant(pipelineArn), nullableText(r.displayName),
                                          nullableText(r.description), QVariant(toApiString(r.status)),
                                          nullableText(r.failureReason), QVariant(m_accountId), QVariant(r.startTime),
                                          QVariant(r.startTime), QVariant(m_profile), QVariant(now)})
                    insert.bindValue(i++, v);
                if (Status s = exec(insert); !s)
                    return s;
            }
            seen.bindValue(2, r.arn);
            if (Status s = exec(seen); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    if (!rows.isEmpty())
        m_pipelines.notifyExecutionsChanged(pipelineArn);
    return {};
}

Result<int> PipelineMirror::finishExecutions(const QString &pipelineArn)
{
    if (Status known = checkPipeline(pipelineArn); !known)
        return known.error();
    auto deleted = m_session->deleteUnseen(executionsKind(pipelineArn),
                                QStringLiteral("DELETE FROM executions WHERE pipeline_arn = ? AND origin IS NOT NULL "
                                               "AND arn NOT IN ")
                                    + MirrorSession::seenKeysSql(),
                                {pipelineArn});
    if (deleted && deleted.value() > 0)
        m_pipelines.notifyExecutionsChanged(pipelineArn);
    return deleted;
}

Status PipelineMirror::applyExecution(const QJsonObject &answer)
{
    const QString pipelineArn = text(answer, "PipelineArn");
    if (Status known = checkPipeline(pipelineArn); !known)
        return known;
    auto row = executionRow(answer, QStringLiteral("DescribePipelineExecution"), pipelineArn);
    if (!row)
        return row.error();
    ExecutionRow r = row.value();
    r.startTime = timestampMs(answer.value(QLatin1String("CreationTime")));
    if (r.startTime == 0)
        return badMember(QStringLiteral("DescribePipelineExecution.CreationTime"), Tr::tr("a creation time is required."));
    qint64 modified = timestampMs(answer.value(QLatin1String("LastModifiedTime")));
    if (modified == 0)
        modified = r.startTime;
    const qint64 end = isTerminal(r.status) ? modified : 0;
    const QString startedBy = userName(answer.value(QLatin1String("CreatedBy")));
    Database &database = m_context.database();
    const qint64 now = readAt();
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO executions (arn, pipeline_arn, display_name, description, status, failure_reason, "
            "started_by, acting_account_id, start_time, end_time, last_modified_time, origin, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET display_name = excluded.display_name, "
            "description = excluded.description, status = excluded.status, failure_reason = excluded.failure_reason, "
            "started_by = excluded.started_by, start_time = excluded.start_time, end_time = excluded.end_time, "
            "last_modified_time = excluded.last_modified_time, origin = excluded.origin, read_at = excluded.read_at"));
        int i = 0;
        for (const QVariant &v :
             {QVariant(r.arn), QVariant(pipelineArn), nullableText(r.displayName), nullableText(r.description),
              QVariant(toApiString(r.status)), nullableText(r.failureReason), nullableText(startedBy),
              QVariant(m_accountId), QVariant(r.startTime), nullableTime(end), QVariant(modified), QVariant(m_profile),
              QVariant(now)})
            q.bindValue(i++, v);
        return exec(q);
    });
    if (!status)
        return status;
    m_pipelines.notifyExecutionsChanged(pipelineArn);
    return {};
}

// ---- steps and parameters -------------------------------------------------------------------------

Status PipelineMirror::applySteps(const QString &executionArn, const QJsonObject &page)
{
    auto pipelineArn = pipelineOfExecution(executionArn);
    if (!pipelineArn)
        return pipelineArn.error();
    struct StepRow
    {
        StepExecution step;
        QString path;
    };
    const QJsonArray list = page.value(QLatin1String("PipelineExecutionSteps")).toArray();
    QList<StepRow> rows;
    bool needDefinition = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        StepRow row;
        row.path = QStringLiteral("PipelineExecutionSteps[%1]").arg(i);
        row.step.name = text(o, "StepName");
        if (row.step.name.isEmpty())
            return badMember(row.path + QStringLiteral(".StepName"), Tr::tr("a step name is required."));
        const QString status = text(o, "StepStatus");
        if (!stepStatus(status, &row.step.status))
            return badMember(row.path + QStringLiteral(".StepStatus"),
                             Tr::tr("“%1” is not a pipeline execution step status.").arg(status));
        row.step.startTime = timestampMs(o.value(QLatin1String("StartTime")));
        row.step.endTime = timestampMs(o.value(QLatin1String("EndTime")));
        row.step.failureReason = text(o, "FailureReason");
        row.step.attempt = qMax(1, o.value(QLatin1String("AttemptCount")).toInt(1));
        row.step.type = stepType(o.value(QLatin1String("Metadata")).toObject());
        needDefinition = needDefinition || row.step.type.isEmpty();
        rows.append(row);
    }
    if (needDefinition) {
        QSqlQuery q(m_context.database().db());
        q.prepare(QStringLiteral("SELECT definition FROM pipelines WHERE arn = ?"));
        q.addBindValue(pipelineArn.value());
        if (!q.exec())
            return sqlError(q);
        const PipelineDefinition definition =
            PipelineDefinition::fromJson(q.next() ? q.value(0).toString().toUtf8() : QByteArray());
        for (StepRow &row : rows) {
            if (!row.step.type.isEmpty())
                continue;
            const PipelineStep *step = definition.step(row.step.name);
            row.step.type = step ? step->type : QStringLiteral("Unknown");
        }
    }
    // The API lists the newest step first; the table keeps the order steps started in.
    std::stable_sort(rows.begin(), rows.end(), [](const StepRow &a, const StepRow &b) {
        return a.step.startTime < b.step.startTime;
    });
    Database &database = m_context.database();
    const qint64 now = readAt();
    const QString kind = stepsKind(executionArn);
    const Status status = database.transaction([&]() -> Status {
        // As for executions: the status, whose CHECK is costly, is written only when it changed.
        QSqlQuery update(database.db());
        update.prepare(QStringLiteral("UPDATE execution_steps SET type = ?, start_time = ?, end_time = ?, "
                                      "failure_reason = ?, attempt = ? WHERE execution_arn = ? AND name = ?"));
        QSqlQuery changeStatus(database.db());
        changeStatus.prepare(QStringLiteral("UPDATE execution_steps SET status = ? WHERE execution_arn = ? AND "
                                            "name = ? AND status <> ?"));
        QSqlQuery insert(database.db());
        insert.prepare(QStringLiteral("INSERT INTO execution_steps (execution_arn, name, type, status, start_time, "
                                      "end_time, failure_reason, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const StepRow &row : std::as_const(rows)) {
            const StepExecution &s = row.step;
            const QString apiStatus = toApiString(s.status);
            int i = 0;
            for (const QVariant &v : {QVariant(s.type), nullableTime(s.startTime), nullableTime(s.endTime),
                                      nullableText(s.failureReason), QVariant(s.attempt), QVariant(executionArn),
                                      QVariant(s.name)})
                update.bindValue(i++, v);
            if (Status st = exec(update); !st)
                return st;
            if (update.numRowsAffected() > 0) {
                i = 0;
                for (const QVariant &v : {QVariant(apiStatus), QVariant(executionArn), QVariant(s.name),
                                          QVariant(apiStatus)})
                    changeStatus.bindValue(i++, v);
                if (Status st = exec(changeStatus); !st)
                    return st;
            } else {
                i = 0;
                for (const QVariant &v : {QVariant(executionArn), QVariant(s.name), QVariant(s.type),
                                          QVariant(apiStatus), nullableTime(s.startTime), nullableTime(s.endTime),
                                          nullableText(s.failureReason), QVariant(s.attempt)})
                    insert.bindValue(i++, v);
                if (Status st = exec(insert); !st)
                    return st;
            }
            if (Status st = m_session->markSeen(kind, s.name); !st)
                return st;
        }
        QSqlQuery read(database.db());
        read.prepare(QStringLiteral("UPDATE executions SET read_at = ? WHERE arn = ?"));
        read.addBindValue(now);
        read.addBindValue(executionArn);
        return exec(read);
    });
    if (!status)
        return status;
    m_pipelines.notifyExecutionsChanged(pipelineArn.value());
    return {};
}

Result<int> PipelineMirror::finishSteps(const QString &executionArn)
{
    auto pipelineArn = pipelineOfExecution(executionArn);
    if (!pipelineArn)
        return pipelineArn.error();
    auto deleted = m_session->deleteUnseen(stepsKind(executionArn),
                                QStringLiteral("DELETE FROM execution_steps WHERE execution_arn = ? AND name NOT IN ")
                                    + MirrorSession::seenKeysSql(),
                                {executionArn});
    if (deleted && deleted.value() > 0)
        m_pipelines.notifyExecutionsChanged(pipelineArn.value());
    return deleted;
}

Status PipelineMirror::applyParameters(const QString &executionArn, const QJsonObject &page, bool firstPage)
{
    auto pipelineArn = pipelineOfExecution(executionArn);
    if (!pipelineArn)
        return pipelineArn.error();
    const QJsonArray list = page.value(QLatin1String("PipelineParameters")).toArray();
    QList<ExecutionParameter> parameters;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString name = text(o, "Name");
        if (name.isEmpty())
            return badMember(QStringLiteral("PipelineParameters[%1].Name").arg(i), Tr::tr("a parameter name is required."));
        parameters.append({name, text(o, "Value")});
    }
    Database &database = m_context.database();
    const qint64 now = readAt();
    const Status status = database.transaction([&]() -> Status {
        QList<ExecutionParameter> all;
        if (!firstPage) {
            QSqlQuery q(database.db());
            q.prepare(QStringLiteral("SELECT parameters FROM executions WHERE arn = ?"));
            q.addBindValue(executionArn);
            if (!q.exec())
                return sqlError(q);
            if (q.next())
                all = parametersFromJson(q.value(0).toString());
        }
        all.append(parameters);
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral("UPDATE executions SET parameters = ?, read_at = ? WHERE arn = ?"));
        q.addBindValue(parametersToJson(all));
        q.addBindValue(now);
        q.addBindValue(executionArn);
        return exec(q);
    });
    if (!status)
        return status;
    m_pipelines.notifyExecutionsChanged(pipelineArn.value());
    return {};
}

} // namespace Pd

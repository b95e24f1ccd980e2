#include "pipelinestore.h"

#include "core/tr.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const char pipelineColumns[] = "arn, account_id, region, name, display_name, description, definition, role_arn, "
                               "status, created_at, created_by, modified_at, modified_by";
const char executionColumns[] = "arn, pipeline_arn, display_name, description, status, failure_reason, parameters, "
                                "started_by_kind, started_by, acting_account_id, start_time, end_time, "
                                "last_modified_time, client_request_token";

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableTime(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(ms);
}

Pipeline pipelineFrom(const QSqlQuery &q)
{
    Pipeline p;
    p.arn = q.value(0).toString();
    p.accountId = q.value(1).toString();
    p.region = q.value(2).toString();
    p.name = q.value(3).toString();
    p.displayName = q.value(4).toString();
    p.description = q.value(5).toString();
    p.definition = q.value(6).toString().toUtf8();
    p.roleArn = q.value(7).toString();
    p.status = q.value(8).toString();
    p.createdAt = q.value(9).toLongLong();
    p.createdBy = q.value(10).toString();
    p.modifiedAt = q.value(11).toLongLong();
    p.modifiedBy = q.value(12).toString();
    return p;
}

QString parametersToJson(const QList<ExecutionParameter> &parameters)
{
    QJsonArray array;
    for (const auto &p : parameters)
        array.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ExecutionParameter> parametersFromJson(const QString &json)
{
    QList<ExecutionParameter> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        result.append({o.value(QLatin1String("Name")).toString(), o.value(QLatin1String("Value")).toString()});
    }
    return result;
}

Execution executionFrom(const QSqlQuery &q)
{
    Execution e;
    e.arn = q.value(0).toString();
    e.pipelineArn = q.value(1).toString();
    e.displayName = q.value(2).toString();
    e.description = q.value(3).toString();
    executionStatusFromApi(q.value(4).toString(), &e.status);
    e.failureReason = q.value(5).toString();
    e.parameters = parametersFromJson(q.value(6).toString());
    e.startedByKind = startedByKindFromApi(q.value(7).toString());
    e.startedBy = q.value(8).toString();
    e.actingAccountId = q.value(9).toString();
    e.startTime = q.value(10).toLongLong();
    e.endTime = q.value(11).toLongLong();
    e.lastModifiedTime = q.value(12).toLongLong();
    e.clientRequestToken = q.value(13).toString();
    return e;
}

} // namespace

Result<QList<Pipeline>> PipelineStore::pipelines(const QString &accountId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM pipelines WHERE account_id = ? ORDER BY name")
                  .arg(QLatin1String(pipelineColumns)));
    q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    QList<Pipeline> result;
    while (q.next())
        result.append(pipelineFrom(q));
    return result;
}

Result<Pipeline> PipelineStore::pipeline(const QString &arn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM pipelines WHERE arn = ?").arg(QLatin1String(pipelineColumns)));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Pipeline %1 does not exist.").arg(arn));
    return pipelineFrom(q);
}

Status PipelineStore::insert(const Pipeline &p)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO pipelines (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(pipelineColumns)));
    for (const QVariant &v : {QVariant(p.arn), QVariant(p.accountId), QVariant(p.region), QVariant(p.name),
                              nullable(p.displayName), nullable(p.description),
                              QVariant(QString::fromUtf8(p.definition)), nullable(p.roleArn), QVariant(p.status),
                              QVariant(p.createdAt), nullable(p.createdBy), QVariant(p.modifiedAt),
                              nullable(p.modifiedBy)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status PipelineStore::update(const Pipeline &p)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE pipelines SET display_name = ?, description = ?, definition = ?, role_arn = ?, "
                             "status = ?, modified_at = ?, modified_by = ? WHERE arn = ?"));
    for (const QVariant &v : {nullable(p.displayName), nullable(p.description), QVariant(QString::fromUtf8(p.definition)),
                              nullable(p.roleArn), QVariant(p.status), QVariant(p.modifiedAt), nullable(p.modifiedBy),
                              QVariant(p.arn)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("Pipeline %1 does not exist.").arg(p.arn));
    return {};
}

Status PipelineStore::remove(const QString &arn)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM pipelines WHERE arn = ?"));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("Pipeline %1 does not exist.").arg(arn));
    return {};
}

Result<QList<Execution>> PipelineStore::executions(const QString &pipelineArn, int limit) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM executions WHERE pipeline_arn = ? ORDER BY start_time DESC LIMIT ?")
                  .arg(QLatin1String(executionColumns)));
    q.addBindValue(pipelineArn);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<Execution> result;
    while (q.next())
        result.append(executionFrom(q));
    return result;
}

Result<Execution> PipelineStore::execution(const QString &arn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1 FROM executions WHERE arn = ?").arg(QLatin1String(executionColumns)));
    q.addBindValue(arn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Pipeline execution %1 does not exist.").arg(arn));
    Execution e = executionFrom(q);
    QSqlQuery steps(m_database.db());
    steps.prepare(QStringLiteral("SELECT name, type, status, start_time, end_time, failure_reason, attempt "
                                 "FROM execution_steps WHERE execution_arn = ? ORDER BY rowid"));
    steps.addBindValue(arn);
    if (!steps.exec())
        return sqlError(steps);
    while (steps.next()) {
        StepExecution s;
        s.name = steps.value(0).toString();
        s.type = steps.value(1).toString();
        stepStatusFromApi(steps.value(2).toString(), &s.status);
        s.startTime = steps.value(3).toLongLong();
        s.endTime = steps.value(4).toLongLong();
        s.failureReason = steps.value(5).toString();
        s.attempt = steps.value(6).toInt();
        e.steps.append(s);
    }
    return e;
}

Status PipelineStore::insert(const Execution &e)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO executions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(executionColumns)));
    for (const QVariant &v :
         {QVariant(e.arn), QVariant(e.pipelineArn), nullable(e.displayName), nullable(e.description),
          QVariant(toApiString(e.status)), nullable(e.failureReason), QVariant(parametersToJson(e.parameters)),
          QVariant(toApiString(e.startedByKind)), nullable(e.startedBy), nullable(e.actingAccountId),
          QVariant(e.startTime), nullableTime(e.endTime), QVariant(e.lastModifiedTime), nullable(e.clientRequestToken)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery s(m_database.db());
    s.prepare(QStringLiteral("INSERT INTO execution_steps (execution_arn, name, type, status, start_time, end_time, "
                             "failure_reason, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StepExecution &step : e.steps) {
        for (const QVariant &v : {QVariant(e.arn), QVariant(step.name), QVariant(step.type),
                                  QVariant(toApiString(step.status)), nullableTime(step.startTime),
                                  nullableTime(step.endTime), nullable(step.failureReason), QVariant(step.attempt)})
            s.addBindValue(v);
        if (!s.exec())
            return sqlError(s);
    }
    return {};
}

Result<int> PipelineStore::executionCount(const QString &pipelineArn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM executions WHERE pipeline_arn = ?"));
    q.addBindValue(pipelineArn);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

} // namespace Pd

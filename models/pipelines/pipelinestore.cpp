#include "pipelines/pipelinestore.h"

#include "accounts/connectedaccounts.h"
#include "core/tr.h"
#include "pipelines/parametersjson.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCryptographicHash>
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
                                "last_modified_time, client_request_token, definition_id";

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
    e.definitionId = q.value(14).toLongLong();
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
                              nullableText(p.displayName), nullableText(p.description),
                              QVariant(QString::fromUtf8(p.definition)), nullableText(p.roleArn), QVariant(p.status),
                              QVariant(p.createdAt), nullableText(p.createdBy), QVariant(p.modifiedAt),
                              nullableText(p.modifiedBy)})
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
    for (const QVariant &v : {nullableText(p.displayName), nullableText(p.description), QVariant(QString::fromUtf8(p.definition)),
                              nullableText(p.roleArn), QVariant(p.status), QVariant(p.modifiedAt), nullableText(p.modifiedBy),
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
    return insert(QList<Execution>{e});
}

Status PipelineStore::insert(const QList<Execution> &executions)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO executions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(executionColumns)));
    QSqlQuery s(m_database.db());
    s.prepare(QStringLiteral("INSERT INTO execution_steps (execution_arn, name, type, status, start_time, end_time, "
                             "failure_reason, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Execution &e : executions) {
        int i = 0;
        for (const QVariant &v :
             {QVariant(e.arn), QVariant(e.pipelineArn), nullableText(e.displayName), nullableText(e.description),
              QVariant(toApiString(e.status)), nullableText(e.failureReason), QVariant(parametersToJson(e.parameters)),
              QVariant(toApiString(e.startedByKind)), nullableText(e.startedBy), nullableText(e.actingAccountId),
              QVariant(e.startTime), nullableTime(e.endTime), QVariant(e.lastModifiedTime),
              nullableText(e.clientRequestToken), e.definitionId > 0 ? QVariant(e.definitionId) : QVariant()})
            q.bindValue(i++, v);
        if (!q.exec())
            return sqlError(q);
        for (const StepExecution &step : e.steps) {
            int j = 0;
            for (const QVariant &v : {QVariant(e.arn), QVariant(step.name), QVariant(step.type),
                                      QVariant(toApiString(step.status)), nullableTime(step.startTime),
                                      nullableTime(step.endTime), nullableText(step.failureReason), QVariant(step.attempt)})
                s.bindValue(j++, v);
            if (!s.exec())
                return sqlError(s);
        }
    }
    return {};
}

Result<qint64> PipelineStore::definitionVersion(const QString &pipelineArn, const QByteArray &definition, qint64 at)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(definition, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id FROM pipeline_definition_versions WHERE pipeline_arn = ? AND sha256 = ?"));
    q.addBindValue(pipelineArn);
    q.addBindValue(sha);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery insert(m_database.db());
    insert.prepare(QStringLiteral("INSERT INTO pipeline_definition_versions (pipeline_arn, sha256, definition, "
                                  "created_at) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(pipelineArn), QVariant(sha), QVariant(QString::fromUtf8(definition)), QVariant(at)})
        insert.addBindValue(v);
    if (!insert.exec())
        return sqlError(insert);
    return insert.lastInsertId().toLongLong();
}

Result<StoredDefinition> PipelineStore::storedDefinition(qint64 id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT definition, created_at FROM pipeline_definition_versions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(Tr::tr("Pipeline definition %1 does not exist.").arg(id));
    return StoredDefinition{q.value(0).toString().toUtf8(), q.value(1).toLongLong()};
}

Result<StoredDefinition> PipelineStore::executionDefinition(const Execution &execution) const
{
    if (execution.definitionId > 0)
        return storedDefinition(execution.definitionId);
    auto pipeline = this->pipeline(execution.pipelineArn);
    if (!pipeline)
        return pipeline.error();
    return StoredDefinition{pipeline->definition, pipeline->modifiedAt};
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

Result<QList<Pipeline>> PipelineStore::pipelinesByArn(const QStringList &arns) const
{
    QList<Pipeline> result;
    for (const QString &arn : arns) {
        auto found = pipeline(arn);
        if (found)
            result.append(found.value());
        else if (found.error().code != Error::Code::NotFound)
            return found.error();
    }
    return result;
}

Result<QStringList> PipelineStore::pipelineArns(const QString &accountId) const
{
    return selectStrings(m_database, QStringLiteral("SELECT arn FROM pipelines WHERE account_id = ? ORDER BY name"),
                         {accountId});
}

Status PipelineStore::saveState(const Execution &e)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE executions SET status = ?, failure_reason = ?, started_by_kind = ?, "
                             "started_by = ?, acting_account_id = ?, end_time = ?, last_modified_time = ? "
                             "WHERE arn = ?"));
    for (const QVariant &v : {QVariant(toApiString(e.status)), nullableText(e.failureReason),
                              QVariant(toApiString(e.startedByKind)), nullableText(e.startedBy),
                              nullableText(e.actingAccountId), nullableTime(e.endTime), QVariant(e.lastModifiedTime),
                              QVariant(e.arn)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("Pipeline execution %1 does not exist.").arg(e.arn));
    // An upsert keeps the row (and its rowid, hence the order steps started in) of a known step.
    QSqlQuery s(m_database.db());
    s.prepare(QStringLiteral("INSERT INTO execution_steps (execution_arn, name, type, status, start_time, end_time, "
                             "failure_reason, attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (execution_arn, name) DO UPDATE SET status = excluded.status, "
                             "start_time = excluded.start_time, end_time = excluded.end_time, "
                             "failure_reason = excluded.failure_reason, attempt = excluded.attempt"));
    for (const StepExecution &step : e.steps) {
        for (const QVariant &v : {QVariant(e.arn), QVariant(step.name), QVariant(step.type),
                                  QVariant(toApiString(step.status)), nullableTime(step.startTime),
                                  nullableTime(step.endTime), nullableText(step.failureReason), QVariant(step.attempt)})
            s.addBindValue(v);
        if (!s.exec())
            return sqlError(s);
    }
    return {};
}

Result<QStringList> PipelineStore::activeExecutionArns() const
{
    // A connected account's executions run in the cloud; the mirror only reads them.
    return selectStrings(m_database, QStringLiteral("SELECT arn FROM executions WHERE status IN ('Executing', "
                                                    "'Stopping') AND origin IS NULL AND pipeline_arn NOT IN "
                                                    "(SELECT arn FROM pipelines WHERE account_id IN (%1)) "
                                                    "ORDER BY start_time")
                                         .arg(ConnectedAccounts::connectedAccountIdsSql()));
}

Result<QList<Execution>> PipelineStore::findExecutions(const ExecutionQuery &query, int offset, int limit) const
{
    QList<Execution> result;
    if (query.visiblePipelineArns.isEmpty())
        return result;
    struct Term
    {
        const char *column;
        const char *test; // "= ?", ">= ?", "< ?"
        QVariant value;
    };
    QList<Term> terms;
    if (!query.pipelineArn.isEmpty())
        terms.append({"pipeline_arn", "= ?", query.pipelineArn});
    if (query.status)
        terms.append({"status", "= ?", toApiString(*query.status)});
    if (query.startedByKind)
        terms.append({"started_by_kind", "= ?", toApiString(*query.startedByKind)});
    if (query.startedFrom > 0)
        terms.append({"start_time", ">= ?", query.startedFrom});
    if (query.startedTo > 0)
        terms.append({"start_time", "< ?", query.startedTo});
    const char *sortColumn = "start_time";
    switch (query.sortKey) {
    case ExecutionQuery::SortKey::StartTime: sortColumn = "start_time"; break;
    case ExecutionQuery::SortKey::EndTime: sortColumn = "end_time"; break;
    case ExecutionQuery::SortKey::DisplayName: sortColumn = "display_name"; break;
    case ExecutionQuery::SortKey::Pipeline: sortColumn = "pipeline_arn"; break;
    case ExecutionQuery::SortKey::Status: sortColumn = "status"; break;
    case ExecutionQuery::SortKey::StartedBy: sortColumn = "started_by_kind"; break;
    }

    // The unary plus ("+column") keeps SQLite from using an index for a term. The visibility test
    // never should: walking the index of the sort column with LIMIT is what keeps a page fast.
    // Sorted by pipeline, though, the IN list is what finds the rows: SQLite walks the pipeline
    // index once per visible pipeline, in order, and never reads other accounts' rows.
    auto whereClause = [&](bool filtersMayUseIndexes, QVariantList *values, bool visibility) {
        QStringList where;
        if (visibility) {
            QStringList marks;
            for (const QString &arn : query.visiblePipelineArns) {
                marks.append(QStringLiteral("?"));
                values->append(arn);
            }
            const bool byPipeline = query.sortKey == ExecutionQuery::SortKey::Pipeline;
            where.append(QStringLiteral("%1pipeline_arn IN (%2)")
                             .arg(QLatin1String(byPipeline ? "" : "+"), marks.join(QLatin1Char(','))));
        }
        for (const Term &term : terms) {
            const bool plain = filtersMayUseIndexes || qstrcmp(term.column, sortColumn) == 0;
            where.append(QStringLiteral("%1%2 %3").arg(QLatin1String(plain ? "" : "+"), QLatin1String(term.column),
                                                      QLatin1String(term.test)));
            values->append(term.value);
        }
        return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
    };
    // A filter on another column than the sort's tempts SQLite to collect every match through the
    // filter's index and sort them all, which takes seconds when the filter matches hundreds of
    // thousands. So count the matches, up to a cap: when there are many, walking the sort index
    // and testing each row finds a page quickly; when there are few, collecting and sorting them is
    // quicker. The count leaves out the visibility test, which would cost a row lookup per match.
    bool filtersMayUseIndexes = true;
    bool otherColumn = false;
    for (const Term &term : terms)
        otherColumn = otherColumn || qstrcmp(term.column, sortColumn) != 0;
    if (otherColumn && query.sortKey != ExecutionQuery::SortKey::StartTime) {
        constexpr int manyMatches = 5000;
        QVariantList values;
        QSqlQuery count(m_database.db());
        count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM executions WHERE %1 LIMIT %2)")
                          .arg(whereClause(true, &values, false))
                          .arg(manyMatches));
        for (const QVariant &v : std::as_const(values))
            count.addBindValue(v);
        if (!count.exec() || !count.next())
            return sqlError(count);
        filtersMayUseIndexes = count.value(0).toInt() < manyMatches;
    }
    QVariantList values;
    const QString where = whereClause(filtersMayUseIndexes, &values, true);
    // Each order is exactly the order of one index walked forwards or backwards (an index entry
    // ends with the rowid), so SQLite reads the first page straight off the index and never sorts
    // the whole table: that is what keeps a sort change fast on a million executions.
    const QLatin1String asc("ASC"), desc("DESC");
    const bool up = query.ascending;
    QString order;
    switch (query.sortKey) {
    case ExecutionQuery::SortKey::StartTime:
    case ExecutionQuery::SortKey::EndTime: {
        const QLatin1String column(query.sortKey == ExecutionQuery::SortKey::StartTime ? "start_time" : "end_time");
        order = QStringLiteral("%1 %2, rowid %3").arg(column, up ? asc : desc, up ? desc : asc);
        break;
    }
    case ExecutionQuery::SortKey::DisplayName:
        order = QStringLiteral("display_name %1, rowid %1").arg(up ? asc : desc);
        break;
    case ExecutionQuery::SortKey::Pipeline:
    case ExecutionQuery::SortKey::Status:
    case ExecutionQuery::SortKey::StartedBy: {
        const QLatin1String column(query.sortKey == ExecutionQuery::SortKey::Pipeline ? "pipeline_arn"
                                   : query.sortKey == ExecutionQuery::SortKey::Status ? "status"
                                                                                      : "started_by_kind");
        order = QStringLiteral("%1 %2, start_time %3, rowid %2").arg(column, up ? asc : desc, up ? desc : asc);
        break;
    }
    }
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM executions WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(executionColumns), where, order));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        result.append(executionFrom(q));
    return result;
}

Result<std::optional<IdempotencyRecord>> PipelineStore::idempotencyRecord(const QString &accountId,
                                                                          const QString &operation,
                                                                          const QString &token) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT request_hash, response FROM idempotency_tokens "
                             "WHERE account_id = ? AND operation = ? AND token = ?"));
    q.addBindValue(accountId);
    q.addBindValue(operation);
    q.addBindValue(token);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(IdempotencyRecord{q.value(0).toString(), q.value(1).toString()});
}

Status PipelineStore::insertIdempotencyRecord(const QString &accountId, const QString &operation,
                                              const QString &token, const IdempotencyRecord &record, qint64 at)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO idempotency_tokens (account_id, operation, token, request_hash, response, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(accountId), QVariant(operation), QVariant(token), QVariant(record.requestHash),
                              QVariant(record.response), QVariant(at)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<PipelineReferences> PipelineStore::references(const QString &pipelineArn) const
{
    PipelineReferences result;
    QSqlQuery schedules(m_database.db());
    schedules.prepare(QStringLiteral("SELECT name FROM schedules WHERE target_pipeline_arn = ? ORDER BY name"));
    schedules.addBindValue(pipelineArn);
    if (!schedules.exec())
        return sqlError(schedules);
    while (schedules.next())
        result.schedules.append(schedules.value(0).toString());
    QSqlQuery rules(m_database.db());
    rules.prepare(QStringLiteral("SELECT DISTINCT r.name FROM rules r JOIN rule_targets t ON t.rule_arn = r.arn "
                                 "WHERE t.pipeline_arn = ? ORDER BY r.name"));
    rules.addBindValue(pipelineArn);
    if (!rules.exec())
        return sqlError(rules);
    while (rules.next())
        result.rules.append(rules.value(0).toString());
    return result;
}

Result<QHash<QString, StepSimulation>> PipelineStore::stepSimulations(const QString &pipelineArn) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT step_name, duration_ms, fail_attempts, failure_reason FROM step_simulation "
                             "WHERE pipeline_arn = ?"));
    q.addBindValue(pipelineArn);
    if (!q.exec())
        return sqlError(q);
    QHash<QString, StepSimulation> result;
    while (q.next()) {
        StepSimulation simulation;
        simulation.durationMs = q.value(1).toLongLong();
        simulation.failAttempts = q.value(2).toInt();
        simulation.failureReason = q.value(3).toString();
        result.insert(q.value(0).toString(), simulation);
    }
    return result;
}

Status PipelineStore::setStepSimulation(const QString &pipelineArn, const QString &stepName,
                                        const StepSimulation &simulation)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO step_simulation (pipeline_arn, step_name, duration_ms, "
                             "fail_attempts, failure_reason) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(pipelineArn), QVariant(stepName), QVariant(simulation.durationMs),
                              QVariant(simulation.failAttempts), nullableText(simulation.failureReason)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace Pd

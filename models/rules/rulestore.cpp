#include "rules/rulestore.h"

#include "accounts/connectedaccounts.h"
#include "core/tr.h"
#include "store/database.h"
#include "store/sqlvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Pd {

namespace {

const char ruleColumns[] = "arn, account_id, event_bus, name, description, event_pattern, schedule_expression, state, "
                           "role_arn, tags, created_at, modified_at, planned_through";

Rule ruleFrom(const QSqlQuery &q)
{
    Rule r;
    r.arn = q.value(0).toString();
    r.accountId = q.value(1).toString();
    r.eventBus = q.value(2).toString();
    r.name = q.value(3).toString();
    r.description = q.value(4).toString();
    r.eventPattern = q.value(5).toString();
    r.scheduleExpression = q.value(6).toString();
    r.enabled = q.value(7).toString() == QLatin1String("ENABLED");
    r.roleArn = q.value(8).toString();
    r.tags = tagsFromJson(q.value(9).toString());
    r.createdAt = q.value(10).toLongLong();
    r.modifiedAt = q.value(11).toLongLong();
    r.plannedThrough = q.value(12).toLongLong();
    return r;
}

Status execOrError(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status execWith(Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return execOrError(q);
}

} // namespace

QString RuleStore::parametersToJson(const QList<RuleParameter> &parameters)
{
    QJsonArray array;
    for (const RuleParameter &p : parameters) {
        array.append(QJsonObject{{QStringLiteral("Name"), p.name},
                                 {p.dynamic ? QStringLiteral("Path") : QStringLiteral("Value"), p.value}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RuleParameter> RuleStore::parametersFromJson(const QString &json)
{
    QList<RuleParameter> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        RuleParameter p;
        p.name = o.value(QLatin1String("Name")).toString();
        p.dynamic = o.contains(QLatin1String("Path"));
        p.value = o.value(p.dynamic ? QLatin1String("Path") : QLatin1String("Value")).toString();
        result.append(p);
    }
    return result;
}

Result<QStringList> RuleStore::eventBuses(const QString &accountId) const
{
    return selectStrings(m_database, QStringLiteral("SELECT name FROM event_buses WHERE account_id = ? ORDER BY name"),
                         {accountId});
}

Result<bool> RuleStore::hasEventBus(const QString &accountId, const QString &name) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT 1 FROM event_buses WHERE account_id = ? AND name = ?"));
    q.addBindValue(accountId);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    return q.next();
}

Status RuleStore::insertEventBus(const QString &accountId, const QString &name, qint64 createdAt)
{
    return execWith(m_database, QStringLiteral("INSERT INTO event_buses (account_id, name, created_at) VALUES (?,?,?)"),
                    {accountId, name, createdAt});
}

Status RuleStore::removeEventBus(const QString &accountId, const QString &name)
{
    return execWith(m_database, QStringLiteral("DELETE FROM event_buses WHERE account_id = ? AND name = ?"),
                    {accountId, name});
}

Result<int> RuleStore::ruleCountOnBus(const QString &accountId, const QString &bus) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM rules WHERE account_id = ? AND event_bus = ?"));
    q.addBindValue(accountId);
    q.addBindValue(bus);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

Result<QList<Rule>> RuleStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM rules%2 ORDER BY account_id, event_bus, name")
                  .arg(QLatin1String(ruleColumns), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<Rule> result;
    QHash<QString, int> indexOf;
    while (q.next()) {
        indexOf.insert(q.value(0).toString(), int(result.size()));
        result.append(ruleFrom(q));
    }
    if (result.isEmpty())
        return result;
    // The targets of the same rules in one query, not one query per rule.
    QSqlQuery t(m_database.db());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT rule_arn, target_id, pipeline_arn, role_arn, parameters FROM rule_targets "
                             "WHERE rule_arn IN (SELECT arn FROM rules%1) ORDER BY rule_arn, rowid")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &v : values)
        t.addBindValue(v);
    if (!t.exec())
        return sqlError(t);
    while (t.next()) {
        const auto found = indexOf.constFind(t.value(0).toString());
        if (found == indexOf.constEnd())
            continue;
        RuleTarget target;
        target.id = t.value(1).toString();
        target.pipelineArn = t.value(2).toString();
        target.roleArn = t.value(3).toString();
        target.parameters = parametersFromJson(t.value(4).toString());
        result[found.value()].targets.append(target);
    }
    return result;
}

Result<Rule> RuleStore::rule(const QString &arn) const
{
    auto found = select(QStringLiteral("arn = ?"), {arn});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(Tr::tr("The rule “%1” does not exist.").arg(arn));
    return found->constFirst();
}

Result<QList<Rule>> RuleStore::rules(const QString &accountId, const QString &bus) const
{
    QStringList terms;
    QVariantList values;
    if (!accountId.isEmpty()) {
        terms << QStringLiteral("account_id = ?");
        values << accountId;
    }
    if (!bus.isEmpty()) {
        terms << QStringLiteral("event_bus = ?");
        values << bus;
    }
    return select(terms.join(QStringLiteral(" AND ")), values);
}

Result<QList<Rule>> RuleStore::enabledPatternRules(const QString &accountId, const QString &bus) const
{
    // A connected account's rules are matched by EventBridge, never by the local event bus.
    return select(QStringLiteral("account_id = ? AND event_bus = ? AND state = 'ENABLED' AND event_pattern IS NOT NULL "
                                 "AND ")
                      + ConnectedAccounts::localAccountSql(QStringLiteral("account_id")),
                  {accountId, bus});
}

Result<QList<Rule>> RuleStore::enabledScheduledRules() const
{
    return select(QStringLiteral("state = 'ENABLED' AND schedule_expression IS NOT NULL AND ")
                      + ConnectedAccounts::localAccountSql(QStringLiteral("account_id")),
                  {});
}

Status RuleStore::insertTargets(const QString &ruleArn, const QList<RuleTarget> &targets)
{
    for (const RuleTarget &target : targets) {
        if (Status s = execWith(m_database,
                                QStringLiteral("INSERT INTO rule_targets (rule_arn, target_id, pipeline_arn, role_arn, "
                                               "parameters) VALUES (?,?,?,?,?)"),
                                {ruleArn, target.id, target.pipelineArn, nullableText(target.roleArn),
                                 parametersToJson(target.parameters)});
            !s)
            return s;
    }
    return {};
}

Status RuleStore::insert(const Rule &r)
{
    Status s =
        execWith(m_database,
                 QStringLiteral("INSERT INTO rules (arn, account_id, event_bus, name, description, event_pattern, "
                                "schedule_expression, state, role_arn, tags, created_at, modified_at, "
                                "planned_through) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                 {r.arn, r.accountId, r.eventBus, r.name, nullableText(r.description), nullableText(r.eventPattern),
                  nullableText(r.scheduleExpression), r.stateString(), nullableText(r.roleArn), tagsToJson(r.tags),
                  r.createdAt, r.modifiedAt, nullableTime(r.plannedThrough)});
    if (!s)
        return s;
    return insertTargets(r.arn, r.targets);
}

Status RuleStore::replace(const QString &originalArn, const Rule &r)
{
    if (originalArn == r.arn) {
        Status s = execWith(m_database,
                            QStringLiteral("UPDATE rules SET account_id = ?, event_bus = ?, name = ?, description = ?, "
                                           "event_pattern = ?, schedule_expression = ?, state = ?, role_arn = ?, "
                                           "tags = ?, created_at = ?, modified_at = ?, planned_through = ? "
                                           "WHERE arn = ?"),
                            {r.accountId, r.eventBus, r.name, nullableText(r.description), nullableText(r.eventPattern),
                             nullableText(r.scheduleExpression), r.stateString(), nullableText(r.roleArn),
                             tagsToJson(r.tags), r.createdAt, r.modifiedAt, nullableTime(r.plannedThrough), r.arn});
        if (!s)
            return s;
        return setTargets(r.arn, r.targets);
    }
    // A rename or a move to another bus: the history follows the rule to its new ARN.
    if (Status s = execWith(m_database, QStringLiteral("DELETE FROM rule_targets WHERE rule_arn = ?"), {originalArn});
        !s)
        return s;
    if (Status s = execWith(m_database, QStringLiteral("DELETE FROM rules WHERE arn = ?"), {originalArn}); !s)
        return s;
    if (Status s = insert(r); !s)
        return s;
    if (Status s = execWith(m_database, QStringLiteral("UPDATE rule_invocations SET rule_arn = ? WHERE rule_arn = ?"),
                            {r.arn, originalArn});
        !s)
        return s;
    return execWith(m_database, QStringLiteral("UPDATE firings SET trigger_arn = ? WHERE trigger_arn = ?"),
                    {r.arn, originalArn});
}

Status RuleStore::remove(const QString &arn)
{
    for (const char *sql :
         {"DELETE FROM rule_targets WHERE rule_arn = ?", "DELETE FROM rule_invocations WHERE rule_arn = ?",
          "DELETE FROM firings WHERE trigger_arn = ?", "DELETE FROM rules WHERE arn = ?"}) {
        if (Status s = execWith(m_database, QString::fromLatin1(sql), {arn}); !s)
            return s;
    }
    return {};
}

Status RuleStore::setTargets(const QString &ruleArn, const QList<RuleTarget> &targets)
{
    if (Status s = execWith(m_database, QStringLiteral("DELETE FROM rule_targets WHERE rule_arn = ?"), {ruleArn}); !s)
        return s;
    return insertTargets(ruleArn, targets);
}

Status RuleStore::setPlannedThrough(const QString &arn, qint64 scheduledMs)
{
    return execWith(
        m_database,
        QStringLiteral("UPDATE rules SET planned_through = max(coalesce(planned_through, 0), ?) WHERE arn = ?"),
        {scheduledMs, arn});
}

Result<QString> RuleStore::changeStamp() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(modified_at), 0), "
                               "coalesce(sum(CASE state WHEN 'ENABLED' THEN 1 ELSE 0 END), 0) FROM rules "
                               "WHERE schedule_expression IS NOT NULL")) ||
        !q.next())
        return sqlError(q);
    return QStringLiteral("%1/%2/%3")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toLongLong());
}

Result<QString> RuleStore::patternStamp(const QString &accountId, const QString &bus) const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(max(modified_at), 0), "
                             "coalesce(sum(CASE state WHEN 'ENABLED' THEN 1 ELSE 0 END), 0), "
                             "coalesce(sum(length(arn)), 0) FROM rules WHERE account_id = ? AND event_bus = ?"));
    q.addBindValue(accountId);
    q.addBindValue(bus);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return QStringLiteral("%1/%2/%3/%4")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toLongLong())
        .arg(q.value(3).toLongLong());
}

Result<qint64> RuleStore::insertInvocation(const RuleInvocation &i)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT INTO rule_invocations (rule_arn, event_id, target_id, at, outcome, execution_arn, "
                             "message) VALUES (?,?,?,?,?,?,?)"));
    for (const QVariant &v : QVariantList{i.ruleArn, i.eventId, i.targetId, i.at, toApiString(i.outcome),
                                          nullableText(i.executionArn), nullableText(i.message)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Result<QList<RuleInvocation>> RuleStore::invocations(const QString &ruleArn, int limit) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, rule_arn, event_id, target_id, at, outcome, execution_arn, message "
                             "FROM rule_invocations WHERE rule_arn = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(ruleArn);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<RuleInvocation> result;
    while (q.next()) {
        RuleInvocation i;
        i.id = q.value(0).toLongLong();
        i.ruleArn = q.value(1).toString();
        i.eventId = q.value(2).toString();
        i.targetId = q.value(3).toString();
        i.at = q.value(4).toLongLong();
        i.outcome = invocationOutcomeFromApi(q.value(5).toString());
        i.executionArn = q.value(6).toString();
        i.message = q.value(7).toString();
        result.append(i);
    }
    return result;
}

Result<QStringList> RuleStore::roleArns(const QString &accountId) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT role_arn FROM pipelines WHERE account_id = ? AND role_arn IS NOT NULL "
                             "UNION SELECT role_arn FROM rules WHERE account_id = ? AND role_arn IS NOT NULL "
                             "UNION SELECT t.role_arn FROM rule_targets t JOIN rules r ON r.arn = t.rule_arn "
                             "WHERE r.account_id = ? AND t.role_arn IS NOT NULL ORDER BY 1"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(accountId);
    if (!q.exec())
        return sqlError(q);
    QStringList result;
    while (q.next()) {
        const QString arn = q.value(0).toString();
        if (!arn.isEmpty())
            result.append(arn);
    }
    return result;
}

} // namespace Pd

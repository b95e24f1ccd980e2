#include "rules/rulemirror.h"

#include "accounts/mirrorsession.h"
#include "core/clock.h"
#include "core/tr.h"
#include "rules/rulestore.h"
#include "rules/ruleservice.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Pd {

namespace {

const QLatin1String busKind("event-bus");
const QString defaultBusName = QStringLiteral("default");

QString rulesKind(const QString &bus)
{
    return QStringLiteral("rule ") + bus;
}

QString targetsKind(const QString &ruleArn)
{
    return QStringLiteral("target ") + ruleArn;
}

Error badMember(const QString &member, const QString &reason)
{
    return Error::invalid(member, QStringLiteral("%1: %2").arg(member, reason));
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q);
    return {};
}

// The account of an ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE), empty when it is not one.
QString accountOf(const QString &arn, const char *service)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    if (p.size() < 6 || p.at(0) != QLatin1String("arn") || p.at(2) != QLatin1String(service))
        return QString();
    return p.at(4);
}

bool isPipelineArn(const QString &arn)
{
    const QStringList p = arn.split(QLatin1Char(':'));
    return p.size() == 6 && p.at(0) == QLatin1String("arn") && p.at(2) == QLatin1String("sagemaker")
           && p.at(5).startsWith(QLatin1String("pipeline/")) && p.at(5).count(QLatin1Char('/')) == 1;
}

} // namespace

RuleMirror::RuleMirror(ServiceContext &context, RuleService &rules, std::unique_ptr<MirrorSession> session)
    : m_context(context), m_rules(rules), m_session(std::move(session)), m_accountId(m_session->accountId()),
      m_profile(m_session->profile())
{
}

RuleMirror::~RuleMirror() = default;

Result<std::unique_ptr<RuleMirror>> RuleMirror::begin(ServiceContext &context, RuleService &rules,
                                                      const QString &accountId)
{
    auto session = MirrorSession::begin(context.database(), accountId);
    if (!session)
        return session.error();
    return std::unique_ptr<RuleMirror>(new RuleMirror(context, rules, std::move(session).value()));
}

Status RuleMirror::applyEventBuses(const QJsonObject &page)
{
    const QJsonArray buses = page.value(QLatin1String("EventBuses")).toArray();
    struct Bus
    {
        QString name;
        qint64 createdAt = 0;
    };
    QList<Bus> rows;
    const qint64 now = m_context.clock().nowMs();
    for (qsizetype i = 0; i < buses.size(); ++i) {
        const QJsonObject o = buses.at(i).toObject();
        const QString path = QStringLiteral("EventBuses[%1]").arg(i);
        const QString arn = text(o, "Arn");
        if (accountOf(arn, "events") != m_accountId)
            return badMember(path + QStringLiteral(".Arn"),
                             Tr::tr("“%1” is not an event bus of the synced account %2.").arg(arn, m_accountId));
        Bus bus{text(o, "Name"), 0};
        if (bus.name.isEmpty())
            return badMember(path + QStringLiteral(".Name"), Tr::tr("a name is required."));
        const QJsonValue created = o.value(QLatin1String("CreationTime"));
        bus.createdAt = created.isDouble() ? qint64(created.toDouble() * 1000.0) : now;
        rows.append(bus);
    }
    Database &database = m_context.database();
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral("INSERT INTO event_buses (account_id, name, created_at, origin, read_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, name) DO UPDATE SET "
                                 "created_at = excluded.created_at, origin = excluded.origin, read_at = excluded.read_at"));
        for (const Bus &bus : std::as_const(rows)) {
            // The default bus is not a row: every account has it.
            if (bus.name == defaultBusName)
                continue;
            int i = 0;
            for (const QVariant &v : {QVariant(m_accountId), QVariant(bus.name), QVariant(bus.createdAt),
                                      QVariant(m_profile), QVariant(now)})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(busKind, bus.name); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    emit m_rules.eventBusesChanged(m_accountId);
    return {};
}

Result<int> RuleMirror::finishEventBuses()
{
    auto deleted = m_session->deleteUnseen(busKind,
                                           QStringLiteral("DELETE FROM event_buses WHERE account_id = ? AND origin IS "
                                                          "NOT NULL AND name NOT IN ")
                                               + MirrorSession::seenKeysSql(),
                                           {m_accountId});
    if (deleted && deleted.value() > 0)
        emit m_rules.eventBusesChanged(m_accountId);
    return deleted;
}

Status RuleMirror::applyRules(const QString &eventBus, const QJsonObject &page)
{
    return applyRuleList(eventBus, page.value(QLatin1String("Rules")).toArray(), QStringLiteral("Rules[%1]"));
}

Status RuleMirror::applyRule(const QJsonObject &answer)
{
    const QString bus = text(answer, "EventBusName");
    return applyRuleList(bus.isEmpty() ? defaultBusName : bus, QJsonArray{answer}, QStringLiteral("DescribeRule"));
}

Status RuleMirror::applyRuleList(const QString &eventBus, const QJsonArray &list, const QString &pathPattern)
{
    const QString bus = eventBus.isEmpty() ? defaultBusName : eventBus;
    QList<Rule> rows;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString path = pathPattern.contains(QLatin1String("%1")) ? pathPattern.arg(i) : pathPattern;
        Rule r;
        r.arn = text(o, "Arn");
        r.name = text(o, "Name");
        r.accountId = m_accountId;
        r.eventBus = bus;
        if (accountOf(r.arn, "events") != m_accountId || !r.arn.section(QLatin1Char(':'), 5).startsWith(QLatin1String("rule/")))
            return badMember(path + QStringLiteral(".Arn"),
                             Tr::tr("“%1” is not a rule of the synced account %2.").arg(r.arn, m_accountId));
        if (r.name.isEmpty())
            return badMember(path + QStringLiteral(".Name"), Tr::tr("a name is required."));
        const QString answeredBus = text(o, "EventBusName");
        if (!answeredBus.isEmpty() && answeredBus != bus)
            return badMember(path + QStringLiteral(".EventBusName"),
                             Tr::tr("the rule is on the event bus “%1”, not on “%2”.").arg(answeredBus, bus));
        const QString state = text(o, "State");
        if (state == QLatin1String("DISABLED"))
            r.enabled = false;
        else if (state == QLatin1String("ENABLED") || state == QLatin1String("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"))
            r.enabled = true;
        else
            return badMember(path + QStringLiteral(".State"), Tr::tr("“%1” is not a rule state.").arg(state));
        // Kept as the pattern's own compact JSON, as local rules keep theirs.
        const QString pattern = text(o, "EventPattern");
        if (!pattern.isEmpty())
            r.eventPattern = QString::fromUtf8(QJsonDocument::fromJson(pattern.toUtf8()).toJson(QJsonDocument::Compact));
        if (!pattern.isEmpty() && r.eventPattern.isEmpty())
            return badMember(path + QStringLiteral(".EventPattern"), Tr::tr("the event pattern is not JSON."));
        r.scheduleExpression = text(o, "ScheduleExpression");
        if (r.eventPattern.isEmpty() == r.scheduleExpression.isEmpty())
            return badMember(path, Tr::tr("a rule has either an event pattern or a schedule expression."));
        r.description = text(o, "Description");
        r.roleArn = text(o, "RoleArn");
        rows.append(r);
    }
    Database &database = m_context.database();
    const qint64 now = m_context.clock().nowMs();
    const QString kind = rulesKind(bus);
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral(
            "INSERT INTO rules (arn, account_id, event_bus, name, description, event_pattern, schedule_expression, "
            "state, role_arn, created_at, modified_at, origin, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (arn) DO UPDATE SET description = excluded.description, "
            "event_pattern = excluded.event_pattern, schedule_expression = excluded.schedule_expression, "
            "state = excluded.state, role_arn = excluded.role_arn, origin = excluded.origin, "
            "read_at = excluded.read_at, modified_at = CASE WHEN description IS excluded.description AND "
            "event_pattern IS excluded.event_pattern AND schedule_expression IS excluded.schedule_expression AND "
            "state = excluded.state AND role_arn IS excluded.role_arn THEN modified_at ELSE excluded.modified_at END"));
        for (const Rule &r : std::as_const(rows)) {
            int i = 0;
            for (const QVariant &v :
                 {QVariant(r.arn), QVariant(m_accountId), QVariant(r.eventBus), QVariant(r.name),
                  nullableText(r.description), nullableText(r.eventPattern), nullableText(r.scheduleExpression),
                  QVariant(r.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")), nullableText(r.roleArn),
                  QVariant(now), QVariant(now), QVariant(m_profile), QVariant(now)})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(kind, r.arn); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status;
    if (!rows.isEmpty())
        emit m_rules.rulesChanged(m_accountId);
    return {};
}

Result<int> RuleMirror::finishRules(const QString &eventBus)
{
    const QString bus = eventBus.isEmpty() ? defaultBusName : eventBus;
    // Their targets go with them (foreign keys).
    auto deleted = m_session->deleteUnseen(rulesKind(bus),
                                           QStringLiteral("DELETE FROM rules WHERE account_id = ? AND event_bus = ? AND "
                                                          "origin IS NOT NULL AND arn NOT IN ")
                                               + MirrorSession::seenKeysSql(),
                                           {m_accountId, bus});
    if (deleted && deleted.value() > 0)
        emit m_rules.rulesChanged(m_accountId);
    return deleted;
}

Status RuleMirror::checkRule(const QString &ruleArn) const
{
    QSqlQuery q(m_context.database().db());
    q.prepare(QStringLiteral("SELECT account_id FROM rules WHERE arn = ?"));
    q.addBindValue(ruleArn);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).toString() != m_accountId)
        return Error::notFound(
            Tr::tr("Rule %1 is not a rule of account %2 in this workspace.").arg(ruleArn, m_accountId));
    return {};
}

Status RuleMirror::applyTargets(const QString &ruleArn, const QJsonObject &page)
{
    if (Status known = checkRule(ruleArn); !known)
        return known;
    const QJsonArray list = page.value(QLatin1String("Targets")).toArray();
    QList<RuleTarget> rows;
    int skipped = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString path = QStringLiteral("Targets[%1]").arg(i);
        RuleTarget t;
        t.id = text(o, "Id");
        if (t.id.isEmpty())
            return badMember(path + QStringLiteral(".Id"), Tr::tr("a target id is required."));
        t.pipelineArn = text(o, "Arn");
        if (!isPipelineArn(t.pipelineArn)) {
            ++skipped; // a Lambda function, a queue…: not what this desk shows
            continue;
        }
        t.roleArn = text(o, "RoleArn");
        const QJsonArray parameters = o.value(QLatin1String("SageMakerPipelineParameters"))
                                          .toObject()
                                          .value(QLatin1String("PipelineParameterList"))
                                          .toArray();
        for (const QJsonValue &p : parameters) {
            const QJsonObject parameter = p.toObject();
            // EventBridge reads a value that begins with "$." as a JSONPath into the event, as the
            // desk's own targets (ruleinterchange.h) do.
            const QString value = text(parameter, "Value");
            t.parameters.append({text(parameter, "Name"), value, value.startsWith(QLatin1String("$."))});
        }
        rows.append(t);
    }
    Database &database = m_context.database();
    const QString kind = targetsKind(ruleArn);
    const Status status = database.transaction([&]() -> Status {
        QSqlQuery q(database.db());
        q.prepare(QStringLiteral("INSERT INTO rule_targets (rule_arn, target_id, pipeline_arn, role_arn, parameters) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (rule_arn, target_id) DO UPDATE SET "
                                 "pipeline_arn = excluded.pipeline_arn, role_arn = excluded.role_arn, "
                                 "parameters = excluded.parameters"));
        for (const RuleTarget &t : std::as_const(rows)) {
            int i = 0;
            for (const QVariant &v : {QVariant(ruleArn), QVariant(t.id), QVariant(t.pipelineArn), nullableText(t.roleArn),
                                      QVariant(RuleStore::parametersToJson(t.parameters))})
                q.bindValue(i++, v);
            if (Status s = exec(q); !s)
                return s;
            if (Status s = m_session->markSeen(kind, t.id); !s)
                return s;
        }
        QSqlQuery read(database.db());
        read.prepare(QStringLiteral("UPDATE rules SET read_at = ? WHERE arn = ?"));
        read.addBindValue(m_context.clock().nowMs());
        read.addBindValue(ruleArn);
        return exec(read);
    });
    if (!status)
        return status;
    m_skippedTargets += skipped;
    emit m_rules.rulesChanged(m_accountId);
    return {};
}

Result<int> RuleMirror::finishTargets(const QString &ruleArn)
{
    if (Status known = checkRule(ruleArn); !known)
        return known.error();
    auto deleted = m_session->deleteUnseen(targetsKind(ruleArn),
                                           QStringLiteral("DELETE FROM rule_targets WHERE rule_arn = ? AND target_id "
                                                          "NOT IN ")
                                               + MirrorSession::seenKeysSql(),
                                           {ruleArn});
    if (deleted && deleted.value() > 0)
        emit m_rules.rulesChanged(m_accountId);
    return deleted;
}

} // namespace Pd

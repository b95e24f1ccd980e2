#pragma once

#include "core/result.h"
#include "rules/rule.h"

#include <QStringList>
#include <QVariant>

namespace Pd {

class Database;

// SQL for event buses, rules, their targets and invocations. Writes must run inside
// Database::transaction(); reads may run anywhere.
class RuleStore
{
public:
    explicit RuleStore(Database &database)
        : m_database(database)
    {}

    // Custom buses of an account, by name ("default" is implicit and not stored).
    Result<QStringList> eventBuses(const QString &accountId) const;
    Result<bool> hasEventBus(const QString &accountId, const QString &name) const;
    Status insertEventBus(const QString &accountId, const QString &name, qint64 createdAt);
    Status removeEventBus(const QString &accountId, const QString &name);
    Result<int> ruleCountOnBus(const QString &accountId, const QString &bus) const;

    // A rule with its targets; NotFound when absent.
    Result<Rule> rule(const QString &arn) const;
    // Rules of an account (of one bus when bus is not empty; of every account when accountId is
    // empty), by bus then name, with their targets.
    Result<QList<Rule>> rules(const QString &accountId, const QString &bus = {}) const;
    // ENABLED rules with an event pattern on one bus of one account, with their targets.
    Result<QList<Rule>> enabledPatternRules(const QString &accountId, const QString &bus) const;
    // Every ENABLED scheduled rule (all accounts), with its targets.
    Result<QList<Rule>> enabledScheduledRules() const;

    // Writes the rule row and replaces its targets.
    Status insert(const Rule &rule);
    // Replaces the rule stored under originalArn (its ARN may change: invocations and firings
    // follow it to the new ARN).
    Status replace(const QString &originalArn, const Rule &rule);
    // Deletes the rule with its targets, invocations and firings (executions it started stay).
    Status remove(const QString &arn);
    Status setTargets(const QString &ruleArn, const QList<RuleTarget> &targets);
    Status setPlannedThrough(const QString &arn, qint64 scheduledMs);
    // Changes whenever a scheduled rule is added, changed or removed (for an engine in another
    // process).
    Result<QString> changeStamp() const;
    // Changes whenever a rule of that bus is added, changed or removed (the matcher cache's key).
    Result<QString> patternStamp(const QString &accountId, const QString &bus) const;

    Result<qint64> insertInvocation(const RuleInvocation &invocation);
    // Newest first.
    Result<QList<RuleInvocation>> invocations(const QString &ruleArn, int limit) const;

    // Distinct role ARNs of an account's pipelines, rules, rule targets (sorted).
    Result<QStringList> roleArns(const QString &accountId) const;

    // Parameters as stored: [{"Name":..,"Value":..}] with "Path" instead of "Value" when dynamic.
    static QString parametersToJson(const QList<RuleParameter> &parameters);
    static QList<RuleParameter> parametersFromJson(const QString &json);

private:
    Result<QList<Rule>> select(const QString &where, const QVariantList &values) const;
    Status insertTargets(const QString &ruleArn, const QList<RuleTarget> &targets);

    Database &m_database;
};

} // namespace Pd

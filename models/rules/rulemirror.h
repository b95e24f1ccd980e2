#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Pd {

class MirrorSession;
class RuleService;
class ServiceContext;

// The workspace side of a sync of a connected account's EventBridge event buses, rules and their
// targets, as PipelineMirror is for SageMaker: the API's answers (ListEventBuses, ListRules,
// DescribeRule, ListTargetsByRule) written into event_buses, rules and rule_targets with origin =
// the profile and read_at = now, one transaction an answer, announced with RuleService's
// eventBusesChanged / rulesChanged. A finished listing deletes the account's mirrored rows the
// cloud no longer has, never local rows or another account's. The local event bus and engine
// never act on these rows (ConnectedAccounts).
//
// What the tables cannot hold is left out and said so: a target that is not a SageMaker pipeline
// (a Lambda function, an SNS topic) is skipped and counted (skippedTargets()). EventBridge gives
// a rule no creation time: a new row's is its first read.
class RuleMirror
{
public:
    static Result<std::unique_ptr<RuleMirror>> begin(ServiceContext &context, RuleService &rules,
                                                     const QString &accountId);
    ~RuleMirror();
    RuleMirror(const RuleMirror &) = delete;
    RuleMirror &operator=(const RuleMirror &) = delete;

    // ListEventBuses: {"EventBuses": [{Name, Arn, CreationTime, ...}]}. The default bus always
    // exists and is not a row.
    Status applyEventBuses(const QJsonObject &page);
    Result<int> finishEventBuses();

    // ListRules of one bus: {"Rules": [{Name, Arn, EventPattern, ScheduleExpression, State,
    // Description, RoleArn, EventBusName, ManagedBy}]}; DescribeRule's answer has the same members.
    // ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS is ENABLED.
    Status applyRules(const QString &eventBus, const QJsonObject &page);
    Status applyRule(const QJsonObject &answer);
    // ListRules of the bus completed: deletes its mirrored rules this session did not see.
    Result<int> finishRules(const QString &eventBus);

    // ListTargetsByRule: {"Targets": [{Id, Arn, RoleArn, SageMakerPipelineParameters:
    // {PipelineParameterList: [{Name, Value}]}}]}.
    Status applyTargets(const QString &ruleArn, const QJsonObject &page);
    Result<int> finishTargets(const QString &ruleArn);
    int skippedTargets() const { return m_skippedTargets; }

private:
    RuleMirror(ServiceContext &context, RuleService &rules, std::unique_ptr<MirrorSession> session);
    Status applyRuleList(const QString &eventBus, const QJsonArray &rules, const QString &path);
    Status checkRule(const QString &ruleArn) const;

    ServiceContext &m_context;
    RuleService &m_rules;
    std::unique_ptr<MirrorSession> m_session;
    QString m_accountId;
    QString m_profile;
    int m_skippedTargets = 0;
};

} // namespace Pd

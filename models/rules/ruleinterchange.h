#pragma once

#include "core/result.h"
#include "rules/rule.h"

#include <QJsonObject>

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace Pd {

// Rules and their targets to and from other tools' documents (docs/import-export.md has the
// mapping tables). Pure functions: no store; the rules read carry no ARN or account (the rule
// service fills them in).
// - AwsCli: the AWS CLI input JSON of put-rule and put-targets, one rule a document
//   {"PutRule": {...}, "PutTargets": {...}} (use each half with
//   `aws events put-rule --cli-input-json` / `aws events put-targets --cli-input-json`).
//   EventPattern is a JSON string there, as the API takes it.
// - CloudFormation / CloudFormationJson: an AWS::Events::Rule resource snippet
//   {"<LogicalId>": {"Type": "AWS::Events::Rule", "Properties": {...}}} in YAML or JSON, with
//   the event pattern as an object and the targets inline.
// A target parameter whose value begins with "$." is a JSONPath into the event in both formats
// (EventBridge's dynamic path parameters), so a static value beginning with "$." cannot be
// written: it is exported as it is and reported, and comes back dynamic.
enum class RuleFormat { AwsCli, CloudFormation, CloudFormationJson };

QString toCliString(RuleFormat format); // "aws-cli", "cloudformation", "cloudformation-json"
std::optional<RuleFormat> ruleFormatFromCli(const QString &text);

struct RuleExport
{
    QByteArray text;
    // One translated sentence for each thing the format cannot express, naming the member.
    QStringList notExpressible;
};

// One rule; several rules: a JSON list of {"PutRule", "PutTargets"} documents (AwsCli) or one
// snippet with a resource each (CloudFormation), logical ids made unique.
RuleExport exportRule(const Rule &rule, RuleFormat format);
RuleExport exportRules(const QList<Rule> &rules, RuleFormat format);

struct RuleImport
{
    QList<Rule> rules;
    RuleFormat format = RuleFormat::AwsCli;
    QStringList warnings; // translated: members ignored
};

// Reads rules. format: as given, or detected ("PutRule", "Name" or a list of them: AWS CLI;
// resources of Type AWS::Events::Rule, bare or under "Resources": CloudFormation). AwsCli also
// takes a bare put-rule input, and then putTargets may hold its put-targets input; one that is
// given but empty (or only white space) is refused (InvalidInput, field "PutTargets") rather than
// read as "no targets", so a rule never imports without the targets meant for it. Every rule is
// checked with RuleService::validate before anything is returned, so a document imports whole or
// not at all. Members are checked against EventBridge's shapes (PutRule, PutTargets, Target, Tag,
// AWS::Events::Rule): one the API does not have is refused, naming its path; one it has that a rule
// here cannot hold is a warning. Errors: InvalidInput naming the document path ("PutTargets.Targets[0].Arn",
// "Resources.Nightly.Properties.EventPattern") and the reason, or the YAML line and column.
Result<RuleImport> importRules(const QByteArray &text, std::optional<RuleFormat> format = {},
                               const std::optional<QByteArray> &putTargets = std::nullopt);

// The targets of `aws events put-targets`: its Targets list, or its whole input
// {"Rule": .., "Targets": [..]} (Rule and EventBusName are not looked at). `path` names the list
// in errors in both cases ("Targets" → "Targets[0].Arn"). Values are strings, as the API takes
// them; a parameter value beginning with "$." is a JSONPath (RuleParameter::dynamic). A member
// EventBridge's shapes do not have is refused as the AWS CLI refuses it ("Unknown parameter in
// Targets[0]: …"); one they have that a rule here cannot hold (Input, DeadLetterConfig, …) is
// ignored with a line in *warnings (not null). Only the shape is checked (an empty list is returned
// as such): RuleService::validate checks the values.
// Errors: InvalidInput naming the member and the reason.
Result<QList<RuleTarget>> targetsFromApiJson(const QJsonValue &targets, const QString &path, QStringList *warnings);

namespace Interchange {
// The SageMakerPipelineParameters object of a rule target: {"PipelineParameterList": [...]}, where
// a dynamic parameter's Value is its JSONPath.
QJsonObject pipelineParametersJson(const QList<RuleParameter> &parameters);
// The inputs of PutRule for a rule (Name, EventBusName, State, and those of Description,
// EventPattern, ScheduleExpression, RoleArn and Tags it has) and of PutTargets for `targets` of it
// (Rule, EventBusName, Targets: Id, Arn, RoleArn, SageMakerPipelineParameters), member for member
// as the API and the AWS CLI's --cli-input-json take them: the "aws-cli" export is made of them,
// and CloudActions sends them. `path` names the Targets list in *notes (not null: a static value
// that EventBridge would read as a JSONPath).
QJsonObject putRuleInput(const Rule &rule);
QJsonObject putTargetsInput(const Rule &rule, const QList<RuleTarget> &targets, const QString &path = {},
                            QStringList *notes = nullptr);
} // namespace Interchange

} // namespace Pd

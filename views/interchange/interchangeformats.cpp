#include "views/interchange/interchangeformats.h"

namespace Pd {

QString InterchangeFormats::name(RuleFormat format)
{
    switch (format) {
    case RuleFormat::AwsCli: return tr("AWS CLI input JSON (put-rule, put-targets)");
    case RuleFormat::CloudFormation: return tr("CloudFormation YAML (AWS::Events::Rule)");
    case RuleFormat::CloudFormationJson: return tr("CloudFormation JSON (AWS::Events::Rule)");
    }
    return {};
}

QString InterchangeFormats::name(ScheduleFormat format)
{
    switch (format) {
    case ScheduleFormat::AzureMlYaml: return tr("Azure ML schedule YAML");
    case ScheduleFormat::SchedulerJson: return tr("EventBridge Scheduler create-schedule JSON");
    }
    return {};
}

QString InterchangeFormats::fileSuffix(RuleFormat format)
{
    return format == RuleFormat::CloudFormation ? QStringLiteral("yaml") : QStringLiteral("json");
}

QString InterchangeFormats::fileSuffix(ScheduleFormat format)
{
    return format == ScheduleFormat::AzureMlYaml ? QStringLiteral("yaml") : QStringLiteral("json");
}

QList<ExportDialog::Format> InterchangeFormats::ruleFormats()
{
    QList<ExportDialog::Format> formats;
    for (RuleFormat f : {RuleFormat::AwsCli, RuleFormat::CloudFormation, RuleFormat::CloudFormationJson})
        formats.append({toCliString(f), fileSuffix(f), [f] {
                            return name(f);
                        }});
    return formats;
}

QList<ExportDialog::Format> InterchangeFormats::scheduleFormats()
{
    QList<ExportDialog::Format> formats;
    for (ScheduleFormat f : {ScheduleFormat::AzureMlYaml, ScheduleFormat::SchedulerJson})
        formats.append({toCliString(f), fileSuffix(f), [f] {
                            return name(f);
                        }});
    return formats;
}

} // namespace Pd

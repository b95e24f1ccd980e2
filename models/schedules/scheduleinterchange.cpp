// Schedule interchange: format names, detection, dispatch to azuremlschedule.cpp / schedulerjson.cpp.

#include "schedules/scheduleinterchange.h"

#include "core/tr.h"
#include "interchange/interchangedocument.h"
#include "interchange/yaml.h"
#include "pipelines/pipelineservice.h"
#include "schedules/scheduleinterchange_p.h"

#include <QHash>
#include <QJsonObject>

namespace Pd {

using namespace Interchange;

namespace ScheduleInterchange {

// ScheduleService::validate names CLI options; an import names the document's members.
Error renamed(Error error, const QHash<QString, QString> &paths)
{
    return error.renamed(paths.value(error.field, error.field));
}

Result<bool> state(const QString &text, const QString &path)
{
    if (text.isEmpty() || text == QLatin1String("ENABLED"))
        return true;
    if (text == QLatin1String("DISABLED"))
        return false;
    return Error::invalid(path, Tr::tr("%1: “%2” is not ENABLED or DISABLED.").arg(path, text));
}

} // namespace ScheduleInterchange

QString toCliString(ScheduleFormat format)
{
    return format == ScheduleFormat::AzureMlYaml ? QStringLiteral("azure-ml") : QStringLiteral("scheduler");
}

std::optional<ScheduleFormat> scheduleFormatFromCli(const QString &text)
{
    if (text == QLatin1String("azure-ml"))
        return ScheduleFormat::AzureMlYaml;
    if (text == QLatin1String("scheduler"))
        return ScheduleFormat::SchedulerJson;
    return std::nullopt;
}

ScheduleImportPlan planScheduleImport(const ScheduleService &schedules, const PipelineService &pipelines,
                                      const QString &identity, const ScheduleImport &import)
{
    const PipelineSchedule &s = import.schedule;
    ScheduleImportPlan plan;
    plan.groupName = s.groupName.isEmpty() ? QStringLiteral("default") : s.groupName;
    plan.replaces = schedules.describe(identity, s.name, plan.groupName).ok();
    if (!s.targetPipelineArn.isEmpty()) {
        if (auto named = pipelines.resolve(identity, s.targetPipelineArn))
            plan.pipelineArn = named->arn;
    }
    return plan;
}

ScheduleExportOptions defaultExportOptions(const PipelineService &pipelines, const QString &identity,
                                           const PipelineSchedule &schedule)
{
    ScheduleExportOptions options;
    options.roleArn = schedule.roleArn;
    if (!options.roleArn.isEmpty())
        return options;
    if (auto pipeline = pipelines.resolve(identity, schedule.targetPipelineArn))
        options.roleArn = pipeline->roleArn;
    return options;
}

Result<ScheduleExportOptions> exportOptions(const PipelineService &pipelines, const QString &identity,
                                            const PipelineSchedule &schedule, const QString &roleArn)
{
    if (roleArn.isEmpty())
        return defaultExportOptions(pipelines, identity, schedule);
    if (Status valid = ScheduleService::validateRoleArn(roleArn); !valid)
        return valid.error();
    ScheduleExportOptions options;
    options.roleArn = roleArn;
    return options;
}

ScheduleExport exportSchedule(const PipelineSchedule &schedule, ScheduleFormat format,
                              const ScheduleExportOptions &options)
{
    return format == ScheduleFormat::AzureMlYaml ? ScheduleInterchange::exportAzure(schedule)
                                                   : ScheduleInterchange::exportScheduler(schedule, options);
}

ScheduleInput ScheduleImport::input() const
{
    const PipelineSchedule &s = schedule;
    ScheduleInput in;
    in.name = s.name;
    in.groupName = s.groupName;
    in.description = s.description;
    in.expression = s.expression;
    in.timeZone = s.timeZone;
    in.startTime = s.startTime;
    in.endTime = s.endTime;
    in.enabled = s.enabled;
    in.targetPipeline = s.targetPipelineArn;
    in.parameters = s.targetParameters;
    in.roleArn = s.roleArn;
    in.flexibleWindowMinutes = s.flexibleWindowMinutes;
    in.maxRetries = s.maxRetries;
    in.maxEventAgeSeconds = s.maxEventAgeSeconds;
    in.missedPolicy = s.missedPolicy;
    in.overlapPolicy = s.overlapPolicy;
    in.actionAfterCompletion = s.actionAfterCompletion;
    return in;
}

Result<ScheduleImport> importSchedule(const QByteArray &text, std::optional<ScheduleFormat> format)
{
    auto parsed = Yaml::parseDocument(text);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return wrongType(Tr::tr("the document"), Tr::tr("an object"), parsed.value());
    const QJsonObject document = parsed->toObject();
    if (!format) {
        if (document.contains(QStringLiteral("trigger")) || document.contains(QStringLiteral("create_job")))
            format = ScheduleFormat::AzureMlYaml;
        else if (document.contains(QStringLiteral("ScheduleExpression")) || document.contains(QStringLiteral("Target")))
            format = ScheduleFormat::SchedulerJson;
        else
            return Error::invalid(
                QStringLiteral("format"),
                Tr::tr("format: the document is neither an Azure ML schedule (trigger, create_job) nor an "
                       "EventBridge Scheduler schedule (ScheduleExpression, Target)."));
    }
    return *format == ScheduleFormat::AzureMlYaml ? ScheduleInterchange::importAzure(document)
                                                   : ScheduleInterchange::importScheduler(document);
}

} // namespace Pd

#pragma once

#include "core/result.h"
#include "schedules/pipelineschedule.h"
#include "schedules/scheduleservice.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Pd {

// Schedules to and from other tools' documents (docs/import-export.md has the mapping tables):
// - AzureMlYaml: an Azure ML schedule (`az ml schedule create --file`): trigger cron|recurrence,
//   create_job {type: pipeline, job: azureml:<pipeline>, inputs}. What Azure ML has no place for
//   (group, state, flexible window, retries, event age, missed/overlap policies, action after
//   completion, the exact expression text and target ARN) is kept under `properties:` as
//   "pipelinedesk.*" strings, so that our own import restores it exactly; Azure ML itself
//   ignores them, which the export reports.
// - SchedulerJson: `aws scheduler create-schedule --cli-input-json`. Nothing but AWS members
//   are written (the AWS CLI refuses others), so missed/overlap policies are lost and reported.
// Pure functions: no store, no clock.
enum class ScheduleFormat { AzureMlYaml, SchedulerJson };

QString toCliString(ScheduleFormat format); // "azure-ml" / "scheduler"
std::optional<ScheduleFormat> scheduleFormatFromCli(const QString &text);

struct ScheduleExportOptions
{
    // Target.RoleArn of the Scheduler document. Empty: written empty and reported.
    QString roleArn;
};

class PipelineService;

// The options both faces export with unless told otherwise: the schedule's own role, else the role
// the target pipeline runs with, the natural one for EventBridge Scheduler to use (empty when the
// identity cannot read it).
ScheduleExportOptions defaultExportOptions(const PipelineService &pipelines, const QString &identity,
                                           const PipelineSchedule &schedule);
// The options with the role a person asked for instead of the default: roleArn empty keeps the
// default; otherwise it must be an IAM role ARN (ScheduleService::validateRoleArn), or
// InvalidInput naming "role-arn". The one place a role given to an export is judged.
Result<ScheduleExportOptions> exportOptions(const PipelineService &pipelines, const QString &identity,
                                            const PipelineSchedule &schedule, const QString &roleArn);

struct ScheduleExport
{
    QByteArray text;
    // One translated sentence for each thing the format cannot express (or expresses differently),
    // naming the document member.
    QStringList notExpressible;
};

ScheduleExport exportSchedule(const PipelineSchedule &schedule, ScheduleFormat format,
                              const ScheduleExportOptions &options = {});

struct ScheduleImport
{
    // Every member the document gave, defaults elsewhere; no ARN, account or times of creation.
    // targetPipelineArn holds what the document names: an ARN, or a pipeline name (Azure ML
    // azureml:<name>), or nothing when create_job is a local file.
    PipelineSchedule schedule;
    ScheduleFormat format = ScheduleFormat::SchedulerJson;
    QStringList warnings; // translated: members ignored, values not kept

    // The input ScheduleService::create takes, every member set.
    ScheduleInput input() const;
};

// Reads one schedule. format: as given, or detected (a "trigger" or "create_job" member means
// Azure ML; "ScheduleExpression" or "Target" EventBridge Scheduler). JSON or YAML syntax is
// accepted for both. Errors: InvalidInput naming the document path ("trigger.frequency",
// "Target.RetryPolicy.MaximumRetryAttempts") and the reason, or the YAML line and column.
Result<ScheduleImport> importSchedule(const QByteArray &text, std::optional<ScheduleFormat> format = {});

// What importing a schedule will do, for a preview, as ScheduleService::createOrReplace will do it.
struct ScheduleImportPlan
{
    QString groupName;  // the document's group, "default" when it names none
    bool replaces = false; // a schedule of that name exists in that group and will be replaced
    // The pipeline the document names, when the identity can see it; empty when the document
    // names none (an Azure ML local job file) or one that is not in this workspace, so the user
    // must choose the pipeline to start.
    QString pipelineArn;
};
ScheduleImportPlan planScheduleImport(const ScheduleService &schedules, const PipelineService &pipelines,
                                      const QString &identity, const ScheduleImport &import);

} // namespace Pd

#pragma once

// What the per-format halves of the schedule interchange share: scheduleinterchange.cpp keeps the
// public dispatch and format detection, azuremlschedule.cpp the Azure ML YAML and
// schedulerjson.cpp the EventBridge Scheduler JSON. Private to models/schedules.

#include "core/result.h"
#include "schedules/scheduleinterchange.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Pd::ScheduleInterchange {

ScheduleExport exportAzure(const PipelineSchedule &schedule);
Result<ScheduleImport> importAzure(const QJsonObject &document);

ScheduleExport exportScheduler(const PipelineSchedule &schedule, const ScheduleExportOptions &options);
Result<ScheduleImport> importScheduler(const QJsonObject &document);

// ScheduleService::validate names CLI options; an import names the document's members.
Error renamed(Error error, const QHash<QString, QString> &paths);
// A schedule state as the documents write it: empty or ENABLED (true), DISABLED (false).
Result<bool> state(const QString &text, const QString &path);

} // namespace Pd::ScheduleInterchange

// CloudActions on EventBridge Scheduler schedules: cloud first for a connected account, the local ScheduleService
// otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "connected/cloudsync.h"
#include "schedules/schedulerapi.h"
#include "schedules/scheduleservice.h"
#include "workspace/workspace.h"

namespace Pd {

using namespace CloudActionsDetail;

CloudJob *CloudActions::setScheduleEnabled(const QString &identity, const QString &schedule, const QString &group,
                                           bool enabled)
{
    if (profileOf(identity).isEmpty()) {
        auto changed = m_connections.workspace().schedules().setEnabled(identity, schedule, group, enabled);
        return changed ? finished(Status(), changed.value().name) : finished(changed.error());
    }
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    const QJsonObject byName{{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}};
    callFor(job, identity, SchedulerApi::getSchedule(), byName,
            [this, job, identity, enabled, name = name](const QJsonObject &current) {
                // Everything UpdateSchedule takes, as GetSchedule gave it; what only GetSchedule
                // says (ARN, dates of creation and change) is not input.
                QJsonObject input = current;
                for (const char *member : {"Arn", "CreationDate", "LastModificationDate"})
                    input.remove(QLatin1String(member));
                input.insert(QStringLiteral("State"), enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
                callFor(job, identity, SchedulerApi::updateSchedule(), input,
                        [this, job, identity, name](const QJsonObject &) {
                            refresh(job, identity, SyncScope::Schedules, name);
                        });
            });
    return job;
}

CloudJob *CloudActions::deleteSchedule(const QString &identity, const QString &schedule, const QString &group)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().schedules().remove(identity, schedule, group));
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    callFor(job, identity, SchedulerApi::deleteSchedule(),
            {{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}},
            [this, job, identity, name = name](const QJsonObject &) {
                refresh(job, identity, SyncScope::Schedules, name);
            });
    return job;
}

} // namespace Pd

#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Pd {

class MirrorSession;
class ScheduleService;
class ServiceContext;

// The workspace side of a sync of a connected account's EventBridge Scheduler schedules, as
// PipelineMirror is for SageMaker: answers of ListSchedules and GetSchedule written into the
// schedules table with origin = the profile and read_at = now, one transaction an answer,
// announced with ScheduleService::schedulesChanged; a finished listing deletes the account's
// mirrored schedules the cloud no longer has, never local ones. The local engine never fires
// them (ConnectedAccounts).
//
// A summary (ListSchedules) has no expression or target, which the table needs: applySchedules()
// updates the schedules it knows and returns the ones to read whole with GetSchedule (new, or
// modified since they were read). A schedule whose target is not a SageMaker pipeline (the
// templated target with the pipeline's ARN, or the universal target
// arn:aws:scheduler:::aws-sdk:sagemaker:startPipelineExecution) is skipped and counted.
class ScheduleMirror
{
public:
    static Result<std::unique_ptr<ScheduleMirror>> begin(ServiceContext &context, ScheduleService &schedules,
                                                         const QString &accountId);
    ~ScheduleMirror();
    ScheduleMirror(const ScheduleMirror &) = delete;
    ScheduleMirror &operator=(const ScheduleMirror &) = delete;

    // ListSchedules: {"Schedules": [{Arn, Name, GroupName, State, CreationDate,
    // LastModificationDate, Target: {Arn}}]}. Returns "group/name" of each schedule to get whole.
    Result<QStringList> applySchedules(const QJsonObject &page);
    // GetSchedule's answer.
    Status applySchedule(const QJsonObject &answer);
    // ListSchedules completed: deletes the account's mirrored schedules this session did not see.
    Result<int> finishSchedules();
    int skippedSchedules() const { return m_skipped; }

private:
    ScheduleMirror(ServiceContext &context, ScheduleService &schedules, std::unique_ptr<MirrorSession> session);

    ServiceContext &m_context;
    ScheduleService &m_schedules;
    std::unique_ptr<MirrorSession> m_session;
    QString m_accountId;
    QString m_profile;
    int m_skipped = 0;
};

} // namespace Pd

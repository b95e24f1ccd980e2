#pragma once

#include "schedules/scheduleservice.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace Pd {

class DiscardGuard;

class BusyAction;
class CloudActions;
class Session;
class Workspace;

// The schedule wizard: kind → expression (with the live preview, DST flags, description and
// lint) → start and end (recurring kinds only) → target pipeline and parameters → policies →
// review and create. Each page is one class; the schedule is created in the review page's
// validateCurrentPage() through ScheduleService, whose errors are shown on that page.
// For a connected account (setCloudActions) it is created in the cloud first, through
// CloudActions: the pages offer only what EventBridge Scheduler can hold, and Create waits for
// the cloud on the review page's busy line (with Cancel); the cloud's refusal is shown there and
// the wizard stays open, its answer closes it.
class ScheduleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { KindPageId, ExpressionPageId, WindowPageId, TargetPageId, PoliciesPageId, ReviewPageId };
    enum class Kind { OneTime, Rate, Cron, Recurrence, Crontab };

    ScheduleWizard(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    Kind kind() const;
    // What the pages say now, as the service takes it.
    ScheduleInput input() const;
    // The schedule made by the review page, once created.
    const std::optional<PipelineSchedule> &created() const { return m_created; }

    Workspace &workspace() const { return m_workspace; }
    Session &session() const { return m_session; }

    // The window's actions (not owned): with them, a connected identity's schedule is created in
    // the cloud. Set before the wizard is shown.
    void setCloudActions(CloudActions *actions);
    // Whether the schedule goes to a connected account's cloud: the pages leave out what only the
    // local engine does.
    bool forCloud() const;
    BusyAction *busyAction() const;

    // On the review page: creates the schedule; a refusal stays on the page with its reason. For
    // the cloud, starts the job and returns false; its success accepts the wizard.
    bool validateCurrentPage() override;
    // Cancel while the cloud works cancels the job too.
    void done(int result) override;
    // The service's error said of the field as the pages label it ("Time zone: …", not
    // "timezone: …"); errors about other fields come back unchanged.
    static Error onPage(const Error &error);

private:
    DiscardGuard *m_discard = nullptr; // asks before Cancel throws entries away
    void createInCloud();

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions;
    std::optional<PipelineSchedule> m_created;
};

} // namespace Pd

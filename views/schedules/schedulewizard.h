#pragma once

#include "schedules/scheduleservice.h"

#include <QWizard>

#include <optional>

namespace Pd {

class Session;
class Workspace;

// The schedule wizard: kind → expression (with the live preview, DST flags, description and
// lint) → start and end (recurring kinds only) → target pipeline and parameters → policies →
// review and create. Each page is one class; the schedule is created in the review page's
// validateCurrentPage() through ScheduleService, whose errors are shown on that page.
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

    // On the review page: creates the schedule; a refusal stays on the page with its reason.
    bool validateCurrentPage() override;
    // The service's error said of the field as the pages label it ("Time zone: …", not
    // "timezone: …"); errors about other fields come back unchanged.
    static Error onPage(const Error &error);

private:
    Workspace &m_workspace;
    Session &m_session;
    std::optional<PipelineSchedule> m_created;
};

} // namespace Pd

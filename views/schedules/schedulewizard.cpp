#include "views/schedules/schedulewizard.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "views/common/busyaction.h"
#include "views/common/wizardwidgets.h"
#include "views/schedules/scheduleexpressionpage.h"
#include "views/schedules/schedulekindpage.h"
#include "views/schedules/schedulepoliciespage.h"
#include "views/schedules/schedulereviewpage.h"
#include "views/schedules/scheduletargetpage.h"
#include "views/schedules/schedulewindowpage.h"
#include "workspace/workspace.h"

#include <QAbstractButton>

namespace Pd {

ScheduleWizard::ScheduleWizard(Workspace &workspace, Session &session, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    m_discard = new DiscardGuard(this);
    setObjectName(QStringLiteral("scheduleWizard"));
    setWindowTitle(tr("New schedule"));
    setPage(KindPageId, new ScheduleKindPage);
    setPage(ExpressionPageId, new ScheduleExpressionPage(workspace));
    setPage(WindowPageId, new ScheduleWindowPage);
    setPage(TargetPageId, new ScheduleTargetPage(workspace, session));
    setPage(PoliciesPageId, new SchedulePoliciesPage);
    setPage(ReviewPageId, new ScheduleReviewPage);
    setStartId(KindPageId);
}

ScheduleWizard::Kind ScheduleWizard::kind() const
{
    return static_cast<const ScheduleKindPage *>(page(KindPageId))->kind();
}

ScheduleInput ScheduleWizard::input() const
{
    ScheduleInput input;
    input.name = field(QStringLiteral("name")).toString().trimmed();
    input.groupName = field(QStringLiteral("group")).toString().trimmed();
    input.expression = field(QStringLiteral("expression")).toString().trimmed();
    input.timeZone = field(QStringLiteral("timeZone")).toString().trimmed();
    // Whatever the kind: the service decides what a one-time schedule does with a start or end
    // (it ignores them, with a warning the review page shows).
    const auto *window = static_cast<const ScheduleWindowPage *>(page(WindowPageId));
    if (window->start())
        input.startTime = *window->start();
    if (window->end())
        input.endTime = *window->end();
    const auto *target = static_cast<const ScheduleTargetPage *>(page(TargetPageId));
    input.targetPipeline = target->pipelineArn();
    input.parameters = target->parameters();
    if (!target->roleArn().isEmpty())
        input.roleArn = target->roleArn();
    static_cast<const SchedulePoliciesPage *>(page(PoliciesPageId))->fill(input);
    return input;
}

Error ScheduleWizard::onPage(const Error &error)
{
    // The service names its fields as the CLI options; here the field is the label on the page.
    static const char *const labels[][2] = {
        {"name", QT_TR_NOOP("Name")},
        {"group", QT_TR_NOOP("Group")},
        {"expression", QT_TR_NOOP("Expression")},
        {"timezone", QT_TR_NOOP("Time zone")},
        {"start", QT_TR_NOOP("Start")},
        {"end", QT_TR_NOOP("End")},
        {"target-pipeline", QT_TR_NOOP("Pipeline")},
        {"role-arn", QT_TR_NOOP("Role ARN")},
        {"parameter", QT_TR_NOOP("Parameter")},
        {"flexible-window", QT_TR_NOOP("Flexible time window")},
        {"max-retries", QT_TR_NOOP("Maximum retries")},
        {"max-event-age", QT_TR_NOOP("Maximum event age")},
        {"action-after-completion", QT_TR_NOOP("Delete the schedule after its last run")},
    };
    for (const auto &label : labels) {
        if (error.field == QLatin1String(label[0]))
            return error.renamed(tr(label[1]));
    }
    return error;
}

void ScheduleWizard::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
}

bool ScheduleWizard::forCloud() const
{
    return m_actions && !m_actions->profileOf(m_session.identity()).isEmpty();
}

BusyAction *ScheduleWizard::busyAction() const
{
    return static_cast<ScheduleReviewPage *>(page(ReviewPageId))->busyAction();
}

bool ScheduleWizard::validateCurrentPage()
{
    if (currentId() != ReviewPageId)
        return QWizard::validateCurrentPage();
    if (m_created)
        return true; // made in the cloud: its answer closes the wizard
    if (forCloud()) {
        createInCloud();
        return false;
    }
    auto created = m_workspace.schedules().create(m_session.identity(), input());
    if (!created) {
        static_cast<ScheduleReviewPage *>(page(ReviewPageId))->showError(onPage(created.error()).message);
        return false;
    }
    m_created = created.value();
    return true;
}

void ScheduleWizard::createInCloud()
{
    BusyAction *busy = busyAction();
    if (busy->isBusy())
        return;
    auto *review = static_cast<ScheduleReviewPage *>(page(ReviewPageId));
    const ScheduleInput in = input();
    // What the cloud cannot take is said before anything is sent.
    if (const Status refused = CloudActions::checkCloudSchedule(in, true); !refused) {
        review->showError(onPage(refused.error()).message);
        return;
    }
    review->showError(QString());
    CloudJob *job = m_actions->createSchedule(m_session.identity(), in);
    busy->track(job, tr("Creating “%1” in the cloud…").arg(in.name));
    // One job at a time, and no page left under it.
    for (WizardButton b : {BackButton, FinishButton})
        button(b)->setEnabled(false);
    connect(job, &CloudJob::finished, this, [this, job, busy, review] {
        const Status status = job->status();
        const QString arn = job->value();
        for (WizardButton b : {BackButton, FinishButton})
            button(b)->setEnabled(true);
        if (!status) {
            review->showError(busy->outcome(status, QString()));
            return;
        }
        // As the cloud made it, read back into the mirror; the ARN alone if the read back failed.
        auto made = m_workspace.schedules().describe(m_session.identity(), arn);
        if (made) {
            m_created = made.value();
        } else {
            PipelineSchedule named;
            named.arn = arn;
            m_created = named;
        }
        accept();
    });
}

void ScheduleWizard::done(int result)
{
    if (result != Accepted && busyAction()->isBusy())
        busyAction()->cancel();
    else if (result != Accepted && !m_discard->allowsClose())
        return;
    QWizard::done(result);
}

} // namespace Pd

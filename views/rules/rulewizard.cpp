#include "views/rules/rulewizard.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "rules/ruleservice.h"
#include "views/common/busyaction.h"
#include "views/common/wizardwidgets.h"
#include "views/rules/ruledetailspage.h"
#include "views/rules/rulepatternpage.h"
#include "views/rules/rulereviewpage.h"
#include "views/rules/ruleschedulepage.h"
#include "views/rules/ruletagspage.h"
#include "views/rules/ruletargetspage.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLayout>

namespace Pd {

RuleWizard::RuleWizard(Workspace &workspace, Session &session, const std::optional<Rule> &existing, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_original(existing)
    , m_busy(new BusyAction)
{
    m_discard = new DiscardGuard(this);
    setObjectName(QStringLiteral("ruleWizard"));
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    auto *details = new RuleDetailsPage;
    auto *pattern = new RulePatternPage;
    auto *schedule = new RuleSchedulePage(workspace);
    auto *targets = new RuleTargetsPage(workspace, session);
    auto *tags = new RuleTagsPage;
    setPage(DetailsPageId, details);
    setPage(PatternPageId, pattern);
    setPage(SchedulePageId, schedule);
    setPage(TargetsPageId, targets);
    setPage(TagsPageId, tags);
    auto *review = new RuleReviewPage;
    setPage(ReviewPageId, review);
    review->layout()->addWidget(m_busy);
    setStartId(DetailsPageId);
    if (m_original) {
        details->load(*m_original);
        pattern->load(*m_original);
        schedule->load(*m_original);
        targets->load(*m_original);
        tags->load(*m_original);
    }
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipToReviewButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skipToReview();
    });
    connect(this, &QWizard::currentIdChanged, this, &RuleWizard::updateSkipButton);
    resize(1040, 760);
    retranslateUi();
    updateSkipButton();
}

Rule RuleWizard::rule() const
{
    Rule r = m_original.value_or(Rule{});
    r.accountId = m_session.identity();
    const auto *details = static_cast<const RuleDetailsPage *>(page(DetailsPageId));
    details->fill(r);
    if (details->scheduled()) {
        r.scheduleExpression = static_cast<const RuleSchedulePage *>(page(SchedulePageId))->expression();
        r.eventPattern.clear();
    } else {
        r.eventPattern = static_cast<const RulePatternPage *>(page(PatternPageId))->pattern();
        r.scheduleExpression.clear();
    }
    r.targets = static_cast<const RuleTargetsPage *>(page(TargetsPageId))->targets();
    r.tags = static_cast<const RuleTagsPage *>(page(TagsPageId))->tags();
    return r;
}

void RuleWizard::goToPage(int id)
{
    // QWizard jumps only one page at a time; going back keeps every page as it was.
    if (!visitedIds().contains(id))
        return;
    while (currentId() != id && currentId() != startId())
        back();
}

void RuleWizard::skipToReview()
{
    while (currentId() != ReviewPageId) {
        const int before = currentId();
        if (!currentPage()->isComplete())
            return;
        next();
        if (currentId() == before)
            return;
    }
}

void RuleWizard::updateSkipButton()
{
    // As the console: once the review was reached, an edited step can go straight back to it.
    const bool reviewed = visitedIds().contains(ReviewPageId) || isEditing();
    button(QWizard::CustomButton1)->setVisible(reviewed && currentId() != ReviewPageId);
}

bool RuleWizard::validateCurrentPage()
{
    if (currentId() != ReviewPageId)
        return QWizard::validateCurrentPage();
    if (m_written)
        return true;
    if (m_busy->isBusy())
        return false; // Finish again while the cloud has not answered yet
    auto *review = static_cast<RuleReviewPage *>(page(ReviewPageId));
    const Rule r = rule();
    if (!m_actions) {
        auto saved = m_original ? m_workspace.rules().updateRule(m_session.identity(), m_original->arn, r)
                                : m_workspace.rules().createRule(m_session.identity(), r);
        if (!saved) {
            review->showError(saved.error().message);
            return false;
        }
        m_saved = saved.value();
        return true;
    }
    // The cloud answers later: the wizard stays open and waits, then closes (accept() asks again).
    const QString identity = m_session.identity();
    CloudJob *job =
        m_original ? m_actions->updateRule(identity, m_original->arn, r) : m_actions->createRule(identity, r);
    review->showError(QString());
    m_busy->track(job, m_original ? tr("Saving “%1”…").arg(r.name) : tr("Creating “%1”…").arg(r.name));
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CustomButton1})
        button(which)->setEnabled(false);
    connect(job, &CloudJob::finished, this, [this, job, review, identity, r] {
        const Status status = job->status();
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CustomButton1})
            button(which)->setEnabled(true);
        if (!status) {
            review->showError(m_busy->outcome(status, QString()));
            return;
        }
        // What the workspace holds now: the cloud's answer read back, or the local service's write.
        auto saved = m_workspace.rules().rule(identity, job->value().isEmpty() ? r.name : job->value(), r.eventBus);
        m_saved = saved ? saved.value() : r;
        m_written = true;
        accept();
    });
    return false;
}

void RuleWizard::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    if (actions && m_original && !actions->profileOf(m_session.identity()).isEmpty())
        static_cast<RuleDetailsPage *>(page(DetailsPageId))
            ->keepNameAndBus(tr("EventBridge cannot rename a rule or move it to another event bus."));
}

CloudJob *RuleWizard::currentJob() const
{
    return m_busy->job();
}

void RuleWizard::done(int result)
{
    // Closing while the cloud has not answered stops waiting; the cloud may have acted all the same.
    if (result == QDialog::Rejected && m_busy->isBusy())
        m_busy->cancel();
    else if (result == QDialog::Rejected && !m_discard->allowsClose())
        return;
    QWizard::done(result);
}

void RuleWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void RuleWizard::retranslateUi()
{
    setWindowTitle(m_original ? tr("Edit rule “%1”").arg(m_original->name) : tr("Create rule"));
    setButtonText(QWizard::CustomButton1, tr("S&kip to Review and create"));
    setButtonText(QWizard::FinishButton, m_original ? tr("&Save rule") : tr("&Create rule"));
}

} // namespace Pd

#pragma once

#include "rules/rule.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

#include <optional>

namespace Pd {

class DiscardGuard;

class BusyAction;
class CloudActions;
class CloudJob;
class Session;
class Workspace;

// The create-rule wizard, as the EventBridge console has it: define rule detail → build event
// pattern or define schedule → select targets → configure tags → review and create. The same
// wizard edits an existing rule (then it saves instead of creating). Back and Next keep what was
// entered (pages never reset themselves); Next stays disabled with a message while a step is
// invalid; the review page's Edit buttons jump back to a step. The rule is written in the review
// page's validateCurrentPage() through RuleService, whose refusal stays on that page. With cloud
// actions (setCloudActions) it is written through them instead, the cloud first for a connected
// account: Finish waits for the job (a busy line with Cancel on the review page), the cloud's
// refusal stays on that page, and the wizard closes once the rule was read back.
class RuleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPageId, PatternPageId, SchedulePageId, TargetsPageId, TagsPageId, ReviewPageId };

    // existing: the rule to edit; without it a new rule is created.
    RuleWizard(Workspace &workspace, Session &session, const std::optional<Rule> &existing = std::nullopt,
               QWidget *parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    const std::optional<Rule> &original() const { return m_original; }
    // The rule as the pages say it now.
    Rule rule() const;
    // The rule written by Create / Save.
    const std::optional<Rule> &saved() const { return m_saved; }
    // Goes back to a step already visited, keeping everything entered (the review's Edit).
    void goToPage(int id);

    // Writes through `actions` (not owned) rather than calling RuleService directly. Editing a
    // connected account's rule, its name and event bus cannot change (EventBridge renames nothing).
    void setCloudActions(CloudActions *actions);
    // The job Finish waits for, else nullptr; its busy line (Cancel cancels the job).
    CloudJob *currentJob() const;
    BusyAction *busyAction() const { return m_busy; }

    Workspace &workspace() const { return m_workspace; }
    Session &session() const { return m_session; }

    bool validateCurrentPage() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    DiscardGuard *m_discard = nullptr; // asks before Cancel throws entries away
    void retranslateUi();
    void skipToReview();
    void updateSkipButton();

    Workspace &m_workspace;
    Session &m_session;
    std::optional<Rule> m_original;
    std::optional<Rule> m_saved;
    QPointer<CloudActions> m_actions;
    BusyAction *m_busy;
    bool m_written = false; // the job wrote the rule: Finish may close the wizard
};

// Keeps what was entered when the user goes back (QWizardPage's default resets fields).
class RuleWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;
    void cleanupPage() override {}

protected:
    RuleWizard *ruleWizard() const { return qobject_cast<RuleWizard *>(wizard()); }
};

} // namespace Pd

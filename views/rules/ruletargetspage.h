#pragma once

#include "rules/rule.h"
#include "views/rules/rulewizard.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace Pd {

class RuleTargetPanel;
class Session;
class Workspace;

// Step 3 of the rule wizard: up to five targets, one tab each.
class RuleTargetsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    RuleTargetsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void load(const Rule &rule);
    QList<RuleTarget> targets() const;
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    RuleTargetPanel *addTarget();
    void removeTarget();
    void check();
    void updateButtons();

    Workspace &m_workspace;
    Session &m_session;
    QTabWidget *m_tabs;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_error;
    bool m_valid = false;
};

} // namespace Pd

#include "views/rules/ruletargetspage.h"

#include "rules/ruleservice.h"
#include "views/common/wizardwidgets.h"
#include "views/rules/ruletargetpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Pd {

RuleTargetsPage::RuleTargetsPage(Workspace &workspace, Session &session, QWidget *parent)
    : RuleWizardPage(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_tabs(new QTabWidget)
    , m_addButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_error(messageLabel(QStringLiteral("targetsErrorLabel")))
{
    setObjectName(QStringLiteral("ruleTargetsPage"));
    m_tabs->setObjectName(QStringLiteral("targetTabs"));
    m_addButton->setObjectName(QStringLiteral("addTargetButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTargetButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        RuleTargetPanel *panel = addTarget();
        panel->refresh(ruleWizard() ? ruleWizard()->rule().name : QString());
        m_tabs->setCurrentWidget(panel);
        check();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RuleTargetsPage::removeTarget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    addTarget();
    retranslateUi();
}

RuleTargetPanel *RuleTargetsPage::addTarget()
{
    auto *panel = new RuleTargetPanel(m_workspace, m_session);
    // A fresh id not used by the other targets.
    QSet<QString> used;
    for (int i = 0; i < m_tabs->count(); ++i)
        used.insert(static_cast<RuleTargetPanel *>(m_tabs->widget(i))->target().id);
    int n = m_tabs->count() + 1;
    while (used.contains(QStringLiteral("Target%1").arg(n)))
        ++n;
    panel->load(RuleTarget{QStringLiteral("Target%1").arg(n), {}, {}, {}});
    connect(panel, &RuleTargetPanel::changed, this, &RuleTargetsPage::check);
    m_tabs->addTab(panel, QString());
    retranslateUi();
    updateButtons();
    return panel;
}

void RuleTargetsPage::removeTarget()
{
    if (m_tabs->count() <= 1)
        return;
    QWidget *panel = m_tabs->currentWidget();
    m_tabs->removeTab(m_tabs->currentIndex());
    panel->deleteLater();
    retranslateUi();
    updateButtons();
    check();
}

void RuleTargetsPage::updateButtons()
{
    m_addButton->setEnabled(m_tabs->count() < RuleLimits::maxTargets);
    m_removeButton->setEnabled(m_tabs->count() > 1);
}

void RuleTargetsPage::load(const Rule &rule)
{
    while (m_tabs->count() > 0) {
        QWidget *panel = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete panel;
    }
    for (const RuleTarget &target : rule.targets) {
        RuleTargetPanel *panel = addTarget();
        panel->refresh(rule.name);
        panel->load(target);
    }
    if (m_tabs->count() == 0)
        addTarget();
    updateButtons();
}

QList<RuleTarget> RuleTargetsPage::targets() const
{
    QList<RuleTarget> result;
    for (int i = 0; i < m_tabs->count(); ++i)
        result.append(static_cast<const RuleTargetPanel *>(m_tabs->widget(i))->target());
    return result;
}

void RuleTargetsPage::initializePage()
{
    const QString ruleName = ruleWizard()->rule().name;
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<RuleTargetPanel *>(m_tabs->widget(i))->refresh(ruleName);
    check();
}

void RuleTargetsPage::check()
{
    bool valid = true;
    for (int i = 0; i < m_tabs->count(); ++i)
        valid = static_cast<RuleTargetPanel *>(m_tabs->widget(i))->check(i) && valid;
    // What involves several targets (ids used twice, the count) the whole rule's check says.
    QString message;
    if (RuleWizard *wizard = ruleWizard(); wizard && valid) {
        Rule draft = wizard->rule();
        if (draft.isScheduled())
            draft.eventPattern.clear();
        const Status status = RuleService::validate(draft);
        if (!status && status.error().field.startsWith(QLatin1String("Targets")))
            message = withField(status.error());
    }
    m_error->setText(message);
    m_valid = valid && message.isEmpty();
    emit completeChanged();
}

bool RuleTargetsPage::isComplete() const
{
    return m_valid;
}

void RuleTargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleTargetsPage::retranslateUi()
{
    setTitle(tr("Step 3: Select targets"));
    setSubTitle(tr("Each matching event starts every target: up to 5 SageMaker pipelines, with parameters taken "
                   "from the event where you give a JSONPath."));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, tr("Target %1").arg(i + 1));
        m_tabs->widget(i)->setObjectName(QStringLiteral("targetPanel%1").arg(i + 1));
        static_cast<RuleTargetPanel *>(m_tabs->widget(i))->retranslateUi();
    }
    m_addButton->setText(tr("Add &another target"));
    m_removeButton->setText(tr("Remo&ve this target"));
}

} // namespace Pd

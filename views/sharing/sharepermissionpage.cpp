// The share wizard's second step: the managed permission and the actions it grants.
#include "views/sharing/sharepermissionpage.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pd {

SharePermissionPage::SharePermissionPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("sharePermissionPage"));
    m_readOnlyRadio = new QRadioButton;
    m_readOnlyRadio->setObjectName(QStringLiteral("readOnlyRadio"));
    m_readOnlyRadio->setChecked(true);
    m_executionRadio = new QRadioButton;
    m_executionRadio->setObjectName(QStringLiteral("allowExecutionRadio"));
    m_actionsLabel = new QLabel;
    m_actionList = new QListWidget;
    m_actionList->setObjectName(QStringLiteral("actionList"));
    m_actionList->setSelectionMode(QAbstractItemView::NoSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyRadio);
    layout->addWidget(m_executionRadio);
    layout->addSpacing(8);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(m_actionList, 1);
    connect(m_readOnlyRadio, &QRadioButton::toggled, this, &SharePermissionPage::showActions);
    registerField(QStringLiteral("allowExecution"), m_executionRadio);
    retranslateUi();
}

SharePermission SharePermissionPage::permission() const
{
    return m_executionRadio->isChecked() ? SharePermission::AllowExecution : SharePermission::ReadOnly;
}

void SharePermissionPage::setPermission(SharePermission permission)
{
    (permission == SharePermission::AllowExecution ? m_executionRadio : m_readOnlyRadio)->setChecked(true);
}

void SharePermissionPage::showActions()
{
    m_actionsLabel->setText(tr("Actions granted by %1 (on the pipeline and all its executions):")
                                .arg(permissionName(permission())));
    m_actionList->clear();
    for (PipelineAction action : permissionActions(permission()))
        m_actionList->addItem(actionName(action));
}

void SharePermissionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SharePermissionPage::retranslateUi()
{
    setTitle(tr("Associate a managed permission"));
    setSubTitle(tr("A share carries exactly one permission. It decides what the principals may do."));
    m_readOnlyRadio->setText(tr("%1 — read-only").arg(permissionName(SharePermission::ReadOnly)));
    m_executionRadio->setText(
        tr("%1 — read and start, stop, retry executions").arg(permissionName(SharePermission::AllowExecution)));
    showActions();
}

} // namespace Pd

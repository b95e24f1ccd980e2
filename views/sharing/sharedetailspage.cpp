// The share wizard's first step: name, resource type and the pipelines to share.
#include "views/sharing/sharedetailspage.h"

#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Pd {

ShareDetailsPage::ShareDetailsPage(Workspace &workspace, Session &session, QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("shareDetailsPage"));
    m_nameLabel = new QLabel;
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("shareNameEdit"));
    m_nameEdit->setMaxLength(255);
    m_nameLabel->setBuddy(m_nameEdit);
    m_typeLabel = new QLabel;
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("resourceTypeCombo"));
    m_typeCombo->addItem(QString(), QStringLiteral("sagemaker:Pipeline"));
    m_typeLabel->setBuddy(m_typeCombo);
    m_pipelinesLabel = new QLabel;
    m_pipelineList = new QListWidget;
    m_pipelineList->setObjectName(QStringLiteral("pipelineList"));
    m_pipelinesLabel->setBuddy(m_pipelineList);
    // Only the identity's own pipelines: a share can only give away what its owner has.
    if (auto pipelines = workspace.pipelines().pipelines(session.identity())) {
        for (const Pipeline &p : pipelines.value()) {
            auto *item = new QListWidgetItem(p.name, m_pipelineList);
            item->setData(Qt::UserRole, p.arn);
            item->setToolTip(p.arn);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(m_pipelineList, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_typeLabel, m_typeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pipelinesLabel);
    layout->addWidget(m_pipelineList, 1);
    registerField(QStringLiteral("name*"), m_nameEdit);
    retranslateUi();
}

bool ShareDetailsPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_nameEdit->text().trimmed().isEmpty() && !selectedPipelines().isEmpty();
}

QStringList ShareDetailsPage::selectedPipelines() const
{
    QStringList arns;
    for (int i = 0; i < m_pipelineList->count(); ++i) {
        if (m_pipelineList->item(i)->checkState() == Qt::Checked)
            arns.append(m_pipelineList->item(i)->data(Qt::UserRole).toString());
    }
    return arns;
}

void ShareDetailsPage::setSelectedPipelines(const QStringList &arns)
{
    for (int i = 0; i < m_pipelineList->count(); ++i) {
        QListWidgetItem *item = m_pipelineList->item(i);
        item->setCheckState(arns.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ShareDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ShareDetailsPage::retranslateUi()
{
    setTitle(tr("Specify resource share details"));
    setSubTitle(tr("Name the share and choose the pipelines of this account to share."));
    m_nameLabel->setText(tr("&Name *"));
    m_nameEdit->setPlaceholderText(tr("for example: abalone-models-for-dev"));
    m_typeLabel->setText(tr("Resource &type"));
    m_typeCombo->setItemText(0, tr("SageMaker Pipelines"));
    m_pipelinesLabel->setText(tr("&Pipelines to share *"));
}

} // namespace Pd

#include "views/schedules/scheduletargetpage.h"

#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "schedules/scheduleservice.h"
#include "views/pipelines/pipelinecombobox.h"
#include "views/schedules/schedulewizard.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pd {

ScheduleTargetPage::ScheduleTargetPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_pipelineLabel(new QLabel)
    , m_pipeline(new PipelineComboBox(workspace.pipelines(), session))
    , m_parameters(new QTableWidget(0, 3))
    , m_roleLabel(new QLabel)
    , m_role(new QLineEdit)
    , m_roleError(new QLabel)
    , m_macroHint(new QLabel)
{
    setObjectName(QStringLiteral("scheduleTargetPage"));
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_macroHint->setWordWrap(true);
    m_pipelineLabel->setBuddy(m_pipeline);
    m_role->setObjectName(QStringLiteral("roleArnEdit"));
    m_role->setClearButtonEnabled(true);
    m_role->setPlaceholderText(QStringLiteral("arn:aws:iam::%1:role/...").arg(session.identity()));
    m_roleLabel->setBuddy(m_role);
    m_roleError->setObjectName(QStringLiteral("roleArnErrorLabel"));
    m_roleError->setWordWrap(true);
    m_roleError->hide();
    connect(m_role, &QLineEdit::textChanged, this, [this] {
        checkRoleArn();
        emit completeChanged();
    });
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        showParameters();
        emit completeChanged();
    });
    auto *form = new QFormLayout;
    form->addRow(m_pipelineLabel, m_pipeline);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_macroHint);
    retranslateUi();
}

void ScheduleTargetPage::initializePage()
{
    m_pipeline->setListsVisible(forCloud());
    m_pipeline->reload();
    showParameters();
    retranslateUi();
}

bool ScheduleTargetPage::forCloud() const
{
    const auto *wizard = qobject_cast<const ScheduleWizard *>(this->wizard());
    return wizard && wizard->forCloud();
}

void ScheduleTargetPage::showParameters()
{
    m_parameters->setRowCount(0);
    auto pipeline = m_workspace.pipelines().resolve(m_session.identity(), pipelineArn());
    if (!pipeline)
        return;
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
    for (const PipelineParameter &p : definition.parameters) {
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *type = new QTableWidgetItem(p.type);
        type->setFlags(type->flags() & ~Qt::ItemIsEditable);
        auto *value = new QTableWidgetItem(p.defaultValue);
        // Remember the default to send only what was changed.
        value->setData(Qt::UserRole, p.defaultValue);
        m_parameters->setItem(row, 0, name);
        m_parameters->setItem(row, 1, type);
        m_parameters->setItem(row, 2, value);
    }
}

bool ScheduleTargetPage::isComplete() const
{
    // EventBridge Scheduler starts the pipeline as the role: in the cloud there is no schedule without one.
    return !pipelineArn().isEmpty() && ScheduleService::validateRoleArn(roleArn()).ok() &&
           (!forCloud() || !roleArn().isEmpty());
}

void ScheduleTargetPage::checkRoleArn()
{
    // The service's own check, so the wizard refuses exactly what create would.
    const Status valid = ScheduleService::validateRoleArn(roleArn());
    m_roleError->setText(valid ? QString() : valid.error().message);
    m_roleError->setVisible(!valid);
}

QString ScheduleTargetPage::roleArn() const
{
    return m_role->text().trimmed();
}

QString ScheduleTargetPage::pipelineArn() const
{
    return m_pipeline->pipelineArn();
}

QList<ExecutionParameter> ScheduleTargetPage::parameters() const
{
    QList<ExecutionParameter> result;
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QTableWidgetItem *value = m_parameters->item(row, 2);
        if (value && value->text() != value->data(Qt::UserRole).toString())
            result.append({m_parameters->item(row, 0)->text(), value->text()});
    }
    return result;
}

void ScheduleTargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleTargetPage::retranslateUi()
{
    setTitle(tr("Target pipeline and parameters"));
    setSubTitle(tr("Each fire starts one execution of this pipeline."));
    m_pipelineLabel->setText(tr("&Pipeline*:"));
    const bool cloud = forCloud();
    m_roleLabel->setText(cloud ? tr("&Role ARN*:") : tr("&Role ARN:"));
    m_role->setToolTip(cloud ? tr("Required: the IAM role EventBridge Scheduler assumes to start the pipeline "
                                  "(Target.RoleArn); scheduler.amazonaws.com must be allowed to assume it.")
                             : tr("Optional: the IAM role EventBridge Scheduler assumes to start the pipeline "
                                  "(Target.RoleArn). Kept and exported; the local engine does not need it."));
    checkRoleArn();
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Type"), tr("Value")});
    m_macroHint->setText(cloud ? tr("Values are sent as written. EventBridge Scheduler fills in "
                                    "<aws.scheduler.scheduled-time> (the scheduled instant) and "
                                    "<aws.scheduler.execution-id>; the local engine's ${{…}} macros are not "
                                    "available in the cloud.")
                               : tr("Values may use ${{name}} (the execution's display name, "
                                    "<schedule>-YYYYMMDDThhmmssZ) and ${{creation_context.trigger_time}} (the "
                                    "scheduled instant in UTC)."));
}

} // namespace Pd

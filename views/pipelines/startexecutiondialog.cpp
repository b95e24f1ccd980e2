#include "views/pipelines/startexecutiondialog.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/pipelines/executionactions.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace Pd {

StartExecutionDialog::StartExecutionDialog(Workspace &workspace, Session &session, const QString &pipelineArn,
                                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("startExecutionDialog"));
    m_pipelineLabel = new QLabel;
    m_pipelineCombo = new QComboBox;
    m_pipelineCombo->setObjectName(QStringLiteral("pipelineCombo"));
    m_pipelineLabel->setBuddy(m_pipelineCombo);
    m_displayNameLabel = new QLabel;
    m_displayNameEdit = new QLineEdit;
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameLabel->setBuddy(m_displayNameEdit);
    m_parameterGroup = new QGroupBox;
    m_parameterGroup->setObjectName(QStringLiteral("parameterGroup"));
    m_parameterForm = new QFormLayout(m_parameterGroup);
    m_noParametersLabel = new QLabel;
    m_errorLabel = new MessageLabel(MessageLabel::Kind::Error);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_busyLabel = new QLabel;
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    // Our own accept button: a standard Ok would get its text back from Qt on a language change.
    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startExecutionButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartExecutionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartExecutionDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(m_pipelineLabel, m_pipelineCombo);
    top->addRow(m_displayNameLabel, m_displayNameEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_parameterGroup, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_buttons);
    // Only now: a button is the dialog's default once it is inside the dialog; set before, the
    // first auto-default button (Cancel) took Enter.
    m_startButton->setDefault(true);

    if (auto pipelines = workspace.pipelines().visiblePipelines(session.identity()))
        m_pipelines = pipelines.value();
    for (const Pipeline &p : std::as_const(m_pipelines)) {
        // Pipelines of other accounts show their owner, so two of the same name can be told apart.
        const QString label =
            p.accountId == session.identity() ? p.name : tr("%1 (account %2)").arg(p.name, p.accountId);
        m_pipelineCombo->addItem(label, p.arn);
        m_pipelineCombo->setItemData(m_pipelineCombo->count() - 1, p.arn, Qt::ToolTipRole);
    }
    const int preselected = m_pipelineCombo->findData(pipelineArn);
    if (preselected >= 0)
        m_pipelineCombo->setCurrentIndex(preselected);
    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, &StartExecutionDialog::buildForm);
    retranslateUi();
    buildForm();
    setMinimumWidth(520);
}

void StartExecutionDialog::buildForm()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_editors.clear();
    m_noParametersLabel = nullptr;
    m_errorLabel->hide();
    const int index = m_pipelineCombo->currentIndex();
    m_definition = index >= 0 ? PipelineDefinition::fromJson(m_pipelines.at(index).definition) : PipelineDefinition();
    updateStartButton();
    for (const PipelineParameter &p : std::as_const(m_definition.parameters)) {
        QWidget *editor = nullptr;
        if (p.type == QLatin1String("Boolean")) {
            auto *box = new QCheckBox;
            box->setChecked(p.defaultValue == QLatin1String("true"));
            editor = box;
        } else if (p.type == QLatin1String("Integer")) {
            auto *spin = new QSpinBox;
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            spin->setValue(p.defaultValue.toInt());
            editor = spin;
        } else {
            auto *edit = new QLineEdit(p.defaultValue);
            if (!p.hasDefault)
                edit->setPlaceholderText(tr("required"));
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("parameterEdit_") + p.name);
        editor->setToolTip(tr("%1 (%2)").arg(p.name, p.type));
        m_editors.append(editor);
        m_parameterForm->addRow(QStringLiteral("%1 (%2)").arg(p.name, p.type), editor);
    }
    if (m_definition.parameters.isEmpty()) {
        m_noParametersLabel = new QLabel(tr("This pipeline has no parameters."));
        m_parameterForm->addRow(m_noParametersLabel);
    }
}

void StartExecutionDialog::setCloudActions(CloudActions *actions)
{
    m_cloudActions = actions;
    updateStartButton();
}

void StartExecutionDialog::updateStartButton()
{
    const int index = m_pipelineCombo->currentIndex();
    if (index < 0 || m_job) {
        m_startButton->setEnabled(false);
        return;
    }
    const ExecutionActions actions(m_workspace, m_cloudActions != nullptr);
    const Status allowed = actions.canStart(m_session.identity(), m_pipelines.at(index).arn);
    m_startButton->setEnabled(allowed.ok());
    m_startButton->setToolTip(allowed ? QString() : allowed.error().message);
    m_errorLabel->setText(allowed ? QString() : allowed.error().message);
    m_errorLabel->setVisible(!allowed);
}

void StartExecutionDialog::setBusy(bool busy)
{
    m_pipelineCombo->setEnabled(!busy);
    m_displayNameEdit->setEnabled(!busy);
    m_parameterGroup->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_errorLabel->hide();
    updateStartButton();
}

QList<ExecutionParameter> StartExecutionDialog::parameters() const
{
    QList<ExecutionParameter> result;
    for (int i = 0; i < m_editors.size() && i < m_definition.parameters.size(); ++i) {
        const QString name = m_definition.parameters.at(i).name;
        QWidget *editor = m_editors.at(i);
        if (auto *box = qobject_cast<QCheckBox *>(editor))
            result.append({name, box->isChecked() ? QStringLiteral("true") : QStringLiteral("false")});
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            result.append({name, QString::number(spin->value())});
        else if (auto *edit = qobject_cast<QLineEdit *>(editor))
            result.append({name, edit->text()});
    }
    return result;
}

void StartExecutionDialog::accept()
{
    const int index = m_pipelineCombo->currentIndex();
    if (index < 0)
        return;
    StartRequest request;
    request.pipeline = m_pipelines.at(index).arn;
    request.displayName = m_displayNameEdit->text().trimmed();
    // An empty text field of a parameter without default is left out so the service names it.
    const QList<ExecutionParameter> values = parameters();
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i).value.isEmpty() || m_definition.parameters.at(i).hasDefault)
            request.parameters.append(values.at(i));
    }
    if (m_job)
        return;
    if (m_cloudActions) {
        // Cloud first for a connected account (CloudActions starts a local one directly): the
        // dialog stays until the cloud answered and the execution was read back.
        m_job = m_cloudActions->start(m_session.identity(), request);
        m_cancelling = false;
        setBusy(true);
        connect(m_job, &CloudJob::finished, this, [this, job = m_job.data()] {
            m_job = nullptr;
            setBusy(false);
            const Status status = job->status();
            if (status) {
                m_startedArn = job->value();
                QDialog::accept();
            } else if (m_cancelling) {
                QDialog::reject();
            } else {
                m_errorLabel->setText(status.error().message);
                m_errorLabel->show();
                // The cloud's own words, with its request id to copy for a support case.
                if (!status.error().details.isEmpty())
                    MessageBox::showError(this, tr("The cloud refused"), status.error().message,
                                          status.error().details);
            }
        });
        return;
    }
    auto started = m_workspace.pipelines().start(m_session.identity(), request);
    if (!started) {
        m_errorLabel->setText(started.error().message);
        m_errorLabel->show();
        return;
    }
    m_startedArn = started.value();
    QDialog::accept();
}

void StartExecutionDialog::reject()
{
    // Cancel while the cloud is asked: stop asking; the dialog closes when the job says so.
    if (m_job) {
        m_cancelling = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void StartExecutionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StartExecutionDialog::retranslateUi()
{
    setWindowTitle(tr("Start execution"));
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayNameEdit->setPlaceholderText(tr("optional; default: execution-<time>"));
    m_parameterGroup->setTitle(tr("Parameters"));
    if (m_noParametersLabel)
        m_noParametersLabel->setText(tr("This pipeline has no parameters."));
    m_startButton->setText(tr("&Start"));
    m_busyLabel->setText(tr("Starting in the cloud… Cancel stops waiting."));
}

} // namespace Pd

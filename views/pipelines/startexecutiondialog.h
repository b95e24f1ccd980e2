#pragma once

#include "connected/cloudactions.h"
#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Pd {

class Session;
class Workspace;

// Starts an execution: the pipeline (any the identity may see), a display name, and a form
// generated from the pipeline definition's parameters (text for String, a spin box for Integer,
// a check box for Boolean), prefilled with the defaults. OK starts through the pipelines service;
// a refusal or an invalid value is shown in the dialog, which then stays open. With cloud actions
// set, a start in a connected account goes to the cloud (CloudActions::start): the dialog is busy,
// its Cancel cancels the call, and it closes only once the cloud answered and the new execution was
// read back; a refusal is shown as the cloud said it (with a "Copy details" box).
class StartExecutionDialog : public QDialog
{
    Q_OBJECT

public:
    StartExecutionDialog(Workspace &workspace, Session &session, const QString &pipelineArn,
                         QWidget *parent = nullptr);

    // The execution started by OK; empty until then.
    QString startedArn() const { return m_startedArn; }
    // The values the form holds now, in definition order.
    QList<ExecutionParameter> parameters() const;

    // The window's cloud actions (not owned); null: starts through the pipelines service only.
    void setCloudActions(CloudActions *actions);
    // The start in flight (for tests).
    CloudJob *currentJob() const { return m_job; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildForm();
    void updateStartButton();
    void setBusy(bool busy);

    Workspace &m_workspace;
    Session &m_session;
    QList<Pipeline> m_pipelines;
    PipelineDefinition m_definition;
    QList<QWidget *> m_editors;
    QString m_startedArn;
    QPointer<CloudActions> m_cloudActions;
    QPointer<CloudJob> m_job;
    bool m_cancelling = false;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_pipelineLabel = nullptr;
    QComboBox *m_pipelineCombo = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QGroupBox *m_parameterGroup = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QLabel *m_noParametersLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_startButton = nullptr;
};

} // namespace Pd

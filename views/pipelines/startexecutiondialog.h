#pragma once

#include "pipelines/execution.h"
#include "pipelines/pipeline.h"

#include <QDialog>

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
// a refusal or an invalid value is shown in the dialog, which then stays open.
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

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildForm();

    Workspace &m_workspace;
    Session &m_session;
    QList<Pipeline> m_pipelines;
    PipelineDefinition m_definition;
    QList<QWidget *> m_editors;
    QString m_startedArn;
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

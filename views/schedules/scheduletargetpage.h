#pragma once

#include "pipelines/execution.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Pd {

class PipelineComboBox;
class Session;
class Workspace;

// Step 4 of the schedule wizard: the pipeline each fire starts and its parameters.
class ScheduleTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    ScheduleTargetPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QString pipelineArn() const;
    QList<ExecutionParameter> parameters() const;
    // The optional role EventBridge Scheduler assumes; empty when none was typed.
    QString roleArn() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showParameters();
    void checkRoleArn();
    bool forCloud() const;

    Workspace &m_workspace;
    Session &m_session;
    QLabel *m_pipelineLabel;
    PipelineComboBox *m_pipeline;
    QTableWidget *m_parameters;
    QLabel *m_roleLabel;
    QLineEdit *m_role;
    QLabel *m_roleError;
    QLabel *m_macroHint;
};

} // namespace Pd

#pragma once

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Pd {

class BusyAction;
class CloudActions;
class CollatingProxyModel;
class MessageLabel;
class ParameterTableModel;
class PipelineTableModel;
class RecentExecutionsModel;
class Session;
class StepGraphView;
class StepTableModel;
class Workspace;

// The pipelines of the current identity, with a filter box, and the selected one's
// parameters, steps and recent executions. New pipeline and Delete change them through CloudActions
// when the page has them: for a connected account the cloud first, while a busy line with Cancel
// waits for its answer (the New pipeline dialog waits in its own, keeping what was typed when the
// cloud refuses); without them, through the pipelines service, which refuses a connected account.
class PipelinesPage : public QWidget
{
    Q_OBJECT

public:
    PipelinesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // The window's actions (not owned); nullptr: the pipelines service is called directly.
    void setCloudActions(CloudActions *actions);
    BusyAction *busyAction() const { return m_busy; }
    PipelineTableModel *model() const { return m_model; }
    // Selects the row of a pipeline; false when it is not shown.
    bool selectPipeline(const QString &arn);
    QString selectedArn() const;
    // The New pipeline dialog while it is open (window-modal, not blocking), else nullptr.
    QDialog *openCreateDialog() const { return m_createDialog; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void updateButtons();
    void createPipeline();
    void deleteSelected();

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions;
    QPointer<QDialog> m_createDialog;
    BusyAction *m_busy = nullptr;
    MessageLabel *m_message = nullptr;
    PipelineTableModel *m_model = nullptr;
    CollatingProxyModel *m_proxy = nullptr;
    ParameterTableModel *m_parameters = nullptr;
    StepTableModel *m_steps = nullptr;
    RecentExecutionsModel *m_executions = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_arnLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_parameterView = nullptr;
    QTableView *m_stepView = nullptr;
    QTableView *m_executionView = nullptr;
    StepGraphView *m_graph = nullptr;
};

} // namespace Pd

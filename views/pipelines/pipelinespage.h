#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Pd {

class CollatingProxyModel;
class ParameterTableModel;
class PipelineTableModel;
class RecentExecutionsModel;
class Session;
class StepGraphView;
class StepTableModel;
class Workspace;

// The pipelines of the current identity, with a filter box, and the selected one's
// parameters, steps and recent executions.
class PipelinesPage : public QWidget
{
    Q_OBJECT

public:
    PipelinesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void createPipeline();
    void deleteSelected();

    Workspace &m_workspace;
    Session &m_session;
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

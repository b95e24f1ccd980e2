#pragma once

#include "views/pipelines/startexecutiondialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Pd {

class ExecutionDetailWidget;
class ExecutionTableModel;
class MessageLabel;
class Session;
class Workspace;

// Every execution the identity may see, filtered by pipeline, status, what started it and when,
// sorted by any column (in SQL, a page at a time), with the selected one in detail below.
// Start opens a parameter form; Stop and Retry are enabled only when the pipelines service says
// they are legal, and their tooltips say why not.
class ExecutionsPage : public QWidget
{
    Q_OBJECT

public:
    ExecutionsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    ExecutionTableModel *model() const { return m_model; }
    ExecutionDetailWidget *detail() const { return m_detail; }
    // The open Start dialog, if any (for tests).
    StartExecutionDialog *startDialog() const { return m_startDialog; }
    // Selects an execution in the table if it is loaded.
    bool selectExecution(const QString &executionArn);
    QString selectedExecution() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPipelineFilter();
    void fillFixedFilters();
    void applyFilter();
    void showSelected();
    void updateActions();
    void startExecution();
    void stopOrRetry(bool retry);
    void showMessage(const QString &text, bool error);

    Workspace &m_workspace;
    Session &m_session;
    ExecutionTableModel *m_model = nullptr;
    QString m_selectedArn;
    QLabel *m_title = nullptr;
    QLabel *m_pipelineLabel = nullptr;
    QComboBox *m_pipelineFilter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_startedByLabel = nullptr;
    QComboBox *m_startedByFilter = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_rangeFilter = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    QTableView *m_table = nullptr;
    ExecutionDetailWidget *m_detail = nullptr;
    QPointer<StartExecutionDialog> m_startDialog;
};

} // namespace Pd

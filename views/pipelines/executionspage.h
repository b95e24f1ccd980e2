#pragma once

#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "views/pipelines/startexecutiondialog.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

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
// Start opens a parameter form; Stop and Retry are enabled only when ExecutionActions says they
// are legal, and their tooltips say why not. With cloud actions set, an action on a connected
// account goes to the cloud first (CloudActions): the page is busy with a Cancel button until the
// cloud answered and the execution was read back; a refusal is shown as the cloud said it.
class ExecutionsPage : public QWidget
{
    Q_OBJECT

public:
    ExecutionsPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // The window's cloud actions (not owned); without them a connected account's executions are
    // refused as local changes are.
    void setCloudActions(CloudActions *actions);
    // The window's connections (not owned): an execution of a connected account is read whole
    // (DescribePipelineExecution, its steps and parameters) the first time it is selected, since a
    // sync lists executions without their steps.
    void setCloudConnections(CloudConnections *connections);
    // The read of the selected execution in flight, if any (for tests).
    CloudSync *currentRead() const { return m_read; }
    // The cloud action in flight (for tests); cancelAction() stops it without an error box.
    CloudJob *currentJob() const { return m_job; }
    void cancelAction();

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
    void readSelectedFromCloud();
    void updateActions();
    void startExecution();
    void stopOrRetry(bool retry);
    void showHiddenExecution();
    void showMessage(const QString &text, bool error);
    // Busy with a cloud job until it finishes; then `done` with the job's status and value.
    void runJob(CloudJob *job, const QString &busyText, std::function<void(const QString &value)> done);

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
    QPushButton *m_cancelActionButton = nullptr;
    QPushButton *m_showHiddenButton = nullptr; // after a start the filters hide: shows its row
    QString m_hiddenArn;
    QPointer<CloudActions> m_cloudActions;
    QPointer<CloudJob> m_job;
    QPointer<CloudConnections> m_cloudConnections;
    QPointer<CloudSync> m_read;
    QSet<QString> m_readFromCloud; // executions read whole in this page's life
    QString m_readArn;             // what m_read reads
    bool m_jobCancelled = false;
    MessageLabel *m_messageLabel = nullptr;
    QTableView *m_table = nullptr;
    ExecutionDetailWidget *m_detail = nullptr;
    QPointer<StartExecutionDialog> m_startDialog;
};

} // namespace Pd

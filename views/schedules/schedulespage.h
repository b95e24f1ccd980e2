#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Pd {

class BusyAction;
class CloudActions;
class CloudJob;
class CollatingProxyModel;
class DeadLetterView;
class ExportDialog;
class ImportDialog;
class FiringTableModel;
class ScheduleTableModel;
class Session;
class UpcomingRunsView;
class Workspace;

// The Schedules page: the identity's schedules (state, next fire in the schedule's zone and in
// yours, last outcome, orphans flagged) with New (the schedule wizard), Enable, Disable, Run now,
// "Disable and delete", Import and Export (Azure ML YAML, EventBridge Scheduler JSON); below,
// the selected schedule's details and history, the upcoming runs of all schedules and the
// dead-letter list.
// Every change goes through ScheduleService.
class SchedulesPage : public QWidget
{
    Q_OBJECT

public:
    SchedulesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // With actions, Enable, Disable and "Disable and delete" go through them (the cloud first for a
    // connected account) while the page waits, and the wizard creates a connected account's
    // schedule in the cloud; nullptr: the schedule service is called directly.
    void setCloudActions(CloudActions *actions);
    BusyAction *busyAction() const { return m_busy; }

    ScheduleTableModel *model() const { return m_model; }
    // Opens the wizard (modal); replaceable for tests.
    void setWizardRunner(std::function<void()> runner) { m_runWizard = std::move(runner); }
    void selectSchedule(const QString &arn);
    // The import or export dialog this page opened and that is still open (window-modal, not
    // blocking, so tests can drive them), else nullptr.
    ImportDialog *openImportDialog() const;
    ExportDialog *openExportDialog() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();
    void updateSelection();
    void showDetails(int row);
    QString selectedArn() const;
    void newSchedule();
    void setEnabled(bool enabled);
    void runNow();
    void disableAndDelete();
    void importSchedule();
    void exportSchedule();
    void report(const QString &message);
    // Waits for a cloud action on `arn`: the buttons stay disabled, then the schedule is selected
    // again (when it still exists) and `done` or the cloud's error is shown.
    void follow(CloudJob *job, const QString &what, const QString &arn, const QString &done);

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions; // the window's, not owned
    ScheduleTableModel *m_model;
    CollatingProxyModel *m_proxy;
    FiringTableModel *m_history;
    std::function<void()> m_runWizard;
    QLabel *m_title;
    QLineEdit *m_filter;
    QPushButton *m_newButton;
    QPushButton *m_enableButton;
    QPushButton *m_disableButton;
    QPushButton *m_runNowButton;
    QPushButton *m_deleteButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_message;
    BusyAction *m_busy;
    QTabWidget *m_tabs;
    QLabel *m_details;
    QTableView *m_historyView;
    UpcomingRunsView *m_upcoming;
    DeadLetterView *m_deadLetters;
};

} // namespace Pd

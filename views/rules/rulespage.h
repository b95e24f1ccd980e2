#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWidget>


class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace Pd {

class BusyAction;
class CloudActions;
class CloudJob;
class CollatingProxyModel;
class ExportDialog;
class ImportDialog;
class InvocationTableModel;
class RuleTableModel;
class RuleWizard;
class SchedulePreviewWidget;
class SendEventDialog;
class Session;
class Workspace;

// The Rules page: the identity's rules (filterable by event bus and name) with Create rule and
// Edit (the create-rule wizard), Enable, Disable, Delete, Send event, Import and Export (of the
// selected rules; several can be selected); below, the selected
// rule's detail (pattern, or schedule with its description and next fires in UTC; targets with
// their parameters; tags) and its invocation history. Every change goes through RuleService.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    RulesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // With actions, Enable, Disable and Delete go through them (the cloud first for a connected
    // account) while the page waits, and so do the wizard's Create and Save and Send event;
    // nullptr: the rule service is called directly (and a connected account's rules cannot be
    // created or edited here).
    void setCloudActions(CloudActions *actions);
    BusyAction *busyAction() const { return m_busy; }
    // The cloud action the page waits for, else nullptr; cancelAction() is its Cancel button.
    CloudJob *currentJob() const;
    void cancelAction();

    RuleTableModel *model() const { return m_model; }
    InvocationTableModel *invocations() const { return m_invocations; }
    void selectRule(const QString &arn);
    QString selectedArn() const;
    // The wizard or dialog this page opened last and that is still open (window-modal, not
    // blocking, so tests can drive them), else nullptr.
    RuleWizard *openWizard() const;
    SendEventDialog *openSendEventDialog() const;
    ImportDialog *openImportDialog() const;
    ExportDialog *openExportDialog() const;
    // The selected rules' ARNs, in table order (Export takes them all).
    QStringList selectedArns() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadBuses();
    void updateSelection();
    void showDetail();
    void runWizard(bool edit);
    void sendEvent();
    void importRules();
    void exportRules();
    void setEnabled(bool enabled);
    void deleteRule();
    void report(const QString &message);
    // Waits for a cloud action on `arn`: the buttons stay disabled, then the rule is selected again
    // (when it still exists) and `done` or the cloud's error is shown.
    void follow(CloudJob *job, const QString &what, const QString &arn, const QString &done);

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions; // the window's, not owned
    RuleTableModel *m_model;
    CollatingProxyModel *m_proxy;
    InvocationTableModel *m_invocations;
    QLabel *m_title;
    QComboBox *m_busFilter;
    QLineEdit *m_filter;
    QPushButton *m_createButton;
    QPushButton *m_editButton;
    QPushButton *m_enableButton;
    QPushButton *m_disableButton;
    QPushButton *m_deleteButton;
    QPushButton *m_sendButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_message;
    BusyAction *m_busy;
    QTabWidget *m_tabs;
    QWidget *m_detail;
    QTextBrowser *m_detailText;
    SchedulePreviewWidget *m_preview;
    QTableView *m_historyView;
};

} // namespace Pd

#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace Pd {

class AccountListModel;
class AccountsDialog;
class CloudActions;
class CloudConnections;
class CloudSync;
class IdentityStateModel;
class ConnectionsDialog;
class ConnectionBanner;
class Session;
class Workspace;

// The console-like window: navigation on the left, one page per feature on the right, the
// identity switcher and region in the tool bar. Does not own the workspace or the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page names used by --screenshot --page and the tests: pipelines, executions, rules,
    // schedules, shares, shared-with-me.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPageName() const;

    // File › Accounts…: opens the Accounts dialog (window-modal, not exec()'d) or raises the open
    // one. With addAccount, its "add" form opens too.
    AccountsDialog *showAccountsDialog(bool addAccount = false);
    AccountsDialog *accountsDialog() const;
    // File › Connections…: the AWS profiles (window-modal, not exec()'d), or the open one raised.
    ConnectionsDialog *showConnectionsDialog();
    // True while the workspace has no accounts and the window shows "Add your first account…".
    bool showsEmptyState() const;

    // The window's clients of the workspace's profiles and the cloud-first actions through them,
    // given to the pages and dialogs that act on connected accounts. Tests set client options here.
    CloudConnections *cloudConnections() const { return m_cloud; }
    CloudActions *cloudActions() const { return m_cloudActions; }

    // View › Refresh (F5): syncs the current identity's account when it is connected, with
    // progress and Cancel in the status bar; a failure is shown with the cloud's message and request
    // id. False (nothing started) for a local account or while a sync runs.
    bool refresh();
    void cancelRefresh();
    // The sync in flight, if any.
    CloudSync *currentSync() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void addPage(const QString &name, QWidget *page);
    void retranslateUi();
    void updateStatus();
    void chooseLanguage(const QString &code);
    // After the accounts changed: keep acting as the same account (or the default one when it went)
    // and show the pages or the empty state.
    void accountsReloaded();
    void updateRefreshAction();
    void syncProgress(int done, int known, const QString &what);
    void syncFinished();
    // Asks for an MFA device's code window-modally (open(), never a nested exec()), then answers.
    void askMfaCode(const QString &mfaSerial, std::function<void(std::optional<QString>)> answer);

    Workspace &m_workspace;
    Session &m_session;
    AccountListModel *m_accountModel = nullptr;
    IdentityStateModel *m_identityModel = nullptr;
    CloudConnections *m_cloud = nullptr;
    CloudActions *m_cloudActions = nullptr;
    QPointer<CloudSync> m_sync;
    bool m_syncCancelled = false;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QPushButton *m_cancelSyncButton = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectionBanner *m_connectionBanner = nullptr;
    QStackedWidget *m_central = nullptr; // the pages, or the empty state
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_addFirstAccountButton = nullptr;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<ConnectionsDialog> m_connectionsDialog;
    bool m_reloadingAccounts = false;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_identityLabel = nullptr;
    QComboBox *m_identityCombo = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_statusIdentity = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    QLabel *m_statusEngine = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QStringList m_pageNames;
};

} // namespace Pd

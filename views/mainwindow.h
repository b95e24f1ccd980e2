#pragma once

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace Pd {

class AccountListModel;
class AccountsDialog;
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

    Workspace &m_workspace;
    Session &m_session;
    AccountListModel *m_accountModel = nullptr;
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

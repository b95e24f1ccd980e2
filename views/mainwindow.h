#pragma once

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace Pd {

class AccountListModel;
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

    Workspace &m_workspace;
    Session &m_session;
    AccountListModel *m_accountModel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
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
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QStringList m_pageNames;
};

} // namespace Pd

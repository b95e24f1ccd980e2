#include "views/mainwindow.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/language.h"
#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/pipelinemodels.h"
#include "scheduler/enginelease.h"
#include "views/accounts/accountsdialog.h"
#include "views/accounts/identitystatemodel.h"
#include "views/audit/activitypage.h"
#include "views/cloud/connectionsdialog.h"
#include "views/common/connectionbanner.h"
#include "views/common/messagebox.h"
#include "views/common/placeholderpage.h"
#include "views/pipelines/executionspage.h"
#include "views/pipelines/pipelinespage.h"
#include "views/rules/rulespage.h"
#include "views/schedules/schedulespage.h"
#include "views/sharing/crossaccountexecutionsview.h"
#include "views/sharing/sharedwithmepage.h"
#include "views/sharing/sharespage.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Pd {

namespace {
QString pageTitle(const QString &name)
{
    if (name == QLatin1String("pipelines"))
        return MainWindow::tr("Pipelines");
    if (name == QLatin1String("executions"))
        return MainWindow::tr("Executions");
    if (name == QLatin1String("rules"))
        return MainWindow::tr("Rules");
    if (name == QLatin1String("schedules"))
        return MainWindow::tr("Schedules");
    if (name == QLatin1String("shares"))
        return MainWindow::tr("Resource shares");
    if (name == QLatin1String("shared-with-me"))
        return MainWindow::tr("Shared with me");
    if (name == QLatin1String("activity"))
        return MainWindow::tr("Activity");
    return name;
}
// The kind of mirrored row a page shows, for the connection banner; none for the Activity page.
std::optional<MirrorKind> mirrorKindOfPage(const QString &name)
{
    static const QHash<QString, MirrorKind> kinds = {
        {QStringLiteral("pipelines"), MirrorKind::Pipelines},
        {QStringLiteral("executions"), MirrorKind::Executions},
        {QStringLiteral("rules"), MirrorKind::Rules},
        {QStringLiteral("schedules"), MirrorKind::Schedules},
        {QStringLiteral("shares"), MirrorKind::ResourceShares},
        {QStringLiteral("shared-with-me"), MirrorKind::Invitations},
    };
    const auto found = kinds.constFind(name);
    if (found == kinds.constEnd())
        return std::nullopt;
    return *found;
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_accountModel = new AccountListModel(workspace.accounts(), this);
    m_identityModel = new IdentityStateModel(workspace.accounts(), this);
    m_identityModel->setSourceModel(m_accountModel);
    m_cloud = new CloudConnections(workspace, this);
    m_cloud->setAskMfaCode([this](const QString &serial, std::function<void(std::optional<QString>)> answer) {
        askMfaCode(serial, std::move(answer));
    });
    m_cloudActions = new CloudActions(*m_cloud, this);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(260);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pageStack"));

    // The pages, under the line that says how fresh a connected account's data is.
    m_connectionBanner = new ConnectionBanner(workspace, session);
    auto *pageArea = new QWidget;
    auto *pageLayout = new QVBoxLayout(pageArea);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_connectionBanner);
    pageLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(pageArea);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 1090});

    // A workspace without accounts has nothing to show on any page: say what to do instead.
    m_emptyState = new QWidget;
    m_emptyState->setObjectName(QStringLiteral("emptyStateWidget"));
    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel;
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setFixedWidth(520);
    m_addFirstAccountButton = new QPushButton;
    m_addFirstAccountButton->setObjectName(QStringLiteral("addFirstAccountButton"));
    m_addFirstAccountButton->setDefault(true);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    // Centred by stretches, not by an alignment flag, so that the wrapped text gets its full height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_emptyText);
    textRow->addStretch(1);
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_addFirstAccountButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    connect(m_addFirstAccountButton, &QPushButton::clicked, this, [this] { showAccountsDialog(true); });

    m_central = new QStackedWidget;
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(splitter);
    m_central->addWidget(m_emptyState);
    setCentralWidget(m_central);

    createActions();
    createPages();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this,
            [this] { m_connectionBanner->setKind(mirrorKindOfPage(currentPageName())); });
    connect(&m_session, &Session::identityChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::identityChanged, this, &MainWindow::updateRefreshAction);
    connect(&workspace.accounts(), &AccountService::accountsChanged, this, &MainWindow::updateRefreshAction);
    connect(m_identityCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        // A reset of the account list moves the combo's index by itself: not a choice of the user.
        if (row >= 0 && !m_reloadingAccounts)
            m_session.setIdentity(m_identityCombo->itemData(row, IdRole).toString());
    });
    connect(m_accountModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reloadingAccounts = true; });
    connect(m_accountModel, &QAbstractItemModel::modelReset, this, &MainWindow::accountsReloaded);
    connect(&m_session, &Session::identityChanged, this, [this](const QString &id) {
        const int row = m_accountModel->rowOf(id);
        if (row != m_identityCombo->currentIndex())
            m_identityCombo->setCurrentIndex(row);
    });
    m_identityCombo->setCurrentIndex(m_accountModel->rowOf(m_session.identity()));
    m_navigation->setCurrentRow(0);
    m_connectionBanner->setKind(mirrorKindOfPage(currentPageName()));
    m_central->setCurrentWidget(m_accountModel->rowCount() == 0 ? m_emptyState : m_central->widget(0));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());

    retranslateUi();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A sync writes into the workspace as its answers come: stop it before the pages go.
    if (m_sync && !m_sync->isFinished()) {
        m_syncCancelled = true;
        m_sync->disconnect(this);
        m_sync->cancel();
    }
    delete m_sync;
    // The jobs and reads in flight (the pages') hold calls of the connections' clients: they go
    // before the connections, which were made first and so would be deleted first.
    delete m_cloudActions;
    delete takeCentralWidget();
}

AccountsDialog *MainWindow::accountsDialog() const
{
    return m_accountsDialog;
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("pipelines"), QStringLiteral("executions"), QStringLiteral("rules"),
            QStringLiteral("schedules"), QStringLiteral("shares"),     QStringLiteral("shared-with-me"),
            QStringLiteral("activity")};
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_accountsAction = m_fileMenu->addAction(QString(), this, [this] { showAccountsDialog(); });
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_connectionsAction = m_fileMenu->addAction(QString(), this, [this] { showConnectionsDialog(); });
    m_connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] { refresh(); });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // A disabled menu item shows no tooltip by default; this one says why it is disabled.
    m_viewMenu->setToolTipsVisible(true);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // Endonyms: a person who cannot read the current language still finds their own.
    for (const auto &[code, name] : {std::pair{"en", "English"}, std::pair{"ko", "한국어"}}) {
        QAction *action = m_languageMenu->addAction(QString::fromUtf8(name));
        action->setObjectName(QStringLiteral("languageAction_") + QLatin1String(code));
        action->setCheckable(true);
        action->setData(QLatin1String(code));
        action->setChecked(Language::instance()->current() == QLatin1String(code));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = QString::fromLatin1(code)] { chooseLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        MessageBox::about(
            this, tr("About Pipeline Desk"),
            tr("<h3>Pipeline Desk %1</h3><p>Pipelines, executions, rules, schedules and resource "
               "shares of several accounts, from one window.</p><p>Workspace: %2</p>")
                .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_workspace.path()).toHtmlEscaped()));
    });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_identityLabel = new QLabel;
    m_identityCombo = new QComboBox;
    m_identityCombo->setObjectName(QStringLiteral("identityCombo"));
    m_identityCombo->setModel(m_identityModel);
    m_identityCombo->setMinimumContentsLength(24);
    // Each account's state follows its name ("· connected, profile prod"): show it whole.
    m_identityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_identityLabel->setBuddy(m_identityCombo);
    m_regionLabel = new QLabel;
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_toolBar->addWidget(m_identityLabel);
    m_toolBar->addWidget(m_identityCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_regionLabel);
    // Beside the account it reads, where its disabled state and tooltip are seen.
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);

    m_statusIdentity = new QLabel;
    m_statusIdentity->setObjectName(QStringLiteral("statusIdentityLabel"));
    m_statusWorkspace = new QLabel;
    m_statusWorkspace->setObjectName(QStringLiteral("statusWorkspaceLabel"));
    statusBar()->addWidget(m_statusIdentity);
    // A sync's progress: what it reads, how far, and a way to stop it; shown only while it runs.
    m_syncLabel = new QLabel;
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncProgress = new QProgressBar;
    m_syncProgress->setObjectName(QStringLiteral("syncProgressBar"));
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setTextVisible(false);
    m_cancelSyncButton = new QPushButton;
    m_cancelSyncButton->setObjectName(QStringLiteral("cancelSyncButton"));
    connect(m_cancelSyncButton, &QPushButton::clicked, this, &MainWindow::cancelRefresh);
    for (QWidget *widget : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                            static_cast<QWidget *>(m_cancelSyncButton)}) {
        statusBar()->addWidget(widget);
        widget->hide();
    }
    statusBar()->addPermanentWidget(m_statusWorkspace);
    m_statusEngine = new QLabel;
    m_statusEngine->setObjectName(QStringLiteral("statusEngineLabel"));
    statusBar()->addPermanentWidget(m_statusEngine);
    // The engine may be started or stopped by another program (the CLI daemon): look again now and then.
    auto *engineStatusTimer = new QTimer(this);
    engineStatusTimer->setInterval(int(EngineLease::heartbeatIntervalMs));
    connect(engineStatusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    engineStatusTimer->start();
}

void MainWindow::createPages()
{
    auto *pipelines = new PipelinesPage(m_workspace, m_session);
    pipelines->setCloudActions(m_cloudActions);
    addPage(QStringLiteral("pipelines"), pipelines);
    for (const QString &name : pageNames().mid(1)) {
        if (name == QLatin1String("executions")) {
            auto *page = new ExecutionsPage(m_workspace, m_session);
            page->setCloudActions(m_cloudActions);
            page->setCloudConnections(m_cloud);
            addPage(name, page);
        } else if (name == QLatin1String("rules")) {
            auto *page = new RulesPage(m_workspace, m_session);
            page->setCloudActions(m_cloudActions);
            addPage(name, page);
        } else if (name == QLatin1String("schedules")) {
            auto *page = new SchedulesPage(m_workspace, m_session);
            page->setCloudActions(m_cloudActions);
            addPage(name, page);
        } else if (name == QLatin1String("shares")) {
            auto *page = new SharesPage(m_workspace, m_session);
            page->setCloudActions(m_cloudActions);
            addPage(name, page);
        } else if (name == QLatin1String("shared-with-me")) {
            auto *page = new SharedWithMePage(m_workspace, m_session);
            page->setCloudActions(m_cloudActions);
            page->executionsView()->setCloudActions(m_cloudActions);
            addPage(name, page);
        } else if (name == QLatin1String("activity")) {
            addPage(name, new ActivityPage(m_workspace));
        } else {
            addPage(name, new PlaceholderPage(name));
        }
    }
}

void MainWindow::addPage(const QString &name, QWidget *page)
{
    m_pageNames.append(name);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(pageTitle(name), m_navigation);
    item->setData(Qt::UserRole, name);
    const int number = int(m_pageNames.size());
    // Ctrl+1 … Ctrl+7 jump to the pages, as in browser consoles.
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)), this);
    connect(shortcut, &QShortcut::activated, this, [this, number] { m_navigation->setCurrentRow(number - 1); });
}

bool MainWindow::showPage(const QString &name)
{
    const int index = int(m_pageNames.indexOf(name));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

AccountsDialog *MainWindow::showAccountsDialog(bool addAccount)
{
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_workspace.accounts(), m_session, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_accountsDialog->open();
    }
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    if (addAccount)
        m_accountsDialog->addAccount();
    return m_accountsDialog;
}

ConnectionsDialog *MainWindow::showConnectionsDialog()
{
    if (!m_connectionsDialog) {
        m_connectionsDialog = new ConnectionsDialog(m_workspace.profiles(), this);
        m_connectionsDialog->setCloudActions(m_cloudActions, m_workspace.accounts(), m_session);
        m_connectionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_connectionsDialog->open();
    }
    m_connectionsDialog->raise();
    m_connectionsDialog->activateWindow();
    return m_connectionsDialog;
}

bool MainWindow::showsEmptyState() const
{
    return m_central->currentWidget() == m_emptyState;
}

void MainWindow::accountsReloaded()
{
    m_reloadingAccounts = false;
    // Keep acting as the same account; when it was deleted (or there was none), act as the default.
    QString identity = m_session.identity();
    if (m_accountModel->rowOf(identity) < 0)
        identity = m_workspace.defaultIdentity();
    m_session.setIdentity(identity);
    m_identityCombo->setCurrentIndex(m_accountModel->rowOf(identity));
    m_central->setCurrentWidget(m_accountModel->rowCount() == 0 ? m_emptyState : m_central->widget(0));
    updateStatus();
}

QString MainWindow::currentPageName() const
{
    return m_pageNames.value(m_pages->currentIndex());
}

void MainWindow::chooseLanguage(const QString &code)
{
    Language::instance()->setLanguage(code);
    QSettings().setValue(QStringLiteral("language"), code);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"),
                      static_cast<QSplitter *>(m_central->widget(0))->saveState());
    settings.setValue(QStringLiteral("identity"), m_session.identity());
    event->accept();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Pipeline Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_accountsAction->setText(tr("&Accounts…"));
    m_connectionsAction->setText(tr("&Connections…"));
    m_quitAction->setText(tr("&Quit"));
    m_emptyTitle->setText(tr("This workspace has no accounts yet"));
    m_emptyText->setText(tr("Every pipeline, rule, schedule and share belongs to an account. Add the first one "
                            "(its 12-digit id and a name) to start; organizations can come later."));
    m_addFirstAccountButton->setText(tr("Add your first account…"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_cancelSyncButton->setText(tr("Cancel"));
    m_cancelSyncButton->setToolTip(tr("Stop reading the account; what was read so far stays."));
    updateRefreshAction();
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pipeline Desk"));
    m_toolBar->setWindowTitle(tr("Identity"));
    m_identityLabel->setText(tr("&Act as:"));
    m_identityCombo->setToolTip(tr("The account you act as. Every page shows and changes what this account may."));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setText(pageTitle(m_pageNames.at(i)));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Language::instance()->current());
    updateStatus();
}

CloudSync *MainWindow::currentSync() const
{
    return m_sync && !m_sync->isFinished() ? m_sync.data() : nullptr;
}

void MainWindow::updateRefreshAction()
{
    auto account = m_workspace.accounts().account(m_session.identity());
    const bool connected = account && account->isConnected();
    const bool running = currentSync() != nullptr;
    m_refreshAction->setEnabled(connected && !running);
    if (!account)
        m_refreshAction->setToolTip(tr("Choose an account to act as first."));
    else if (!connected)
        m_refreshAction->setToolTip(
            tr("%1 is a local account: its data lives in this workspace and is always current. Connect an "
               "AWS profile (File › Connections…) to read a real account.")
                .arg(account->label()));
    else if (running)
        m_refreshAction->setToolTip(tr("A refresh is running; cancel it in the status bar."));
    else
        m_refreshAction->setToolTip(
            tr("Read %1 again from the cloud through profile %2.").arg(account->label(), account->profile));
}

bool MainWindow::refresh()
{
    if (currentSync())
        return false;
    auto account = m_workspace.accounts().account(m_session.identity());
    if (!account || !account->isConnected())
        return false;
    m_syncCancelled = false;
    m_sync = new CloudSync(*m_cloud, account->id, SyncScope::all(), this);
    connect(m_sync, &CloudSync::progress, this, &MainWindow::syncProgress);
    connect(m_sync, &CloudSync::finished, this, &MainWindow::syncFinished);
    m_syncLabel->setText(tr("Refreshing %1…").arg(account->label()));
    m_syncProgress->setRange(0, 0); // busy until the first answer says how much there is
    for (QWidget *widget : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                            static_cast<QWidget *>(m_cancelSyncButton)})
        widget->show();
    m_statusIdentity->hide();
    updateRefreshAction();
    m_sync->start();
    return true;
}

void MainWindow::cancelRefresh()
{
    if (!currentSync())
        return;
    // The user's choice, not a failure: no error box follows.
    m_syncCancelled = true;
    m_sync->cancel();
}

void MainWindow::syncProgress(int done, int known, const QString &what)
{
    m_syncLabel->setText(what);
    m_syncProgress->setRange(0, qMax(1, known));
    m_syncProgress->setValue(qMin(done, qMax(1, known)));
}

void MainWindow::syncFinished()
{
    CloudSync *sync = m_sync;
    if (!sync)
        return;
    for (QWidget *widget : {static_cast<QWidget *>(m_syncLabel), static_cast<QWidget *>(m_syncProgress),
                            static_cast<QWidget *>(m_cancelSyncButton)})
        widget->hide();
    m_statusIdentity->show();
    const Status status = sync->status();
    const bool cancelled = m_syncCancelled;
    sync->deleteLater();
    m_sync = nullptr;
    updateRefreshAction();
    // The pages follow the mirror's change signals; the banner reads the new "as of" now.
    m_connectionBanner->reload();
    if (status) {
        statusBar()->showMessage(tr("Refreshed."), 5000);
    } else if (cancelled) {
        statusBar()->showMessage(tr("Refresh cancelled; what was read so far is kept."), 5000);
    } else {
        MessageBox::showError(this, tr("Refresh failed"), status.error().message, status.error().details);
    }
}

void MainWindow::askMfaCode(const QString &mfaSerial, std::function<void(std::optional<QString>)> answer)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("mfaCodeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("MFA code"));
    dialog->setLabelText(tr("The code your MFA device %1 shows now:").arg(mfaSerial));
    dialog->setInputMode(QInputDialog::TextInput);
    // Answered once, when the dialog closes: with the code, or with nothing when it was cancelled.
    connect(dialog, &QDialog::finished, this, [dialog, answer = std::move(answer)](int result) {
        if (result == QDialog::Accepted)
            answer(dialog->textValue().trimmed());
        else
            answer(std::nullopt);
    });
    dialog->open();
}

void MainWindow::updateStatus()
{
    m_regionLabel->setText(tr("Region: %1").arg(m_workspace.region()));
    auto account = m_workspace.accounts().account(m_session.identity());
    m_statusIdentity->setText(account ? tr("Acting as %1").arg(account->label()) : tr("No identity chosen"));
    m_statusWorkspace->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace.path())));
    auto engine = EngineLease::current(m_workspace.context());
    if (!engine || !engine.value())
        m_statusEngine->setText(tr("engine: not running"));
    else if (engine.value()->pid == QCoreApplication::applicationPid())
        m_statusEngine->setText(tr("engine: this window"));
    else if (engine.value()->kind == QLatin1String("daemon"))
        m_statusEngine->setText(tr("engine: daemon, pid %1").arg(engine.value()->pid));
    else
        m_statusEngine->setText(tr("engine: another window, pid %1").arg(engine.value()->pid));
}

} // namespace Pd

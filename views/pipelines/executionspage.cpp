#include "views/pipelines/executionspage.h"

#include "accounts/accountservice.h"
#include "connected/cloudactions.h"
#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/executionmodels.h"
#include "pipelines/pipelineservice.h"
#include "sharing/accessservice.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/common/pagewidgets.h"
#include "views/pipelines/executionactions.h"
#include "views/pipelines/executiondetailwidget.h"
#include "views/pipelines/startexecutiondialog.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

ExecutionsPage::ExecutionsPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("executionsPage"));
    m_model = new ExecutionTableModel(workspace.pipelines(), workspace.access(), workspace.clock(), session, this);

    m_title = createPageTitle();

    auto combo = [](const char *name) {
        auto *box = new QComboBox;
        box->setObjectName(QLatin1String(name));
        // Contents-sized combos would make the page (and the window) wider than small screens.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        return box;
    };
    m_pipelineLabel = new QLabel;
    m_pipelineFilter = combo("pipelineFilterCombo");
    m_pipelineFilter->setMinimumContentsLength(16);
    m_pipelineLabel->setBuddy(m_pipelineFilter);
    m_statusLabel = new QLabel;
    m_statusFilter = combo("statusFilterCombo");
    m_statusLabel->setBuddy(m_statusFilter);
    m_startedByLabel = new QLabel;
    m_startedByFilter = combo("startedByFilterCombo");
    m_startedByLabel->setBuddy(m_startedByFilter);
    m_rangeLabel = new QLabel;
    m_rangeFilter = combo("timeRangeCombo");
    m_rangeLabel->setBuddy(m_rangeFilter);

    m_startButton = new QPushButton;
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_retryButton = new QPushButton;
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_cancelActionButton = new QPushButton;
    m_cancelActionButton->setObjectName(QStringLiteral("cancelActionButton"));
    m_cancelActionButton->hide();
    m_showHiddenButton = new QPushButton;
    m_showHiddenButton->setObjectName(QStringLiteral("showHiddenButton"));
    m_showHiddenButton->hide();
    m_messageLabel = new MessageLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("executionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: measuring contents would touch every loaded row on each page fetched.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (const auto &[column, width] :
         {std::pair{ExecutionTableModel::Name, 240}, std::pair{ExecutionTableModel::Pipeline, 200},
          std::pair{ExecutionTableModel::Status, 90}, std::pair{ExecutionTableModel::Started, 190},
          std::pair{ExecutionTableModel::Ended, 190}})
        m_table->setColumnWidth(column, width);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);

    m_detail = new ExecutionDetailWidget(workspace, session);

    // Two rows of two filters: one row of four would make the window too wide for small screens.
    auto *filters = new QGridLayout;
    int cell = 0;
    for (auto [label, box] : {std::pair{m_pipelineLabel, m_pipelineFilter}, std::pair{m_statusLabel, m_statusFilter},
                              std::pair{m_startedByLabel, m_startedByFilter}, std::pair{m_rangeLabel, m_rangeFilter}}) {
        filters->addWidget(label, cell / 2, (cell % 2) * 2);
        filters->addWidget(box, cell / 2, (cell % 2) * 2 + 1);
        ++cell;
    }
    filters->setColumnStretch(4, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_cancelActionButton);
    actions->addWidget(m_messageLabel, 1);
    actions->addWidget(m_showHiddenButton);
    actions->addStretch(0);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("executionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    fillFixedFilters();
    fillPipelineFilter();
    for (QComboBox *box : {m_pipelineFilter, m_statusFilter, m_startedByFilter, m_rangeFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ExecutionsPage::applyFilter);
    connect(m_startButton, &QPushButton::clicked, this, &ExecutionsPage::startExecution);
    connect(m_stopButton, &QPushButton::clicked, this, [this] { stopOrRetry(false); });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { stopOrRetry(true); });
    connect(m_cancelActionButton, &QPushButton::clicked, this, &ExecutionsPage::cancelAction);
    connect(m_showHiddenButton, &QPushButton::clicked, this, &ExecutionsPage::showHiddenExecution);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedArn = current.isValid() ? m_model->executionAt(current.row()).arn : QString();
                showSelected();
            });
    // A reload (filter, sort, identity, new executions) keeps the selected execution selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selectedArn);
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, 0));
        } else if (m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
        } else {
            // Filtered away: the detail must not keep showing what the table no longer lists.
            m_selectedArn.clear();
        }
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExecutionsPage::updateActions);
    connect(m_detail, &ExecutionDetailWidget::executionChanged, this, &ExecutionsPage::updateActions);
    connect(&session, &Session::identityChanged, this, [this] {
        fillPipelineFilter();
        m_messageLabel->hide();
    });
    connect(&workspace.pipelines(), &PipelineService::pipelinesChanged, this, &ExecutionsPage::fillPipelineFilter);
    // A connected account going offline (or back) changes what may be sent to it.
    connect(&workspace.accounts(), &AccountService::connectionStateChanged, this, &ExecutionsPage::updateActions);

    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    retranslateUi();
    showSelected();
}

void ExecutionsPage::setCloudConnections(CloudConnections *connections)
{
    m_cloudConnections = connections;
    readSelectedFromCloud();
}

void ExecutionsPage::readSelectedFromCloud()
{
    if (!m_cloudConnections || m_selectedArn.isEmpty() || m_readFromCloud.contains(m_selectedArn))
        return;
    // The mirror the execution belongs to: its pipeline's account, when that is connected.
    const QString owner = m_selectedArn.section(QLatin1Char(':'), 4, 4);
    auto account = m_workspace.accounts().account(owner);
    if (!account || !account->isConnected())
        return;
    // One read at a time: the last selected is the one looked at.
    if (m_read) {
        m_read->disconnect(this);
        m_read->cancel();
        m_read->deleteLater();
        m_readFromCloud.remove(m_readArn); // not read: again when it is selected again
    }
    const QString arn = m_selectedArn;
    m_readArn = arn;
    m_readFromCloud.insert(arn);
    SyncScope scope;
    scope.kinds = 0;
    scope.executionArn = arn;
    m_read = new CloudSync(*m_cloudConnections, owner, scope, this);
    connect(m_read, &CloudSync::finished, this, [this, sync = m_read.data(), arn] {
        sync->deleteLater();
        if (m_read == sync)
            m_read = nullptr;
        // Not read: tried again when selected again (the banner says when the account is offline).
        if (!sync->status())
            m_readFromCloud.remove(arn);
    });
    m_read->start();
}

void ExecutionsPage::setCloudActions(CloudActions *actions)
{
    m_cloudActions = actions;
    updateActions();
}

bool ExecutionsPage::selectExecution(const QString &executionArn)
{
    const int row = m_model->rowOf(executionArn);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString ExecutionsPage::selectedExecution() const
{
    return m_selectedArn;
}

void ExecutionsPage::fillFixedFilters()
{
    const QSignalBlocker blockStatus(m_statusFilter);
    const QSignalBlocker blockStartedBy(m_startedByFilter);
    const QSignalBlocker blockRange(m_rangeFilter);
    const int status = qMax(0, m_statusFilter->currentIndex());
    const int startedBy = qMax(0, m_startedByFilter->currentIndex());
    const int range = qMax(0, m_rangeFilter->currentIndex());
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"));
    for (auto s : {ExecutionStatus::Executing, ExecutionStatus::Stopping, ExecutionStatus::Stopped,
                   ExecutionStatus::Failed, ExecutionStatus::Succeeded})
        m_statusFilter->addItem(displayName(s), toApiString(s));
    m_startedByFilter->clear();
    m_startedByFilter->addItem(tr("Started by anything"));
    for (auto k : {StartedByKind::User, StartedByKind::Schedule, StartedByKind::Rule, StartedByKind::Retry})
        m_startedByFilter->addItem(displayName(k), toApiString(k));
    m_rangeFilter->clear();
    m_rangeFilter->addItem(tr("Any time"), int(ExecutionFilter::TimeRange::Any));
    m_rangeFilter->addItem(tr("Last hour"), int(ExecutionFilter::TimeRange::LastHour));
    m_rangeFilter->addItem(tr("Last 24 hours"), int(ExecutionFilter::TimeRange::LastDay));
    m_rangeFilter->addItem(tr("Last 7 days"), int(ExecutionFilter::TimeRange::LastWeek));
    m_rangeFilter->addItem(tr("Last 30 days"), int(ExecutionFilter::TimeRange::LastMonth));
    m_statusFilter->setCurrentIndex(status);
    m_startedByFilter->setCurrentIndex(startedBy);
    m_rangeFilter->setCurrentIndex(range);
}

void ExecutionsPage::fillPipelineFilter()
{
    const QString current = m_pipelineFilter->currentData().toString();
    {
        const QSignalBlocker block(m_pipelineFilter);
        m_pipelineFilter->clear();
        m_pipelineFilter->addItem(tr("All pipelines"), QString());
        if (auto pipelines = m_workspace.pipelines().visiblePipelines(m_session.identity())) {
            for (const Pipeline &p : pipelines.value()) {
                m_pipelineFilter->addItem(
                    p.accountId == m_session.identity() ? p.name : tr("%1 (account %2)").arg(p.name, p.accountId),
                    p.arn);
                m_pipelineFilter->setItemData(m_pipelineFilter->count() - 1, p.arn, Qt::ToolTipRole);
            }
        }
        m_pipelineFilter->setCurrentIndex(qMax(0, m_pipelineFilter->findData(current)));
    }
    if (m_pipelineFilter->currentData().toString() != current)
        applyFilter();
    updateActions();
}

void ExecutionsPage::applyFilter()
{
    ExecutionFilter filter;
    filter.pipelineArn = m_pipelineFilter->currentData().toString();
    ExecutionStatus status;
    if (executionStatusFromApi(m_statusFilter->currentData().toString(), &status))
        filter.status = status;
    const QString kind = m_startedByFilter->currentData().toString();
    if (!kind.isEmpty())
        filter.startedByKind = startedByKindFromApi(kind);
    filter.range = ExecutionFilter::TimeRange(m_rangeFilter->currentData().toInt());
    if (!(filter == m_model->filter()))
        m_model->setFilter(filter);
}

void ExecutionsPage::showSelected()
{
    readSelectedFromCloud();
    m_detail->setExecution(m_selectedArn);
    updateActions();
}

void ExecutionsPage::updateActions()
{
    const ExecutionActions service(m_workspace, m_cloudActions != nullptr);
    // One action at a time: the buttons wait for the cloud's answer to the last one.
    const bool busy = m_job != nullptr;
    // Start: for the filtered pipeline, or for any pipeline the identity may start.
    QString startReason;
    bool canStart = false;
    const QString filtered = m_pipelineFilter->currentData().toString();
    if (!filtered.isEmpty()) {
        const Status allowed = service.canStart(m_session.identity(), filtered);
        canStart = allowed.ok();
        startReason = allowed ? QString() : allowed.error().message;
    } else {
        for (int i = 1; i < m_pipelineFilter->count() && !canStart; ++i) {
            const Status allowed = service.canStart(m_session.identity(), m_pipelineFilter->itemData(i).toString());
            canStart = allowed.ok();
            if (!allowed && startReason.isEmpty())
                startReason = allowed.error().message;
        }
        if (m_pipelineFilter->count() <= 1)
            startReason = tr("This account has no pipelines it may start.");
    }
    m_startButton->setEnabled(canStart && !busy);
    m_startButton->setToolTip(canStart ? tr("Start an execution with parameters you choose.") : startReason);

    const std::optional<Execution> &e = m_detail->execution();
    auto apply = [&](QPushButton *button, const Status &allowed, const QString &what) {
        button->setEnabled(allowed.ok() && !busy);
        button->setToolTip(allowed ? what : allowed.error().message);
    };
    if (!e) {
        const Status none = Error::invalid(QString(), tr("Select an execution first."));
        apply(m_stopButton, none, QString());
        apply(m_retryButton, none, QString());
        return;
    }
    apply(m_stopButton, service.canStop(m_session.identity(), *e), tr("Stop this execution and its running steps."));
    apply(m_retryButton, service.canRetry(m_session.identity(), *e),
          tr("Run the failed and never-run steps again, keeping the succeeded ones."));
}

void ExecutionsPage::startExecution()
{
    if (m_startDialog)
        return;
    QString pipeline = m_pipelineFilter->currentData().toString();
    if (pipeline.isEmpty() && m_detail->execution())
        pipeline = m_detail->execution()->pipelineArn;
    m_startDialog = new StartExecutionDialog(m_workspace, m_session, pipeline, this);
    m_startDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_startDialog->setCloudActions(m_cloudActions);
    connect(m_startDialog, &QDialog::accepted, this, [this, dialog = m_startDialog] {
        const QString arn = dialog->startedArn();
        m_readFromCloud.insert(arn); // the start read it back whole
        // The new execution is the newest: make sure it is loaded, then select it.
        m_model->refresh();
        m_selectedArn = arn;
        if (selectExecution(arn)) {
            showMessage(tr("Started %1.").arg(arn), false);
            return;
        }
        // The filters hide it: its detail is shown all the same, and one click shows its row.
        m_detail->setExecution(arn);
        showMessage(tr("Started %1. The filters hide it from the list.").arg(arn), false);
        m_hiddenArn = arn;
        m_showHiddenButton->show();
    });
    m_startDialog->open();
}

void ExecutionsPage::stopOrRetry(bool retry)
{
    const std::optional<Execution> &e = m_detail->execution();
    if (!e || m_job)
        return;
    const QString arn = e->arn;
    const QString name = e->displayName;
    // Stopping cannot be undone (a retry starts the failed steps again, not the stopped run), so
    // it is asked, naming what stops; Cancel is the default, as Enter on a stray click must not stop it.
    if (!retry) {
        const QString pipeline = e->pipelineArn.section(QLatin1Char('/'), -1);
        const QString question = tr("Stop the execution “%1” of pipeline %2?\n\nIts running steps are stopped and "
                                    "it ends as Stopped; Retry cannot resume a stopped execution.")
                                     .arg(name.isEmpty() ? arn : name, pipeline);
        if (!MessageBox::confirm(this, tr("Stop execution"), question))
            return;
    }
    if (m_cloudActions) {
        CloudJob *job =
            retry ? m_cloudActions->retry(m_session.identity(), arn) : m_cloudActions->stop(m_session.identity(), arn);
        runJob(job, retry ? tr("Retrying %1…").arg(name) : tr("Stopping %1…").arg(name),
               [this, retry, name](const QString &value) {
                   m_readFromCloud.insert(value); // read back whole
                   m_detail->setExecution(m_selectedArn);
                   showMessage(retry ? tr("Retrying %1.").arg(name) : tr("Stopping %1.").arg(name), false);
               });
        return;
    }
    auto done = retry ? m_workspace.pipelines().retry(m_session.identity(), arn)
                      : m_workspace.pipelines().stop(m_session.identity(), arn);
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    showMessage(retry ? tr("Retrying %1.").arg(name) : tr("Stopping %1.").arg(name), false);
}

void ExecutionsPage::runJob(CloudJob *job, const QString &busyText, std::function<void(const QString &)> done)
{
    m_job = job;
    m_jobCancelled = false;
    m_cancelActionButton->show();
    showMessage(busyText, false);
    updateActions();
    connect(job, &CloudJob::finished, this, [this, job, done = std::move(done)] {
        if (m_job == job)
            m_job = nullptr;
        m_cancelActionButton->hide();
        const Status status = job->status();
        if (status) {
            done(job->value());
        } else if (m_jobCancelled) {
            showMessage(tr("Cancelled. The cloud may have done it all the same; refresh (F5) to see."), false);
        } else {
            showMessage(status.error().message, true);
            MessageBox::showError(this, tr("The cloud refused"), status.error().message, status.error().details);
        }
        updateActions();
    });
}

void ExecutionsPage::cancelAction()
{
    if (!m_job)
        return;
    m_jobCancelled = true;
    m_job->cancel();
}

void ExecutionsPage::showHiddenExecution()
{
    const QString arn = m_hiddenArn;
    m_hiddenArn.clear();
    m_showHiddenButton->hide();
    // Every filter back to its first entry (all), once: one reload, not four.
    for (QComboBox *box : {m_pipelineFilter, m_statusFilter, m_startedByFilter, m_rangeFilter}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    m_selectedArn = arn;
    applyFilter();
    selectExecution(arn);
}

void ExecutionsPage::showMessage(const QString &text, bool error)
{
    m_showHiddenButton->hide(); // a new message is about something else
    m_hiddenArn.clear();
    m_messageLabel->setMessage(text, error ? MessageLabel::Kind::Error : MessageLabel::Kind::None);
    m_messageLabel->setVisible(!text.isEmpty());
}

void ExecutionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExecutionsPage::retranslateUi()
{
    m_title->setText(tr("Executions"));
    m_showHiddenButton->setText(tr("Show it"));
    m_showHiddenButton->setToolTip(tr("Clear the filters and select the execution."));
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_startedByLabel->setText(tr("Started &by:"));
    m_rangeLabel->setText(tr("&When:"));
    m_startButton->setText(tr("&Start…"));
    m_stopButton->setText(tr("St&op"));
    m_retryButton->setText(tr("&Retry"));
    m_cancelActionButton->setText(tr("Cancel"));
    m_cancelActionButton->setToolTip(tr("Stop waiting for the cloud's answer."));
    fillFixedFilters();
    {
        const QSignalBlocker block(m_pipelineFilter);
        if (m_pipelineFilter->count() > 0)
            m_pipelineFilter->setItemText(0, tr("All pipelines"));
    }
    updateActions();
}

} // namespace Pd

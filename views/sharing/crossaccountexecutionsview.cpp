#include "views/sharing/crossaccountexecutionsview.h"

#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/pipelineservice.h"
#include "sharing/sharemodels.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/pipelines/executionactions.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

namespace {
enum Action { Start, Stop, Retry };
} // namespace

CrossAccountExecutionsView::CrossAccountExecutionsView(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("crossAccountExecutionsView"));
    m_model =
        new CrossAccountExecutionModel(workspace.sharing(), workspace.access(), workspace.pipelines(), session, this);
    m_proxy = new CrossAccountFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("crossAccountFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_statusLabel = new QLabel;
    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->addItem(QString());
    for (ExecutionStatus s : {ExecutionStatus::Executing, ExecutionStatus::Stopping, ExecutionStatus::Stopped,
                              ExecutionStatus::Failed, ExecutionStatus::Succeeded})
        m_statusCombo->addItem(QString(), toApiString(s));
    m_statusLabel->setBuddy(m_statusCombo);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusCombo->currentData().toString()); });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("crossAccountExecutionTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Fixed widths: ResizeToContents would measure a hundred thousand rows.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setColumnWidth(CrossAccountExecutionModel::Pipeline, 180);
    m_table->setColumnWidth(CrossAccountExecutionModel::Execution, 200);
    m_table->setColumnWidth(CrossAccountExecutionModel::Status, 90);
    m_table->setColumnWidth(CrossAccountExecutionModel::Started, 180);
    m_table->setColumnWidth(CrossAccountExecutionModel::Ended, 180);
    // The model is already newest first: no sort until the user clicks a header, which keeps
    // opening the view over a hundred thousand executions fast.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_startButton = new QPushButton;
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_retryButton = new QPushButton;
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new BusyAction;

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    buttons->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_messageLabel);

    connect(m_startButton, &QPushButton::clicked, this, [this] { act(Start); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { act(Stop); });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { act(Retry); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CrossAccountExecutionsView::updateButtons);
    connect(m_model, &CrossAccountExecutionModel::rowsRefreshed, this, &CrossAccountExecutionsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CrossAccountExecutionsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CrossAccountExecutionsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CrossAccountExecutionsView::updateButtons);
    connect(&session, &Session::identityChanged, m_messageLabel, &QLabel::clear);
    retranslateUi();
}

void CrossAccountExecutionsView::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    updateButtons();
}

bool CrossAccountExecutionsView::selectExecution(const QString &executionArn)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, executionArn, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_table->setCurrentIndex(found.constFirst());
    return true;
}

void CrossAccountExecutionsView::updateButtons()
{
    m_countLabel->setText(tr("%n execution(s)", nullptr, m_proxy->rowCount()));
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const QList<std::pair<QPushButton *, QString>> idle = {
        {m_startButton, tr("Select an execution to start its pipeline again.")},
        {m_stopButton, tr("Select an executing execution to stop it.")},
        {m_retryButton, tr("Select a failed execution to retry it.")}};
    if (!current.isValid()) {
        for (const auto &[button, tip] : idle) {
            button->setEnabled(false);
            button->setToolTip(tip);
        }
        return;
    }
    const ExecutionSummary &summary = m_model->executionAt(current.row());
    Pd::Execution execution;
    execution.arn = summary.arn;
    execution.pipelineArn = summary.pipelineArn;
    executionStatusFromApi(summary.status, &execution.status);
    const QString identity = m_session.identity();
    // ExecutionActions decides, as for the Executions page; the view only shows its answer.
    const ExecutionActions actions(m_workspace, m_actions != nullptr);
    const Status start = actions.canStart(identity, summary.pipelineArn);
    const Status stop = actions.canStop(identity, execution);
    const Status retry = actions.canRetry(identity, execution);
    const QString pipelineName = summary.pipelineArn.section(QLatin1Char('/'), -1);
    // One cloud action at a time: the buttons wait for the cloud's answer to the last one.
    const bool ready = !m_busy->isBusy();
    m_startButton->setEnabled(start.ok() && ready);
    m_startButton->setToolTip(start ? tr("Start a new execution of %1 in account %2.")
                                          .arg(pipelineName, summary.pipelineArn.section(QLatin1Char(':'), 4, 4))
                                    : start.error().message);
    m_stopButton->setEnabled(stop.ok() && ready);
    m_stopButton->setToolTip(stop ? tr("Stop this execution.") : stop.error().message);
    m_retryButton->setEnabled(retry.ok() && ready);
    m_retryButton->setToolTip(retry ? tr("Retry the failed and never-run steps of this execution.")
                                    : retry.error().message);
}

void CrossAccountExecutionsView::act(int action)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const ExecutionSummary summary = m_model->executionAt(current.row());
    const QString identity = m_session.identity();
    if (action == Stop &&
        !MessageBox::confirm(this, tr("Stop execution"),
                             tr("Stop the execution “%1” of pipeline %2?\n\nIts running steps are stopped and it "
                                "ends as Stopped; Retry cannot resume a stopped execution.")
                                 .arg(summary.displayName.isEmpty() ? summary.arn : summary.displayName,
                                      summary.pipelineArn.section(QLatin1Char('/'), -1))))
        return;
    const QString done = action == Start ? tr("Started %1.") : action == Stop ? tr("Stopping %1.") : tr("Retrying %1.");
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        CloudJob *job = nullptr;
        QString what;
        const QString pipelineName = summary.pipelineArn.section(QLatin1Char('/'), -1);
        switch (action) {
        case Start: {
            StartRequest request;
            request.pipeline = summary.pipelineArn;
            job = m_actions->start(identity, request);
            what = tr("Starting pipeline %1…").arg(pipelineName);
            break;
        }
        case Stop:
            job = m_actions->stop(identity, summary.arn);
            what = tr("Stopping execution %1…").arg(summary.arn);
            break;
        default:
            job = m_actions->retry(identity, summary.arn);
            what = tr("Retrying execution %1…").arg(summary.arn);
            break;
        }
        m_messageLabel->clear();
        m_busy->track(job, what);
        updateButtons();
        connect(job, &CloudJob::finished, this, [this, job, done] {
            const Status status = job->status();
            m_messageLabel->setText(m_busy->outcome(status, done.arg(job->value())));
            updateButtons();
        });
        return;
    }
    PipelineService &pipelines = m_workspace.pipelines();
    Result<QString> result = Error::internal(QString());
    switch (action) {
    case Start: {
        StartRequest request;
        request.pipeline = summary.pipelineArn;
        result = pipelines.start(identity, request);
        break;
    }
    case Stop: result = pipelines.stop(identity, summary.arn); break;
    case Retry: result = pipelines.retry(identity, summary.arn); break;
    }
    m_messageLabel->setText(result ? done.arg(result.value()) : result.error().message);
    updateButtons();
}

void CrossAccountExecutionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CrossAccountExecutionsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by pipeline, owner, execution or account"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusCombo->count(); ++i) {
        ExecutionStatus status;
        if (executionStatusFromApi(m_statusCombo->itemData(i).toString(), &status))
            m_statusCombo->setItemText(i, displayName(status));
    }
    m_startButton->setText(tr("&Start"));
    m_stopButton->setText(tr("St&op"));
    m_retryButton->setText(tr("&Retry"));
    updateButtons();
}

} // namespace Pd

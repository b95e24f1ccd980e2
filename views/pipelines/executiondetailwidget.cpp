#include "views/pipelines/executiondetailwidget.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/executionmodels.h"
#include "pipelines/pipelineservice.h"
#include "views/common/messagelabel.h"
#include "views/common/pagewidgets.h"
#include "views/pipelines/stepgraphview.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Pd {

ExecutionDetailWidget::ExecutionDetailWidget(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("executionDetail"));
    m_steps = new ExecutionStepModel(this);
    m_parameters = new ExecutionParameterModel(this);
    m_timeline = new ExecutionTimelineModel(this);
    m_nameLabel = new QLabel;
    m_nameLabel->setObjectName(QStringLiteral("executionNameLabel"));
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_nameLabel->setFont(bold);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("executionStatusLabel"));
    m_startedLabel = new QLabel;
    m_startedLabel->setObjectName(QStringLiteral("executionStartedLabel"));
    m_startedLabel->setWordWrap(true);
    m_failureLabel = new MessageLabel(MessageLabel::Kind::Error);
    m_failureLabel->setObjectName(QStringLiteral("executionFailureLabel"));
    m_failureLabel->setWordWrap(true);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("executionEmptyLabel"));
    m_graph = new StepGraphView;
    m_stepView = createTableView(QStringLiteral("executionStepTable"), m_steps);
    m_parameterView = createTableView(QStringLiteral("executionParameterTable"), m_parameters);
    m_timelineView = createTableView(QStringLiteral("executionTimelineTable"), m_timeline);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("executionTabs"));
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_stepView, QString());
    m_tabs->addTab(m_parameterView, QString());
    m_tabs->addTab(m_timelineView, QString());

    auto *header = new QHBoxLayout;
    header->addWidget(m_nameLabel);
    header->addWidget(m_statusLabel);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_startedLabel);
    layout->addWidget(m_failureLabel);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tabs, 1);

    connect(&workspace.pipelines(), &PipelineService::executionsChanged, this, [this](const QString &pipelineArn) {
        if (m_execution && m_execution->pipelineArn == pipelineArn)
            reload();
    });
    connect(&session, &Session::identityChanged, this, &ExecutionDetailWidget::reload);
    retranslateUi();
    reload();
}

void ExecutionDetailWidget::setExecution(const QString &executionArn)
{
    if (executionArn == m_executionArn && m_execution)
        return;
    m_executionArn = executionArn;
    reload();
}

void ExecutionDetailWidget::reload()
{
    m_error.clear();
    std::optional<Execution> loaded;
    PipelineDefinition definition;
    if (!m_executionArn.isEmpty()) {
        auto found = m_workspace.pipelines().describeExecution(m_session.identity(), m_executionArn);
        if (found) {
            loaded = found.value();
            if (auto pipeline = m_workspace.pipelines().resolve(m_session.identity(), found->pipelineArn))
                definition = PipelineDefinition::fromJson(pipeline->definition);
        } else {
            m_error = found.error().message;
        }
    }
    m_execution = loaded;
    // Laying the graph out again only when the pipeline changes keeps it from jumping on every
    // status change.
    const QString graphPipeline = loaded ? loaded->pipelineArn : QString();
    if (graphPipeline != m_graphPipelineArn || !loaded) {
        m_graphPipelineArn = graphPipeline;
        m_graph->setDefinition(definition);
    }
    QHash<QString, StepStatus> statuses;
    if (m_execution) {
        for (const StepExecution &s : m_execution->steps)
            statuses.insert(s.name, s.status);
        m_steps->setExecution(*m_execution, definition);
        m_parameters->setParameters(m_execution->parameters);
        m_timeline->setExecution(*m_execution);
    } else {
        m_steps->setExecution({}, {});
        m_parameters->setParameters({});
        m_timeline->setExecution({});
    }
    m_graph->setStatuses(statuses);
    updateLabels();
    emit executionChanged();
}

void ExecutionDetailWidget::updateLabels()
{
    const bool has = m_execution.has_value();
    m_nameLabel->setVisible(has);
    m_statusLabel->setVisible(has);
    m_startedLabel->setVisible(has);
    m_tabs->setVisible(has);
    m_emptyLabel->setVisible(!has);
    m_failureLabel->setVisible(has && !m_execution->failureReason.isEmpty());
    if (!has) {
        m_emptyLabel->setText(m_error.isEmpty() ? tr("Select an execution to see its steps, parameters and timeline.")
                                                : m_error);
        return;
    }
    const Execution &e = *m_execution;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_nameLabel->setText(e.displayName);
    m_nameLabel->setToolTip(e.arn);
    m_statusLabel->setText(displayName(e.status));
    m_statusLabel->setStyleSheet(
        QStringLiteral("padding: 1px 8px; border-radius: 6px; background: %1;")
            .arg(StepGraphView::colorFor(e.status == ExecutionStatus::Succeeded ? StepStatus::Succeeded
                                         : e.status == ExecutionStatus::Failed  ? StepStatus::Failed
                                         : e.status == ExecutionStatus::Stopped ? StepStatus::Stopped
                                         : e.status == ExecutionStatus::Stopping ? StepStatus::Stopping
                                                                                 : StepStatus::Executing)
                     .name()));
    QString started = tr("Started %1 by %2 (%3), account %4")
                          .arg(displayDateTimeMs(e.startTime, zone, QLocale()), e.startedBy, displayName(e.startedByKind),
                               e.actingAccountId);
    if (e.endTime > 0)
        started += QStringLiteral(" · ") + tr("ended %1").arg(displayDateTimeMs(e.endTime, zone, QLocale()));
    m_startedLabel->setText(started);
    m_failureLabel->setText(e.failureReason);
}

void ExecutionDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExecutionDetailWidget::retranslateUi()
{
    m_tabs->setTabText(0, tr("Graph"));
    m_tabs->setTabText(1, tr("Steps"));
    m_tabs->setTabText(2, tr("Parameters"));
    m_tabs->setTabText(3, tr("Timeline"));
    updateLabels();
}

} // namespace Pd

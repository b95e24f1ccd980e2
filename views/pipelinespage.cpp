#include "pipelinespage.h"

#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "itemmodels/pipelinemodels.h"
#include "stepgraphview.h"
#include "workspace/session.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

namespace {
QTableView *makeTable(const QString &objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    return view;
}
} // namespace

PipelinesPage::PipelinesPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_model = new PipelineTableModel(workspace, session, this);
    m_proxy = new CollatingProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_parameters = new ParameterTableModel(this);
    m_steps = new StepTableModel(this);
    m_executions = new RecentExecutionsModel(workspace, session, this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    m_table = makeTable(QStringLiteral("pipelineTable"), m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineTableModel::Name, Qt::AscendingOrder);
    // Descriptions can be long: they take what is left and elide, so the times stay visible.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PipelineTableModel::Description, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);

    m_nameLabel = new QLabel;
    m_nameLabel->setObjectName(QStringLiteral("pipelineNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameLabel->setFont(nameFont);
    m_arnLabel = new QLabel;
    m_arnLabel->setObjectName(QStringLiteral("pipelineArnLabel"));
    m_arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_descriptionLabel = new QLabel;
    m_descriptionLabel->setObjectName(QStringLiteral("pipelineDescriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_parameterView = makeTable(QStringLiteral("parameterTable"), m_parameters);
    m_stepView = makeTable(QStringLiteral("stepTable"), m_steps);
    m_executionView = makeTable(QStringLiteral("recentExecutionTable"), m_executions);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_parameterView, QString());
    m_tabs->addTab(m_stepView, QString());
    m_graph = new StepGraphView;
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_executionView, QString());

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nameLabel);
    detailLayout->addWidget(m_arnLabel);
    detailLayout->addWidget(m_descriptionLabel);
    detailLayout->addWidget(m_emptyLabel);
    detailLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PipelinesPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        showSelected();
    });
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    retranslateUi();
    showSelected();
}

void PipelinesPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const bool has = current.isValid();
    m_nameLabel->setVisible(has);
    m_arnLabel->setVisible(has);
    m_descriptionLabel->setVisible(has);
    m_tabs->setVisible(has);
    m_emptyLabel->setVisible(!has);
    if (!has) {
        m_parameters->setDefinition({});
        m_steps->setDefinition({});
        m_graph->setDefinition({});
        m_executions->setPipeline(QString());
        return;
    }
    const Pipeline &pipeline = m_model->pipelineAt(current.row());
    m_nameLabel->setText(pipeline.name);
    m_arnLabel->setText(pipeline.arn);
    m_descriptionLabel->setText(pipeline.description);
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline.definition);
    m_parameters->setDefinition(definition);
    m_steps->setDefinition(definition);
    m_graph->setDefinition(definition);
    m_executions->setPipeline(pipeline.arn);
}

void PipelinesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PipelinesPage::retranslateUi()
{
    m_title->setText(tr("Pipelines"));
    m_filter->setPlaceholderText(tr("Filter pipelines by name or description (Ctrl+F)"));
    m_emptyLabel->setText(tr("This account has no pipelines. Switch the identity in the tool bar to see another account's."));
    m_tabs->setTabText(0, tr("Parameters"));
    m_tabs->setTabText(1, tr("Steps"));
    m_tabs->setTabText(2, tr("Step graph"));
    m_tabs->setTabText(3, tr("Recent executions"));
}

} // namespace Pd

#include "views/audit/activitypage.h"

#include "accounts/accountservice.h"
#include "audit/auditmodel.h"
#include "audit/auditservice.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "views/common/messagelabel.h"
#include "views/common/pagewidgets.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Pd {

ActivityPage::ActivityPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("activityPage"));
    m_model = new AuditTableModel(workspace.audit(), workspace.accounts(), this);

    m_title = createPageTitle();
    auto combo = [](const char *name) {
        auto *box = new QComboBox;
        box->setObjectName(QLatin1String(name));
        // Contents-sized combos would make the page (and the window) wider than small screens.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        return box;
    };
    m_objectLabel = new QLabel;
    m_objectFilter = new QLineEdit;
    m_objectFilter->setObjectName(QStringLiteral("objectFilterEdit"));
    m_objectFilter->setClearButtonEnabled(true);
    m_objectLabel->setBuddy(m_objectFilter);
    m_identityLabel = new QLabel;
    m_identityFilter = combo("identityFilterCombo");
    m_identityLabel->setBuddy(m_identityFilter);
    m_actionLabel = new QLabel;
    m_actionFilter = combo("actionFilterCombo");
    m_actionFilter->setMinimumContentsLength(20);
    m_actionLabel->setBuddy(m_actionFilter);
    m_outcomeLabel = new QLabel;
    m_outcomeFilter = combo("outcomeFilterCombo");
    m_outcomeLabel->setBuddy(m_outcomeFilter);
    m_periodLabel = new QLabel;
    m_periodFilter = combo("periodFilterCombo");
    m_periodLabel->setBuddy(m_periodFilter);
    m_messageLabel = new MessageLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("activityTable"));
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
         {std::pair{AuditTableModel::When, 190}, std::pair{AuditTableModel::Identity, 230},
          std::pair{AuditTableModel::Actor, 90}, std::pair{AuditTableModel::Action, 200},
          std::pair{AuditTableModel::Target, 260}})
        m_table->setColumnWidth(column, width);

    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("detailText"));
    m_detail->setReadOnly(true);

    auto *filters = new QGridLayout;
    int cell = 0;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_objectLabel, m_objectFilter},
                                std::pair<QLabel *, QWidget *>{m_identityLabel, m_identityFilter},
                                std::pair<QLabel *, QWidget *>{m_actionLabel, m_actionFilter},
                                std::pair<QLabel *, QWidget *>{m_outcomeLabel, m_outcomeFilter},
                                std::pair<QLabel *, QWidget *>{m_periodLabel, m_periodFilter}}) {
        filters->addWidget(label, cell / 3, (cell % 3) * 2);
        filters->addWidget(field, cell / 3, (cell % 3) * 2 + 1);
        ++cell;
    }
    filters->setColumnStretch(1, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("activitySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    fillFixedFilters();
    fillIdentities();
    fillActions();
    connect(m_objectFilter, &QLineEdit::textChanged, this, &ActivityPage::applyFilter);
    for (QComboBox *box : {m_identityFilter, m_actionFilter, m_outcomeFilter, m_periodFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(&workspace.accounts(), &AccountService::accountsChanged, this, &ActivityPage::fillIdentities);
    // An action recorded for the first time (by a newer version) joins the list.
    connect(&workspace.audit(), &AuditService::entriesAdded, this, &ActivityPage::fillActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::showSelected);
    connect(m_table, &QAbstractItemView::doubleClicked, m_detail, [this] { m_detail->setFocus(); });
    retranslateUi();
    showSelected();
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityPage::retranslateUi()
{
    m_title->setText(tr("Activity"));
    m_objectLabel->setText(tr("&Object:"));
    m_objectFilter->setPlaceholderText(tr("ARN or name"));
    m_identityLabel->setText(tr("&Account:"));
    m_actionLabel->setText(tr("A&ction:"));
    m_outcomeLabel->setText(tr("O&utcome:"));
    m_periodLabel->setText(tr("&Period:"));
    fillFixedFilters();
    fillIdentities();
    fillActions();
    showSelected();
}

void ActivityPage::fillFixedFilters()
{
    const QSignalBlocker blockOutcome(m_outcomeFilter);
    const QSignalBlocker blockPeriod(m_periodFilter);
    const int outcome = qMax(0, m_outcomeFilter->currentIndex());
    const int period = qMax(0, m_periodFilter->currentIndex());
    m_outcomeFilter->clear();
    m_outcomeFilter->addItem(tr("Any outcome"));
    m_outcomeFilter->addItem(tr("Succeeded"), true);
    m_outcomeFilter->addItem(tr("Failed"), false);
    m_periodFilter->clear();
    // Seconds back from the workspace clock's now; 0 for any time.
    m_periodFilter->addItem(tr("Any time"), 0);
    m_periodFilter->addItem(tr("Last hour"), 3600);
    m_periodFilter->addItem(tr("Last 24 hours"), 86400);
    m_periodFilter->addItem(tr("Last 7 days"), 7 * 86400);
    m_periodFilter->addItem(tr("Last 30 days"), 30 * 86400);
    m_outcomeFilter->setCurrentIndex(outcome);
    m_periodFilter->setCurrentIndex(period);
}

void ActivityPage::fillIdentities()
{
    const QSignalBlocker block(m_identityFilter);
    const QString current = m_identityFilter->currentData().toString();
    m_identityFilter->clear();
    m_identityFilter->addItem(tr("All accounts"), QString());
    if (auto accounts = m_workspace.accounts().accounts()) {
        for (const Account &a : accounts.value())
            m_identityFilter->addItem(a.label(), a.id);
    }
    m_identityFilter->setCurrentIndex(qMax(0, m_identityFilter->findData(current)));
}

void ActivityPage::fillActions()
{
    const QSignalBlocker block(m_actionFilter);
    const QString current = m_actionFilter->currentData().toString();
    m_actionFilter->clear();
    m_actionFilter->addItem(tr("All actions"), QString());
    if (auto actions = m_workspace.audit().actions()) {
        for (const QString &action : actions.value()) {
            m_actionFilter->addItem(AuditService::actionTitle(action), action);
            m_actionFilter->setItemData(m_actionFilter->count() - 1, action, Qt::ToolTipRole);
        }
    }
    m_actionFilter->setCurrentIndex(qMax(0, m_actionFilter->findData(current)));
}

void ActivityPage::applyFilter()
{
    AuditQuery query;
    query.target = m_objectFilter->text().trimmed();
    query.identity = m_identityFilter->currentData().toString();
    query.action = m_actionFilter->currentData().toString();
    if (const QVariant outcome = m_outcomeFilter->currentData(); outcome.isValid())
        query.succeeded = outcome.toBool();
    if (const int seconds = m_periodFilter->currentData().toInt(); seconds > 0)
        query.since = m_workspace.clock().nowMs() - qint64(seconds) * 1000;
    m_model->setQuery(query);
    if (m_model->lastError().isEmpty())
        m_messageLabel->hide();
    else {
        m_messageLabel->setMessage(m_model->lastError(), MessageLabel::Kind::Error);
        m_messageLabel->show();
    }
}

void ActivityPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->setPlainText(m_model->rowCount() == 0 ? tr("Nothing was recorded that matches the filters.")
                                                        : tr("Select a row to see all of it."));
        return;
    }
    const AuditEntry &e = m_model->entryAt(current.row());
    QStringList lines;
    lines << tr("When: %1 (%2)").arg(displayDateTimeMs(e.at, QTimeZone::systemTimeZone(), QLocale()), isoUtcMs(e.at))
          << tr("Account: %1").arg(m_model->identityLabel(e.identity))
          << tr("By: %1").arg(AuditTableModel::actorLabel(e.actor))
          << tr("Action: %1 (%2)").arg(AuditService::actionTitle(e.action), e.action)
          << tr("Target: %1").arg(e.target.isEmpty() ? QStringLiteral("—") : e.target)
          << tr("Outcome: %1").arg(AuditTableModel::outcomeLabel(e.outcome));
    if (!e.detail.isEmpty())
        lines << tr("Detail: %1").arg(e.detail);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace Pd

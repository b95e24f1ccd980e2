#include "views/schedules/schedulespage.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "pipelines/pipelineservice.h"
#include "schedules/scheduleinterchange.h"
#include "schedules/schedulemodels.h"
#include "schedules/scheduleservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"
#include "views/common/pagewidgets.h"
#include "views/interchange/exportdialog.h"
#include "views/interchange/importdialog.h"
#include "views/interchange/interchangeformats.h"
#include "views/schedules/deadletterview.h"
#include "views/schedules/schedulewizard.h"
#include "views/schedules/upcomingrunsview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

namespace {

// The next-fire columns of a schedule that can never fire again: a warning icon and amber text,
// so it stands out among the dates; the model's text and tooltip say why.
class NextFireDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(StatusRole).toString() != QLatin1String("NEVER_FIRES"))
            return;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        const QColor warning = MessageLabel::color(MessageLabel::Kind::Warning, option->palette);
        option->palette.setColor(QPalette::Text, warning);
    }
};

} // namespace

namespace {
QTableView *newTable(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

SchedulesPage::SchedulesPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_model(new ScheduleTableModel(workspace.schedules(), workspace.clock(), session, this))
    , m_proxy(new CollatingProxyModel(this))
    , m_history(new FiringTableModel(workspace.schedules(), session, this))
    , m_title(createPageTitle(QStringLiteral("schedulesTitleLabel")))
    , m_filter(new QLineEdit)
    , m_newButton(new QPushButton)
    , m_enableButton(new QPushButton)
    , m_disableButton(new QPushButton)
    , m_runNowButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_table(newTable(QStringLiteral("schedulesTableView")))
    , m_message(new QLabel)
    , m_busy(new BusyAction)
    , m_tabs(new QTabWidget)
    , m_details(new QLabel)
    , m_historyView(newTable(QStringLiteral("historyTableView")))
    , m_upcoming(new UpcomingRunsView(workspace, session))
    , m_deadLetters(new DeadLetterView(workspace, session))
{
    setObjectName(QStringLiteral("schedulesPage"));
    m_filter->setObjectName(QStringLiteral("scheduleFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_newButton->setObjectName(QStringLiteral("newScheduleButton"));
    m_enableButton->setObjectName(QStringLiteral("enableButton"));
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_runNowButton->setObjectName(QStringLiteral("runNowButton"));
    m_deleteButton->setObjectName(QStringLiteral("disableAndDeleteButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_details->setObjectName(QStringLiteral("scheduleDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setWordWrap(true);
    m_details->setContentsMargins(6, 6, 6, 6);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScheduleTableModel::Name, Qt::AscendingOrder);
    auto *nextFire = new NextFireDelegate(m_table);
    m_table->setItemDelegateForColumn(ScheduleTableModel::NextFire, nextFire);
    m_table->setItemDelegateForColumn(ScheduleTableModel::NextFireLocal, nextFire);
    m_historyView->setModel(m_history);

    m_runWizard = [this] {
        ScheduleWizard wizard(m_workspace, m_session, this);
        wizard.setCloudActions(m_actions);
        if (wizard.exec() == QDialog::Accepted && wizard.created())
            selectSchedule(wizard.created()->arn);
    };

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_newButton, &QPushButton::clicked, this, &SchedulesPage::newSchedule);
    connect(m_enableButton, &QPushButton::clicked, this, [this] { setEnabled(true); });
    connect(m_disableButton, &QPushButton::clicked, this, [this] { setEnabled(false); });
    connect(m_runNowButton, &QPushButton::clicked, this, &SchedulesPage::runNow);
    connect(m_deleteButton, &QPushButton::clicked, this, &SchedulesPage::disableAndDelete);
    connect(m_importButton, &QPushButton::clicked, this, &SchedulesPage::importSchedule);
    connect(m_exportButton, &QPushButton::clicked, this, &SchedulesPage::exportSchedule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulesPage::fitColumns);
    connect(m_history, &QAbstractItemModel::modelReset, m_historyView, &QTableView::resizeColumnsToContents);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_newButton, m_enableButton, m_disableButton, m_runNowButton, m_deleteButton, m_importButton, m_exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_filter);

    m_tabs->addTab(m_historyView, QString());
    m_tabs->addTab(m_upcoming, QString());
    m_tabs->addTab(m_deadLetters, QString());
    // Last, so the history stays the first thing shown below the list.
    auto *detailsScroll = new QScrollArea;
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    m_tabs->addTab(detailsScroll, QString());

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table);
    topLayout->addWidget(m_busy);
    topLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter);
    retranslateUi();
    fitColumns();
    // Show something below right away: the first schedule's history.
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSelection();
}

void SchedulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SchedulesPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A description can run long ("at 09:00 and 18:00 on the 1st, 15th and last day…"): it is
    // elided, whole in its tooltip, so that the next fires stay in view.
    const int widest = m_table->fontMetrics().averageCharWidth() * 36;
    if (m_table->columnWidth(ScheduleTableModel::Expression) > widest)
        m_table->setColumnWidth(ScheduleTableModel::Expression, widest);
}

void SchedulesPage::retranslateUi()
{
    m_title->setText(tr("Schedules"));
    m_filter->setPlaceholderText(tr("Filter schedules"));
    m_newButton->setText(tr("&New schedule…"));
    m_enableButton->setText(tr("&Enable"));
    m_disableButton->setText(tr("&Disable"));
    m_runNowButton->setText(tr("&Run now"));
    m_runNowButton->setToolTip(tr("Starts the target once now; the schedule's cadence does not change."));
    m_deleteButton->setText(tr("Disable and de&lete…"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(
        tr("Shows the selected schedule as Azure ML schedule YAML or EventBridge Scheduler input, to copy or save."));
    m_tabs->setTabText(0, tr("History"));
    m_tabs->setTabText(1, tr("Upcoming runs"));
    m_tabs->setTabText(2, tr("Dead letters"));
    m_tabs->setTabText(3, tr("Details"));
    updateSelection();
}

void SchedulesPage::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    updateSelection();
}

QString SchedulesPage::selectedArn() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(IdRole).toString();
}

void SchedulesPage::selectSchedule(const QString &arn)
{
    const int row = m_model->rowOf(arn);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SchedulesPage::updateSelection()
{
    const QString arn = selectedArn();
    const int row = m_model->rowOf(arn);
    const bool has = row >= 0;
    const bool enabled = has && m_model->scheduleAt(row).enabled;
    // One cloud action at a time: the page waits for the cloud's answer before the next.
    const bool idle = !m_busy->isBusy();
    // Import writes schedules here; for a connected account the change is refused at the end, so
    // it is off from the start with the reason. The wizard creates a connected account's schedule
    // in the cloud, given the window's actions.
    const QString refused = localChangeRefusal(m_workspace, m_session.identity());
    const bool local = refused.isEmpty();
    m_newButton->setEnabled(idle && (local || m_actions));
    m_newButton->setToolTip(local ? QString()
                            : m_actions
                                ? tr("Creates the schedule in EventBridge Scheduler of the connected account; it "
                                     "shows here as the cloud made it.")
                                : refused);
    m_importButton->setEnabled(idle && local);
    m_importButton->setToolTip(
        local ? tr("Creates or replaces a schedule from Azure ML schedule YAML or EventBridge Scheduler input.")
              : refused);
    m_enableButton->setEnabled(idle && has && !enabled);
    m_disableButton->setEnabled(idle && enabled);
    m_runNowButton->setEnabled(idle && has);
    m_deleteButton->setEnabled(idle && has);
    m_exportButton->setEnabled(has);
    m_history->setSchedule(arn);
    showDetails(row);
}

void SchedulesPage::showDetails(int row)
{
    if (row < 0) {
        m_details->setText(tr("Select a schedule to see its details."));
        return;
    }
    const PipelineSchedule &s = m_model->scheduleAt(row);
    const QTimeZone zone = QTimeZone(s.timeZone.toUtf8()).isValid() ? QTimeZone(s.timeZone.toUtf8()) : QTimeZone::utc();
    QStringList lines;
    lines << tr("Name: %1 (group %2)").arg(s.name, s.groupName) << tr("ARN: %1").arg(s.arn);
    if (!s.description.isEmpty())
        lines << tr("Description: %1").arg(s.description);
    lines << tr("Expression: %1 in %2").arg(s.expression, s.timeZone);
    // The sentence the list shows, and any never-fires reason, beside the raw expression.
    lines << tr("When: %1").arg(m_model->index(row, ScheduleTableModel::Expression).data().toString());
    const QString never = m_model->index(row, ScheduleTableModel::NextFire).data(Qt::ToolTipRole).toString();
    if (!never.isEmpty())
        lines << never;
    if (s.startTime)
        lines << tr("Start: %1").arg(displayDateTimeMs(s.startTime, zone, QLocale()));
    if (s.endTime)
        lines << tr("End: %1").arg(displayDateTimeMs(s.endTime, zone, QLocale()));
    lines << (s.enabled ? tr("State: enabled") : tr("State: disabled")) << tr("Target: %1").arg(s.targetPipelineArn);
    for (const ExecutionParameter &p : s.targetParameters)
        lines << tr("  %1 = %2").arg(p.name, p.value);
    lines << (s.roleArn.isEmpty() ? tr("Role: none") : tr("Role: %1").arg(s.roleArn))
          << (s.flexibleWindowMinutes > 0 ? tr("Flexible window: %n minute(s)", nullptr, s.flexibleWindowMinutes)
                                          : tr("Flexible window: off"))
          << tr("Retries: at most %1, for at most %2 s").arg(s.maxRetries).arg(s.maxEventAgeSeconds)
          << tr("Missed runs: %1").arg(displayName(s.missedPolicy))
          << tr("Overlap: %1").arg(displayName(s.overlapPolicy));
    if (s.actionAfterCompletion == ActionAfterCompletion::Delete)
        lines << tr("Deletes itself after its last run");
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void SchedulesPage::newSchedule()
{
    m_runWizard();
}

void SchedulesPage::setEnabled(bool enabled)
{
    const QString arn = selectedArn();
    if (!enabled) {
        const int row = m_model->rowOf(arn);
        if (row < 0)
            return;
        if (!MessageBox::confirm(this, tr("Disable schedule"),
                                 tr("Disable the schedule “%1”? It fires no more until it is enabled again.")
                                     .arg(m_model->scheduleAt(row).name)))
            return;
    }
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        const int row = m_model->rowOf(arn);
        if (row < 0)
            return;
        const QString name = m_model->scheduleAt(row).name;
        follow(m_actions->setScheduleEnabled(m_session.identity(), arn, {}, enabled),
               enabled ? tr("Enabling “%1”…").arg(name) : tr("Disabling “%1”…").arg(name), arn,
               enabled ? tr("“%1” is enabled.").arg(name) : tr("“%1” is disabled.").arg(name));
        return;
    }
    auto changed = m_workspace.schedules().setEnabled(m_session.identity(), arn, {}, enabled);
    if (!changed) {
        report(changed.error().message);
        return;
    }
    selectSchedule(arn);
    report(enabled ? tr("“%1” is enabled.").arg(changed->name) : tr("“%1” is disabled.").arg(changed->name));
}

void SchedulesPage::runNow()
{
    const QString arn = selectedArn();
    auto firing = m_workspace.schedules().runNow(m_session.identity(), arn);
    if (!firing) {
        report(firing.error().message);
        return;
    }
    selectSchedule(arn);
    report(tr("Started %1.").arg(firing->executionArn.section(QLatin1Char('/'), -1)));
}

void SchedulesPage::disableAndDelete()
{
    const QString arn = selectedArn();
    const int row = m_model->rowOf(arn);
    if (row < 0)
        return;
    const QString name = m_model->scheduleAt(row).name;
    const QString question = tr("Disable and delete the schedule “%1”? The executions it started stay.").arg(name);
    if (MessageBox::question(this, tr("Disable and delete"), question) != QMessageBox::Yes)
        return;
    // A local schedule is disabled first, as ever (ScheduleService::disableAndRemove); deleting one in
    // the cloud stops it there as well, with nothing to disable first.
    if (m_actions && !localChangeRefusal(m_workspace, m_session.identity()).isEmpty()) {
        follow(m_actions->deleteSchedule(m_session.identity(), arn, {}), tr("Deleting “%1”…").arg(name), arn,
               tr("“%1” was deleted.").arg(name));
        return;
    }
    const Status removed = m_workspace.schedules().disableAndRemove(m_session.identity(), arn);
    report(removed ? tr("“%1” was deleted.").arg(name) : removed.error().message);
}

ImportDialog *SchedulesPage::openImportDialog() const
{
    return visibleChild<ImportDialog>(this);
}

ExportDialog *SchedulesPage::openExportDialog() const
{
    return visibleChild<ExportDialog>(this);
}

void SchedulesPage::importSchedule()
{
    auto *dialog = new ImportDialog(m_workspace, m_session, ImportDialog::Kind::Schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &arns) {
        selectSchedule(arns.constFirst());
        report(tr("Imported the schedule “%1”.").arg(arns.constFirst().section(QLatin1Char('/'), -1)));
    });
    dialog->open();
}

void SchedulesPage::exportSchedule()
{
    const int row = m_model->rowOf(selectedArn());
    if (row < 0)
        return;
    const PipelineSchedule schedule = m_model->scheduleAt(row);
    const ScheduleExportOptions options = defaultExportOptions(m_workspace.pipelines(), m_session.identity(), schedule);
    const auto produce = [schedule, options](const QString &formatId) {
        const ScheduleFormat format = scheduleFormatFromCli(formatId).value_or(ScheduleFormat::AzureMlYaml);
        const ScheduleExport exported = Pd::exportSchedule(schedule, format, options);
        return ExportDialog::Document{exported.text, exported.notExpressible};
    };
    const QString name = schedule.name;
    auto *dialog = new ExportDialog(
        InterchangeFormats::scheduleFormats(), produce, [name] { return tr("the schedule “%1”").arg(name); }, name,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SchedulesPage::follow(CloudJob *job, const QString &what, const QString &arn, const QString &done)
{
    m_busy->track(job, what);
    updateSelection();
    connect(job, &CloudJob::finished, this, [this, job, arn, done] {
        const Status status = job->status();
        // The read back reset the model: the schedule is the current one again.
        selectSchedule(arn);
        updateSelection();
        report(m_busy->outcome(status, done));
    });
}

void SchedulesPage::report(const QString &message)
{
    m_message->setText(message);
}

} // namespace Pd

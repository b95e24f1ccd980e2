#include "views/rules/rulespage.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "rules/ruleinterchange.h"
#include "rules/rulemodels.h"
#include "rules/ruleservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/common/pagewidgets.h"
#include "views/interchange/exportdialog.h"
#include "views/interchange/importdialog.h"
#include "views/interchange/interchangeformats.h"
#include "views/rules/rulewizard.h"
#include "views/rules/sendeventdialog.h"
#include "views/schedules/schedulepreviewwidget.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Pd {

namespace {

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RulesPage::RulesPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_model(new RuleTableModel(workspace.rules(), session, this))
    , m_proxy(new CollatingProxyModel(this))
    , m_invocations(new InvocationTableModel(workspace.rules(), session, this))
    , m_title(createPageTitle(QStringLiteral("rulesTitleLabel")))
    , m_busFilter(new QComboBox)
    , m_filter(new QLineEdit)
    , m_createButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_enableButton(new QPushButton)
    , m_disableButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_sendButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_table(createTableView(QStringLiteral("rulesTableView"), m_proxy, true))
    , m_message(new QLabel)
    , m_busy(new BusyAction)
    , m_tabs(new QTabWidget)
    , m_detail(new QWidget)
    , m_detailText(new QTextBrowser)
    , m_preview(new SchedulePreviewWidget(&workspace.clock()))
    , m_historyView(createTableView(QStringLiteral("invocationsTableView"), m_invocations))
{
    setObjectName(QStringLiteral("rulesPage"));
    m_busFilter->setObjectName(QStringLiteral("busFilterCombo"));
    m_busFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setObjectName(QStringLiteral("ruleFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_createButton->setObjectName(QStringLiteral("createRuleButton"));
    m_editButton->setObjectName(QStringLiteral("editRuleButton"));
    m_enableButton->setObjectName(QStringLiteral("enableButton"));
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteRuleButton"));
    m_sendButton->setObjectName(QStringLiteral("sendEventButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    // Several rules export together (one document); the other actions take the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailText->setObjectName(QStringLiteral("ruleDetailBrowser"));
    m_detailText->setOpenLinks(false);
    m_preview->setObjectName(QStringLiteral("ruleSchedulePreview"));
    m_preview->setCount(5);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(RuleTableModel::Name);
    m_table->sortByColumn(RuleTableModel::Name, Qt::AscendingOrder);
    // A pattern can be long: its column gets a fixed share, the tooltip shows all of it.
    m_table->horizontalHeader()->setSectionResizeMode(RuleTableModel::Definition, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(RuleTableModel::Definition, 360);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_busFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setEventBus(m_busFilter->currentData().toString()); });
    connect(m_createButton, &QPushButton::clicked, this, [this] { runWizard(false); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { runWizard(true); });
    connect(m_enableButton, &QPushButton::clicked, this, [this] { setEnabled(true); });
    connect(m_disableButton, &QPushButton::clicked, this, [this] { setEnabled(false); });
    connect(m_deleteButton, &QPushButton::clicked, this, &RulesPage::deleteRule);
    connect(m_sendButton, &QPushButton::clicked, this, &RulesPage::sendEvent);
    connect(m_importButton, &QPushButton::clicked, this, &RulesPage::importRules);
    connect(m_exportButton, &QPushButton::clicked, this, &RulesPage::exportRules);
    connect(m_table, &QTableView::doubleClicked, this, [this] { runWizard(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPage::updateSelection);
    connect(&workspace.rules(), &RuleService::eventBusesChanged, this, &RulesPage::reloadBuses);
    connect(&session, &Session::identityChanged, this, &RulesPage::reloadBuses);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_createButton, m_editButton, m_enableButton, m_disableButton, m_deleteButton, m_sendButton,
                           m_importButton, m_exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_busFilter);
    buttons->addWidget(m_filter);

    auto *detailLayout = new QHBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailText, 1);
    detailLayout->addWidget(m_preview, 1);
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_historyView, QString());

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
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter);
    retranslateUi();
    reloadBuses();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSelection();
}

void RulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RulesPage::retranslateUi()
{
    m_title->setText(tr("Rules"));
    m_filter->setPlaceholderText(tr("Filter rules by name"));
    if (m_busFilter->count() > 0)
        m_busFilter->setItemText(0, tr("All event buses"));
    m_createButton->setText(tr("&Create rule…"));
    m_editButton->setText(tr("&Edit…"));
    m_enableButton->setText(tr("E&nable"));
    m_disableButton->setText(tr("&Disable"));
    m_deleteButton->setText(tr("De&lete…"));
    m_sendButton->setText(tr("&Send event…"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(
        tr("Shows the selected rules as AWS CLI input JSON or CloudFormation, to copy or save."));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Invocations"));
    updateSelection();
}

void RulesPage::reloadBuses()
{
    const QString current = m_busFilter->currentData().toString();
    m_busFilter->blockSignals(true);
    m_busFilter->clear();
    m_busFilter->addItem(tr("All event buses"), QString());
    auto buses = m_workspace.rules().eventBuses(m_session.identity());
    if (buses) {
        for (const QString &bus : buses.value())
            m_busFilter->addItem(bus, bus);
    }
    const int keep = m_busFilter->findData(current);
    m_busFilter->setCurrentIndex(keep >= 0 ? keep : 0);
    m_busFilter->blockSignals(false);
    m_model->setEventBus(m_busFilter->currentData().toString());
}

void RulesPage::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    updateSelection(); // which buttons a connected account has depends on them
}

QString RulesPage::selectedArn() const
{
    // With several selected, the current row is the one the single-rule actions mean.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.siblingAtColumn(0).data(IdRole).toString();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(IdRole).toString();
}

QStringList RulesPage::selectedArns() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList arns;
    for (const QModelIndex &index : rows)
        arns.append(index.data(IdRole).toString());
    return arns;
}

void RulesPage::selectRule(const QString &arn)
{
    const int row = m_model->rowOf(arn);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RulesPage::updateSelection()
{
    const QString arn = selectedArn();
    const int row = m_model->rowOf(arn);
    const bool has = row >= 0;
    const bool enabled = has && m_model->ruleAt(row).enabled;
    // One cloud action at a time: the page waits for the cloud's answer before the next.
    const bool idle = !m_busy->isBusy();
    // Import writes rules here; for a connected account that is refused at the end, so it is off
    // from the start with the reason. The wizard writes through the cloud actions, the cloud first.
    const QString refused = localChangeRefusal(m_workspace, m_session.identity());
    const bool local = refused.isEmpty();
    const bool writable = local || m_actions;
    m_createButton->setEnabled(idle && writable);
    m_createButton->setToolTip(writable ? QString() : refused);
    m_editButton->setEnabled(idle && writable && has);
    m_editButton->setToolTip(writable ? QString() : refused);
    m_importButton->setEnabled(idle && local);
    m_importButton->setToolTip(
        local ? tr("Creates or replaces rules from AWS CLI input JSON or a CloudFormation template; all or nothing.")
              : refused);
    m_enableButton->setEnabled(idle && has && !enabled);
    m_disableButton->setEnabled(idle && enabled);
    m_deleteButton->setEnabled(idle && has);
    // A connected account's events go to EventBridge, through the cloud actions.
    m_sendButton->setEnabled(idle && writable);
    m_sendButton->setToolTip(
        !writable ? refused
        : local   ? tr("Puts an event on the local event bus; matching enabled rules start their targets.")
                  : tr("Puts an event on the connected account's event bus in EventBridge, which starts the targets "
                         "of the rules it matches."));
    m_exportButton->setEnabled(has);
    if (m_invocations->rule() != arn)
        m_invocations->setRule(arn);
    if (!m_model->lastError().isEmpty())
        report(m_model->lastError());
    showDetail();
}

void RulesPage::showDetail()
{
    const int row = m_model->rowOf(selectedArn());
    if (row < 0) {
        m_detailText->setHtml(QStringLiteral("<p>%1</p>")
                                  .arg(escaped(tr("Select a rule to see its pattern or "
                                                  "schedule, targets and tags."))));
        m_preview->hide();
        return;
    }
    const Rule &r = m_model->ruleAt(row);
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QString html;
    const auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(escaped(r.name));
    line(tr("ARN"), r.arn);
    line(tr("Event bus"), r.eventBus);
    line(tr("State"), r.enabled ? tr("Enabled") : tr("Disabled"));
    line(tr("Description"), r.description.isEmpty() ? tr("—") : r.description);
    if (!r.roleArn.isEmpty())
        line(tr("Role"), r.roleArn);
    line(tr("Created"), displayDateTimeMs(r.createdAt, zone, locale));
    line(tr("Last modified"), displayDateTimeMs(r.modifiedAt, zone, locale));
    if (r.isScheduled())
        line(tr("Schedule"), tr("%1, evaluated in UTC").arg(r.scheduleExpression));
    html += QStringLiteral("</table>");
    if (!r.isScheduled()) {
        const QJsonDocument pattern = QJsonDocument::fromJson(r.eventPattern.toUtf8());
        const QString text =
            pattern.isObject() ? QString::fromUtf8(pattern.toJson(QJsonDocument::Indented)) : r.eventPattern;
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(escaped(tr("Event pattern")), escaped(text.trimmed()));
    }
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Targets (%1)").arg(r.targets.size())));
    if (r.targets.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No targets: the rule starts nothing.")));
    for (const RuleTarget &t : r.targets) {
        html += QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                    .arg(escaped(t.id),
                         escaped(tr("SageMaker pipeline %1 (account %2)")
                                     .arg(lastSegment(t.pipelineArn), t.pipelineArn.section(QLatin1Char(':'), 4, 4))),
                         escaped(tr("Role: %1").arg(t.roleArn)));
        if (!t.parameters.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const RuleParameter &p : t.parameters) {
                html += QStringLiteral("<li>%1</li>")
                            .arg(escaped(p.dynamic ? tr("%1 ← %2 (JSONPath into the event)").arg(p.name, p.value)
                                                   : tr("%1 = %2").arg(p.name, p.value)));
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Tags")));
    if (r.tags.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No tags")));
    } else {
        html += QStringLiteral("<ul>");
        for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
            html += QStringLiteral("<li>%1</li>").arg(escaped(tr("%1 = %2").arg(it.key(), it.value())));
        html += QStringLiteral("</ul>");
    }
    m_detailText->setHtml(html);
    // The schedule's description and next fires come from the same preview the wizard shows.
    m_preview->setVisible(r.isScheduled());
    if (r.isScheduled())
        m_preview->setExpression(r.scheduleExpression, QStringLiteral("UTC"));
}

RuleWizard *RulesPage::openWizard() const
{
    return visibleChild<RuleWizard>(this);
}

SendEventDialog *RulesPage::openSendEventDialog() const
{
    return visibleChild<SendEventDialog>(this);
}

ImportDialog *RulesPage::openImportDialog() const
{
    return visibleChild<ImportDialog>(this);
}

ExportDialog *RulesPage::openExportDialog() const
{
    return visibleChild<ExportDialog>(this);
}

void RulesPage::importRules()
{
    auto *dialog = new ImportDialog(m_workspace, m_session, ImportDialog::Kind::Rules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &arns) {
        // A rule on a bus the filter hides would not be seen being selected.
        if (!m_busFilter->currentData().toString().isEmpty())
            m_busFilter->setCurrentIndex(0);
        selectRule(arns.constFirst());
        report(tr("Imported %n rule(s).", nullptr, int(arns.size())));
    });
    dialog->open();
}

void RulesPage::exportRules()
{
    QList<Rule> rules;
    QStringList names;
    for (const QString &arn : selectedArns()) {
        const int row = m_model->rowOf(arn);
        if (row < 0)
            continue;
        rules.append(m_model->ruleAt(row));
        names.append(m_model->ruleAt(row).name);
    }
    if (rules.isEmpty())
        return;
    // Rules are values: the dialog keeps its own copy, so it shows them as they were when opened.
    const auto produce = [rules](const QString &formatId) {
        const RuleFormat format = ruleFormatFromCli(formatId).value_or(RuleFormat::AwsCli);
        const RuleExport exported =
            rules.size() == 1 ? exportRule(rules.constFirst(), format) : Pd::exportRules(rules, format);
        return ExportDialog::Document{exported.text, exported.notExpressible};
    };
    const auto subject = [names] {
        return names.size() == 1 ? tr("the rule “%1”").arg(names.constFirst())
                                 : tr("%n rules: %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", ")));
    };
    auto *dialog = new ExportDialog(InterchangeFormats::ruleFormats(), produce, subject,
                                    names.size() == 1 ? names.constFirst() : QStringLiteral("rules"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RulesPage::runWizard(bool edit)
{
    // A double click reaches here with the buttons off.
    if (!m_editButton->isEnabled() && edit)
        return;
    std::optional<Rule> existing;
    if (edit) {
        const int row = m_model->rowOf(selectedArn());
        if (row < 0)
            return;
        existing = m_model->ruleAt(row);
    }
    // Window-modal and not blocking: the page stays responsive to the service's signals.
    auto *wizard = new RuleWizard(m_workspace, m_session, existing, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setCloudActions(m_actions);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (!wizard->saved())
            return;
        selectRule(wizard->saved()->arn);
        report(wizard->isEditing() ? tr("“%1” was saved.").arg(wizard->saved()->name)
                                   : tr("“%1” was created.").arg(wizard->saved()->name));
    });
    wizard->open();
}

void RulesPage::sendEvent()
{
    auto *dialog = new SendEventDialog(m_workspace, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCloudActions(m_actions);
    const int row = m_model->rowOf(selectedArn());
    if (row >= 0)
        dialog->setEventBus(m_model->ruleAt(row).eventBus);
    // What the event started shows in the history of the selected rule.
    connect(dialog, &SendEventDialog::eventSent, this, [this] { m_tabs->setCurrentWidget(m_historyView); });
    dialog->open();
}

void RulesPage::setEnabled(bool enabled)
{
    const QString arn = selectedArn();
    const int row = m_model->rowOf(arn);
    if (row < 0)
        return;
    const QString name = m_model->ruleAt(row).name;
    if (!enabled &&
        !MessageBox::confirm(this, tr("Disable rule"),
                             tr("Disable the rule “%1”? It matches no event, and starts no target, until it is "
                                "enabled again.")
                                 .arg(name)))
        return;
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        follow(m_actions->setRuleEnabled(m_session.identity(), arn, {}, enabled),
               enabled ? tr("Enabling “%1”…").arg(name) : tr("Disabling “%1”…").arg(name), arn,
               enabled ? tr("“%1” is enabled.").arg(name) : tr("“%1” is disabled.").arg(name));
        return;
    }
    const Status changed = m_workspace.rules().setEnabled(m_session.identity(), arn, {}, enabled);
    if (!changed) {
        report(changed.error().message);
        return;
    }
    selectRule(arn);
    report(enabled ? tr("“%1” is enabled.").arg(name) : tr("“%1” is disabled.").arg(name));
}

void RulesPage::deleteRule()
{
    const QString arn = selectedArn();
    const int row = m_model->rowOf(arn);
    if (row < 0)
        return;
    const Rule rule = m_model->ruleAt(row);
    const int targets = int(rule.targets.size());
    const QString question =
        targets == 0
            ? tr("Delete the rule “%1”?").arg(rule.name)
            : tr("Delete the rule “%1” and its %n target(s)? AWS deletes a rule that has targets only when forced "
                 "(delete-rule --force) or after remove-targets; this removes the targets with it.",
                 nullptr, targets)
                  .arg(rule.name);
    if (MessageBox::question(this, tr("Delete rule"), question) != QMessageBox::Yes)
        return;
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        follow(m_actions->deleteRule(m_session.identity(), arn, {}, targets > 0), tr("Deleting “%1”…").arg(rule.name),
               arn, tr("“%1” was deleted.").arg(rule.name));
        return;
    }
    const Status removed = m_workspace.rules().deleteRule(m_session.identity(), arn, {}, targets > 0);
    report(removed ? tr("“%1” was deleted.").arg(rule.name) : removed.error().message);
}

CloudJob *RulesPage::currentJob() const
{
    return m_busy->job();
}

void RulesPage::cancelAction()
{
    m_busy->cancel();
}

void RulesPage::follow(CloudJob *job, const QString &what, const QString &arn, const QString &done)
{
    m_busy->track(job, what);
    updateSelection();
    connect(job, &CloudJob::finished, this, [this, job, arn, done] {
        const Status status = job->status();
        // The read back reset the model: the rule is the current one again.
        selectRule(arn);
        updateSelection();
        report(m_busy->outcome(status, done));
    });
}

void RulesPage::report(const QString &message)
{
    m_message->setText(message);
}

} // namespace Pd

#include "views/schedules/schedulewizard.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/pipelineservice.h"
#include "views/schedules/schedulepreviewwidget.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Pd {

namespace {

QString templateFor(ScheduleWizard::Kind kind, const QDateTime &now)
{
    switch (kind) {
    case ScheduleWizard::Kind::OneTime:
        return QStringLiteral("at(%1)").arg(now.date().addDays(1).toString(Qt::ISODate) + QStringLiteral("T09:00:00"));
    case ScheduleWizard::Kind::Rate:
        return QStringLiteral("rate(1 hour)");
    case ScheduleWizard::Kind::Cron:
        return QStringLiteral("cron(0 9 ? * MON-FRI *)");
    case ScheduleWizard::Kind::Recurrence:
        return QStringLiteral("recurrence({\"frequency\":\"day\",\"interval\":1,"
                              "\"schedule\":{\"hours\":[9],\"minutes\":[0]}})");
    case ScheduleWizard::Kind::Crontab:
        break;
    }
    return QStringLiteral("crontab(0 9 * * 1-5)");
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

} // namespace

// --- ScheduleWizard ----------------------------------------------------------------------------

ScheduleWizard::ScheduleWizard(Workspace &workspace, Session &session, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("scheduleWizard"));
    setWindowTitle(tr("New schedule"));
    setPage(KindPageId, new ScheduleKindPage);
    setPage(ExpressionPageId, new ScheduleExpressionPage(workspace));
    setPage(WindowPageId, new ScheduleWindowPage);
    setPage(TargetPageId, new ScheduleTargetPage(workspace, session));
    setPage(PoliciesPageId, new SchedulePoliciesPage);
    setPage(ReviewPageId, new ScheduleReviewPage);
    setStartId(KindPageId);
}

ScheduleWizard::Kind ScheduleWizard::kind() const
{
    return static_cast<const ScheduleKindPage *>(page(KindPageId))->kind();
}

ScheduleInput ScheduleWizard::input() const
{
    ScheduleInput input;
    input.name = field(QStringLiteral("name")).toString().trimmed();
    input.groupName = field(QStringLiteral("group")).toString().trimmed();
    input.expression = field(QStringLiteral("expression")).toString().trimmed();
    input.timeZone = field(QStringLiteral("timeZone")).toString().trimmed();
    if (kind() != Kind::OneTime) {
        const auto *window = static_cast<const ScheduleWindowPage *>(page(WindowPageId));
        if (window->start())
            input.startTime = *window->start();
        if (window->end())
            input.endTime = *window->end();
    }
    const auto *target = static_cast<const ScheduleTargetPage *>(page(TargetPageId));
    input.targetPipeline = target->pipelineArn();
    input.parameters = target->parameters();
    static_cast<const SchedulePoliciesPage *>(page(PoliciesPageId))->fill(input);
    return input;
}

bool ScheduleWizard::validateCurrentPage()
{
    if (currentId() != ReviewPageId)
        return QWizard::validateCurrentPage();
    auto created = m_workspace.schedules().create(m_session.identity(), input());
    if (!created) {
        static_cast<ScheduleReviewPage *>(page(ReviewPageId))->showError(created.error().message);
        return false;
    }
    m_created = created.value();
    return true;
}

// --- ScheduleKindPage --------------------------------------------------------------------------

ScheduleKindPage::ScheduleKindPage(QWidget *parent)
    : QWizardPage(parent)
    , m_oneTime(new QRadioButton)
    , m_rate(new QRadioButton)
    , m_cron(new QRadioButton)
    , m_recurrence(new QRadioButton)
    , m_crontab(new QRadioButton)
{
    setObjectName(QStringLiteral("scheduleKindPage"));
    m_oneTime->setObjectName(QStringLiteral("oneTimeRadioButton"));
    m_rate->setObjectName(QStringLiteral("rateRadioButton"));
    m_cron->setObjectName(QStringLiteral("cronRadioButton"));
    m_recurrence->setObjectName(QStringLiteral("recurrenceRadioButton"));
    m_crontab->setObjectName(QStringLiteral("crontabRadioButton"));
    m_rate->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    for (QRadioButton *button : {m_oneTime, m_rate, m_cron, m_recurrence, m_crontab})
        layout->addWidget(button);
    layout->addStretch();
    retranslateUi();
}

ScheduleWizard::Kind ScheduleKindPage::kind() const
{
    if (m_oneTime->isChecked())
        return ScheduleWizard::Kind::OneTime;
    if (m_cron->isChecked())
        return ScheduleWizard::Kind::Cron;
    if (m_recurrence->isChecked())
        return ScheduleWizard::Kind::Recurrence;
    if (m_crontab->isChecked())
        return ScheduleWizard::Kind::Crontab;
    return ScheduleWizard::Kind::Rate;
}

void ScheduleKindPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleKindPage::retranslateUi()
{
    setTitle(tr("What kind of schedule?"));
    setSubTitle(tr("Pick how the instants are described; the next page shows them before anything is created."));
    m_oneTime->setText(tr("&One time — at(…)"));
    m_rate->setText(tr("&Rate — every N minutes, hours or days"));
    m_cron->setText(tr("&Cron — EventBridge / SageMaker cron(…), six fields"));
    m_recurrence->setText(tr("&Azure ML recurrence — frequency, interval, hours and weekdays"));
    m_crontab->setText(tr("C&rontab — classic five fields"));
}

// --- ScheduleExpressionPage --------------------------------------------------------------------

ScheduleExpressionPage::ScheduleExpressionPage(Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_nameError(new QLabel)
    , m_groupLabel(new QLabel)
    , m_group(new QLineEdit)
    , m_expressionLabel(new QLabel)
    , m_expression(new QLineEdit)
    , m_zoneLabel(new QLabel)
    , m_zone(new QComboBox)
    , m_preview(new SchedulePreviewWidget(&workspace.clock()))
{
    setObjectName(QStringLiteral("scheduleExpressionPage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ScheduleLimits::nameMaxLength + 1);
    m_nameError->setObjectName(QStringLiteral("nameErrorLabel"));
    m_group->setObjectName(QStringLiteral("groupEdit"));
    m_group->setText(QStringLiteral("default"));
    m_expression->setObjectName(QStringLiteral("expressionEdit"));
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setEditable(true);
    m_zone->addItems({QStringLiteral("UTC"), QStringLiteral("Asia/Seoul"), QStringLiteral("America/Los_Angeles"),
                      QStringLiteral("America/New_York"), QStringLiteral("Europe/London"), QStringLiteral("Europe/Berlin"),
                      QStringLiteral("Asia/Tokyo"), QStringLiteral("Australia/Sydney")});
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (m_zone->findText(systemZone) < 0 && !systemZone.isEmpty())
        m_zone->addItem(systemZone);
    m_preview->setObjectName(QStringLiteral("schedulePreviewWidget"));
    m_nameLabel->setBuddy(m_name);
    m_groupLabel->setBuddy(m_group);
    m_expressionLabel->setBuddy(m_expression);
    m_zoneLabel->setBuddy(m_zone);
    registerField(QStringLiteral("name*"), m_name);
    registerField(QStringLiteral("group"), m_group);
    registerField(QStringLiteral("expression*"), m_expression);
    registerField(QStringLiteral("timeZone"), m_zone, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_expression, &QLineEdit::textChanged, this, &ScheduleExpressionPage::updatePreview);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleExpressionPage::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        const Status valid = ScheduleService::validateName(QStringLiteral("name"), name.trimmed());
        m_nameError->setText(valid || name.isEmpty() ? QString() : valid.error().message);
        emit completeChanged();
    });
    connect(m_preview, &SchedulePreviewWidget::previewChanged, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_expressionLabel, m_expression);
    form->addRow(m_zoneLabel, m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    retranslateUi();
}

void ScheduleExpressionPage::initializePage()
{
    auto *wizard = qobject_cast<ScheduleWizard *>(this->wizard());
    const ScheduleWizard::Kind kind = wizard->kind();
    // A new kind gets its template; coming back with the same kind keeps what was typed.
    if (m_templateKind != kind) {
        m_expression->setText(templateFor(kind, wizard->workspace().clock().now()));
        m_templateKind = kind;
    }
    updatePreview();
}

void ScheduleExpressionPage::updatePreview()
{
    m_preview->setExpression(m_expression->text().trimmed(), m_zone->currentText().trimmed());
}

bool ScheduleExpressionPage::isComplete() const
{
    return QWizardPage::isComplete() && m_preview->isValid()
           && ScheduleService::validateName(QStringLiteral("name"), m_name->text().trimmed());
}

int ScheduleExpressionPage::nextId() const
{
    // A one-time schedule has no start or end to choose.
    auto *wizard = qobject_cast<ScheduleWizard *>(this->wizard());
    return wizard && wizard->kind() == ScheduleWizard::Kind::OneTime ? ScheduleWizard::TargetPageId
                                                                      : ScheduleWizard::WindowPageId;
}

void ScheduleExpressionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleExpressionPage::retranslateUi()
{
    setTitle(tr("Name, expression and time zone"));
    setSubTitle(tr("The preview shows the next fires in the schedule's zone, in UTC and in yours, with daylight "
                   "saving changes flagged."));
    m_nameLabel->setText(tr("&Name*:"));
    m_name->setPlaceholderText(tr("1–64 letters, digits, - _ ."));
    m_groupLabel->setText(tr("&Group:"));
    m_expressionLabel->setText(tr("&Expression*:"));
    m_zoneLabel->setText(tr("&Time zone:"));
}

// --- ScheduleWindowPage ------------------------------------------------------------------------

ScheduleWindowPage::ScheduleWindowPage(QWidget *parent)
    : QWizardPage(parent)
    , m_hasStart(new QCheckBox)
    , m_start(new QDateTimeEdit)
    , m_hasEnd(new QCheckBox)
    , m_end(new QDateTimeEdit)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("scheduleWindowPage"));
    m_hasStart->setObjectName(QStringLiteral("startCheckBox"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_hasEnd->setObjectName(QStringLiteral("endCheckBox"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_note->setWordWrap(true);
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(m_hasStart, m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(m_note);
    retranslateUi();
}

void ScheduleWindowPage::initializePage()
{
    auto *wizard = qobject_cast<ScheduleWizard *>(this->wizard());
    const QDateTime now = wizard->workspace().clock().now();
    if (!m_hasStart->isChecked())
        m_start->setDateTime(now);
    if (!m_hasEnd->isChecked())
        m_end->setDateTime(now.addDays(30));
}

std::optional<qint64> ScheduleWindowPage::start() const
{
    return m_hasStart->isChecked() ? std::optional<qint64>(m_start->dateTime().toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint64> ScheduleWindowPage::end() const
{
    return m_hasEnd->isChecked() ? std::optional<qint64>(m_end->dateTime().toMSecsSinceEpoch()) : std::nullopt;
}

void ScheduleWindowPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleWindowPage::retranslateUi()
{
    setTitle(tr("Start and end"));
    setSubTitle(tr("Optional: no slot fires before the start or after the end."));
    m_hasStart->setText(tr("&Start"));
    m_hasEnd->setText(tr("&End"));
    m_note->setText(tr("rate() counts from the start, or from when the schedule is created. A schedule that "
                       "deletes itself after its last run needs an end."));
}

// --- ScheduleTargetPage ------------------------------------------------------------------------

ScheduleTargetPage::ScheduleTargetPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_pipelineLabel(new QLabel)
    , m_pipeline(new QComboBox)
    , m_parameters(new QTableWidget(0, 3))
    , m_macroHint(new QLabel)
{
    setObjectName(QStringLiteral("scheduleTargetPage"));
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_macroHint->setWordWrap(true);
    m_pipelineLabel->setBuddy(m_pipeline);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        showParameters();
        emit completeChanged();
    });
    auto *form = new QFormLayout;
    form->addRow(m_pipelineLabel, m_pipeline);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_macroHint);
    retranslateUi();
}

void ScheduleTargetPage::initializePage()
{
    const QString current = pipelineArn();
    m_pipeline->blockSignals(true);
    m_pipeline->clear();
    // Only pipelines this identity may start are offered (owned, or shared with execution rights).
    auto pipelines = m_workspace.pipelines().visiblePipelines(m_session.identity());
    if (pipelines) {
        for (const Pipeline &p : pipelines.value()) {
            if (m_workspace.pipelines().canStart(m_session.identity(), p.arn))
                m_pipeline->addItem(p.accountId == m_session.identity() ? p.name
                                                                         : tr("%1 (account %2)").arg(p.name, p.accountId),
                                    p.arn);
        }
    }
    const int keep = m_pipeline->findData(current);
    m_pipeline->setCurrentIndex(keep >= 0 ? keep : 0);
    m_pipeline->blockSignals(false);
    showParameters();
}

void ScheduleTargetPage::showParameters()
{
    m_parameters->setRowCount(0);
    auto pipeline = m_workspace.pipelines().resolve(m_session.identity(), pipelineArn());
    if (!pipeline)
        return;
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
    for (const PipelineParameter &p : definition.parameters) {
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *type = new QTableWidgetItem(p.type);
        type->setFlags(type->flags() & ~Qt::ItemIsEditable);
        auto *value = new QTableWidgetItem(p.defaultValue);
        // Remember the default to send only what was changed.
        value->setData(Qt::UserRole, p.defaultValue);
        m_parameters->setItem(row, 0, name);
        m_parameters->setItem(row, 1, type);
        m_parameters->setItem(row, 2, value);
    }
}

bool ScheduleTargetPage::isComplete() const
{
    return !pipelineArn().isEmpty();
}

QString ScheduleTargetPage::pipelineArn() const
{
    return m_pipeline->currentData().toString();
}

QList<ExecutionParameter> ScheduleTargetPage::parameters() const
{
    QList<ExecutionParameter> result;
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QTableWidgetItem *value = m_parameters->item(row, 2);
        if (value && value->text() != value->data(Qt::UserRole).toString())
            result.append({m_parameters->item(row, 0)->text(), value->text()});
    }
    return result;
}

void ScheduleTargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleTargetPage::retranslateUi()
{
    setTitle(tr("Target pipeline and parameters"));
    setSubTitle(tr("Each fire starts one execution of this pipeline."));
    m_pipelineLabel->setText(tr("&Pipeline*:"));
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Type"), tr("Value")});
    m_macroHint->setText(tr("Values may use ${{name}} (the execution's display name, <schedule>-YYYYMMDDThhmmssZ) "
                            "and ${{creation_context.trigger_time}} (the scheduled instant in UTC)."));
}

// --- SchedulePoliciesPage ----------------------------------------------------------------------

SchedulePoliciesPage::SchedulePoliciesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_enabled(new QCheckBox)
    , m_flexible(new QCheckBox)
    , m_window(new QSpinBox)
    , m_retriesLabel(new QLabel)
    , m_retries(new QSpinBox)
    , m_ageLabel(new QLabel)
    , m_age(new QSpinBox)
    , m_missedLabel(new QLabel)
    , m_missed(new QComboBox)
    , m_overlapLabel(new QLabel)
    , m_overlap(new QComboBox)
    , m_deleteAfter(new QCheckBox)
{
    setObjectName(QStringLiteral("schedulePoliciesPage"));
    m_enabled->setObjectName(QStringLiteral("enabledCheckBox"));
    m_enabled->setChecked(true);
    m_flexible->setObjectName(QStringLiteral("flexibleCheckBox"));
    m_window->setObjectName(QStringLiteral("flexibleWindowSpinBox"));
    m_window->setRange(ScheduleLimits::flexibleWindowMinMinutes, ScheduleLimits::flexibleWindowMaxMinutes);
    m_window->setValue(15);
    m_window->setEnabled(false);
    m_retries->setObjectName(QStringLiteral("maxRetriesSpinBox"));
    m_retries->setRange(ScheduleLimits::maxRetriesMin, ScheduleLimits::maxRetriesMax);
    m_retries->setValue(ScheduleLimits::maxRetriesMax);
    m_age->setObjectName(QStringLiteral("maxEventAgeSpinBox"));
    m_age->setRange(ScheduleLimits::maxEventAgeMinSeconds, ScheduleLimits::maxEventAgeMaxSeconds);
    m_age->setValue(ScheduleLimits::maxEventAgeMaxSeconds);
    m_missed->setObjectName(QStringLiteral("missedCombo"));
    for (MissedPolicy p : {MissedPolicy::Once, MissedPolicy::Skip, MissedPolicy::All})
        m_missed->addItem(QString(), toApiString(p));
    m_overlap->setObjectName(QStringLiteral("overlapCombo"));
    for (OverlapPolicy p : {OverlapPolicy::Allow, OverlapPolicy::Skip, OverlapPolicy::Queue, OverlapPolicy::Stop})
        m_overlap->addItem(QString(), toApiString(p));
    m_deleteAfter->setObjectName(QStringLiteral("deleteAfterCheckBox"));
    m_retriesLabel->setBuddy(m_retries);
    m_ageLabel->setBuddy(m_age);
    m_missedLabel->setBuddy(m_missed);
    m_overlapLabel->setBuddy(m_overlap);
    connect(m_flexible, &QCheckBox::toggled, m_window, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(m_flexible, m_window);
    form->addRow(m_retriesLabel, m_retries);
    form->addRow(m_ageLabel, m_age);
    form->addRow(m_missedLabel, m_missed);
    form->addRow(m_overlapLabel, m_overlap);
    form->addRow(m_deleteAfter);
    retranslateUi();
}

void SchedulePoliciesPage::fill(ScheduleInput &input) const
{
    input.enabled = m_enabled->isChecked();
    input.flexibleWindowMinutes = m_flexible->isChecked() ? m_window->value() : 0;
    input.maxRetries = m_retries->value();
    input.maxEventAgeSeconds = m_age->value();
    input.missedPolicy = missedPolicyFromApi(m_missed->currentData().toString());
    input.overlapPolicy = overlapPolicyFromApi(m_overlap->currentData().toString());
    input.actionAfterCompletion = m_deleteAfter->isChecked() ? ActionAfterCompletion::Delete : ActionAfterCompletion::None;
}

void SchedulePoliciesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SchedulePoliciesPage::retranslateUi()
{
    setTitle(tr("Policies"));
    setSubTitle(tr("What happens when a fire is late, fails, was missed or overlaps the previous run."));
    m_enabled->setText(tr("&Enabled: start firing right away"));
    m_flexible->setText(tr("&Flexible time window (minutes):"));
    m_window->setToolTip(tr("Fire at a random instant within this window after each slot (1–1440 minutes)."));
    m_retriesLabel->setText(tr("Maximum &retries (0–185):"));
    m_ageLabel->setText(tr("Maximum event &age (60–86400 s):"));
    m_age->setSuffix(tr(" s"));
    m_missedLabel->setText(tr("&Missed runs:"));
    m_overlapLabel->setText(tr("While the previous run is &active:"));
    for (int i = 0; i < m_missed->count(); ++i)
        m_missed->setItemText(i, displayName(*missedPolicyFromApi(m_missed->itemData(i).toString())));
    for (int i = 0; i < m_overlap->count(); ++i)
        m_overlap->setItemText(i, displayName(*overlapPolicyFromApi(m_overlap->itemData(i).toString())));
    m_deleteAfter->setText(tr("&Delete the schedule after its last run"));
}

// --- ScheduleReviewPage ------------------------------------------------------------------------

ScheduleReviewPage::ScheduleReviewPage(QWidget *parent)
    : QWizardPage(parent), m_summary(new QLabel), m_error(new QLabel)
{
    setObjectName(QStringLiteral("scheduleReviewPage"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("reviewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    retranslateUi();
}

void ScheduleReviewPage::initializePage()
{
    auto *wizard = qobject_cast<ScheduleWizard *>(this->wizard());
    const ScheduleInput in = wizard->input();
    const QTimeZone zone(in.timeZone.value_or(QStringLiteral("UTC")).toUtf8());
    QStringList lines;
    lines << tr("Name: %1 (group %2)").arg(in.name, in.groupName.isEmpty() ? QStringLiteral("default") : in.groupName)
          << tr("Expression: %1 in %2").arg(in.expression.value_or(QString()), in.timeZone.value_or(QStringLiteral("UTC")));
    if (in.startTime)
        lines << tr("Start: %1").arg(displayDateTimeMs(*in.startTime, zone, QLocale()));
    if (in.endTime)
        lines << tr("End: %1").arg(displayDateTimeMs(*in.endTime, zone, QLocale()));
    lines << tr("Target: %1").arg(lastSegment(in.targetPipeline.value_or(QString())));
    for (const ExecutionParameter &p : in.parameters.value_or(QList<ExecutionParameter>()))
        lines << tr("  %1 = %2").arg(p.name, p.value);
    lines << (in.enabled.value_or(true) ? tr("State: enabled") : tr("State: disabled"))
          << (in.flexibleWindowMinutes.value_or(0) > 0
                  ? tr("Flexible window: %n minute(s)", nullptr, *in.flexibleWindowMinutes)
                  : tr("Flexible window: off"))
          << tr("Retries: at most %1, for at most %2 s").arg(*in.maxRetries).arg(*in.maxEventAgeSeconds)
          << tr("Missed runs: %1").arg(displayName(*in.missedPolicy))
          << tr("Overlap: %1").arg(displayName(*in.overlapPolicy));
    if (in.actionAfterCompletion == ActionAfterCompletion::Delete)
        lines << tr("Deletes itself after its last run");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_error->clear();
}

void ScheduleReviewPage::showError(const QString &message)
{
    m_error->setText(message);
}

void ScheduleReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ScheduleReviewPage::retranslateUi()
{
    setTitle(tr("Review and create"));
    setSubTitle(tr("Nothing is created until you press Create."));
    setButtonText(QWizard::FinishButton, tr("&Create"));
}

} // namespace Pd

#include "views/rules/ruledetailspage.h"

#include "core/session.h"
#include "rules/ruleservice.h"
#include "views/common/wizardwidgets.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pd {

namespace {

// A pattern every wizard check can use while the real one is on the next page.
const QString placeholderPattern = QStringLiteral("{\"source\":[\"aws.s3\"]}");
const QString placeholderSchedule = QStringLiteral("rate(1 hour)");

} // namespace

RuleDetailsPage::RuleDetailsPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_descriptionLabel(new QLabel)
    , m_description(new QPlainTextEdit)
    , m_busLabel(new QLabel)
    , m_bus(new QComboBox)
    , m_typeLabel(new QLabel)
    , m_patternType(new QRadioButton)
    , m_scheduleType(new QRadioButton)
    , m_typeNote(new QLabel)
    , m_enabled(new QCheckBox)
    , m_error(messageLabel(QStringLiteral("detailsErrorLabel")))
{
    setObjectName(QStringLiteral("ruleDetailsPage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(RuleLimits::nameMaxLength + 1);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_bus->setObjectName(QStringLiteral("eventBusCombo"));
    m_patternType->setObjectName(QStringLiteral("patternTypeRadioButton"));
    m_scheduleType->setObjectName(QStringLiteral("scheduleTypeRadioButton"));
    m_patternType->setChecked(true);
    m_typeNote->setWordWrap(true);
    m_enabled->setObjectName(QStringLiteral("enabledCheckBox"));
    m_enabled->setChecked(true);
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setBuddy(m_description);
    m_busLabel->setBuddy(m_bus);

    connect(m_name, &QLineEdit::textChanged, this, &RuleDetailsPage::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RuleDetailsPage::check);
    connect(m_bus, &QComboBox::currentIndexChanged, this, &RuleDetailsPage::check);
    connect(m_scheduleType, &QRadioButton::toggled, this, &RuleDetailsPage::check);

    auto *types = new QVBoxLayout;
    types->addWidget(m_patternType);
    types->addWidget(m_scheduleType);
    types->addWidget(m_typeNote);
    auto *form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_busLabel, m_bus);
    form->addRow(QString(), m_enabled);
    form->addRow(m_typeLabel, types);
    form->addRow(m_error);
    retranslateUi();
}

void RuleDetailsPage::load(const Rule &rule)
{
    m_name->setText(rule.name);
    m_description->setPlainText(rule.description);
    m_loadedBus = rule.eventBus;
    m_scheduleType->setChecked(rule.isScheduled());
    m_patternType->setChecked(!rule.isScheduled());
    m_enabled->setChecked(rule.enabled);
}

void RuleDetailsPage::keepNameAndBus(const QString &why)
{
    m_name->setReadOnly(true);
    m_name->setToolTip(why);
    m_bus->setEnabled(false);
    m_bus->setToolTip(why);
}

void RuleDetailsPage::initializePage()
{
    const QString current = m_bus->count() > 0 ? m_bus->currentText() : m_loadedBus;
    m_bus->blockSignals(true);
    m_bus->clear();
    auto buses = ruleWizard()->workspace().rules().eventBuses(ruleWizard()->session().identity());
    m_bus->addItems(buses ? buses.value() : QStringList{QStringLiteral("default")});
    if (m_bus->findText(QStringLiteral("default")) < 0)
        m_bus->insertItem(0, QStringLiteral("default"));
    const int keep = m_bus->findText(current.isEmpty() ? QStringLiteral("default") : current);
    m_bus->setCurrentIndex(keep >= 0 ? keep : 0);
    m_bus->blockSignals(false);
    check();
}

void RuleDetailsPage::fill(Rule &rule) const
{
    rule.name = m_name->text().trimmed();
    rule.description = m_description->toPlainText();
    rule.eventBus = m_bus->currentText().isEmpty() ? QStringLiteral("default") : m_bus->currentText();
    rule.enabled = m_enabled->isChecked();
}

bool RuleDetailsPage::scheduled() const
{
    return m_scheduleType->isChecked();
}

void RuleDetailsPage::check()
{
    RuleWizard *wizard = ruleWizard();
    if (!wizard)
        return;
    // The service judges the details; the next step's pattern or schedule stands in meanwhile.
    Rule draft;
    fill(draft);
    if (scheduled())
        draft.scheduleExpression = placeholderSchedule;
    else
        draft.eventPattern = placeholderPattern;
    QString message;
    if (!draft.name.isEmpty()) {
        if (const Status valid = RuleService::validate(draft); !valid) {
            message = withField(valid.error());
        } else {
            auto taken = wizard->workspace().rules().rule(wizard->session().identity(), draft.name, draft.eventBus);
            if (taken && !(wizard->original() && wizard->original()->arn == taken->arn))
                message = tr("A rule named “%1” already exists on the event bus “%2”.").arg(draft.name, draft.eventBus);
        }
    }
    m_valid = !draft.name.isEmpty() && message.isEmpty();
    m_error->setText(message);
    emit completeChanged();
}

bool RuleDetailsPage::isComplete() const
{
    return m_valid;
}

int RuleDetailsPage::nextId() const
{
    return scheduled() ? RuleWizard::SchedulePageId : RuleWizard::PatternPageId;
}

void RuleDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        check();
    }
    RuleWizardPage::changeEvent(event);
}

void RuleDetailsPage::retranslateUi()
{
    setTitle(tr("Step 1: Define rule detail"));
    setSubTitle(tr("A rule watches an event bus for events that match a pattern, or runs on a schedule."));
    m_nameLabel->setText(tr("&Name*:"));
    m_name->setPlaceholderText(tr("1–64 letters, digits, - _ ."));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("Optional, up to 512 characters"));
    m_busLabel->setText(tr("&Event bus:"));
    m_enabled->setText(tr("Ena&ble the rule on the selected event bus"));
    m_typeLabel->setText(tr("Rule type:"));
    m_patternType->setText(tr("Rule with an event &pattern — when an event matching the pattern arrives"));
    m_scheduleType->setText(tr("&Schedule — at a regular rate or on a cron schedule, in UTC"));
    m_typeNote->setText(tr("Scheduled rules run only on the default event bus. For a schedule in your time zone, "
                           "use the Schedules page (EventBridge Scheduler)."));
}

} // namespace Pd

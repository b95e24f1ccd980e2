#include "views/rules/rulewizard.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/sampleevents.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "scheduleexpressions/scheduledescription.h"
#include "scheduleexpressions/scheduleexpression.h"
#include "views/schedules/schedulepreviewwidget.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pd {

namespace {

const QString errorStyle = QStringLiteral("color: #b00020");
const QString okStyle = QStringLiteral("color: #1b7f37");

QLabel *messageLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(errorStyle);
    return label;
}

QLabel *headingLabel()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPlainTextEdit *jsonEditor(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}

QString prettyJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QString prettyJson(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? prettyJson(document.object()) : text;
}

// An error's message, with its field in front unless the message already names it.
QString withField(const Error &error)
{
    if (error.field.isEmpty() || error.message.contains(error.field))
        return error.message;
    return RuleWizard::tr("%1: %2").arg(error.field, error.message);
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

QString accountOf(const QString &arn)
{
    return arn.section(QLatin1Char(':'), 4, 4);
}

// A pattern every wizard check can use while the real one is on the next page.
const QString placeholderPattern = QStringLiteral("{\"source\":[\"aws.s3\"]}");
const QString placeholderSchedule = QStringLiteral("rate(1 hour)");

} // namespace

// --- RuleWizard --------------------------------------------------------------------------------

RuleWizard::RuleWizard(Workspace &workspace, Session &session, const std::optional<Rule> &existing, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_original(existing)
{
    setObjectName(QStringLiteral("ruleWizard"));
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    auto *details = new RuleDetailsPage;
    auto *pattern = new RulePatternPage;
    auto *schedule = new RuleSchedulePage(workspace);
    auto *targets = new RuleTargetsPage(workspace, session);
    auto *tags = new RuleTagsPage;
    setPage(DetailsPageId, details);
    setPage(PatternPageId, pattern);
    setPage(SchedulePageId, schedule);
    setPage(TargetsPageId, targets);
    setPage(TagsPageId, tags);
    setPage(ReviewPageId, new RuleReviewPage);
    setStartId(DetailsPageId);
    if (m_original) {
        details->load(*m_original);
        pattern->load(*m_original);
        schedule->load(*m_original);
        targets->load(*m_original);
        tags->load(*m_original);
    }
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("skipToReviewButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skipToReview();
    });
    connect(this, &QWizard::currentIdChanged, this, &RuleWizard::updateSkipButton);
    resize(1040, 760);
    retranslateUi();
    updateSkipButton();
}

Rule RuleWizard::rule() const
{
    Rule r = m_original.value_or(Rule{});
    r.accountId = m_session.identity();
    const auto *details = static_cast<const RuleDetailsPage *>(page(DetailsPageId));
    details->fill(r);
    if (details->scheduled()) {
        r.scheduleExpression = static_cast<const RuleSchedulePage *>(page(SchedulePageId))->expression();
        r.eventPattern.clear();
    } else {
        r.eventPattern = static_cast<const RulePatternPage *>(page(PatternPageId))->pattern();
        r.scheduleExpression.clear();
    }
    r.targets = static_cast<const RuleTargetsPage *>(page(TargetsPageId))->targets();
    r.tags = static_cast<const RuleTagsPage *>(page(TagsPageId))->tags();
    return r;
}

void RuleWizard::goToPage(int id)
{
    // QWizard jumps only one page at a time; going back keeps every page as it was.
    if (!visitedIds().contains(id))
        return;
    while (currentId() != id && currentId() != startId())
        back();
}

void RuleWizard::skipToReview()
{
    while (currentId() != ReviewPageId) {
        const int before = currentId();
        if (!currentPage()->isComplete())
            return;
        next();
        if (currentId() == before)
            return;
    }
}

void RuleWizard::updateSkipButton()
{
    // As the console: once the review was reached, an edited step can go straight back to it.
    const bool reviewed = visitedIds().contains(ReviewPageId) || isEditing();
    button(QWizard::CustomButton1)->setVisible(reviewed && currentId() != ReviewPageId);
}

bool RuleWizard::validateCurrentPage()
{
    if (currentId() != ReviewPageId)
        return QWizard::validateCurrentPage();
    const Rule r = rule();
    auto saved = m_original ? m_workspace.rules().updateRule(m_session.identity(), m_original->arn, r)
                            : m_workspace.rules().createRule(m_session.identity(), r);
    if (!saved) {
        static_cast<RuleReviewPage *>(page(ReviewPageId))->showError(saved.error().message);
        return false;
    }
    m_saved = saved.value();
    return true;
}

void RuleWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void RuleWizard::retranslateUi()
{
    setWindowTitle(m_original ? tr("Edit rule “%1”").arg(m_original->name) : tr("Create rule"));
    setButtonText(QWizard::CustomButton1, tr("S&kip to Review and create"));
    setButtonText(QWizard::FinishButton, m_original ? tr("&Save rule") : tr("&Create rule"));
}

// --- RuleDetailsPage ---------------------------------------------------------------------------

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

// --- RulePatternPage ---------------------------------------------------------------------------

RulePatternPage::RulePatternPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_sourceHeading(headingLabel())
    , m_awsSource(new QRadioButton)
    , m_otherSource(new QRadioButton)
    , m_allSource(new QRadioButton)
    , m_sampleHeading(headingLabel())
    , m_awsSample(new QRadioButton)
    , m_ownSample(new QRadioButton)
    , m_sampleCombo(new QComboBox)
    , m_sampleEdit(jsonEditor(QStringLiteral("sampleEventEdit")))
    , m_methodHeading(headingLabel())
    , m_formMethod(new QRadioButton)
    , m_customMethod(new QRadioButton)
    , m_serviceLabel(new QLabel)
    , m_service(new QComboBox)
    , m_eventTypeLabel(new QLabel)
    , m_eventType(new QComboBox)
    , m_patternHeading(headingLabel())
    , m_patternEdit(jsonEditor(QStringLiteral("patternEdit")))
    , m_patternError(messageLabel(QStringLiteral("patternErrorLabel")))
    , m_testButton(new QPushButton)
    , m_testResult(messageLabel(QStringLiteral("testResultLabel")))
{
    setObjectName(QStringLiteral("rulePatternPage"));
    m_awsSource->setObjectName(QStringLiteral("awsEventsRadioButton"));
    m_otherSource->setObjectName(QStringLiteral("otherEventsRadioButton"));
    m_allSource->setObjectName(QStringLiteral("allEventsRadioButton"));
    m_awsSample->setObjectName(QStringLiteral("awsSampleRadioButton"));
    m_ownSample->setObjectName(QStringLiteral("ownSampleRadioButton"));
    m_sampleCombo->setObjectName(QStringLiteral("sampleEventCombo"));
    m_formMethod->setObjectName(QStringLiteral("patternFormRadioButton"));
    m_customMethod->setObjectName(QStringLiteral("customPatternRadioButton"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_eventType->setObjectName(QStringLiteral("eventTypeCombo"));
    m_testButton->setObjectName(QStringLiteral("testPatternButton"));
    m_serviceLabel->setBuddy(m_service);
    m_eventTypeLabel->setBuddy(m_eventType);

    auto *sources = new QButtonGroup(this);
    for (QRadioButton *b : {m_awsSource, m_otherSource, m_allSource})
        sources->addButton(b);
    auto *samples = new QButtonGroup(this);
    samples->addButton(m_awsSample);
    samples->addButton(m_ownSample);
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_formMethod);
    methods->addButton(m_customMethod);
    m_awsSource->setChecked(true);
    m_awsSample->setChecked(true);
    m_formMethod->setChecked(true);

    for (const Events::SampleEvent &sample : Events::sampleEvents())
        m_sampleCombo->addItem(sample.name, sample.id);
    m_service->addItems(Events::predefinedPatternServices());

    auto *left = new QVBoxLayout;
    left->addWidget(m_sourceHeading);
    left->addWidget(m_awsSource);
    left->addWidget(m_otherSource);
    left->addWidget(m_allSource);
    left->addSpacing(8);
    left->addWidget(m_sampleHeading);
    auto *sampleChoice = new QHBoxLayout;
    sampleChoice->addWidget(m_awsSample);
    sampleChoice->addWidget(m_ownSample);
    sampleChoice->addStretch();
    left->addLayout(sampleChoice);
    left->addWidget(m_sampleCombo);
    left->addWidget(m_sampleEdit, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_methodHeading);
    auto *methodChoice = new QHBoxLayout;
    methodChoice->addWidget(m_formMethod);
    methodChoice->addWidget(m_customMethod);
    methodChoice->addStretch();
    right->addLayout(methodChoice);
    auto *form = new QFormLayout;
    form->addRow(m_serviceLabel, m_service);
    form->addRow(m_eventTypeLabel, m_eventType);
    right->addLayout(form);
    right->addWidget(m_patternHeading);
    right->addWidget(m_patternEdit, 1);
    right->addWidget(m_patternError);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testButton, 0, Qt::AlignTop);
    test->addWidget(m_testResult, 1);
    right->addLayout(test);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(12);
    layout->addLayout(right, 1);

    connect(m_awsSource, &QRadioButton::toggled, this, &RulePatternPage::sourceChanged);
    connect(m_otherSource, &QRadioButton::toggled, this, &RulePatternPage::sourceChanged);
    connect(m_allSource, &QRadioButton::toggled, this, &RulePatternPage::sourceChanged);
    connect(m_awsSample, &QRadioButton::toggled, this, &RulePatternPage::sampleChanged);
    connect(m_sampleCombo, &QComboBox::currentIndexChanged, this, &RulePatternPage::sampleChanged);
    connect(m_formMethod, &QRadioButton::toggled, this, &RulePatternPage::methodChanged);
    connect(m_service, &QComboBox::currentIndexChanged, this, &RulePatternPage::serviceChanged);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &RulePatternPage::eventTypeChanged);
    connect(m_patternEdit, &QPlainTextEdit::textChanged, this, &RulePatternPage::patternChanged);
    connect(m_sampleEdit, &QPlainTextEdit::textChanged, m_testResult, &QLabel::clear);
    connect(m_testButton, &QPushButton::clicked, this, &RulePatternPage::testPattern);

    retranslateUi();
    sampleChanged();
    serviceChanged();
    patternChanged();
}

void RulePatternPage::load(const Rule &rule)
{
    if (rule.isScheduled())
        return;
    const QJsonDocument document = QJsonDocument::fromJson(rule.eventPattern.toUtf8());
    if (document.isObject() && document.object() == Events::allEventsPattern()) {
        m_allSource->setChecked(true);
        return;
    }
    // An existing pattern is edited as written.
    m_customMethod->setChecked(true);
    m_patternEdit->setPlainText(prettyJson(rule.eventPattern));
}

QString RulePatternPage::pattern() const
{
    const QByteArray text = m_patternEdit->toPlainText().toUtf8();
    if (auto parsed = Events::EventPattern::parse(text))
        return QString::fromUtf8(parsed->toJson());
    return QString::fromUtf8(text).trimmed();
}

void RulePatternPage::sourceChanged()
{
    const bool all = m_allSource->isChecked();
    const bool other = m_otherSource->isChecked();
    // "Other" events have no predefined patterns or samples: the console offers the JSON editor.
    if (other) {
        m_customMethod->setChecked(true);
        m_ownSample->setChecked(true);
    }
    m_formMethod->setEnabled(!all && !other);
    m_customMethod->setEnabled(!all);
    m_awsSample->setEnabled(!other);
    m_patternEdit->setReadOnly(all);
    if (all)
        m_patternEdit->setPlainText(prettyJson(Events::allEventsPattern()));
    methodChanged();
}

void RulePatternPage::sampleChanged()
{
    const bool aws = m_awsSample->isChecked();
    m_sampleCombo->setEnabled(aws);
    if (!aws)
        return;
    if (auto sample = Events::sampleEvent(m_sampleCombo->currentData().toString()))
        m_sampleEdit->setPlainText(prettyJson(sample->event));
}

void RulePatternPage::methodChanged()
{
    const bool form = m_formMethod->isChecked() && m_awsSource->isChecked();
    m_service->setEnabled(form);
    m_eventType->setEnabled(form);
    if (form)
        eventTypeChanged();
}

void RulePatternPage::serviceChanged()
{
    const QString service = m_service->currentText();
    m_eventType->blockSignals(true);
    m_eventType->clear();
    for (const Events::PredefinedPattern &p : Events::predefinedPatterns()) {
        if (p.service == service) {
            m_eventType->addItem(p.eventType, p.id);
            m_eventType->setItemData(m_eventType->count() - 1, p.description, Qt::ToolTipRole);
        }
    }
    m_eventType->blockSignals(false);
    eventTypeChanged();
}

void RulePatternPage::eventTypeChanged()
{
    if (!m_formMethod->isChecked() || !m_awsSource->isChecked())
        return;
    if (auto predefined = Events::predefinedPattern(m_eventType->currentData().toString()))
        m_patternEdit->setPlainText(prettyJson(predefined->pattern));
}

void RulePatternPage::patternChanged()
{
    auto parsed = Events::EventPattern::parse(m_patternEdit->toPlainText().toUtf8());
    m_valid = parsed.ok();
    m_patternError->setStyleSheet(m_valid ? okStyle : errorStyle);
    m_patternError->setText(m_valid ? tr("The pattern is valid.") : withField(parsed.error()));
    m_testResult->clear();
    emit completeChanged();
}

void RulePatternPage::testPattern()
{
    m_testResult->setStyleSheet(errorStyle);
    auto parsed = Events::EventPattern::parse(m_patternEdit->toPlainText().toUtf8());
    if (!parsed) {
        m_testResult->setText(tr("Fix the event pattern first: %1").arg(withField(parsed.error())));
        return;
    }
    QJsonParseError error;
    const QJsonDocument sample = QJsonDocument::fromJson(m_sampleEdit->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !sample.isObject()) {
        m_testResult->setText(error.error != QJsonParseError::NoError
                                  ? tr("The sample event is not valid JSON (at character %1): %2")
                                        .arg(error.offset)
                                        .arg(error.errorString())
                                  : tr("The sample event must be a JSON object."));
        return;
    }
    if (const Status valid = Events::validateTestEvent(sample.object()); !valid) {
        m_testResult->setText(withField(valid.error()));
        return;
    }
    const Events::EventPattern::Explanation explanation = parsed->explain(sample.object());
    if (explanation.matched) {
        m_testResult->setStyleSheet(okStyle);
        m_testResult->setText(tr("Match: the sample event matches the event pattern."));
        return;
    }
    const QString why = explanation.field.isEmpty() || explanation.reason.contains(explanation.field)
                            ? explanation.reason
                            : tr("%1: %2").arg(explanation.field, explanation.reason);
    m_testResult->setText(tr("No match: %1").arg(why));
}

bool RulePatternPage::isComplete() const
{
    return m_valid;
}

int RulePatternPage::nextId() const
{
    return RuleWizard::TargetsPageId;
}

void RulePatternPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RulePatternPage::retranslateUi()
{
    setTitle(tr("Step 2: Build event pattern"));
    setSubTitle(tr("The rule matches events whose fields have the values the pattern names. Test the pattern "
                   "against a sample event before you go on."));
    m_sourceHeading->setText(tr("Event source"));
    m_awsSource->setText(tr("&AWS events or EventBridge partner events"));
    m_otherSource->setText(tr("&Other — custom events from your own applications"));
    m_allSource->setText(tr("A&ll events — every event on the bus"));
    m_sampleHeading->setText(tr("Sample event — optional"));
    m_awsSample->setText(tr("AWS e&vents"));
    m_ownSample->setText(tr("Enter &my own"));
    const QList<Events::SampleEvent> samples = Events::sampleEvents();
    for (int i = 0; i < m_sampleCombo->count() && i < samples.size(); ++i)
        m_sampleCombo->setItemText(i, samples.at(i).name);
    m_methodHeading->setText(tr("Event pattern — creation method"));
    m_formMethod->setText(tr("Use &pattern form"));
    m_customMethod->setText(tr("&Custom pattern (JSON editor)"));
    m_serviceLabel->setText(tr("AWS ser&vice:"));
    m_eventTypeLabel->setText(tr("Event &type:"));
    for (int i = 0; i < m_eventType->count(); ++i) {
        if (auto p = Events::predefinedPattern(m_eventType->itemData(i).toString())) {
            m_eventType->setItemText(i, p->eventType);
            m_eventType->setItemData(i, p->description, Qt::ToolTipRole);
        }
    }
    m_patternHeading->setText(tr("Event pattern"));
    m_testButton->setText(tr("&Test pattern"));
    m_testButton->setToolTip(tr("Matches the sample event against the pattern and says why it does not match."));
    patternChanged();
}

// --- RuleSchedulePage --------------------------------------------------------------------------

RuleSchedulePage::RuleSchedulePage(Workspace &workspace, QWidget *parent)
    : RuleWizardPage(parent)
    , m_rate(new QRadioButton)
    , m_cron(new QRadioButton)
    , m_rateLabel(new QLabel)
    , m_rateValue(new QSpinBox)
    , m_rateUnit(new QComboBox)
    , m_rateBox(new QWidget)
    , m_cronBox(new QWidget)
    , m_expressionLabel(new QLabel)
    , m_expression(new QLabel)
    , m_utcNote(new QLabel)
    , m_preview(new SchedulePreviewWidget(&workspace.clock()))
{
    setObjectName(QStringLiteral("ruleSchedulePage"));
    m_rate->setObjectName(QStringLiteral("rateRadioButton"));
    m_cron->setObjectName(QStringLiteral("cronRadioButton"));
    m_rate->setChecked(true);
    m_rateValue->setObjectName(QStringLiteral("rateValueSpinBox"));
    m_rateValue->setRange(1, 999999);
    m_rateValue->setValue(1);
    m_rateUnit->setObjectName(QStringLiteral("rateUnitCombo"));
    for (const char *unit : {"minute", "hour", "day"})
        m_rateUnit->addItem(QString(), QLatin1String(unit));
    m_rateUnit->setCurrentIndex(1);
    m_expression->setObjectName(QStringLiteral("expressionLabel"));
    m_expression->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_utcNote->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("schedulePreviewWidget"));
    m_preview->setCount(5);
    m_rateLabel->setBuddy(m_rateValue);

    auto *rateLayout = new QHBoxLayout(m_rateBox);
    rateLayout->setContentsMargins(24, 0, 0, 0);
    rateLayout->addWidget(m_rateLabel);
    rateLayout->addWidget(m_rateValue);
    rateLayout->addWidget(m_rateUnit);
    rateLayout->addStretch();

    auto *cronLayout = new QGridLayout(m_cronBox);
    cronLayout->setContentsMargins(24, 0, 0, 0);
    const QStringList defaults{QStringLiteral("0"), QStringLiteral("9"),       QStringLiteral("?"),
                               QStringLiteral("*"), QStringLiteral("MON-FRI"), QStringLiteral("*")};
    const QStringList names{QStringLiteral("cronMinutesEdit"),    QStringLiteral("cronHoursEdit"),
                            QStringLiteral("cronDayOfMonthEdit"), QStringLiteral("cronMonthEdit"),
                            QStringLiteral("cronDayOfWeekEdit"),  QStringLiteral("cronYearEdit")};
    for (int i = 0; i < 6; ++i) {
        auto *label = new QLabel;
        auto *edit = new QLineEdit(defaults.at(i));
        edit->setObjectName(names.at(i));
        label->setBuddy(edit);
        cronLayout->addWidget(label, 0, i);
        cronLayout->addWidget(edit, 1, i);
        m_cronLabels.append(label);
        m_cronFields.append(edit);
        connect(edit, &QLineEdit::textChanged, this, &RuleSchedulePage::updatePreview);
    }

    auto *form = new QHBoxLayout;
    form->addWidget(m_expressionLabel);
    form->addWidget(m_expression, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rate);
    layout->addWidget(m_rateBox);
    layout->addWidget(m_cron);
    layout->addWidget(m_cronBox);
    layout->addLayout(form);
    layout->addWidget(m_utcNote);
    layout->addWidget(m_preview, 1);

    connect(m_rate, &QRadioButton::toggled, this, &RuleSchedulePage::updatePreview);
    connect(m_rateValue, &QSpinBox::valueChanged, this, &RuleSchedulePage::updatePreview);
    connect(m_rateUnit, &QComboBox::currentIndexChanged, this, &RuleSchedulePage::updatePreview);
    connect(m_preview, &SchedulePreviewWidget::previewChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
    updatePreview();
}

void RuleSchedulePage::load(const Rule &rule)
{
    const QString text = rule.scheduleExpression.trimmed();
    if (!text.endsWith(QLatin1Char(')')))
        return;
    if (text.startsWith(QLatin1String("rate("))) {
        const QStringList parts = text.mid(5, text.size() - 6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2) {
            m_rate->setChecked(true);
            m_rateValue->setValue(parts.at(0).toInt());
            QString unit = parts.at(1);
            if (unit.endsWith(QLatin1Char('s')))
                unit.chop(1);
            const int index = m_rateUnit->findData(unit);
            if (index >= 0)
                m_rateUnit->setCurrentIndex(index);
        }
    } else if (text.startsWith(QLatin1String("cron("))) {
        const QStringList fields = text.mid(5, text.size() - 6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() == 6) {
            m_cron->setChecked(true);
            for (int i = 0; i < 6; ++i)
                m_cronFields.at(i)->setText(fields.at(i));
        }
    }
    updatePreview();
}

QString RuleSchedulePage::expression() const
{
    if (m_rate->isChecked()) {
        const int value = m_rateValue->value();
        const QString unit = m_rateUnit->currentData().toString();
        // EventBridge wants the singular for 1 and the plural otherwise.
        return QStringLiteral("rate(%1 %2)").arg(value).arg(value == 1 ? unit : unit + QLatin1Char('s'));
    }
    QStringList fields;
    for (const QLineEdit *edit : m_cronFields)
        fields << edit->text().trimmed();
    return QStringLiteral("cron(%1)").arg(fields.join(QLatin1Char(' ')));
}

void RuleSchedulePage::initializePage()
{
    updatePreview();
}

void RuleSchedulePage::updatePreview()
{
    m_rateBox->setEnabled(m_rate->isChecked());
    m_cronBox->setEnabled(m_cron->isChecked());
    m_expression->setText(expression());
    // Rules are evaluated in UTC, as EventBridge does.
    m_preview->setExpression(expression(), QStringLiteral("UTC"));
}

bool RuleSchedulePage::isComplete() const
{
    return m_preview->isValid();
}

int RuleSchedulePage::nextId() const
{
    return RuleWizard::TargetsPageId;
}

void RuleSchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleSchedulePage::retranslateUi()
{
    setTitle(tr("Step 2: Define schedule"));
    setSubTitle(tr("Scheduled rules are evaluated in UTC. The preview lists the next fires."));
    m_rate->setText(tr("A schedule that runs at a regular &rate, such as every 10 minutes"));
    m_cron->setText(tr("A fine-grained schedule that runs at a specific time, such as 8:00 a.m. UTC on the first "
                       "Monday of every month (&cron)"));
    m_rateLabel->setText(tr("Every:"));
    m_rateUnit->setItemText(0, tr("minute(s)"));
    m_rateUnit->setItemText(1, tr("hour(s)"));
    m_rateUnit->setItemText(2, tr("day(s)"));
    const QStringList titles{tr("Minutes"), tr("Hours"),           tr("Day of month"),
                             tr("Month"),   tr("Day of the week"), tr("Year")};
    for (int i = 0; i < m_cronLabels.size(); ++i)
        m_cronLabels.at(i)->setText(titles.at(i));
    m_expressionLabel->setText(tr("Expression:"));
    m_utcNote->setText(tr("All times are UTC. Use the Schedules page for a schedule in another time zone."));
}

// --- RuleTargetPanel ---------------------------------------------------------------------------

RuleTargetPanel::RuleTargetPanel(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_idLabel(new QLabel)
    , m_id(new QLineEdit)
    , m_typeLabel(new QLabel)
    , m_type(new QComboBox)
    , m_pipelineLabel(new QLabel)
    , m_pipeline(new QComboBox)
    , m_parametersLabel(new QLabel)
    , m_parameters(new QTableWidget(0, 3))
    , m_addParameter(new QPushButton)
    , m_removeParameter(new QPushButton)
    , m_roleHeading(headingLabel())
    , m_newRole(new QRadioButton)
    , m_newRoleArn(new QLabel)
    , m_existingRole(new QRadioButton)
    , m_roleCombo(new QComboBox)
    , m_error(messageLabel(QStringLiteral("targetErrorLabel")))
{
    m_id->setObjectName(QStringLiteral("targetIdEdit"));
    m_id->setMaxLength(RuleLimits::targetIdMaxLength + 1);
    m_type->setObjectName(QStringLiteral("targetTypeCombo"));
    m_type->addItem(QString());
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parameters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_parameters->verticalHeader()->hide();
    m_addParameter->setObjectName(QStringLiteral("addParameterButton"));
    m_removeParameter->setObjectName(QStringLiteral("removeParameterButton"));
    m_newRole->setObjectName(QStringLiteral("newRoleRadioButton"));
    m_newRole->setChecked(true);
    m_newRoleArn->setObjectName(QStringLiteral("newRoleArnLabel"));
    m_newRoleArn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_existingRole->setObjectName(QStringLiteral("existingRoleRadioButton"));
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setEditable(true);
    m_roleCombo->setEnabled(false);
    m_idLabel->setBuddy(m_id);
    m_typeLabel->setBuddy(m_type);
    m_pipelineLabel->setBuddy(m_pipeline);
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_newRole);
    roles->addButton(m_existingRole);

    connect(m_id, &QLineEdit::textChanged, this, &RuleTargetPanel::changed);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        showParameters();
        emit changed();
    });
    connect(m_parameters, &QTableWidget::itemChanged, this, &RuleTargetPanel::changed);
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        addParameterRow(QString(), QString(), false, QString(), false);
        m_parameters->editItem(m_parameters->item(m_parameters->rowCount() - 1, 0));
    });
    connect(m_removeParameter, &QPushButton::clicked, this, [this] {
        // Rows of the definition stay: a pipeline parameter is cleared, not removed.
        const int row = m_parameters->currentRow();
        if (row >= 0 && !m_parameters->item(row, 1)->data(Qt::UserRole + 1).toBool()) {
            m_parameters->removeRow(row);
            emit changed();
        }
    });
    connect(m_existingRole, &QRadioButton::toggled, m_roleCombo, &QWidget::setEnabled);
    connect(m_existingRole, &QRadioButton::toggled, this, &RuleTargetPanel::changed);
    connect(m_roleCombo, &QComboBox::currentTextChanged, this, &RuleTargetPanel::changed);

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_id);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_pipelineLabel, m_pipeline);
    auto *parameterButtons = new QHBoxLayout;
    parameterButtons->addWidget(m_parametersLabel, 1);
    parameterButtons->addWidget(m_addParameter);
    parameterButtons->addWidget(m_removeParameter);
    auto *roleGrid = new QGridLayout;
    roleGrid->addWidget(m_newRole, 0, 0);
    roleGrid->addWidget(m_newRoleArn, 0, 1);
    roleGrid->addWidget(m_existingRole, 1, 0);
    roleGrid->addWidget(m_roleCombo, 1, 1);
    roleGrid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(parameterButtons);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_roleHeading);
    layout->addLayout(roleGrid);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleTargetPanel::load(const RuleTarget &target)
{
    m_id->setText(target.id);
    refresh(m_ruleName);
    int index = m_pipeline->findData(target.pipelineArn);
    if (target.pipelineArn.isEmpty()) {
        index = 0;
    } else if (index < 0) {
        // Keep a target whose pipeline is not startable any more visible, so the check can say why.
        m_pipeline->addItem(lastSegment(target.pipelineArn), target.pipelineArn);
        index = m_pipeline->count() - 1;
    }
    m_pipeline->setCurrentIndex(index);
    showParameters();
    m_parameters->blockSignals(true);
    for (const RuleParameter &p : target.parameters) {
        int row = 0;
        for (; row < m_parameters->rowCount(); ++row) {
            if (m_parameters->item(row, 0)->text() == p.name)
                break;
        }
        if (row == m_parameters->rowCount()) {
            addParameterRow(p.name, p.value, p.dynamic, QString(), false);
            continue;
        }
        m_parameters->item(row, 1)->setText(p.value);
        static_cast<QComboBox *>(m_parameters->cellWidget(row, 2))->setCurrentIndex(p.dynamic ? 1 : 0);
    }
    m_parameters->blockSignals(false);
    if (!target.roleArn.isEmpty() && target.roleArn != m_newRoleArn->text()) {
        m_existingRole->setChecked(true);
        m_roleCombo->setCurrentText(target.roleArn);
    }
}

RuleTarget RuleTargetPanel::target() const
{
    RuleTarget t;
    t.id = m_id->text().trimmed();
    t.pipelineArn = m_pipeline->currentData().toString();
    t.roleArn = m_existingRole->isChecked() ? m_roleCombo->currentText().trimmed() : m_newRoleArn->text();
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QString name = m_parameters->item(row, 0)->text().trimmed();
        const QTableWidgetItem *value = m_parameters->item(row, 1);
        const bool dynamic = static_cast<const QComboBox *>(m_parameters->cellWidget(row, 2))->currentIndex() == 1;
        const bool fromDefinition = value->data(Qt::UserRole + 1).toBool();
        if (name.isEmpty() && value->text().isEmpty())
            continue;
        // A definition's parameter left at its default is not passed: the pipeline uses it anyway.
        if (fromDefinition && !dynamic && value->text() == value->data(Qt::UserRole).toString())
            continue;
        t.parameters.append({name, value->text().trimmed(), dynamic});
    }
    return t;
}

void RuleTargetPanel::refresh(const QString &ruleName)
{
    m_ruleName = ruleName;
    m_newRoleArn->setText(m_workspace.rules().newRoleArn(m_session.identity(), ruleName));

    const QString current = m_pipeline->currentData().toString();
    m_pipeline->blockSignals(true);
    m_pipeline->clear();
    auto pipelines = m_workspace.pipelines().visiblePipelines(m_session.identity());
    if (pipelines) {
        for (const Pipeline &p : pipelines.value()) {
            if (!m_workspace.pipelines().canStart(m_session.identity(), p.arn))
                continue;
            m_pipeline->addItem(
                p.accountId == m_session.identity() ? p.name : tr("%1 (account %2)").arg(p.name, p.accountId), p.arn);
        }
    }
    if (!current.isEmpty() && m_pipeline->findData(current) < 0)
        m_pipeline->addItem(lastSegment(current), current);
    const int keep = m_pipeline->findData(current);
    m_pipeline->setCurrentIndex(keep >= 0 ? keep : 0);
    m_pipeline->blockSignals(false);
    if (current.isEmpty() || current != m_pipeline->currentData().toString())
        showParameters();

    const QString role = m_roleCombo->currentText();
    m_roleCombo->blockSignals(true);
    m_roleCombo->clear();
    auto known = m_workspace.rules().knownRoleArns(m_session.identity());
    if (known)
        m_roleCombo->addItems(known.value());
    if (!role.isEmpty())
        m_roleCombo->setCurrentText(role);
    m_roleCombo->blockSignals(false);
}

void RuleTargetPanel::showParameters()
{
    m_parameters->blockSignals(true);
    m_parameters->setRowCount(0);
    auto pipeline = m_workspace.pipelines().resolve(m_session.identity(), m_pipeline->currentData().toString());
    if (pipeline) {
        const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
        for (const PipelineParameter &p : definition.parameters)
            addParameterRow(p.name, p.defaultValue, false, p.defaultValue, true);
    }
    m_parameters->blockSignals(false);
}

void RuleTargetPanel::addParameterRow(const QString &name, const QString &value, bool dynamic,
                                      const QString &defaultValue, bool fromDefinition)
{
    const bool blocked = m_parameters->blockSignals(true);
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (fromDefinition)
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setData(Qt::UserRole, defaultValue);
    valueItem->setData(Qt::UserRole + 1, fromDefinition);
    m_parameters->setItem(row, 0, nameItem);
    m_parameters->setItem(row, 1, valueItem);
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("valueTypeCombo"));
    kind->addItems({tr("Static value"), tr("JSONPath")});
    kind->setCurrentIndex(dynamic ? 1 : 0);
    connect(kind, &QComboBox::currentIndexChanged, this, &RuleTargetPanel::changed);
    m_parameters->setCellWidget(row, 2, kind);
    m_parameters->blockSignals(blocked);
}

bool RuleTargetPanel::check(int index)
{
    const RuleTarget t = target();
    Status status = RuleService::validateTarget(t, index);
    if (status)
        status = m_workspace.rules().checkTarget(m_session.identity(), t, index);
    m_error->setText(status ? QString() : withField(status.error()));
    return status.ok();
}

void RuleTargetPanel::retranslateUi()
{
    m_idLabel->setText(tr("Target &ID:"));
    m_typeLabel->setText(tr("Target t&ype:"));
    m_type->setItemText(0, tr("SageMaker Pipeline"));
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_parametersLabel->setText(tr("Pipeline parameters — a static value, or a JSONPath into the matched event such "
                                  "as $.detail.object.key"));
    m_parametersLabel->setWordWrap(true);
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Value type")});
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        auto *kind = static_cast<QComboBox *>(m_parameters->cellWidget(row, 2));
        kind->setItemText(0, tr("Static value"));
        kind->setItemText(1, tr("JSONPath"));
    }
    m_addParameter->setText(tr("&Add parameter"));
    m_removeParameter->setText(tr("&Remove parameter"));
    m_roleHeading->setText(tr("Execution role"));
    m_newRole->setText(tr("Create a &new role for this specific resource"));
    m_existingRole->setText(tr("&Use existing role"));
}

// --- RuleTargetsPage ---------------------------------------------------------------------------

RuleTargetsPage::RuleTargetsPage(Workspace &workspace, Session &session, QWidget *parent)
    : RuleWizardPage(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_tabs(new QTabWidget)
    , m_addButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_error(messageLabel(QStringLiteral("targetsErrorLabel")))
{
    setObjectName(QStringLiteral("ruleTargetsPage"));
    m_tabs->setObjectName(QStringLiteral("targetTabs"));
    m_addButton->setObjectName(QStringLiteral("addTargetButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTargetButton"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        RuleTargetPanel *panel = addTarget();
        panel->refresh(ruleWizard() ? ruleWizard()->rule().name : QString());
        m_tabs->setCurrentWidget(panel);
        check();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RuleTargetsPage::removeTarget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    addTarget();
    retranslateUi();
}

RuleTargetPanel *RuleTargetsPage::addTarget()
{
    auto *panel = new RuleTargetPanel(m_workspace, m_session);
    // A fresh id not used by the other targets.
    QSet<QString> used;
    for (int i = 0; i < m_tabs->count(); ++i)
        used.insert(static_cast<RuleTargetPanel *>(m_tabs->widget(i))->target().id);
    int n = m_tabs->count() + 1;
    while (used.contains(QStringLiteral("Target%1").arg(n)))
        ++n;
    panel->load(RuleTarget{QStringLiteral("Target%1").arg(n), {}, {}, {}});
    connect(panel, &RuleTargetPanel::changed, this, &RuleTargetsPage::check);
    m_tabs->addTab(panel, QString());
    retranslateUi();
    updateButtons();
    return panel;
}

void RuleTargetsPage::removeTarget()
{
    if (m_tabs->count() <= 1)
        return;
    QWidget *panel = m_tabs->currentWidget();
    m_tabs->removeTab(m_tabs->currentIndex());
    panel->deleteLater();
    retranslateUi();
    updateButtons();
    check();
}

void RuleTargetsPage::updateButtons()
{
    m_addButton->setEnabled(m_tabs->count() < RuleLimits::maxTargets);
    m_removeButton->setEnabled(m_tabs->count() > 1);
}

void RuleTargetsPage::load(const Rule &rule)
{
    while (m_tabs->count() > 0) {
        QWidget *panel = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete panel;
    }
    for (const RuleTarget &target : rule.targets) {
        RuleTargetPanel *panel = addTarget();
        panel->refresh(rule.name);
        panel->load(target);
    }
    if (m_tabs->count() == 0)
        addTarget();
    updateButtons();
}

QList<RuleTarget> RuleTargetsPage::targets() const
{
    QList<RuleTarget> result;
    for (int i = 0; i < m_tabs->count(); ++i)
        result.append(static_cast<const RuleTargetPanel *>(m_tabs->widget(i))->target());
    return result;
}

void RuleTargetsPage::initializePage()
{
    const QString ruleName = ruleWizard()->rule().name;
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<RuleTargetPanel *>(m_tabs->widget(i))->refresh(ruleName);
    check();
}

void RuleTargetsPage::check()
{
    bool valid = true;
    for (int i = 0; i < m_tabs->count(); ++i)
        valid = static_cast<RuleTargetPanel *>(m_tabs->widget(i))->check(i) && valid;
    // What involves several targets (ids used twice, the count) the whole rule's check says.
    QString message;
    if (RuleWizard *wizard = ruleWizard(); wizard && valid) {
        Rule draft = wizard->rule();
        if (draft.isScheduled())
            draft.eventPattern.clear();
        const Status status = RuleService::validate(draft);
        if (!status && status.error().field.startsWith(QLatin1String("Targets")))
            message = withField(status.error());
    }
    m_error->setText(message);
    m_valid = valid && message.isEmpty();
    emit completeChanged();
}

bool RuleTargetsPage::isComplete() const
{
    return m_valid;
}

void RuleTargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleTargetsPage::retranslateUi()
{
    setTitle(tr("Step 3: Select targets"));
    setSubTitle(tr("Each matching event starts every target: up to 5 SageMaker pipelines, with parameters taken "
                   "from the event where you give a JSONPath."));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, tr("Target %1").arg(i + 1));
        m_tabs->widget(i)->setObjectName(QStringLiteral("targetPanel%1").arg(i + 1));
        static_cast<RuleTargetPanel *>(m_tabs->widget(i))->retranslateUi();
    }
    m_addButton->setText(tr("Add &another target"));
    m_removeButton->setText(tr("Remo&ve this target"));
}

// --- RuleTagsPage ------------------------------------------------------------------------------

RuleTagsPage::RuleTagsPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_note(new QLabel)
    , m_table(new QTableWidget(0, 2))
    , m_addButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_error(messageLabel(QStringLiteral("tagsErrorLabel")))
{
    setObjectName(QStringLiteral("ruleTagsPage"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTagButton"));
    connect(m_table, &QTableWidget::itemChanged, this, &RuleTagsPage::check);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        m_addButton->setEnabled(m_table->rowCount() < RuleLimits::maxTags);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        m_addButton->setEnabled(m_table->rowCount() < RuleLimits::maxTags);
        check();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleTagsPage::load(const Rule &rule)
{
    m_table->blockSignals(true);
    m_table->setRowCount(0);
    for (auto it = rule.tags.cbegin(); it != rule.tags.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_table->blockSignals(false);
}

QMap<QString, QString> RuleTagsPage::tags() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            result.insert(key, value);
    }
    return result;
}

void RuleTagsPage::initializePage()
{
    check();
}

void RuleTagsPage::check()
{
    QString message;
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount() && message.isEmpty(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty() && keys.contains(key))
            message = tr("The tag key “%1” is used twice.").arg(key);
        keys.insert(key);
    }
    if (message.isEmpty()) {
        if (RuleWizard *wizard = ruleWizard()) {
            Rule draft = wizard->rule();
            draft.tags = tags();
            const Status status = RuleService::validate(draft);
            if (!status && status.error().field.startsWith(QLatin1String("Tags")))
                message = withField(status.error());
        }
    }
    m_error->setText(message);
    m_valid = message.isEmpty();
    emit completeChanged();
}

bool RuleTagsPage::isComplete() const
{
    return m_valid;
}

void RuleTagsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleTagsPage::retranslateUi()
{
    setTitle(tr("Step 4: Configure tags — optional"));
    setSubTitle(tr("A tag is a label of a key and an optional value, for finding and grouping rules."));
    m_note->setText(tr("Up to 50 tags. Keys are unique."));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_addButton->setText(tr("&Add new tag"));
    m_removeButton->setText(tr("&Remove tag"));
}

// --- RuleReviewPage ----------------------------------------------------------------------------

RuleReviewPage::RuleReviewPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_error(messageLabel(QStringLiteral("reviewErrorLabel")))
{
    setObjectName(QStringLiteral("ruleReviewPage"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    const QStringList names{QStringLiteral("Details"), QStringLiteral("Pattern"), QStringLiteral("Targets"),
                            QStringLiteral("Tags")};
    for (int i = 0; i < names.size(); ++i) {
        Section section{headingLabel(), new QPushButton, new QLabel};
        section.title->setObjectName(QStringLiteral("review%1TitleLabel").arg(names.at(i)));
        section.edit->setObjectName(QStringLiteral("edit%1Button").arg(names.at(i)));
        section.body->setObjectName(QStringLiteral("review%1Label").arg(names.at(i)));
        section.body->setWordWrap(true);
        section.body->setTextFormat(Qt::PlainText);
        section.body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (i == 1)
            section.body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        connect(section.edit, &QPushButton::clicked, this, [this, i] {
            RuleWizard *wizard = ruleWizard();
            switch (i) {
            case 0: wizard->goToPage(RuleWizard::DetailsPageId); break;
            case 1:
                wizard->goToPage(wizard->rule().isScheduled() ? RuleWizard::SchedulePageId : RuleWizard::PatternPageId);
                break;
            case 2: wizard->goToPage(RuleWizard::TargetsPageId); break;
            default: wizard->goToPage(RuleWizard::TagsPageId); break;
            }
        });
        auto *frame = new QGroupBox;
        auto *frameLayout = new QVBoxLayout(frame);
        auto *header = new QHBoxLayout;
        header->addWidget(section.title, 1);
        header->addWidget(section.edit);
        frameLayout->addLayout(header);
        frameLayout->addWidget(section.body);
        contentLayout->addWidget(frame);
        m_sections.append(section);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleReviewPage::initializePage()
{
    m_error->clear();
    showRule();
}

void RuleReviewPage::showRule()
{
    RuleWizard *wizard = ruleWizard();
    if (!wizard)
        return;
    const Rule r = wizard->rule();
    const QString none = tr("—");

    QStringList details;
    details << tr("Name: %1").arg(r.name) << tr("Description: %1").arg(r.description.isEmpty() ? none : r.description)
            << tr("Event bus: %1").arg(r.eventBus)
            << tr("Rule type: %1").arg(r.isScheduled() ? tr("Schedule") : tr("Rule with an event pattern"))
            << tr("State: %1").arg(r.enabled ? tr("Enabled") : tr("Disabled"));
    m_sections[0].body->setText(details.join(QLatin1Char('\n')));

    m_sections[1].title->setText(r.isScheduled() ? tr("Step 2: Define schedule") : tr("Step 2: Build event pattern"));
    if (r.isScheduled()) {
        QStringList lines{tr("Schedule expression: %1 (UTC)").arg(r.scheduleExpression)};
        if (auto expression = Schedule::ScheduleExpression::parse(r.scheduleExpression, QStringLiteral("UTC"))) {
            lines << tr("Runs %1").arg(Schedule::describe(*expression));
            const QList<QDateTime> next = expression->preview(wizard->workspace().clock().now(), 3);
            for (const QDateTime &fire : next)
                lines << tr("Next: %1").arg(displayDateTime(fire, QTimeZone::utc(), QLocale()));
        }
        m_sections[1].body->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_sections[1].body->setText(prettyJson(r.eventPattern));
    }

    QStringList targets;
    for (const RuleTarget &t : r.targets) {
        const QString account = accountOf(t.pipelineArn);
        targets << tr("%1: SageMaker pipeline %2 (account %3)").arg(t.id, lastSegment(t.pipelineArn), account)
                << tr("    Role: %1").arg(t.roleArn);
        if (t.parameters.isEmpty())
            targets << tr("    Parameters: the pipeline's defaults");
        for (const RuleParameter &p : t.parameters)
            targets << (p.dynamic ? tr("    %1 ← %2 (JSONPath into the event)").arg(p.name, p.value)
                                  : tr("    %1 = %2").arg(p.name, p.value));
    }
    m_sections[2].body->setText(targets.isEmpty() ? tr("No targets") : targets.join(QLatin1Char('\n')));

    QStringList tags;
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
        tags << tr("%1 = %2").arg(it.key(), it.value());
    m_sections[3].body->setText(tags.isEmpty() ? tr("No tags") : tags.join(QLatin1Char('\n')));
}

void RuleReviewPage::showError(const QString &message)
{
    m_error->setText(message);
}

void RuleReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleReviewPage::retranslateUi()
{
    setTitle(tr("Step 5: Review and create"));
    setSubTitle(tr("Check every choice; Edit goes back to its step and keeps what you entered."));
    m_sections[0].title->setText(tr("Step 1: Define rule detail"));
    m_sections[1].title->setText(tr("Step 2: Build event pattern"));
    m_sections[2].title->setText(tr("Step 3: Select targets"));
    m_sections[3].title->setText(tr("Step 4: Configure tags"));
    for (const Section &section : m_sections)
        section.edit->setText(tr("Edit"));
    if (wizard() && wizard()->currentPage() == this)
        showRule();
}

} // namespace Pd

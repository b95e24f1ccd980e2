#include "views/rules/rulepatternpage.h"

#include "core/result.h"
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/sampleevents.h"
#include "views/common/messagelabel.h"
#include "views/common/wizardwidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pd {

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
    m_patternError->setMessage(m_valid ? tr("The pattern is valid.") : withField(parsed.error()),
                               m_valid ? MessageLabel::Kind::Success : MessageLabel::Kind::Error);
    m_testResult->clear();
    emit completeChanged();
}

void RulePatternPage::testPattern()
{
    m_testResult->setKind(MessageLabel::Kind::Error);
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
        m_testResult->setMessage(tr("Match: the sample event matches the event pattern."), MessageLabel::Kind::Success);
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

} // namespace Pd

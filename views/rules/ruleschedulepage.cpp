#include "views/rules/ruleschedulepage.h"

#include "views/schedules/schedulepreviewwidget.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pd {

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
    // A rule's schedule is an EventBridge rule's: the linter says what EventBridge does with it.
    m_preview->setLintContext(false, Schedule::LintTarget::EventBridgeRule);
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

} // namespace Pd

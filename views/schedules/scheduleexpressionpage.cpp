#include "views/schedules/scheduleexpressionpage.h"

#include "views/schedules/schedulepreviewwidget.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

} // namespace

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
    , m_targetLabel(new QLabel)
    , m_target(new QComboBox)
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
    m_target->setObjectName(QStringLiteral("meantForCombo"));
    // Items in LintTarget order, the --for name as data; texts come in retranslateUi().
    for (const QString &name : Schedule::lintTargetNames())
        m_target->addItem(QString(), name);
    m_preview->setObjectName(QStringLiteral("schedulePreviewWidget"));
    m_targetLabel->setBuddy(m_target);
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
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        const auto target = Schedule::lintTargetFromName(m_target->currentData().toString());
        m_preview->setLintContext(false, target.value_or(Schedule::LintTarget::Any));
    });
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
    form->addRow(m_targetLabel, m_target);
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
    m_targetLabel->setText(tr("&Meant for:"));
    m_target->setToolTip(tr("Where this schedule will also run. The warnings below then say what that service does "
                            "differently: the dialects it takes, the fields or time zone it ignores."));
    const QStringList targetTexts{tr("This workspace only (every dialect)"), tr("EventBridge rule"),
                                  tr("EventBridge Scheduler"), tr("Azure ML schedule"), tr("crontab")};
    for (int i = 0; i < targetTexts.size() && i < m_target->count(); ++i)
        m_target->setItemText(i, targetTexts.at(i));
}

} // namespace Pd

#include "views/schedules/schedulepoliciespage.h"

#include "views/schedules/schedulewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Pd {

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

void SchedulePoliciesPage::initializePage()
{
    const auto *wizard = qobject_cast<const ScheduleWizard *>(this->wizard());
    m_cloud = wizard && wizard->forCloud();
    for (QWidget *localOnly : {static_cast<QWidget *>(m_missed), static_cast<QWidget *>(m_overlap)})
        localOnly->setEnabled(!m_cloud);
    retranslateUi();
}

void SchedulePoliciesPage::fill(ScheduleInput &input) const
{
    input.enabled = m_enabled->isChecked();
    input.flexibleWindowMinutes = m_flexible->isChecked() ? m_window->value() : 0;
    input.maxRetries = m_retries->value();
    input.maxEventAgeSeconds = m_age->value();
    const auto *wizard = qobject_cast<const ScheduleWizard *>(this->wizard());
    if (wizard && wizard->forCloud())
        return;
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
    const QString localOnly =
        m_cloud ? tr("EventBridge Scheduler has no such policy: it runs the schedule in the cloud and starts every "
                     "slot, so a connected account's schedule cannot have one.")
                : QString();
    m_missed->setToolTip(localOnly);
    m_overlap->setToolTip(localOnly);
}

} // namespace Pd

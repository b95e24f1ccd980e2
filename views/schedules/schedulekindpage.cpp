#include "views/schedules/schedulekindpage.h"

#include <QEvent>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pd {

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

void ScheduleKindPage::initializePage()
{
    const auto *wizard = qobject_cast<const ScheduleWizard *>(this->wizard());
    m_cloud = wizard && wizard->forCloud();
    for (QRadioButton *localOnly : {m_recurrence, m_crontab}) {
        localOnly->setEnabled(!m_cloud);
        if (m_cloud && localOnly->isChecked())
            m_rate->setChecked(true);
    }
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
    const QString localOnly =
        m_cloud ? tr("EventBridge Scheduler knows only at(), rate() and cron(); this kind is run by the local engine "
                     "only, so a connected account's schedule cannot use it.")
                : QString();
    m_recurrence->setToolTip(localOnly);
    m_crontab->setToolTip(localOnly);
}

} // namespace Pd

#include "views/schedules/schedulewindowpage.h"

#include "views/schedules/schedulewizard.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace Pd {

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

} // namespace Pd

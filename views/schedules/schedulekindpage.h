#pragma once

#include "views/schedules/schedulewizard.h"

class QRadioButton;

namespace Pd {

// Step 1 of the schedule wizard: which kind of expression.
class ScheduleKindPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScheduleKindPage(QWidget *parent = nullptr);
    ScheduleWizard::Kind kind() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QRadioButton *m_oneTime;
    QRadioButton *m_rate;
    QRadioButton *m_cron;
    QRadioButton *m_recurrence;
    QRadioButton *m_crontab;
};

} // namespace Pd

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
    // For a connected account, Azure ML recurrence and crontab are off, with the reason.
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool m_cloud = false;
    QRadioButton *m_oneTime;
    QRadioButton *m_rate;
    QRadioButton *m_cron;
    QRadioButton *m_recurrence;
    QRadioButton *m_crontab;
};

} // namespace Pd

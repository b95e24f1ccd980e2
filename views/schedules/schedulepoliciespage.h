#pragma once

#include "schedules/scheduleservice.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Pd {

// Step 5 of the schedule wizard: state, flexible window, retries, missed runs and overlap.
class SchedulePoliciesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchedulePoliciesPage(QWidget *parent = nullptr);
    // For a connected account the missed-run and overlap policies are off, with the reason, and
    // not filled in: EventBridge Scheduler has neither.
    void initializePage() override;
    void fill(ScheduleInput &input) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool m_cloud = false;
    QCheckBox *m_enabled;
    QCheckBox *m_flexible;
    QSpinBox *m_window;
    QLabel *m_retriesLabel;
    QSpinBox *m_retries;
    QLabel *m_ageLabel;
    QSpinBox *m_age;
    QLabel *m_missedLabel;
    QComboBox *m_missed;
    QLabel *m_overlapLabel;
    QComboBox *m_overlap;
    QCheckBox *m_deleteAfter;
};

} // namespace Pd

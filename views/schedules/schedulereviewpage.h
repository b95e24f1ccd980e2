#pragma once

#include <QWizardPage>

class QLabel;

namespace Pd {

class BusyAction;

// Step 6 of the schedule wizard: the summary; the schedule is created from here.
class ScheduleReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScheduleReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);
    // The line that shows a cloud create in flight, with Cancel.
    BusyAction *busyAction() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_error;
    BusyAction *m_busy;
};

} // namespace Pd

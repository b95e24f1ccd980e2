#pragma once

#include <QWizardPage>

class QLabel;

namespace Pd {

class BusyAction;

// Step 4: what will be created, and the service's answer when it refuses.
class ShareReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ShareReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);
    // Where the wizard shows a commit that waits for the cloud.
    BusyAction *busyAction() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    BusyAction *m_busy = nullptr;
};

} // namespace Pd

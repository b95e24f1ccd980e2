#pragma once

#include <QWizardPage>

class QLabel;

namespace Pd {

// Step 4: what will be created, and the service's answer when it refuses.
class ShareReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ShareReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace Pd

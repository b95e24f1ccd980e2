#pragma once

#include "views/rules/rulewizard.h"

#include <QList>

class QLabel;
class QPushButton;

namespace Pd {

// Step 5 of the rule wizard: every choice on one page, each with an Edit button back to its step.
class RuleReviewPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleReviewPage(QWidget *parent = nullptr);
    void initializePage() override;
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRule();

    struct Section
    {
        QLabel *title;
        QPushButton *edit;
        QLabel *body;
    };
    QList<Section> m_sections; // details, pattern or schedule, targets, tags
    QLabel *m_error;
};

} // namespace Pd

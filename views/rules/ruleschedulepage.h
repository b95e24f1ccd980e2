#pragma once

#include "rules/rule.h"
#include "views/rules/rulewizard.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Pd {

class SchedulePreviewWidget;
class Workspace;

// Step 2 of the rule wizard for a scheduled rule: a rate or cron expression in UTC, with its preview.
class RuleSchedulePage : public RuleWizardPage
{
    Q_OBJECT

public:
    RuleSchedulePage(Workspace &workspace, QWidget *parent = nullptr);
    void load(const Rule &rule);
    QString expression() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    SchedulePreviewWidget *preview() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    QRadioButton *m_rate;
    QRadioButton *m_cron;
    QLabel *m_rateLabel;
    QSpinBox *m_rateValue;
    QComboBox *m_rateUnit;
    QWidget *m_rateBox;
    QWidget *m_cronBox;
    QList<QLabel *> m_cronLabels;
    QList<QLineEdit *> m_cronFields;
    QLabel *m_expressionLabel;
    QLabel *m_expression;
    QLabel *m_utcNote;
    SchedulePreviewWidget *m_preview;
};

} // namespace Pd

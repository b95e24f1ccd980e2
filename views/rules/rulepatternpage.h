#pragma once

#include "rules/rule.h"
#include "views/rules/rulewizard.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Pd {

class MessageLabel;

// Step 2 of the rule wizard for an event rule: the event pattern, built and tested against a sample.
class RulePatternPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RulePatternPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    // The pattern as written (compact JSON when it parses).
    QString pattern() const;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void sourceChanged();
    void sampleChanged();
    void methodChanged();
    void serviceChanged();
    void eventTypeChanged();
    void patternChanged();
    void testPattern();

    QLabel *m_sourceHeading;
    QRadioButton *m_awsSource;
    QRadioButton *m_otherSource;
    QRadioButton *m_allSource;
    QLabel *m_sampleHeading;
    QRadioButton *m_awsSample;
    QRadioButton *m_ownSample;
    QComboBox *m_sampleCombo;
    QPlainTextEdit *m_sampleEdit;
    QLabel *m_methodHeading;
    QRadioButton *m_formMethod;
    QRadioButton *m_customMethod;
    QLabel *m_serviceLabel;
    QComboBox *m_service;
    QLabel *m_eventTypeLabel;
    QComboBox *m_eventType;
    QLabel *m_patternHeading;
    QPlainTextEdit *m_patternEdit;
    MessageLabel *m_patternError;
    QPushButton *m_testButton;
    MessageLabel *m_testResult;
    bool m_valid = false;
};

} // namespace Pd

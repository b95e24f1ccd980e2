#pragma once

#include "rules/rule.h"
#include "views/rules/rulewizard.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Pd {

// Step 1 of the rule wizard: name, description, event bus, state and rule type.
class RuleDetailsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleDetailsPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    // Name and event bus stay as loaded (a connected account's rule: EventBridge renames nothing),
    // with `why` as their tooltip.
    void keepNameAndBus(const QString &why);
    void fill(Rule &rule) const;
    bool scheduled() const;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLabel *m_busLabel;
    QComboBox *m_bus;
    QLabel *m_typeLabel;
    QRadioButton *m_patternType;
    QRadioButton *m_scheduleType;
    QLabel *m_typeNote;
    QCheckBox *m_enabled;
    QLabel *m_error;
    QString m_loadedBus;
    bool m_valid = false;
};

} // namespace Pd

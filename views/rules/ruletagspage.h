#pragma once

#include "rules/rule.h"
#include "views/rules/rulewizard.h"

#include <QMap>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Pd {

// Step 4 of the rule wizard: the optional tags.
class RuleTagsPage : public RuleWizardPage
{
    Q_OBJECT

public:
    explicit RuleTagsPage(QWidget *parent = nullptr);
    void load(const Rule &rule);
    QMap<QString, QString> tags() const;
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_error;
    bool m_valid = true;
};

} // namespace Pd

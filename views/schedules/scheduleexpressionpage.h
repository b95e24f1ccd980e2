#pragma once

#include "views/schedules/schedulewizard.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Pd {

class SchedulePreviewWidget;
class Workspace;

// Step 2 of the schedule wizard: name, group, expression and time zone, with the live preview.
class ScheduleExpressionPage : public QWizardPage
{
    Q_OBJECT

public:
    ScheduleExpressionPage(Workspace &workspace, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_groupLabel;
    QLineEdit *m_group;
    QLabel *m_expressionLabel;
    QLineEdit *m_expression;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QLabel *m_targetLabel;
    QComboBox *m_target; // what the expression is meant for: the linter warns for that service
    SchedulePreviewWidget *m_preview;
    std::optional<ScheduleWizard::Kind> m_templateKind;
};

} // namespace Pd

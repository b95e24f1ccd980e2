#pragma once

#include "rules/rule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Pd {

class PipelineComboBox;
class Session;
class Workspace;

// One target of the targets page: type, pipeline, its parameters, the role.
class RuleTargetPanel : public QWidget
{
    Q_OBJECT

public:
    RuleTargetPanel(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    void load(const RuleTarget &target);
    RuleTarget target() const;
    // Refreshes the pipeline list, the known roles and the new role's name (the rule's name).
    void refresh(const QString &ruleName);
    // Shows the check of this target; true when it passed.
    bool check(int index);
    void retranslateUi();

signals:
    void changed();

private:
    void showParameters();
    void addParameterRow(const QString &name, const QString &value, bool dynamic, const QString &defaultValue,
                         bool fromDefinition);

    Workspace &m_workspace;
    Session &m_session;
    QLabel *m_idLabel;
    QLineEdit *m_id;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_pipelineLabel;
    PipelineComboBox *m_pipeline;
    QLabel *m_parametersLabel;
    QTableWidget *m_parameters;
    QPushButton *m_addParameter;
    QPushButton *m_removeParameter;
    QLabel *m_roleHeading;
    QRadioButton *m_newRole;
    QLabel *m_newRoleArn;
    QRadioButton *m_existingRole;
    QComboBox *m_roleCombo;
    QLabel *m_error;
    QString m_ruleName;
};

} // namespace Pd

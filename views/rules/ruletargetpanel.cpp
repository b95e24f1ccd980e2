#include "views/rules/ruletargetpanel.h"

#include "core/session.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "views/common/wizardwidgets.h"
#include "views/pipelines/pipelinecombobox.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pd {

RuleTargetPanel::RuleTargetPanel(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_idLabel(new QLabel)
    , m_id(new QLineEdit)
    , m_typeLabel(new QLabel)
    , m_type(new QComboBox)
    , m_pipelineLabel(new QLabel)
    , m_pipeline(new PipelineComboBox(workspace.pipelines(), session))
    , m_parametersLabel(new QLabel)
    , m_parameters(new QTableWidget(0, 3))
    , m_addParameter(new QPushButton)
    , m_removeParameter(new QPushButton)
    , m_roleHeading(headingLabel())
    , m_newRole(new QRadioButton)
    , m_newRoleArn(new QLabel)
    , m_existingRole(new QRadioButton)
    , m_roleCombo(new QComboBox)
    , m_error(messageLabel(QStringLiteral("targetErrorLabel")))
{
    m_id->setObjectName(QStringLiteral("targetIdEdit"));
    m_id->setMaxLength(RuleLimits::targetIdMaxLength + 1);
    m_type->setObjectName(QStringLiteral("targetTypeCombo"));
    m_type->addItem(QString());
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parameters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_parameters->verticalHeader()->hide();
    m_addParameter->setObjectName(QStringLiteral("addParameterButton"));
    m_removeParameter->setObjectName(QStringLiteral("removeParameterButton"));
    m_newRole->setObjectName(QStringLiteral("newRoleRadioButton"));
    m_newRole->setChecked(true);
    m_newRoleArn->setObjectName(QStringLiteral("newRoleArnLabel"));
    m_newRoleArn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_existingRole->setObjectName(QStringLiteral("existingRoleRadioButton"));
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setEditable(true);
    m_roleCombo->setEnabled(false);
    m_idLabel->setBuddy(m_id);
    m_typeLabel->setBuddy(m_type);
    m_pipelineLabel->setBuddy(m_pipeline);
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_newRole);
    roles->addButton(m_existingRole);

    connect(m_id, &QLineEdit::textChanged, this, &RuleTargetPanel::changed);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        showParameters();
        emit changed();
    });
    connect(m_parameters, &QTableWidget::itemChanged, this, &RuleTargetPanel::changed);
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        addParameterRow(QString(), QString(), false, QString(), false);
        m_parameters->editItem(m_parameters->item(m_parameters->rowCount() - 1, 0));
    });
    connect(m_removeParameter, &QPushButton::clicked, this, [this] {
        // Rows of the definition stay: a pipeline parameter is cleared, not removed.
        const int row = m_parameters->currentRow();
        if (row >= 0 && !m_parameters->item(row, 1)->data(Qt::UserRole + 1).toBool()) {
            m_parameters->removeRow(row);
            emit changed();
        }
    });
    connect(m_existingRole, &QRadioButton::toggled, m_roleCombo, &QWidget::setEnabled);
    connect(m_existingRole, &QRadioButton::toggled, this, &RuleTargetPanel::changed);
    connect(m_roleCombo, &QComboBox::currentTextChanged, this, &RuleTargetPanel::changed);

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_id);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_pipelineLabel, m_pipeline);
    auto *parameterButtons = new QHBoxLayout;
    parameterButtons->addWidget(m_parametersLabel, 1);
    parameterButtons->addWidget(m_addParameter);
    parameterButtons->addWidget(m_removeParameter);
    auto *roleGrid = new QGridLayout;
    roleGrid->addWidget(m_newRole, 0, 0);
    roleGrid->addWidget(m_newRoleArn, 0, 1);
    roleGrid->addWidget(m_existingRole, 1, 0);
    roleGrid->addWidget(m_roleCombo, 1, 1);
    roleGrid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(parameterButtons);
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_roleHeading);
    layout->addLayout(roleGrid);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleTargetPanel::load(const RuleTarget &target)
{
    m_id->setText(target.id);
    refresh(m_ruleName);
    // A target whose pipeline is not startable any more stays visible, so the check can say why.
    m_pipeline->selectPipeline(target.pipelineArn);
    showParameters();
    m_parameters->blockSignals(true);
    for (const RuleParameter &p : target.parameters) {
        int row = 0;
        for (; row < m_parameters->rowCount(); ++row) {
            if (m_parameters->item(row, 0)->text() == p.name)
                break;
        }
        if (row == m_parameters->rowCount()) {
            addParameterRow(p.name, p.value, p.dynamic, QString(), false);
            continue;
        }
        m_parameters->item(row, 1)->setText(p.value);
        static_cast<QComboBox *>(m_parameters->cellWidget(row, 2))->setCurrentIndex(p.dynamic ? 1 : 0);
    }
    m_parameters->blockSignals(false);
    if (!target.roleArn.isEmpty() && target.roleArn != m_newRoleArn->text()) {
        m_existingRole->setChecked(true);
        m_roleCombo->setCurrentText(target.roleArn);
    }
}

RuleTarget RuleTargetPanel::target() const
{
    RuleTarget t;
    t.id = m_id->text().trimmed();
    t.pipelineArn = m_pipeline->pipelineArn();
    t.roleArn = m_existingRole->isChecked() ? m_roleCombo->currentText().trimmed() : m_newRoleArn->text();
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const QString name = m_parameters->item(row, 0)->text().trimmed();
        const QTableWidgetItem *value = m_parameters->item(row, 1);
        const bool dynamic = static_cast<const QComboBox *>(m_parameters->cellWidget(row, 2))->currentIndex() == 1;
        const bool fromDefinition = value->data(Qt::UserRole + 1).toBool();
        if (name.isEmpty() && value->text().isEmpty())
            continue;
        // A definition's parameter left at its default is not passed: the pipeline uses it anyway.
        if (fromDefinition && !dynamic && value->text() == value->data(Qt::UserRole).toString())
            continue;
        t.parameters.append({name, value->text().trimmed(), dynamic});
    }
    return t;
}

void RuleTargetPanel::refresh(const QString &ruleName)
{
    m_ruleName = ruleName;
    m_newRoleArn->setText(m_workspace.rules().newRoleArn(m_session.identity(), ruleName));

    const QString current = m_pipeline->pipelineArn();
    m_pipeline->reload(PipelineComboBox::Unlisted::Keep);
    if (current.isEmpty() || current != m_pipeline->pipelineArn())
        showParameters();

    const QString role = m_roleCombo->currentText();
    m_roleCombo->blockSignals(true);
    m_roleCombo->clear();
    auto known = m_workspace.rules().knownRoleArns(m_session.identity());
    if (known)
        m_roleCombo->addItems(known.value());
    if (!role.isEmpty())
        m_roleCombo->setCurrentText(role);
    m_roleCombo->blockSignals(false);
}

void RuleTargetPanel::showParameters()
{
    m_parameters->blockSignals(true);
    m_parameters->setRowCount(0);
    auto pipeline = m_workspace.pipelines().resolve(m_session.identity(), m_pipeline->pipelineArn());
    if (pipeline) {
        const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
        for (const PipelineParameter &p : definition.parameters)
            addParameterRow(p.name, p.defaultValue, false, p.defaultValue, true);
    }
    m_parameters->blockSignals(false);
}

void RuleTargetPanel::addParameterRow(const QString &name, const QString &value, bool dynamic,
                                      const QString &defaultValue, bool fromDefinition)
{
    const bool blocked = m_parameters->blockSignals(true);
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (fromDefinition)
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setData(Qt::UserRole, defaultValue);
    valueItem->setData(Qt::UserRole + 1, fromDefinition);
    m_parameters->setItem(row, 0, nameItem);
    m_parameters->setItem(row, 1, valueItem);
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("valueTypeCombo"));
    kind->addItems({tr("Static value"), tr("JSONPath")});
    kind->setCurrentIndex(dynamic ? 1 : 0);
    connect(kind, &QComboBox::currentIndexChanged, this, &RuleTargetPanel::changed);
    m_parameters->setCellWidget(row, 2, kind);
    m_parameters->blockSignals(blocked);
}

bool RuleTargetPanel::check(int index)
{
    const RuleTarget t = target();
    Status status = RuleService::validateTarget(t, index);
    if (status)
        status = m_workspace.rules().checkTarget(m_session.identity(), t, index);
    m_error->setText(status ? QString() : withField(status.error()));
    return status.ok();
}

void RuleTargetPanel::retranslateUi()
{
    m_idLabel->setText(tr("Target &ID:"));
    m_typeLabel->setText(tr("Target t&ype:"));
    m_type->setItemText(0, tr("SageMaker Pipeline"));
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_parametersLabel->setText(tr("Pipeline parameters — a static value, or a JSONPath into the matched event such "
                                  "as $.detail.object.key"));
    m_parametersLabel->setWordWrap(true);
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Value type")});
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        auto *kind = static_cast<QComboBox *>(m_parameters->cellWidget(row, 2));
        kind->setItemText(0, tr("Static value"));
        kind->setItemText(1, tr("JSONPath"));
    }
    m_addParameter->setText(tr("&Add parameter"));
    m_removeParameter->setText(tr("&Remove parameter"));
    m_roleHeading->setText(tr("Execution role"));
    m_newRole->setText(tr("Create a &new role for this specific resource"));
    m_existingRole->setText(tr("&Use existing role"));
}

} // namespace Pd

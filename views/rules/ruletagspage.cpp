#include "views/rules/ruletagspage.h"

#include "rules/ruleservice.h"
#include "views/common/wizardwidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pd {

RuleTagsPage::RuleTagsPage(QWidget *parent)
    : RuleWizardPage(parent)
    , m_note(new QLabel)
    , m_table(new QTableWidget(0, 2))
    , m_addButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_error(messageLabel(QStringLiteral("tagsErrorLabel")))
{
    setObjectName(QStringLiteral("ruleTagsPage"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTagButton"));
    connect(m_table, &QTableWidget::itemChanged, this, &RuleTagsPage::check);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        m_addButton->setEnabled(m_table->rowCount() < RuleLimits::maxTags);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        m_addButton->setEnabled(m_table->rowCount() < RuleLimits::maxTags);
        check();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    retranslateUi();
}

void RuleTagsPage::load(const Rule &rule)
{
    m_table->blockSignals(true);
    m_table->setRowCount(0);
    for (auto it = rule.tags.cbegin(); it != rule.tags.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_table->blockSignals(false);
}

QMap<QString, QString> RuleTagsPage::tags() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            result.insert(key, value);
    }
    return result;
}

void RuleTagsPage::initializePage()
{
    check();
}

void RuleTagsPage::check()
{
    QString message;
    QSet<QString> keys;
    for (int row = 0; row < m_table->rowCount() && message.isEmpty(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty() && keys.contains(key))
            message = tr("The tag key “%1” is used twice.").arg(key);
        keys.insert(key);
    }
    if (message.isEmpty()) {
        if (RuleWizard *wizard = ruleWizard()) {
            Rule draft = wizard->rule();
            draft.tags = tags();
            const Status status = RuleService::validate(draft);
            if (!status && status.error().field.startsWith(QLatin1String("Tags")))
                message = withField(status.error());
        }
    }
    m_error->setText(message);
    m_valid = message.isEmpty();
    emit completeChanged();
}

bool RuleTagsPage::isComplete() const
{
    return m_valid;
}

void RuleTagsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RuleWizardPage::changeEvent(event);
}

void RuleTagsPage::retranslateUi()
{
    setTitle(tr("Step 4: Configure tags — optional"));
    setSubTitle(tr("A tag is a label of a key and an optional value, for finding and grouping rules."));
    m_note->setText(tr("Up to 50 tags. Keys are unique."));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_addButton->setText(tr("&Add new tag"));
    m_removeButton->setText(tr("&Remove tag"));
}

} // namespace Pd

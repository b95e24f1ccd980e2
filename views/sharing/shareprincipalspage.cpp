// The share wizard's third step: the sharing scope and the principals, checked as typed.
#include "views/sharing/shareprincipalspage.h"

#include "accounts/accountservice.h"
#include "core/session.h"
#include "sharing/share.h"
#include "views/common/wizardwidgets.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Pd {

SharePrincipalsPage::SharePrincipalsPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("sharePrincipalsPage"));
    m_organizationOnlyRadio = new QRadioButton;
    m_organizationOnlyRadio->setObjectName(QStringLiteral("organizationOnlyRadio"));
    m_anyoneRadio = new QRadioButton;
    m_anyoneRadio->setObjectName(QStringLiteral("anyoneRadio"));
    m_organizationOnlyRadio->setChecked(true);
    m_typeLabel = new QLabel;
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("principalTypeCombo"));
    for (PrincipalKind kind : {PrincipalKind::Account, PrincipalKind::Organization, PrincipalKind::OrganizationalUnit})
        m_typeCombo->addItem(QString(), int(kind));
    m_typeLabel->setBuddy(m_typeCombo);
    m_idLabel = new QLabel;
    m_idEdit = new QLineEdit;
    m_idEdit->setObjectName(QStringLiteral("principalIdEdit"));
    m_idLabel->setBuddy(m_idEdit);
    m_suggestions = new QStringListModel(this);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_idEdit->setCompleter(completer);
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addPrincipalButton"));
    m_hintLabel = new QLabel;
    m_hintLabel->setObjectName(QStringLiteral("principalHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_errorLabel = messageLabel(QStringLiteral("principalErrorLabel"));
    m_errorLabel->hide();
    m_listLabel = new QLabel;
    m_principalList = new QListWidget;
    m_principalList->setObjectName(QStringLiteral("principalList"));
    m_removeButton = new QPushButton;
    m_removeButton->setObjectName(QStringLiteral("removePrincipalButton"));
    m_removeButton->setEnabled(false);

    auto *sharingBox = new QGroupBox;
    sharingBox->setObjectName(QStringLiteral("sharingScopeGroupBox"));
    auto *sharingLayout = new QVBoxLayout(sharingBox);
    sharingLayout->addWidget(m_organizationOnlyRadio);
    sharingLayout->addWidget(m_anyoneRadio);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idEdit, 1);
    idRow->addWidget(m_addButton);
    auto *form = new QFormLayout;
    form->addRow(m_typeLabel, m_typeCombo);
    form->addRow(m_idLabel, idRow);
    form->addRow(QString(), m_hintLabel);
    form->addRow(QString(), m_errorLabel);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_principalList, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    listRow->addLayout(listButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sharingBox);
    layout->addLayout(form);
    layout->addWidget(m_listLabel);
    layout->addLayout(listRow, 1);

    connect(m_addButton, &QPushButton::clicked, this, &SharePrincipalsPage::addPrincipal);
    connect(m_idEdit, &QLineEdit::returnPressed, this, &SharePrincipalsPage::addPrincipal);
    connect(m_idEdit, &QLineEdit::textChanged, m_errorLabel, &QLabel::hide);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &SharePrincipalsPage::updateHint);
    connect(m_principalList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        delete m_principalList->takeItem(m_principalList->currentRow());
        emit completeChanged();
    });
    retranslateUi();
}

bool SharePrincipalsPage::isComplete() const
{
    return m_principalList->count() > 0;
}

QStringList SharePrincipalsPage::principals() const
{
    QStringList result;
    for (int i = 0; i < m_principalList->count(); ++i)
        result.append(m_principalList->item(i)->text());
    return result;
}

void SharePrincipalsPage::setPrincipals(const QStringList &principals)
{
    m_principalList->clear();
    m_principalList->addItems(principals);
    emit completeChanged();
}

bool SharePrincipalsPage::allowExternalPrincipals() const
{
    return m_anyoneRadio->isChecked();
}

void SharePrincipalsPage::setAllowExternalPrincipals(bool allow)
{
    (allow ? m_anyoneRadio : m_organizationOnlyRadio)->setChecked(true);
}

bool SharePrincipalsPage::addPrincipal()
{
    const QString text = m_idEdit->text().trimmed();
    const auto wanted = PrincipalKind(m_typeCombo->currentData().toInt());
    PrincipalKind kind;
    QString problem;
    if (text.isEmpty())
        problem = tr("Enter a principal id first.");
    else if (!principalKindOf(text, &kind) || kind != wanted)
        problem = wanted == PrincipalKind::Account
                      ? tr("“%1” is not an AWS account id: it must be exactly 12 digits.").arg(text)
                  : wanted == PrincipalKind::Organization
                      ? tr("“%1” is not an organization ARN (arn:aws:organizations::ACCOUNT:organization/o-ID).")
                            .arg(text)
                      : tr("“%1” is not an OU ARN (arn:aws:organizations::ACCOUNT:ou/o-ID/ou-ID).").arg(text);
    else if (text == m_session.identity())
        problem = tr("An account can not share with itself.");
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return false;
    }
    if (!principals().contains(text))
        m_principalList->addItem(text);
    m_idEdit->clear();
    emit completeChanged();
    return true;
}

void SharePrincipalsPage::updateHint()
{
    const auto kind = PrincipalKind(m_typeCombo->currentData().toInt());
    QStringList suggestions;
    auto accounts = m_workspace.accounts().accounts();
    auto organizations = m_workspace.accounts().organizations();
    auto units = m_workspace.accounts().organizationalUnits();
    switch (kind) {
    case PrincipalKind::Account:
        m_hintLabel->setText(tr("A 12-digit AWS account id, for example 111111111111."));
        if (accounts) {
            for (const Account &a : accounts.value()) {
                if (a.id != m_session.identity())
                    suggestions.append(a.id);
            }
        }
        break;
    case PrincipalKind::Organization:
        m_hintLabel->setText(tr("Your organization's ARN: every account in it gets access."));
        if (organizations) {
            for (const Organization &o : organizations.value())
                suggestions.append(o.arn);
        }
        break;
    case PrincipalKind::OrganizationalUnit:
        m_hintLabel->setText(tr("An OU ARN: the accounts in the OU and in all OUs below it get access."));
        if (units) {
            for (const OrganizationalUnit &u : units.value())
                suggestions.append(u.arn);
        }
        break;
    }
    m_suggestions->setStringList(suggestions);
    m_errorLabel->hide();
}

void SharePrincipalsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SharePrincipalsPage::retranslateUi()
{
    setTitle(tr("Grant access to principals"));
    setSubTitle(tr("Principals outside your organization, or any account while organization sharing is off, "
                   "get an invitation that they accept within 7 days."));
    m_organizationOnlyRadio->setText(tr("Allow sharing only within your &organization"));
    m_anyoneRadio->setText(tr("Allow sharing with &anyone"));
    m_typeLabel->setText(tr("Principal &type"));
    m_typeCombo->setItemText(0, tr("AWS account"));
    m_typeCombo->setItemText(1, tr("Organization"));
    m_typeCombo->setItemText(2, tr("Organizational unit (OU)"));
    m_idLabel->setText(tr("Principal &id"));
    m_addButton->setText(tr("A&dd"));
    m_listLabel->setText(tr("Selected principals *"));
    m_removeButton->setText(tr("&Remove"));
    updateHint();
}

} // namespace Pd

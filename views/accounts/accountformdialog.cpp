#include "views/accounts/accountformdialog.h"

#include "accounts/accountservice.h"
#include "views/common/messagelabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pd {

namespace {

MessageLabel *errorLabel(const QString &field)
{
    auto *label = new MessageLabel(MessageLabel::Kind::Error);
    label->setObjectName(field.isEmpty() ? QStringLiteral("formErrorLabel") : field + QStringLiteral("ErrorLabel"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A field with its error under it, so that a refusal is read where it is fixed.
QWidget *withError(QWidget *field, MessageLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

// QFormLayout makes no label for an empty text; the rows get theirs in retranslateUi().
QLabel *rowLabel()
{
    return new QLabel;
}

// Names the row of field and lets its mnemonic focus buddy.
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text, QWidget *buddy)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
        label->setText(text);
        label->setBuddy(buddy);
    }
}

void showIn(QHash<QString, MessageLabel *> &errors, const QString &field, const QString &text)
{
    MessageLabel *label = errors.value(field, errors.value(QString()));
    label->setMessage(text, MessageLabel::Kind::Error);
    label->show();
}

QString shown(const QHash<QString, MessageLabel *> &errors, const QString &field)
{
    const MessageLabel *label = errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace

AccountFormDialog::AccountFormDialog(AccountService &accounts, const QString &identity,
                                     const std::optional<Account> &existing, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_identity(identity)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("accountFormDialog"));
    for (const char *field : {"", "account-id", "name", "email", "organization-id", "ou-id"})
        m_errors.insert(QLatin1String(field), errorLabel(QLatin1String(field)));

    m_idEdit = new QLineEdit;
    m_idEdit->setObjectName(QStringLiteral("accountIdEdit"));
    m_idEdit->setMaxLength(12);
    m_idEdit->setPlaceholderText(QStringLiteral("123456789012"));
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("accountNameEdit"));
    m_nameEdit->setMaxLength(50);
    m_emailEdit = new QLineEdit;
    m_emailEdit->setObjectName(QStringLiteral("accountEmailEdit"));
    m_organizationCombo = new QComboBox;
    m_organizationCombo->setObjectName(QStringLiteral("organizationCombo"));
    m_organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_newOrganizationButton = new QPushButton;
    m_newOrganizationButton->setObjectName(QStringLiteral("newOrganizationButton"));
    m_unitCombo = new QComboBox;
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *organizationRow = new QWidget;
    auto *organizationLayout = new QHBoxLayout(organizationRow);
    organizationLayout->setContentsMargins(0, 0, 0, 0);
    organizationLayout->addWidget(m_organizationCombo, 1);
    organizationLayout->addWidget(m_newOrganizationButton);

    m_form = new QFormLayout;
    m_form->addRow(rowLabel(), withError(m_idEdit, m_errors.value(QStringLiteral("account-id"))));
    m_form->addRow(rowLabel(), withError(m_nameEdit, m_errors.value(QStringLiteral("name"))));
    m_form->addRow(rowLabel(), withError(m_emailEdit, m_errors.value(QStringLiteral("email"))));
    m_form->addRow(rowLabel(), withError(organizationRow, m_errors.value(QStringLiteral("organization-id"))));
    m_form->addRow(rowLabel(), withError(m_unitCombo, m_errors.value(QStringLiteral("ou-id"))));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("accountFormButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errors.value(QString()));
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_idEdit->setText(m_existing->id);
        m_idEdit->setReadOnly(true);
        m_nameEdit->setText(m_existing->name);
        m_emailEdit->setText(m_existing->email);
    }
    reloadOrganizations(m_existing ? m_existing->organizationId : QString());
    reloadUnits(m_existing ? m_existing->ouId : QString());
    connect(m_organizationCombo, &QComboBox::currentIndexChanged, this, [this] { reloadUnits(QString()); });
    connect(m_newOrganizationButton, &QPushButton::clicked, this, &AccountFormDialog::newOrganization);
    (m_existing ? m_nameEdit : m_idEdit)->setFocus();
    retranslateUi();
    setMinimumWidth(460);
}

OrganizationFormDialog *AccountFormDialog::organizationDialog() const
{
    return m_organizationDialog;
}

void AccountFormDialog::retranslateUi()
{
    setWindowTitle(m_existing ? tr("Edit account %1").arg(m_existing->id) : tr("Add an account"));
    setRowLabel(m_form, m_idEdit->parentWidget(), tr("Account &ID:"), m_idEdit);
    setRowLabel(m_form, m_nameEdit->parentWidget(), tr("&Name:"), m_nameEdit);
    setRowLabel(m_form, m_emailEdit->parentWidget(), tr("&Email:"), m_emailEdit);
    setRowLabel(m_form, m_organizationCombo->parentWidget()->parentWidget(), tr("&Organization:"), m_organizationCombo);
    setRowLabel(m_form, m_unitCombo->parentWidget(), tr("Organizational &unit:"), m_unitCombo);
    m_idEdit->setToolTip(tr("12 digits, as AWS account ids are."));
    m_emailEdit->setPlaceholderText(tr("optional"));
    m_newOrganizationButton->setText(tr("New organization…"));
    m_organizationCombo->setItemText(0, tr("None"));
    m_unitCombo->setItemText(0, tr("None (directly under the root)"));
}

void AccountFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountFormDialog::reloadOrganizations(const QString &select)
{
    const QSignalBlocker blocker(m_organizationCombo);
    m_organizationCombo->clear();
    m_organizationCombo->addItem(tr("None"), QString());
    if (auto organizations = m_accounts.organizations()) {
        for (const Organization &o : organizations.value())
            m_organizationCombo->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.id), o.id);
    }
    m_organizationCombo->setCurrentIndex(qMax(0, m_organizationCombo->findData(select)));
}

void AccountFormDialog::reloadUnits(const QString &select)
{
    const QString organization = m_organizationCombo->currentData().toString();
    m_unitCombo->clear();
    m_unitCombo->addItem(tr("None (directly under the root)"), QString());
    if (auto units = m_accounts.organizationalUnits()) {
        for (const OrganizationalUnit &u : units.value()) {
            if (u.organizationId == organization)
                m_unitCombo->addItem(QStringLiteral("%1 (%2)").arg(u.name, u.id), u.id);
        }
    }
    m_unitCombo->setCurrentIndex(qMax(0, m_unitCombo->findData(select)));
    m_unitCombo->setEnabled(!organization.isEmpty());
}

void AccountFormDialog::newOrganization()
{
    if (m_organizationDialog)
        return;
    const QString preferred = m_existing ? m_existing->id : m_identity;
    m_organizationDialog = new OrganizationFormDialog(m_accounts, m_identity, preferred, this);
    m_organizationDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_organizationDialog, &QDialog::accepted, this, [this] {
        reloadOrganizations(m_organizationDialog->savedOrganization().id);
        reloadUnits(QString());
    });
    m_organizationDialog->open();
}

QString AccountFormDialog::fieldError(const QString &field) const
{
    return shown(m_errors, field);
}

void AccountFormDialog::showError(const QString &field, const QString &text)
{
    showIn(m_errors, field, text);
}

void AccountFormDialog::clearErrors()
{
    for (MessageLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void AccountFormDialog::accept()
{
    clearErrors();
    Result<Account> saved = Error::internal(QString());
    if (m_existing) {
        AccountChange change;
        change.id = m_existing->id;
        change.name = m_nameEdit->text();
        change.email = m_emailEdit->text();
        change.organizationId = m_organizationCombo->currentData().toString();
        change.ouId = m_unitCombo->currentData().toString();
        saved = m_accounts.updateAccount(m_identity, change);
    } else {
        saved =
            m_accounts.createAccount(m_identity, AccountInput{m_idEdit->text(), m_nameEdit->text(), m_emailEdit->text(),
                                                              m_organizationCombo->currentData().toString(),
                                                              m_unitCombo->currentData().toString()});
    }
    if (!saved) {
        // Under the field it names, in its own words ("a name is required."), else under the form.
        const Error &error = saved.error();
        const bool known = m_errors.contains(error.field) && !error.field.isEmpty();
        showError(known ? error.field : QString(), known ? error.reason : error.message);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

// --- OrganizationFormDialog ---------------------------------------------------------------------

OrganizationFormDialog::OrganizationFormDialog(AccountService &accounts, const QString &identity,
                                               const QString &preferredManagementAccount, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_identity(identity)
{
    setObjectName(QStringLiteral("organizationFormDialog"));
    for (const char *field : {"", "name", "management-account-id"})
        m_errors.insert(QLatin1String(field), errorLabel(QLatin1String(field)));
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("organizationNameEdit"));
    m_nameEdit->setMaxLength(128);
    m_managementCombo = new QComboBox;
    m_managementCombo->setObjectName(QStringLiteral("managementAccountCombo"));
    if (auto all = m_accounts.accounts()) {
        for (const Account &a : all.value())
            m_managementCombo->addItem(a.label(), a.id);
    }
    m_managementCombo->setCurrentIndex(qMax(0, m_managementCombo->findData(preferredManagementAccount)));
    m_form = new QFormLayout;
    m_form->addRow(rowLabel(), withError(m_nameEdit, m_errors.value(QStringLiteral("name"))));
    m_form->addRow(rowLabel(), withError(m_managementCombo, m_errors.value(QStringLiteral("management-account-id"))));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganizationFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errors.value(QString()));
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    setMinimumWidth(420);
}

void OrganizationFormDialog::retranslateUi()
{
    setWindowTitle(tr("New organization"));
    setRowLabel(m_form, m_nameEdit->parentWidget(), tr("&Name:"), m_nameEdit);
    setRowLabel(m_form, m_managementCombo->parentWidget(), tr("&Management account:"), m_managementCombo);
    m_managementCombo->setToolTip(tr("The account that manages the organization; it joins the organization."));
    if (m_managementCombo->count() == 0) {
        // An organization is managed by an account that exists: say so rather than fail on OK.
        showIn(m_errors, QStringLiteral("management-account-id"),
               tr("Add an account first: an organization needs a management account."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void OrganizationFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString OrganizationFormDialog::fieldError(const QString &field) const
{
    return shown(m_errors, field);
}

void OrganizationFormDialog::accept()
{
    for (MessageLabel *label : std::as_const(m_errors))
        label->hide();
    auto created =
        m_accounts.createOrganization(m_identity, m_nameEdit->text(), m_managementCombo->currentData().toString());
    if (!created) {
        const Error &error = created.error();
        const bool known = m_errors.contains(error.field) && !error.field.isEmpty();
        showIn(m_errors, known ? error.field : QString(), known ? error.reason : error.message);
        return;
    }
    m_saved = created.value();
    QDialog::accept();
}

} // namespace Pd

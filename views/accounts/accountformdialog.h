#pragma once

#include "accounts/account.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Pd {

class AccountService;
class MessageLabel;
class OrganizationFormDialog;

// Adds an account, or edits one: id (fixed when editing), name, email, organization and OU. OK asks
// AccountService; a refusal is shown under the field it names and the dialog stays open. "New
// organization…" opens an OrganizationFormDialog and selects what it created.
class AccountFormDialog : public QDialog
{
    Q_OBJECT

public:
    // Without existing, adds an account; with it, edits that one. identity is who the change is
    // recorded as (may be empty in a workspace without accounts).
    AccountFormDialog(AccountService &accounts, const QString &identity, const std::optional<Account> &existing,
                      QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    // The account as saved, once accepted.
    Account savedAccount() const { return m_saved; }
    // What is shown under a field ("account-id", "name", "email", "organization-id", "ou-id", or ""
    // for a message about no field); empty when nothing is.
    QString fieldError(const QString &field) const;
    // The organization dialog opened by "New organization…", while it is open.
    OrganizationFormDialog *organizationDialog() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadOrganizations(const QString &select);
    void reloadUnits(const QString &select);
    void showError(const QString &field, const QString &text);
    void clearErrors();
    void newOrganization();

    AccountService &m_accounts;
    QString m_identity;
    std::optional<Account> m_existing;
    Account m_saved;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QComboBox *m_organizationCombo = nullptr;
    QPushButton *m_newOrganizationButton = nullptr;
    QComboBox *m_unitCombo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, MessageLabel *> m_errors; // by field; "" for the dialog's own message
    QPointer<OrganizationFormDialog> m_organizationDialog; // a child: see AccountsDialog::m_form
};

// Creates an organization: its name and its management account (which joins it).
class OrganizationFormDialog : public QDialog
{
    Q_OBJECT

public:
    // preferredManagementAccount is selected when it exists (the account being edited, or the identity).
    OrganizationFormDialog(AccountService &accounts, const QString &identity, const QString &preferredManagementAccount,
                           QWidget *parent = nullptr);

    Organization savedOrganization() const { return m_saved; }
    QString fieldError(const QString &field) const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AccountService &m_accounts;
    QString m_identity;
    Organization m_saved;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_managementCombo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, MessageLabel *> m_errors;
};

} // namespace Pd

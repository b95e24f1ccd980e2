#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Pd {

class AccountFormDialog;
class AccountService;
class AccountTableModel;
class MessageLabel;
class OrganizationFormDialog;
class Session;

// File › Accounts…: the accounts of the workspace with their organization and OU, and the buttons
// that add, edit and delete them or create an organization. Every change goes through
// AccountService, whose signals refresh this table and the main window's "Act as" list.
// The forms it opens are window-modal but not exec()'d, so tests drive them through currentForm().
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AccountService &accounts, Session &session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AccountTableModel *model() const { return m_model; }
    // The add or edit form, while one is open.
    AccountFormDialog *currentForm() const;
    OrganizationFormDialog *currentOrganizationForm() const;

    AccountFormDialog *addAccount();
    AccountFormDialog *editSelectedAccount();
    // Asks (MessageBox::question) and deletes the selected account; a refusal (what the account still
    // owns) is shown under the table.
    void deleteSelectedAccount();
    OrganizationFormDialog *newOrganization();
    // Selects the row of accountId, when shown.
    void selectAccount(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedAccountId() const;

    AccountService &m_accounts;
    Session &m_session;
    AccountTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_organizationButton = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // QPointer, not a destroyed() connection: the forms are children, and destroyed() of a child
    // fires while this dialog is already half torn down.
    QPointer<AccountFormDialog> m_form;
    QPointer<OrganizationFormDialog> m_organizationForm;
};

} // namespace Pd

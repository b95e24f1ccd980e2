#include "views/accounts/accountsdialog.h"

#include "accounts/accountservice.h"
#include "accounts/accounttablemodel.h"
#include "core/session.h"
#include "views/accounts/accountformdialog.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

AccountsDialog::AccountsDialog(AccountService &accounts, Session &session, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountsDialog"));
    m_model = new AccountTableModel(accounts, this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_editButton = new QPushButton;
    m_editButton->setObjectName(QStringLiteral("editAccountButton"));
    m_deleteButton = new QPushButton;
    m_deleteButton->setObjectName(QStringLiteral("deleteAccountButton"));
    m_organizationButton = new QPushButton;
    m_organizationButton->setObjectName(QStringLiteral("createOrganizationButton"));
    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_deleteButton, m_organizationButton})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch(1);

    m_message = new MessageLabel;
    m_message->setObjectName(QStringLiteral("accountsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttonColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountsDialog::editSelectedAccount);
    connect(m_deleteButton, &QPushButton::clicked, this, &AccountsDialog::deleteSelectedAccount);
    connect(m_organizationButton, &QPushButton::clicked, this, &AccountsDialog::newOrganization);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsDialog::editSelectedAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);

    retranslateUi();
    updateButtons();
    resize(900, 420);
}

void AccountsDialog::retranslateUi()
{
    setWindowTitle(tr("Accounts"));
    m_intro->setText(tr("The accounts of this workspace. Every page acts as one of them (“Act as” in the tool bar)."));
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete"));
    m_organizationButton->setText(tr("New &organization…"));
    m_organizationButton->setToolTip(tr("Create an organization managed by one of the accounts."));
}

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountsDialog::updateButtons()
{
    const bool selected = !selectedAccountId().isEmpty();
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_organizationButton->setEnabled(m_model->rowCount() > 0);
}

QString AccountsDialog::selectedAccountId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(IdRole).toString();
}

void AccountsDialog::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row >= 0)
        m_table->selectRow(row);
}

AccountFormDialog *AccountsDialog::addAccount()
{
    if (m_form)
        return m_form;
    m_message->hide();
    m_form = new AccountFormDialog(m_accounts, m_session.identity(), std::nullopt, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &QDialog::accepted, this, [this] {
        const Account added = m_form->savedAccount();
        selectAccount(added.id);
        // The first account of an empty workspace is who the window acts as.
        if (m_session.identity().isEmpty())
            m_session.setIdentity(added.id);
        m_message->setMessage(tr("Added account %1.").arg(added.label()), MessageLabel::Kind::Success);
        m_message->show();
    });
    m_form->open();
    return m_form;
}

AccountFormDialog *AccountsDialog::currentForm() const
{
    return m_form;
}

OrganizationFormDialog *AccountsDialog::currentOrganizationForm() const
{
    return m_organizationForm;
}

AccountFormDialog *AccountsDialog::editSelectedAccount()
{
    if (m_form)
        return m_form;
    const QString id = selectedAccountId();
    auto account = m_accounts.account(id);
    if (!account)
        return nullptr;
    m_message->hide();
    m_form = new AccountFormDialog(m_accounts, m_session.identity(), account.value(), this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &QDialog::accepted, this, [this] {
        selectAccount(m_form->savedAccount().id);
        m_message->setMessage(tr("Saved account %1.").arg(m_form->savedAccount().label()), MessageLabel::Kind::Success);
        m_message->show();
    });
    m_form->open();
    return m_form;
}

void AccountsDialog::deleteSelectedAccount()
{
    const QString id = selectedAccountId();
    auto account = m_accounts.account(id);
    if (!account)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete account"),
        tr("Delete account %1? Its audit entries stay; the account itself cannot be restored.").arg(account->label()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const Status deleted = m_accounts.deleteAccount(m_session.identity(), id);
    if (!deleted) {
        // Under the table, beside the account it concerns, where it stays while the user looks.
        m_message->setMessage(deleted.error().message, MessageLabel::Kind::Error);
        m_message->show();
        return;
    }
    m_message->setMessage(tr("Deleted account %1.").arg(account->label()), MessageLabel::Kind::Success);
    m_message->show();
}

OrganizationFormDialog *AccountsDialog::newOrganization()
{
    if (m_organizationForm)
        return m_organizationForm;
    const QString preferred = selectedAccountId().isEmpty() ? m_session.identity() : selectedAccountId();
    m_organizationForm = new OrganizationFormDialog(m_accounts, m_session.identity(), preferred, this);
    m_organizationForm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_organizationForm, &QDialog::accepted, this, [this] {
        const Organization created = m_organizationForm->savedOrganization();
        m_message->setMessage(tr("Created organization %1 (%2).").arg(created.name, created.id),
                              MessageLabel::Kind::Success);
        m_message->show();
    });
    m_organizationForm->open();
    return m_organizationForm;
}

} // namespace Pd

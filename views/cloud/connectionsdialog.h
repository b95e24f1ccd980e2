#pragma once

#include "cloud/awsconfigfiles.h"
#include "connected/cloudactions.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Pd {

class AccountService;
class MessageLabel;
class Session;
class ProfileFormDialog;
class ProfileImportDialog;
class ProfileService;
class ProfileTableModel;

// File › Connections…: the AWS profiles of the workspace (name, region, credentials, the account
// id a test found and when), with Add, Edit, Remove and Import from the AWS CLI's files. Every change
// goes through ProfileService (keys to the keychain, never to a widget's memory longer than the
// form is open). Test (with cloud actions set) asks sts:GetCallerIdentity through the selected
// profile, busy with a Cancel button; the account it reaches becomes a connected account. Each
// profile's state (connected, offline, error, never tested) is a column of the table. The forms are
// window-modal and not exec()'d, so tests drive them through currentForm() / currentImport().
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // The AWS CLI's files are looked for where the AWS CLI looks (environment and home folder);
    // tests pass their own.
    ConnectionsDialog(ProfileService &profiles, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ProfileTableModel *model() const { return m_model; }
    ProfileFormDialog *currentForm() const;
    ProfileImportDialog *currentImport() const;

    ProfileFormDialog *addProfile();
    ProfileFormDialog *editSelectedProfile();
    // Asks (MessageBox::question, naming the profile) and removes it with its keychain entry; a
    // refusal is shown under the table.
    void removeSelectedProfile();
    ProfileImportDialog *importFromAwsCli();
    // Enables Test: profiles are tested through `actions` (not owned) acting as the session's
    // identity, and the table shows the state of the accounts they reach.
    void setCloudActions(CloudActions *actions, AccountService &accounts, Session &session);
    // Tests the selected profile; false when none is selected or a test runs.
    bool testSelectedProfile();
    void cancelTest();
    CloudJob *currentTest() const { return m_test; }
    void selectProfile(const QString &name);
    void setAwsConfigSources(const AwsConfigPaths &paths, const QProcessEnvironment &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedName() const;
    void showMessage(const QString &text, bool error);
    void updateStates();

    ProfileService &m_profiles;
    ProfileTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelTestButton = nullptr;
    QPointer<CloudActions> m_cloudActions;
    AccountService *m_accounts = nullptr;
    Session *m_session = nullptr;
    QPointer<CloudJob> m_test;
    bool m_testCancelled = false;
    QString m_selectedBeforeReset;
    // The last test's failure of each profile in this dialog's life, shown as its state.
    QHash<QString, QString> m_failures;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ProfileFormDialog> m_form;
    QPointer<ProfileImportDialog> m_import;
    AwsConfigPaths m_paths;
    QProcessEnvironment m_environment;
    bool m_busy = false;
};

} // namespace Pd

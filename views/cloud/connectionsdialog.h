#pragma once

#include "cloud/awsconfigfiles.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Pd {

class MessageLabel;
class ProfileFormDialog;
class ProfileImportDialog;
class ProfileService;
class ProfileTableModel;

// File › Connections…: the AWS profiles of the workspace (name, region, credentials, the account
// id a test found and when), with Add, Edit, Remove and Import from the AWS CLI's files. Every change
// goes through ProfileService (keys to the keychain, never to a widget's memory longer than the
// form is open). Test stays disabled until the AWS client is wired in. The forms are window-modal
// and not exec()'d, so tests drive them through currentForm() / currentImport().
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
    void selectProfile(const QString &name);
    void setAwsConfigSources(const AwsConfigPaths &paths, const QProcessEnvironment &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedName() const;
    void showMessage(const QString &text, bool error);

    ProfileService &m_profiles;
    ProfileTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ProfileFormDialog> m_form;
    QPointer<ProfileImportDialog> m_import;
    AwsConfigPaths m_paths;
    QProcessEnvironment m_environment;
    bool m_busy = false;
};

} // namespace Pd

#pragma once

#include "cloud/profile.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace Pd {

class MessageLabel;
class ProfileService;

// Adds a profile or edits one: name (fixed when editing), region, endpoint, and either static keys
// (secret fields with echo off; when editing, empty keeps the keys in the keychain) or a role to
// assume from another profile. OK asks ProfileService; while the keychain answers the form waits;
// a refusal is shown in the form, which stays open. The typed secret is cleared once saved.
class ProfileFormDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileFormDialog(ProfileService &profiles, const std::optional<Profile> &existing, QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    Profile savedProfile() const { return m_saved; }
    // The message shown in the form; empty when none.
    QString errorText() const;
    // True while the service has not answered yet.
    bool isBusy() const { return m_busy; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateKind();
    Profile profileFromFields() const;
    void finished(const Status &status, const Profile &profile);

    ProfileService &m_profiles;
    std::optional<Profile> m_existing;
    Profile m_saved;
    bool m_busy = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_regionEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QGroupBox *m_keysBox = nullptr;
    QFormLayout *m_keysForm = nullptr;
    QLineEdit *m_accessKeyEdit = nullptr;
    QLineEdit *m_secretKeyEdit = nullptr;
    QLineEdit *m_sessionTokenEdit = nullptr;
    QGroupBox *m_roleBox = nullptr;
    QFormLayout *m_roleForm = nullptr;
    QLineEdit *m_roleArnEdit = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QLineEdit *m_externalIdEdit = nullptr;
    QLineEdit *m_sessionNameEdit = nullptr;
    QSpinBox *m_durationSpin = nullptr;
    QLineEdit *m_mfaEdit = nullptr;
    MessageLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Pd

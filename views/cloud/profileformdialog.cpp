#include "views/cloud/profileformdialog.h"

#include "cloud/profileservice.h"
#include "views/common/messagelabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pd {

namespace {

QLineEdit *lineEdit(const char *objectName, QLineEdit::EchoMode echo = QLineEdit::Normal)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setEchoMode(echo);
    if (echo != QLineEdit::Normal) {
        // Not offered to input methods' dictionaries and not copied out.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    return edit;
}

// A row with a label of its own (addRow() with an empty text makes none, and the text comes later).
void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

ProfileFormDialog::ProfileFormDialog(ProfileService &profiles, const std::optional<Profile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("profileFormDialog"));
    setWindowModality(Qt::WindowModal);
    m_nameEdit = lineEdit("profileNameEdit");
    m_regionEdit = lineEdit("regionEdit");
    m_regionEdit->setPlaceholderText(QStringLiteral("us-east-1"));
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->addItem(QString(), profileKindName(ProfileKind::Static));
    m_kindCombo->addItem(QString(), profileKindName(ProfileKind::AssumeRole));
    m_endpointEdit = lineEdit("endpointUrlEdit");
    m_endpointEdit->setPlaceholderText(QStringLiteral("http://localhost:4566"));

    m_accessKeyEdit = lineEdit("accessKeyIdEdit");
    m_secretKeyEdit = lineEdit("secretAccessKeyEdit", QLineEdit::Password);
    m_sessionTokenEdit = lineEdit("sessionTokenEdit", QLineEdit::Password);
    m_keysBox = new QGroupBox;
    m_keysBox->setObjectName(QStringLiteral("keysGroupBox"));
    m_keysForm = new QFormLayout(m_keysBox);
    addRow(m_keysForm, m_accessKeyEdit);
    addRow(m_keysForm, m_secretKeyEdit);
    addRow(m_keysForm, m_sessionTokenEdit);

    m_roleArnEdit = lineEdit("roleArnEdit");
    m_roleArnEdit->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/Name"));
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("sourceProfileComboBox"));
    if (auto all = profiles.profiles()) {
        for (const Profile &p : all.value()) {
            if (!existing || p.name != existing->name)
                m_sourceCombo->addItem(p.name, p.name);
        }
    }
    m_externalIdEdit = lineEdit("externalIdEdit");
    m_sessionNameEdit = lineEdit("roleSessionNameEdit");
    m_durationSpin = new QSpinBox;
    m_durationSpin->setObjectName(QStringLiteral("durationSpinBox"));
    // 0 shows the special text: the default session length.
    m_durationSpin->setRange(0, 43200);
    m_durationSpin->setSingleStep(900);
    m_mfaEdit = lineEdit("mfaSerialEdit");
    m_roleBox = new QGroupBox;
    m_roleBox->setObjectName(QStringLiteral("roleGroupBox"));
    m_roleForm = new QFormLayout(m_roleBox);
    addRow(m_roleForm, m_roleArnEdit);
    addRow(m_roleForm, m_sourceCombo);
    addRow(m_roleForm, m_externalIdEdit);
    addRow(m_roleForm, m_sessionNameEdit);
    addRow(m_roleForm, m_durationSpin);
    addRow(m_roleForm, m_mfaEdit);

    m_form = new QFormLayout;
    addRow(m_form, m_nameEdit);
    addRow(m_form, m_regionEdit);
    addRow(m_form, m_endpointEdit);
    addRow(m_form, m_kindCombo);

    m_error = new MessageLabel(MessageLabel::Kind::Error);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_keysBox);
    layout->addWidget(m_roleBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (existing) {
        m_nameEdit->setText(existing->name);
        m_nameEdit->setReadOnly(true);
        m_regionEdit->setText(existing->region);
        m_endpointEdit->setText(existing->endpointUrl);
        m_kindCombo->setCurrentIndex(existing->isAssumeRole() ? 1 : 0);
        m_roleArnEdit->setText(existing->roleArn);
        const int source = m_sourceCombo->findData(existing->sourceProfile);
        if (source >= 0)
            m_sourceCombo->setCurrentIndex(source);
        m_externalIdEdit->setText(existing->externalId);
        m_sessionNameEdit->setText(existing->roleSessionName);
        m_durationSpin->setValue(existing->durationSeconds);
        m_mfaEdit->setText(existing->mfaSerial);
    }
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ProfileFormDialog::updateKind);
    retranslateUi();
    updateKind();
    setMinimumWidth(560);
}

void ProfileFormDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit profile %1").arg(m_existing->name) : tr("Add profile"));
    setLabel(m_form, m_nameEdit, tr("&Name:"));
    setLabel(m_form, m_regionEdit, tr("&Region:"));
    setLabel(m_form, m_endpointEdit, tr("&Endpoint URL:"));
    setLabel(m_form, m_kindCombo, tr("&Credentials:"));
    m_nameEdit->setToolTip(tr("Letters, digits and - _ . @ + = , as in the AWS CLI's files."));
    m_endpointEdit->setToolTip(tr("Optional: send this profile's requests to an emulator instead of AWS."));
    m_kindCombo->setItemText(0, tr("Access keys"));
    m_kindCombo->setItemText(1, tr("Assume a role with another profile"));
    m_keysBox->setTitle(tr("Access keys (kept in the system keychain)"));
    setLabel(m_keysForm, m_accessKeyEdit, tr("Access &key ID:"));
    setLabel(m_keysForm, m_secretKeyEdit, tr("&Secret access key:"));
    setLabel(m_keysForm, m_sessionTokenEdit, tr("Session &token:"));
    const bool keepKeys = isEditing() && !m_existing->isAssumeRole();
    m_accessKeyEdit->setPlaceholderText(keepKeys ? tr("unchanged") : QString());
    m_secretKeyEdit->setPlaceholderText(keepKeys ? tr("unchanged") : QString());
    m_sessionTokenEdit->setPlaceholderText(tr("optional"));
    m_roleBox->setTitle(tr("Role to assume"));
    setLabel(m_roleForm, m_roleArnEdit, tr("Role &ARN:"));
    setLabel(m_roleForm, m_sourceCombo, tr("&Source profile:"));
    setLabel(m_roleForm, m_externalIdEdit, tr("E&xternal ID:"));
    setLabel(m_roleForm, m_sessionNameEdit, tr("Session na&me:"));
    setLabel(m_roleForm, m_durationSpin, tr("&Duration:"));
    setLabel(m_roleForm, m_mfaEdit, tr("&MFA device:"));
    m_durationSpin->setSpecialValueText(tr("default (1 hour)"));
    m_durationSpin->setSuffix(tr(" s"));
    m_externalIdEdit->setPlaceholderText(tr("optional"));
    m_sessionNameEdit->setPlaceholderText(tr("optional"));
    m_mfaEdit->setPlaceholderText(tr("optional; the code is asked for when the role is assumed"));
}

void ProfileFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileFormDialog::updateKind()
{
    const bool role = m_kindCombo->currentIndex() == 1;
    m_keysBox->setVisible(!role);
    m_roleBox->setVisible(role);
    if (isVisible())
        adjustSize();
}

Profile ProfileFormDialog::profileFromFields() const
{
    Profile p = m_existing.value_or(Profile());
    p.name = m_nameEdit->text().trimmed();
    p.region = m_regionEdit->text().trimmed();
    p.endpointUrl = m_endpointEdit->text().trimmed();
    const bool role = m_kindCombo->currentIndex() == 1;
    p.kind = role ? ProfileKind::AssumeRole : ProfileKind::Static;
    p.roleArn = role ? m_roleArnEdit->text().trimmed() : QString();
    p.sourceProfile = role ? m_sourceCombo->currentData().toString() : QString();
    p.externalId = role ? m_externalIdEdit->text().trimmed() : QString();
    p.roleSessionName = role ? m_sessionNameEdit->text().trimmed() : QString();
    p.durationSeconds = role ? m_durationSpin->value() : 0;
    p.mfaSerial = role ? m_mfaEdit->text().trimmed() : QString();
    return p;
}

QString ProfileFormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProfileFormDialog::accept()
{
    if (m_busy)
        return;
    const Profile profile = profileFromFields();
    AwsCredentials keys{m_accessKeyEdit->text().trimmed(), m_secretKeyEdit->text().trimmed(),
                        m_sessionTokenEdit->text().trimmed()};
    const bool keysTyped =
        !keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty() || !keys.sessionToken.isEmpty();
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->hide();
    QPointer<ProfileFormDialog> self(this);
    auto done = [self, profile](Status status) {
        if (self)
            self->finished(status, profile);
    };
    if (!isEditing())
        m_profiles.add(profile, profile.isAssumeRole() ? AwsCredentials() : keys, done);
    else
        m_profiles.update(
            profile, !profile.isAssumeRole() && keysTyped ? std::optional<AwsCredentials>(keys) : std::nullopt, done);
}

void ProfileFormDialog::finished(const Status &status, const Profile &profile)
{
    m_busy = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!status) {
        m_error->setMessage(status.error().message, MessageLabel::Kind::Error);
        m_error->show();
        return;
    }
    // The keys are in the keychain now; the form forgets them.
    m_secretKeyEdit->clear();
    m_sessionTokenEdit->clear();
    m_accessKeyEdit->clear();
    auto saved = m_profiles.profile(profile.name);
    m_saved = saved ? saved.value() : profile;
    QDialog::accept();
}

} // namespace Pd

#include "views/cloud/connectionsdialog.h"

#include "accounts/accountservice.h"
#include "cloud/profileservice.h"
#include "cloud/profiletablemodel.h"
#include "connected/cloudactions.h"
#include "core/session.h"
#include "itemmodels/columntablemodel.h"
#include "views/cloud/profileformdialog.h"
#include "views/cloud/profileimportdialog.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

ConnectionsDialog::ConnectionsDialog(ProfileService &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    setObjectName(QStringLiteral("connectionsDialog"));
    m_paths = awsConfigPaths(m_environment, QDir::homePath());
    m_model = new ProfileTableModel(profiles, this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("profilesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_editButton = new QPushButton;
    m_editButton->setObjectName(QStringLiteral("editProfileButton"));
    m_testButton = new QPushButton;
    m_testButton->setObjectName(QStringLiteral("testProfileButton"));
    m_removeButton = new QPushButton;
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_importButton = new QPushButton;
    m_importButton->setObjectName(QStringLiteral("importProfilesButton"));
    m_cancelTestButton = new QPushButton;
    m_cancelTestButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTestButton->hide();
    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_testButton, m_cancelTestButton, m_removeButton})
        buttonColumn->addWidget(button);
    buttonColumn->addSpacing(12);
    buttonColumn->addWidget(m_importButton);
    buttonColumn->addStretch(1);

    m_message = new MessageLabel;
    m_message->setObjectName(QStringLiteral("connectionsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionsDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttonColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectionsDialog::editSelectedProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelectedProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testSelectedProfile);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &ConnectionsDialog::cancelTest);
    connect(m_importButton, &QPushButton::clicked, this, &ConnectionsDialog::importFromAwsCli);
    connect(m_table, &QTableView::doubleClicked, this, &ConnectionsDialog::editSelectedProfile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsDialog::updateButtons);
    // A reload (a test records what it found) keeps the selected profile selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = selectedName(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty())
            selectProfile(m_selectedBeforeReset);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsDialog::updateStates);

    retranslateUi();
    updateButtons();
    resize(860, 400);
}

ProfileFormDialog *ConnectionsDialog::currentForm() const
{
    return m_form;
}

ProfileImportDialog *ConnectionsDialog::currentImport() const
{
    return m_import;
}

void ConnectionsDialog::setAwsConfigSources(const AwsConfigPaths &paths, const QProcessEnvironment &environment)
{
    m_paths = paths;
    m_environment = environment;
}

void ConnectionsDialog::retranslateUi()
{
    setWindowTitle(tr("Connections"));
    m_intro->setText(tr("AWS profiles connect this workspace to real accounts. Their settings are kept in the "
                        "workspace; their keys only in the system keychain."));
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_testButton->setText(tr("&Test"));
    m_testButton->setToolTip(m_cloudActions ? tr("Ask the cloud who this profile is and in which account; that "
                                                 "account then appears connected.")
                                            : tr("Testing a profile needs the main window's connections."));
    m_cancelTestButton->setText(tr("Cancel test"));
    m_removeButton->setText(tr("&Remove"));
    m_importButton->setText(tr("&Import from AWS CLI…"));
    m_importButton->setToolTip(
        tr("Reads %1 and %2.")
            .arg(QDir::toNativeSeparators(m_paths.config), QDir::toNativeSeparators(m_paths.credentials)));
}

void ConnectionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionsDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    const bool testing = m_test != nullptr;
    m_addButton->setEnabled(!testing);
    m_importButton->setEnabled(!testing);
    m_editButton->setEnabled(selected && !m_busy && !testing);
    m_removeButton->setEnabled(selected && !m_busy && !testing);
    m_testButton->setEnabled(selected && !m_busy && !testing && m_cloudActions);
    m_cancelTestButton->setVisible(testing);
}

void ConnectionsDialog::setCloudActions(CloudActions *actions, AccountService &accounts, Session &session)
{
    m_cloudActions = actions;
    m_accounts = &accounts;
    m_session = &session;
    connect(&accounts, &AccountService::accountsChanged, this, &ConnectionsDialog::updateStates);
    connect(&accounts, &AccountService::connectionStateChanged, this, &ConnectionsDialog::updateStates);
    retranslateUi();
    updateStates();
    updateButtons();
}

void ConnectionsDialog::updateStates()
{
    if (!m_accounts)
        return;
    using State = ProfileTableModel::ConnectionState;
    QHash<QString, ProfileTableModel::StateInfo> states;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Profile p = m_model->profile(row);
        ProfileTableModel::StateInfo info;
        const auto failure = m_failures.constFind(p.name);
        std::optional<MirrorStatus> status;
        if (!p.accountId.isEmpty()) {
            if (auto read = m_accounts->mirrorStatus(p.accountId, MirrorKind::Pipelines))
                status = read.value();
        }
        if (failure != m_failures.constEnd()) {
            info = {State::Error, *failure};
        } else if (status && status->profile == p.name) {
            if (status->state == Pd::ConnectionState::Expired)
                info = {State::Expired, status->offlineReason};
            else if (status->state == Pd::ConnectionState::Error)
                info = {State::Error, status->offlineReason};
            else if (status->offline)
                info = {State::Offline, status->offlineReason};
            else
                info = {State::Connected, tr("Account %1 as %2").arg(p.accountId, p.callerArn)};
        } else {
            info = {p.testedAt == 0 ? State::NeverTested : State::Tested, QString()};
        }
        states.insert(p.name, info);
    }
    m_model->setStates(states);
}

bool ConnectionsDialog::testSelectedProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy || m_test || !m_cloudActions)
        return false;
    m_testCancelled = false;
    m_test = m_cloudActions->testProfile(m_session->identity(), name);
    showMessage(tr("Testing profile %1…").arg(name), false);
    updateButtons();
    connect(m_test, &CloudJob::finished, this, [this, job = m_test.data(), name] {
        m_test = nullptr;
        const Status status = job->status();
        if (status) {
            m_failures.remove(name);
            const auto read = m_profiles.profile(name);
            const Profile tested = read ? read.value() : Profile();
            showMessage(tr("Profile %1 reached account %2 as %3. The account is connected: choose it under "
                           "\"Act as\" and refresh (F5) to read it.")
                            .arg(name, job->value(), tested.callerArn),
                        false);
        } else if (m_testCancelled) {
            showMessage(tr("Test of profile %1 cancelled.").arg(name), false);
        } else {
            m_failures.insert(name, status.error().message);
            // The cloud's words and its request id, which a support case asks for.
            const QString details = status.error().details;
            showMessage(details.isEmpty() ? status.error().message
                                          : status.error().message + QLatin1Char('\n') + details,
                        true);
        }
        updateStates();
        updateButtons();
    });
    return true;
}

void ConnectionsDialog::cancelTest()
{
    if (!m_test)
        return;
    m_testCancelled = true;
    m_test->cancel();
}

QString ConnectionsDialog::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(IdRole).toString();
}

void ConnectionsDialog::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionsDialog::showMessage(const QString &text, bool error)
{
    m_message->setMessage(text, error ? MessageLabel::Kind::Error : MessageLabel::Kind::Success);
    m_message->show();
}

ProfileFormDialog *ConnectionsDialog::addProfile()
{
    if (m_form)
        return m_form;
    m_message->hide();
    m_form = new ProfileFormDialog(m_profiles, std::nullopt, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &QDialog::accepted, this, [this] {
        const Profile added = m_form->savedProfile();
        selectProfile(added.name);
        showMessage(tr("Added profile %1.").arg(added.name), false);
    });
    m_form->open();
    return m_form;
}

ProfileFormDialog *ConnectionsDialog::editSelectedProfile()
{
    if (m_form)
        return m_form;
    auto profile = m_profiles.profile(selectedName());
    if (!profile)
        return nullptr;
    m_message->hide();
    m_form = new ProfileFormDialog(m_profiles, profile.value(), this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &QDialog::accepted, this, [this] {
        selectProfile(m_form->savedProfile().name);
        showMessage(tr("Saved profile %1.").arg(m_form->savedProfile().name), false);
    });
    m_form->open();
    return m_form;
}

void ConnectionsDialog::removeSelectedProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy)
        return;
    const auto answer =
        MessageBox::question(this, tr("Remove profile"),
                             tr("Remove profile %1? Its keys are deleted from the keychain; the AWS CLI's own files "
                                "are not touched.")
                                 .arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_busy = true;
    updateButtons();
    QPointer<ConnectionsDialog> self(this);
    m_profiles.remove(name, [self, name](Status removed) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (removed)
            self->showMessage(tr("Removed profile %1.").arg(name), false);
        else
            self->showMessage(removed.error().message, true);
    });
}

ProfileImportDialog *ConnectionsDialog::importFromAwsCli()
{
    if (m_import)
        return m_import;
    m_message->hide();
    m_import = new ProfileImportDialog(m_profiles, m_paths, m_environment, this);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    m_import->open();
    return m_import;
}

} // namespace Pd

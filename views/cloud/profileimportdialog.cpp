#include "views/cloud/profileimportdialog.h"

#include "views/common/messagelabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pd {

ProfileImportDialog::ProfileImportDialog(ProfileService &profiles, const AwsConfigPaths &paths,
                                         const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_paths(paths)
    , m_environment(environment)
{
    setObjectName(QStringLiteral("profileImportDialog"));
    setWindowModality(Qt::WindowModal);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QTreeWidget;
    m_view->setObjectName(QStringLiteral("importPlanView"));
    m_view->setRootIsDecorated(false);
    m_view->setColumnCount(4);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_warningsLabel = new QLabel;
    m_warnings = new QTreeWidget;
    m_warnings->setObjectName(QStringLiteral("importWarningsView"));
    m_warnings->setRootIsDecorated(false);
    m_warnings->setColumnCount(2);
    m_warnings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warnings->header()->setStretchLastSection(true);
    m_warnings->setMaximumHeight(120);
    m_message = new MessageLabel;
    m_message->setObjectName(QStringLiteral("importMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("applyImportButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ProfileImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    reload();
    retranslateUi();
    resize(980, 460);
}

void ProfileImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import from the AWS CLI"));
    m_intro->setText(tr("Profiles in %1 and %2, and the AWS_* environment variables. Names are kept; keys go to "
                        "the system keychain. Nothing is changed until you choose Import.")
                         .arg(QDir::toNativeSeparators(m_paths.config), QDir::toNativeSeparators(m_paths.credentials)));
    m_view->setHeaderLabels({tr("Action"), tr("Profile"), tr("From"), tr("Note")});
    m_warnings->setHeaderLabels({tr("Where"), tr("Warning")});
    m_warningsLabel->setText(tr("Lines that were not understood:"));
    m_importButton->setText(tr("&Import"));
    showPlan(nullptr);
}

void ProfileImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileImportDialog::reload()
{
    auto plan = m_profiles.planImport(readAwsConfig(m_paths, m_environment));
    if (!plan) {
        m_plan = ProfileImportPlan();
        m_message->setMessage(plan.error().message, MessageLabel::Kind::Error);
        m_message->show();
    } else {
        m_plan = plan.value();
    }
    m_importButton->setEnabled(
        m_plan.count(ProfileImportItem::Action::Add) + m_plan.count(ProfileImportItem::Action::Replace) > 0);
}

void ProfileImportDialog::showPlan(const ProfileImportOutcome *outcome)
{
    m_view->clear();
    for (const ProfileImportItem &item : m_plan.items) {
        QString action;
        QString note = item.reason;
        MessageLabel::Kind kind = MessageLabel::Kind::None;
        switch (item.action) {
        case ProfileImportItem::Action::Add: action = m_applied ? tr("Added") : tr("Add"); break;
        case ProfileImportItem::Action::Replace: action = m_applied ? tr("Replaced") : tr("Replace"); break;
        case ProfileImportItem::Action::Unsupported:
            action = tr("Skip");
            kind = MessageLabel::Kind::Warning;
            break;
        }
        if (item.action != ProfileImportItem::Action::Unsupported) {
            if (item.action == ProfileImportItem::Action::Replace && !m_applied)
                note = tr("A profile of this name is in the workspace: its settings and keys are replaced.");
            if (item.imported.credentialsFromEnvironment)
                note = tr("Keys from the environment (AWS_ACCESS_KEY_ID).");
            if (outcome) {
                for (const auto &applied : outcome->applied) {
                    if (applied.name == item.name && !applied.status) {
                        action = tr("Failed");
                        note = applied.status.error().message;
                        kind = MessageLabel::Kind::Error;
                    }
                }
            }
        }
        // The file's name and line; the whole path in the tooltip and in the introduction above.
        const int colon = item.origin.lastIndexOf(QLatin1Char(':'));
        const bool hasLine = colon > 0 && item.origin.mid(colon + 1).toInt() > 0;
        const QString origin =
            hasLine ? QFileInfo(item.origin.left(colon)).fileName() + item.origin.mid(colon) : item.origin;
        auto *row = new QTreeWidgetItem(m_view, {action, item.name, origin, note});
        row->setToolTip(2, QDir::toNativeSeparators(item.origin));
        row->setToolTip(3, note);
        if (kind != MessageLabel::Kind::None)
            row->setForeground(0, MessageLabel::color(kind, palette()));
    }
    m_warnings->clear();
    for (const AwsConfigWarning &w : m_plan.warnings) {
        const QString file = QFileInfo(w.file).fileName();
        const QString where = w.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(w.line) : file;
        auto *row = new QTreeWidgetItem(m_warnings, {where, w.message});
        row->setToolTip(0, QDir::toNativeSeparators(w.file));
        row->setToolTip(1, w.message);
    }
    m_warningsLabel->setVisible(!m_plan.warnings.isEmpty());
    m_warnings->setVisible(!m_plan.warnings.isEmpty());
    if (m_plan.items.isEmpty() && m_message->isHidden()) {
        m_message->setMessage(tr("The AWS CLI's files have no profiles."), MessageLabel::Kind::Info);
        m_message->show();
    }
}

void ProfileImportDialog::apply()
{
    if (m_busy || m_applied)
        return;
    m_busy = true;
    m_importButton->setEnabled(false);
    QPointer<ProfileImportDialog> self(this);
    m_profiles.applyImport(m_plan, [self](ProfileImportOutcome outcome) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_applied = true;
        self->showPlan(&outcome);
        int failed = 0;
        for (const auto &a : outcome.applied)
            failed += a.status ? 0 : 1;
        const int done = int(outcome.applied.size()) - failed;
        if (failed == 0)
            self->m_message->setMessage(tr("Imported %n profile(s).", nullptr, done), MessageLabel::Kind::Success);
        else
            self->m_message->setMessage(
                tr("Imported %1 of %2 profiles; see the list for what failed.").arg(done).arg(outcome.applied.size()),
                MessageLabel::Kind::Error);
        self->m_message->show();
    });
}

} // namespace Pd

#include "views/sharing/sharespage.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "sharing/sharemodels.h"
#include "sharing/sharingservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/common/pagewidgets.h"
#include "views/sharing/sharewizard.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

SharesPage::SharesPage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("sharesPage"));
    m_model = new ShareTableModel(workspace.sharing(), workspace.access(), session, this);
    m_proxy = new CollatingProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_title = createPageTitle();
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("shareFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("shareTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShareTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    m_createButton = new QPushButton;
    m_createButton->setObjectName(QStringLiteral("createShareButton"));
    m_editButton = new QPushButton;
    m_editButton->setObjectName(QStringLiteral("editShareButton"));
    m_deleteButton = new QPushButton;
    m_deleteButton->setObjectName(QStringLiteral("deleteShareButton"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_busy = new BusyAction;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_messageLabel);

    connect(m_createButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { openWizard(currentArn()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openWizard(currentArn()); });
    connect(m_deleteButton, &QPushButton::clicked, this, &SharesPage::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SharesPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SharesPage::updateButtons);
    connect(&session, &Session::identityChanged, m_messageLabel, &QLabel::clear);
    connect(&session, &Session::identityChanged, this, &SharesPage::updateButtons);
    retranslateUi();
    updateButtons();
}

QString SharesPage::currentArn() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void SharesPage::setCloudActions(CloudActions *actions)
{
    m_actions = actions;
    updateButtons();
}

void SharesPage::updateButtons()
{
    const bool has = !currentArn().isEmpty();
    // Without CloudActions a connected account's shares cannot change here: the wizard and delete
    // would be refused at the end, so they are off from the start with the reason.
    const QString refused = m_actions ? QString() : localChangeRefusal(m_workspace, m_session.identity());
    // One cloud action at a time: the page waits for the cloud's answer before the next.
    const bool can = refused.isEmpty() && !m_busy->isBusy();
    m_createButton->setEnabled(can);
    m_editButton->setEnabled(can && has);
    m_deleteButton->setEnabled(can && has);
    for (QPushButton *button : {m_createButton, m_editButton, m_deleteButton})
        button->setToolTip(refused);
}

ShareWizard *SharesPage::openWizard(const QString &shareArn)
{
    auto *wizard = new ShareWizard(m_workspace, m_session, shareArn, this);
    wizard->setCloudActions(m_actions);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        m_messageLabel->setText(wizard->isEditing() ? tr("Saved the resource share %1.").arg(wizard->shareArn())
                                                    : tr("Created the resource share %1.").arg(wizard->shareArn()));
    });
    wizard->open();
    return wizard;
}

void SharesPage::deleteCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString arn = current.data(IdRole).toString();
    const QString name = m_proxy->index(current.row(), ShareTableModel::Name).data().toString();
    if (MessageBox::question(
            this, QString(),
            tr("Delete the resource share “%1”? Every principal loses access to its pipelines at once.").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        CloudJob *job = m_actions->deleteShare(m_session.identity(), arn);
        m_busy->track(job, tr("Deleting the resource share “%1”…").arg(name));
        updateButtons();
        connect(job, &CloudJob::finished, this, [this, job, name] {
            const Status status = job->status();
            updateButtons();
            m_messageLabel->setText(m_busy->outcome(status, tr("Deleted the resource share “%1”.").arg(name)));
        });
        return;
    }
    const Status deleted = m_workspace.sharing().remove(m_session.identity(), arn);
    m_messageLabel->setText(deleted ? tr("Deleted the resource share “%1”.").arg(name) : deleted.error().message);
}

void SharesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SharesPage::retranslateUi()
{
    m_title->setText(tr("Resource shares"));
    m_intro->setText(tr("Pipelines this account shares with other accounts, its organization or OUs."));
    m_filter->setPlaceholderText(tr("Filter shares by name, pipeline or principal"));
    m_createButton->setText(tr("&Create resource share…"));
    m_editButton->setText(tr("&Edit…"));
    m_deleteButton->setText(tr("&Delete"));
}

} // namespace Pd

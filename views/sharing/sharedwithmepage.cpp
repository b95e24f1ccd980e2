#include "views/sharing/sharedwithmepage.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "sharing/sharemodels.h"
#include "sharing/sharingservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagebox.h"
#include "views/common/pagewidgets.h"
#include "views/sharing/crossaccountexecutionsview.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pd {

namespace {

int rowOf(const InvitationTableModel &model, const QString &arn)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(IdRole).toString() == arn)
            return row;
    }
    return -1;
}

} // namespace

SharedWithMePage::SharedWithMePage(Workspace &workspace, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("sharedWithMePage"));
    m_invitations = new InvitationTableModel(workspace.sharing(), session, this);
    m_invitationProxy = new CollatingProxyModel(this);
    m_invitationProxy->setSourceModel(m_invitations);
    m_resources =
        new SharedResourceTableModel(workspace.sharing(), workspace.access(), workspace.accounts(), session, this);
    m_resourceProxy = new CollatingProxyModel(this);
    m_resourceProxy->setSourceModel(m_resources);

    m_title = createPageTitle();

    m_invitationTable = createTableView(QStringLiteral("invitationTable"), m_invitationProxy, true);
    m_invitationTable->sortByColumn(InvitationTableModel::Received, Qt::DescendingOrder);
    m_acceptButton = new QPushButton;
    m_acceptButton->setObjectName(QStringLiteral("acceptInvitationButton"));
    m_rejectButton = new QPushButton;
    m_rejectButton->setObjectName(QStringLiteral("rejectInvitationButton"));
    m_invitationMessage = new QLabel;
    m_invitationMessage->setObjectName(QStringLiteral("invitationMessageLabel"));
    m_invitationMessage->setWordWrap(true);
    auto *invitationPage = new QWidget;
    auto *invitationButtons = new QHBoxLayout;
    invitationButtons->addWidget(m_acceptButton);
    invitationButtons->addWidget(m_rejectButton);
    invitationButtons->addStretch();
    auto *invitationLayout = new QVBoxLayout(invitationPage);
    invitationLayout->addWidget(m_invitationTable, 1);
    invitationLayout->addLayout(invitationButtons);
    m_busy = new BusyAction;
    invitationLayout->addWidget(m_busy);
    invitationLayout->addWidget(m_invitationMessage);

    m_resourceTable = createTableView(QStringLiteral("sharedResourceTable"), m_resourceProxy, true);
    m_resourceTable->sortByColumn(SharedResourceTableModel::Pipeline, Qt::AscendingOrder);
    auto *resourcePage = new QWidget;
    auto *resourceLayout = new QVBoxLayout(resourcePage);
    resourceLayout->addWidget(m_resourceTable);

    m_executions = new CrossAccountExecutionsView(workspace, session);
    auto *executionPage = new QWidget;
    auto *executionLayout = new QVBoxLayout(executionPage);
    executionLayout->addWidget(m_executions);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("sharedWithMeTabs"));
    m_tabs->addTab(invitationPage, QString());
    m_tabs->addTab(resourcePage, QString());
    m_tabs->addTab(executionPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_acceptButton, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_invitationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SharedWithMePage::updateButtons);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_invitationProxy), static_cast<QAbstractItemModel *>(m_resourceProxy),
          static_cast<QAbstractItemModel *>(m_executions->model())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &SharedWithMePage::retranslateUi);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SharedWithMePage::retranslateUi);
    }
    connect(&session, &Session::identityChanged, m_invitationMessage, &QLabel::clear);
    connect(&session, &Session::identityChanged, this, &SharedWithMePage::showMostUseful);
    retranslateUi();
    showMostUseful();
}

void SharedWithMePage::showMostUseful()
{
    // Pending invitations need an answer; otherwise what is shared is more interesting than an empty list.
    bool pending = false;
    for (int row = 0; row < m_invitations->rowCount(); ++row)
        pending = pending || m_invitations->invitationAt(row).status == InvitationStatus::Pending;
    showTab(pending ? InvitationsTab : ExecutionsTab);
}

void SharedWithMePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void SharedWithMePage::updateButtons()
{
    const QModelIndex current = m_invitationTable->currentIndex();
    // Only a pending invitation can be answered; the service says why otherwise.
    const bool pending = current.isValid() && current.data(StatusRole).toString() == QLatin1String("PENDING");
    // One answer at a time: the page waits for the cloud's before the next.
    const bool idle = !m_busy->isBusy();
    m_acceptButton->setEnabled(idle && pending);
    m_rejectButton->setEnabled(idle && pending);
}

void SharedWithMePage::answer(bool accept)
{
    const QModelIndex current = m_invitationTable->currentIndex();
    if (!current.isValid())
        return;
    const QString arn = current.data(IdRole).toString();
    if (!accept) {
        const int row = rowOf(*m_invitations, arn);
        const QString share = row >= 0 ? m_invitations->invitationAt(row).shareName : arn;
        if (!MessageBox::confirm(this, tr("Reject invitation"),
                                 tr("Reject the invitation to the resource share “%1”? Its pipelines are not shared "
                                    "with this account, and a rejected invitation cannot be accepted later.")
                                     .arg(share)))
            return;
    }
    if (m_actions) {
        if (m_busy->isBusy())
            return; // one at a time; the buttons are off meanwhile
        const int row = rowOf(*m_invitations, arn);
        const QString share = row >= 0 ? m_invitations->invitationAt(row).shareName : arn;
        CloudJob *job = m_actions->answerInvitation(m_session.identity(), arn, accept);
        m_busy->track(job, accept ? tr("Accepting the invitation to “%1”…").arg(share)
                                  : tr("Rejecting the invitation to “%1”…").arg(share));
        updateButtons();
        connect(job, &CloudJob::finished, this, [this, job, arn, accept, share] {
            const Status status = job->status();
            // The read back reset the list: the invitation is the current one again.
            const int row = rowOf(*m_invitations, arn);
            if (row >= 0)
                m_invitationTable->setCurrentIndex(m_invitationProxy->mapFromSource(m_invitations->index(row, 0)));
            m_invitationMessage->setText(
                m_busy->outcome(status, accept ? tr("Accepted the invitation to “%1”.").arg(share)
                                               : tr("Rejected the invitation to “%1”.").arg(share)));
            updateButtons();
        });
        return;
    }
    SharingService &sharing = m_workspace.sharing();
    auto answered = accept ? sharing.accept(m_session.identity(), arn) : sharing.reject(m_session.identity(), arn);
    if (!answered)
        m_invitationMessage->setText(answered.error().message);
    else
        m_invitationMessage->setText(accept ? tr("Accepted the invitation to “%1”.").arg(answered->shareName)
                                            : tr("Rejected the invitation to “%1”.").arg(answered->shareName));
    updateButtons();
}

void SharedWithMePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SharedWithMePage::retranslateUi()
{
    m_title->setText(tr("Shared with me"));
    int pending = 0;
    for (int row = 0; row < m_invitations->rowCount(); ++row)
        pending += m_invitations->invitationAt(row).status == InvitationStatus::Pending ? 1 : 0;
    m_tabs->setTabText(InvitationsTab, tr("Invitations (%1 pending)").arg(pending));
    m_tabs->setTabText(ResourcesTab, tr("Shared pipelines (%1)").arg(m_resources->rowCount()));
    m_tabs->setTabText(ExecutionsTab, tr("Cross-account executions (%1)").arg(m_executions->model()->rowCount()));
    m_acceptButton->setText(tr("&Accept"));
    m_rejectButton->setText(tr("Re&ject"));
    updateButtons();
}

} // namespace Pd

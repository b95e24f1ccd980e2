#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Pd {

class BusyAction;
class CloudActions;
class CollatingProxyModel;
class CrossAccountExecutionsView;
class InvitationTableModel;
class Session;
class SharedResourceTableModel;
class Workspace;

// What other accounts share with the current identity: invitations to accept or reject, the
// shared pipelines with their owners, and the cross-account executions view.
class SharedWithMePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { InvitationsTab, ResourcesTab, ExecutionsTab };

    SharedWithMePage(Workspace &workspace, Session &session, QWidget *parent = nullptr);
    // With actions, Accept and Reject go through them (the cloud first for a connected account)
    // while the page waits; nullptr: the sharing service is called directly.
    void setCloudActions(CloudActions *actions) { m_actions = actions; }
    BusyAction *busyAction() const { return m_busy; }
    CrossAccountExecutionsView *executionsView() const { return m_executions; }
    void showTab(Tab tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void answer(bool accept);
    void showMostUseful();

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions; // the window's, not owned
    BusyAction *m_busy = nullptr;
    InvitationTableModel *m_invitations = nullptr;
    CollatingProxyModel *m_invitationProxy = nullptr;
    SharedResourceTableModel *m_resources = nullptr;
    CollatingProxyModel *m_resourceProxy = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_invitationTable = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QLabel *m_invitationMessage = nullptr;
    QTableView *m_resourceTable = nullptr;
    CrossAccountExecutionsView *m_executions = nullptr;
};

} // namespace Pd

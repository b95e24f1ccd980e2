#pragma once

#include "connected/cloudactions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Pd {

class BusyAction;
class CloudActions;
class CollatingProxyModel;
class Session;
class ShareTableModel;
class ShareWizard;
class Workspace;

// The resource shares the current identity owns: create (the wizard), edit, delete. With
// CloudActions (the window's) every change goes through them: for a connected account to RAM
// first, one at a time, with a busy line and Cancel; without them a connected account's changes
// are off, with the reason as their tooltip.
class SharesPage : public QWidget
{
    Q_OBJECT

public:
    SharesPage(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    void setCloudActions(CloudActions *actions);
    BusyAction *busyAction() const { return m_busy; }

    // Opens the wizard (window-modal, deletes itself when closed). Empty arn: a new share.
    ShareWizard *openWizard(const QString &shareArn = QString());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString currentArn() const;
    void deleteCurrent();

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions; // the window's, not owned
    BusyAction *m_busy = nullptr;
    ShareTableModel *m_model = nullptr;
    CollatingProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace Pd

#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Pd {

class BusyAction;
class CloudActions;
class CrossAccountExecutionModel;
class CrossAccountFilterProxyModel;
class Session;
class Workspace;

// Executions of every pipeline other accounts share with the current identity: owner, pipeline,
// status, times and the permission in force. Start / Stop / Retry are enabled exactly when
// ExecutionActions says the identity may (permission, status, and for a connected account its
// connection), as on the Executions page; a disabled button's tooltip gives the reason. With cloud
// actions they go through them: a connected identity's, or a connected owner's, execution is acted
// on in the cloud while a busy line with Cancel waits. Follows identity switches and live
// execution changes.
class CrossAccountExecutionsView : public QWidget
{
    Q_OBJECT

public:
    CrossAccountExecutionsView(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // The window's actions (not owned); nullptr: the pipelines service is called directly and
    // refuses a connected account's executions.
    void setCloudActions(CloudActions *actions);
    BusyAction *busyAction() const { return m_busy; }

    CrossAccountExecutionModel *model() const { return m_model; }
    // Selects the row of an execution; false when it is not shown.
    bool selectExecution(const QString &executionArn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void act(int action);

    Workspace &m_workspace;
    Session &m_session;
    QPointer<CloudActions> m_actions;
    BusyAction *m_busy = nullptr;
    CrossAccountExecutionModel *m_model = nullptr;
    CrossAccountFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace Pd

#pragma once

#include "rules/rule.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QJsonObject;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Pd {

class BusyAction;
class CloudActions;
class CloudJob;
class MessageLabel;
class Session;
class Workspace;

// "Send event": puts one event on a bus of the local event bus, as PutEvents would. The user
// picks a sample (S3, SageMaker, SNS) or writes an event envelope; fields left out (id, time,
// account, region) are filled in by RuleService. Send stays open to send again and says which
// event id the bus gave and how many targets matching rules invoked, or why it was refused. With
// cloud actions, a connected account's event goes to EventBridge (PutEvents): Send waits for the
// answer (a busy line with Cancel) and says the event id the cloud gave, or its refusal.
class SendEventDialog : public QDialog
{
    Q_OBJECT

public:
    SendEventDialog(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    void setEventBus(const QString &eventBus);
    // Sends a connected account's events through `actions` (not owned).
    void setCloudActions(CloudActions *actions) { m_actions = actions; }
    // The PutEvents job Send waits for, else nullptr.
    CloudJob *currentJob() const;
    // The answer to the last Send, if it was accepted.
    const std::optional<PutEventsResult> &lastResult() const { return m_lastResult; }

signals:
    void eventSent(const PutEventsResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void sampleChanged();
    void send();
    void sendToTheCloud(const QJsonObject &event);

    Workspace &m_workspace;
    Session &m_session;
    std::optional<PutEventsResult> m_lastResult;
    QPointer<CloudActions> m_actions;
    QLabel *m_busLabel;
    QComboBox *m_bus;
    QLabel *m_sampleLabel;
    QComboBox *m_sample;
    QLabel *m_eventLabel;
    QPlainTextEdit *m_event;
    QLabel *m_note;
    MessageLabel *m_result;
    QPushButton *m_sendButton;
    QPushButton *m_closeButton;
    BusyAction *m_busy;
};

} // namespace Pd

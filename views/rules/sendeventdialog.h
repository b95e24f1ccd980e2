#pragma once

#include "rules/rule.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Pd {

class MessageLabel;
class Session;
class Workspace;

// "Send event": puts one event on a bus of the local event bus, as PutEvents would. The user
// picks a sample (S3, SageMaker, SNS) or writes an event envelope; fields left out (id, time,
// account, region) are filled in by RuleService. Send stays open to send again and says which
// event id the bus gave and how many targets matching rules invoked, or why it was refused.
class SendEventDialog : public QDialog
{
    Q_OBJECT

public:
    SendEventDialog(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    void setEventBus(const QString &eventBus);
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

    Workspace &m_workspace;
    Session &m_session;
    std::optional<PutEventsResult> m_lastResult;
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
};

} // namespace Pd

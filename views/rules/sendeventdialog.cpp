#include "views/rules/sendeventdialog.h"

#include "connected/cloudactions.h"
#include "core/session.h"
#include "eventpatterns/sampleevents.h"
#include "rules/ruleservice.h"
#include "views/common/busyaction.h"
#include "views/common/messagelabel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pd {

SendEventDialog::SendEventDialog(Workspace &workspace, Session &session, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_busLabel(new QLabel)
    , m_bus(new QComboBox)
    , m_sampleLabel(new QLabel)
    , m_sample(new QComboBox)
    , m_eventLabel(new QLabel)
    , m_event(new QPlainTextEdit)
    , m_note(new QLabel)
    , m_result(new MessageLabel)
    , m_sendButton(new QPushButton)
    , m_closeButton(new QPushButton)
    , m_busy(new BusyAction)
{
    setObjectName(QStringLiteral("sendEventDialog"));
    m_bus->setObjectName(QStringLiteral("eventBusCombo"));
    m_sample->setObjectName(QStringLiteral("sampleEventCombo"));
    m_event->setObjectName(QStringLiteral("eventEdit"));
    m_event->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_event->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_event->setTabChangesFocus(true);
    m_note->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("sendResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_busLabel->setBuddy(m_bus);
    m_sampleLabel->setBuddy(m_sample);
    m_eventLabel->setBuddy(m_event);

    auto buses = workspace.rules().eventBuses(session.identity());
    m_bus->addItems(buses ? buses.value() : QStringList{QStringLiteral("default")});
    for (const Events::SampleEvent &sample : Events::sampleEvents())
        m_sample->addItem(sample.name, sample.id);
    m_sample->addItem(QString()); // "enter my own"

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_sendButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_sendButton, &QPushButton::clicked, this, &SendEventDialog::send);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sample, &QComboBox::currentIndexChanged, this, &SendEventDialog::sampleChanged);

    auto *form = new QFormLayout;
    form->addRow(m_busLabel, m_bus);
    form->addRow(m_sampleLabel, m_sample);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_eventLabel);
    layout->addWidget(m_event, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_result);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    // Only now: a button is the dialog's default once it is inside the dialog; set before, the
    // first auto-default button (Cancel) took Enter.
    m_sendButton->setDefault(true);
    retranslateUi();
    sampleChanged();
    resize(720, 620);
}

void SendEventDialog::setEventBus(const QString &eventBus)
{
    const int index = m_bus->findText(eventBus);
    if (index >= 0)
        m_bus->setCurrentIndex(index);
}

void SendEventDialog::sampleChanged()
{
    auto sample = Events::sampleEvent(m_sample->currentData().toString());
    if (!sample)
        return; // "enter my own" keeps what is in the editor
    // What PutEvents sets itself is left out, so the bus fills it in as it would.
    QJsonObject event = sample->event;
    for (const char *filled : {"id", "account", "time", "region"})
        event.remove(QLatin1String(filled));
    m_event->setPlainText(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Indented)).trimmed());
    m_result->clear();
}

void SendEventDialog::send()
{
    m_result->setKind(MessageLabel::Kind::Error);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_event->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        m_result->setText(
            tr("The event is not valid JSON (at character %1): %2").arg(error.offset).arg(error.errorString()));
        return;
    }
    if (!document.isObject()) {
        m_result->setText(tr("The event must be a JSON object."));
        return;
    }
    if (m_busy->isBusy())
        return;
    if (m_actions && !m_actions->profileOf(m_session.identity()).isEmpty())
        return sendToTheCloud(document.object());
    auto sent = m_workspace.rules().putEvent(m_session.identity(), document.object(), m_bus->currentText());
    if (!sent) {
        m_result->setText(sent.error().message);
        return;
    }
    const PutEventsResult &result = sent.value();
    if (!result.errorCode.isEmpty()) {
        m_result->setText(tr("Refused (%1): %2").arg(result.errorCode, result.errorMessage));
        return;
    }
    m_lastResult = result;
    const int failed = int(result.failures.size());
    const QString put = tr("Event %1 was put on the event bus “%2”.").arg(result.eventId, m_bus->currentText());
    const QString started = tr("%n target(s) started.", nullptr, result.invocations - failed);
    if (failed == 0) {
        m_result->setKind(MessageLabel::Kind::None);
        m_result->setText(put + QLatin1Char(' ') + started);
    } else {
        // A failure is never folded into a count: which target, of which rule, and why.
        m_result->setKind(MessageLabel::Kind::Error);
        m_result->setText(put + QLatin1Char(' ') + started + QLatin1Char(' ') +
                          tr("%n target(s) could not start their pipeline:", nullptr, failed) + QLatin1Char('\n') +
                          result.failures.join(QLatin1Char('\n')));
    }
    emit eventSent(result);
}

void SendEventDialog::sendToTheCloud(const QJsonObject &event)
{
    // The envelope as one PutEvents entry; what PutEvents sets itself (id, account, region) it sets.
    PutEventsEntry entry;
    entry.source = event.value(QLatin1String("source")).toString();
    entry.detailType = event.value(QLatin1String("detail-type")).toString();
    const QJsonValue detail = event.value(QLatin1String("detail"));
    entry.detail = detail.isObject()
                       ? QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact))
                       : detail.toString();
    for (const QJsonValue &resource : event.value(QLatin1String("resources")).toArray())
        entry.resources.append(resource.toString());
    entry.time = event.value(QLatin1String("time")).toString();
    entry.eventBusName = m_bus->currentText();
    const QString bus = m_bus->currentText();
    CloudJob *job = m_actions->putEvents(m_session.identity(), {entry});
    m_busy->track(job, tr("Sending the event to EventBridge…"));
    m_sendButton->setEnabled(false);
    m_result->clear();
    connect(job, &CloudJob::finished, this, [this, job, bus] {
        m_sendButton->setEnabled(true);
        m_result->setKind(MessageLabel::Kind::Error);
        const Status status = job->status();
        if (!status) {
            m_result->setText(m_busy->outcome(status, QString()));
            return;
        }
        const QJsonObject answer = job->answer().value(QLatin1String("Entries")).toArray().at(0).toObject();
        PutEventsResult result;
        result.eventId = answer.value(QLatin1String("EventId")).toString();
        result.errorCode = answer.value(QLatin1String("ErrorCode")).toString();
        result.errorMessage = answer.value(QLatin1String("ErrorMessage")).toString();
        if (result.eventId.isEmpty()) {
            m_result->setText(tr("Refused (%1): %2").arg(result.errorCode, result.errorMessage));
            return;
        }
        m_lastResult = result;
        m_result->setKind(MessageLabel::Kind::None);
        m_result->setText(tr("Event %1 was put on the event bus “%2” in EventBridge, which starts the targets of the "
                             "rules it matches.")
                              .arg(result.eventId, bus));
        emit eventSent(result);
    });
}

CloudJob *SendEventDialog::currentJob() const
{
    return m_busy->job();
}

void SendEventDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SendEventDialog::retranslateUi()
{
    setWindowTitle(tr("Send event"));
    m_busLabel->setText(tr("&Event bus:"));
    m_sampleLabel->setText(tr("&Sample event:"));
    const QList<Events::SampleEvent> samples = Events::sampleEvents();
    for (int i = 0; i < samples.size() && i < m_sample->count(); ++i)
        m_sample->setItemText(i, samples.at(i).name);
    m_sample->setItemText(m_sample->count() - 1, tr("Enter my own"));
    m_eventLabel->setText(tr("E&vent (source, detail-type, detail, resources):"));
    m_note->setText(tr("Fields left out — id, time, account, region — are filled in by the event bus, as PutEvents "
                       "does. Every enabled rule of the bus whose pattern matches starts its targets."));
    m_sendButton->setText(tr("Se&nd"));
    m_closeButton->setText(tr("&Close"));
}

} // namespace Pd

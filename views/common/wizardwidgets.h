#pragma once

// Small widgets and text helpers the wizard pages share (rules, schedules).

#include "views/common/messagelabel.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QWizard;

namespace Pd {

struct Error;

// A word-wrapped plain-text label for a page's error or result, in the error colour until told
// otherwise. The caller owns it.
MessageLabel *messageLabel(const QString &objectName);

// A bold label heading a group of choices. The caller owns it.
QLabel *headingLabel();

// A monospaced, non-wrapping editor for JSON documents; Tab moves the focus on.
QPlainTextEdit *jsonEditor(const QString &objectName);

// The object indented for reading.
QString prettyJson(const QJsonObject &object);
// The text indented when it is a JSON object, otherwise as it is.
QString prettyJson(const QString &text);

// An error's message, with its field in front unless the message already names it.
QString withField(const Error &error);

// The name at the end of an ARN ("…:pipeline/name" → "name").
QString lastSegment(const QString &arn);

// Escape, Cancel or the close button on a wizard the user has typed or clicked into asks before
// what was entered is thrown away; an untouched wizard closes at once. Watches the user's own
// input (keys and clicks in the wizard's fields, not what the wizard fills in itself) and any
// step past the first. The wizard asks allowsClose() in done() for a rejection.
class DiscardGuard : public QObject
{
    Q_OBJECT

public:
    explicit DiscardGuard(QWizard *wizard);
    // Whether the user entered anything.
    bool hasEntries() const;
    // True when nothing was entered or the user agreed to discard it.
    bool allowsClose();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWizard *m_wizard;
    bool m_edited = false;
};

} // namespace Pd

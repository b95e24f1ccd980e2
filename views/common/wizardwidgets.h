#pragma once

// Small widgets and text helpers the wizard pages share (rules, schedules).

#include "views/common/messagelabel.h"

#include <QJsonObject>
#include <QString>

class QLabel;
class QPlainTextEdit;

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

} // namespace Pd

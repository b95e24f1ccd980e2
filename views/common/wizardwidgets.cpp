#include "views/common/wizardwidgets.h"

#include "core/result.h"
#include "core/tr.h"
#include "views/common/messagelabel.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>

namespace Pd {

MessageLabel *messageLabel(const QString &objectName)
{
    auto *label = new MessageLabel(MessageLabel::Kind::Error);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headingLabel()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPlainTextEdit *jsonEditor(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}

QString prettyJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QString prettyJson(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? prettyJson(document.object()) : text;
}

QString withField(const Error &error)
{
    return error.withField();
}

QString lastSegment(const QString &arn)
{
    return arn.section(QLatin1Char('/'), -1);
}

} // namespace Pd

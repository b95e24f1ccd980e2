#include "views/common/messagebox.h"

#include <optional>

namespace Pd {

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastAsked;

// The answer a test gave for this box, if it gave one; the box's text is remembered either way.
std::optional<QMessageBox::StandardButton> takeAnswer(const QString &text)
{
    lastAsked = text;
    const std::optional<QMessageBox::StandardButton> answer = nextAnswer;
    nextAnswer.reset();
    return answer;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeAnswer(text))
        return *answer;
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    if (takeAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastAsked;
}

} // namespace Pd

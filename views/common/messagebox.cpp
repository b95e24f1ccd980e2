#include "views/common/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>

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

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    if (takeAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}

QMessageBox *MessageBox::showError(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (takeAnswer(text))
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty()) {
        box->setDetailedText(details);
        auto *copy =
            box->addButton(QCoreApplication::translate("Pd::MessageBox", "Copy details"), QMessageBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyDetailsButton"));
        // Every button of a QMessageBox closes it; copying should not, so only our slot stays.
        QObject::disconnect(copy, &QAbstractButton::clicked, nullptr, nullptr);
        QObject::connect(copy, &QAbstractButton::clicked, box,
                         [text, details] { QApplication::clipboard()->setText(text + QLatin1Char('\n') + details); });
    }
    box->open();
    return box;
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

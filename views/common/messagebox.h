#pragma once

#include <QMessageBox>

namespace Pd {

// Every message box of the views goes through here (after KeePassXC's MessageBox), so that a test
// can answer the next box instead of a user: setNextAnswer() makes the next call return at once
// without showing anything, and lastText() says what that box would have asked.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // Before an action that cannot simply be undone (stop, disable, reject, delete): Yes or Cancel,
    // Cancel the default so that a stray Enter does nothing. True for Yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    // An error that came from far (the cloud): shown window-modally with open(), never exec()'d, so
    // it is safe from a network callback. `details` (untranslated: service, code, request id) is
    // shown under "Show Details…" and copied by the box's "Copy details" button, which leaves the box
    // open. Returns the box (deleted when closed), or nullptr when a test answered it beforehand.
    static QMessageBox *showError(QWidget *parent, const QString &title, const QString &text,
                                  const QString &details = QString());

    // For tests: the next box is not shown and its call returns answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked for, shown or answered by setNextAnswer().
    static QString lastText();
};

} // namespace Pd

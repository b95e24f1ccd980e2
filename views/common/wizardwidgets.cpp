#include "views/common/wizardwidgets.h"

#include "core/result.h"
#include "core/tr.h"
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QWizard>

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

DiscardGuard::DiscardGuard(QWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{
    // On the application: the pages' fields come and go (target panels, parameter rows).
    qApp->installEventFilter(this);
}

bool DiscardGuard::hasEntries() const
{
    return m_edited || (m_wizard->currentId() != -1 && m_wizard->currentId() != m_wizard->startId());
}

bool DiscardGuard::allowsClose()
{
    if (!hasEntries())
        return true;
    return MessageBox::confirm(m_wizard, tr("Discard entries"),
                               tr("Close “%1” and discard what you entered?").arg(m_wizard->windowTitle()));
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here while the wizard lives: the cheap tests first,
    // and nothing more once the user has entered something.
    const QEvent::Type type = event->type();
    if (m_edited || (type != QEvent::KeyPress && type != QEvent::MouseButtonRelease) || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget == m_wizard || !m_wizard->isAncestorOf(widget))
        return false;
    if (type == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Typing, not moving about or closing.
        m_edited = !key->text().isEmpty() && key->key() != Qt::Key_Escape && key->key() != Qt::Key_Return &&
                   key->key() != Qt::Key_Enter && key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab;
    } else {
        // A choice made with the mouse; the wizard's own buttons (Next, Back, Cancel) are not one.
        for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                                 QWizard::CancelButton, QWizard::HelpButton}) {
            if (m_wizard->button(which) == widget)
                return false;
        }
        m_edited = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                   qobject_cast<QAbstractItemView *>(widget->parentWidget());
    }
    if (m_edited)
        qApp->removeEventFilter(this); // it has said all it will
    return false;
}

} // namespace Pd

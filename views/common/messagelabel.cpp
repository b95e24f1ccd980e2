#include "views/common/messagelabel.h"

#include <QEvent>

namespace Pd {

MessageLabel::MessageLabel(Kind kind, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    applyKind();
}

void MessageLabel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyKind();
}

void MessageLabel::setMessage(const QString &text, Kind kind)
{
    setKind(kind);
    setText(text);
}

QColor MessageLabel::color(Kind kind, const QPalette &palette)
{
    double hue = 0;
    switch (kind) {
    case Kind::None:
    case Kind::Info: return palette.color(QPalette::WindowText);
    case Kind::Success: hue = 137; break;
    case Kind::Warning: hue = 30; break;
    case Kind::Error: hue = 350; break;
    }
    // The same hue at a lightness that keeps its contrast with the window behind the label.
    const bool darkWindow = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHslF(hue / 360.0, 0.75, darkWindow ? 0.7 : 0.36);
}

void MessageLabel::changeEvent(QEvent *event)
{
    // A new parent or palette may bring another window colour (a switch to a dark palette).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyKind();
    QLabel::changeEvent(event);
}

void MessageLabel::applyKind()
{
    // Setting the palette sends a PaletteChange of its own.
    if (m_applying)
        return;
    m_applying = true;
    if (m_kind == Kind::None || m_kind == Kind::Info) {
        // An empty palette inherits every role again, the text colour included.
        setPalette(QPalette());
    } else {
        QPalette own;
        own.setColor(QPalette::WindowText, color(m_kind, palette()));
        setPalette(own);
    }
    m_applying = false;
}

} // namespace Pd

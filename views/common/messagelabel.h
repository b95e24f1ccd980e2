#pragma once

#include <QLabel>

namespace Pd {

// A label for a page's or dialog's message: an error, a warning, a success or plain information.
// The colour comes from the palette (a hue per kind, light on dark palettes and dark on light ones),
// so it reads in both and follows a palette change; no style sheet or fixed colour is involved.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { None, Info, Success, Warning, Error };

    explicit MessageLabel(Kind kind = Kind::None, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The colour of later texts too, until the kind is set again.
    void setKind(Kind kind);
    void setMessage(const QString &text, Kind kind);

    // The text colour for kind on palette's window colour. None and Info use the palette's own text colour.
    static QColor color(Kind kind, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    Kind m_kind;
    bool m_applying = false;
};

} // namespace Pd

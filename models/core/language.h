#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Pd {

// Installs the translators for the chosen UI language and tells everyone when it changes.
// Widgets also get QEvent::LanguageChange from Qt; item models, which get no events, listen to
// languageChanged() to re-emit their header and cells.
class Language : public QObject
{
    Q_OBJECT

public:
    // The process-wide instance; created on first use, parented to the application.
    static Language *instance();

    // "ko" or "en".
    static QStringList available();
    // The language of the system locale if we have it, else English.
    static QString systemDefault();

    QString current() const { return m_current; }
    // Installs pipelinedesk_<code>.qm (embedded) and Qt's own qtbase_<code>.qm, sets QLocale's
    // default so dates and numbers follow, and emits languageChanged. Unknown codes are refused.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    explicit Language(QObject *parent) : QObject(parent) {}

    QString m_current;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Pd

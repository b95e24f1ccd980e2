#include "core/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>

namespace Pd {

Language *Language::instance()
{
    static Language *language = nullptr;
    if (!language)
        language = new Language(QCoreApplication::instance());
    return language;
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString Language::systemDefault()
{
    const QString name = QLocale::system().name().left(2);
    return available().contains(name) ? name : QStringLiteral("en");
}

bool Language::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_current)
        return true;
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::make_unique<QTranslator>();
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(QStringLiteral(":/i18n/pipelinedesk_") + code))
        QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_qtTranslator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QLocale::setDefault(QLocale(code == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                code == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    m_current = code;
    // installTranslator() announces QEvent::LanguageChange only while the event loop runs; send it
    // ourselves so a language chosen before exec() (or in a test) reaches every window too. A
    // second retranslation when both arrive is harmless.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    emit languageChanged(code);
    return true;
}

} // namespace Pd

#include "core/timeformat.h"

#include <QRegularExpression>

namespace Pd {

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString isoUtcMs(qint64 msecsSinceEpoch)
{
    return isoUtc(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC));
}

std::optional<QDateTime> parseInstant(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return local.toUTC();
}

QString zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    if (zone == QTimeZone::utc() || zone.id() == "UTC")
        return QStringLiteral("UTC");
    const QString abbreviation = zone.abbreviation(at);
    // ICU/tzdata give numeric pseudo-abbreviations ("+0545", "GMT+9") for many zones; show those as
    // a proper offset instead so every label reads the same way.
    static const QRegularExpression alpha(QStringLiteral("^[A-Za-z]{2,6}$"));
    if (alpha.match(abbreviation).hasMatch() && !abbreviation.startsWith(QLatin1String("GMT")))
        return abbreviation;
    const int offset = zone.offsetFromUtc(at);
    const int abs = qAbs(offset);
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString displayDateTimeFormat(const QLocale &locale)
{
    // ShortFormat writes the year in two digits in many locales ("26. 12. 6." in Korean, "12/6/26"
    // in English), which reads as another date; keep the rest of the locale's order and widen the year.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return locale.dateTimeFormat(QLocale::ShortFormat).replace(twoDigitYear, QStringLiteral("yyyy"));
}

QString displayDateTime(const QDateTime &instant, const QTimeZone &zone, const QLocale &locale)
{
    if (!instant.isValid())
        return QString();
    const QDateTime inZone = instant.toTimeZone(zone);
    return locale.toString(inZone, displayDateTimeFormat(locale)) + QLatin1Char(' ') + zoneLabel(zone, inZone);
}

QString displayDateTimeMs(qint64 msecsSinceEpoch, const QTimeZone &zone, const QLocale &locale)
{
    return displayDateTime(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC), zone, locale);
}

} // namespace Pd

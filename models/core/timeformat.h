#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Pd {

// The CLI and JSON form of an instant: "2026-11-23T02:23:44Z" (always UTC, whole seconds).
QString isoUtc(const QDateTime &instant);
QString isoUtcMs(qint64 msecsSinceEpoch);

// Parses an instant given on a command line or in a file: ISO 8601 with "Z" or a numeric offset,
// with or without seconds and milliseconds. A value without a zone is taken as UTC.
std::optional<QDateTime> parseInstant(const QString &text);

// How a person sees an instant: in the locale's short date/time format with a four-digit year, in
// the given zone, always followed by the zone's abbreviation or offset ("2026. 11. 23. 오전 11:23 KST").
QString displayDateTime(const QDateTime &instant, const QTimeZone &zone, const QLocale &locale);
QString displayDateTimeMs(qint64 msecsSinceEpoch, const QTimeZone &zone, const QLocale &locale);
// The format displayDateTime writes the date and time in (without the zone), for a time that has no
// instant of its own, such as a local reading the clocks skip.
QString displayDateTimeFormat(const QLocale &locale);

// The zone label shown after a time: the abbreviation when it is a real one ("KST", "PST"),
// otherwise "UTC+05:45".
QString zoneLabel(const QTimeZone &zone, const QDateTime &at);

} // namespace Pd

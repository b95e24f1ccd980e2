#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Pd::Events {

class CompiledPattern; // private to eventpattern.cpp / patternmatcher.cpp

// An EventBridge event pattern (content filtering), parsed and validated once.
//
// Supports everything EventBridge does: exact values and arrays of alternatives, nested objects,
// prefix (also {"prefix": {"equals-ignore-case": ...}}), suffix (likewise), anything-but (a value,
// a list, and {"prefix": ...}, {"suffix": ...}, {"equals-ignore-case": ...}, {"wildcard": ...}, each
// with one string or a list of them), numeric
// (=, <, <=, >, >= and ranges), exists true/false, cidr (IPv4 and IPv6), equals-ignore-case,
// wildcard, $or, matching against arrays in the event, null and empty strings.
//
// Cheap to copy (shares its compiled form).
class EventPattern
{
public:
    EventPattern();
    ~EventPattern();
    EventPattern(const EventPattern &);
    EventPattern &operator=(const EventPattern &);

    // Parses and validates. An invalid pattern is InvalidInput whose `field` is the JSON path of
    // the offending part ("$.detail.latency[0].numeric") and whose message says why (translated).
    static Result<EventPattern> parse(const QByteArray &json);
    static Result<EventPattern> fromJson(const QJsonObject &pattern);

    // The pattern as given, compact JSON (what rules store).
    QByteArray toJson() const;
    QJsonObject json() const;

    // Matches one event (a full EventBridge event envelope: source, detail-type, detail, ...).
    bool matches(const QJsonObject &event) const;

    // For people (the wizard's Test pattern): whether it matched and, when not, the first field
    // that decided it and why, translated ("$.detail.EndpointStatus: \"FAILED\" is not one of
    // \"IN_SERVICE\"").
    struct Explanation
    {
        bool matched = false;
        QString field;  // JSON path into the event, or empty
        QString reason; // translated; empty when matched
    };
    Explanation explain(const QJsonObject &event) const;

    const CompiledPattern *compiled() const { return m_compiled.get(); }

private:
    std::shared_ptr<const CompiledPattern> m_compiled;
};

// The fields TestEventPattern requires in an event: id, account, source, time, region,
// resources, detail-type. InvalidInput names the first one missing or of the wrong type.
Status validateTestEvent(const QJsonObject &event);

// The TestEventPattern API: parses both documents (field "event-pattern" or "event" in errors),
// validates the event, and matches.
Result<bool> testEventPattern(const QByteArray &patternJson, const QByteArray &eventJson);

} // namespace Pd::Events

#include "events/eventpattern.h"

#include "core/tr.h"

#include <QJsonDocument>

// Skeleton: replaced by the pattern engine. Keeps the library linking while it is written.
namespace Pd::Events {

class CompiledPattern
{
public:
    QJsonObject json;
};

EventPattern::EventPattern() = default;
EventPattern::~EventPattern() = default;
EventPattern::EventPattern(const EventPattern &) = default;
EventPattern &EventPattern::operator=(const EventPattern &) = default;

Result<EventPattern> EventPattern::parse(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("$"), Tr::tr("The event pattern is not a JSON object."));
    return fromJson(doc.object());
}

Result<EventPattern> EventPattern::fromJson(const QJsonObject &)
{
    return Error::internal(Tr::tr("Event patterns are not available yet."));
}

QByteArray EventPattern::toJson() const
{
    return m_compiled ? QJsonDocument(m_compiled->json).toJson(QJsonDocument::Compact) : QByteArray("{}");
}

QJsonObject EventPattern::json() const
{
    return m_compiled ? m_compiled->json : QJsonObject();
}

bool EventPattern::matches(const QJsonObject &) const
{
    return false;
}

EventPattern::Explanation EventPattern::explain(const QJsonObject &) const
{
    return {};
}

Status validateTestEvent(const QJsonObject &)
{
    return Error::internal(Tr::tr("Event patterns are not available yet."));
}

Result<bool> testEventPattern(const QByteArray &, const QByteArray &)
{
    return Error::internal(Tr::tr("Event patterns are not available yet."));
}

} // namespace Pd::Events

#include "events/jsonpath.h"

#include "core/tr.h"

// Skeleton: replaced by the JSONPath implementation. Keeps the library linking while it is written.
namespace Pd::Events {

Result<JsonPath> JsonPath::parse(const QString &text)
{
    Q_UNUSED(text);
    return Error::internal(Tr::tr("JSONPath is not available yet."));
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonObject &) const
{
    return std::nullopt;
}

Result<QString> JsonPath::resolveToString(const QJsonObject &) const
{
    return Error::internal(Tr::tr("JSONPath is not available yet."));
}

} // namespace Pd::Events

#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace Pd::Events {

// The JSONPath subset EventBridge input paths use: "$", dotted names ($.detail.param.value),
// [n] indices ($.resources[0]) and quoted keys ($.detail['my key'], $["detail-type"]).
class JsonPath
{
public:
    // InvalidInput (field "path", the offset in the text as position) when not of that form.
    static Result<JsonPath> parse(const QString &text);

    QString toString() const { return m_text; }
    // The value at the path, or nothing when a step finds nothing.
    std::optional<QJsonValue> evaluate(const QJsonObject &document) const;
    // As a pipeline parameter value: strings as they are, numbers and booleans as JSON text,
    // objects and arrays as compact JSON, null as "null". InvalidInput naming the path when it
    // finds nothing (the failed invocation's reason).
    Result<QString> resolveToString(const QJsonObject &document) const;

private:
    QString m_text;
    std::vector<std::variant<QString, int>> m_steps;
};

} // namespace Pd::Events

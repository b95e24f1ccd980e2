#pragma once

// Shared bodies of the document fuzzers (fuzz_jsondocument, fuzz_yaml) and of the test that runs
// their corpus with every build (tests/interchange/tst_documentcorpus). Each returns nullptr when
// the reader kept its promises for this input, otherwise what it broke; the fuzzers trap on it.
// Promises: no crash or hang; a refusal names its field and says why; whatever is read nests at
// most DocumentLimits::maxDepth levels; JSON nested deeper than that is refused by the linear
// pre-scan, whatever the parsers would have said; what is read can be written and read again.
#include "interchange/documentlimits.h"
#include "interchange/yaml.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace PdFuzz {

// Levels of objects and arrays (a scalar: 0). Recursion is bounded: the readers refuse more than 128.
inline int depthOf(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            deepest = std::max(deepest, depthOf(v));
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    return 0;
}

inline const char *checkRead(const Pd::Result<QJsonValue> &read)
{
    if (!read) {
        const Pd::Error &e = read.error();
        if (e.message.isEmpty() || (e.field != QLatin1String("json") && e.field != QLatin1String("yaml")))
            return "a refusal without its field or its reason";
        return nullptr;
    }
    if (depthOf(read.value()) > Pd::DocumentLimits::maxDepth)
        return "a document deeper than the limit was read";
    // What was read is written again and read back (the export side of the same documents).
    const QByteArray json = Pd::Yaml::toJson(read.value());
    if (read->isObject() || read->isArray()) {
        QJsonParseError error;
        const QJsonDocument reread = QJsonDocument::fromJson(json, &error);
        if (reread.isNull() || error.error != QJsonParseError::NoError)
            return "toJson wrote what QJsonDocument cannot read";
    }
    if (!Pd::Yaml::parse(Pd::Yaml::toYaml(read.value())))
        return "toYaml wrote what parse cannot read";
    return nullptr;
}

// The JSON-first reader (parseDocument) with its depth pre-scan.
inline const char *exerciseJsonDocument(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = Pd::Yaml::parseDocument(text);
    const QByteArray trimmed = text.trimmed();
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) &&
        !Pd::Yaml::checkJsonDepth(text, Pd::DocumentLimits::maxDepth)) {
        if (read || read.error().field != QLatin1String("json") ||
            !read.error().message.contains(QStringLiteral("%1").arg(Pd::DocumentLimits::maxDepth)))
            return "JSON deeper than the limit was not refused by the pre-scan";
    }
    return checkRead(read);
}

// The YAML reader alone.
inline const char *exerciseYaml(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    return checkRead(Pd::Yaml::parse(text));
}

} // namespace PdFuzz

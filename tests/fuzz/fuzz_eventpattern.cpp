// libFuzzer target: event patterns, differentially. The input is a pattern and an event separated
// by a NUL byte. A pattern that parses is matched against the event by the reference interpreter
// (EventPattern::matches) and by the compiled matcher (PatternMatcher); any disagreement, crash,
// hang, sanitizer report or leak is a bug. explain() must agree with matches() too.
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/patternmatcher.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(bytes, 0, size);
    const size_t split = nul ? size_t(static_cast<const char *>(nul) - bytes) : size;
    const QByteArray patternText(bytes, qsizetype(split));
    const QByteArray eventText = nul ? QByteArray(bytes + split + 1, qsizetype(size - split - 1)) : QByteArray();

    auto pattern = Pd::Events::EventPattern::parse(patternText);
    if (!pattern) {
        // A refusal always says why and where.
        if (pattern.error().message.isEmpty() || pattern.error().field.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QJsonDocument event = QJsonDocument::fromJson(eventText);
    if (!event.isObject())
        return 0;
    const bool interpreted = pattern->matches(event.object());
    Pd::Events::PatternMatcher matcher;
    matcher.add(7, pattern.value());
    matcher.build();
    const std::vector<std::uint32_t> compiled = matcher.match(event.object());
    if (interpreted != (compiled.size() == 1 && compiled.front() == 7))
        __builtin_trap();
    if (pattern->explain(event.object()).matched != interpreted)
        __builtin_trap();
    return 0;
}

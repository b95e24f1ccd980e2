// libFuzzer target: the rate() and at() parsers, and the dispatch on the expression's name (the
// whole text is fuzzed, so unknown names and unbalanced parentheses are covered too).
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString zone = PdFuzz::zoneFor(data, size);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    PdFuzz::exercise(text, zone);
    PdFuzz::exercise(QStringLiteral("rate(%1)").arg(text), zone);
    PdFuzz::exercise(QStringLiteral("at(%1)").arg(text), zone);
    return 0;
}

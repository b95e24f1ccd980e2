#include "interchange/documentlimits.h"

#include <QIODevice>

#include <algorithm>

namespace Pd::DocumentLimits {

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes)
{
    // In chunks, not read(maxBytes + 1), which would allocate the whole bound up front for a file of
    // a few bytes.
    constexpr qint64 chunk = qint64(1) << 16;
    QByteArray text;
    for (;;) {
        const qint64 want = std::min(chunk, maxBytes + 1 - qint64(text.size()));
        if (want <= 0)
            break; // one byte past the limit: enough to refuse
        const qsizetype had = text.size();
        text.resize(had + want);
        const qint64 got = device.read(text.data() + had, want);
        if (got < 0)
            return std::nullopt;
        text.resize(had + got);
        if (got == 0)
            break; // the end (a QFile blocks until there is data or the end)
    }
    return text;
}

} // namespace Pd::DocumentLimits

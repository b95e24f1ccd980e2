// libFuzzer target: the cron() parser and everything that reads its result.
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString zone = PdFuzz::zoneFor(data, size);
    const QString body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    PdFuzz::exercise(QStringLiteral("cron(%1)").arg(body), zone);
    return 0;
}

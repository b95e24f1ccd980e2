#include "accounts/mirrorstatus.h"

#include "core/tr.h"

namespace Pd {

QString readAgeText(qint64 ageMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    // A clock a little behind the cloud's reads as now, not as the future.
    if (ageMs < minute)
        return Tr::tr("just now");
    if (ageMs < hour)
        return Tr::tr("%n min ago", nullptr, int(ageMs / minute));
    if (ageMs < day)
        return Tr::tr("%n h ago", nullptr, int(ageMs / hour));
    return Tr::tr("%n day(s) ago", nullptr, int(ageMs / day));
}

} // namespace Pd

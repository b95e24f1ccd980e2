#pragma once

// What the files of SharingService (sharingservice.cpp, shareedit.cpp, invitations.cpp,
// sharedresources.cpp) share. Private to models/sharing.

#include <QStringList>

namespace Pd::SharingDetail {

// The items trimmed, without empty ones and without repeats, in their first order.
inline QStringList unique(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

} // namespace Pd::SharingDetail

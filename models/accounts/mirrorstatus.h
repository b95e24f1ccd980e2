#pragma once

#include <QString>

namespace Pd {

struct Error;

// Whether a connected account's connection is usable, as the last sync, test or action found it.
// Online; Offline: the cloud could not be reached or did not answer usefully (network, timeout,
// throttling, 5xx) and a retry later may work; Expired: the credentials' session ended (an expired
// session token, a role that needs a new MFA code): the user renews them; Error: the cloud refused
// the credentials or the keychain has none: the profile needs fixing.
enum class ConnectionState { Online, Offline, Expired, Error };

// The state a failed call leaves the connection in, from the error's cause; Online for an error
// that says nothing about the connection (the cloud refused the input, the object is not there).
ConnectionState connectionStateAfter(const Error &error);

// The kinds of row a connected account's sync reads; each page shows the age of its own kind.
enum class MirrorKind { Pipelines, Executions, EventBuses, Rules, Schedules, ResourceShares, Invitations };

// What a page of a connected account says of its data: through which profile it was read, when,
// and whether the connection is usable now. For a local account only accountId is set.
struct MirrorStatus
{
    QString accountId;
    QString accountName;
    QString profile;         // empty: a local account
    qint64 oldestReadAt = 0; // ms UTC; the least recently read row of the kind (0: none read yet)
    qint64 newestReadAt = 0; // ms UTC; the most recently read row
    int rows = 0;            // mirrored rows of the kind
    bool offline = false;    // not usable now (state is not Online): actions are refused
    ConnectionState state = ConnectionState::Online;
    QString offlineReason; // translated: why

    bool isConnected() const { return !profile.isEmpty(); }
    // "as of": the oldest read, which every row shown is at least as fresh as.
    qint64 asOf() const { return oldestReadAt; }
};

// How long ago, for a person: "just now", "3 min ago", "2 h ago", "5 days ago" (translated).
QString readAgeText(qint64 ageMs);

} // namespace Pd

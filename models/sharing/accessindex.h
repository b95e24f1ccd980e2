#pragma once

#include "core/result.h"
#include "sharing/share.h"

#include <QHash>
#include <QStringList>

namespace Pd {

class Database;

// An in-memory image of every active share, built once from the store so that an access
// decision is a handful of hash look-ups (target: well under 10 µs with thousands of shares).
// Immutable once built; the AccessService throws it away when shares change.
class AccessIndex
{
public:
    // What one principal key (an account id, an OU ARN, an organization ARN) holds on one pipeline,
    // folded over every share that names both.
    struct Entry
    {
        int granted = -1; // -1 none, else int(SharePermission) of the strongest associated share
        QString grantingShare; // name of the share that gives `granted`
        QString grantingShareArn;
        QString weakerShare; // a read-only share, to name in a refusal of an execution action
        // The newest pending invitation, when the association waits for one.
        QString invitationArn;
        QString invitationShare;
        qint64 invitationExpiresAt = 0;
        bool rejected = false;
    };

    static Result<AccessIndex> build(Database &database);

    // The keys an account matches: itself, then its OUs from the nearest up, then its organization.
    // OU and organization keys appear only when the organization shares with AWS Organizations.
    QStringList keysOf(const QString &accountId) const;
    // Per principal key, for one pipeline; null when no share names the pipeline.
    const QHash<QString, Entry> *entriesFor(const QString &pipelineArn) const;
    // Pipelines some share actively grants to a key.
    const QStringList *grantedTo(const QString &key) const;

    int shareCount() const { return m_shareCount; }

private:
    QHash<QString, QStringList> m_keys;
    QHash<QString, QHash<QString, Entry>> m_byResource;
    QHash<QString, QStringList> m_granted;
    int m_shareCount = 0;
};

// The settings key that records whether an organization shares with AWS Organizations.
QString organizationSharingKey(const QString &organizationId);

} // namespace Pd

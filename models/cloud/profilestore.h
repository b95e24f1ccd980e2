#pragma once

#include "cloud/profile.h"
#include "core/result.h"

namespace Pd {

class Database;

// SQL of the profiles table (migration 11). Writes must run inside Database::transaction().
// Nothing here is secret: the keys are in the keychain (ProfileService).
class ProfileStore
{
public:
    explicit ProfileStore(Database &database)
        : m_database(database)
    {}

    Result<QList<Profile>> profiles() const;            // by name
    Result<Profile> profile(const QString &name) const; // NotFound when absent
    Result<bool> exists(const QString &name) const;

    Status insert(const Profile &profile);
    // Everything but the name, the creation time and what a test found (NotFound when absent).
    Status update(const Profile &profile);
    Status remove(const QString &name); // NotFound when absent
    // What sts:GetCallerIdentity answered, and when; empty values clear it.
    Status setCallerIdentity(const QString &name, const QString &accountId, const QString &callerArn, qint64 testedAt);

    // The profiles whose source_profile is name, sorted.
    Result<QStringList> sourcedBy(const QString &name) const;
    // The accounts connected through the profile (accounts.profile), sorted.
    Result<QStringList> accountsUsing(const QString &name) const;

private:
    Database &m_database;
};

} // namespace Pd

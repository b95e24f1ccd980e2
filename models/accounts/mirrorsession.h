#pragma once

#include "core/result.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace Pd {

class Database;

// What one sync of a connected account saw, for the mirrors of each slice (pipelines, rules,
// schedules, shares): keys grouped by kind ("execution <pipeline ARN>"), kept in a temporary table
// of the database connection, so a listing of a million rows costs no memory here. When a listing
// completed, deleteUnseen() removes the rows of that listing the session did not see. Rows are
// forgotten when the session ends; a session that ends without finishing deletes nothing.
class MirrorSession
{
public:
    // NotFound for an unknown account, Conflict for a local one (only a connected account syncs).
    static Result<std::unique_ptr<MirrorSession>> begin(Database &database, const QString &accountId);
    ~MirrorSession();
    MirrorSession(const MirrorSession &) = delete;
    MirrorSession &operator=(const MirrorSession &) = delete;

    const QString &accountId() const { return m_accountId; }
    const QString &profile() const { return m_profile; }
    qint64 id() const { return m_session; }

    // Inside the caller's transaction.
    Status markSeen(const QString &kind, const QString &key);
    // The statement to bind for marking many keys of one kind: values (session, kind) are bound,
    // the caller binds the key at index 2 and executes.
    static QString markSeenSql();

    // In one transaction: runs deleteSql, which must end in "... NOT IN (SELECT key FROM
    // temp.mirror_seen WHERE session = ? AND kind = ?)", with `values` bound first and then the
    // session and the kind; then forgets the kind's keys. Returns how many rows deleteSql deleted.
    Result<int> deleteUnseen(const QString &kind, const QString &deleteSql, const QVariantList &values);
    // The SQL tail deleteUnseen() expects: "(SELECT key FROM temp.mirror_seen WHERE session = ? AND kind = ?)".
    static QString seenKeysSql();

private:
    MirrorSession(Database &database, QString accountId, QString profile);

    Database &m_database;
    QString m_accountId;
    QString m_profile;
    qint64 m_session = 0;
};

} // namespace Pd

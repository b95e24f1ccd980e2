#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Pd {

// One open workspace file: an SQLite database reached through QtSql.
//
// open() never damages a file it refuses: it first inspects the file read-only (SQLite header,
// application id, schema version) and only then opens it for writing, switches it to WAL and
// migrates it. A file that is not SQLite, is corrupt, belongs to another application or was written
// by a newer Pipeline Desk is refused with a translated message and left byte-for-byte unchanged.
//
// A Database is used from the thread that opened it (QtSql's rule); other threads open their own.
class Database
{
public:
    // The schema version this build writes. Migrations bring any older file up to it.
    static int currentSchemaVersion();
    // "PDSK" — written to PRAGMA application_id so a foreign SQLite file is recognised.
    static constexpr int ApplicationId = 0x5044534b;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent) the workspace at path and migrates it to currentSchemaVersion().
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // For tests of migrations: creates a new file at exactly the given older schema version.
    static Result<std::unique_ptr<Database>> createAtVersion(const QString &path, int version);

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when open() created the file (the caller may seed it).
    bool wasCreated() const { return m_created; }

    // Runs body inside BEGIN IMMEDIATE ... COMMIT. Any error (from body or from SQLite) rolls the
    // whole transaction back and is returned; nothing is half-written. Not re-entrant: a nested
    // call runs inside the outer transaction.
    Status transaction(const std::function<Status()> &body);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Called after every COMMIT of an outermost transaction() (never after a rollback), on the
    // thread that committed, so readers of a table can refresh without polling. A listener must not
    // start a transaction. Returns an id for removeCommitListener(); listeners are not owned.
    int addCommitListener(std::function<void()> listener);
    void removeCommitListener(int id);

private:
    Database() = default;
    Status migrateTo(int version);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<std::pair<int, std::function<void()>>> m_commitListeners;
    int m_nextListenerId = 1;
    bool m_created = false;
};

// A storage error built from a failed query, with the translated prefix and SQLite's own text.
Error sqlError(const class QSqlQuery &query);
Error sqlError(const class QSqlError &error);

} // namespace Pd

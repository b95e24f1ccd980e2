#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Pd {

// How Database::open() goes about a file (outside the class, so that it can be a default argument).
struct DatabaseOpenOptions
{
    // Make the file's folder when it is missing: for the default workspace in the user's data
    // folder, which a first start has to make. A file the user named in a folder that does not
    // exist is refused instead (a typo must not leave folders behind).
    bool createFolder = false;
    // How long to wait for another program's lock before saying the workspace is locked.
    int busyTimeoutMs = 5000;
};

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

    using OpenOptions = DatabaseOpenOptions;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent) the workspace at path and migrates it to currentSchemaVersion().
    // A file it creates is readable and writable by its owner only (0600, whatever the umask): it
    // holds connection state and endpoint keys; SQLite gives the -wal and -shm files the same mode.
    // A zero-byte file counts as absent (SQLite's view, and what mktemp leaves): the workspace is
    // made in it. When open() fails, a file it made is removed again (a zero-byte one emptied).
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});
    // For tests of migrations: creates a new file at exactly the given older schema version.
    static Result<std::unique_ptr<Database>> createAtVersion(const QString &path, int version,
                                                             const OpenOptions &options = {});
    // What open() checks before it touches anything: the path is not a folder, its folder exists
    // (or may be made), and the file and its folder can be written. Writes nothing, so a program
    // can refuse a location before it asks the user anything about it.
    static Status checkLocation(const QString &path, const OpenOptions &options = {});

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when open() created the file (the caller may seed it).
    bool wasCreated() const { return m_created; }
    // True when this open() made the file: it did not exist, or it had zero bytes. (wasCreated()
    // is also true of an SQLite file without tables, which held bytes before.)
    bool madeFile() const { return m_before != Before::HeldData; }

    // What a transaction() is for. A Record only writes down what happened (the audit log's entry
    // of a refusal, which changed nothing else); it does not count in changeCount().
    enum class Kind { Change, Record };

    // Runs body inside BEGIN IMMEDIATE ... COMMIT. Any error (from body or from SQLite) rolls the
    // whole transaction back and is returned; nothing is half-written. Not re-entrant: a nested
    // call runs inside the outer transaction (and counts as the outer one's kind).
    Status transaction(const std::function<Status()> &body, Kind kind = Kind::Change);
    // How many Change transactions committed since the file was opened (migrations included).
    int changeCount() const { return m_changeCount; }

    // Puts the file back as it was before open() when this Database is destroyed: removed when it
    // did not exist, emptied again when it had zero bytes, with the -wal, -shm and -journal files
    // that were not there before. Does nothing to a file that held data before. For a program
    // whose command was refused on a workspace it had just made: a refused command writes nothing.
    void discardOnClose() { m_discard = true; }
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Called after every COMMIT of an outermost transaction() (never after a rollback), on the
    // thread that committed, so readers of a table can refresh without polling. A listener must not
    // start a transaction. Returns an id for removeCommitListener(); listeners are not owned.
    int addCommitListener(std::function<void()> listener);
    void removeCommitListener(int id);

private:
    // What was at the path before open().
    enum class Before { Absent, ZeroBytes, HeldData };

    Database() = default;
    Status migrateTo(int version);
    void putBack();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<std::pair<int, std::function<void()>>> m_commitListeners;
    int m_nextListenerId = 1;
    bool m_created = false;
    Before m_before = Before::HeldData;
    QStringList m_sidecarsBefore; // the -wal, -shm and -journal files that were there before open()
    int m_changeCount = 0;
    bool m_discard = false;
};

// A storage error built from a failed query, with the translated prefix and SQLite's own text.
Error sqlError(const class QSqlQuery &query);
Error sqlError(const class QSqlError &error);

} // namespace Pd

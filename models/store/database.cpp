#include "store/database.h"

#include "core/tr.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Pd {

namespace {

QString newConnectionName()
{
    return QStringLiteral("pd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// SQLite's primary result codes, which QtSql's driver passes as QSqlError::nativeErrorCode().
enum SqliteCode { SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8 };

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0; // an extended code carries its primary one in the low byte
}

bool isLocked(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error lockedError(const QString &path)
{
    return Error::storage(Tr::tr("The workspace “%1” is locked by another program that is using it, so it was not "
                                 "opened. Wait until that program has finished with it, or close it, and try again. "
                                 "The file was left unchanged.")
                              .arg(native(path)));
}

Error readOnlyFileError(const QString &path)
{
    return Error::storage(Tr::tr("The workspace “%1” is read-only, so it was not opened: Pipeline Desk writes to "
                                 "its workspace while it works. Make the file writable (chmod u+w), or copy it to "
                                 "a folder of your own and open the copy.")
                              .arg(native(path)));
}

Error readOnlyFolderError(const QString &path, bool exists)
{
    const QString folder = native(QFileInfo(path).absolutePath());
    if (!exists)
        return Error::storage(Tr::tr("The folder “%1” is read-only, so the workspace “%2” could not be created "
                                     "there. Name a file in a folder you may write to.")
                                  .arg(folder, native(path)));
    return Error::storage(Tr::tr("The folder “%1” is read-only, so the workspace “%2” was not opened: Pipeline Desk "
                                 "keeps the workspace's journal (the -wal and -shm files) next to it. Make the "
                                 "folder writable, or copy the workspace to a folder of your own and open the copy.")
                              .arg(folder, native(path)));
}

// An error of SQLite while the file is opened, said of the file when it is about a lock or
// permissions (which the user can do something about) rather than as a generic storage failure.
Error openError(const QString &path, const QSqlError &error)
{
    if (isLocked(error))
        return lockedError(path);
    if (sqliteCode(error) == SqliteReadOnly)
        return readOnlyFileError(path);
    return sqlError(error);
}

bool exec(QSqlDatabase &db, const QString &sql, Error *error = nullptr, QSqlError *raw = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlError(query);
    if (raw)
        *raw = query.lastError();
    return false;
}

const char *const sidecarSuffixes[] = {"-wal", "-shm", "-journal"};

// Looks at an existing file without writing to it and says whether we may open it for writing.
// Returns the schema version it holds (0 for a file without tables).
Result<int> inspect(const QString &path, int busyTimeoutMs)
{
    const QString name = newConnectionName();
    Result<int> result = Error::internal(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, busyTimeoutMs)));
        const QString corrupt = Tr::tr("The workspace “%1” is damaged or is not a database, so it was not opened. "
                                       "The file was left unchanged.")
                                    .arg(QDir::toNativeSeparators(path));
        // A file another program keeps locked cannot be read either: that is no damage.
        const auto damaged = [&](const QSqlError &error) {
            return isLocked(error) ? lockedError(path) : Error::storage(corrupt + QLatin1Char(' ') + error.text());
        };
        if (!db.open()) {
            result = damaged(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
                result = damaged(query.lastError());
            } else if (query.value(0).toInt() == 0) {
                result = 0;
            } else {
                QSqlQuery appId(db);
                appId.exec(QStringLiteral("PRAGMA application_id"));
                const bool ours = appId.next() && appId.value(0).toInt() == Database::ApplicationId;
                QSqlQuery version(db);
                if (!ours || !version.exec(QStringLiteral("SELECT max(version) FROM schema_version"))
                    || !version.next()) {
                    result = Error::storage(
                        Tr::tr("“%1” is an SQLite database of another application, not a Pipeline Desk "
                               "workspace. It was not opened and was left unchanged.")
                            .arg(QDir::toNativeSeparators(path)));
                } else {
                    const int found = version.value(0).toInt();
                    if (found > Database::currentSchemaVersion()) {
                        result = Error::storage(
                            Tr::tr("The workspace “%1” was written by a newer version of Pipeline Desk "
                                   "(schema %2; this version reads up to schema %3). Open it with a newer "
                                   "Pipeline Desk. The file was left unchanged.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(found)
                                .arg(Database::currentSchemaVersion()));
                    } else {
                        result = found;
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Error sqlError(const QSqlError &error)
{
    // The two a user can do something about, said so rather than as a failure of the file.
    if (isLocked(error))
        return Error::storage(Tr::tr("The workspace is locked by another program, so it could not be read or written "
                                     "and nothing was changed. Wait until that program has finished with it, or "
                                     "close it, and try again."));
    if (sqliteCode(error) == SqliteReadOnly)
        return Error::storage(Tr::tr("The workspace is read-only, so nothing was changed. Make the workspace file and "
                                     "its folder writable, and try again."));
    return Error::storage(Tr::tr("The workspace could not be read or written: %1").arg(error.text()));
}

Error sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

int Database::currentSchemaVersion()
{
    return migrations().constLast().version;
}

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (m_discard)
        putBack();
}

void Database::putBack()
{
    // Only what this very open() made: never a file that held data before.
    if (m_before == Before::HeldData || m_path.isEmpty())
        return;
    for (const char *suffix : sidecarSuffixes) {
        const QString sidecar = m_path + QLatin1String(suffix);
        if (!m_sidecarsBefore.contains(sidecar))
            QFile::remove(sidecar);
    }
    if (m_before == Before::Absent)
        QFile::remove(m_path);
    else
        QFile::resize(m_path, 0);
}

Status Database::checkLocation(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storage(Tr::tr("“%1” is a folder, not a workspace file.").arg(native(path)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        if (options.createFolder)
            return {};
        return Error::invalid(QStringLiteral("workspace"),
                              Tr::tr("workspace: the folder “%1” does not exist, so the workspace “%2” was not "
                                     "created. Create the folder first, or name a file in a folder that exists.")
                                  .arg(native(folder.absoluteFilePath()), native(path)));
    }
    // Root may write anything; QFileInfo asks the system (access(2)) as the user the program runs as.
    if (info.exists() && !info.isWritable())
        return readOnlyFileError(path);
    if (!folder.isWritable())
        return readOnlyFolderError(path, info.exists());
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    return createAtVersion(path, currentSchemaVersion(), options);
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString &path, int targetVersion,
                                                            const OpenOptions &options)
{
    if (Status location = checkLocation(path, options); !location)
        return location.error();
    const QFileInfo info(path);
    int foundVersion = 0;
    bool created = !info.exists() || info.size() == 0;
    if (!created) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(Tr::tr("The workspace “%1” could not be read: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Error::storage(Tr::tr("“%1” is not a Pipeline Desk workspace (it is not an SQLite database). "
                                         "It was not opened and was left unchanged.")
                                      .arg(QDir::toNativeSeparators(path)));
        auto inspected = inspect(path, options.busyTimeoutMs);
        if (!inspected)
            return inspected.error();
        foundVersion = inspected.value();
        created = foundVersion == 0;
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Error::storage(Tr::tr("The folder for the workspace “%1” could not be created.")
                                  .arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_created = created;
    database->m_before = !info.exists() ? Before::Absent : info.size() == 0 ? Before::ZeroBytes : Before::HeldData;
    for (const char *suffix : sidecarSuffixes) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            database->m_sidecarsBefore.append(path + QLatin1String(suffix));
    }
    // Until open() succeeds, a failure puts back what it made (the destructor of `database`).
    database->m_discard = true;
    if (database->m_before == Before::Absent) {
        // Made here rather than by SQLite, which would use 0644 less the umask: the workspace is for
        // its owner only. setPermissions() after the creation makes it 0600 whatever the umask.
        QFile file(path);
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) || !file.setPermissions(ownerOnly))
            return Error::storage(Tr::tr("The workspace “%1” could not be created: %2").arg(native(path), file.errorString()));
    }
    database->m_connectionName = newConnectionName();
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_db.setDatabaseName(path);
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs)));
    if (!database->m_db.open())
        return openError(path, database->m_db.lastError());

    Error error;
    QSqlError raw;
    // WAL lets the GUI read while the scheduler daemon writes; synchronous=FULL makes a commit
    // durable before it returns, which is what "exactly once" and "nothing committed is lost" need.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!exec(database->m_db, QString::fromLatin1(pragma), &error, &raw))
            return openError(path, raw);
    }
    if (created) {
        const Status init = database->transaction([&]() -> Status {
            Error e;
            if (!exec(database->m_db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &e)
                || !exec(database->m_db,
                         QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                        " version INTEGER PRIMARY KEY,"
                                        " applied_at INTEGER NOT NULL,"
                                        " summary TEXT NOT NULL)"),
                         &e))
                return e;
            return {};
        });
        if (!init)
            return init.error();
    }
    database->m_schemaVersion = foundVersion;
    const Status migrated = database->migrateTo(targetVersion);
    if (!migrated)
        return migrated.error();
    database->m_discard = false;
    return database;
}

Status Database::migrateTo(int version)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= m_schemaVersion || migration.version > version)
            continue;
        const Status step = transaction([&]() -> Status {
            for (const QString &statement : migration.statements) {
                QSqlQuery query(m_db);
                if (!query.exec(statement))
                    return Error::storage(Tr::tr("The workspace could not be upgraded to schema %1: %2")
                                              .arg(migration.version)
                                              .arg(query.lastError().text()));
            }
            QSqlQuery record(m_db);
            record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at, summary) VALUES (?, ?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(QDateTime::currentMSecsSinceEpoch());
            record.addBindValue(QString::fromLatin1(migration.summary));
            if (!record.exec())
                return sqlError(record);
            return {};
        });
        if (!step)
            return step;
        m_schemaVersion = migration.version;
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &body, Kind kind)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = body();
        --m_transactionDepth;
        return status;
    }
    Error error;
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return error;
    ++m_transactionDepth;
    Status status = body();
    --m_transactionDepth;
    if (status && !exec(m_db, QStringLiteral("COMMIT"), &error))
        status = error;
    if (!status) {
        exec(m_db, QStringLiteral("ROLLBACK"));
        return status;
    }
    if (kind == Kind::Change)
        ++m_changeCount;
    // A copy: a listener may remove itself.
    const auto listeners = m_commitListeners;
    for (const auto &listener : listeners)
        listener.second();
    return status;
}

int Database::addCommitListener(std::function<void()> listener)
{
    const int id = m_nextListenerId++;
    m_commitListeners.append({id, std::move(listener)});
    return id;
}

void Database::removeCommitListener(int id)
{
    m_commitListeners.removeIf([id](const auto &listener) { return listener.first == id; });
}

} // namespace Pd

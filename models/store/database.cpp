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

bool exec(QSqlDatabase &db, const QString &sql, Error *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlError(query);
    return false;
}

// Looks at an existing file without writing to it and says whether we may open it for writing.
// Returns the schema version it holds (0 for a file without tables).
Result<int> inspect(const QString &path)
{
    const QString name = newConnectionName();
    Result<int> result = Error::internal(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString corrupt = Tr::tr("The workspace “%1” is damaged or is not a database, so it was not opened. "
                                       "The file was left unchanged.")
                                    .arg(QDir::toNativeSeparators(path));
        if (!db.open()) {
            result = Error::storage(corrupt + QLatin1Char(' ') + db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
                result = Error::storage(corrupt + QLatin1Char(' ') + query.lastError().text());
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
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return createAtVersion(path, currentSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString &path, int targetVersion)
{
    const QFileInfo info(path);
    int foundVersion = 0;
    bool created = !info.exists() || info.size() == 0;
    if (info.exists() && info.isDir())
        return Error::storage(Tr::tr("“%1” is a folder, not a workspace file.").arg(QDir::toNativeSeparators(path)));
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
        auto inspected = inspect(path);
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
    database->m_connectionName = newConnectionName();
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_db.setDatabaseName(path);
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database->m_db.open())
        return sqlError(database->m_db.lastError());

    Error error;
    // WAL lets the GUI read while the scheduler daemon writes; synchronous=FULL makes a commit
    // durable before it returns, which is what "exactly once" and "nothing committed is lost" need.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!exec(database->m_db, QString::fromLatin1(pragma), &error))
            return error;
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

Status Database::transaction(const std::function<Status()> &body)
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

// The workspace file: creation, migrations, refusals that leave files untouched, transactions.
#include "accounts/accountstore.h"
#include "core/session.h"
#include "pipelines/pipelinestore.h"
#include "store/auditlog.h"
#include "store/settingsstore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Pd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void auditLogFollowsTheTransactionItIsIn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(db.ok());
        ManualClock clock(PdTest::demoNow());
        AuditLog log(**db, clock);
        const QString count = QStringLiteral("SELECT count(*) FROM audit_log");

        // Inside a transaction that fails, the entry goes with the change it records.
        const Status failed = (*db)->transaction([&]() -> Status {
            log.record(QStringLiteral("111111111111"), QStringLiteral("CreateThing"), QStringLiteral("a"), Status());
            return Error::invalid(QStringLiteral("name"), QStringLiteral("name: refused"));
        });
        QVERIFY(!failed);
        QCOMPARE(scalar(**db, count), 0);

        // Outside one it is its own transaction, with the clock's time and the OS user.
        log.record(QStringLiteral("111111111111"), QStringLiteral("DeleteThing"), QStringLiteral("b"),
                   Status(Error::denied(QStringLiteral("no"))), QStringLiteral("why"));
        QCOMPARE(scalar(**db, count), 1);
        auto latest = AuditStore(**db).latest(1);
        QVERIFY(latest.ok() && latest->size() == 1);
        QCOMPARE(latest->at(0).action, QStringLiteral("DeleteThing"));
        QCOMPARE(latest->at(0).outcome, QStringLiteral("no"));
        QCOMPARE(latest->at(0).detail, QStringLiteral("why"));
        QCOMPARE(latest->at(0).at, PdTest::demoNow().toMSecsSinceEpoch());
        QCOMPARE(latest->at(0).actor, Session::userName());

        // A failed audit write is logged (never silent) and never fails the change it records.
        QSqlQuery drop((*db)->db());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE audit_log")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("audit log not written.*SetThing")));
        const Status changed = (*db)->transaction([&]() -> Status {
            if (Status st = SettingsStore(**db).setValue(QStringLiteral("k"), QStringLiteral("v")); !st)
                return st;
            log.record(QStringLiteral("111111111111"), QStringLiteral("SetThing"), QStringLiteral("k"), Status());
            return {};
        });
        QVERIFY(changed);
        QCOMPARE(SettingsStore(**db).value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void newFileIsAtCurrentVersionInWalWithForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        // The default workspace's folder is made on a first start (createFolder); see
        // aMissingFolderIsRefusedAndNothingMade for a folder the user named.
        Database::OpenOptions options;
        options.createFolder = true;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->wasCreated());
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT max(version) FROM schema_version")), Database::currentSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA application_id")), Database::ApplicationId);
        QSqlQuery mode((*db)->db());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void reopeningDoesNotRecreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->wasCreated());
    }

    void olderSchemaIsMigratedKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto v1 = Database::createAtVersion(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE((*v1)->schemaVersion(), 1);
            // Version 1 has no schedules table yet.
            QCOMPARE(scalar(**v1, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schedules'")), 0);
            // The row as version 1 wrote it: today's AccountStore writes columns later versions added.
            const Status s = (*v1)->transaction([&]() -> Status {
                QSqlQuery q((*v1)->db());
                if (!q.exec(QStringLiteral("INSERT INTO accounts (id, name, created_at) VALUES ('123456789012', 'old', 1)")))
                    return sqlError(q);
                return {};
            });
            QVERIFY(s.ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(!(*db)->wasCreated());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schedules'")), 1);
        auto account = AccountStore(**db).account(QStringLiteral("123456789012"));
        QVERIFY(account.ok());
        QCOMPARE(account->name, QStringLiteral("old"));
        // Every step is recorded once.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_version")), int(migrations().size()));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 0, 'from the future')")
                               .arg(Database::currentSchemaVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            // Leave it in rollback mode so the file alone is the whole database.
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Storage);
        QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QString::number(Database::currentSchemaVersion() + 1)));
        QCOMPARE(fileHash(path), before);
    }

    void foreignFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,value\nnot,a database\n") << QStringLiteral("not an SQLite database");
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt += QByteArray(4096, '\xA5');
        QTest::newRow("corrupt sqlite") << corrupt << QStringLiteral("damaged");
    }

    void foreignFilesAreRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        writeFile(path, content);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void otherApplicationsDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("another application")), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void aMissingFolderIsRefusedAndNothingMade()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no-such-folder"));
        auto db = Database::open(folder + QStringLiteral("/w.sqlite"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::InvalidInput);
        QCOMPARE(db.error().field, QStringLiteral("workspace"));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(folder)), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("does not exist")), qPrintable(db.error().message));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!Database::checkLocation(folder + QStringLiteral("/w.sqlite")).ok());
    }

    void aNewFileIsForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        // The loosest umask: what the program makes must not depend on it.
        const mode_t previous = ::umask(0);
        auto db = Database::open(path);
        ::umask(previous);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // Something in the WAL, so that the -wal and -shm files are there to look at.
        QVERIFY((*db)->transaction([&] { return SettingsStore(**db).setValue(QStringLiteral("k"), QStringLiteral("v")); }));
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), 0600);
        }
    }

    void aZeroByteFileBecomesTheWorkspaceAndKeepsItsMode()
    {
        // mktemp's file: SQLite sees an empty database, and so does the workspace.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, QByteArray());
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->wasCreated());
        QVERIFY((*db)->madeFile());
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    }

    void discardOnClosePutsBackOnlyWhatOpenMade()
    {
        QTemporaryDir dir;
        // A file that did not exist: gone, with its -wal and -shm.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        {
            auto db = Database::open(fresh);
            QVERIFY(db.ok());
            QVERIFY((*db)->madeFile());
            (*db)->discardOnClose();
        }
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-shm")));
        // A zero-byte file: still there, empty again.
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(empty, QByteArray());
        {
            auto db = Database::open(empty);
            QVERIFY(db.ok());
            QVERIFY((*db)->madeFile());
            (*db)->discardOnClose();
        }
        QVERIFY(QFileInfo::exists(empty));
        QCOMPARE(QFileInfo(empty).size(), 0);
        // A workspace that held data: never touched.
        const QString kept = dir.filePath(QStringLiteral("kept.sqlite"));
        {
            auto db = Database::open(kept);
            QVERIFY(db.ok());
        }
        const QByteArray before = fileHash(kept);
        {
            auto db = Database::open(kept);
            QVERIFY(db.ok());
            QVERIFY(!(*db)->madeFile());
            (*db)->discardOnClose();
        }
        QCOMPARE(fileHash(kept), before);
    }

    void aRecordOfARefusalIsNoChange()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.ok());
        const int opened = (*db)->changeCount();
        ManualClock clock(PdTest::demoNow());
        AuditLog(**db, clock).record(QStringLiteral("111111111111"), QStringLiteral("DeletePipeline"),
                                     QStringLiteral("p"), Error::denied(QStringLiteral("no")));
        QCOMPARE((*db)->changeCount(), opened);
        QVERIFY((*db)->transaction([&] { return SettingsStore(**db).setValue(QStringLiteral("k"), QStringLiteral("v")); }));
        QCOMPARE((*db)->changeCount(), opened + 1);
    }

    void aLockedWorkspaceIsSaidLockedNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        // Another program keeps the file to itself: an exclusive lock held until it lets go (what
        // `sqlite3 FILE` does after "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; ...").
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")), qPrintable(q.lastError().text()));

            Database::OpenOptions options;
            options.busyTimeoutMs = 50;
            auto db = Database::open(path, options);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Storage);
            QVERIFY2(db.error().message.contains(QLatin1String("locked by another program")), qPrintable(db.error().message));
            QVERIFY2(!db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().message));
            QVERIFY(QFileInfo::exists(path)); // a refusal never removes a file that was there
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(Database::open(path).ok());
    }

    void aWriteUnderAnotherProgramsLockSaysLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        Database::OpenOptions options;
        options.busyTimeoutMs = 50;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        const QString name = QStringLiteral("writer");
        {
            // In WAL mode readers go on; a writer holds the one write lock.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const Status s = (*db)->transaction([&] { return SettingsStore(**db).setValue(QStringLiteral("k"), QStringLiteral("v")); });
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, Error::Code::Storage);
            QVERIFY2(s.error().message.contains(QLatin1String("locked by another program")), qPrintable(s.error().message));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aReadOnlyFileOrFolderIsSaidReadOnly()
    {
        if (::geteuid() == 0)
            QSKIP("root writes to read-only files and folders, so there is nothing to refuse");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/w.sqlite");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        const QByteArray before = fileHash(path);
        const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        // A read-only file in a writable folder.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto file = Database::open(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message.contains(QLatin1String("is read-only")), qPrintable(file.error().message));
        QVERIFY2(file.error().message.contains(QLatin1String("chmod u+w")), qPrintable(file.error().message));
        QVERIFY(!file.error().message.contains(QLatin1String("damaged")));
        QVERIFY(QFile::setPermissions(path, rw));
        // A writable file in a read-only folder (no room for the -wal and -shm files).
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto inFolder = Database::open(path);
        QVERIFY(!inFolder.ok());
        QVERIFY2(inFolder.error().message.contains(QLatin1String("folder")), qPrintable(inFolder.error().message));
        QVERIFY2(inFolder.error().message.contains(QLatin1String("is read-only")), qPrintable(inFolder.error().message));
        // And a new file there.
        auto fresh = Database::open(folder + QStringLiteral("/new.sqlite"));
        QVERIFY(!fresh.ok());
        QVERIFY2(fresh.error().message.contains(QLatin1String("could not be created")), qPrintable(fresh.error().message));
        QVERIFY(QFile::setPermissions(folder, rw | QFileDevice::ExeOwner));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/new.sqlite")));
    }

    void failedTransactionWritesNothing()
    {
        PdTest::TestWorkspace ws;
        Database &db = ws->database();
        const int before = scalar(db, QStringLiteral("SELECT count(*) FROM accounts"));
        const Status s = db.transaction([&]() -> Status {
            AccountStore store(db);
            if (Status first = store.insert(Account{QStringLiteral("999999999999"), QStringLiteral("a"), {}, {}, {}, 1}); !first)
                return first;
            // The same id again violates the primary key: the first insert must be rolled back too.
            return store.insert(Account{QStringLiteral("999999999999"), QStringLiteral("b"), {}, {}, {}, 1});
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Storage);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")), before);
        QVERIFY(!db.inTransaction());
    }

    void checkConstraintsGuardAccountIds()
    {
        PdTest::TestWorkspace ws(false);
        Database &db = ws->database();
        const Status s = db.transaction(
            [&] { return AccountStore(db).insert(Account{QStringLiteral("12345"), QStringLiteral("short"), {}, {}, {}, 1}); });
        QVERIFY(!s.ok());
    }

    void demoIsSeededOnceAndCompletely()
    {
        PdTest::TestWorkspace ws;
        Database &db = ws->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM executions")), 5);
        auto serial = PipelineStore(db).pipeline(
            QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline"));
        QVERIFY(serial.ok());
        const PipelineDefinition definition = PipelineDefinition::fromJson(serial->definition);
        QStringList names;
        for (const PipelineParameter &p : definition.parameters)
            names << p.name + QLatin1Char(':') + p.type + QLatin1Char('=') + p.defaultValue;
        QCOMPARE(names.mid(0, 3), QStringList({QStringLiteral("TrainingInstanceType:String=ml.m5.xlarge"),
                                               QStringLiteral("ProcessingInstanceType:String=ml.m5.xlarge"),
                                               QStringLiteral("ProcessingInstanceCount:Integer=1")}));
        QVERIFY(names.at(3).startsWith(QLatin1String("InputData:String=")));
        bool hasDependency = false;
        for (const PipelineStep &step : definition.steps)
            hasDependency = hasDependency || !step.dependsOn.isEmpty();
        QVERIFY(hasDependency);

        // Opening the same file again with --demo changes nothing.
        const int executions = scalar(db, QStringLiteral("SELECT count(*) FROM executions"));
        Workspace::Options options;
        options.seedDemo = true;
        options.clock = &ws.clock;
        auto second = Workspace::open(ws.path(), options);
        QVERIFY(second.ok());
        QCOMPARE(scalar((*second)->database(), QStringLiteral("SELECT count(*) FROM executions")), executions);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// Files handled honestly from the command line (issue 13): a refused command writes nothing, a
// named folder is never made, the workspace is its owner's only, a lock is said to be a lock, and
// --output replaces a file only when told to.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using PdTest::runCli;

namespace {

bool noSidecars(const QString &path)
{
    return !QFileInfo::exists(path + "-wal") && !QFileInfo::exists(path + "-shm") && !QFileInfo::exists(path + "-journal");
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void aRefusedCommandLeavesNoNewWorkspace_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        // No accounts yet, so no identity to act as.
        QTest::newRow("no identity") << QStringList{"pipelines", "list"} << 2;
        QTest::newRow("unknown identity, demo") << QStringList{"--demo", "--identity", "999999999999", "pipelines", "list"} << 2;
        QTest::newRow("bad option value, demo") << QStringList{"--demo", "--identity", "222222222222", "rules", "export",
                                                               "--name", "nightly-retrain", "--format", "xml"}
                                                << 2;
        // Refused by permissions: the audit log records the refusal, which is no reason to keep the file.
        QTest::newRow("refused by permissions, demo")
            << QStringList{"--demo", "--identity", "111111111111", "pipelines", "delete", "--pipeline-name",
                           "arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline"}
            << 3;
    }

    void aRefusedCommandLeavesNoNewWorkspace()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString path = dir.filePath("new.sqlite");
        const auto r = runCli(QStringList{"--workspace", path} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!QFileInfo::exists(path), qPrintable(r.err));
        QVERIFY(noSidecars(path));
    }

    void aZeroByteFileStaysEmptyWhenRefusedAndBecomesTheWorkspaceOtherwise()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("mktemp.sqlite");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto refused = runCli({"--workspace", path, "--demo", "--identity", "999999999999", "pipelines", "list"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(noSidecars(path));
        const auto done = runCli({"--workspace", path, "--demo", "accounts", "list"});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(done.out.contains("shared-services"));
    }

    void aRefusedCommandLeavesAnExistingWorkspaceAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("demo.sqlite");
        QCOMPARE(runCli({"--workspace", path, "--demo", "accounts", "list"}).exitCode, 0);
        const auto r = runCli({"--workspace", path, "--identity", "999999999999", "pipelines", "list"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(runCli({"--workspace", path, "accounts", "list"}).exitCode, 0);
    }

    void aMissingFolderIsNamedAndNotMade()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("typo");
        const auto r = runCli({"--workspace", folder + "/w.sqlite", "--demo", "accounts", "list"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(folder)), qPrintable(r.err));
        QVERIFY2(r.err.contains("does not exist"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void theWorkspaceIsForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("private.sqlite");
        const mode_t previous = ::umask(022);
        const auto r = runCli({"--workspace", path, "--demo", "accounts", "list"});
        ::umask(previous);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(int(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                      | QFileDevice::ReadOther | QFileDevice::WriteOther)),
                 0);
        QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::WriteOwner));
    }

    void aWriteUnderAnotherProgramsLockSaysLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("busy.sqlite");
        QCOMPARE(runCli({"--workspace", path, "--demo", "accounts", "list"}).exitCode, 0);
        const QString name = "another-program";
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec("BEGIN EXCLUSIVE"));
            // Waits out the busy timeout (5 s), then says what is going on.
            const auto r = runCli({"--workspace", path, "--identity", "111111111111", "event-buses", "create", "--name", "b"});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("locked by another program"), qPrintable(r.err));
            QVERIFY2(!r.err.contains("damaged"), qPrintable(r.err));
            QVERIFY(q.exec("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void outputReplacesAFileOnlyWithOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("demo.sqlite");
        QCOMPARE(runCli({"--workspace", path, "--demo", "accounts", "list"}).exitCode, 0);
        const QString output = dir.filePath("rule.json");
        const QStringList exportRule{"--workspace", path, "--identity", "222222222222", "rules", "export",
                                     "--name", "nightly-retrain", "--output", output};
        // A new file is written.
        QCOMPARE(runCli(exportRule).exitCode, 0);
        const QByteArray exported = contents(output);
        QVERIFY(exported.contains("nightly-retrain"));
        // An existing one is refused, named, and left as it was.
        {
            QFile file(output);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine");
        }
        const auto refused = runCli(exportRule);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QDir::toNativeSeparators(output)), qPrintable(refused.err));
        QVERIFY2(refused.err.contains("--overwrite"), qPrintable(refused.err));
        QCOMPARE(contents(output), QByteArray("mine"));
        // Told to, it replaces it.
        QCOMPARE(runCli(exportRule + QStringList{"--overwrite"}).exitCode, 0);
        QCOMPARE(contents(output), exported);
        // The same for schedules export.
        const QString yaml = dir.filePath("schedule.yaml");
        {
            QFile file(yaml);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine");
        }
        const auto schedule = runCli({"--workspace", path, "--identity", "222222222222", "schedules", "export",
                                      "--name", "any", "--output", yaml});
        QCOMPARE(schedule.exitCode, 2);
        QVERIFY2(schedule.err.contains("--overwrite"), qPrintable(schedule.err));
        QCOMPARE(contents(yaml), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"

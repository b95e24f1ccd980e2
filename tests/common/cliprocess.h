#pragma once

// pipelinedesk-cli run as a program against a fake AWS account, for the tests of connected
// accounts on the command line: a throw-away HOME (so the profile's keys go to the test session's
// keychain, never the user's), none of the machine's AWS_* variables, the fake server answering
// from the test's event loop while the program runs, and every byte printed kept so that a test
// can show a secret appeared nowhere. A test class derives from it next to QObject:
//
//     class TestConnectedRulesCli : public QObject, public PdTest::CliProcess { … };
//
// The test's CMake target defines PD_CLI_PATH (pd_add_test … NEEDS_BINARIES).

#include "fakecloud.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace PdTest {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliProcess
{
protected:
    QTemporaryDir m_dir;
    FakeAwsServer m_server;
    FakeCloud m_cloud;
    QByteArray m_allOutput; // every byte any run printed

    QString workspace() const { return m_dir.filePath(QStringLiteral("w.sqlite")); }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString endpoint() const { return m_server.url().toString(); }
    // The global options that make a command act as the connected account "prod" at the fake.
    QStringList profileArguments() const
    {
        return {QStringLiteral("--endpoint-url"), endpoint(), QStringLiteral("--profile"), QStringLiteral("prod")};
    }
    int requests() const { return int(m_server.requests().size()); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), home());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/.config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/.local/share"));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
        for (const QString &k : e.keys()) {
            if (k.startsWith(QLatin1String("AWS_")))
                e.remove(k);
        }
        return e;
    }

    // Starts the CLI on the workspace, in English; the fake answers meanwhile. finish() waits.
    void start(QProcess &process, const QStringList &arguments, const QByteArray &input = {})
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PD_CLI_PATH), QStringList{QStringLiteral("--workspace"), workspace(),
                                                               QStringLiteral("--language"), QStringLiteral("en")} +
                                                       arguments);
        if (!process.waitForStarted(10000))
            qFatal("pipelinedesk-cli did not start");
        process.write(input);
        process.closeWriteChannel();
    }

    CliRun finish(QProcess &process)
    {
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(60000))
                qFatal("pipelinedesk-cli did not finish");
        }
        CliRun r{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError()};
        m_allOutput += r.out + r.err;
        return r;
    }

    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        start(process, arguments, input);
        return finish(process);
    }

    // The first column of the first row of `sql` on the workspace, read-only beside the program.
    QVariant value(const QString &sql) const
    {
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(workspace());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    result = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return result;
    }
    qint64 count(const QString &sql) const
    {
        const QVariant v = value(sql);
        return v.isValid() ? v.toLongLong() : -1;
    }
    QString text(const QString &sql) const { return value(sql).toString(); }
};

} // namespace PdTest

#pragma once

// A demo workspace with a fake AWS account behind it, for the tests of connected accounts: the
// workspace (manual clock, secrets in memory), a FakeAwsServer serving a FakeCloud, and the
// connected layer (CloudConnections, CloudActions) over them. One fixture for the model, CLI-less
// and GUI tests, so that a change of how an account connects is made once.
//
//     PdTest::ConnectedFixture f;
//     f.cloud.addRule("nightly", pattern, 1);
//     const QString account = f.connectAndSync();
//     QVERIFY(f.wait(f.actions->setRuleEnabled(account, "nightly", {}, false)));

#include "fakecloud.h"
#include "memorysecretstore.h"
#include "testworkspace.h"

#include "cloud/awsclient.h"
#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace PdTest {

// The keys of the fake account's profile (the AWS documentation's example keys).
inline const Pd::AwsCredentials &fakeKeys()
{
    static const Pd::AwsCredentials keys{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                         QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), QString()};
    return keys;
}

// Connections for tests: the AWS_* environment of the machine running them is ignored, and
// retries do not wait (a test of a page or a command is not a test of the backoff).
inline void useForTests(Pd::CloudConnections &connections)
{
    connections.setUseEnvironment(false);
    Pd::AwsClientOptions client;
    client.wait = [](int, QObject *context, std::function<void()> then) {
        QMetaObject::invokeMethod(context, std::move(then), Qt::QueuedConnection);
    };
    connections.setClientOptions(client);
}

// The workspace and the fake account, without a connected layer (a MainWindow brings its own).
struct FakeCloudWorkspace
{
    QTemporaryDir dir;
    Pd::ManualClock clock{demoNow()};
    MemorySecretStore secrets;
    std::unique_ptr<Pd::Workspace> workspace;
    FakeAwsServer server;
    FakeCloud cloud;

    FakeCloudWorkspace()
    {
        Pd::Workspace::Options options;
        options.seedDemo = true;
        options.clock = &clock;
        options.secrets = &secrets;
        auto opened = Pd::Workspace::open(dir.filePath(QStringLiteral("w.sqlite")), options);
        if (!opened)
            qFatal("cannot open test workspace: %s", qPrintable(opened.error().message));
        workspace = std::move(opened).value();
        cloud.serve(server);
    }

    // A profile at the fake (keys in the memory keychain); not tested yet.
    Pd::Status addProfile(const QString &name = QStringLiteral("prod"))
    {
        Pd::Profile p;
        p.name = name;
        p.region = QStringLiteral("us-east-1");
        p.endpointUrl = server.url().toString();
        std::optional<Pd::Status> result;
        workspace->profiles().add(p, fakeKeys(), [&](Pd::Status s) { result = s; });
        for (int i = 0; i < 500 && !result; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!result)
            qFatal("the keychain did not answer");
        return *result;
    }

    // Waits for a job to end; its status, and its value in `value`.
    static Pd::Status wait(Pd::CloudJob *job, QString *value = nullptr)
    {
        job->setAutoDelete(false);
        if (!job->isFinished()) {
            QSignalSpy finished(job, &Pd::CloudJob::finished);
            if (!finished.wait(10000))
                qFatal("the job did not finish");
        }
        const Pd::Status status = job->status();
        if (value)
            *value = job->value();
        delete job;
        return status;
    }

    QString text(const QString &sql)
    {
        QSqlQuery q(workspace->database().db());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
        return q.next() ? q.value(0).toString() : QString();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(workspace->database().db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
};

// …with its own connected layer.
struct ConnectedFixture : FakeCloudWorkspace
{
    std::unique_ptr<Pd::CloudConnections> connections;
    std::unique_ptr<Pd::CloudActions> actions;

    ConnectedFixture()
    {
        connections = std::make_unique<Pd::CloudConnections>(*workspace);
        useForTests(*connections);
        actions = std::make_unique<Pd::CloudActions>(*connections);
    }

    // Adds and tests the profile: the account it reaches is connected. Its id.
    QString connect(const QString &name = QStringLiteral("prod"))
    {
        if (!addProfile(name))
            qFatal("profile not added");
        QString account;
        const Pd::Status s = wait(actions->testProfile(workspace->defaultIdentity(), name), &account);
        if (!s)
            qFatal("test failed: %s", qPrintable(s.error().message));
        return account;
    }

    Pd::Status sync(const QString &accountId, Pd::SyncScope scope = Pd::SyncScope::all(),
                    Pd::CloudSync::Counts *counts = nullptr)
    {
        Pd::CloudSync sync(*connections, accountId, scope);
        QSignalSpy finished(&sync, &Pd::CloudSync::finished);
        sync.start();
        if (!finished.wait(20000))
            qFatal("the sync did not finish");
        if (counts)
            *counts = sync.counts();
        return sync.status();
    }

    // connect() and a whole sync: the account as a page shows it after F5.
    QString connectAndSync(const QString &name = QStringLiteral("prod"))
    {
        const QString account = connect(name);
        if (const Pd::Status s = sync(account); !s)
            qFatal("the sync failed: %s", qPrintable(s.error().message));
        return account;
    }
};

} // namespace PdTest

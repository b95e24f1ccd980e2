// The workspace file handled honestly (issue 13): a refused start or command leaves no workspace
// behind that it made, and a program never acts as another account than the one asked for.
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "pipelines/pipelineservice.h"

#include <QFile>
#include <QFileInfo>

using namespace Pd;

namespace {

std::unique_ptr<Workspace> openAt(const QString &path, bool demo)
{
    Workspace::Options options;
    options.seedDemo = demo;
    auto opened = Workspace::open(path, options);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().message));
    return opened ? std::move(opened).value() : nullptr;
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private slots:
    void anUnchangedNewWorkspaceIsDiscarded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto ws = openAt(path, true);
        QVERIFY(ws);
        // Refused: the audit log records it, which is no change of the workspace.
        QVERIFY(!ws->pipelines().deletePipeline(QStringLiteral("111111111111"), QStringLiteral("no-such-pipeline")));
        QVERIFY(ws->discardIfUnchanged());
        ws.reset();
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }

    void aChangedNewWorkspaceIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto ws = openAt(path, false);
        QVERIFY(ws);
        QVERIFY(ws->accounts().createAccount(QString(), {QStringLiteral("123456789012"), QStringLiteral("dev"), {}, {}, {}}));
        QVERIFY(!ws->discardIfUnchanged());
        ws.reset();
        auto again = openAt(path, false);
        QVERIFY(again);
        QVERIFY(again->accounts().account(QStringLiteral("123456789012")));
    }

    void anExistingWorkspaceIsNeverDiscarded()
    {
        PdTest::TestWorkspace ws;
        ws.workspace.reset();
        auto reopened = openAt(ws.path(), false);
        QVERIFY(reopened);
        QVERIFY(!reopened->discardIfUnchanged());
        reopened.reset();
        QVERIFY(QFileInfo(ws.path()).size() > 0);
    }

    void aZeroByteFileIsEmptiedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mktemp.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto ws = openAt(path, true);
        QVERIFY(ws);
        QVERIFY(ws->discardIfUnchanged());
        ws.reset();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void anUnknownAskedIdentityIsRefused()
    {
        PdTest::TestWorkspace ws;
        const auto unknown = ws->startingIdentity(QStringLiteral("999999999999"), QString());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::InvalidInput);
        // The CLI's words (AccountService::checkIdentity).
        QCOMPARE(unknown.error().message, QStringLiteral("identity: account 999999999999 does not exist in this workspace."));
        const auto malformed = ws->startingIdentity(QStringLiteral("dev"), QStringLiteral("111111111111"));
        QVERIFY(!malformed.ok());
        QVERIFY2(malformed.error().message.contains(QLatin1String("12 digits")), qPrintable(malformed.error().message));
    }

    void aRememberedIdentityAppliesOnlyWhereItExists()
    {
        PdTest::TestWorkspace ws;
        QCOMPARE(ws->startingIdentity(QStringLiteral("333333333333"), QStringLiteral("111111111111")).value(),
                 QStringLiteral("333333333333"));
        QCOMPARE(ws->startingIdentity(QString(), QStringLiteral("222222222222")).value(), QStringLiteral("222222222222"));
        // The last session was on another workspace: its identity does not apply here.
        QCOMPARE(ws->startingIdentity(QString(), QStringLiteral("999999999999")).value(), ws->defaultIdentity());
        QCOMPARE(ws->startingIdentity(QString(), QString()).value(), ws->defaultIdentity());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"

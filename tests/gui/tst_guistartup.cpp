// pipelinedesk's start (issue 13): an --identity that is not an account of the workspace is refused
// in the CLI's words (stderr and exit 2 with --screenshot) instead of silently acting as the default
// account, and a refused start leaves no workspace behind that it made.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QFileInfo>
#include <QProcess>

namespace {

struct Started
{
    int exitCode = -1;
    QString err;
};

Started startGui(const QString &configHome, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", configHome);
    env.insert("XDG_DATA_HOME", configHome);
    process.setProcessEnvironment(env);
    process.start(PD_GUI_PATH, arguments + QStringList{"--language", "en"});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void anUnknownIdentityIsRefused()
    {
        PdTest::TestWorkspace ws;
        ws.workspace.reset();
        const QString png = ws.dir.filePath("shot.png");
        const auto started = startGui(ws.dir.path(), {"--workspace", ws.path(), "--identity", "999999999999", "--screenshot", png});
        QCOMPARE(started.exitCode, 2);
        QVERIFY2(started.err.contains("identity: account 999999999999 does not exist in this workspace."), qPrintable(started.err));
        QVERIFY(!QFileInfo::exists(png));
    }

    void aKnownIdentityStarts()
    {
        PdTest::TestWorkspace ws;
        ws.workspace.reset();
        const QString png = ws.dir.filePath("shot.png");
        const auto started = startGui(ws.dir.path(), {"--workspace", ws.path(), "--identity", "333333333333", "--screenshot", png});
        QCOMPARE(started.exitCode, 0);
        QVERIFY(QFileInfo::exists(png));
    }

    void aRefusedStartLeavesNoNewWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.sqlite");
        const auto started =
            startGui(dir.path(), {"--workspace", path, "--identity", "999999999999", "--screenshot", dir.filePath("shot.png")});
        QCOMPARE(started.exitCode, 2);
        QVERIFY2(!QFileInfo::exists(path), qPrintable(started.err));
    }

    void aMissingFolderIsRefusedBeforeAnything()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("typo");
        const auto started = startGui(dir.path(), {"--workspace", folder + "/w.sqlite", "--screenshot", dir.filePath("shot.png")});
        QCOMPARE(started.exitCode, 2);
        QVERIFY2(started.err.contains("does not exist"), qPrintable(started.err));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"

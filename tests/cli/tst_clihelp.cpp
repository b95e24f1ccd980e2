// pipelinedesk-cli --help at each level (issue 12): the program's nouns and verbs, one noun's verbs,
// one command's usage line, description and options — each starting "Usage: pipelinedesk-cli ...",
// never the path the program was started by, and without QCommandLineParser's generic sections.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Help
{
    int exitCode = -1;
    QStringList out;
    QStringList err;
};

// Runs the CLI in process, started by a whole path as a shell would give it.
Help help(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Help result;
    result.exitCode = Pd::Cli::run(QStringList{"/usr/local/bin/pipelinedesk-cli"} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    result.out = out.split('\n');
    result.err = err.split('\n');
    return result;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void oneCommand();
    void oneCommandWithItsDescription();
    void oneNoun();
    void theProgram();
    void inKorean();
    void theProgramStartedByItsPath();
    void theOptionsOfConnectedAccounts();
};

void TestCliHelp::oneCommand()
{
    const Help h = help({"pipelines", "put-triggers", "--help", "--language", "en"});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(h.out.value(0), "Usage: pipelinedesk-cli pipelines put-triggers [options]");
    QCOMPARE(h.out.value(1), "Create or update schedules that start a pipeline (SageMaker SDK put_triggers).");
    QCOMPARE(h.out.value(2), "");
    QCOMPARE(h.out.value(3), "Options:");
    QVERIFY2(h.out.value(4).startsWith("  --pipeline-name NAME_OR_ARN  "), qPrintable(h.out.value(4)));
    // The command's own options come before the global ones, and no generic "noun verb" section.
    const qsizetype globals = h.out.indexOf("Global options (they may stand anywhere on the line):");
    QVERIFY(globals > 4);
    QVERIFY(h.out.indexOf(QRegularExpression("  --trigger-name NAME .*")) < globals);
    QVERIFY(h.out.indexOf(QRegularExpression("  --workspace FILE .*")) > globals);
    QCOMPARE(h.out.indexOf("Arguments:"), -1);
    QCOMPARE(h.out.indexOf(QRegularExpression(".*\\bnoun\\b.*")), -1);
    QCOMPARE(h.out.indexOf(QRegularExpression(".*/usr/local/bin.*")), -1);

    // -h too, anywhere on the line.
    const Help short_ = help({"--language", "en", "-h", "pipelines", "put-triggers"});
    QCOMPARE(short_.exitCode, 0);
    QCOMPARE(short_.out, h.out);
}

void TestCliHelp::oneCommandWithItsDescription()
{
    const Help h = help({"rules", "put-targets", "--help", "--language", "en"});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(h.out.value(0), "Usage: pipelinedesk-cli rules put-targets [options]");
    QCOMPARE(h.out.value(1), "Add a pipeline target to a rule, or replace the target with the same id.");
    QCOMPARE(h.out.value(2), "");
    QVERIFY2(h.out.value(3).startsWith("--targets takes the Targets list of “aws events put-targets”"),
             qPrintable(h.out.value(3)));
    // Wrapped between words.
    for (int i = 3; i < h.out.indexOf("Options:"); ++i)
        QVERIFY2(h.out.at(i).size() <= 100, qPrintable(h.out.at(i)));
}

void TestCliHelp::oneNoun()
{
    const Help h = help({"pipelines", "--help", "--language", "en"});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(h.out.value(0), "Usage: pipelinedesk-cli pipelines VERB [options]");
    QCOMPARE(h.out.value(1), "");
    QCOMPARE(h.out.value(2), "Verbs:");
    QVERIFY2(h.out.value(3).startsWith("  list "), qPrintable(h.out.value(3)));
    QVERIFY(h.out.indexOf(QRegularExpression("  put-triggers +Create or update schedules .*")) > 3);
    QCOMPARE(h.out.indexOf(QRegularExpression(".*put-targets.*")), -1); // rules' verbs are not listed
    QVERIFY(h.out.contains("Run “pipelinedesk-cli pipelines VERB --help” for the options of one command."));

    // A noun without a verb and without --help: the same on stderr, exit code 2.
    const Help missing = help({"pipelines", "--language", "en"});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.value(0), "Usage: pipelinedesk-cli pipelines VERB [options]");
    QCOMPARE(missing.out, QStringList{""});

    // A noun that does not exist is said so.
    const Help unknown = help({"pipeline", "--help", "--language", "en"});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err.value(0),
             "pipelinedesk-cli: unknown command “pipeline”. Run “pipelinedesk-cli --help” for the list.");
}

void TestCliHelp::theProgram()
{
    const Help h = help({"--help", "--language", "en"});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(h.out.value(0), "Usage: pipelinedesk-cli [global options] NOUN VERB [options]");
    const qsizetype commands = h.out.indexOf("Commands:");
    QVERIFY(commands > 0);
    QVERIFY(h.out.indexOf(QRegularExpression("  pipelines put-triggers +Create or update schedules .*")) > commands);
    QVERIFY(h.out.indexOf(QRegularExpression("  rules put-targets +Add a pipeline target .*")) > commands);
    QVERIFY(h.out.contains("Run “pipelinedesk-cli NOUN --help” for the verbs of one noun."));
}

void TestCliHelp::inKorean()
{
    const Help h = help({"pipelines", "put-triggers", "--help", "--language", "ko"});
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.value(0).contains(" pipelinedesk-cli pipelines put-triggers "), qPrintable(h.out.value(0)));
    // The command's summary, translated.
    QVERIFY2(h.out.value(1).contains(QRegularExpression("[\\x{AC00}-\\x{D7A3}]")), qPrintable(h.out.value(1)));
}

void TestCliHelp::theProgramStartedByItsPath()
{
    // The real program, started by the absolute path of the build: QCommandLineParser's own help
    // printed that path.
    QProcess process;
    process.start(PD_CLI_PATH, {"pipelines", "put-triggers", "--help", "--language", "en"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split('\n');
    QCOMPARE(lines.value(0), "Usage: pipelinedesk-cli pipelines put-triggers [options]");
    QCOMPARE(lines.value(1), "Create or update schedules that start a pipeline (SageMaker SDK put_triggers).");
}

void TestCliHelp::theOptionsOfConnectedAccounts()
{
    // Global: offered by every command whose own options do not use the name.
    const Help h = help({"--help", "--language", "en"});
    const qsizetype commands = h.out.indexOf("Commands:");
    for (const char *option : {"  --profile NAME ", "  --cached ", "  --endpoint-url URL "}) {
        const qsizetype at = h.out.indexOf(QRegularExpression(QRegularExpression::escape(option) + ".*"));
        QVERIFY2(at > 0 && at < commands, option);
    }
    // sync is a noun alone.
    QVERIFY(h.out.indexOf(QRegularExpression("  sync +Read connected accounts from the cloud.*")) > commands);
    QVERIFY(h.out.indexOf(QRegularExpression("  profiles test +Call sts:GetCallerIdentity.*")) > commands);

    const Help list = help({"pipelines", "list", "--help", "--language", "en"});
    QVERIFY(list.out.indexOf(QRegularExpression("  --profile NAME .*")) > 0);
    QVERIFY(list.out.indexOf(QRegularExpression("  --endpoint-url URL .*")) > 0);

    // A command's own option of the same name wins: it is listed once, as its own.
    const Help add = help({"profiles", "add", "--help", "--language", "en"});
    const qsizetype addGlobals = add.out.indexOf("Global options (they may stand anywhere on the line):");
    const qsizetype own = add.out.indexOf(QRegularExpression("  --endpoint-url URL .*"));
    QVERIFY(own > 0 && own < addGlobals);
    QCOMPARE(add.out.lastIndexOf(QRegularExpression("  --endpoint-url URL .*")), own);
    QVERIFY(add.out.indexOf(QRegularExpression("  --profile NAME .*")) > addGlobals);
    const Help import = help({"profiles", "import", "--help", "--language", "en"});
    const qsizetype importGlobals = import.out.indexOf("Global options (they may stand anywhere on the line):");
    QVERIFY(import.out.indexOf(QRegularExpression("  --profile NAME .*")) < importGlobals);
    QCOMPARE(import.out.lastIndexOf(QRegularExpression("  --profile NAME .*")),
             import.out.indexOf(QRegularExpression("  --profile NAME .*")));

    const Help test = help({"profiles", "test", "--help", "--language", "en"});
    QCOMPARE(test.exitCode, 0);
    QCOMPARE(test.out.value(0), "Usage: pipelinedesk-cli profiles test [NAME] [options]");
    const Help sync = help({"sync", "--help", "--language", "en"});
    QCOMPARE(sync.exitCode, 0);
    QCOMPARE(sync.out.value(0), "Usage: pipelinedesk-cli sync [options]");
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"

#pragma once

#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Pd {
class CloudActions;
class CloudConnections;
class CloudJob;
class CloudSync;
struct SyncScope;
class Workspace;
} // namespace Pd

namespace Pd::Cli {

class Context;
class StopSignals;

// One "NOUN VERB" of pipelinedesk-cli. Option descriptions are translated when the command is
// registered, which happens after the language is chosen.
struct Command
{
    QString noun;
    QString verb;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(Context &)> run;
    bool needsWorkspace = true;
    // More about the command for its --help, after the summary; optional.
    QString description = QString();
    // What the command shows of an account: SyncScope kinds, and ReadsExecution for the execution
    // named by --pipeline-execution-arn. With --profile (and without --cached) the command first
    // syncs just that from the cloud, then reads the mirror as it always does. 0: it reads nothing
    // of an account's objects (or it writes).
    int reads = 0;
    // The name of one optional word after the verb (`profiles test NAME`), for the usage line;
    // empty when the command takes none. The command reads it as parser().positionalArguments()[2].
    QString argument = QString();
};

// Command::reads beyond the SyncScope kinds.
constexpr int ReadsExecution = 0x100;

class Registry
{
public:
    // The command as stored, so that a registration can set a flag after the braces
    // (`registry.add({...}).reads = SyncScope::Pipelines;`).
    Command &add(Command command)
    {
        m_commands.append(std::move(command));
        return m_commands.last();
    }
    const Command *find(const QString &noun, const QString &verb) const;
    const QList<Command> &commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// What a command sees: its parsed options, the output streams, and the workspace (opened on
// first use with the global options).
class Context
{
public:
    Context(QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    ~Context();

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    // The workspace named by --workspace (or the default one), seeded when --demo and new.
    Result<Workspace *> workspace();
    // The identity: --identity, or the workspace's default. Checked to exist.
    Result<QString> identity();
    // After a refused command (exit code not 0): a workspace file that this command made and did
    // not change is put back (removed, or emptied when it had zero bytes).
    void discardUnchangedWorkspace();

    // Which options are the global ones for this command (a command's own option of the same name
    // wins), and whether one of them was given.
    void setGlobalOptions(const QList<QCommandLineOption> &options);
    bool isGlobalSet(const QString &option) const;

    // Connected accounts (clicloud.cpp). The clients of the workspace's profiles, made on first
    // use with --endpoint-url and an MFA code asked on the terminal (never from an argument).
    Result<CloudConnections *> connections();
    Result<CloudActions *> actions();
    // The actions for a change made as `accountId`: nullptr when the account is local (the
    // command calls its service as ever), CloudActions when it is connected (the change goes to
    // the cloud first; refused with --cached, which promises no network).
    Result<CloudActions *> cloudActionsFor(const QString &accountId);
    // What an action on a connected account cannot do: go without the network (--cached).
    Status checkCloudAction() const;
    // The account --profile acts as: the one its last test reached. A profile never tested is
    // tested first (with --cached that is refused: no network). Empty without --profile.
    Result<QString> profileAccount();
    // Whether --profile was given and --cached was not: reads go to the cloud first.
    bool readsFresh() const;
    // Runs a cloud job to its end (it is deleted); SIGINT/SIGTERM cancel it, and fail() then
    // says so and returns 128 + the signal's number. value: the job's value on success.
    Status await(CloudJob *job, QString *value = nullptr);
    // Syncs `scope` of a connected account to its end, cancelled as await() is; progress on
    // stderr when `progress` and stderr is a terminal. *counts: what was read (SyncScope's kinds
    // with AWS names), even when it failed.
    Status sync(const QString &accountId, const SyncScope &scope, bool progress, QJsonObject *counts = nullptr);
    // Before a command that reads (Command::reads): syncs what it shows when readsFresh(). 0, or
    // the exit code of the failure, already printed.
    int syncBefore(const Command &command);
    // Whether a signal cancelled a network operation of this command.
    bool wasInterrupted() const { return m_interrupted != 0; }
    // SIGINT and SIGTERM from the first network operation of the command to its end: a signal that
    // comes between two operations (a sync and the action after it, two polls of a wait) is held
    // and stops the next one at once, instead of killing the program half-way.
    StopSignals &stopSignals();

    // Prints "pipelinedesk-cli: <message>" to stderr and returns the error's exit code.
    int fail(const Error &error);
    // "pipelinedesk-cli: warning: …" on stderr: accepted, but said.
    void warn(const QString &message);
    // Prints a JSON document, indented like the AWS CLI.
    void printJson(const QJsonObject &object);
    // Prints rows as aligned columns with a header line.
    void printTable(const QStringList &header, const QList<QStringList> &rows);

    // Parses "Name=Value" pairs of a repeatable option; the error names the option.
    Result<QList<std::pair<QString, QString>>> pairs(const QString &option);

private:
    QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> m_workspace;
    // After m_workspace: destroyed before it, as they act on it.
    std::unique_ptr<CloudConnections> m_connections;
    std::unique_ptr<CloudActions> m_actions;
    QString m_profileAccount;
    QSet<QString> m_globals;
    int m_interrupted = 0; // the signal that cancelled a network operation
    std::unique_ptr<StopSignals> m_stopSignals;

    int interruptedExitCode();
};

// The workspace and identity a command acts as. When either cannot be had, the error was already
// printed and exitCode holds the code to return. The one way a command that acts as an identity
// gets both (commands that need only the file, such as `accounts list`, call Context::workspace()).
struct Who
{
    Workspace *workspace = nullptr;
    QString identity;
    int exitCode = 0;
};
Who who(Context &context);

// The error said of the option the user typed: services name a field as the option without its
// dashes ("expression: …"); on the command line the field is "--expression". Errors about a field
// that is not one of these options come back unchanged.
Error asOption(const Error &error, const QList<QCommandLineOption> &options);

// The value of an option the command cannot do without; InvalidInput naming it when absent.
Result<QString> requiredValue(Context &context, const QString &option);

// How long a document an option takes (models/interchange/documentlimits.h has the figures): the
// AWS API's limit it mirrors, or a local one. `length` counts characters when `characters` (as the
// AWS references count a string's length), bytes otherwise; `source` says whose limit it is, for
// the refusal ("the PutRule limit").
struct DocumentLimit
{
    qint64 length = 0;
    bool characters = false;
    QString source;
};

// The limits of the document options, each with its source translated.
namespace Limits {
DocumentLimit putRulePattern();     // rules create|put --event-pattern
DocumentLimit testPattern();        // events test-pattern --event-pattern
DocumentLimit testEvent();          // events test-pattern --event: what one PutEvents call carries
DocumentLimit eventsFile();         // events put --entries
DocumentLimit pipelineDefinition(); // pipelines create|update --pipeline-definition-file
DocumentLimit importDocument();     // rules|schedules import --file, --targets-file; put-targets --targets
} // namespace Limits

// The one reader of every option that names a document: PATH is a file, or "-" for stdin. Reads
// at most the limit and one byte more (four bytes a character for a limit in characters, the most
// UTF-8 takes), so that a huge file, a pipe or /dev/zero is refused without being read whole.
// InvalidInput naming the option when the file cannot be read or holds more than the limit:
// "--event-pattern: the document is longer than 4,096 characters, the PutRule limit."
Result<QByteArray> readDocument(const QString &option, const QString &path, const DocumentLimit &limit);

// The text of an option that holds a JSON document, read as the AWS CLI reads parameters:
// "file://PATH" reads the file. With pathAllowed, "-" reads stdin and a value that does not start
// like JSON ({ or [) names a file too. Files are read by readDocument; text given inline is held
// to the same limit. InvalidInput naming the option when a file cannot be read or is too long.
Result<QByteArray> documentValue(Context &context, const QString &option, const DocumentLimit &limit,
                                 bool pathAllowed = false);

// The text of such an option: given inline, as it was given; from a file, decoded with
// decodeUtf8Escaped (core/text.h), so that bytes that are not UTF-8 reach the service that checks
// the field, which refuses them naming it, instead of being replaced without a word.
Result<QString> documentText(Context &context, const QString &option, const DocumentLimit &limit,
                             bool pathAllowed = false);

// The program's arguments as main() received them, each decoded with decodeUtf8Escaped: where
// QCoreApplication::arguments() would put U+FFFD for a byte that is not UTF-8, the byte stays
// visible to the service that validates the option, which refuses it naming the option.
QStringList decodeArguments(int argc, const char *const *argv);

// Runs one command line (arguments include the program name). Returns the exit code.
// "--help" prints help by what stands before it: the program's nouns and verbs, one noun's verbs
// ("pipelines --help") or one command's usage, description and options ("pipelines put-triggers
// --help"), each starting "Usage: pipelinedesk-cli ..." whatever path the program was started by.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Each noun registers its verbs here; see the cli*.cpp files.
void registerAccountCommands(Registry &registry);
void registerAuditCommands(Registry &registry);
void registerPipelineCommands(Registry &registry);
void registerExecutionCommands(Registry &registry);
void registerScheduleCommands(Registry &registry);
void registerSchedulesCommands(Registry &registry);
void registerPipelineTriggerCommands(Registry &registry);
void registerSchedulerCommands(Registry &registry);
void registerShareCommands(Registry &registry);
void registerRuleCommands(Registry &registry);
void registerEventCommands(Registry &registry);
void registerInterchangeCommands(Registry &registry);
void registerProfileCommands(Registry &registry);
void registerSyncCommands(Registry &registry);

} // namespace Pd::Cli

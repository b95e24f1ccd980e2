#include "cli.h"
#include "clisignals.h"

#include "accounts/accountservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "core/language.h"
#include "core/text.h"
#include "core/tr.h"
#include "interchange/documentlimits.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Pd::Cli {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("workspace"),
            Tr::tr("The workspace file (default: %1).").arg(QDir::toNativeSeparators(Workspace::defaultPath())),
            Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("identity"),
                           Tr::tr("The account id to act as (default: the workspace's default identity)."),
                           Tr::tr("ACCOUNT_ID")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the AWS API response shape as JSON.")),
        QCommandLineOption(QStringLiteral("language"),
                           Tr::tr("The language of messages: ko or en (default: the system's)."), Tr::tr("LANG")),
        QCommandLineOption(
            QStringLiteral("demo"),
            Tr::tr("Seed a new workspace file (or one without accounts) with the demo accounts and pipelines.")),
        QCommandLineOption(QStringLiteral("profile"),
                           Tr::tr("Act as the connected account this AWS profile reaches (tested first when it never "
                                  "was); reads come fresh from the cloud."),
                           Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("cached"),
                           Tr::tr("With --profile: read only what the workspace holds of the account, without the "
                                  "network.")),
        QCommandLineOption(QStringLiteral("endpoint-url"),
                           Tr::tr("Send every AWS request to this URL instead (an emulator); wins over "
                                  "AWS_ENDPOINT_URL and the profile's own."),
                           Tr::tr("URL")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           Tr::tr("Show help for the program or for one command.")),
        QCommandLineOption(QStringLiteral("version"), Tr::tr("Show the version.")),
    };
}

// The global options a command takes: those whose names its own options do not use (its own
// wins: `profiles add --endpoint-url` is the profile's endpoint, `profiles import --profile` the
// AWS CLI profile to import).
QList<QCommandLineOption> globalOptionsOf(const Command &command)
{
    QSet<QString> own;
    for (const QCommandLineOption &option : command.options)
        own.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
    QList<QCommandLineOption> globals;
    for (const QCommandLineOption &option : globalOptions()) {
        const QStringList names = option.names();
        if (std::none_of(names.cbegin(), names.cend(), [&own](const QString &n) { return own.contains(n); }))
            globals.append(option);
    }
    return globals;
}

Registry buildRegistry()
{
    Registry registry;
    registerAccountCommands(registry);
    registerPipelineCommands(registry);
    registerExecutionCommands(registry);
    registerScheduleCommands(registry);
    registerSchedulesCommands(registry);
    registerPipelineTriggerCommands(registry);
    registerSchedulerCommands(registry);
    registerShareCommands(registry);
    registerRuleCommands(registry);
    registerEventCommands(registry);
    registerInterchangeCommands(registry);
    registerAuditCommands(registry);
    registerProfileCommands(registry);
    registerSyncCommands(registry);
    return registry;
}

// The names of options that take a value, so that noun and verb can be found among the
// arguments before we know which command's options apply.
QSet<QString> valueOptionNames(const Registry &registry)
{
    QSet<QString> names;
    auto collect = [&names](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &option : options) {
            if (!option.valueName().isEmpty())
                names.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
        }
    };
    collect(globalOptions());
    for (const Command &command : registry.commands())
        collect(command.options);
    return names;
}

QStringList findWords(const QStringList &arguments, const QSet<QString> &valueOptions)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valueOptions.contains(name))
                ++i;
            continue;
        }
        words.append(argument);
    }
    return words;
}

QString findLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(11);
    }
    return QString();
}

// The name help prints for the program: not argv[0], which may be a whole path.
const QString programName = QStringLiteral("pipelinedesk-cli");

// Terminal columns of a text: Hangul and other wide characters (value names in Korean) take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

// A paragraph broken between words into lines of at most `columns` (a longer word stands alone).
QString wrapped(const QString &text, int columns)
{
    QString result;
    int width = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int w = displayWidth(word);
        if (width > 0 && width + 1 + w > columns) {
            result += QLatin1Char('\n');
            width = 0;
        } else if (width > 0) {
            result += QLatin1Char(' ');
            ++width;
        }
        result += word;
        width += w;
    }
    return result;
}

// Rows of "  NAME  description", the descriptions aligned; a name too long for the column puts its
// description on the next line.
void printRows(QTextStream &out, const QList<std::pair<QString, QString>> &rows)
{
    constexpr int maxColumn = 30;
    int column = 0;
    for (const auto &row : rows)
        column = qMax(column, qMin(displayWidth(row.first), maxColumn));
    for (const auto &[name, description] : rows) {
        const int width = displayWidth(name);
        if (width > column)
            out << "  " << name << '\n' << QString(column + 4, QLatin1Char(' ')) << description << '\n';
        else
            out << "  " << name << QString(column - width + 2, QLatin1Char(' ')) << description << '\n';
    }
}

void printOptions(QTextStream &out, const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        rows.append({names, option.description()});
    }
    printRows(out, rows);
}

void printGlobalOptions(QTextStream &out, const QList<QCommandLineOption> &options)
{
    out << Tr::tr("Global options (they may stand anywhere on the line):") << '\n';
    printOptions(out, options);
}

void printGeneralHelp(QTextStream &out, const Registry &registry)
{
    out << Tr::tr("Usage: %1 [global options] NOUN VERB [options]").arg(programName) << '\n'
        << Tr::tr("Pipeline Desk from the command line: the same operations as the app, without a window.") << "\n\n";
    printGlobalOptions(out, globalOptions());
    out << '\n' << Tr::tr("Commands:") << '\n';
    QList<std::pair<QString, QString>> rows;
    for (const Command &command : registry.commands())
        rows.append({(command.noun + QLatin1Char(' ') + command.verb).trimmed(), command.summary});
    printRows(out, rows);
    out << '\n'
        << Tr::tr("Exit codes: 0 ok, 2 invalid input, 3 refused by permissions, 1 anything else.") << '\n'
        << Tr::tr("Run “%1 NOUN --help” for the verbs of one noun.").arg(programName) << '\n'
        << Tr::tr("Run “%1 NOUN VERB --help” for the options of one command.").arg(programName) << '\n';
}

// The verbs of one noun; false when the registry has no command of that noun.
bool printNounHelp(QTextStream &out, const Registry &registry, const QString &noun)
{
    QList<std::pair<QString, QString>> rows;
    for (const Command &command : registry.commands()) {
        if (command.noun == noun && !command.verb.isEmpty())
            rows.append({command.verb, command.summary});
    }
    if (rows.isEmpty())
        return false;
    out << Tr::tr("Usage: %1 VERB [options]").arg(programName + QLatin1Char(' ') + noun) << "\n\n"
        << Tr::tr("Verbs:") << '\n';
    printRows(out, rows);
    out << '\n'
        << Tr::tr("Run “%1 VERB --help” for the options of one command.").arg(programName + QLatin1Char(' ') + noun)
        << '\n';
    return true;
}

void printCommandHelp(QTextStream &out, const Command &command)
{
    QStringList words{programName, command.noun};
    if (!command.verb.isEmpty())
        words.append(command.verb);
    if (!command.argument.isEmpty())
        words.append(QLatin1Char('[') + command.argument + QLatin1Char(']'));
    out << Tr::tr("Usage: %1 [options]").arg(words.join(QLatin1Char(' '))) << '\n' << command.summary << '\n';
    if (!command.description.isEmpty())
        out << '\n' << wrapped(command.description, 100) << '\n';
    if (!command.options.isEmpty()) {
        out << '\n' << Tr::tr("Options:") << '\n';
        printOptions(out, command.options);
    }
    out << '\n';
    printGlobalOptions(out, globalOptionsOf(command));
}

} // namespace

const Command *Registry::find(const QString &noun, const QString &verb) const
{
    for (const Command &command : m_commands) {
        if (command.noun == noun && command.verb == verb)
            return &command;
    }
    return nullptr;
}

Context::Context(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
{}

Context::~Context() = default;

Result<Workspace *> Context::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const QString path =
        isSet(QStringLiteral("workspace")) ? value(QStringLiteral("workspace")) : Workspace::defaultPath();
    Workspace::Options options;
    options.seedDemo = isSet(QStringLiteral("demo"));
    // The default workspace's data folder is made on a first run; a folder the user named is not.
    options.createFolder = !isSet(QStringLiteral("workspace"));
    auto opened = Workspace::open(path, options);
    if (!opened)
        return opened.error();
    m_workspace = std::move(opened).value();
    // Say what --demo did to a file that was already there, so that nobody waits for a demo that
    // is not coming (or wonders where the demo came from).
    const QString file = QDir::toNativeSeparators(m_workspace->path());
    switch (m_workspace->demoSeeding()) {
    case Workspace::DemoSeeding::SeededEmpty:
        m_err << QStringLiteral("pipelinedesk-cli: ")
              << Tr::tr("--demo: the workspace %1 had no accounts; it now holds the demo.").arg(file) << Qt::endl;
        break;
    case Workspace::DemoSeeding::KeptExisting:
        m_err << QStringLiteral("pipelinedesk-cli: ")
              << Tr::tr("--demo: the workspace %1 already has accounts, so nothing was seeded; --demo only seeds a "
                        "new or empty workspace (name a new file with --workspace).")
                     .arg(file)
              << Qt::endl;
        break;
    case Workspace::DemoSeeding::NotAsked:
    case Workspace::DemoSeeding::SeededNew: break;
    }
    return m_workspace.get();
}

Result<QString> Context::identity()
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    if (isGlobalSet(QStringLiteral("profile"))) {
        auto account = profileAccount();
        if (!account)
            return account.error();
        // Two identities on one line: which one was meant is not ours to guess.
        if (isSet(QStringLiteral("identity")) && value(QStringLiteral("identity")) != account.value())
            return Error::invalid(
                QStringLiteral("--identity"),
                Tr::tr("--identity: %1 is not the account %2 that --profile %3 acts as; give one "
                       "of them.")
                    .arg(value(QStringLiteral("identity")), account.value(), value(QStringLiteral("profile"))));
        return account.value();
    }
    const QString id = isSet(QStringLiteral("identity")) ? value(QStringLiteral("identity")) : (*ws)->defaultIdentity();
    if (id.isEmpty()) {
        // The command that works, runnable as printed: with the same workspace file.
        QString command = QStringLiteral("pipelinedesk-cli ");
        if (isSet(QStringLiteral("workspace")))
            command += QStringLiteral("--workspace %1 ").arg(value(QStringLiteral("workspace")));
        command += QStringLiteral("accounts create --account-id 123456789012 --name dev");
        return Error::invalid(QStringLiteral("identity"),
                              Tr::tr("identity: the workspace has no accounts yet. Create one with “%1”, or fill "
                                     "it with the demo accounts and pipelines by adding --demo.")
                                  .arg(command));
    }
    if (Status s = (*ws)->accounts().checkIdentity(id); !s)
        return s.error();
    return id;
}

void Context::discardUnchangedWorkspace()
{
    // Silently: stderr already says why the command was refused, and scripts read it as one line
    // (the README says a refused command leaves no workspace it made).
    if (m_workspace && m_workspace->discardIfUnchanged()) {
        m_actions.reset();
        m_connections.reset();
        m_workspace.reset(); // destroying it closes the file and puts it back
    }
}

int Context::fail(const Error &error)
{
    // The error of a cancelled call says "cancelled"; what the user did is what matters.
    if (m_interrupted != 0)
        return interruptedExitCode();
    m_err << QStringLiteral("pipelinedesk-cli: ") << error.message << Qt::endl;
    return error.exitCode();
}

void Context::warn(const QString &message)
{
    m_err << QStringLiteral("pipelinedesk-cli: ") << Tr::tr("warning: %1").arg(message) << Qt::endl;
}

void Context::printJson(const QJsonObject &object)
{
    // AWS CLI indents by four spaces; QJsonDocument by four as well.
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths.append(int(h.size()));
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        m_out << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

Result<QList<std::pair<QString, QString>>> Context::pairs(const QString &option)
{
    QList<std::pair<QString, QString>> result;
    for (const QString &pair : values(option)) {
        const int equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::invalid(option, Tr::tr("--%1: “%2” is not of the form Name=Value.").arg(option, pair));
        result.append({pair.left(equals), pair.mid(equals + 1)});
    }
    return result;
}

Who who(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return {nullptr, {}, context.fail(workspace.error())};
    auto identity = context.identity();
    if (!identity)
        return {nullptr, {}, context.fail(identity.error())};
    return {workspace.value(), identity.value(), 0};
}

Error asOption(const Error &error, const QList<QCommandLineOption> &options)
{
    // Errors the CLI made itself already say "--field…".
    if (error.field.isEmpty() || error.field.startsWith(QLatin1String("--")) ||
        error.message.startsWith(QStringLiteral("--") + error.field))
        return error;
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(error.field))
            return error.renamed(QStringLiteral("--") + error.field);
    }
    return error;
}

Result<QString> requiredValue(Context &context, const QString &option)
{
    const QString value = context.value(option);
    if (value.isEmpty())
        return Error::invalid(option, Tr::tr("--%1 is required.").arg(option));
    return value;
}

namespace Limits {

DocumentLimit putRulePattern()
{
    return {DocumentLimits::eventPatternMaxLength, true, Tr::tr("the PutRule limit")};
}

DocumentLimit testPattern()
{
    return {DocumentLimits::eventPatternMaxLength, true, Tr::tr("the TestEventPattern limit")};
}

DocumentLimit testEvent()
{
    // TestEventPattern gives Event no length; an event is never more than one PutEvents call carries.
    return {DocumentLimits::putEventsMaxBytes, false, Tr::tr("the PutEvents limit")};
}

DocumentLimit eventsFile()
{
    return {DocumentLimits::eventsFileMaxBytes, false, Tr::tr("the local limit of events put")};
}

DocumentLimit pipelineDefinition()
{
    return {DocumentLimits::pipelineDefinitionMaxLength, true, Tr::tr("the CreatePipeline limit")};
}

DocumentLimit importDocument()
{
    return {DocumentLimits::importDocumentMaxBytes, false, Tr::tr("the local limit for documents")};
}

} // namespace Limits

namespace {

// Code points, as the AWS references count a string's length (a surrogate pair is one character).
qint64 characterCount(const QString &text)
{
    qint64 count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

Error tooLong(const QString &option, const DocumentLimit &limit)
{
    const QString figure = QLocale(QLocale::English).toString(limit.length);
    return Error::invalid(
        option, limit.characters
                    ? Tr::tr("--%1: the document is longer than %2 characters, %3.").arg(option, figure, limit.source)
                    : Tr::tr("--%1: the document is larger than %2 bytes, %3.").arg(option, figure, limit.source));
}

Status checkLength(const QString &option, const QByteArray &text, const DocumentLimit &limit)
{
    if (!limit.characters)
        return text.size() > limit.length ? Status(tooLong(option, limit)) : Status();
    if (text.size() > limit.length && characterCount(QString::fromUtf8(text)) > limit.length)
        return tooLong(option, limit);
    return {};
}

// Whether an option's value is the document itself rather than where to read it: not file://,
// and, where a path is allowed, starting like JSON. documentValue and documentText decide alike.
bool isInlineDocument(const QString &value, bool pathAllowed)
{
    if (value.startsWith(QLatin1String("file://")))
        return false;
    const QString trimmed = value.trimmed();
    return !pathAllowed || trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
}

} // namespace

Result<QByteArray> readDocument(const QString &option, const QString &path, const DocumentLimit &limit)
{
    if (path.isEmpty())
        return Error::invalid(option, Tr::tr("--%1 is required.").arg(option));
    // Unbuffered: QIODevice's own buffer would read ahead of what is asked.
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return Error::invalid(option, Tr::tr("--%1: cannot read “%2”: %3").arg(option, path, file.errorString()));
    // The most the limit can take as UTF-8, and one byte more to know that there is more.
    const qint64 bound = limit.characters ? 4 * limit.length : limit.length;
    const std::optional<QByteArray> read = DocumentLimits::readAtMost(file, bound);
    if (!read)
        return Error::invalid(option, Tr::tr("--%1: cannot read “%2”: %3").arg(option, path, file.errorString()));
    const QByteArray &text = *read;
    if (text.size() > bound)
        return tooLong(option, limit);
    if (Status s = checkLength(option, text, limit); !s)
        return s.error();
    return text;
}

Result<QByteArray> documentValue(Context &context, const QString &option, const DocumentLimit &limit, bool pathAllowed)
{
    const QString value = context.value(option);
    if (value.isEmpty())
        return Error::invalid(option, Tr::tr("--%1 is required.").arg(option));
    if (value.startsWith(QLatin1String("file://"))) {
        const QString path = value.mid(7);
        if (path.isEmpty())
            return Error::invalid(option,
                                  Tr::tr("--%1: cannot read “%2”: %3").arg(option, path, Tr::tr("no file name")));
        return readDocument(option, path, limit);
    }
    if (!isInlineDocument(value, pathAllowed))
        return readDocument(option, value, limit);
    // Inline text is already in memory; it is held to the same limit.
    const QByteArray text = value.toUtf8();
    if (Status s = checkLength(option, text, limit); !s)
        return s.error();
    return text;
}

Result<QString> documentText(Context &context, const QString &option, const DocumentLimit &limit, bool pathAllowed)
{
    const QString value = context.value(option);
    auto bytes = documentValue(context, option, limit, pathAllowed);
    if (!bytes)
        return bytes.error();
    // Inline text is the argument itself (already decoded by decodeArguments): encoding it to
    // UTF-8 and back would turn its escaped bytes into U+FFFD.
    return isInlineDocument(value, pathAllowed) ? value : decodeUtf8Escaped(bytes.value());
}

QStringList decodeArguments(int argc, const char *const *argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(decodeUtf8Escaped(QByteArrayView(argv[i])));
    return arguments;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString language = findLanguage(arguments);
    const bool badLanguage = !language.isEmpty() && !Language::available().contains(language);
    Language::instance()->setLanguage(language.isEmpty() || badLanguage ? Language::systemDefault() : language);
    if (badLanguage) {
        err << QStringLiteral("pipelinedesk-cli: ")
            << Tr::tr("--language: “%1” is not available; use ko or en.").arg(language) << Qt::endl;
        return 2;
    }

    const Registry registry = buildRegistry();
    const QStringList words = findWords(arguments, valueOptionNames(registry));
    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (arguments.contains(QLatin1String("--version"))) {
        out << QStringLiteral("pipelinedesk-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    }
    if (words.isEmpty()) {
        printGeneralHelp(wantsHelp ? out : err, registry);
        out.flush();
        return wantsHelp ? 0 : 2;
    }
    // A noun alone: its verbs (on stderr, exit 2, when --help was not asked for), unless the noun
    // is a command by itself (`sync`).
    const Command *nounCommand = registry.find(words.constFirst(), QString());
    if (words.size() == 1 && !nounCommand && printNounHelp(wantsHelp ? out : err, registry, words.constFirst())) {
        out.flush();
        return wantsHelp ? 0 : 2;
    }
    const Command *command = nounCommand         ? nounCommand
                             : words.size() >= 2 ? registry.find(words.at(0), words.at(1))
                                                 : nullptr;
    if (!command) {
        err << QStringLiteral("pipelinedesk-cli: ")
            << Tr::tr("unknown command “%1”. Run “pipelinedesk-cli --help” for the list.")
                   .arg(words.mid(0, 2).join(QLatin1Char(' ')))
            << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptionsOf(*command));
    parser.addOptions(command->options);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("pipelinedesk-cli: ") << parser.errorText() << Qt::endl;
        return 2;
    }
    // Built here rather than by QCommandLineParser, whose usage line is argv[0] (a whole path)
    // and whose sections are generic.
    if (wantsHelp) {
        printCommandHelp(out, *command);
        out.flush();
        return 0;
    }
    const int commandWords = (command->verb.isEmpty() ? 1 : 2) + (command->argument.isEmpty() ? 0 : 1);
    if (parser.positionalArguments().size() > commandWords) {
        err << QStringLiteral("pipelinedesk-cli: ")
            << Tr::tr("unexpected argument “%1”.").arg(parser.positionalArguments().at(commandWords)) << Qt::endl;
        return 2;
    }
    Context context(parser, out, err);
    context.setGlobalOptions(globalOptionsOf(*command));
    int code = context.syncBefore(*command);
    if (code == 0)
        code = command->run(context);
    if (code != 0)
        context.discardUnchangedWorkspace();
    out.flush();
    err.flush();
    return code;
}

} // namespace Pd::Cli

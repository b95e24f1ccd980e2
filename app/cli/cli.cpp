#include "cli.h"

#include "accounts/accountservice.h"
#include "core/language.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Pd::Cli {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("workspace"),
                           Tr::tr("The workspace file (default: %1).").arg(QDir::toNativeSeparators(Workspace::defaultPath())),
                           Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("identity"), Tr::tr("The account id to act as (default: the workspace's default identity)."),
                           Tr::tr("ACCOUNT_ID")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the AWS API response shape as JSON.")),
        QCommandLineOption(QStringLiteral("language"), Tr::tr("The language of messages: ko or en (default: the system's)."),
                           Tr::tr("LANG")),
        QCommandLineOption(QStringLiteral("demo"), Tr::tr("Seed a new workspace file (or one without accounts) with the demo accounts and pipelines.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show help for the program or for one command.")),
        QCommandLineOption(QStringLiteral("version"), Tr::tr("Show the version.")),
    };
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

void printGeneralHelp(QTextStream &out, const Registry &registry)
{
    out << Tr::tr("Usage: %1 [global options] NOUN VERB [options]").arg(QStringLiteral("pipelinedesk-cli")) << '\n'
        << Tr::tr("Pipeline Desk from the command line: the same operations as the app, without a window.") << "\n\n"
        << Tr::tr("Global options (they may stand anywhere on the line):") << '\n';
    for (const QCommandLineOption &option : globalOptions()) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        out << QStringLiteral("  %1  %2\n").arg(names, -22).arg(option.description());
    }
    out << '\n' << Tr::tr("Commands:") << '\n';
    for (const Command &command : registry.commands())
        out << QStringLiteral("  %1  %2\n").arg(command.noun + QLatin1Char(' ') + command.verb, -22).arg(command.summary);
    out << '\n'
        << Tr::tr("Exit codes: 0 ok, 2 invalid input, 3 refused by permissions, 1 anything else.") << '\n'
        << Tr::tr("Run “%1 NOUN VERB --help” for the options of one command.").arg(QStringLiteral("pipelinedesk-cli"))
        << '\n';
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
    : m_parser(parser), m_out(out), m_err(err)
{}

Context::~Context() = default;

Result<Workspace *> Context::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    const QString path = isSet(QStringLiteral("workspace")) ? value(QStringLiteral("workspace")) : Workspace::defaultPath();
    Workspace::Options options;
    options.seedDemo = isSet(QStringLiteral("demo"));
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
    case Workspace::DemoSeeding::SeededNew:
        break;
    }
    return m_workspace.get();
}

Result<QString> Context::identity()
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
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

int Context::fail(const Error &error)
{
    m_err << QStringLiteral("pipelinedesk-cli: ") << error.message << Qt::endl;
    return error.exitCode();
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

Result<QString> requiredValue(Context &context, const QString &option)
{
    const QString value = context.value(option);
    if (value.isEmpty())
        return Error::invalid(option, Tr::tr("--%1 is required.").arg(option));
    return value;
}

Result<QByteArray> documentValue(Context &context, const QString &option, bool pathAllowed)
{
    const QString value = context.value(option);
    if (value.isEmpty())
        return Error::invalid(option, Tr::tr("--%1 is required.").arg(option));
    QString path;
    if (value.startsWith(QLatin1String("file://")))
        path = value.mid(7);
    else if (pathAllowed && !value.trimmed().startsWith(QLatin1Char('{')) &&
             !value.trimmed().startsWith(QLatin1Char('[')))
        path = value;
    else
        return value.toUtf8();
    QFile file;
    const bool opened = path == QLatin1String("-") && pathAllowed
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::invalid(option, Tr::tr("--%1: cannot read “%2”: %3").arg(option, path, file.errorString()));
    return file.readAll();
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
    if (words.size() < 2) {
        if (wantsHelp || words.isEmpty()) {
            printGeneralHelp(wantsHelp ? out : err, registry);
            out.flush();
            return wantsHelp ? 0 : 2;
        }
    }
    const Command *command = words.size() >= 2 ? registry.find(words.at(0), words.at(1)) : nullptr;
    if (!command) {
        err << QStringLiteral("pipelinedesk-cli: ")
            << Tr::tr("unknown command “%1”. Run “pipelinedesk-cli --help” for the list.").arg(words.mid(0, 2).join(QLatin1Char(' ')))
            << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    parser.addPositionalArgument(QStringLiteral("noun"), QString(), command->noun);
    parser.addPositionalArgument(QStringLiteral("verb"), QString(), command->verb);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("pipelinedesk-cli: ") << parser.errorText() << Qt::endl;
        return 2;
    }
    if (wantsHelp) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^([^\\n]*) \\[options\\][^\\n]*")),
                     QStringLiteral("\\1 [options] %1 %2").arg(command->noun, command->verb));
        out << help;
        out.flush();
        return 0;
    }
    if (parser.positionalArguments().size() > 2) {
        err << QStringLiteral("pipelinedesk-cli: ")
            << Tr::tr("unexpected argument “%1”.").arg(parser.positionalArguments().at(2)) << Qt::endl;
        return 2;
    }
    Context context(parser, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace Pd::Cli

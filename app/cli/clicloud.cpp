// Connected accounts on the command line: the clients of the profiles (--endpoint-url, MFA codes
// asked on the terminal), --profile as an identity, reads that sync first, waiting on the network
// with Ctrl+C cancelling, and the `sync` command.
#include "cli.h"
#include "clisignals.h"

#include "accounts/accountservice.h"
#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QUrl>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Pd::Cli {

namespace {

bool isTerminal(int fd)
{
#ifdef Q_OS_UNIX
    return isatty(fd) != 0;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

// One line typed on the terminal, not echoed: an MFA code is short-lived, but it is still a
// credential, and it never comes from an argument.
QString readHiddenLine()
{
#ifdef Q_OS_UNIX
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
#ifdef Q_OS_UNIX
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    return QString::fromUtf8(line).trimmed();
}

bool hasOption(const Command &command, const QString &name)
{
    for (const QCommandLineOption &option : command.options) {
        if (option.names().contains(name))
            return true;
    }
    return false;
}

// The AWS-shaped names of what a sync read, for --json and the summary.
QList<std::pair<QString, int>> countRows(const CloudSync::Counts &c)
{
    return {{QStringLiteral("Pipelines"), c.pipelines},
            {QStringLiteral("PipelineExecutions"), c.executions},
            {QStringLiteral("PipelineExecutionSteps"), c.steps},
            {QStringLiteral("EventBuses"), c.eventBuses},
            {QStringLiteral("Rules"), c.rules},
            {QStringLiteral("Targets"), c.targets},
            {QStringLiteral("Schedules"), c.schedules},
            {QStringLiteral("ResourceShares"), c.shares},
            {QStringLiteral("ResourceShareInvitations"), c.invitations},
            {QStringLiteral("Skipped"), c.skipped},
            {QStringLiteral("Deleted"), c.deleted},
            {QStringLiteral("Requests"), c.requests}};
}

QJsonObject countsJson(const CloudSync::Counts &c)
{
    QJsonObject o;
    for (const auto &[name, count] : countRows(c))
        o.insert(name, count);
    return o;
}

} // namespace

void Context::setGlobalOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        m_globals.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
}

bool Context::isGlobalSet(const QString &option) const
{
    return m_globals.contains(option) && m_parser.isSet(option);
}

bool Context::readsFresh() const
{
    return isGlobalSet(QStringLiteral("profile")) && !isGlobalSet(QStringLiteral("cached"));
}

Result<CloudConnections *> Context::connections()
{
    if (m_connections)
        return m_connections.get();
    auto ws = workspace();
    if (!ws)
        return ws.error();
    auto connections = std::make_unique<CloudConnections>(*ws.value());
    if (isGlobalSet(QStringLiteral("endpoint-url"))) {
        const QString text = value(QStringLiteral("endpoint-url")).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return Error::invalid(QStringLiteral("--endpoint-url"),
                                  Tr::tr("--endpoint-url: “%1” is not an http:// or https:// URL.").arg(text));
        connections->setEndpointOverride(url);
    }
    QTextStream &err = m_err;
    connections->setAskMfaCode([&err](const QString &mfaSerial, std::function<void(std::optional<QString>)> answer) {
        if (!isTerminal(STDIN_FILENO)) {
            err << QStringLiteral("pipelinedesk-cli: ")
                << Tr::tr("the code of the MFA device %1 could not be asked: standard input is not a terminal. Run "
                          "the command in a terminal, or use a profile without an MFA device.")
                       .arg(mfaSerial)
                << Qt::endl;
            answer(std::nullopt);
            return;
        }
        err << Tr::tr("MFA code for %1: ").arg(mfaSerial);
        err.flush();
        const QString code = readHiddenLine();
        err << Qt::endl;
        answer(code.isEmpty() ? std::nullopt : std::optional<QString>(code));
    });
    m_connections = std::move(connections);
    return m_connections.get();
}

Result<CloudActions *> Context::actions()
{
    if (m_actions)
        return m_actions.get();
    auto connections = this->connections();
    if (!connections)
        return connections.error();
    m_actions = std::make_unique<CloudActions>(*connections.value());
    return m_actions.get();
}

Result<CloudActions *> Context::cloudActionsFor(const QString &accountId)
{
    auto cloud = actions(); // makes no request
    if (!cloud)
        return cloud.error();
    if (cloud.value()->profileOf(accountId).isEmpty())
        return nullptr;
    if (Status s = checkCloudAction(); !s)
        return s.error();
    return cloud;
}

Status Context::checkCloudAction() const
{
    if (isGlobalSet(QStringLiteral("cached")))
        return Error::invalid(QStringLiteral("--cached"),
                              Tr::tr("--cached: an action on a connected account goes to the cloud first; it cannot "
                                     "work without the network."));
    return {};
}

Result<QString> Context::profileAccount()
{
    if (!m_profileAccount.isEmpty() || !isGlobalSet(QStringLiteral("profile")))
        return m_profileAccount;
    auto ws = workspace();
    if (!ws)
        return ws.error();
    const QString name = value(QStringLiteral("profile")).trimmed();
    auto profile = (*ws)->profiles().profile(name);
    if (!profile)
        return profile.error().code == Error::Code::NotFound
                   ? Error::invalid(
                         QStringLiteral("--profile"),
                         Tr::tr("--profile: the workspace has no profile named %1 (see “profiles list”).").arg(name))
                   : profile.error();
    auto actions = this->actions();
    if (!actions)
        return actions.error();
    QString account = profile->accountId;
    if (account.isEmpty() || actions.value()->profileOf(account) != name) {
        if (isGlobalSet(QStringLiteral("cached")))
            return Error::invalid(QStringLiteral("--cached"),
                                  Tr::tr("--cached: the profile %1 was never tested, so the workspace holds nothing "
                                         "of its account yet. Run “pipelinedesk-cli profiles test %1” or leave out "
                                         "--cached.")
                                      .arg(name));
        // The account id comes from sts:GetCallerIdentity the first time a profile is used.
        const QString tester =
            isGlobalSet(QStringLiteral("identity")) ? value(QStringLiteral("identity")) : (*ws)->defaultIdentity();
        if (Status s = await(actions.value()->testProfile(tester, name), &account); !s)
            return s.error();
    }
    m_profileAccount = account;
    return m_profileAccount;
}

StopSignals &Context::stopSignals()
{
    if (!m_stopSignals)
        m_stopSignals = std::make_unique<StopSignals>();
    return *m_stopSignals;
}

Status Context::await(CloudJob *job, QString *value)
{
    job->setAutoDelete(false);
    const std::unique_ptr<CloudJob> owned(job);
    StopSignals &stops = stopSignals();
    if (StopSignals::stopRequested()) {
        // Ctrl+C came after the last operation ended: this one is not begun.
        m_interrupted = StopSignals::signalNumber();
        job->cancel();
    }
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &CloudJob::finished, &loop, &QEventLoop::quit);
        stops.onStop(&loop, [this, job] {
            m_interrupted = StopSignals::signalNumber();
            job->cancel();
        });
        if (!job->isFinished())
            loop.exec();
    }
    if (!job->status())
        return job->status().error();
    if (value)
        *value = job->value();
    return {};
}

Status Context::sync(const QString &accountId, const SyncScope &scope, bool progress, QJsonObject *counts)
{
    auto connections = this->connections();
    if (!connections)
        return connections.error();
    CloudSync sync(*connections.value(), accountId, scope);
    const bool showProgress = progress && isTerminal(STDERR_FILENO);
    if (showProgress) {
        QObject::connect(
            &sync, &CloudSync::progress, &sync, [this, accountId](int done, int known, const QString &what) {
                // One line rewritten in place: a terminal shows where the sync is, a log gets nothing.
                m_err << '\r'
                      << Tr::tr("Syncing %1: %2 of %3 requests, %4").arg(accountId).arg(done).arg(known).arg(what)
                      << QStringLiteral("\x1b[K");
                m_err.flush();
            });
    }
    {
        StopSignals &stops = stopSignals();
        QEventLoop loop;
        QObject::connect(&sync, &CloudSync::finished, &loop, &QEventLoop::quit);
        stops.onStop(&loop, [this, &sync] {
            m_interrupted = StopSignals::signalNumber();
            sync.cancel();
        });
        if (StopSignals::stopRequested()) {
            // Ctrl+C came between two operations: this sync is not begun.
            m_interrupted = StopSignals::signalNumber();
            return Error::internal(Tr::tr("Cancelled."));
        }
        sync.start();
        if (!sync.isFinished())
            loop.exec();
    }
    if (showProgress) {
        m_err << '\r' << QStringLiteral("\x1b[K");
        m_err.flush();
    }
    if (counts)
        *counts = countsJson(sync.counts());
    return sync.status();
}

int Context::syncBefore(const Command &command)
{
    if (command.reads == 0 || !readsFresh())
        return 0;
    auto account = profileAccount();
    if (!account)
        return fail(account.error());
    SyncScope scope;
    scope.kinds = command.reads & SyncScope::All;
    // What names the one pipeline or execution shown; when it is missing the command refuses by
    // itself, and nothing is read for a command that will not run.
    if ((scope.kinds & SyncScope::Executions) && hasOption(command, QStringLiteral("pipeline-name"))) {
        scope.pipeline = value(QStringLiteral("pipeline-name")).trimmed();
        if (scope.pipeline.isEmpty())
            return 0;
    }
    if (command.reads & ReadsExecution) {
        scope.executionArn = value(QStringLiteral("pipeline-execution-arn")).trimmed();
        if (scope.executionArn.isEmpty())
            return 0;
    }
    if (Status s = sync(account.value(), scope, false); !s)
        return fail(s.error());
    return 0;
}

int Context::interruptedExitCode()
{
    m_err << QStringLiteral("pipelinedesk-cli: ")
          << Tr::tr("cancelled; what was read before stays in the workspace, and nothing was left half written.")
          << Qt::endl;
    return 128 + m_interrupted;
}

namespace {

int syncAccounts(Context &context)
{
    if (context.isSet(QStringLiteral("cached")))
        return context.fail(Error::invalid(QStringLiteral("--cached"),
                                           Tr::tr("--cached: sync reads the cloud; it cannot work without the "
                                                  "network.")));
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    // (accountId, profile) of each account to sync.
    QList<std::pair<QString, QString>> targets;
    if (context.isSet(QStringLiteral("profile"))) {
        auto account = context.profileAccount();
        if (!account)
            return context.fail(account.error());
        targets.append({account.value(), context.value(QStringLiteral("profile")).trimmed()});
    } else {
        auto accounts = (*workspace)->accounts().accounts();
        if (!accounts)
            return context.fail(accounts.error());
        for (const Account &a : accounts.value()) {
            if (a.isConnected())
                targets.append({a.id, a.profile});
        }
        if (targets.isEmpty())
            context.err() << QStringLiteral("pipelinedesk-cli: ")
                          << Tr::tr("no connected accounts to sync. Connect one with “pipelinedesk-cli profiles "
                                    "test NAME”.")
                          << Qt::endl;
    }

    int exitCode = 0;
    QJsonArray accountsJson;
    QList<QStringList> rows;
    CloudSync::Counts zero;
    for (const auto &[accountId, profile] : targets) {
        QJsonObject counts = countsJson(zero);
        const Status s = context.sync(accountId, SyncScope::all(), true, &counts);
        if (!s) {
            // A cancel ends everything; a failed account is said and the others are still synced.
            const int code = context.fail(s.error());
            if (context.wasInterrupted())
                return code;
            if (exitCode == 0)
                exitCode = code;
        }
        QJsonObject entry{{QStringLiteral("AccountId"), accountId},
                          {QStringLiteral("Profile"), profile},
                          {QStringLiteral("Status"), s ? QStringLiteral("OK") : QStringLiteral("FAILED")},
                          {QStringLiteral("Counts"), counts}};
        if (!s)
            entry.insert(QStringLiteral("Message"), s.error().message);
        accountsJson.append(entry);
        QStringList row{accountId, profile, s ? Tr::tr("ok") : Tr::tr("failed")};
        for (const char *key : {"Pipelines", "PipelineExecutions", "Rules", "Schedules", "ResourceShares",
                                "ResourceShareInvitations", "Deleted", "Requests"})
            row.append(QString::number(counts.value(QLatin1String(key)).toInt()));
        rows.append(row);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("Accounts"), accountsJson}});
    } else if (!rows.isEmpty()) {
        context.printTable({Tr::tr("ACCOUNT ID"), Tr::tr("PROFILE"), Tr::tr("SYNC"), Tr::tr("PIPELINES"),
                            Tr::tr("EXECUTIONS"), Tr::tr("RULES"), Tr::tr("SCHEDULES"), Tr::tr("SHARES"),
                            Tr::tr("INVITATIONS"), Tr::tr("DELETED"), Tr::tr("REQUESTS")},
                           rows);
    }
    return exitCode;
}

} // namespace

void registerSyncCommands(Registry &registry)
{
    registry.add({QStringLiteral("sync"),
                  QString(),
                  Tr::tr("Read connected accounts from the cloud into the workspace: the one of --profile, or every "
                         "connected account; prints what was read."),
                  {},
                  syncAccounts,
                  true,
                  Tr::tr("Pipelines, executions, rules, schedules, resource shares and invitations are read page by "
                         "page; what the cloud no longer has is removed from the workspace. On a terminal, stderr "
                         "shows the progress. Ctrl+C cancels (exit 130); what was read stays. When one account "
                         "fails, the others are still synced and the exit code is the first failure's.")});
}

} // namespace Pd::Cli

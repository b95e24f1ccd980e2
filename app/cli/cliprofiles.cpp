#include "cli.h"

#include "accounts/accountservice.h"
#include "cloud/awsconfigfiles.h"
#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Pd::Cli {

namespace {

// Runs an asynchronous service call to its end: the keychain answers from the event loop.
template<typename T> T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

QList<QCommandLineOption> addOptions()
{
    return {
        QCommandLineOption(QStringLiteral("profile-name"), Tr::tr("The profile's name."), Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("region"), Tr::tr("The region, such as us-east-1."), Tr::tr("REGION")),
        QCommandLineOption(QStringLiteral("role-arn"),
                           Tr::tr("The role to assume (the profile then takes its keys from --source-profile)."),
                           Tr::tr("ARN")),
        QCommandLineOption(QStringLiteral("source-profile"), Tr::tr("The profile whose keys assume the role."),
                           Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("external-id"), Tr::tr("The external id the role asks for (optional)."),
                           Tr::tr("ID")),
        QCommandLineOption(QStringLiteral("role-session-name"), Tr::tr("The role session's name (optional)."),
                           Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("duration-seconds"),
                           Tr::tr("How long a role session lasts, 900 to 43200 seconds (default 3600)."),
                           Tr::tr("SECONDS")),
        QCommandLineOption(QStringLiteral("mfa-serial"),
                           Tr::tr("The MFA device whose code assuming the role needs (optional)."), Tr::tr("ARN")),
        QCommandLineOption(QStringLiteral("endpoint-url"),
                           Tr::tr("Send every request of this profile to this URL instead of AWS (an emulator)."),
                           Tr::tr("URL")),
    };
}

QJsonObject profileJson(const Profile &p, const QString &maskedKey)
{
    QJsonObject o{{QStringLiteral("Name"), p.name},
                  {QStringLiteral("Region"), p.region},
                  {QStringLiteral("Kind"), profileKindName(p.kind)}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("AccessKeyId", maskedKey);
    put("RoleArn", p.roleArn);
    put("SourceProfile", p.sourceProfile);
    put("ExternalId", p.externalId);
    put("RoleSessionName", p.roleSessionName);
    if (p.durationSeconds != 0)
        o.insert(QStringLiteral("DurationSeconds"), p.durationSeconds);
    put("MfaSerial", p.mfaSerial);
    put("EndpointUrl", p.endpointUrl);
    if (!p.serviceEndpoints.isEmpty()) {
        QJsonObject services;
        for (auto it = p.serviceEndpoints.cbegin(); it != p.serviceEndpoints.cend(); ++it)
            services.insert(it.key(), it.value());
        o.insert(QStringLiteral("ServiceEndpoints"), services);
    }
    put("AccountId", p.accountId);
    put("CallerArn", p.callerArn);
    if (p.testedAt != 0)
        o.insert(QStringLiteral("TestedAt"), isoUtc(QDateTime::fromMSecsSinceEpoch(p.testedAt, Qt::UTC)));
    return o;
}

void printProfiles(Context &context, const QList<Profile> &profiles, const QHash<QString, QString> &masked)
{
    if (context.json()) {
        QJsonArray array;
        for (const Profile &p : profiles)
            array.append(profileJson(p, masked.value(p.name)));
        context.printJson({{QStringLiteral("Profiles"), array}});
        return;
    }
    QList<QStringList> rows;
    for (const Profile &p : profiles) {
        const QString keys =
            p.isAssumeRole() ? Tr::tr("role %1 from %2").arg(p.roleArn, p.sourceProfile) : masked.value(p.name);
        rows.append({p.name, p.region, profileKindName(p.kind), keys, p.accountId,
                     p.testedAt != 0 ? isoUtc(QDateTime::fromMSecsSinceEpoch(p.testedAt, Qt::UTC)) : QString(),
                     p.endpointUrl});
    }
    context.printTable({Tr::tr("NAME"), Tr::tr("REGION"), Tr::tr("KIND"), Tr::tr("CREDENTIALS"), Tr::tr("ACCOUNT ID"),
                        Tr::tr("TESTED"), Tr::tr("ENDPOINT")},
                       rows);
}

// The masked access key id of each static profile, read from the keychain. What cannot be read is
// said once and left out: a listing does not fail for a locked keychain.
QHash<QString, QString> maskedKeys(Context &context, ProfileService &service, const QList<Profile> &profiles)
{
    QHash<QString, QString> masked;
    std::optional<Error> failure;
    for (const Profile &p : profiles) {
        if (p.isAssumeRole())
            continue;
        auto read = waitFor<Result<AwsCredentials>>(
            [&service, &p](std::function<void(Result<AwsCredentials>)> got) { service.readCredentials(p.name, got); });
        if (read)
            masked.insert(p.name, maskedAccessKeyId(read->accessKeyId));
        else if (!failure)
            failure = read.error();
    }
    if (failure)
        context.warn(Tr::tr("the keys of some profiles could not be read from the keychain: %1").arg(failure->message));
    return masked;
}

int listProfiles(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    ProfileService &service = (*workspace)->profiles();
    auto profiles = service.profiles();
    if (!profiles)
        return context.fail(profiles.error());
    printProfiles(context, profiles.value(), maskedKeys(context, service, profiles.value()));
    return 0;
}

#ifdef Q_OS_UNIX
// A line from the terminal without echo, as the AWS CLI's `configure` asks for a secret.
QString promptHidden(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return QString::fromUtf8(line).trimmed();
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}
#else
QString promptHidden(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    return QString::fromUtf8(line).trimmed();
}

bool stdinIsTerminal()
{
    return false;
}
#endif

// The keys of a new static profile: never from an argument. From a terminal, asked for without
// echo; otherwise read from standard input as lines "aws_access_key_id=…", "aws_secret_access_key=…"
// and optionally "aws_session_token=…" (blank lines, # comments and a [section] line are allowed,
// so a credentials file section can be piped in). The errors name keys, never values.
Result<AwsCredentials> readKeys(Context &context)
{
    AwsCredentials keys;
    if (stdinIsTerminal()) {
        keys.accessKeyId = promptHidden(context.err(), Tr::tr("AWS access key id: "));
        keys.secretAccessKey = promptHidden(context.err(), Tr::tr("AWS secret access key: "));
        keys.sessionToken = promptHidden(context.err(), Tr::tr("AWS session token (empty for none): "));
        return keys;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("stdin"), Tr::tr("standard input cannot be read."));
    // Keys are short; a huge input is a mistake, refused without reading it whole.
    constexpr qint64 limit = 64 * 1024;
    const QByteArray bytes = in.read(limit + 1);
    if (bytes.size() > limit)
        return Error::invalid(QStringLiteral("stdin"), Tr::tr("standard input holds more than 64 KiB; give only the "
                                                              "keys."));
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')) ||
            line.startsWith(QLatin1Char('[')))
            continue;
        const int equals = line.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? line.left(equals).trimmed().toLower() : QString();
        const QString value = equals > 0 ? line.mid(equals + 1).trimmed() : QString();
        if (key == QLatin1String("aws_access_key_id"))
            keys.accessKeyId = value;
        else if (key == QLatin1String("aws_secret_access_key"))
            keys.secretAccessKey = value;
        else if (key == QLatin1String("aws_session_token"))
            keys.sessionToken = value;
        else
            return Error::invalid(QStringLiteral("stdin"),
                                  Tr::tr("standard input, line %1: expected aws_access_key_id=…, "
                                         "aws_secret_access_key=… or aws_session_token=….")
                                      .arg(i + 1));
    }
    return keys;
}

int addProfile(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    Profile p;
    p.name = context.value(QStringLiteral("profile-name")).trimmed();
    p.region = context.value(QStringLiteral("region")).trimmed();
    p.roleArn = context.value(QStringLiteral("role-arn")).trimmed();
    p.sourceProfile = context.value(QStringLiteral("source-profile")).trimmed();
    p.externalId = context.value(QStringLiteral("external-id")).trimmed();
    p.roleSessionName = context.value(QStringLiteral("role-session-name")).trimmed();
    p.mfaSerial = context.value(QStringLiteral("mfa-serial")).trimmed();
    p.endpointUrl = context.value(QStringLiteral("endpoint-url")).trimmed();
    if (context.isSet(QStringLiteral("duration-seconds"))) {
        bool ok = false;
        p.durationSeconds = context.value(QStringLiteral("duration-seconds")).toInt(&ok);
        if (!ok)
            return context.fail(Error::invalid(QStringLiteral("--duration-seconds"),
                                               Tr::tr("--duration-seconds: “%1” is not a whole number of seconds.")
                                                   .arg(context.value(QStringLiteral("duration-seconds")))));
    }
    p.kind = !p.roleArn.isEmpty() || !p.sourceProfile.isEmpty() ? ProfileKind::AssumeRole : ProfileKind::Static;
    // The settings first, so that a mistake in them is said before anyone types a secret.
    if (Status s = checkProfile(p); !s)
        return context.fail(asOption(s.error(), addOptions()));
    AwsCredentials keys;
    if (!p.isAssumeRole()) {
        auto read = readKeys(context);
        if (!read)
            return context.fail(read.error());
        keys = read.value();
    }
    ProfileService &service = (*workspace)->profiles();
    const Status added =
        waitFor<Status>([&service, &p, &keys](std::function<void(Status)> done) { service.add(p, keys, done); });
    if (!added)
        return context.fail(asOption(added.error(), addOptions()));
    auto stored = service.profile(p.name);
    if (!stored)
        return context.fail(stored.error());
    QHash<QString, QString> masked;
    if (!p.isAssumeRole())
        masked.insert(p.name, maskedAccessKeyId(keys.accessKeyId));
    if (context.json())
        context.printJson({{QStringLiteral("Profile"), profileJson(stored.value(), masked.value(p.name))}});
    else
        printProfiles(context, {stored.value()}, masked);
    return 0;
}

int removeProfile(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto name = requiredValue(context, QStringLiteral("profile-name"));
    if (!name)
        return context.fail(name.error());
    ProfileService &service = (*workspace)->profiles();
    const QString n = name.value().trimmed();
    const Status removed =
        waitFor<Status>([&service, &n](std::function<void(Status)> done) { service.remove(n, done); });
    if (!removed)
        return context.fail(asOption(removed.error(), {QCommandLineOption(QStringLiteral("profile-name"))}));
    if (context.json())
        context.printJson({{QStringLiteral("Name"), n}});
    else
        context.out() << n << Qt::endl;
    return 0;
}

int testProfile(Context &context)
{
    // The name as a word after the verb, as `profiles test prod`, or as the other profile verbs take it.
    const QStringList words = context.parser().positionalArguments();
    QString name = words.size() > 2 ? words.at(2).trimmed() : context.value(QStringLiteral("profile-name")).trimmed();
    if (name.isEmpty() && context.isGlobalSet(QStringLiteral("profile")))
        name = context.value(QStringLiteral("profile")).trimmed();
    if (name.isEmpty())
        return context.fail(Error::invalid(QStringLiteral("--profile-name"),
                                           Tr::tr("profiles test needs the profile's name: “profiles test NAME”.")));
    if (context.isGlobalSet(QStringLiteral("cached")))
        return context.fail(Error::invalid(QStringLiteral("--cached"),
                                           Tr::tr("--cached: testing a profile asks the cloud; it cannot work without "
                                                  "the network.")));
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto known = (*workspace)->profiles().profile(name); !known)
        return context.fail(known.error().code == Error::Code::NotFound
                                ? Error::invalid(QStringLiteral("profile-name"),
                                                 Tr::tr("there is no profile named %1 in this workspace (see "
                                                        "“profiles list”).")
                                                     .arg(name))
                                : known.error());
    auto actions = context.actions();
    if (!actions)
        return context.fail(actions.error());
    // Whoever connects the account: --identity, else the workspace's default (none in a new one).
    const QString identity = context.isGlobalSet(QStringLiteral("identity")) ? context.value(QStringLiteral("identity"))
                                                                             : (*workspace)->defaultIdentity();
    CloudJob *job = actions.value()->testProfile(identity, name);
    job->setAutoDelete(false);
    QJsonObject answer;
    QObject::connect(job, &CloudJob::finished, job, [job, &answer] { answer = job->answer(); });
    QString accountId;
    if (Status s = context.await(job, &accountId); !s)
        return context.fail(s.error());
    if (context.json()) {
        // sts:GetCallerIdentity's own shape.
        context.printJson({{QStringLiteral("UserId"), answer.value(QStringLiteral("UserId")).toString()},
                           {QStringLiteral("Account"), answer.value(QStringLiteral("Account")).toString()},
                           {QStringLiteral("Arn"), answer.value(QStringLiteral("Arn")).toString()}});
        return 0;
    }
    const auto account = (*workspace)->accounts().account(accountId);
    QTextStream &out = context.out();
    out << Tr::tr("Account: %1").arg(answer.value(QStringLiteral("Account")).toString()) << '\n'
        << Tr::tr("Arn: %1").arg(answer.value(QStringLiteral("Arn")).toString()) << '\n'
        << Tr::tr("UserId: %1").arg(answer.value(QStringLiteral("UserId")).toString()) << '\n'
        << Tr::tr("Connected account %1 (%2) through the profile %3.")
               .arg(accountId, account ? account->name : accountId, name)
        << '\n';
    out.flush();
    return 0;
}

QString actionWord(ProfileImportItem::Action action, bool dryRun)
{
    switch (action) {
    case ProfileImportItem::Action::Add: return dryRun ? Tr::tr("would add") : Tr::tr("added");
    case ProfileImportItem::Action::Replace: return dryRun ? Tr::tr("would replace") : Tr::tr("replaced");
    case ProfileImportItem::Action::Unsupported: break;
    }
    return Tr::tr("skipped");
}

QString actionJson(ProfileImportItem::Action action)
{
    switch (action) {
    case ProfileImportItem::Action::Add: return QStringLiteral("ADD");
    case ProfileImportItem::Action::Replace: return QStringLiteral("REPLACE");
    case ProfileImportItem::Action::Unsupported: break;
    }
    return QStringLiteral("SKIP");
}

int importProfiles(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    AwsConfigPaths paths = awsConfigPaths(environment, QDir::homePath());
    // A file named on the command line must be there; the AWS CLI's own may be absent.
    for (const auto &[option, path] : {std::pair{QStringLiteral("config-file"), &paths.config},
                                       std::pair{QStringLiteral("credentials-file"), &paths.credentials}}) {
        if (!context.isSet(option))
            continue;
        *path = context.value(option);
        if (!QFileInfo(*path).isFile())
            return context.fail(
                Error::invalid(QStringLiteral("--") + option, Tr::tr("--%1: there is no file %2.").arg(option, *path)));
    }
    const QString region = context.value(QStringLiteral("region")).trimmed();
    if (!region.isEmpty()) {
        if (Status s = checkRegion(region); !s)
            return context.fail(s.error().renamed(QStringLiteral("--region")));
    }
    const AwsConfigImport parsed = readAwsConfig(paths, environment, region);
    ProfileService &service = (*workspace)->profiles();
    auto plan = service.planImport(parsed, context.values(QStringLiteral("profile")));
    if (!plan)
        return context.fail(plan.error().code == Error::Code::NotFound
                                ? plan.error().renamed(QStringLiteral("--profile"))
                                : plan.error());
    for (const AwsConfigWarning &w : plan->warnings)
        context.warn(w.text());
    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    QHash<QString, Status> outcomes;
    int exitCode = 0;
    if (!dryRun) {
        const ProfileImportOutcome outcome =
            waitFor<ProfileImportOutcome>([&service, &plan](std::function<void(ProfileImportOutcome)> done) {
                service.applyImport(plan.value(), done);
            });
        for (const ProfileImportOutcome::Applied &a : outcome.applied) {
            outcomes.insert(a.name, a.status);
            if (!a.status && exitCode == 0)
                exitCode = a.status.error().exitCode();
        }
    }
    if (context.json()) {
        QJsonArray items;
        for (const ProfileImportItem &item : plan->items) {
            QJsonObject o{{QStringLiteral("Name"), item.name},
                          {QStringLiteral("Action"), actionJson(item.action)},
                          {QStringLiteral("Origin"), item.origin}};
            if (item.action == ProfileImportItem::Action::Unsupported)
                o.insert(QStringLiteral("Reason"), item.reason);
            else if (!dryRun) {
                const Status s = outcomes.value(item.name);
                o.insert(QStringLiteral("Status"), s ? QStringLiteral("OK") : QStringLiteral("FAILED"));
                if (!s)
                    o.insert(QStringLiteral("Message"), s.error().message);
            }
            items.append(o);
        }
        QJsonArray warnings;
        for (const AwsConfigWarning &w : plan->warnings)
            warnings.append(QJsonObject{{QStringLiteral("File"), w.file},
                                        {QStringLiteral("Line"), w.line},
                                        {QStringLiteral("Message"), w.message}});
        context.printJson({{QStringLiteral("Profiles"), items},
                           {QStringLiteral("Warnings"), warnings},
                           {QStringLiteral("DryRun"), dryRun}});
        return exitCode;
    }
    if (plan->items.isEmpty()) {
        context.out() << Tr::tr("No profiles in %1 or %2.")
                             .arg(QDir::toNativeSeparators(paths.config), QDir::toNativeSeparators(paths.credentials))
                      << Qt::endl;
        return exitCode;
    }
    QList<QStringList> rows;
    for (const ProfileImportItem &item : plan->items) {
        QString what = actionWord(item.action, dryRun);
        QString why = item.reason;
        if (item.action != ProfileImportItem::Action::Unsupported && !dryRun && !outcomes.value(item.name)) {
            what = Tr::tr("failed");
            why = outcomes.value(item.name).error().message;
        } else if (item.imported.credentialsFromEnvironment) {
            why = Tr::tr("keys from the environment (AWS_ACCESS_KEY_ID)");
        }
        rows.append({what, item.name, item.origin, why});
    }
    context.printTable({Tr::tr("ACTION"), Tr::tr("PROFILE"), Tr::tr("FROM"), Tr::tr("NOTE")}, rows);
    return exitCode;
}

} // namespace

void registerProfileCommands(Registry &registry)
{
    registry.add({QStringLiteral("profiles"),
                  QStringLiteral("list"),
                  Tr::tr("List the AWS profiles of the workspace (never their secrets)."),
                  {},
                  listProfiles,
                  true,
                  Tr::tr("Static profiles show their access key id masked, as the AWS CLI's `configure list` "
                         "does; reading it may ask to unlock the keychain.")});
    registry.add({QStringLiteral("profiles"), QStringLiteral("add"),
                  Tr::tr("Add an AWS profile: static keys, or a role to assume from another profile. Prints it."),
                  addOptions(), addProfile, true,
                  Tr::tr("The keys of a static profile are never taken from an argument: from a terminal they "
                         "are asked for without echo; otherwise standard input gives lines "
                         "aws_access_key_id=…, aws_secret_access_key=… and optionally aws_session_token=…. "
                         "They go to the OS keychain only.")});
    registry.add({QStringLiteral("profiles"),
                  QStringLiteral("remove"),
                  Tr::tr("Remove an AWS profile and its keychain entry; prints its name."),
                  {QCommandLineOption(QStringLiteral("profile-name"), Tr::tr("The profile's name."), Tr::tr("NAME"))},
                  removeProfile});
    Command &test = registry.add(
        {QStringLiteral("profiles"),
         QStringLiteral("test"),
         Tr::tr("Call sts:GetCallerIdentity with a profile; prints the account, ARN and user id it reached and "
                "connects that account."),
         {QCommandLineOption(QStringLiteral("profile-name"), Tr::tr("The profile's name (or give it after the verb)."),
                             Tr::tr("NAME"))},
         testProfile,
         true,
         Tr::tr("With --json the answer has GetCallerIdentity's shape: UserId, Account, Arn. The account reached "
                "becomes a connected account of the workspace, named after the profile when new; --profile NAME "
                "then acts as it. A refusal is printed as AWS said it, with the request id: exit 3 when the "
                "credentials are refused or not allowed, 2 for invalid input, 1 otherwise.")});
    test.argument = Tr::tr("NAME");
    registry.add(
        {QStringLiteral("profiles"),
         QStringLiteral("import"),
         Tr::tr("Import the AWS CLI's profiles, keeping their names; prints what was added, replaced and skipped."),
         {QCommandLineOption(QStringLiteral("config-file"),
                             Tr::tr("The AWS CLI's config file (default: AWS_CONFIG_FILE, else ~/.aws/config)."),
                             Tr::tr("FILE")),
          QCommandLineOption(QStringLiteral("credentials-file"),
                             Tr::tr("The AWS CLI's credentials file (default: AWS_SHARED_CREDENTIALS_FILE, else "
                                    "~/.aws/credentials)."),
                             Tr::tr("FILE")),
          QCommandLineOption(QStringLiteral("profile"), Tr::tr("Import only this profile (repeatable)."),
                             Tr::tr("NAME")),
          QCommandLineOption(QStringLiteral("region"), Tr::tr("The region of the profiles that name none."),
                             Tr::tr("REGION")),
          QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Show what would be imported; change nothing."))},
         importProfiles,
         true,
         Tr::tr("The AWS_* environment variables apply as in the AWS CLI: the keys, region and endpoints of "
                "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_ENDPOINT_URL and "
                "AWS_ENDPOINT_URL_<SERVICE> go to the profile it would use (AWS_PROFILE, else default). Profiles "
                "that cannot be imported (IAM Identity Center, credential_process…) are listed with the reason; "
                "a malformed line is a warning naming its file and line. Keys go to the OS keychain only.")});
}

} // namespace Pd::Cli

// audit list: the audit log from the command line, through AuditService like the Activity page.
#include "cli.h"
#include "clioptionvalues.h"

#include "audit/auditservice.h"
#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pd::Cli {

namespace {

const QString targetOption = QStringLiteral("target");
const QString actionOption = QStringLiteral("action");
const QString sinceOption = QStringLiteral("since");
const QString untilOption = QStringLiteral("until");
const QString outcomeOption = QStringLiteral("outcome");
const QString maxItemsOption = QStringLiteral("max-items");
const QString startingTokenOption = QStringLiteral("starting-token");
constexpr int defaultMaxItems = 100;

// "sagemaker:StartPipelineExecution" → ("sagemaker.amazonaws.com", "StartPipelineExecution"); an
// action without a prefix takes its service from the target's ARN ("FireSchedule" on a schedule:
// scheduler.amazonaws.com), as CloudTrail names the service that did the work.
std::pair<QString, QString> sourceAndName(const AuditEntry &e)
{
    const int colon = e.action.indexOf(QLatin1Char(':'));
    QString service = colon < 0 ? parseArn(e.target).service : e.action.left(colon);
    if (service.isEmpty())
        service = QStringLiteral("pipelinedesk");
    return {service + QStringLiteral(".amazonaws.com"), colon < 0 ? e.action : e.action.mid(colon + 1)};
}

// One row in the shape of CloudTrail LookupEvents' Event. What maps to what:
//   EventId ← the row's id; EventTime ← at (UTC); EventName ← the action without its service prefix;
//   EventSource ← that prefix (or the target ARN's service) + ".amazonaws.com"; Username ← the actor
//   (the OS user, "engine", "events"); Resources ← the target, typed from its ARN; ReadOnly ← "false"
//   (only changes and firings are recorded); CloudTrailEvent ← the record as CloudTrail's JSON string
//   (userIdentity.accountId and recipientAccountId ← the identity, errorMessage ← a failed outcome,
//   additionalEventData.detail ← the detail column). Not CloudTrail's, for scripts: AccountId (the
//   identity) and ErrorMessage (present only when the action failed).
QJsonObject eventJson(const AuditEntry &e, const QString &region)
{
    const auto [source, name] = sourceAndName(e);
    const bool failed = e.outcome != QLatin1String("ok");
    QJsonObject record{{QStringLiteral("eventVersion"), QStringLiteral("1.08")},
                       {QStringLiteral("userIdentity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("IAMUser")},
                                                                    {QStringLiteral("accountId"), e.identity},
                                                                    {QStringLiteral("userName"), e.actor}}},
                       {QStringLiteral("eventTime"), isoUtcMs(e.at)},
                       {QStringLiteral("eventSource"), source},
                       {QStringLiteral("eventName"), name},
                       {QStringLiteral("awsRegion"), region},
                       {QStringLiteral("eventID"), QString::number(e.id)},
                       {QStringLiteral("readOnly"), false},
                       {QStringLiteral("recipientAccountId"), e.identity}};
    if (failed)
        record.insert(QStringLiteral("errorMessage"), e.outcome);
    if (!e.detail.isEmpty())
        record.insert(QStringLiteral("additionalEventData"), QJsonObject{{QStringLiteral("detail"), e.detail}});
    QJsonArray resources;
    if (!e.target.isEmpty()) {
        QJsonObject resource{{QStringLiteral("ResourceName"), e.target}};
        if (const QString type = AuditService::resourceType(e.target); !type.isEmpty())
            resource.insert(QStringLiteral("ResourceType"), type);
        resources.append(resource);
    }
    QJsonObject event{
        {QStringLiteral("EventId"), QString::number(e.id)},
        {QStringLiteral("EventName"), name},
        {QStringLiteral("ReadOnly"), QStringLiteral("false")},
        {QStringLiteral("EventTime"), isoUtcMs(e.at)},
        {QStringLiteral("EventSource"), source},
        {QStringLiteral("Username"), e.actor},
        {QStringLiteral("Resources"), resources},
        {QStringLiteral("CloudTrailEvent"), QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))},
        {QStringLiteral("AccountId"), e.identity}};
    if (failed)
        event.insert(QStringLiteral("ErrorMessage"), e.outcome);
    return event;
}

int listAudit(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    AuditService &audit = (*workspace)->audit();
    AuditQuery query;
    query.target = context.value(targetOption);
    query.action = context.value(actionOption);
    query.maxItems = defaultMaxItems;
    query.startingToken = context.value(startingTokenOption);
    // The global --identity: here it filters by the account that acted (rows are the workspace's,
    // readable as any identity), and without it every account's rows are listed.
    if (context.isSet(QStringLiteral("identity"))) {
        query.identity = context.value(QStringLiteral("identity"));
        if (!isAccountId(query.identity))
            return context.fail(
                Error::invalid(QStringLiteral("identity"),
                               Tr::tr("--identity: “%1” is not a 12-digit account id.").arg(query.identity)));
    }
    for (const auto &[option, bound] : {std::pair{sinceOption, &query.since}, std::pair{untilOption, &query.until}}) {
        if (!context.isSet(option))
            continue;
        auto parsed = audit.parseTime(context.value(option), QStringLiteral("--") + option);
        if (!parsed)
            return context.fail(parsed.error());
        *bound = parsed.value();
    }
    if (context.isSet(outcomeOption)) {
        const QString outcome = context.value(outcomeOption).toLower();
        if (outcome != QLatin1String("ok") && outcome != QLatin1String("failed"))
            return context.fail(Error::invalid(
                outcomeOption, Tr::tr("--outcome: “%1” is neither ok nor failed.").arg(context.value(outcomeOption))));
        query.succeeded = outcome == QLatin1String("ok");
    }
    if (context.isSet(maxItemsOption)) {
        auto maxItems = intOption(context, maxItemsOption);
        if (!maxItems)
            return context.fail(maxItems.error());
        if (*maxItems < 1 || *maxItems > AuditService::maxPageSize)
            return context.fail(Error::invalid(
                maxItemsOption,
                Tr::tr("--max-items: %1 is not between 1 and %2.").arg(*maxItems).arg(AuditService::maxPageSize)));
        query.maxItems = *maxItems;
    }
    auto page = audit.list(query);
    if (!page) {
        Error error = page.error();
        // The service names its fields without dashes; here they are options.
        if (error.code == Error::Code::InvalidInput && !error.message.startsWith(QLatin1String("--")))
            error.message.prepend(QStringLiteral("--"));
        return context.fail(error);
    }
    if (context.json()) {
        QJsonArray events;
        for (const AuditEntry &e : page->entries)
            events.append(eventJson(e, (*workspace)->region()));
        QJsonObject document{{QStringLiteral("Events"), events}};
        if (!page->nextToken.isEmpty())
            document.insert(QStringLiteral("NextToken"), page->nextToken);
        context.printJson(document);
        return 0;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : page->entries) {
        rows.append({isoUtcMs(e.at), e.identity.isEmpty() ? QStringLiteral("-") : e.identity, e.actor, e.action,
                     e.target.isEmpty() ? QStringLiteral("-") : e.target,
                     e.outcome == QLatin1String("ok") ? QStringLiteral("ok") : Tr::tr("failed: %1").arg(e.outcome)});
    }
    context.printTable(
        {Tr::tr("TIME (UTC)"), Tr::tr("IDENTITY"), Tr::tr("BY"), Tr::tr("ACTION"), Tr::tr("TARGET"), Tr::tr("OUTCOME")},
        rows);
    // As the AWS CLI's text output ends a truncated listing: the token to go on with.
    if (!page->nextToken.isEmpty())
        context.out() << Tr::tr("NextToken: %1").arg(page->nextToken) << '\n';
    return 0;
}

} // namespace

void registerAuditCommands(Registry &registry)
{
    registry.add(
        {QStringLiteral("audit"),
         QStringLiteral("list"),
         Tr::tr("What was done in the workspace, newest first: who, as which account, what, on which object, "
                "with which outcome (CloudTrail LookupEvents shape). The global --identity filters by the "
                "account that acted."),
         {QCommandLineOption(targetOption,
                             Tr::tr("Only rows about this object: an ARN (a pipeline's also finds its executions) "
                                    "or a name."),
                             Tr::tr("ARN")),
          QCommandLineOption(actionOption,
                             Tr::tr("Only this action, such as StartPipelineExecution or CreateSchedule."),
                             Tr::tr("NAME")),
          QCommandLineOption(sinceOption,
                             Tr::tr("Only rows at or after T: an instant (2026-11-23T12:00:00Z, 2026-11-23) or a "
                                    "time ago (15m, 2h, 7d)."),
                             Tr::tr("T")),
          QCommandLineOption(untilOption, Tr::tr("Only rows at or before T (same forms as --since)."), Tr::tr("T")),
          QCommandLineOption(outcomeOption, Tr::tr("Only rows that succeeded (ok) or failed."), Tr::tr("ok|failed")),
          QCommandLineOption(maxItemsOption,
                             Tr::tr("At most N rows (1–1000, default 100); a NextToken follows when there are more."),
                             Tr::tr("N")),
          QCommandLineOption(startingTokenOption, Tr::tr("Go on after the page that printed this NextToken."),
                             Tr::tr("T"))},
         listAudit});
}

} // namespace Pd::Cli

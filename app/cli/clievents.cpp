// The noun "events": put-events on the workspace's local event bus, and test-event-pattern, with
// the option names and JSON shapes of `aws events put-events` and `aws events test-event-pattern`.
#include "cli.h"

#include "connected/cloudactions.h"
#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "rules/rulejson.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Pd::Cli {

namespace {

const QString entriesOption = QStringLiteral("entries");

// One PutEvents call to a connected account; its answer's entries as the local bus gives them.
Result<QList<PutEventsResult>> putInTheCloud(Context &context, CloudActions &cloud, const QString &identity,
                                             const QList<PutEventsEntry> &entries)
{
    CloudJob *job = cloud.putEvents(identity, entries);
    QJsonObject answer;
    QObject::connect(job, &CloudJob::finished, job, [&answer, job] { answer = job->answer(); });
    if (Status put = context.await(job); !put)
        return put.error();
    QList<PutEventsResult> results;
    for (const QJsonValue &entry : answer.value(QStringLiteral("Entries")).toArray()) {
        PutEventsResult r;
        r.eventId = entry[QStringLiteral("EventId")].toString();
        r.errorCode = entry[QStringLiteral("ErrorCode")].toString();
        r.errorMessage = entry[QStringLiteral("ErrorMessage")].toString();
        results.append(r);
    }
    return results;
}

int putEvents(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto text = documentValue(context, entriesOption, Limits::eventsFile(), true);
    if (!text)
        return context.fail(text.error());
    QStringList warnings;
    auto entries = RuleJson::putEventsEntries(text.value(), &warnings);
    if (!entries)
        return context.fail(entries.error());
    // In calls of the PutEvents shape (10 entries, 256 KB), as a script against EventBridge would
    // send them; a file of many entries says how far it got.
    auto batches = RuleService::putEventsBatches(entries.value());
    if (!batches)
        return context.fail(Error::invalid(entriesOption, QStringLiteral("--entries: ") + batches.error().message));
    const qsizetype total = entries->size();
    const QString totalText = QLocale(QLocale::English).toString(total);
    auto progress = [&](qsizetype done) {
        context.err() << QStringLiteral("pipelinedesk-cli: ")
                      << Tr::tr("put %1 of %2 events").arg(QLocale(QLocale::English).toString(done), totalText)
                      << Qt::endl;
    };
    // A connected account's events go to EventBridge, which matches them against its rules.
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    QList<PutEventsResult> results;
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (qsizetype b = 0; b < batches->size(); ++b) {
        auto put = cloud.value() ? putInTheCloud(context, *cloud.value(), w.identity, batches->at(b))
                                 : w.workspace->rules().putEvents(w.identity, batches->at(b));
        if (!put) {
            if (!results.isEmpty())
                progress(results.size());
            return context.fail(put.error());
        }
        results += put.value();
        // Once a second, and at the end when there was more than one call.
        const bool last = b + 1 == batches->size();
        if (batches->size() > 1 && (last || sinceReport.elapsed() >= 1000)) {
            progress(results.size());
            sinceReport.restart();
        }
    }
    for (const QString &warning : std::as_const(warnings))
        context.warn(warning);
    context.err().flush();
    // Like AWS, entries that failed are reported in the answer, not by the exit code.
    if (context.json()) {
        context.printJson(RuleJson::putEventsResponse(results));
        return 0;
    }
    for (int i = 0; i < results.size(); ++i) {
        const PutEventsResult &r = results.at(i);
        if (r.eventId.isEmpty())
            context.out() << Tr::tr("entry %1: %2: %3").arg(i + 1).arg(r.errorCode, r.errorMessage) << '\n';
        else if (cloud.value())
            context.out()
                << Tr::tr("%1: put on EventBridge, which starts the targets of the rules it matches").arg(r.eventId)
                << '\n';
        else {
            const int failed = int(r.failures.size());
            context.out() << Tr::tr("%1: %n target(s) started", nullptr, r.invocations - failed).arg(r.eventId);
            if (failed > 0)
                context.out() << Tr::tr(", %n failed", nullptr, failed);
            context.out() << '\n';
            for (const QString &failure : r.failures)
                context.out() << QStringLiteral("  ") << Tr::tr("failed: %1").arg(failure) << '\n';
        }
    }
    return 0;
}

int testPattern(Context &context)
{
    auto pattern = documentValue(context, QStringLiteral("event-pattern"), Limits::testPattern());
    if (!pattern)
        return context.fail(pattern.error());
    auto event = documentValue(context, QStringLiteral("event"), Limits::testEvent());
    if (!event)
        return context.fail(event.error());
    auto matched = Events::testEventPattern(pattern.value(), event.value());
    // The library's message leads with the option and the JSON path ("event: $.id: ...").
    if (!matched)
        return context.fail(matched.error());
    // Always JSON, as the API answers.
    context.printJson({{QStringLiteral("Result"), matched.value()}});
    return 0;
}

} // namespace

void registerEventCommands(Registry &registry)
{
    const QString events = QStringLiteral("events");
    registry.add(
        {events,
         QStringLiteral("put"),
         Tr::tr("Put events on the event bus: matching rules start their targets (put-events). A connected "
                "account's events go to EventBridge."),
         {QCommandLineOption(entriesOption,
                             Tr::tr("The put-events Entries JSON: a file, file://PATH, - for stdin, or inline."),
                             Tr::tr("FILE"))},
         putEvents,
         true,
         Tr::tr("The entries go in calls of the PutEvents shape, at most 10 entries and 256 KB a call, in order; "
                "with more than one call, stderr says how many were put (“put 120 of 10,000 events”) once a second "
                "and at the end. An entry over 256 KB is refused before any is put (exit code 2). The document may "
                "hold at most 10,000 entries and 16 MiB.")});
    Command test{events,
                 QStringLiteral("test-pattern"),
                 Tr::tr("Whether an event pattern matches an event; prints {\"Result\": true|false}."),
                 {QCommandLineOption(QStringLiteral("event-pattern"),
                                     Tr::tr("The event pattern: JSON text or file://PATH."), Tr::tr("JSON")),
                  QCommandLineOption(QStringLiteral("event"),
                                     Tr::tr("The event, a full envelope (id, account, source, time, region, resources, "
                                            "detail-type, detail): JSON text or file://PATH."),
                                     Tr::tr("JSON"))},
                 testPattern};
    test.needsWorkspace = false;
    registry.add(std::move(test));
}

} // namespace Pd::Cli

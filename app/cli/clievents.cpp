// The noun "events": put-events on the workspace's local event bus, and test-event-pattern, with
// the option names and JSON shapes of `aws events put-events` and `aws events test-event-pattern`.
#include "cli.h"

#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "rules/rulejson.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pd::Cli {

namespace {

const QString entriesOption = QStringLiteral("entries");

int putEvents(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto text = documentValue(context, entriesOption, true);
    if (!text)
        return context.fail(text.error());
    QStringList warnings;
    auto entries = RuleJson::putEventsEntries(text.value(), &warnings);
    if (!entries)
        return context.fail(entries.error());
    auto results = w.workspace->rules().putEvents(w.identity, entries.value());
    if (!results)
        return context.fail(results.error());
    for (const QString &warning : std::as_const(warnings))
        context.warn(warning);
    context.err().flush();
    // Like AWS, entries that failed are reported in the answer, not by the exit code.
    if (context.json()) {
        context.printJson(RuleJson::putEventsResponse(results.value()));
        return 0;
    }
    for (int i = 0; i < results->size(); ++i) {
        const PutEventsResult &r = results->at(i);
        if (r.eventId.isEmpty())
            context.out() << Tr::tr("entry %1: %2: %3").arg(i + 1).arg(r.errorCode, r.errorMessage) << '\n';
        else
            context.out() << Tr::tr("%1: %n target(s) invoked", nullptr, r.invocations).arg(r.eventId) << '\n';
    }
    return 0;
}

int testPattern(Context &context)
{
    auto pattern = documentValue(context, QStringLiteral("event-pattern"));
    if (!pattern)
        return context.fail(pattern.error());
    auto event = documentValue(context, QStringLiteral("event"));
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
         Tr::tr("Put events on the local event bus: matching rules start their targets (put-events)."),
         {QCommandLineOption(entriesOption,
                             Tr::tr("The put-events Entries JSON: a file, file://PATH, - for stdin, or inline."),
                             Tr::tr("FILE"))},
         putEvents});
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

// The noun "events": put-events on the workspace's local event bus, and test-event-pattern, with
// the option names and JSON shapes of `aws events put-events` and `aws events test-event-pattern`.
#include "cli.h"

#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "rules/ruleservice.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pd::Cli {

namespace {

const QString entriesOption = QStringLiteral("entries");

// The entries of --entries: the `aws events put-events --entries` array, or the whole input
// ({"Entries": [..]}). Only the shape is checked here (as the AWS CLI does before it sends
// anything); a Detail that is not a JSON object is the service's per-entry error, as in AWS.
Result<QList<PutEventsEntry>> entriesFromJson(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(
            entriesOption,
            Tr::tr("--entries: not JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset),
            parseError.offset);
    const QJsonValue list =
        document.isArray() ? QJsonValue(document.array()) : document.object().value(QStringLiteral("Entries"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Error::invalid(entriesOption,
                              Tr::tr("--entries: expected a non-empty array of entries, or an object with one in "
                                     "“Entries”."));
    auto wrongType = [](const QString &member, const QString &type) {
        return Error::invalid(entriesOption, Tr::tr("--entries: %1 must be %2.").arg(member, type));
    };
    const QJsonArray array = list.toArray();
    QList<PutEventsEntry> entries;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("Entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return wrongType(at, Tr::tr("an object"));
        const QJsonObject o = array.at(i).toObject();
        PutEventsEntry entry;
        for (const auto &[member, into] : {std::pair{QStringLiteral("Source"), &entry.source},
                                           std::pair{QStringLiteral("DetailType"), &entry.detailType},
                                           std::pair{QStringLiteral("EventBusName"), &entry.eventBusName}}) {
            const QJsonValue value = o.value(member);
            if (!value.isUndefined() && !value.isString())
                return wrongType(at + QLatin1Char('.') + member, Tr::tr("a string"));
            *into = value.toString();
        }
        // Detail is JSON text in the API; an object written inline is taken as that text.
        const QJsonValue detail = o.value(QStringLiteral("Detail"));
        if (detail.isObject())
            entry.detail = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
        else if (detail.isString() || detail.isUndefined())
            entry.detail = detail.toString();
        else
            return wrongType(at + QLatin1String(".Detail"), Tr::tr("a string of JSON"));
        const QJsonValue resources = o.value(QStringLiteral("Resources"));
        if (!resources.isUndefined() && !resources.isArray())
            return wrongType(at + QLatin1String(".Resources"), Tr::tr("an array of strings"));
        for (const QJsonValue &resource : resources.toArray()) {
            if (!resource.isString())
                return wrongType(at + QLatin1String(".Resources"), Tr::tr("an array of strings"));
            entry.resources.append(resource.toString());
        }
        // The AWS CLI takes a timestamp as ISO-8601 text or as seconds since the epoch.
        const QJsonValue time = o.value(QStringLiteral("Time"));
        if (time.isDouble())
            entry.time = QDateTime::fromSecsSinceEpoch(qint64(time.toDouble()), Qt::UTC).toString(Qt::ISODate);
        else if (time.isString() || time.isUndefined())
            entry.time = time.toString();
        else
            return wrongType(at + QLatin1String(".Time"), Tr::tr("a timestamp"));
        entries.append(entry);
    }
    return entries;
}

int putEvents(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto text = documentValue(context, entriesOption, true);
    if (!text)
        return context.fail(text.error());
    auto entries = entriesFromJson(text.value());
    if (!entries)
        return context.fail(entries.error());
    auto results = w.workspace->rules().putEvents(w.identity, entries.value());
    if (!results)
        return context.fail(results.error());
    // Like AWS, entries that failed are reported in the answer, not by the exit code.
    int failed = 0;
    QJsonArray array;
    for (const PutEventsResult &r : results.value()) {
        if (r.eventId.isEmpty()) {
            ++failed;
            array.append(QJsonObject{{QStringLiteral("ErrorCode"), r.errorCode},
                                     {QStringLiteral("ErrorMessage"), r.errorMessage}});
        } else {
            array.append(QJsonObject{{QStringLiteral("EventId"), r.eventId}});
        }
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("FailedEntryCount"), failed}, {QStringLiteral("Entries"), array}});
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

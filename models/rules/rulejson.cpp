#include "rules/rulejson.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "interchange/documentlimits.h"
#include "interchange/interchangedocument.h"
#include "rules/ruleinterchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Pd {

namespace {

// The option the put-events entries come from: the field of their errors.
const QString entriesOption = QStringLiteral("entries");

} // namespace

namespace RuleJson {

QJsonObject rule(const Rule &rule)
{
    QJsonObject o{{QStringLiteral("Name"), rule.name},
                  {QStringLiteral("Arn"), rule.arn},
                  {QStringLiteral("State"), rule.stateString()},
                  {QStringLiteral("EventBusName"), rule.eventBus}};
    // AWS leaves out the members a rule does not have.
    if (!rule.eventPattern.isEmpty())
        o.insert(QStringLiteral("EventPattern"), rule.eventPattern);
    if (!rule.scheduleExpression.isEmpty())
        o.insert(QStringLiteral("ScheduleExpression"), rule.scheduleExpression);
    if (!rule.description.isEmpty())
        o.insert(QStringLiteral("Description"), rule.description);
    if (!rule.roleArn.isEmpty())
        o.insert(QStringLiteral("RoleArn"), rule.roleArn);
    return o;
}

QJsonObject describedRule(const Rule &rule)
{
    QJsonObject o = RuleJson::rule(rule);
    o.insert(QStringLiteral("CreatedBy"), rule.accountId);
    return o;
}

QJsonObject target(const RuleTarget &target)
{
    QJsonObject o{
        {QStringLiteral("Id"), target.id},
        {QStringLiteral("Arn"), target.pipelineArn},
        {QStringLiteral("SageMakerPipelineParameters"), Interchange::pipelineParametersJson(target.parameters)}};
    if (!target.roleArn.isEmpty())
        o.insert(QStringLiteral("RoleArn"), target.roleArn);
    return o;
}

QJsonObject invocation(const RuleInvocation &i)
{
    QJsonObject o{{QStringLiteral("RuleArn"), i.ruleArn},
                  {QStringLiteral("EventId"), i.eventId},
                  {QStringLiteral("TargetId"), i.targetId},
                  {QStringLiteral("Time"), isoUtcMs(i.at)},
                  {QStringLiteral("Outcome"), toApiString(i.outcome)}};
    if (!i.executionArn.isEmpty())
        o.insert(QStringLiteral("PipelineExecutionArn"), i.executionArn);
    if (!i.message.isEmpty())
        o.insert(QStringLiteral("Message"), i.message);
    return o;
}

Result<QList<PutEventsEntry>> putEventsEntries(const QByteArray &text, QStringList *warnings)
{
    // PutEvents' input and PutEventsRequestEntry, as the API reference has them.
    static const Interchange::Shape inputShape = Interchange::shape("Entries EndpointId", "Entries");
    static const Interchange::Shape entryShape =
        Interchange::shape("Time Source Resources DetailType Detail EventBusName TraceHeader",
                           "Time Source Resources DetailType Detail EventBusName");
    // The option leads the message, as in the other errors of this reader.
    auto unknown = [](const Error &e) {
        return Error::invalid(entriesOption, QStringLiteral("--entries: ") + e.message);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(
            entriesOption,
            Tr::tr("--entries: not JSON (%1 at offset %2).").arg(parseError.errorString()).arg(parseError.offset),
            parseError.offset);
    if (document.isObject()) {
        if (Status s = Interchange::checkMembers(document.object(), inputShape, {}, warnings); !s)
            return unknown(s.error());
    }
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
    // A local cap: events put sends them in PutEvents-sized batches, but a file of a million
    // entries is a mistake, not a plan.
    if (array.size() > DocumentLimits::eventsFileMaxEntries)
        return Error::invalid(entriesOption,
                              Tr::tr("--entries: the document holds %1 entries, more than %2, the local limit of "
                                     "events put.")
                                  .arg(QLocale(QLocale::English).toString(array.size()),
                                       QLocale(QLocale::English).toString(DocumentLimits::eventsFileMaxEntries)));
    QList<PutEventsEntry> entries;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("Entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return wrongType(at, Tr::tr("an object"));
        const QJsonObject o = array.at(i).toObject();
        if (Status s = Interchange::checkMembers(o, entryShape, at, warnings); !s)
            return unknown(s.error());
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

QJsonObject putEventsResponse(const QList<PutEventsResult> &results)
{
    int failed = 0;
    QJsonArray array;
    for (const PutEventsResult &r : results) {
        if (r.eventId.isEmpty()) {
            ++failed;
            array.append(QJsonObject{{QStringLiteral("ErrorCode"), r.errorCode},
                                     {QStringLiteral("ErrorMessage"), r.errorMessage}});
        } else {
            array.append(QJsonObject{{QStringLiteral("EventId"), r.eventId}});
        }
    }
    return {{QStringLiteral("FailedEntryCount"), failed}, {QStringLiteral("Entries"), array}};
}

} // namespace RuleJson

} // namespace Pd

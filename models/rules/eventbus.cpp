// RuleService's local event bus: putEvents / putEvent match events against the compiled pattern
// rules of their bus (the matcher cache of ruleservice_p.h) and invoke the matching rules'
// targets; the scheduler engine fires scheduled rules through fireInTransaction. Apart from
// ruleservice.cpp, which keeps buses, rule CRUD and targets.
#include "rules/ruleservice.h"

#include "accounts/connectedaccounts.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/jsonpath.h"
#include "interchange/documentlimits.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice_p.h"
#include "rules/rulestore.h"
#include "schedules/pipelineschedule.h"
#include "schedules/schedulestore.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUuid>

namespace Pd {

using namespace RuleServicePrivate;

namespace {

// The EventBridge event a scheduled rule sends its targets at a slot.
QJsonObject scheduledEvent(const Rule &rule, const QString &region, qint64 scheduledMs)
{
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("0")},
                       {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("detail-type"), QStringLiteral("Scheduled Event")},
                       {QStringLiteral("source"), QStringLiteral("aws.events")},
                       {QStringLiteral("account"), rule.accountId},
                       {QStringLiteral("time"), isoUtcMs(scheduledMs)},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("resources"), QJsonArray{rule.arn}},
                       {QStringLiteral("detail"), QJsonObject{}}};
}

} // namespace

struct RuleService::Invoked
{
    int count = 0;
    QStringList startedPipelines;
    QString firstExecution;
    QStringList failures;
};

Result<RuleService::Invoked> RuleService::invokeTargets(const Rule &rule, const QJsonObject &event, qint64 eventMs,
                                                        qint64 now)
{
    Database &database = m_context.database();
    RuleStore store(database);
    Invoked invoked;
    const QString eventId = event.value(QLatin1String("id")).toString();
    const QString displayName = firingDisplayName(rule.name, eventMs);
    for (const RuleTarget &target : rule.targets) {
        RuleInvocation invocation;
        invocation.ruleArn = rule.arn;
        invocation.eventId = eventId;
        invocation.targetId = target.id;
        invocation.at = now;
        StartRequest request;
        request.pipeline = target.pipelineArn;
        request.displayName = displayName;
        request.startedByKind = StartedByKind::Rule;
        request.startedBy = rule.arn; // as schedules do: unambiguous across buses and accounts
        std::optional<Error> failure;
        for (const RuleParameter &p : target.parameters) {
            if (!p.dynamic) {
                request.parameters.append({p.name, p.value});
                continue;
            }
            auto path = Events::JsonPath::parse(p.value);
            auto value = path ? path->resolveToString(event) : Result<QString>(path.error());
            if (!value) {
                failure = Error::invalid(
                    p.name, Tr::tr("The parameter “%1” could not be resolved: %2").arg(p.name, value.error().message));
                break;
            }
            request.parameters.append({p.name, value.value()});
        }
        if (!failure) {
            auto started = m_pipelines.startInTransaction(rule.accountId, request);
            if (started) {
                invocation.outcome = InvocationOutcome::Started;
                invocation.executionArn = started->arn;
                invoked.startedPipelines.append(started->pipelineArn);
                if (invoked.firstExecution.isEmpty())
                    invoked.firstExecution = started->arn;
            } else if (started.error().code == Error::Code::Storage || started.error().code == Error::Code::Internal) {
                return started.error(); // the transaction rolls back; nothing of this event stays
            } else {
                failure = started.error();
            }
        }
        if (failure) {
            invocation.outcome = InvocationOutcome::Failed;
            invocation.message = failure->message;
            invoked.failures.append(QStringLiteral("%1: %2").arg(target.id, failure->message));
        }
        if (auto id = store.insertInvocation(invocation); !id)
            return id.error();
        AuditEntry entry;
        entry.at = now;
        entry.actor = QStringLiteral("events");
        entry.identity = rule.accountId;
        entry.action = QStringLiteral("InvokeTarget");
        entry.target = rule.arn;
        entry.outcome = failure ? failure->message : QStringLiteral("ok");
        entry.detail = QStringLiteral("%1 %2 %3").arg(eventId, target.id, invocation.executionArn);
        if (Status st = AuditStore(database).append(entry); !st)
            return st.error();
        ++invoked.count;
    }
    return invoked;
}

Result<PutEventsResult> RuleService::deliver(const QString &identity, QJsonObject event, const QString &eventBus)
{
    PutEventsResult result;
    auto refuse = [&](const char *code, const QString &message) {
        result.errorCode = QLatin1String(code);
        result.errorMessage = message;
        return result;
    };
    if (event.value(QLatin1String("source")).toString().isEmpty())
        return refuse("InvalidArgument", Tr::tr("Source: an event needs a source."));
    if (event.value(QLatin1String("detail-type")).toString().isEmpty())
        return refuse("InvalidArgument", Tr::tr("DetailType: an event needs a detail type."));
    if (!event.value(QLatin1String("detail")).isObject())
        return refuse("MalformedDetail", Tr::tr("Detail: the detail of an event is a JSON object."));
    auto resolvedBus = busName(identity, eventBus, QStringLiteral("EventBusName"));
    if (!resolvedBus)
        return refuse("InvalidArgument", resolvedBus.error().message);
    const QString bus = resolvedBus.value();
    RuleStore store(m_context.database());
    if (bus != defaultBus) {
        auto exists = store.hasEventBus(identity, bus);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return refuse("InvalidArgument",
                          Tr::tr("EventBusName: the event bus “%1” does not exist in account %2.").arg(bus, identity));
    }
    const qint64 now = m_context.clock().nowMs();
    qint64 eventMs = now;
    const QString timeText = event.value(QLatin1String("time")).toString();
    if (!timeText.isEmpty()) {
        const auto parsed = parseInstant(timeText);
        if (!parsed)
            return refuse("InvalidArgument", Tr::tr("Time: “%1” is not an ISO-8601 instant.").arg(timeText));
        eventMs = parsed->toMSecsSinceEpoch();
    }
    // The envelope EventBridge delivers: what the sender may not set is set here.
    if (event.value(QLatin1String("id")).toString().isEmpty())
        event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(QStringLiteral("version"), QStringLiteral("0"));
    event.insert(QStringLiteral("account"), identity);
    event.insert(QStringLiteral("region"), m_context.region());
    event.insert(QStringLiteral("time"), isoUtcMs(eventMs));
    if (!event.value(QLatin1String("resources")).isArray())
        event.insert(QStringLiteral("resources"), QJsonArray());
    result.eventId = event.value(QLatin1String("id")).toString();

    // A connected account's rules are EventBridge's to match: the local bus matches none of them
    // (not even from a matcher compiled before the account was connected).
    auto profile = ConnectedAccounts::profileOf(m_context.database(), identity);
    if (!profile)
        return profile.error();
    if (!profile->isEmpty())
        return result;

    // The bus's compiled matcher, rebuilt only when its rules changed (also by another program).
    const QString key = identity + QChar(0x1f) + bus;
    auto stamp = store.patternStamp(identity, bus);
    if (!stamp)
        return stamp.error();
    std::shared_ptr<MatcherCache::Entry> entry = m_matchers->entries.value(key);
    if (!entry || entry->stamp != stamp.value()) {
        auto rules = store.enabledPatternRules(identity, bus);
        if (!rules)
            return rules.error();
        entry = std::make_shared<MatcherCache::Entry>();
        entry->stamp = stamp.value();
        for (const Rule &r : rules.value()) {
            auto pattern = Events::EventPattern::parse(r.eventPattern.toUtf8());
            if (!pattern) {
                qWarning("events: rule %s has an invalid pattern: %s", qPrintable(r.arn),
                         qPrintable(pattern.error().message));
                continue;
            }
            entry->matcher.add(std::uint32_t(entry->rules.size()), pattern.value());
            entry->rules.append(r);
        }
        entry->matcher.build();
        m_matchers->entries.insert(key, entry);
    }
    const std::vector<std::uint32_t> matched = entry->matcher.match(event);
    QStringList pipelines;
    QStringList ruleArns;
    Status status = m_context.database().transaction([&]() -> Status {
        for (std::uint32_t id : matched) {
            const Rule &r = entry->rules.at(int(id));
            auto invoked = invokeTargets(r, event, eventMs, now);
            if (!invoked)
                return invoked.error();
            result.invocations += invoked->count;
            for (const QString &failure : std::as_const(invoked->failures))
                result.failures.append(r.name + QLatin1Char('/') + failure);
            pipelines += invoked->startedPipelines;
            ruleArns.append(r.arn);
        }
        return {};
    });
    if (!status)
        return status.error();
    pipelines.removeDuplicates();
    for (const QString &pipeline : std::as_const(pipelines))
        m_pipelines.notifyExecutionsChanged(pipeline);
    for (const QString &arn : std::as_const(ruleArns))
        emit invocationsChanged(arn);
    return result;
}

qint64 RuleService::putEventsEntrySize(const PutEventsEntry &entry)
{
    qint64 size = entry.time.isEmpty() ? 0 : 14;
    size += entry.source.toUtf8().size() + entry.detailType.toUtf8().size() + entry.detail.toUtf8().size();
    for (const QString &resource : entry.resources)
        size += resource.toUtf8().size();
    return size;
}

Result<QList<QList<PutEventsEntry>>> RuleService::putEventsBatches(const QList<PutEventsEntry> &entries)
{
    QList<QList<PutEventsEntry>> batches;
    qint64 batchSize = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const qint64 size = putEventsEntrySize(entries.at(i));
        if (size > DocumentLimits::putEventsMaxBytes)
            return Error::invalid(QStringLiteral("Entries[%1]").arg(i),
                                  Tr::tr("Entries[%1]: the entry is %2 bytes, more than %3 bytes (256 KB), the "
                                         "PutEvents limit.")
                                      .arg(i)
                                      .arg(QLocale(QLocale::English).toString(size),
                                           QLocale(QLocale::English).toString(DocumentLimits::putEventsMaxBytes)));
        if (batches.isEmpty() || batches.last().size() >= DocumentLimits::putEventsMaxEntries ||
            batchSize + size > DocumentLimits::putEventsMaxBytes) {
            batches.append(QList<PutEventsEntry>());
            batchSize = 0;
        }
        batches.last().append(entries.at(i));
        batchSize += size;
    }
    return batches;
}

Status RuleService::checkPutEvents(const QList<PutEventsEntry> &entries)
{
    if (entries.size() > DocumentLimits::putEventsMaxEntries)
        return Error::invalid(QStringLiteral("Entries"),
                              Tr::tr("Entries: PutEvents takes at most %1 entries a call; %2 were given.")
                                  .arg(DocumentLimits::putEventsMaxEntries)
                                  .arg(entries.size()));
    qint64 total = 0;
    for (const PutEventsEntry &e : entries)
        total += putEventsEntrySize(e);
    if (total > DocumentLimits::putEventsMaxBytes)
        return Error::invalid(QStringLiteral("Entries"),
                              Tr::tr("Entries: the entries are %1 bytes together, more than %2 bytes (256 KB), the "
                                     "PutEvents limit.")
                                  .arg(QLocale(QLocale::English).toString(total),
                                       QLocale(QLocale::English).toString(DocumentLimits::putEventsMaxBytes)));
    return {};
}

Result<QList<PutEventsResult>> RuleService::putEvents(const QString &identity, const QList<PutEventsEntry> &entries)
{
    // The shape of one PutEvents call, checked before anything is put.
    if (Status s = checkPutEvents(entries); !s)
        return s.error();
    QList<PutEventsResult> results;
    int failed = 0;
    for (const PutEventsEntry &e : entries) {
        QJsonObject event{{QStringLiteral("source"), e.source},
                          {QStringLiteral("detail-type"), e.detailType},
                          {QStringLiteral("resources"), QJsonArray::fromStringList(e.resources)},
                          {QStringLiteral("time"), e.time}};
        QJsonParseError error;
        const QJsonDocument detail = QJsonDocument::fromJson(e.detail.toUtf8(), &error);
        if (e.detail.trimmed().isEmpty() || error.error != QJsonParseError::NoError || !detail.isObject()) {
            PutEventsResult refused;
            refused.errorCode = QStringLiteral("MalformedDetail");
            refused.errorMessage =
                error.error != QJsonParseError::NoError && !e.detail.trimmed().isEmpty()
                    ? Tr::tr("Detail: not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())
                    : Tr::tr("Detail: the detail of an event is a JSON object.");
            results.append(refused);
            ++failed;
            continue;
        }
        event.insert(QStringLiteral("detail"), detail.object());
        auto delivered = deliver(identity, event, e.eventBusName);
        if (!delivered) {
            audit(identity, QStringLiteral("PutEvents"), QString::number(entries.size()), delivered.error());
            return delivered.error();
        }
        if (!delivered->errorCode.isEmpty())
            ++failed;
        results.append(delivered.value());
    }
    audit(identity, QStringLiteral("PutEvents"), QString::number(entries.size()), Status(),
          QStringLiteral("%1 failed").arg(failed));
    return results;
}

Result<PutEventsResult> RuleService::putEvent(const QString &identity, const QJsonObject &event,
                                              const QString &eventBus)
{
    auto delivered = deliver(identity, event, eventBus);
    audit(identity, QStringLiteral("PutEvents"), delivered ? delivered->eventId : QString(),
          delivered ? Status() : Status(delivered.error()),
          delivered && !delivered->errorCode.isEmpty() ? delivered->errorMessage : QString());
    return delivered;
}

Result<QList<RuleInvocation>> RuleService::invocations(const QString &identity, const QString &ruleArn, int limit) const
{
    auto found = find(identity, ruleArn, {});
    if (!found)
        return found.error();
    return RuleStore(m_context.database()).invocations(found->arn, limit);
}

// --- Scheduled rules ---------------------------------------------------------------------------

Result<QList<Rule>> RuleService::enabledScheduledRules() const
{
    return RuleStore(m_context.database()).enabledScheduledRules();
}

Result<std::optional<Firing>> RuleService::fireInTransaction(const Rule &rule, qint64 scheduledMs, bool catchUp,
                                                             qint64 now)
{
    Database &database = m_context.database();
    if (!database.inTransaction())
        return Error::internal(QStringLiteral("RuleService::fireInTransaction called outside a transaction"));
    ScheduleStore firings(database);
    // A slot that already has its row was handled before (perhaps by an engine that crashed
    // after committing) and nothing else happens.
    auto stored = firings.firing(rule.arn, scheduledMs);
    if (!stored)
        return stored.error();
    if (stored.value())
        return std::optional<Firing>();
    if (Status st = RuleStore(database).setPlannedThrough(rule.arn, scheduledMs); !st)
        return st.error();
    Firing firing;
    firing.triggerArn = rule.arn;
    firing.scheduledTime = scheduledMs;
    firing.actualTime = now;
    firing.catchUp = catchUp;
    firing.attempts = 1;
    auto invoked = invokeTargets(rule, scheduledEvent(rule, m_context.region(), scheduledMs), scheduledMs, now);
    if (!invoked)
        return invoked.error();
    firing.executionArn = invoked->firstExecution;
    firing.message = invoked->failures.join(QLatin1Char('\n'));
    if (rule.targets.isEmpty()) {
        firing.outcome = FiringOutcome::Skipped;
        firing.message = Tr::tr("The rule has no targets.");
    } else {
        // Rules are not retried (EventBridge's rules have no retry policy here): a slot whose
        // targets all failed is dead, its reasons are in the invocations.
        firing.outcome = invoked->startedPipelines.isEmpty() ? FiringOutcome::DeadLettered : FiringOutcome::Started;
    }
    auto inserted = firings.insertFiring(firing);
    if (!inserted)
        return inserted.error();
    AuditEntry entry;
    entry.at = now;
    entry.actor = QStringLiteral("engine");
    entry.identity = rule.accountId;
    entry.action = QStringLiteral("FireRule");
    entry.target = rule.arn;
    entry.outcome = firing.outcome == FiringOutcome::Started ? QStringLiteral("ok") : firing.message;
    entry.detail = QStringLiteral("%1 %2%3 %4")
                       .arg(isoUtcMs(scheduledMs), toApiString(firing.outcome),
                            catchUp ? QStringLiteral(" catch-up") : QString(), firing.executionArn);
    if (Status st = AuditStore(database).append(entry); !st)
        return st.error();
    return std::optional<Firing>(firing);
}

void RuleService::notifyFired(const QString &ruleArn)
{
    if (auto rule = RuleStore(m_context.database()).rule(ruleArn)) {
        QSet<QString> seen;
        for (const RuleTarget &t : rule->targets) {
            if (!seen.contains(t.pipelineArn)) {
                seen.insert(t.pipelineArn);
                m_pipelines.notifyExecutionsChanged(t.pipelineArn);
            }
        }
    }
    emit invocationsChanged(ruleArn);
}

} // namespace Pd

#pragma once

#include "core/result.h"
#include "rules/rule.h"
#include "rules/rulevalidation.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Pd {

class PipelineService;
class ServiceContext;
struct Firing;

// What RuleService::importRules wrote.
struct RuleImportOutcome
{
    QStringList ruleArns;          // in the document's order
    QStringList createdEventBuses; // buses the rules named that did not exist
};

// What importing a document's rules would do (RuleService::planImport), for a preview before
// anything is written.
struct RuleImportPlan
{
    // Per rule of the document, in its order: whether it replaces the rule of that name on its
    // bus (else it is created).
    QList<bool> replaces;
    // The buses the rules name that do not exist yet (importRules creates them), first named first.
    QStringList newEventBuses;
    // The first thing importRules refuses — an event bus ARN that is not the identity's own
    // (busName), or a target the identity could not start (checkTarget): the rule's index in the
    // document, and why. refusedRule is -1 when there is none.
    int refusedRule = -1;
    std::optional<Error> refusal;
};

// The one way to read and change rules, event buses and targets, and to put events on the local
// event bus, for the GUI and the CLI alike. Every call names the identity (account id) it acts
// as; rules belong to that account. Writes run in one Database::transaction() (a rule with all
// its targets and tags is one write: nothing is half-stored) and emit rulesChanged after commit.
// Errors are values with translated messages whose field is the CLI option / AWS member name.
class RuleService : public QObject
{
    Q_OBJECT

public:
    RuleService(ServiceContext &context, PipelineService &pipelines);
    ~RuleService() override;

    // --- Event buses ("default" always exists) ---------------------------------------------
    Result<QStringList> eventBuses(const QString &identity) const;
    Status createEventBus(const QString &identity, const QString &name);
    // Conflict while rules are on it; "default" cannot be deleted.
    Status deleteEventBus(const QString &identity, const QString &name);

    // --- Rules ------------------------------------------------------------------------------
    // The identity's rules, on one bus or (empty) on all, by bus then name, with their targets.
    Result<QList<Rule>> rules(const QString &identity, const QString &eventBus = {}) const;
    // By name on a bus (default when empty), or by ARN.
    Result<Rule> rule(const QString &identity, const QString &nameOrArn, const QString &eventBus = {}) const;
    // Every write below that adds or changes a target checks it with checkTarget first (the
    // pipeline exists and the identity, the rule's account, may start it; its static parameters
    // fit the definition): PermissionDenied or InvalidInput/NotFound whose field is
    // Targets[i].Arn (or the parameter's path) and whose message names the target id and the
    // pipeline. Targets kept unchanged are not checked again. The event bus may be given by ARN,
    // but only the identity's own (busName).
    // Creates a rule with its targets and tags. Conflict when the name is taken on that bus.
    Result<Rule> createRule(const QString &identity, const Rule &rule);
    // Replaces the rule `originalArn` with `rule` (name and bus may change; targets, tags replaced).
    Result<Rule> updateRule(const QString &identity, const QString &originalArn, const Rule &rule);
    // put-rule: creates, or updates the rule of that name keeping its targets.
    Result<Rule> putRule(const QString &identity, const Rule &rule);
    Status setEnabled(const QString &identity, const QString &nameOrArn, const QString &eventBus, bool enabled);
    // Deletes a rule with its targets (EventBridge refuses while targets exist unless force).
    Status deleteRule(const QString &identity, const QString &nameOrArn, const QString &eventBus, bool force);
    // put-targets / remove-targets: adds or replaces targets by id; at most 5 in all.
    Status putTargets(const QString &identity, const QString &ruleNameOrArn, const QString &eventBus,
                      const QList<RuleTarget> &targets);
    Status removeTargets(const QString &identity, const QString &ruleNameOrArn, const QString &eventBus,
                         const QStringList &targetIds);
    // What the writes above check before they store anything, for a change that goes to the cloud
    // instead (CloudActions, for a connected account), with the same errors and writing nothing:
    // the event bus (name, or the identity's own ARN), the rule as it would be written (a pipeline
    // named without an ARN is the identity's, a target without a role takes the rule's), validate(),
    // and checkTarget for each target that is not in `kept` as it is.
    Result<Rule> checkWrite(const QString &identity, const Rule &rule, const QList<RuleTarget> &kept = {}) const;
    // put-targets' checks of `targets` for the rule `rule` (as the mirror has it, or only its name and
    // bus when it has not been read): field names index the request's list; at most 5 targets with
    // those of `rule` that stay. The targets as they would be written.
    Result<QList<RuleTarget>> checkPutTargets(const QString &identity, const Rule &rule,
                                              const QList<RuleTarget> &targets) const;
    // Imports a document's rules (ruleinterchange.h importRules) all or nothing: every target is
    // checked with checkTarget first, then in one transaction the event buses they name that do
    // not exist are created and each rule is created, or replaces the rule of that name on its
    // bus. Errors name the rule ("rule “x”: ...") and leave the workspace as it was.
    // Defined in ruleimport.cpp.
    Result<RuleImportOutcome> importRules(const QString &identity, const QList<Rule> &rules);
    // What importRules would do with `rules`, writing nothing: which rules it replaces, which
    // buses it makes, the first target it refuses. A lookup that fails reads as "does not exist"
    // here (importRules reports it). Defined in ruleimport.cpp.
    RuleImportPlan planImport(const QString &identity, const QList<Rule> &rules) const;

    // The checks of rulevalidation.h, here too for callers that hold the service.
    static Status validate(const Rule &rule) { return RuleValidation::validateRule(rule); }
    static Status validateTarget(const RuleTarget &target, int index)
    {
        return RuleValidation::validateTarget(target, index);
    }
    static Result<bool> parseState(const QString &text) { return RuleValidation::parseState(text); }
    // Whether the identity could start the target's pipeline (for the wizard): pipeline exists,
    // visible, StartPipelineExecution allowed, static parameters valid for its definition.
    // For a connected identity the cloud decides whether it may start the pipeline (PutTargets,
    // then each invocation): only a pipeline the mirror holds has its parameters checked.
    // Field names use `index` (Targets[index].Arn, ...). Defined in rulevalidation.cpp.
    Status checkTarget(const QString &identity, const RuleTarget &target, int index = 0) const;

    // Role ARNs the identity's account already uses (pipelines, rules, schedules), for "use an
    // existing role"; and a new console-style role ARN for "create a new role for this rule".
    Result<QStringList> knownRoleArns(const QString &identity) const;
    QString newRoleArn(const QString &identity, const QString &ruleName) const;

    // --- The local event bus ------------------------------------------------------------------
    // PutEvents: each entry becomes an event (id, time, account = identity, region filled in),
    // is matched against the ENABLED pattern rules of its bus (compiled once, see
    // Events::PatternMatcher), and each matching rule's targets start through
    // PipelineService::start with resolved parameters (as the rule's account, so permissions and
    // validation apply). Every invocation is recorded. An entry that is malformed gets an error
    // code and message in its result; the others still go. This part is defined in eventbus.cpp.
    // As PutEvents, one call takes at most DocumentLimits::putEventsMaxEntries (10) entries of
    // together at most putEventsMaxBytes (256 KB); more is InvalidInput (field "Entries") and
    // nothing is put. Longer lists go in putEventsBatches().
    Result<QList<PutEventsResult>> putEvents(const QString &identity, const QList<PutEventsEntry> &entries);
    // The shape of one PutEvents call that putEvents() checks first (at most 10 entries of together
    // at most 256 KB): InvalidInput, field "Entries". For the cloud's PutEvents too.
    static Status checkPutEvents(const QList<PutEventsEntry> &entries);
    // An entry's size as the EventBridge User Guide counts it ("Calculating PutEvents event entry
    // size"): 14 bytes for a Time, and the UTF-8 bytes of Source, DetailType, Detail and each Resource.
    static qint64 putEventsEntrySize(const PutEventsEntry &entry);
    // The entries cut, in order, into the fewest consecutive batches that putEvents() takes (at most
    // 10 entries and 256 KB each). InvalidInput naming the entry ("Entries[3]") when one alone is
    // larger than 256 KB, so that nothing is put.
    static Result<QList<QList<PutEventsEntry>>> putEventsBatches(const QList<PutEventsEntry> &entries);
    // The same for an event already in envelope form (the GUI's "Send event"): fields that are
    // absent are filled in. Returns the event's result. eventBus: name or ARN, default when empty.
    Result<PutEventsResult> putEvent(const QString &identity, const QJsonObject &event, const QString &eventBus = {});
    // The newest invocations of a rule (newest first).
    Result<QList<RuleInvocation>> invocations(const QString &identity, const QString &ruleArn, int limit = 500) const;

    // --- For the scheduler engine (scheduled rules) -------------------------------------------
    // Every ENABLED scheduled rule of every account.
    Result<QList<Rule>> enabledScheduledRules() const;
    // Fires one slot of a scheduled rule inside the caller's open transaction: a firing row
    // unique on (rule ARN, slot) — std::nullopt when it already exists — then each target
    // started with the "Scheduled Event" event EventBridge sends, invocations recorded.
    Result<std::optional<Firing>> fireInTransaction(const Rule &rule, qint64 scheduledMs, bool catchUp, qint64 now);
    void notifyFired(const QString &ruleArn);

signals:
    void rulesChanged(const QString &accountId);
    void invocationsChanged(const QString &ruleArn);
    void eventBusesChanged(const QString &accountId);

private:
    struct MatcherCache;
    struct Invoked; // what invoking one rule's targets did
    Result<Rule> find(const QString &identity, const QString &nameOrArn, const QString &eventBus) const;
    // The bus a caller names: a name ("default" when empty), or the ARN of one of the identity's
    // buses in this workspace's region. The ARN of another account's bus, or of another region's,
    // is refused (InvalidInput naming `field` and the bus), never taken for the identity's bus of
    // the same name.
    Result<QString> busName(const QString &identity, const QString &nameOrArn, const QString &field) const;
    // The targets that are not in `kept` as they are (new, or changed), each checked with
    // checkTarget; the refusal names the target's index in `targets`, its id and the pipeline.
    Status checkNewTargets(const QString &identity, const QList<RuleTarget> &targets,
                           const QList<RuleTarget> &kept) const;
    // Creates (originalArn empty) or replaces a rule: normalizes, validates, writes, audits, signals.
    Result<Rule> write(const QString &identity, const QString &originalArn, Rule rule, const QString &action);
    Result<Rule> replaceRule(const QString &identity, const Rule &original, Rule rule, const QString &action);
    Rule normalized(const QString &identity, Rule rule) const;
    Result<PutEventsResult> deliver(const QString &identity, QJsonObject event, const QString &eventBus);
    // Inside the caller's transaction: starts each target, records an invocation each.
    Result<Invoked> invokeTargets(const Rule &rule, const QJsonObject &event, qint64 eventMs, qint64 now);
    void audit(const QString &identity, const QString &action, const QString &target, const Status &outcome,
               const QString &detail = {});

    ServiceContext &m_context;
    PipelineService &m_pipelines;
    std::unique_ptr<MatcherCache> m_matchers; // per (account, bus), dropped on rulesChanged
};

} // namespace Pd

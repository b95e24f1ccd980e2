// RuleService::importRules: the create-or-replace of a whole rules document, shared by the
// CLI's "rules import" and the GUI's import dialog, and planImport, the dialog's preview of it.
// In a file of its own so that the import logic reads apart from the single-rule operations in
// ruleservice.cpp.
#include "rules/ruleservice.h"

#include "core/tr.h"
#include "store/database.h"
#include "store/servicecontext.h"

namespace Pd {

namespace {

Error aboutRule(const QString &name, const Error &error)
{
    return Error{error.code, Tr::tr("rule “%1”: %2").arg(name, error.message), error.field, error.position,
                 error.reason, error.details};
}

} // namespace

Result<RuleImportOutcome> RuleService::importRules(const QString &identity, const QList<Rule> &documentRules)
{
    // A bus the document names by ARN must be one of the identity's own.
    QList<Rule> rules = documentRules;
    for (Rule &rule : rules) {
        auto bus = busName(identity, rule.eventBus, QStringLiteral("EventBusName"));
        if (!bus)
            return aboutRule(rule.name, bus.error());
        rule.eventBus = bus.value();
    }
    // Every target must be one the identity may start before anything is written.
    for (const Rule &rule : std::as_const(rules)) {
        for (int i = 0; i < rule.targets.size(); ++i) {
            if (Status s = checkTarget(identity, rule.targets.at(i), i); !s)
                return aboutRule(rule.name, s.error());
        }
    }
    auto buses = eventBuses(identity);
    if (!buses)
        return buses.error();

    RuleImportOutcome outcome;
    // One transaction: a rule that cannot be written leaves none of the others behind.
    const Status written = m_context.database().transaction([&]() -> Status {
        // The document names the buses its rules live on; one that is missing here is made.
        for (const Rule &rule : std::as_const(rules)) {
            if (buses->contains(rule.eventBus) || outcome.createdEventBuses.contains(rule.eventBus))
                continue;
            if (Status s = createEventBus(identity, rule.eventBus); !s)
                return aboutRule(rule.name, s.error());
            outcome.createdEventBuses.append(rule.eventBus);
        }
        for (const Rule &rule : std::as_const(rules)) {
            auto existing = this->rule(identity, rule.name, rule.eventBus);
            Result<Rule> result = existing ? updateRule(identity, existing->arn, rule) : createRule(identity, rule);
            if (!result)
                return aboutRule(rule.name, result.error());
            outcome.ruleArns.append(result->arn);
        }
        return {};
    });
    if (!written) {
        // Writes inside may have announced buses and rules that the rollback took back:
        // listeners (item models, the compiled-matcher cache) must read the workspace again.
        if (!outcome.createdEventBuses.isEmpty())
            emit eventBusesChanged(identity);
        emit rulesChanged(identity);
        return written.error();
    }
    return outcome;
}

RuleImportPlan RuleService::planImport(const QString &identity, const QList<Rule> &rules) const
{
    RuleImportPlan plan;
    auto buses = eventBuses(identity);
    for (int r = 0; r < rules.size(); ++r) {
        Rule rule = rules.at(r);
        auto bus = busName(identity, rule.eventBus, QStringLiteral("EventBusName"));
        if (!bus && !plan.refusal) {
            plan.refusedRule = r;
            plan.refusal = bus.error();
        }
        rule.eventBus = bus ? bus.value() : QString();
        plan.replaces.append(bus && this->rule(identity, rule.name, rule.eventBus).ok());
        if (bus && buses && !buses->contains(rule.eventBus) && !plan.newEventBuses.contains(rule.eventBus))
            plan.newEventBuses.append(rule.eventBus);
        // Checked as importRules checks them first; the first refusal is the one it would give.
        for (int i = 0; i < rule.targets.size() && !plan.refusal; ++i) {
            if (Status s = checkTarget(identity, rule.targets.at(i), i); !s) {
                plan.refusedRule = r;
                plan.refusal = s.error();
            }
        }
    }
    return plan;
}

} // namespace Pd

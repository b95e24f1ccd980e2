#include "events/ruleservice.h"

#include "core/tr.h"
#include "schedules/schedule.h"
#include "workspace/workspace.h"

// Skeleton: replaced by the rule service. Keeps every program linking while it is written.
namespace Pd {

struct RuleService::MatcherCache
{
};

RuleService::RuleService(Workspace &workspace) : m_workspace(workspace) {}
RuleService::~RuleService() = default;

static Error notYet()
{
    return Error::internal(Tr::tr("Rules are not available yet."));
}
Result<QStringList> RuleService::eventBuses(const QString &) const { return notYet(); }
Status RuleService::createEventBus(const QString &, const QString &) { return notYet(); }
Status RuleService::deleteEventBus(const QString &, const QString &) { return notYet(); }
Result<QList<Rule>> RuleService::rules(const QString &, const QString &) const { return notYet(); }
Result<Rule> RuleService::rule(const QString &, const QString &, const QString &) const { return notYet(); }
Result<Rule> RuleService::createRule(const QString &, const Rule &) { return notYet(); }
Result<Rule> RuleService::updateRule(const QString &, const QString &, const Rule &) { return notYet(); }
Result<Rule> RuleService::putRule(const QString &, const Rule &) { return notYet(); }
Status RuleService::setEnabled(const QString &, const QString &, const QString &, bool) { return notYet(); }
Status RuleService::deleteRule(const QString &, const QString &, const QString &, bool) { return notYet(); }
Status RuleService::putTargets(const QString &, const QString &, const QString &, const QList<RuleTarget> &) { return notYet(); }
Status RuleService::removeTargets(const QString &, const QString &, const QString &, const QStringList &) { return notYet(); }
Status RuleService::validate(const Rule &) { return notYet(); }
Status RuleService::validateTarget(const RuleTarget &, int) { return notYet(); }
Status RuleService::checkTarget(const QString &, const RuleTarget &) const { return notYet(); }
Result<QStringList> RuleService::knownRoleArns(const QString &) const { return notYet(); }
QString RuleService::newRoleArn(const QString &, const QString &) const { return {}; }
Result<QList<PutEventsResult>> RuleService::putEvents(const QString &, const QList<PutEventsEntry> &) { return notYet(); }
Result<PutEventsResult> RuleService::putEvent(const QString &, const QJsonObject &) { return notYet(); }
Result<QList<RuleInvocation>> RuleService::invocations(const QString &, const QString &, int) const { return notYet(); }
Result<QList<Rule>> RuleService::enabledScheduledRules() const { return notYet(); }
Result<std::optional<Firing>> RuleService::fireInTransaction(const Rule &, qint64, bool, qint64) { return notYet(); }
void RuleService::notifyFired(const QString &ruleArn) { emit invocationsChanged(ruleArn); }

} // namespace Pd

#include "workspace/accountdependents.h"

#include "core/tr.h"
#include "pipelines/pipelinestore.h"
#include "rules/rulestore.h"
#include "schedules/schedulestore.h"
#include "sharing/sharestore.h"

namespace Pd {

Result<QList<AccountDependent>> WorkspaceAccountDependents::ownedBy(const QString &accountId) const
{
    QList<AccountDependent> result;
    auto add = [&result](const char *kind, qsizetype count, const QString &text) {
        if (count > 0)
            result.append({QLatin1String(kind), int(count), text});
    };
    auto pipelines = PipelineStore(m_database).pipelineArns(accountId);
    if (!pipelines)
        return pipelines.error();
    const int pipelineCount = int(pipelines->size());
    add("pipelines", pipelineCount, Tr::tr("%n pipeline(s)", nullptr, pipelineCount));

    RuleStore rules(m_database);
    auto ownRules = rules.rules(accountId);
    if (!ownRules)
        return ownRules.error();
    const int ruleCount = int(ownRules->size());
    add("rules", ruleCount, Tr::tr("%n rule(s)", nullptr, ruleCount));
    auto buses = rules.eventBuses(accountId);
    if (!buses)
        return buses.error();
    const int busCount = int(buses->size());
    add("event-buses", busCount, Tr::tr("%n event bus(es)", nullptr, busCount));

    ScheduleFilter filter;
    filter.accountId = accountId;
    filter.ordered = false;
    auto schedules = ScheduleStore(m_database).schedules(filter);
    if (!schedules)
        return schedules.error();
    const int scheduleCount = int(schedules->size());
    add("schedules", scheduleCount, Tr::tr("%n schedule(s)", nullptr, scheduleCount));

    auto shares = ShareStore(m_database).shares(accountId, false);
    if (!shares)
        return shares.error();
    const int shareCount = int(shares->size());
    add("shares", shareCount, Tr::tr("%n resource share(s)", nullptr, shareCount));
    return result;
}

Status WorkspaceAccountDependents::release(const QString &accountId)
{
    return ShareStore(m_database).removeDeletedShares(accountId);
}

} // namespace Pd

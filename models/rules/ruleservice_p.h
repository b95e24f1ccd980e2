// Private to RuleService's files (ruleservice.cpp, rulevalidation.cpp, eventbus.cpp): how buses
// are named, and the compiled-matcher cache the constructor owns and the event bus fills.
#pragma once

#include "eventpatterns/patternmatcher.h"
#include "rules/ruleservice.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Pd {

namespace RuleServicePrivate {

inline const QString defaultBus = QStringLiteral("default");

inline bool isArn(const QString &text)
{
    return text.startsWith(QLatin1String("arn:"));
}

// A bus given by name or by ARN (arn:aws:events:<region>:<account>:event-bus/<name>).
inline QString busNameOf(const QString &nameOrArn)
{
    if (nameOrArn.isEmpty())
        return defaultBus;
    if (isArn(nameOrArn)) {
        const int slash = nameOrArn.indexOf(QLatin1String(":event-bus/"));
        return slash < 0 ? nameOrArn : nameOrArn.mid(slash + 11);
    }
    return nameOrArn;
}

} // namespace RuleServicePrivate

// The compiled ENABLED pattern rules of one (account, bus), valid while the bus's rules are
// unchanged (stamp); dropped on rulesChanged. Matching an event is one pass of the matcher,
// never one pattern after the other.
struct RuleService::MatcherCache
{
    struct Entry
    {
        QString stamp;
        QList<Rule> rules;
        Events::PatternMatcher matcher;
    };
    QHash<QString, std::shared_ptr<Entry>> entries; // key: account + '\x1f' + bus
};

} // namespace Pd

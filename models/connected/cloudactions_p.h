#pragma once

// What the files of CloudActions share (one file per slice: executions in cloudactions.cpp, rules,
// schedules, shares…): how an ARN names its account and object, and how a job ends. Not installed,
// not for callers of CloudActions.

#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"

#include <QString>
#include <QTimer>

#include <utility>

namespace Pd::CloudActionsDetail {

// The account an ARN names (arn:aws:sagemaker:us-east-1:111111111111:pipeline/train); empty for a name.
inline QString accountOfArn(const QString &nameOrArn)
{
    return nameOrArn.startsWith(QLatin1String("arn:")) ? nameOrArn.section(QLatin1Char(':'), 4, 4) : QString();
}

// A rule's name and bus from its ARN (arn:aws:events:us-east-1:111111111111:rule/[bus/]name), or
// the name and bus given.
inline std::pair<QString, QString> ruleNameAndBus(const QString &nameOrArn, const QString &eventBus)
{
    if (!nameOrArn.startsWith(QLatin1String("arn:")))
        return {nameOrArn, eventBus};
    const QStringList path = nameOrArn.section(QLatin1Char(':'), 5).split(QLatin1Char('/'));
    if (path.size() == 3)
        return {path.at(2), path.at(1)};
    return {path.value(1), QString()};
}

// A schedule's name and group from its ARN (arn:aws:scheduler:…:schedule/group/name), or as given;
// the group the API calls "default" when none is named.
inline std::pair<QString, QString> scheduleNameAndGroup(const QString &nameOrArn, const QString &group)
{
    if (nameOrArn.startsWith(QLatin1String("arn:"))) {
        const QStringList path = nameOrArn.section(QLatin1Char(':'), 5).split(QLatin1Char('/'));
        return {path.value(2), path.value(1)};
    }
    return {nameOrArn, group.isEmpty() ? QStringLiteral("default") : group};
}

// Ends a job from the event loop, so that callers always connect before it finishes.
inline void finishLater(CloudJob *job, Status status, const QString &value = QString())
{
    QTimer::singleShot(0, job, [job, status = std::move(status), value] { job->finish(status, value); });
}

} // namespace Pd::CloudActionsDetail

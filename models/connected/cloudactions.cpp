#include "connected/cloudactions.h"

#include "accounts/accountservice.h"
#include "accounts/connectedaccounts.h"
#include "cloud/awsapicall.h"
#include "cloud/profileservice.h"
#include "cloud/stsapi.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/tr.h"
#include "pipelines/sagemakerapi.h"
#include "rules/eventbridgeapi.h"
#include "rules/ruleservice.h"
#include "schedules/schedulerapi.h"
#include "schedules/scheduleservice.h"
#include "sharing/ramapi.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QTimer>

namespace Pd {

namespace {

// The account an ARN names (arn:aws:sagemaker:us-east-1:111111111111:pipeline/train); empty for a name.
QString accountOfArn(const QString &nameOrArn)
{
    return nameOrArn.startsWith(QLatin1String("arn:")) ? nameOrArn.section(QLatin1Char(':'), 4, 4) : QString();
}

// A rule's name and bus from its ARN (arn:aws:events:us-east-1:111111111111:rule/[bus/]name), or
// the name and bus given.
std::pair<QString, QString> ruleNameAndBus(const QString &nameOrArn, const QString &eventBus)
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
std::pair<QString, QString> scheduleNameAndGroup(const QString &nameOrArn, const QString &group)
{
    if (nameOrArn.startsWith(QLatin1String("arn:"))) {
        const QStringList path = nameOrArn.section(QLatin1Char(':'), 5).split(QLatin1Char('/'));
        return {path.value(2), path.value(1)};
    }
    return {nameOrArn, group.isEmpty() ? QStringLiteral("default") : group};
}

} // namespace

void CloudJob::cancel()
{
    if (m_finished)
        return;
    if (auto *call = qobject_cast<AwsApiCall *>(m_current.data()))
        call->cancel(); // finishes the job through the call's own ending
    else if (auto *sync = qobject_cast<CloudSync *>(m_current.data()))
        sync->cancel();
    if (!m_finished)
        finish(Error::internal(tr("Cancelled.")));
}

void CloudJob::finish(Status status, const QString &value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = std::move(status);
    m_value = value;
    emit finished();
    if (m_autoDelete)
        deleteLater();
}

CloudActions::CloudActions(CloudConnections &connections, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
{}

QString CloudActions::profileOf(const QString &accountId) const
{
    if (accountId.isEmpty())
        return {};
    auto profile = ConnectedAccounts::profileOf(m_connections.workspace().database(), accountId);
    return profile ? profile.value() : QString();
}

namespace {

// Ends a job from the event loop, so that callers always connect before it finishes.
void finishLater(CloudJob *job, Status status, const QString &value = QString())
{
    QTimer::singleShot(0, job, [job, status = std::move(status), value] { job->finish(status, value); });
}

} // namespace

CloudJob *CloudActions::testProfile(const QString &identity, const QString &profile)
{
    auto *job = new CloudJob(this);
    Workspace &workspace = m_connections.workspace();
    auto client = m_connections.client(profile);
    if (!client) {
        finishLater(job, client.error());
        return job;
    }
    auto *call = new AwsApiCall(client.value(), StsApi::getCallerIdentity(), {}, job);
    job->setCurrent(call);
    connect(call, &AwsApiCall::finished, job, [this, job, call, identity, profile, &workspace] {
        if (job->isFinished())
            return;
        const auto known = workspace.profiles().profile(profile);
        const QString knownAccount = known ? known->accountId : QString();
        if (!call->result()) {
            // The account reached before is offline until a test or a sync works again.
            if (!knownAccount.isEmpty() && profileOf(knownAccount) == profile)
                workspace.accounts().setConnectionState(knownAccount, true, call->result().error().message);
            return job->finish(call->result().error());
        }
        const QJsonObject answer = call->result().value();
        const QString accountId = answer.value(QStringLiteral("Account")).toString();
        const QString arn = answer.value(QStringLiteral("Arn")).toString();
        if (Status s = workspace.profiles().recordCallerIdentity(profile, accountId, arn); !s)
            return job->finish(s);
        auto account = workspace.accounts().connectAccount(identity, accountId, profile, profile);
        if (!account)
            return job->finish(account.error());
        workspace.accounts().setConnectionState(accountId, false);
        job->setAnswer(answer);
        job->finish(Status(), accountId);
    });
    return job;
}

void CloudActions::callFor(CloudJob *job, const QString &accountId, const AwsOperation &operation,
                           const QJsonObject &input, std::function<void(const QJsonObject &)> then)
{
    auto client = m_connections.client(profileOf(accountId));
    if (!client)
        return finishLater(job, client.error());
    auto *call = new AwsApiCall(client.value(), operation, input, job);
    job->setCurrent(call);
    connect(call, &AwsApiCall::finished, job, [job, call, then = std::move(then)] {
        if (job->isFinished())
            return;
        if (!call->result())
            return job->finish(call->result().error());
        then(call->result().value());
    });
}

void CloudActions::refreshExecution(CloudJob *job, const QString &accountId, const QString &executionArn)
{
    // The cloud said yes: what the workspace shows now comes from the cloud too. When the execution
    // is another account's (a shared pipeline) that is not connected here, there is no mirror to write.
    const QString owner = accountOfArn(executionArn);
    const QString mirrorAccount = !profileOf(owner).isEmpty() ? owner : accountId;
    if (profileOf(mirrorAccount).isEmpty() || accountOfArn(executionArn) != mirrorAccount)
        return job->finish(Status(), executionArn);
    SyncScope scope;
    scope.kinds = 0;
    scope.executionArn = executionArn;
    auto *sync = new CloudSync(m_connections, mirrorAccount, scope, job);
    job->setCurrent(sync);
    connect(sync, &CloudSync::finished, job, [job, sync, executionArn] {
        sync->deleteLater();
        if (job->isFinished())
            return;
        // The action itself was done: a failed read back is said, and the ARN still given.
        job->finish(sync->status(), executionArn);
    });
    sync->start();
}

CloudJob *CloudActions::start(const QString &identity, const StartRequest &request)
{
    auto *job = new CloudJob(this);
    Workspace &workspace = m_connections.workspace();
    // Whose profile calls: the identity's when it is connected (a shared pipeline of another
    // account is started by ARN, the cloud decides), else the pipeline's account's when that is.
    QString accountId = !profileOf(identity).isEmpty() ? identity : accountOfArn(request.pipeline);
    if (profileOf(accountId).isEmpty()) {
        auto started = workspace.pipelines().start(identity, request);
        if (!started)
            finishLater(job, started.error());
        else
            finishLater(job, Status(), started.value());
        return job;
    }
    QJsonObject input{{QStringLiteral("PipelineName"), request.pipeline}};
    if (!request.displayName.isEmpty())
        input.insert(QStringLiteral("PipelineExecutionDisplayName"), request.displayName);
    if (!request.description.isEmpty())
        input.insert(QStringLiteral("PipelineExecutionDescription"), request.description);
    if (!request.parameters.isEmpty()) {
        QJsonArray parameters;
        for (const ExecutionParameter &p : request.parameters)
            parameters.append(QJsonObject{{QStringLiteral("Name"), p.name}, {QStringLiteral("Value"), p.value}});
        input.insert(QStringLiteral("PipelineParameters"), parameters);
    }
    if (!request.clientRequestToken.isEmpty())
        input.insert(QStringLiteral("ClientRequestToken"), request.clientRequestToken);
    callFor(job, accountId, SageMakerApi::startPipelineExecution(), input,
            [this, job, accountId](const QJsonObject &answer) {
                refreshExecution(job, accountId, answer.value(QStringLiteral("PipelineExecutionArn")).toString());
            });
    return job;
}

void CloudActions::refresh(CloudJob *job, const QString &accountId, int kinds, const QString &value)
{
    auto *sync = new CloudSync(m_connections, accountId, SyncScope::of(kinds), job);
    job->setCurrent(sync);
    connect(sync, &CloudSync::finished, job, [job, sync, value] {
        sync->deleteLater();
        if (!job->isFinished())
            job->finish(sync->status(), value); // the change was made: a failed read back is said
    });
    sync->start();
}

CloudJob *CloudActions::finished(Status status, const QString &value)
{
    auto *job = new CloudJob(this);
    finishLater(job, std::move(status), value);
    return job;
}

CloudJob *CloudActions::setRuleEnabled(const QString &identity, const QString &rule, const QString &eventBus,
                                       bool enabled)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().rules().setEnabled(identity, rule, eventBus, enabled));
    auto *job = new CloudJob(this);
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    QJsonObject input{{QStringLiteral("Name"), name}};
    if (!bus.isEmpty())
        input.insert(QStringLiteral("EventBusName"), bus);
    callFor(
        job, identity, enabled ? EventBridgeApi::enableRule() : EventBridgeApi::disableRule(), input,
        [this, job, identity, name = name](const QJsonObject &) { refresh(job, identity, SyncScope::Rules, name); });
    return job;
}

CloudJob *CloudActions::deleteRule(const QString &identity, const QString &rule, const QString &eventBus, bool force)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().rules().deleteRule(identity, rule, eventBus, force));
    auto *job = new CloudJob(this);
    const auto [name, bus] = ruleNameAndBus(rule, eventBus);
    QJsonObject byName{{QStringLiteral("Name"), name}};
    if (!bus.isEmpty())
        byName.insert(QStringLiteral("EventBusName"), bus);
    auto remove = [this, job, identity, byName, name = name] {
        callFor(job, identity, EventBridgeApi::deleteRule(), byName,
                [this, job, identity, name](const QJsonObject &) { refresh(job, identity, SyncScope::Rules, name); });
    };
    if (!force) {
        remove();
        return job;
    }
    // Its targets, as the cloud has them now (at most 5 a rule: one page), then RemoveTargets.
    QJsonObject byRule{{QStringLiteral("Rule"), name}};
    if (!bus.isEmpty())
        byRule.insert(QStringLiteral("EventBusName"), bus);
    callFor(
        job, identity, EventBridgeApi::listTargetsByRule(), byRule,
        [this, job, identity, byRule, remove](const QJsonObject &answer) {
            QJsonArray ids;
            for (const QJsonValue &target : answer.value(QStringLiteral("Targets")).toArray())
                ids.append(target[QStringLiteral("Id")].toString());
            if (ids.isEmpty())
                return remove();
            QJsonObject input = byRule;
            input.insert(QStringLiteral("Ids"), ids);
            callFor(job, identity, EventBridgeApi::removeTargets(), input, [job, remove](const QJsonObject &answer) {
                // RemoveTargets answers 200 with the targets it could not remove.
                if (answer.value(QStringLiteral("FailedEntryCount")).toInt() > 0) {
                    const QJsonObject failed = answer[QStringLiteral("FailedEntries")][0].toObject();
                    return job->finish(Error::conflict(
                        Tr::tr("The cloud did not remove the target %1 of the rule, so the rule was not deleted: %2")
                            .arg(failed.value(QStringLiteral("TargetId")).toString(),
                                 failed.value(QStringLiteral("ErrorMessage")).toString())));
                }
                remove();
            });
        });
    return job;
}

CloudJob *CloudActions::setScheduleEnabled(const QString &identity, const QString &schedule, const QString &group,
                                           bool enabled)
{
    if (profileOf(identity).isEmpty()) {
        auto changed = m_connections.workspace().schedules().setEnabled(identity, schedule, group, enabled);
        return changed ? finished(Status(), changed.value().name) : finished(changed.error());
    }
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    const QJsonObject byName{{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}};
    callFor(job, identity, SchedulerApi::getSchedule(), byName,
            [this, job, identity, enabled, name = name](const QJsonObject &current) {
                // Everything UpdateSchedule takes, as GetSchedule gave it; what only GetSchedule
                // says (ARN, dates of creation and change) is not input.
                QJsonObject input = current;
                for (const char *member : {"Arn", "CreationDate", "LastModificationDate"})
                    input.remove(QLatin1String(member));
                input.insert(QStringLiteral("State"), enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED"));
                callFor(job, identity, SchedulerApi::updateSchedule(), input,
                        [this, job, identity, name](const QJsonObject &) {
                            refresh(job, identity, SyncScope::Schedules, name);
                        });
            });
    return job;
}

CloudJob *CloudActions::deleteSchedule(const QString &identity, const QString &schedule, const QString &group)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().schedules().remove(identity, schedule, group));
    auto *job = new CloudJob(this);
    const auto [name, groupName] = scheduleNameAndGroup(schedule, group);
    callFor(job, identity, SchedulerApi::deleteSchedule(),
            {{QStringLiteral("Name"), name}, {QStringLiteral("GroupName"), groupName}},
            [this, job, identity, name = name](const QJsonObject &) {
                refresh(job, identity, SyncScope::Schedules, name);
            });
    return job;
}

CloudJob *CloudActions::answerInvitation(const QString &identity, const QString &invitationArn, bool accept)
{
    if (profileOf(identity).isEmpty()) {
        SharingService &sharing = m_connections.workspace().sharing();
        auto answered = accept ? sharing.accept(identity, invitationArn) : sharing.reject(identity, invitationArn);
        return answered ? finished(Status(), invitationArn) : finished(answered.error());
    }
    auto *job = new CloudJob(this);
    callFor(job, identity, accept ? RamApi::acceptResourceShareInvitation() : RamApi::rejectResourceShareInvitation(),
            {{QStringLiteral("resourceShareInvitationArn"), invitationArn}},
            [this, job, identity, invitationArn](const QJsonObject &) {
                refresh(job, identity, SyncScope::Shares, invitationArn);
            });
    return job;
}

CloudJob *CloudActions::stop(const QString &identity, const QString &executionArn, const QString &clientRequestToken)
{
    return changeExecution(identity, executionArn, false, clientRequestToken);
}

CloudJob *CloudActions::retry(const QString &identity, const QString &executionArn, const QString &clientRequestToken)
{
    return changeExecution(identity, executionArn, true, clientRequestToken);
}

CloudJob *CloudActions::changeExecution(const QString &identity, const QString &executionArn, bool retry,
                                        const QString &clientRequestToken)
{
    auto *job = new CloudJob(this);
    Workspace &workspace = m_connections.workspace();
    QString accountId = !profileOf(identity).isEmpty() ? identity : accountOfArn(executionArn);
    if (profileOf(accountId).isEmpty()) {
        auto changed = retry ? workspace.pipelines().retry(identity, executionArn, clientRequestToken)
                             : workspace.pipelines().stop(identity, executionArn, clientRequestToken);
        if (!changed)
            finishLater(job, changed.error());
        else
            finishLater(job, Status(), changed.value());
        return job;
    }
    const AwsOperation &operation =
        retry ? SageMakerApi::retryPipelineExecution() : SageMakerApi::stopPipelineExecution();
    QJsonObject input{{QStringLiteral("PipelineExecutionArn"), executionArn}};
    if (!clientRequestToken.isEmpty())
        input.insert(QStringLiteral("ClientRequestToken"), clientRequestToken);
    callFor(job, accountId, operation, input, [this, job, accountId, executionArn](const QJsonObject &answer) {
        const QString arn = answer.value(QStringLiteral("PipelineExecutionArn")).toString();
        refreshExecution(job, accountId, arn.isEmpty() ? executionArn : arn);
    });
    return job;
}

} // namespace Pd

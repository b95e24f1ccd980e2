#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

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

using namespace CloudActionsDetail;

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
            // The account reached before is unusable until a test or a sync works again.
            if (!knownAccount.isEmpty() && profileOf(knownAccount) == profile) {
                ConnectionState state = connectionStateAfter(call->result().error());
                if (state == ConnectionState::Online)
                    state = ConnectionState::Error; // a test that fails: the profile needs fixing
                workspace.accounts().setConnectionState(knownAccount, state, call->result().error().message);
            }
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
        workspace.accounts().setConnectionState(accountId, ConnectionState::Online);
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
    connect(call, &AwsApiCall::finished, job, [this, job, call, accountId, then = std::move(then)] {
        if (job->isFinished())
            return;
        // What the call found of the connection shows beside the account at once: an expired
        // session or an unreachable cloud, or (it answered) that it works again. A refusal of the
        // request itself says nothing of the connection.
        const ConnectionState state =
            call->result() ? ConnectionState::Online : connectionStateAfter(call->result().error());
        if (state != ConnectionState::Online || call->result())
            m_connections.workspace().accounts().setConnectionState(
                accountId, state, call->result() ? QString() : call->result().error().message);
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
    refresh(job, accountId, SyncScope::of(kinds), value);
}

void CloudActions::refresh(CloudJob *job, const QString &accountId, const SyncScope &scope, const QString &value)
{
    auto *sync = new CloudSync(m_connections, accountId, scope, job);
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

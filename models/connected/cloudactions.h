#pragma once

#include "core/result.h"
#include "pipelines/pipelineservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Pd {

class AwsApiCall;
class CloudConnections;
class CloudSync;
struct AwsOperation;
struct SyncScope;

// One cloud action in flight: finishes exactly once, from the event loop, with a status and (when
// the action names what it made) a value: the new execution's ARN, the account a profile reached.
// Cancellable; deletes itself after finished() unless setAutoDelete(false).
class CloudJob : public QObject
{
    Q_OBJECT

public:
    explicit CloudJob(QObject *parent = nullptr)
        : QObject(parent)
    {}

    bool isFinished() const { return m_finished; }
    const Status &status() const { return m_status; }
    const QString &value() const { return m_value; }
    // The cloud's answer when the action keeps it (testProfile: sts:GetCallerIdentity's UserId,
    // Account and Arn); empty otherwise.
    const QJsonObject &answer() const { return m_answer; }
    void setAnswer(QJsonObject answer) { m_answer = std::move(answer); }
    void cancel();
    void setAutoDelete(bool on) { m_autoDelete = on; }

    // The job's own steps: what to stop on cancel, and how it ends.
    void setCurrent(QObject *step) { m_current = step; }
    void finish(Status status, const QString &value = QString());

signals:
    void finished();

private:
    QPointer<QObject> m_current;
    Status m_status;
    QString m_value;
    QJsonObject m_answer;
    bool m_finished = false;
    bool m_autoDelete = true;
};

// The actions on a connected account, cloud first (DESIGN.md "Connected accounts: a mirror, the
// cloud first"): the API is called through the account's profile, and the workspace changes only
// from the cloud's answer (the object is read back into the mirror), never before it. A refusal by
// the cloud is the job's error as the cloud said it (AwsError::toError: code, message, request id,
// exit code); nothing was written. An account whose connection is offline is tried all the same:
// the cloud, not the last failure, decides.
//
// For a local account the same functions act on the workspace directly (PipelineService), so that
// GUI and CLI call one thing whatever the account.
class CloudActions : public QObject
{
    Q_OBJECT

public:
    explicit CloudActions(CloudConnections &connections, QObject *parent = nullptr);

    // sts:GetCallerIdentity through the profile: records what it said with the profile, connects
    // the account it names (AccountService::connectAccount, named after the profile when new) and
    // marks it online. value(): the account id; answer(): what GetCallerIdentity said. On failure
    // the account (when known) goes offline.
    CloudJob *testProfile(const QString &identity, const QString &profile);

    // --- Executions (cloudactions.cpp) ---
    // Start, stop and retry an execution. For a connected pipeline or execution: the SageMaker call,
    // then DescribePipelineExecution read into the mirror. value(): the execution's ARN. The
    // client request token makes a repeated request return the first result, in the cloud as here.
    CloudJob *start(const QString &identity, const StartRequest &request);
    CloudJob *stop(const QString &identity, const QString &executionArn, const QString &clientRequestToken = QString());
    CloudJob *retry(const QString &identity, const QString &executionArn,
                    const QString &clientRequestToken = QString());

    // --- Pipelines (cloudpipelineactions.cpp) ---
    // Create, update and delete a pipeline of the identity's account: only its owner may, so these
    // go through the identity's profile when it is connected, else to PipelineService. The input is
    // the service's, checked as the service checks it (PipelineService::checkInput) before any
    // request, with the same errors; CreatePipeline also needs a role ARN. Then CreatePipeline,
    // UpdatePipeline or DeletePipeline (a fresh ClientRequestToken for create and delete), and the
    // pipeline read back into the mirror (DescribePipeline and its executions; after a delete, the
    // account's pipelines, so that the row goes). value(): the pipeline's ARN.
    CloudJob *createPipeline(const QString &identity, const PipelineInput &input);
    CloudJob *updatePipeline(const QString &identity, const PipelineInput &input);
    CloudJob *deletePipeline(const QString &identity, const QString &nameOrArn);

    // --- Rules, targets and events (cloudruleactions.cpp) ---
    // Rules (EventBridge). Enable or disable, then the account's rules read back. Delete: AWS
    // refuses to delete a rule that still has targets, so with `force` its targets are removed
    // first (RemoveTargets), as the console does; without it the cloud's refusal is the answer.
    // A rule is named by name (on `eventBus`, empty for default) or ARN.
    CloudJob *setRuleEnabled(const QString &identity, const QString &rule, const QString &eventBus, bool enabled);
    CloudJob *deleteRule(const QString &identity, const QString &rule, const QString &eventBus, bool force);

    // --- Schedules (cloudscheduleactions.cpp) ---
    // Schedules (EventBridge Scheduler). UpdateSchedule replaces a schedule whole, so enable and
    // disable read it (GetSchedule) and send back everything it said with the new state; a change
    // made meanwhile elsewhere is kept, not overwritten by an older mirror.
    CloudJob *setScheduleEnabled(const QString &identity, const QString &schedule, const QString &group, bool enabled);
    CloudJob *deleteSchedule(const QString &identity, const QString &schedule, const QString &group);

    // --- Resource shares and invitations (cloudshareactions.cpp) ---
    // Resource share invitations received by a connected account (RAM), then its shares read back.
    CloudJob *answerInvitation(const QString &identity, const QString &invitationArn, bool accept);

    // Whether an account is connected (empty when it is local or unknown): the profile.
    QString profileOf(const QString &accountId) const;

private:
    // Calls an operation through the account's profile; on success `then` runs with the answer.
    void callFor(CloudJob *job, const QString &accountId, const AwsOperation &operation, const QJsonObject &input,
                 std::function<void(const QJsonObject &)> then);
    // Reads the execution back into the mirror and finishes the job with its ARN.
    void refreshExecution(CloudJob *job, const QString &accountId, const QString &executionArn);
    CloudJob *changeExecution(const QString &identity, const QString &executionArn, bool retry,
                              const QString &clientRequestToken);
    // Reads `kinds` (or `scope`) of the account back into the mirror and finishes the job with `value`.
    void refresh(CloudJob *job, const QString &accountId, int kinds, const QString &value);
    void refresh(CloudJob *job, const QString &accountId, const SyncScope &scope, const QString &value);
    // A job that ends with a local service's answer (the account is not connected).
    CloudJob *finished(Status status, const QString &value = QString());

    CloudConnections &m_connections;
};

} // namespace Pd

#pragma once

#include "core/result.h"
#include "pipelines/pipelineservice.h"
#include "rules/rule.h"
#include "sharing/sharingservice.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Pd {

class AwsApiCall;
class CloudConnections;
class CloudSync;
struct AwsOperation;
struct ScheduleInput;
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
    // Create and change rules and their targets, with what RuleService's functions of the same names
    // take (for a local account they are called). For a connected account the input is first checked
    // as RuleService checks it (checkWrite, checkPutTargets: the same errors, exit 2, and no request
    // when it is refused); then PutRule, RemoveTargets, PutTargets as needed, then the account's rules
    // read back. value(): the rule's ARN. A PutTargets or RemoveTargets answer listing failed entries
    // is the job's error, naming each failed target with the cloud's code and message; when PutRule
    // had succeeded before, the error says so (the rule exists, without those targets) and the rules
    // are read back all the same.
    // createRule: DescribeRule first, as PutRule would quietly replace a rule of that name (Conflict,
    // the service's words); then PutRule and PutTargets with the rule's targets.
    CloudJob *createRule(const QString &identity, const Rule &rule);
    // updateRule: `originalArn` as the mirror has it becomes `rule`; targets it no longer has are
    // removed, new or changed ones put. EventBridge cannot rename a rule or move it to another bus:
    // that is refused before any request. PutRule does not change an existing rule's tags.
    CloudJob *updateRule(const QString &identity, const QString &originalArn, const Rule &rule);
    // putRule: put-rule, which creates the rule or changes the one of that name, keeping its targets.
    CloudJob *putRule(const QString &identity, const Rule &rule);
    // put-targets (adds, or replaces by id) and remove-targets. A rule the mirror does not hold yet
    // is the cloud's to find.
    CloudJob *putTargets(const QString &identity, const QString &rule, const QString &eventBus,
                         const QList<RuleTarget> &targets);
    CloudJob *removeTargets(const QString &identity, const QString &rule, const QString &eventBus,
                            const QStringList &targetIds);
    // PutEvents: one call's entries (RuleService::checkPutEvents, refused before any request). For a
    // connected account EventBridge matches them (nothing is written here); for a local account
    // RuleService::putEvents. answer(): PutEvents' answer, {"FailedEntryCount", "Entries": [{"EventId"}
    // or {"ErrorCode", "ErrorMessage"}]}: an entry that failed is said there, not by the job's status.
    CloudJob *putEvents(const QString &identity, const QList<PutEventsEntry> &entries);

    // --- Schedules (cloudscheduleactions.cpp) ---
    // Schedules (EventBridge Scheduler). UpdateSchedule replaces a schedule whole, so enable and
    // disable read it (GetSchedule) and send back everything it said with the new state; a change
    // made meanwhile elsewhere is kept, not overwritten by an older mirror.
    CloudJob *setScheduleEnabled(const QString &identity, const QString &schedule, const QString &group, bool enabled);
    CloudJob *deleteSchedule(const QString &identity, const QString &schedule, const QString &group);
    // Create and update from what ScheduleService::create and update take, so that the GUI and the
    // CLI build one thing whatever the account. For a connected account: CreateSchedule; or
    // GetSchedule, then UpdateSchedule with the members the input sets over what the cloud has
    // (members not set keep the cloud's value, and what this desk does not show — a dead-letter
    // queue, a KMS key — goes back as it was); then the account's schedules are read back. The
    // target is EventBridge Scheduler's universal target for SageMaker StartPipelineExecution
    // (Input: PipelineName, PipelineParameters). value(): the schedule's ARN. Refused before any
    // write request, as InvalidInput naming the option (checkCloudSchedule).
    CloudJob *createSchedule(const QString &identity, const ScheduleInput &input);
    CloudJob *updateSchedule(const QString &identity, const ScheduleInput &input);
    // What a connected account's create (create = true) or update refuses without a request: what
    // the local service refuses (the same errors), and what EventBridge Scheduler cannot hold —
    // crontab() and recurrence() expressions, Windows zone names, missed-run and overlap policies,
    // the local engine's ${{…}} parameter macros, a schedule without a role. An update's checks
    // that depend on the schedule (an end after its start) are made once GetSchedule said what it is.
    static Status checkCloudSchedule(const ScheduleInput &input, bool create);

    // --- Resource shares and invitations (cloudshareactions.cpp) ---
    // Resource share invitations received by a connected account (RAM), then its shares read back.
    CloudJob *answerInvitation(const QString &identity, const QString &invitationArn, bool accept);
    // A connected account's resource shares (RAM), with the input SharingService takes; for a local
    // account that service acts. Input is checked as the service checks it (SharingService::
    // validateName, checkResource, checkPrincipal, checkPermission) and refused with its words
    // before any request; whether pipelines and principals exist is the cloud's to say. Then the RAM
    // calls, and the account's shares read back (SyncScope::Shares). value(): the share's ARN.
    // Associate and Disassociate answer 200 with each association's status: one that FAILED ends
    // the job with its statusMessage (Conflict); when none was made nothing is read back.
    // UpdateResourceShare changes a name and allowExternalPrincipals only: a new permission is
    // refused before any request.
    CloudJob *createShare(const QString &identity, const SharingService::CreateRequest &request);
    CloudJob *updateShare(const QString &identity, const QString &shareArn, const SharingService::Update &update);
    CloudJob *deleteShare(const QString &identity, const QString &shareArn);
    CloudJob *associateShare(const QString &identity, const QString &shareArn, const QStringList &resources,
                             const QStringList &principals);
    CloudJob *disassociateShare(const QString &identity, const QString &shareArn, const QStringList &resources,
                                const QStringList &principals);
    // The wizard's whole wanted state (SharingService::edit): what differs from the mirror goes as
    // UpdateResourceShare, AssociateResourceShare and DisassociateResourceShare, in the service's
    // order. RAM has no transaction: when a later call is refused the earlier ones stay made, the
    // shares are read back and the job ends with the refusal.
    CloudJob *editShare(const QString &identity, const QString &shareArn, const SharingService::EditRequest &desired);
    // EnableSharingWithAwsOrganization (SharingService::setOrganizationSharing(identity, true) for a
    // local account). Nothing in the mirror records it, so nothing is read back.
    CloudJob *enableOrganizationSharing(const QString &identity);

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
    // Rules (cloudruleactions.cpp): PutRule, then RemoveTargets of `removed` and PutTargets of `put`
    // (each only when not empty), then the rules read back; the job's value is the rule's ARN.
    void writeRule(CloudJob *job, const QString &identity, const Rule &rule, const QList<RuleTarget> &put,
                   const QStringList &removed);
    // PutTargets (put) or RemoveTargets with `input`, then `then`. On a failure the job ends with it
    // (`value` its value); `afterRule`: PutRule succeeded before, so the rules are read back and the
    // error says that the rule was saved without these changes of its targets.
    void changeTargets(CloudJob *job, const QString &identity, const Rule &rule, bool put, const QJsonObject &input,
                       const QString &value, bool afterRule, std::function<void()> then);

    CloudConnections &m_connections;
};

} // namespace Pd

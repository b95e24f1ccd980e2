// CloudActions on RAM resource shares and invitations: cloud first for a connected account, the local SharingService
// otherwise.
#include "connected/cloudactions.h"
#include "connected/cloudactions_p.h"

#include "cloud/awsapicall.h"
#include "cloud/awsrequest.h"
#include "cloud/profileservice.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/tr.h"
#include "sharing/ramapi.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd {

using namespace CloudActionsDetail;

namespace {

struct RamStep
{
    const AwsOperation *operation = nullptr;
    QJsonObject input;
};

// The associations an Associate or Disassociate answer says FAILED, as one error naming each with
// the cloud's statusMessage; ok when none did. `anyMade`: whether any other association was made.
Status failedAssociations(const QJsonObject &answer, bool *anyMade)
{
    QStringList failed;
    const QJsonArray associations = answer.value(QStringLiteral("resourceShareAssociations")).toArray();
    for (const QJsonValue &a : associations) {
        if (a[QStringLiteral("status")].toString() != QLatin1String("FAILED")) {
            *anyMade = true;
            continue;
        }
        failed.append(Tr::tr("%1: %2").arg(a[QStringLiteral("associatedEntity")].toString(),
                                           a[QStringLiteral("statusMessage")].toString()));
    }
    if (failed.isEmpty())
        return {};
    return Error::conflict(Tr::tr("The cloud did not make every association of the resource share: %1")
                               .arg(failed.join(QStringLiteral("; "))));
}

// A share's RAM calls one after the other through one client, then the account's shares read back.
// Stops at the first refusal; what the cloud made before it is read back all the same, so the
// mirror shows it, and the job ends with the refusal. Owned by the job.
class RamSteps : public QObject
{
public:
    RamSteps(CloudConnections &connections, AwsClient *client, CloudJob *job, QString accountId, QList<RamStep> steps,
             QString value)
        : QObject(job)
        , m_connections(connections)
        , m_client(client)
        , m_job(job)
        , m_accountId(std::move(accountId))
        , m_steps(std::move(steps))
        , m_value(std::move(value))
    {}

    void next()
    {
        if (m_job->isFinished())
            return;
        if (m_index == m_steps.size())
            return readBack(Status());
        const RamStep &step = m_steps.at(m_index);
        auto *call = new AwsApiCall(m_client, *step.operation, step.input, m_job);
        m_job->setCurrent(call);
        connect(call, &AwsApiCall::finished, this, [this, call] {
            if (m_job->isFinished())
                return;
            if (!call->result()) {
                // Cancelled: the job ends as cancelled, without reading back.
                if (call->cloudError().kind == AwsError::Kind::Cancelled)
                    return m_job->finish(call->result().error());
                return stop(call->result().error(), m_made);
            }
            const QJsonObject answer = call->result().value();
            const QString arn = answer[QStringLiteral("resourceShare")][QStringLiteral("resourceShareArn")].toString();
            if (m_value.isEmpty())
                m_value = arn;
            bool anyMade = !answer.contains(QStringLiteral("resourceShareAssociations"));
            if (Status failed = failedAssociations(answer, &anyMade); !failed)
                return stop(failed, m_made || anyMade);
            m_made = true;
            ++m_index;
            next();
        });
    }

private:
    void stop(const Status &refusal, bool made)
    {
        if (!made)
            return m_job->finish(refusal);
        readBack(refusal);
    }

    void readBack(const Status &outcome)
    {
        auto *sync = new CloudSync(m_connections, m_accountId, SyncScope::of(SyncScope::Shares), m_job);
        m_job->setCurrent(sync);
        connect(sync, &CloudSync::finished, this, [this, sync, outcome] {
            sync->deleteLater();
            if (m_job->isFinished())
                return;
            // The change was made: a failed read back is said; a refusal along the way says more.
            m_job->finish(outcome ? sync->status() : outcome, m_value);
        });
        sync->start();
    }

    CloudConnections &m_connections;
    AwsClient *m_client;
    CloudJob *m_job;
    QString m_accountId;
    QList<RamStep> m_steps;
    QString m_value;
    int m_index = 0;
    bool m_made = false;
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Resources and principals as create() and associate() take them, checked and made ARNs.
Status checkAssociations(const QString &identity, const QString &region, const QStringList &resources,
                         const QStringList &principals, QStringList *resourceArns, QStringList *principalIds)
{
    for (const QString &resource : resources) {
        const QString trimmed = resource.trimmed();
        if (trimmed.isEmpty())
            continue;
        auto arn = SharingService::checkResource(identity, trimmed, region);
        if (!arn)
            return arn.error();
        if (!resourceArns->contains(arn.value()))
            resourceArns->append(arn.value());
    }
    for (const QString &principal : principals) {
        const QString trimmed = principal.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (Status s = SharingService::checkPrincipal(identity, trimmed); !s)
            return s;
        if (!principalIds->contains(trimmed))
            principalIds->append(trimmed);
    }
    return {};
}

// Only a share's owner changes it: the owner an ARN names, before any request (the local refusal's words).
Status checkOwner(const QString &identity, const QString &shareArn)
{
    const QString owner = accountOfArn(shareArn);
    if (!owner.isEmpty() && owner != identity)
        return Error::denied(Tr::tr("Account %1 may not change the resource share %2: only its owner, account %3, may.")
                                 .arg(identity, shareArn, owner));
    return {};
}

} // namespace

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

// Runs `steps` for a connected account (see RamSteps); a job already ended when there is nothing to send.
static CloudJob *runRamSteps(CloudActions *actions, CloudConnections &connections, const QString &profile,
                             const QString &accountId, QList<RamStep> steps, const QString &value)
{
    auto *job = new CloudJob(actions);
    auto client = connections.client(profile);
    if (!client) {
        finishLater(job, client.error());
        return job;
    }
    auto *run = new RamSteps(connections, client.value(), job, accountId, std::move(steps), value);
    // From the event loop, so that callers always connect before the job ends.
    QTimer::singleShot(0, run, [run] { run->next(); });
    return job;
}

CloudJob *CloudActions::createShare(const QString &identity, const SharingService::CreateRequest &request)
{
    Workspace &workspace = m_connections.workspace();
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        auto created = workspace.sharing().create(identity, request);
        return created ? finished(Status(), created->arn) : finished(created.error());
    }
    // The service's checks, in its order, before any request.
    auto name = SharingService::validateName(request.name);
    if (!name)
        return finished(name.error());
    auto permission = SharingService::checkPermission(request.permission);
    if (!permission)
        return finished(permission.error());
    const auto known = workspace.profiles().profile(profile);
    const QString region = known ? known->region : QString();
    QStringList resources, principals;
    if (Status s =
            checkAssociations(identity, region, request.resourceArns, request.principals, &resources, &principals);
        !s)
        return finished(s);

    QJsonObject input{{QStringLiteral("name"), name.value()},
                      {QStringLiteral("permissionArns"), QJsonArray{permissionArn(permission.value())}},
                      {QStringLiteral("allowExternalPrincipals"), request.allowExternalPrincipals}};
    if (!resources.isEmpty())
        input.insert(QStringLiteral("resourceArns"), toArray(resources));
    if (!principals.isEmpty())
        input.insert(QStringLiteral("principals"), toArray(principals));
    if (!request.tags.isEmpty()) {
        QJsonArray tags;
        for (auto it = request.tags.cbegin(); it != request.tags.cend(); ++it)
            tags.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
        input.insert(QStringLiteral("tags"), tags);
    }
    if (!request.clientToken.isEmpty())
        input.insert(QStringLiteral("clientToken"), request.clientToken);
    return runRamSteps(this, m_connections, profile, identity, {{&RamApi::createResourceShare(), input}}, QString());
}

CloudJob *CloudActions::updateShare(const QString &identity, const QString &shareArn,
                                    const SharingService::Update &update)
{
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        auto updated = m_connections.workspace().sharing().update(identity, shareArn, update);
        return updated ? finished(Status(), updated->arn) : finished(updated.error());
    }
    if (Status s = checkOwner(identity, shareArn); !s)
        return finished(s);
    QJsonObject input{{QStringLiteral("resourceShareArn"), shareArn}};
    if (update.name) {
        auto name = SharingService::validateName(*update.name);
        if (!name)
            return finished(name.error());
        input.insert(QStringLiteral("name"), name.value());
    }
    if (update.permission) {
        auto permission = SharingService::checkPermission(*update.permission);
        if (!permission)
            return finished(permission.error());
        return finished(Error::invalid(
            QStringLiteral("permission-arns"),
            Tr::tr("permission-arns: RAM's UpdateResourceShare does not change the permission of the connected "
                   "account's resource share %1. Change it in the AWS console, or share the pipelines again with "
                   "the other permission.")
                .arg(shareArn)));
    }
    if (update.allowExternalPrincipals)
        input.insert(QStringLiteral("allowExternalPrincipals"), *update.allowExternalPrincipals);
    return runRamSteps(this, m_connections, profile, identity, {{&RamApi::updateResourceShare(), input}}, shareArn);
}

CloudJob *CloudActions::deleteShare(const QString &identity, const QString &shareArn)
{
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        const Status removed = m_connections.workspace().sharing().remove(identity, shareArn);
        return removed ? finished(Status(), shareArn) : finished(removed);
    }
    if (Status s = checkOwner(identity, shareArn); !s)
        return finished(s);
    return runRamSteps(this, m_connections, profile, identity,
                       {{&RamApi::deleteResourceShare(), QJsonObject{{QStringLiteral("resourceShareArn"), shareArn}}}},
                       shareArn);
}

CloudJob *CloudActions::associateShare(const QString &identity, const QString &shareArn, const QStringList &resources,
                                       const QStringList &principals)
{
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        auto changed = m_connections.workspace().sharing().associate(identity, shareArn, resources, principals);
        return changed ? finished(Status(), changed->arn) : finished(changed.error());
    }
    if (Status s = checkOwner(identity, shareArn); !s)
        return finished(s);
    const auto known = m_connections.workspace().profiles().profile(profile);
    QStringList resourceArns, principalIds;
    if (Status s = checkAssociations(identity, known ? known->region : QString(), resources, principals, &resourceArns,
                                     &principalIds);
        !s)
        return finished(s);
    QJsonObject input{{QStringLiteral("resourceShareArn"), shareArn}};
    if (!resourceArns.isEmpty())
        input.insert(QStringLiteral("resourceArns"), toArray(resourceArns));
    if (!principalIds.isEmpty())
        input.insert(QStringLiteral("principals"), toArray(principalIds));
    return runRamSteps(this, m_connections, profile, identity, {{&RamApi::associateResourceShare(), input}}, shareArn);
}

CloudJob *CloudActions::disassociateShare(const QString &identity, const QString &shareArn,
                                          const QStringList &resources, const QStringList &principals)
{
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        auto changed = m_connections.workspace().sharing().disassociate(identity, shareArn, resources, principals);
        return changed ? finished(Status(), changed->arn) : finished(changed.error());
    }
    if (Status s = checkOwner(identity, shareArn); !s)
        return finished(s);
    const auto known = m_connections.workspace().profiles().profile(profile);
    QStringList resourceArns, principalIds;
    if (Status s = checkAssociations(identity, known ? known->region : QString(), resources, principals, &resourceArns,
                                     &principalIds);
        !s)
        return finished(s);
    QJsonObject input{{QStringLiteral("resourceShareArn"), shareArn}};
    if (!resourceArns.isEmpty())
        input.insert(QStringLiteral("resourceArns"), toArray(resourceArns));
    if (!principalIds.isEmpty())
        input.insert(QStringLiteral("principals"), toArray(principalIds));
    return runRamSteps(this, m_connections, profile, identity, {{&RamApi::disassociateResourceShare(), input}},
                       shareArn);
}

CloudJob *CloudActions::editShare(const QString &identity, const QString &shareArn,
                                  const SharingService::EditRequest &desired)
{
    Workspace &workspace = m_connections.workspace();
    const QString profile = profileOf(identity);
    if (profile.isEmpty()) {
        auto edited = workspace.sharing().edit(identity, shareArn, desired);
        return edited ? finished(Status(), edited->arn) : finished(edited.error());
    }
    if (Status s = checkOwner(identity, shareArn); !s)
        return finished(s);
    // The share as the mirror has it (the last read): what differs from it is sent.
    auto stored = workspace.sharing().share(identity, shareArn);
    if (!stored)
        return finished(stored.error());
    auto name = SharingService::validateName(desired.name);
    if (!name)
        return finished(name.error());
    auto permission = SharingService::checkPermission(desired.permission);
    if (!permission)
        return finished(permission.error());
    if (permission.value() != stored->permission)
        return finished(Error::invalid(
            QStringLiteral("permission-arns"),
            Tr::tr("permission-arns: RAM's UpdateResourceShare does not change the permission of the connected "
                   "account's resource share %1. Change it in the AWS console, or share the pipelines again with "
                   "the other permission.")
                .arg(shareArn)));
    const auto known = workspace.profiles().profile(profile);
    QStringList resources, principals;
    if (Status s = checkAssociations(identity, known ? known->region : QString(), desired.resourceArns,
                                     desired.principals, &resources, &principals);
        !s)
        return finished(s);
    QStringList storedPrincipals;
    for (const SharePrincipal &p : stored->principals)
        storedPrincipals.append(p.principal);
    auto missingFrom = [](const QStringList &list, const QStringList &from) {
        QStringList result;
        for (const QString &item : list) {
            if (!from.contains(item))
                result.append(item);
        }
        return result;
    };
    const QStringList addResources = missingFrom(resources, stored->resourceArns);
    const QStringList addPrincipals = missingFrom(principals, storedPrincipals);
    const QStringList dropResources = missingFrom(stored->resourceArns, resources);
    const QStringList dropPrincipals = missingFrom(storedPrincipals, principals);

    // The service's order, so that each call can succeed: external principals allowed before one
    // is added, disallowed after the last is removed; the rename with the last update.
    const QJsonObject byArn{{QStringLiteral("resourceShareArn"), shareArn}};
    QList<RamStep> steps;
    const bool opening = desired.allowExternalPrincipals && !stored->allowExternalPrincipals;
    const bool closing = !desired.allowExternalPrincipals && stored->allowExternalPrincipals;
    if (opening) {
        QJsonObject input = byArn;
        input.insert(QStringLiteral("allowExternalPrincipals"), true);
        steps.append({&RamApi::updateResourceShare(), input});
    }
    auto associations = [&](const AwsOperation &operation, const QStringList &resourceArns,
                            const QStringList &principalIds) {
        if (resourceArns.isEmpty() && principalIds.isEmpty())
            return;
        QJsonObject input = byArn;
        if (!resourceArns.isEmpty())
            input.insert(QStringLiteral("resourceArns"), toArray(resourceArns));
        if (!principalIds.isEmpty())
            input.insert(QStringLiteral("principals"), toArray(principalIds));
        steps.append({&operation, input});
    };
    associations(RamApi::associateResourceShare(), addResources, addPrincipals);
    associations(RamApi::disassociateResourceShare(), dropResources, dropPrincipals);
    if (closing || name.value() != stored->name) {
        QJsonObject input = byArn;
        if (name.value() != stored->name)
            input.insert(QStringLiteral("name"), name.value());
        if (closing)
            input.insert(QStringLiteral("allowExternalPrincipals"), false);
        steps.append({&RamApi::updateResourceShare(), input});
    }
    if (steps.isEmpty())
        return finished(Status(), shareArn); // an edit that changes nothing sends nothing
    return runRamSteps(this, m_connections, profile, identity, steps, shareArn);
}

CloudJob *CloudActions::enableOrganizationSharing(const QString &identity)
{
    if (profileOf(identity).isEmpty())
        return finished(m_connections.workspace().sharing().setOrganizationSharing(identity, true));
    auto *job = new CloudJob(this);
    callFor(job, identity, RamApi::enableSharingWithAwsOrganization(), {}, [job](const QJsonObject &answer) {
        if (!answer.value(QStringLiteral("returnValue")).toBool(true))
            return job->finish(Error::conflict(Tr::tr("The cloud did not enable sharing with AWS Organizations.")));
        job->finish(Status());
    });
    return job;
}

} // namespace Pd

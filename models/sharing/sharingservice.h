#pragma once

#include "core/result.h"
#include "sharing/share.h"

#include <QObject>

#include <optional>

namespace Pd {

class AccessService;
class ServiceContext;

// Resource shares with AWS RAM semantics, for the GUI and the CLI alike. Every call names the
// identity (account id) it acts as; only a share's owner may change it, only an invitation's
// receiver may answer it. Every write runs in one Database::transaction(), is written to the
// audit log, and ends with AccessService::accessChanged() so decisions and views refresh.
//
// Principals: a 12-digit account; the owner's organization ARN; an OU ARN of it (members of the
// OU and of its child OUs). Organization and OU principals need the organization to share with
// AWS Organizations. An account outside the owner's organization (or any account while
// organization sharing is off) receives a PENDING invitation valid for 7 days; organization
// members need none when organization sharing is on. With allowExternalPrincipals false an
// account outside the organization is refused.
class SharingService : public QObject
{
    Q_OBJECT

public:
    SharingService(ServiceContext &context, AccessService &access)
        : m_context(context)
        , m_access(access)
    {}

    struct CreateRequest
    {
        QString name;
        QStringList resourceArns; // pipelines of the identity's account, by ARN or bare name
        QStringList principals;
        QString permission; // a permission name or ARN
        bool allowExternalPrincipals = true;
        QMap<QString, QString> tags;
        QString clientToken; // the same token returns the same share; different parameters conflict
    };
    // Returns the new share (or, for a repeated client token, the existing one).
    Result<ResourceShare> create(const QString &identity, const CreateRequest &request);

    // A share's name as create() and update() store it: trimmed, 1 to 255 characters of text
    // (checkText, core/text.h). InvalidInput naming "name" otherwise. The one check of a name, so
    // that a rename cannot store what a create refuses.
    static Result<QString> validateName(const QString &name);

    // The checks of create(), update(), associate() that need nothing but the input, with their
    // errors, for a request another backend carries out (a connected account's, sent to RAM by
    // CloudActions): bad input is refused before any request, in the same words. Whether the
    // pipelines and principals exist, and the organization's rules, are that backend's to say.
    // A resource to share: a SageMaker pipeline ARN of `owner`'s account (PermissionDenied for
    // another account's), or a bare pipeline name, made the ARN in `region`.
    static Result<QString> checkResource(const QString &owner, const QString &resource, const QString &region);
    // A principal: a 12-digit account other than `owner`, an organization ARN or an OU ARN.
    static Status checkPrincipal(const QString &owner, const QString &principal);
    // A managed permission for SageMaker pipelines, by name or ARN.
    static Result<SharePermission> checkPermission(const QString &permission);

    // Shares the identity owns, by name; deleted ones only when asked.
    Result<QList<ResourceShare>> shares(const QString &identity, bool includeDeleted = false) const;
    // One share; its owner sees everything, a principal with access sees it too, others are refused.
    Result<ResourceShare> share(const QString &identity, const QString &shareArn) const;

    // Whose shares resourceShares() lists, as RAM's resourceOwner names them.
    enum class ShareOwner { Self, OtherAccounts };
    // The shares that RAM's GetResourceShares (the CLI's "shares list") answers: with Self the
    // identity's own, with OtherAccounts every share through which another account gives it
    // something, once each. With a status (ACTIVE, DELETED, as RAM spells it) only those in it;
    // without one all of them, except that the identity's own deleted shares are hidden, as the
    // console hides them.
    Result<QList<ResourceShare>> resourceShares(const QString &identity, ShareOwner owner,
                                                const QString &status = QString()) const;

    struct Update
    {
        std::optional<QString> name;
        std::optional<bool> allowExternalPrincipals;
        std::optional<QString> permission; // replaces the managed permission
    };
    Result<ResourceShare> update(const QString &identity, const QString &shareArn, const Update &update);
    // Marks the share DELETED: every principal loses access at once.
    Status remove(const QString &identity, const QString &shareArn);
    Result<ResourceShare> associate(const QString &identity, const QString &shareArn, const QStringList &resources,
                                    const QStringList &principals);
    Result<ResourceShare> disassociate(const QString &identity, const QString &shareArn, const QStringList &resources,
                                       const QStringList &principals);

    // The whole wanted state of a share, as the console's edit wizard holds it.
    struct EditRequest
    {
        QString name;
        QString permission; // a permission name or ARN
        bool allowExternalPrincipals = true;
        QStringList resourceArns; // pipelines of the identity's account, by ARN or bare name
        QStringList principals;
    };
    // Brings the stored share to that state in one transaction, all or nothing: what differs goes
    // through the steps of update(), associate() and disassociate(), with their validations, audit
    // entries and signals, in the order that lets each step succeed (external principals allowed
    // before one is added, disallowed after the last is removed). On a refusal nothing is changed
    // and the error is that of the refusing step. An edit that changes nothing writes nothing.
    Result<ResourceShare> edit(const QString &identity, const QString &shareArn, const EditRequest &desired);

    // Invitations the identity received, newest first, with their effective status (EXPIRED after 7 days).
    Result<QList<ShareInvitation>> invitations(const QString &identity) const;
    Result<ShareInvitation> accept(const QString &identity, const QString &invitationArn);
    Result<ShareInvitation> reject(const QString &identity, const QString &invitationArn);

    // Pipelines of other accounts the identity may use, with owner, share and permission in force.
    Result<QList<SharedResource>> sharedResources(const QString &identity) const;
    // Executions of every pipeline shared with the identity (or of those of onlyPipelines that
    // are shared with it), newest first.
    Result<QList<ExecutionSummary>> sharedExecutions(const QString &identity,
                                                     const QStringList &onlyPipelines = {}) const;
    // One page of them: at most limit, after the given one (null: from the newest).
    Result<QList<ExecutionSummary>> sharedExecutionsPage(const QString &identity, int limit,
                                                         const ExecutionSummary *after) const;

    // Whether the identity's organization shares with AWS Organizations (RAM's
    // EnableSharingWithAwsOrganization). Only the management account may change it.
    bool organizationSharingEnabled(const QString &organizationId) const;
    Status setOrganizationSharing(const QString &identity, bool enabled);

signals:
    // A share of this owner changed (created, edited, deleted, associations).
    void sharesChanged(const QString &ownerAccountId);
    // An invitation for this account was created or answered.
    void invitationsChanged(const QString &receiverAccountId);

private:
    struct Context; // the organization data a validation needs, read once per call
    Result<Context> context(const QString &owner) const;
    Result<ResourceShare> ownedShare(const QString &identity, const QString &shareArn) const;
    Result<QStringList> resolveResources(const QString &identity, const QStringList &resources) const;
    Status addPrincipals(const Context &context, const ResourceShare &share, const QStringList &principals,
                         QStringList *invited);
    // The writing steps of update(), associate() and disassociate() on a share the identity owns:
    // each validates and writes in a transaction (joining the caller's, if any) with its audit
    // entry. Recording a refusal and the change signals are left to the caller, who alone knows
    // whether the outermost transaction committed.
    Status applyUpdate(const QString &identity, const ResourceShare &share, const Update &update);
    Status applyAssociate(const QString &identity, const ResourceShare &share, const QStringList &resources,
                          const QStringList &principals, QStringList *invited);
    Status applyDisassociate(const QString &identity, const ResourceShare &share, const QStringList &resources,
                             const QStringList &principals);
    Result<ShareInvitation> answer(const QString &identity, const QString &invitationArn, bool accept);
    Status audit(const QString &identity, const QString &action, const QString &target, const Status &outcome);
    void record(const QString &identity, const QString &action, const QString &target, const Status &outcome);
    void changed(const QString &owner, const QStringList &invited);

    ServiceContext &m_context;
    AccessService &m_access;
};

} // namespace Pd

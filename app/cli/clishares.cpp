// shares, invitations and shared-resources: AWS RAM's commands, with its option names and JSON
// shapes (create-resource-share, get-resource-shares, get-resource-share-invitations, ...).
#include "cli.h"
#include "connected/cloudactions.h"

#include "connected/cloudsync.h"

#include "core/ids.h"
#include "core/timeformat.h"
#include "core/tr.h"
#include "sharing/sharejson.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Pd::Cli {

namespace {

const QString shareArnOption = QStringLiteral("resource-share-arn");
const QString invitationArnOption = QStringLiteral("resource-share-invitation-arn");

// A repeatable option whose values may also be comma-separated lists, as the AWS CLI's are.
QStringList listValues(Context &context, const QString &option)
{
    QStringList result;
    for (const QString &value : context.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result.append(part.trimmed());
    }
    return result;
}

Result<bool> boolValue(Context &context, const QString &option, bool fallback)
{
    if (!context.isSet(option))
        return fallback;
    const QString value = context.value(option).toLower();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return Error::invalid(option, Tr::tr("--%1: “%2” is neither true nor false.").arg(option, context.value(option)));
}

// A connected account's share after a change in the cloud, as the read back wrote it; when the
// read back did not list it (RAM lists a new share a moment later), the ARN alone.
Result<ResourceShare> mirroredShare(Workspace &workspace, const QString &identity, const QString &arn)
{
    auto share = workspace.sharing().share(identity, arn);
    if (share || share.error().code != Error::Code::NotFound)
        return share;
    ResourceShare known;
    known.arn = arn;
    known.ownerAccountId = identity;
    return known;
}

int createShare(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    SharingService::CreateRequest request;
    request.name = context.value(QStringLiteral("name"));
    request.resourceArns = listValues(context, QStringLiteral("resource-arns"));
    request.principals = listValues(context, QStringLiteral("principals"));
    request.permission = context.value(QStringLiteral("permission-arns"));
    if (request.permission.isEmpty())
        return context.fail(Error::invalid(
            QStringLiteral("permission-arns"),
            Tr::tr("--permission-arns is required: %1 or %2.")
                .arg(permissionName(SharePermission::ReadOnly), permissionName(SharePermission::AllowExecution))));
    auto external = boolValue(context, QStringLiteral("allow-external-principals"), true);
    if (!external)
        return context.fail(external.error());
    request.allowExternalPrincipals =
        external.value() && !context.isSet(QStringLiteral("no-allow-external-principals"));
    auto tags = context.pairs(QStringLiteral("tags"));
    if (!tags)
        return context.fail(tags.error());
    for (const auto &[key, value] : tags.value())
        request.tags.insert(key, value);
    request.clientToken = context.value(QStringLiteral("client-token"));
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    Result<ResourceShare> share = Error::internal(QString());
    if (cloud.value()) {
        // RAM first; what is printed is the share as the cloud has it now, read back into the mirror.
        QString arn;
        if (Status s = context.await(cloud.value()->createShare(w.identity, request), &arn); !s)
            return context.fail(s.error());
        share = mirroredShare(*w.workspace, w.identity, arn);
    } else {
        share = w.workspace->sharing().create(w.identity, request);
    }
    if (!share)
        return context.fail(share.error());
    if (context.json()) {
        QJsonObject object{{QStringLiteral("resourceShare"), resourceShareJson(share.value())}};
        if (!request.clientToken.isEmpty())
            object.insert(QStringLiteral("clientToken"), request.clientToken);
        context.printJson(object);
        return 0;
    }
    context.out() << share->arn << Qt::endl;
    return 0;
}

int listShares(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    const QString owner = context.isSet(QStringLiteral("resource-owner"))
                              ? context.value(QStringLiteral("resource-owner")).toUpper()
                              : QStringLiteral("SELF");
    SharingService::ShareOwner whose = SharingService::ShareOwner::Self;
    if (owner == QLatin1String("OTHER-ACCOUNTS"))
        whose = SharingService::ShareOwner::OtherAccounts;
    else if (owner != QLatin1String("SELF"))
        return context.fail(Error::invalid(QStringLiteral("resource-owner"),
                                           Tr::tr("--resource-owner: “%1” is neither SELF nor OTHER-ACCOUNTS.")
                                               .arg(context.value(QStringLiteral("resource-owner")))));
    const QString status = context.value(QStringLiteral("resource-share-status")).toUpper();
    auto found = w.workspace->sharing().resourceShares(w.identity, whose, status);
    if (!found)
        return context.fail(found.error());
    const QList<ResourceShare> &shares = found.value();
    if (context.json()) {
        QJsonArray array;
        for (const ResourceShare &s : shares)
            array.append(resourceShareJson(s));
        context.printJson({{QStringLiteral("resourceShares"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const ResourceShare &s : shares) {
        rows.append({s.name, s.status, permissionName(s.permission), QString::number(s.resourceArns.size()),
                     QString::number(s.principals.size()), s.arn});
    }
    context.printTable({Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("PERMISSION"), Tr::tr("RESOURCES"),
                        Tr::tr("PRINCIPALS"), Tr::tr("ARN")},
                       rows);
    return 0;
}

Result<QString> requiredShareArn(Context &context)
{
    const QString arn = context.value(shareArnOption);
    if (arn.isEmpty())
        return Error::invalid(shareArnOption, Tr::tr("--%1 is required.").arg(shareArnOption));
    return arn;
}

int printShare(Context &context, const ResourceShare &share)
{
    if (context.json()) {
        context.printJson({{QStringLiteral("resourceShare"), resourceShareJson(share)},
                           {QStringLiteral("resourceShareAssociations"), resourceShareAssociationsJson(share)},
                           {QStringLiteral("permission"), permissionJson(share.permission)}});
        return 0;
    }
    QTextStream &out = context.out();
    out << Tr::tr("Name: %1").arg(share.name) << '\n'
        << Tr::tr("ARN: %1").arg(share.arn) << '\n'
        << Tr::tr("Owner: %1").arg(share.ownerAccountId) << '\n'
        << Tr::tr("Status: %1").arg(share.status) << '\n'
        << Tr::tr("Permission: %1").arg(permissionName(share.permission)) << '\n'
        << Tr::tr("Allow external principals: %1")
               .arg(share.allowExternalPrincipals ? QStringLiteral("true") : QStringLiteral("false"))
        << '\n'
        << Tr::tr("Resources:") << '\n';
    for (const QString &resource : share.resourceArns)
        out << QStringLiteral("  ") << resource << '\n';
    out << Tr::tr("Principals:") << '\n';
    for (const SharePrincipal &principal : share.principals)
        out << QStringLiteral("  %1 [%2]\n").arg(principal.principal, principal.status);
    out.flush();
    return 0;
}

int describeShare(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredShareArn(context);
    if (!arn)
        return context.fail(arn.error());
    auto share = w.workspace->sharing().share(w.identity, arn.value());
    if (!share)
        return context.fail(share.error());
    return printShare(context, share.value());
}

int updateShare(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredShareArn(context);
    if (!arn)
        return context.fail(arn.error());
    SharingService::Update update;
    if (context.isSet(QStringLiteral("name")))
        update.name = context.value(QStringLiteral("name"));
    if (context.isSet(QStringLiteral("permission-arns")))
        update.permission = context.value(QStringLiteral("permission-arns"));
    if (context.isSet(QStringLiteral("allow-external-principals"))) {
        auto external = boolValue(context, QStringLiteral("allow-external-principals"), true);
        if (!external)
            return context.fail(external.error());
        update.allowExternalPrincipals = external.value();
    }
    if (context.isSet(QStringLiteral("no-allow-external-principals")))
        update.allowExternalPrincipals = false;
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    Result<ResourceShare> share = Error::internal(QString());
    if (cloud.value()) {
        if (Status s = context.await(cloud.value()->updateShare(w.identity, arn.value(), update)); !s)
            return context.fail(s.error());
        share = mirroredShare(*w.workspace, w.identity, arn.value());
    } else {
        share = w.workspace->sharing().update(w.identity, arn.value(), update);
    }
    if (!share)
        return context.fail(share.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("resourceShare"), resourceShareJson(share.value())}});
        return 0;
    }
    context.out() << share->arn << Qt::endl;
    return 0;
}

int deleteShare(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredShareArn(context);
    if (!arn)
        return context.fail(arn.error());
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    if (cloud.value()) {
        if (Status s = context.await(cloud.value()->deleteShare(w.identity, arn.value())); !s)
            return context.fail(s.error());
    } else if (Status s = w.workspace->sharing().remove(w.identity, arn.value()); !s) {
        return context.fail(s.error());
    }
    if (context.json())
        context.printJson({{QStringLiteral("returnValue"), true}});
    return 0;
}

int changeAssociations(Context &context, bool associate)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto arn = requiredShareArn(context);
    if (!arn)
        return context.fail(arn.error());
    const QStringList resources = listValues(context, QStringLiteral("resource-arns"));
    const QStringList principals = listValues(context, QStringLiteral("principals"));
    if (resources.isEmpty() && principals.isEmpty())
        return context.fail(
            Error::invalid(QStringLiteral("resource-arns"), Tr::tr("--resource-arns or --principals is required.")));
    SharingService &sharing = w.workspace->sharing();
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    Result<ResourceShare> share = Error::internal(QString());
    if (cloud.value()) {
        // An association the cloud answers FAILED fails the command with its statusMessage.
        CloudJob *job = associate ? cloud.value()->associateShare(w.identity, arn.value(), resources, principals)
                                  : cloud.value()->disassociateShare(w.identity, arn.value(), resources, principals);
        if (Status s = context.await(job); !s)
            return context.fail(s.error());
        share = mirroredShare(*w.workspace, w.identity, arn.value());
    } else {
        share = associate ? sharing.associate(w.identity, arn.value(), resources, principals)
                          : sharing.disassociate(w.identity, arn.value(), resources, principals);
    }
    if (!share)
        return context.fail(share.error());
    if (context.json()) {
        // Only the associations this call named, as RAM answers.
        context.printJson({{QStringLiteral("resourceShareAssociations"),
                            changedAssociationsJson(share.value(), resources, principals, !associate)}});
        return 0;
    }
    context.out() << share->arn << Qt::endl;
    return 0;
}

int listInvitations(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto invitations = w.workspace->sharing().invitations(w.identity);
    if (!invitations)
        return context.fail(invitations.error());
    if (context.json()) {
        QJsonArray array;
        for (const ShareInvitation &i : invitations.value())
            array.append(invitationJson(i));
        context.printJson({{QStringLiteral("resourceShareInvitations"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const ShareInvitation &i : invitations.value())
        rows.append({i.shareName, i.senderAccountId, toApiString(i.status), isoUtcMs(i.expiresAt), i.arn});
    context.printTable({Tr::tr("SHARE"), Tr::tr("SENDER"), Tr::tr("STATUS"), Tr::tr("EXPIRES"), Tr::tr("ARN")}, rows);
    return 0;
}

int answerInvitation(Context &context, bool accept)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    const QString arn = context.value(invitationArnOption);
    if (arn.isEmpty())
        return context.fail(Error::invalid(invitationArnOption, Tr::tr("--%1 is required.").arg(invitationArnOption)));
    SharingService &sharing = w.workspace->sharing();
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    if (cloud.value()) {
        if (Status s = context.await(cloud.value()->answerInvitation(w.identity, arn, accept)); !s)
            return context.fail(s.error());
        if (context.json()) {
            // The invitation as the cloud has it now, read back into the mirror.
            auto invitations = sharing.invitations(w.identity);
            for (const ShareInvitation &i : invitations ? invitations.value() : QList<ShareInvitation>()) {
                if (i.arn == arn) {
                    context.printJson({{QStringLiteral("resourceShareInvitation"), invitationJson(i)}});
                    return 0;
                }
            }
            context.printJson({{QStringLiteral("resourceShareInvitation"),
                                QJsonObject{{QStringLiteral("resourceShareInvitationArn"), arn},
                                            {QStringLiteral("status"),
                                             accept ? QStringLiteral("ACCEPTED") : QStringLiteral("REJECTED")}}}});
        } else {
            context.out() << (accept ? QStringLiteral("ACCEPTED") : QStringLiteral("REJECTED")) << Qt::endl;
        }
        return 0;
    }
    auto invitation = accept ? sharing.accept(w.identity, arn) : sharing.reject(w.identity, arn);
    if (!invitation)
        return context.fail(invitation.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("resourceShareInvitation"), invitationJson(invitation.value())}});
        return 0;
    }
    context.out() << toApiString(invitation->status) << Qt::endl;
    return 0;
}

int listSharedResources(Context &context)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto resources = w.workspace->sharing().sharedResources(w.identity);
    if (!resources)
        return context.fail(resources.error());
    if (context.json()) {
        QJsonArray array;
        for (const SharedResource &r : resources.value())
            array.append(sharedResourceJson(r));
        context.printJson({{QStringLiteral("resources"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const SharedResource &r : resources.value())
        rows.append({r.resourceArn.section(QLatin1Char('/'), -1), r.ownerAccountId, permissionName(r.permission),
                     r.shareName, r.resourceArn});
    context.printTable({Tr::tr("PIPELINE"), Tr::tr("OWNER"), Tr::tr("PERMISSION"), Tr::tr("SHARE"), Tr::tr("ARN")},
                       rows);
    return 0;
}

int setOrganizationSharing(Context &context, bool enabled)
{
    const Who w = who(context);
    if (!w.workspace)
        return w.exitCode;
    auto cloud = context.cloudActionsFor(w.identity);
    if (!cloud)
        return context.fail(cloud.error());
    if (cloud.value() && !enabled)
        return context.fail(Error::conflict(
            Tr::tr("RAM has no operation that stops sharing with AWS Organizations: for the connected account %1 "
                   "it is turned off in AWS Organizations, by disabling trusted access for AWS RAM.")
                .arg(w.identity)));
    if (cloud.value()) {
        if (Status s = context.await(cloud.value()->enableOrganizationSharing(w.identity)); !s)
            return context.fail(s.error());
    } else if (Status s = w.workspace->sharing().setOrganizationSharing(w.identity, enabled); !s) {
        return context.fail(s.error());
    }
    if (context.json())
        context.printJson({{QStringLiteral("returnValue"), true}});
    return 0;
}

QCommandLineOption shareArn()
{
    return QCommandLineOption(shareArnOption, Tr::tr("The resource share's ARN."), Tr::tr("ARN"));
}

QCommandLineOption resourceArns()
{
    return QCommandLineOption({QStringLiteral("resource-arns"), QStringLiteral("resource-arn")},
                              Tr::tr("A pipeline to share: its ARN or its name in your account. Repeat or separate "
                                     "with commas."),
                              Tr::tr("ARN"));
}

QCommandLineOption principals()
{
    return QCommandLineOption({QStringLiteral("principals"), QStringLiteral("principal")},
                              Tr::tr("Who gets access: a 12-digit account id, an organization ARN or an OU ARN. "
                                     "Repeat or separate with commas."),
                              Tr::tr("ID_OR_ARN"));
}

QCommandLineOption permission()
{
    return QCommandLineOption(
        {QStringLiteral("permission-arns"), QStringLiteral("permission")},
        Tr::tr("The managed permission, by name or ARN: %1 (read-only) or %2.")
            .arg(permissionName(SharePermission::ReadOnly), permissionName(SharePermission::AllowExecution)),
        Tr::tr("NAME"));
}

QList<QCommandLineOption> externalOptions()
{
    return {QCommandLineOption(QStringLiteral("allow-external-principals"),
                               Tr::tr("true: share with anyone; false: only within your organization (default true)."),
                               QStringLiteral("true|false")),
            QCommandLineOption(QStringLiteral("no-allow-external-principals"),
                               Tr::tr("Share only within your organization."))};
}

QCommandLineOption invitationArn()
{
    return QCommandLineOption({invitationArnOption, QStringLiteral("invitation-arn")}, Tr::tr("The invitation's ARN."),
                              Tr::tr("ARN"));
}

} // namespace

void registerShareCommands(Registry &registry)
{
    const QString shares = QStringLiteral("shares");
    registry.add({shares, QStringLiteral("create"), Tr::tr("Create a resource share; prints its ARN."),
                  QList<QCommandLineOption>{
                      QCommandLineOption(QStringLiteral("name"), Tr::tr("The share's name."), Tr::tr("NAME")),
                      resourceArns(), principals(), permission(),
                      QCommandLineOption(QStringLiteral("tags"), Tr::tr("A tag as Key=Value; repeat for more."),
                                         Tr::tr("KEY=VALUE")),
                      QCommandLineOption(QStringLiteral("client-token"),
                                         Tr::tr("Makes a repeated request create one share only."), Tr::tr("TOKEN"))} +
                      externalOptions(),
                  createShare});
    registry
        .add({shares,
              QStringLiteral("list"),
              Tr::tr("List resource shares (yours, or those shared with you)."),
              {QCommandLineOption(QStringLiteral("resource-owner"),
                                  Tr::tr("SELF (default): shares you own; OTHER-ACCOUNTS: shares that give you "
                                         "access."),
                                  QStringLiteral("SELF|OTHER-ACCOUNTS")),
               QCommandLineOption(QStringLiteral("resource-share-status"),
                                  Tr::tr("Only shares in this status (ACTIVE, DELETED)."), Tr::tr("STATUS"))},
              listShares})
        .reads = SyncScope::Shares;
    registry
        .add({shares,
              QStringLiteral("describe"),
              Tr::tr("Describe a resource share with its resources, principals and permission."),
              {shareArn()},
              describeShare})
        .reads = SyncScope::Shares;
    registry.add({shares, QStringLiteral("update"),
                  Tr::tr("Rename a share, change its permission, or whether it allows external principals."),
                  QList<QCommandLineOption>{
                      shareArn(), QCommandLineOption(QStringLiteral("name"), Tr::tr("The new name."), Tr::tr("NAME")),
                      permission()} +
                      externalOptions(),
                  updateShare});
    registry.add({shares,
                  QStringLiteral("delete"),
                  Tr::tr("Delete a resource share: every principal loses access."),
                  {shareArn()},
                  deleteShare});
    registry.add({shares,
                  QStringLiteral("associate"),
                  Tr::tr("Add pipelines or principals to a resource share."),
                  {shareArn(), resourceArns(), principals()},
                  [](Context &context) {
                      return changeAssociations(context, true);
                  }});
    registry.add({shares,
                  QStringLiteral("disassociate"),
                  Tr::tr("Remove pipelines or principals from a resource share; access ends at once."),
                  {shareArn(), resourceArns(), principals()},
                  [](Context &context) {
                      return changeAssociations(context, false);
                  }});
    registry.add({shares,
                  QStringLiteral("enable-sharing-with-aws-organization"),
                  Tr::tr("Let shares name your organization and its OUs, and members skip invitations "
                         "(management account only)."),
                  {},
                  [](Context &context) {
                      return setOrganizationSharing(context, true);
                  }});
    registry.add({shares,
                  QStringLiteral("disable-sharing-with-aws-organization"),
                  Tr::tr("Stop sharing with the organization as a whole (management account only)."),
                  {},
                  [](Context &context) {
                      return setOrganizationSharing(context, false);
                  }});

    const QString invitations = QStringLiteral("invitations");
    registry
        .add({invitations,
              QStringLiteral("list"),
              Tr::tr("List the resource share invitations you received."),
              {},
              listInvitations})
        .reads = SyncScope::Shares;
    registry.add({invitations,
                  QStringLiteral("accept"),
                  Tr::tr("Accept a resource share invitation."),
                  {invitationArn()},
                  [](Context &context) {
                      return answerInvitation(context, true);
                  }});
    registry.add({invitations,
                  QStringLiteral("reject"),
                  Tr::tr("Reject a resource share invitation."),
                  {invitationArn()},
                  [](Context &context) {
                      return answerInvitation(context, false);
                  }});

    registry
        .add({QStringLiteral("shared-resources"),
              QStringLiteral("list"),
              Tr::tr("List the pipelines other accounts share with you, with owner and permission."),
              {},
              listSharedResources})
        .reads = SyncScope::Shares;
}

} // namespace Pd::Cli

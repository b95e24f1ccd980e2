#include "ramapi.h"

namespace Pd {

namespace {

AwsOperation operation(const char *name)
{
    AwsOperation o;
    o.service = QStringLiteral("ram");
    o.name = QLatin1String(name);
    o.protocol = AwsProtocol::RestJson;
    return o;
}

AwsBinding query(const char *member, const char *wireName)
{
    return AwsBinding{QLatin1String(member), AwsBinding::Location::Query, QLatin1String(wireName)};
}

} // namespace

namespace RamApi {

const AwsOperation &createResourceShare()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("CreateResourceShare");
        op.method = "POST";
        op.uri = QStringLiteral("/createresourceshare");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &updateResourceShare()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("UpdateResourceShare");
        op.method = "POST";
        op.uri = QStringLiteral("/updateresourceshare");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &deleteResourceShare()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("DeleteResourceShare");
        op.method = "DELETE";
        op.uri = QStringLiteral("/deleteresourceshare");
        op.bindings = {query("resourceShareArn", "resourceShareArn"), query("clientToken", "clientToken")};
        return op;
    }();
    return o;
}

const AwsOperation &getResourceShares()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("GetResourceShares");
        op.method = "POST";
        op.uri = QStringLiteral("/getresourceshares");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &associateResourceShare()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("AssociateResourceShare");
        op.method = "POST";
        op.uri = QStringLiteral("/associateresourceshare");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &disassociateResourceShare()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("DisassociateResourceShare");
        op.method = "POST";
        op.uri = QStringLiteral("/disassociateresourceshare");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &getResourceShareInvitations()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("GetResourceShareInvitations");
        op.method = "POST";
        op.uri = QStringLiteral("/getresourceshareinvitations");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &acceptResourceShareInvitation()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("AcceptResourceShareInvitation");
        op.method = "POST";
        op.uri = QStringLiteral("/acceptresourceshareinvitation");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &rejectResourceShareInvitation()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("RejectResourceShareInvitation");
        op.method = "POST";
        op.uri = QStringLiteral("/rejectresourceshareinvitation");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &listResources()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListResources");
        op.method = "POST";
        op.uri = QStringLiteral("/listresources");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &listPermissions()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListPermissions");
        op.method = "POST";
        op.uri = QStringLiteral("/listpermissions");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &listPrincipals()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListPrincipals");
        op.method = "POST";
        op.uri = QStringLiteral("/listprincipals");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &listResourceSharePermissions()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListResourceSharePermissions");
        op.method = "POST";
        op.uri = QStringLiteral("/listresourcesharepermissions");
        op.bodyMembers = true;
        return op;
    }();
    return o;
}

const AwsOperation &enableSharingWithAwsOrganization()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("EnableSharingWithAwsOrganization");
        op.method = "POST";
        op.uri = QStringLiteral("/enablesharingwithawsorganization");
        return op;
    }();
    return o;
}

const QList<const AwsOperation *> &all()
{
    static const QList<const AwsOperation *> operations = {
        &createResourceShare(),
        &updateResourceShare(),
        &deleteResourceShare(),
        &getResourceShares(),
        &associateResourceShare(),
        &disassociateResourceShare(),
        &getResourceShareInvitations(),
        &acceptResourceShareInvitation(),
        &rejectResourceShareInvitation(),
        &listResources(),
        &listPermissions(),
        &listPrincipals(),
        &listResourceSharePermissions(),
        &enableSharingWithAwsOrganization(),
    };
    return operations;
}

const AwsOperation *byName(const QString &name)
{
    return AwsProtocols::find(all(), name);
}

} // namespace RamApi

} // namespace Pd

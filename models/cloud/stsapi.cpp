#include "stsapi.h"

namespace Pd {

namespace {

AwsOperation operation(const char *name)
{
    AwsOperation o;
    o.service = QStringLiteral("sts");
    o.name = QLatin1String(name);
    o.protocol = AwsProtocol::Query;
    o.apiVersion = QStringLiteral("2011-06-15");
    return o;
}

} // namespace

namespace StsApi {

const AwsOperation &getCallerIdentity()
{
    static const AwsOperation o = operation("GetCallerIdentity");
    return o;
}

const AwsOperation &assumeRole()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("AssumeRole");
        op.outputTypes = {{QStringLiteral("PackedPolicySize"), QJsonValue::Double}};
        return op;
    }();
    return o;
}

const QList<const AwsOperation *> &all()
{
    static const QList<const AwsOperation *> operations = {
        &getCallerIdentity(),
        &assumeRole(),
    };
    return operations;
}

const AwsOperation *byName(const QString &name)
{
    return AwsProtocols::find(all(), name);
}

} // namespace StsApi

} // namespace Pd

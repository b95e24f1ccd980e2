#include "eventbridgeapi.h"

namespace Pd {

namespace {

AwsOperation operation(const char *name)
{
    AwsOperation o;
    o.service = QStringLiteral("events");
    o.name = QLatin1String(name);
    o.protocol = AwsProtocol::Json11;
    o.targetPrefix = QStringLiteral("AWSEvents");
    return o;
}

} // namespace

namespace EventBridgeApi {

const AwsOperation &putRule()
{
    static const AwsOperation o = operation("PutRule");
    return o;
}

const AwsOperation &putTargets()
{
    static const AwsOperation o = operation("PutTargets");
    return o;
}

const AwsOperation &removeTargets()
{
    static const AwsOperation o = operation("RemoveTargets");
    return o;
}

const AwsOperation &listRules()
{
    static const AwsOperation o = operation("ListRules");
    return o;
}

const AwsOperation &describeRule()
{
    static const AwsOperation o = operation("DescribeRule");
    return o;
}

const AwsOperation &listTargetsByRule()
{
    static const AwsOperation o = operation("ListTargetsByRule");
    return o;
}

const AwsOperation &enableRule()
{
    static const AwsOperation o = operation("EnableRule");
    return o;
}

const AwsOperation &disableRule()
{
    static const AwsOperation o = operation("DisableRule");
    return o;
}

const AwsOperation &deleteRule()
{
    static const AwsOperation o = operation("DeleteRule");
    return o;
}

const AwsOperation &listEventBuses()
{
    static const AwsOperation o = operation("ListEventBuses");
    return o;
}

const AwsOperation &putEvents()
{
    static const AwsOperation o = operation("PutEvents");
    return o;
}

const AwsOperation &testEventPattern()
{
    static const AwsOperation o = operation("TestEventPattern");
    return o;
}

const QList<const AwsOperation *> &all()
{
    static const QList<const AwsOperation *> operations = {
        &putRule(),    &putTargets(),  &removeTargets(), &listRules(),      &describeRule(), &listTargetsByRule(),
        &enableRule(), &disableRule(), &deleteRule(),    &listEventBuses(), &putEvents(),    &testEventPattern(),
    };
    return operations;
}

const AwsOperation *byName(const QString &name)
{
    return AwsProtocols::find(all(), name);
}

} // namespace EventBridgeApi

} // namespace Pd

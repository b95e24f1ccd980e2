#include "schedulerapi.h"

namespace Pd {

namespace {

AwsOperation operation(const char *name)
{
    AwsOperation o;
    o.service = QStringLiteral("scheduler");
    o.name = QLatin1String(name);
    o.protocol = AwsProtocol::RestJson;
    return o;
}

AwsBinding label(const char *member)
{
    return AwsBinding{QLatin1String(member), AwsBinding::Location::Label, QLatin1String(member)};
}

AwsBinding query(const char *member, const char *wireName)
{
    return AwsBinding{QLatin1String(member), AwsBinding::Location::Query, QLatin1String(wireName)};
}

} // namespace

namespace SchedulerApi {

const AwsOperation &createSchedule()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("CreateSchedule");
        op.method = "POST";
        op.uri = QStringLiteral("/schedules/{Name}");
        op.bindings = {label("Name")};
        op.bodyMembers = true;
        op.idempotencyTokens = {QStringLiteral("ClientToken")};
        return op;
    }();
    return o;
}

const AwsOperation &getSchedule()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("GetSchedule");
        op.method = "GET";
        op.uri = QStringLiteral("/schedules/{Name}");
        op.bindings = {label("Name"), query("GroupName", "groupName")};
        return op;
    }();
    return o;
}

const AwsOperation &updateSchedule()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("UpdateSchedule");
        op.method = "PUT";
        op.uri = QStringLiteral("/schedules/{Name}");
        op.bindings = {label("Name")};
        op.bodyMembers = true;
        op.idempotencyTokens = {QStringLiteral("ClientToken")};
        return op;
    }();
    return o;
}

const AwsOperation &deleteSchedule()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("DeleteSchedule");
        op.method = "DELETE";
        op.uri = QStringLiteral("/schedules/{Name}");
        op.bindings = {label("Name"), query("GroupName", "groupName"), query("ClientToken", "clientToken")};
        op.idempotencyTokens = {QStringLiteral("ClientToken")};
        return op;
    }();
    return o;
}

const AwsOperation &listSchedules()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListSchedules");
        op.method = "GET";
        op.uri = QStringLiteral("/schedules");
        op.bindings = {query("GroupName", "ScheduleGroup"), query("NamePrefix", "NamePrefix"), query("State", "State"),
                       query("NextToken", "NextToken"), query("MaxResults", "MaxResults")};
        return op;
    }();
    return o;
}

const AwsOperation &listScheduleGroups()
{
    static const AwsOperation o = [] {
        AwsOperation op = operation("ListScheduleGroups");
        op.method = "GET";
        op.uri = QStringLiteral("/schedule-groups");
        op.bindings = {query("NamePrefix", "NamePrefix"), query("NextToken", "NextToken"),
                       query("MaxResults", "MaxResults")};
        return op;
    }();
    return o;
}

const QList<const AwsOperation *> &all()
{
    static const QList<const AwsOperation *> operations = {
        &createSchedule(), &getSchedule(),   &updateSchedule(),
        &deleteSchedule(), &listSchedules(), &listScheduleGroups(),
    };
    return operations;
}

const AwsOperation *byName(const QString &name)
{
    return AwsProtocols::find(all(), name);
}

} // namespace SchedulerApi

} // namespace Pd

#pragma once

#include "cloud/awsrequest.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pd {

// The three wire protocols of the services this desk calls, driven by a small description of each
// operation (the part of the Smithy model that decides the request's shape). Each slice describes
// its own operations (pipelines/sagemakerapi, rules/eventbridgeapi, schedules/schedulerapi,
// sharing/ramapi, cloud/stsapi); a test compares what encode() builds with what the official AWS SDK
// for JavaScript v3 sends for the same input.
enum class AwsProtocol {
    Json11,   // POST /, X-Amz-Target: <prefix>.<Operation>, application/x-amz-json-1.1 (SageMaker, EventBridge)
    RestJson, // method and URI per operation, members bound to the path, query and headers (Scheduler, RAM)
    Query,    // POST / form Action=…&Version=…, XML answers (STS)
};

// Where a REST-JSON input member goes; members without a binding go in the JSON body.
struct AwsBinding
{
    enum class Location { Label, Query, Header };
    QString member; // input member: "Name"
    Location location = Location::Label;
    QString wireName; // label in the URI ("Name"), query key ("NamePrefix"), header ("X-Amz-…")
};

struct AwsOperation
{
    QString service; // signing name
    QString name;    // CreateSchedule
    AwsProtocol protocol = AwsProtocol::Json11;
    QString targetPrefix;       // Json11: "SageMaker", "AWSEvents"
    QString apiVersion;         // Query: "2011-06-15"
    QByteArray method = "POST"; // RestJson
    QString uri;                // RestJson: "/schedules/{Name}"; a "{Name+}" label keeps its slashes
    QList<AwsBinding> bindings; // RestJson
    // Members of the output read from answer headers (RestJson), rarely needed.
    QList<AwsBinding> outputHeaders;
    // RestJson: whether the input shape has members that go in the body. The SDKs then always send
    // a JSON body ({} when none is set) with Content-Type application/json; an operation whose
    // members are all bound (or that has none) sends no body and no Content-Type, whatever its method.
    bool bodyMembers = false;
    // Idempotency-token members (ClientToken, ClientRequestToken) that the SDKs fill with a fresh
    // UUID v4 when the caller leaves them out, wherever they are bound (body, query).
    QStringList idempotencyTokens;
    // Query: output members that are not strings, by element name ("PackedPolicySize" → Double,
    // a boolean → Bool); the XML does not say, the model does.
    QHash<QString, QJsonValue::Type> outputTypes;
};

namespace AwsProtocols {

// The operation of that API name among a slice's table (its all()), or nullptr. The slices' byName().
const AwsOperation *find(const QList<const AwsOperation *> &operations, const QString &name);

// The request for an operation and its input (the API's JSON shape). A missing or empty label
// member is an InvalidInput error naming it; query members may be strings, numbers, booleans or
// lists of them; Query-protocol inputs flatten nested members as the SDKs do (Tags.member.1.Key).
Result<AwsRequest> encode(const AwsOperation &operation, const QJsonObject &input);

// The output of a successful answer as the API's JSON shape: the JSON body (an empty body is {}),
// plus RestJson header members; a Query XML answer's <OperationResult> converted to JSON
// (elements to members, <member> lists to arrays, numbers and booleans by the shape the SDKs
// give, dates as ISO strings). A body that is not what the protocol answers is a Malformed error.
Result<QJsonObject> decode(const AwsOperation &operation, const AwsResponse &response);

} // namespace AwsProtocols

} // namespace Pd

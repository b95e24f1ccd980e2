#include "cloud/awsprotocol.h"
#include "cloud/stsapi.h"
#include "pipelines/sagemakerapi.h"
#include "rules/eventbridgeapi.h"
#include "schedules/schedulerapi.h"
#include "sharing/ramapi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

using namespace Pd;

// What AwsProtocols::encode builds for each operation the desk calls, against what the official
// AWS SDK for JavaScript v3 clients (tests/sdk, pinned by its package-lock.json) send for the same
// input to a local capture server (tests/sdk/capture.js); and the protocols' rules on their own.
namespace {

const QString SdkDir = QStringLiteral(PD_SOURCE_DIR "/tests/sdk");
const QString CasesFile = QStringLiteral(PD_SOURCE_DIR "/tests/cloud/data/wire-cases.json");

const QRegularExpression
    UuidV4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

const AwsOperation *operationFor(const QString &client, const QString &name)
{
    if (client == QLatin1String("sagemaker"))
        return SageMakerApi::byName(name);
    if (client == QLatin1String("eventbridge"))
        return EventBridgeApi::byName(name);
    if (client == QLatin1String("scheduler"))
        return SchedulerApi::byName(name);
    if (client == QLatin1String("ram"))
        return RamApi::byName(name);
    if (client == QLatin1String("sts"))
        return StsApi::byName(name);
    return nullptr;
}

QByteArray header(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// name=value&… decoded, in a sorted multimap (the order of parameters means nothing to the services).
QMultiMap<QString, QString> decodedForm(const QByteArray &text)
{
    QMultiMap<QString, QString> out;
    if (text.isEmpty())
        return out;
    for (const QByteArray &pair : text.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

// The same pairs as sent, sorted: the escaping matters too (a raw "+" is a space to some servers).
QString rawPairs(const QByteArray &text)
{
    QList<QByteArray> pairs = text.isEmpty() ? QList<QByteArray>() : text.split('&');
    std::sort(pairs.begin(), pairs.end());
    return QString::fromUtf8(pairs.join('&'));
}

QString describe(const QMultiMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1Char('&'));
}

// An idempotency token that each side made up: checked to be a UUID v4, then set aside.
bool setAsideToken(QMultiMap<QString, QString> *map, const QString &member, QString *problem)
{
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (it.key().compare(member, Qt::CaseInsensitive) == 0) {
            if (!UuidV4.match(it.value()).hasMatch()) {
                *problem = QStringLiteral("%1 is not a UUID v4: %2").arg(it.key(), it.value());
                return false;
            }
            it.value() = QStringLiteral("<uuid>");
            return true;
        }
    }
    *problem = QStringLiteral("no %1 was filled in").arg(member);
    return false;
}

bool setAsideToken(QJsonObject *body, const QString &member, QString *problem)
{
    if (!body->contains(member)) {
        *problem = QStringLiteral("no %1 was filled in").arg(member);
        return false;
    }
    if (!UuidV4.match(body->value(member).toString()).hasMatch()) {
        *problem = QStringLiteral("%1 is not a UUID v4: %2").arg(member, body->value(member).toString());
        return false;
    }
    body->insert(member, QStringLiteral("<uuid>"));
    return true;
}

// The SDK gives dates as Date objects (printed as ISO 8601 with milliseconds); the API's JSON has
// epoch seconds (JSON protocols) or ISO 8601 text (Query XML). Equal when they name the same instant.
bool sameInstant(const QJsonValue &ours, const QString &theirs)
{
    const QDateTime when = QDateTime::fromString(theirs, Qt::ISODateWithMs);
    if (!when.isValid() || !theirs.endsWith(QLatin1Char('Z')))
        return false;
    if (ours.isDouble())
        return qRound64(ours.toDouble() * 1000) == when.toMSecsSinceEpoch();
    if (ours.isString()) {
        const QDateTime mine = QDateTime::fromString(ours.toString(), Qt::ISODateWithMs);
        return mine.isValid() && mine == when;
    }
    return false;
}

void compareOutput(const QJsonValue &ours, const QJsonValue &theirs, const QString &path, QStringList *problems)
{
    if (theirs.isString() && ours != theirs && sameInstant(ours, theirs.toString()))
        return;
    if (ours.isObject() && theirs.isObject()) {
        const QJsonObject o = ours.toObject();
        const QJsonObject t = theirs.toObject();
        QStringList keys = o.keys() + t.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            compareOutput(o.value(key), t.value(key), path + QLatin1Char('.') + key, problems);
        return;
    }
    if (ours.isArray() && theirs.isArray() && ours.toArray().size() == theirs.toArray().size()) {
        for (qsizetype i = 0; i < ours.toArray().size(); ++i)
            compareOutput(ours.toArray().at(i), theirs.toArray().at(i), QStringLiteral("%1[%2]").arg(path).arg(i),
                          problems);
        return;
    }
    if (ours != theirs) {
        auto text = [](const QJsonValue &v) {
            return v.isUndefined() ? QStringLiteral("(absent)")
                                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        };
        problems->append(
            QStringLiteral("  output %1\n    ours:   %2\n    theirs: %3").arg(path, text(ours), text(theirs)));
    }
}

AwsOperation restOperation(const QByteArray &method, const QString &uri, const QList<AwsBinding> &bindings,
                           bool bodyMembers)
{
    AwsOperation op;
    op.service = QStringLiteral("example");
    op.name = QStringLiteral("Example");
    op.protocol = AwsProtocol::RestJson;
    op.method = method;
    op.uri = uri;
    op.bindings = bindings;
    op.bodyMembers = bodyMembers;
    return op;
}

AwsResponse answer(const QByteArray &body, const HttpHeaders &headers = {})
{
    AwsResponse response;
    response.httpStatus = 200;
    response.headers = headers;
    response.body = body;
    return response;
}

} // namespace

class TestWireShapes : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationIsDescribed()
    {
        QCOMPARE(SageMakerApi::all().size(), 13);
        QCOMPARE(EventBridgeApi::all().size(), 12);
        QCOMPARE(SchedulerApi::all().size(), 6);
        QCOMPARE(RamApi::all().size(), 14);
        QCOMPARE(StsApi::all().size(), 2);
        QCOMPARE(&SageMakerApi::startPipelineExecution(),
                 SageMakerApi::byName(QStringLiteral("StartPipelineExecution")));
        QCOMPARE(SchedulerApi::byName(QStringLiteral("NoSuchOperation")), nullptr);
        QCOMPARE(StsApi::assumeRole().apiVersion, QStringLiteral("2011-06-15"));
        QCOMPARE(EventBridgeApi::putRule().service, QStringLiteral("events"));
    }

    void json11PostsTheInputWithItsTarget()
    {
        const Result<AwsRequest> request =
            AwsProtocols::encode(SageMakerApi::describePipelineExecution(),
                                 QJsonObject{{QStringLiteral("PipelineExecutionArn"), QStringLiteral("arn:x")}});
        QVERIFY(request.ok());
        QCOMPARE(request->service, QStringLiteral("sagemaker"));
        QCOMPARE(request->operation, QStringLiteral("DescribePipelineExecution"));
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->path, QByteArray("/"));
        QCOMPARE(request->query, QByteArray());
        QCOMPARE(header(request->headers, "content-type"), QByteArray("application/x-amz-json-1.1"));
        QCOMPARE(header(request->headers, "x-amz-target"), QByteArray("SageMaker.DescribePipelineExecution"));
        QCOMPARE(request->body, QByteArray("{\"PipelineExecutionArn\":\"arn:x\"}"));

        const Result<AwsRequest> empty = AwsProtocols::encode(EventBridgeApi::listEventBuses(), {});
        QVERIFY(empty.ok());
        QCOMPARE(empty->body, QByteArray("{}"));
        QCOMPARE(header(empty->headers, "x-amz-target"), QByteArray("AWSEvents.ListEventBuses"));
    }

    void nullMembersAreNotSent()
    {
        const Result<AwsRequest> request = AwsProtocols::encode(
            EventBridgeApi::listRules(),
            QJsonObject{{QStringLiteral("NextToken"), QJsonValue::Null}, {QStringLiteral("Limit"), 10}});
        QVERIFY(request.ok());
        QCOMPARE(request->body, QByteArray("{\"Limit\":10}"));
    }

    void idempotencyTokensAreFilledWhenLeftOut()
    {
        const QJsonObject input{{QStringLiteral("PipelineName"), QStringLiteral("p")}};
        const Result<AwsRequest> first = AwsProtocols::encode(SageMakerApi::startPipelineExecution(), input);
        const Result<AwsRequest> second = AwsProtocols::encode(SageMakerApi::startPipelineExecution(), input);
        QVERIFY(first.ok() && second.ok());
        const QString token =
            QJsonDocument::fromJson(first->body).object().value(QLatin1String("ClientRequestToken")).toString();
        QVERIFY2(UuidV4.match(token).hasMatch(), qPrintable(token));
        QVERIFY(first->body != second->body); // a fresh one each call

        const Result<AwsRequest> given =
            AwsProtocols::encode(SageMakerApi::startPipelineExecution(),
                                 QJsonObject{{QStringLiteral("PipelineName"), QStringLiteral("p")},
                                             {QStringLiteral("ClientRequestToken"), QStringLiteral("mine")}});
        QVERIFY(given.ok());
        QCOMPARE(QJsonDocument::fromJson(given->body).object().value(QLatin1String("ClientRequestToken")).toString(),
                 QStringLiteral("mine"));

        // Bound to the query, it goes there.
        const Result<AwsRequest> deleted = AwsProtocols::encode(
            SchedulerApi::deleteSchedule(), QJsonObject{{QStringLiteral("Name"), QStringLiteral("s")}});
        QVERIFY(deleted.ok());
        const QMultiMap<QString, QString> query = decodedForm(deleted->query);
        QVERIFY2(UuidV4.match(query.value(QStringLiteral("clientToken"))).hasMatch(), deleted->query.constData());
        QVERIFY(deleted->body.isEmpty());

        // RAM's client tokens are not idempotency tokens in its model: never made up.
        const Result<AwsRequest> accepted =
            AwsProtocols::encode(RamApi::acceptResourceShareInvitation(),
                                 QJsonObject{{QStringLiteral("resourceShareInvitationArn"), QStringLiteral("arn:i")}});
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->body, QByteArray("{\"resourceShareInvitationArn\":\"arn:i\"}"));
    }

    void labelsAreEscapedAsTheSdkDoes()
    {
        const Result<AwsRequest> request = AwsProtocols::encode(
            SchedulerApi::getSchedule(), QJsonObject{{QStringLiteral("Name"), QStringLiteral("a b/\u00e9+!'()*~-_.:@")},
                                                     {QStringLiteral("GroupName"), QStringLiteral("g/h")}});
        QVERIFY(request.ok());
        QCOMPARE(request->method, QByteArray("GET"));
        QCOMPARE(request->path, QByteArray("/schedules/a%20b%2F%C3%A9%2B%21%27%28%29%2A~-_.%3A%40"));
        QCOMPARE(request->query, QByteArray("groupName=g%2Fh"));

        // A greedy label keeps its slashes and escapes the rest.
        const AwsOperation greedy =
            restOperation("GET", QStringLiteral("/objects/{Key+}"),
                          {{QStringLiteral("Key"), AwsBinding::Location::Label, QStringLiteral("Key")}}, false);
        const Result<AwsRequest> path =
            AwsProtocols::encode(greedy, QJsonObject{{QStringLiteral("Key"), QStringLiteral("a/b c/d%")}});
        QVERIFY(path.ok());
        QCOMPARE(path->path, QByteArray("/objects/a/b%20c/d%25"));

        // A number in a label is written as JavaScript writes it.
        const AwsOperation numbered =
            restOperation("GET", QStringLiteral("/v/{N}"),
                          {{QStringLiteral("N"), AwsBinding::Location::Label, QStringLiteral("N")}}, false);
        const Result<AwsRequest> number = AwsProtocols::encode(numbered, QJsonObject{{QStringLiteral("N"), 42}});
        QVERIFY(number.ok());
        QCOMPARE(number->path, QByteArray("/v/42"));
    }

    void aMissingLabelIsInvalidInput()
    {
        for (const QJsonObject &input : {QJsonObject{}, QJsonObject{{QStringLiteral("Name"), QString()}},
                                         QJsonObject{{QStringLiteral("Name"), QJsonValue::Null}}}) {
            const Result<AwsRequest> request = AwsProtocols::encode(SchedulerApi::getSchedule(), input);
            QVERIFY(!request.ok());
            QCOMPARE(request.error().code, Error::Code::InvalidInput);
            QCOMPARE(request.error().field, QStringLiteral("Name"));
            QVERIFY2(request.error().message.startsWith(QLatin1String("Name: ")), qPrintable(request.error().message));
        }
        const Result<AwsRequest> object = AwsProtocols::encode(
            SchedulerApi::getSchedule(), QJsonObject{{QStringLiteral("Name"), QJsonObject{{QStringLiteral("x"), 1}}}});
        QVERIFY(!object.ok());
        QCOMPARE(object.error().field, QStringLiteral("Name"));
    }

    void queryBindingsTakeListsNumbersAndBooleans()
    {
        const AwsOperation op =
            restOperation("GET", QStringLiteral("/things"),
                          {{QStringLiteral("Ids"), AwsBinding::Location::Query, QStringLiteral("id")},
                           {QStringLiteral("MaxResults"), AwsBinding::Location::Query, QStringLiteral("MaxResults")},
                           {QStringLiteral("All"), AwsBinding::Location::Query, QStringLiteral("all")},
                           {QStringLiteral("Ratio"), AwsBinding::Location::Query, QStringLiteral("ratio")},
                           {QStringLiteral("Owner"), AwsBinding::Location::Header, QStringLiteral("X-Amz-Owner")},
                           {QStringLiteral("Absent"), AwsBinding::Location::Query, QStringLiteral("absent")}},
                          false);
        const Result<AwsRequest> request = AwsProtocols::encode(
            op, QJsonObject{{QStringLiteral("Ids"), QJsonArray{QStringLiteral("b c"), QStringLiteral("a&=")}},
                            {QStringLiteral("MaxResults"), 50},
                            {QStringLiteral("All"), true},
                            {QStringLiteral("Ratio"), 0.25},
                            {QStringLiteral("Owner"), QStringLiteral("me")}});
        QVERIFY(request.ok());
        // Sorted by name as the SDKs send them; a list repeats its name in order.
        QCOMPARE(request->query, QByteArray("MaxResults=50&all=true&id=b%20c&id=a%26%3D&ratio=0.25"));
        QCOMPARE(header(request->headers, "X-Amz-Owner"), QByteArray("me"));
        QVERIFY(request->body.isEmpty());
        QVERIFY(header(request->headers, "Content-Type").isNull());
    }

    void aRestBodyOnlyWhenTheOperationHasBodyMembers()
    {
        // GET and DELETE with every member bound: no body, no Content-Type.
        const Result<AwsRequest> list = AwsProtocols::encode(SchedulerApi::listScheduleGroups(), {});
        QVERIFY(list.ok());
        QCOMPARE(list->method, QByteArray("GET"));
        QCOMPARE(list->path, QByteArray("/schedule-groups"));
        QVERIFY(list->query.isEmpty());
        QVERIFY(list->body.isEmpty());
        QVERIFY(header(list->headers, "Content-Type").isNull());

        const Result<AwsRequest> deleted = AwsProtocols::encode(
            RamApi::deleteResourceShare(), QJsonObject{{QStringLiteral("resourceShareArn"),
                                                        QStringLiteral("arn:aws:ram:us-east-1:1:resource-share/x")},
                                                       {QStringLiteral("clientToken"), QStringLiteral("t")}});
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->method, QByteArray("DELETE"));
        QCOMPARE(deleted->query,
                 QByteArray("clientToken=t&resourceShareArn=arn%3Aaws%3Aram%3Aus-east-1%3A1%3Aresource-share%2Fx"));
        QVERIFY(deleted->body.isEmpty());

        // A POST without members sends nothing either.
        const Result<AwsRequest> enable = AwsProtocols::encode(RamApi::enableSharingWithAwsOrganization(), {});
        QVERIFY(enable.ok());
        QCOMPARE(enable->method, QByteArray("POST"));
        QVERIFY(enable->body.isEmpty());
        QVERIFY(header(enable->headers, "Content-Type").isNull());

        // With body members, always a JSON body, {} when none is set.
        const Result<AwsRequest> permissions = AwsProtocols::encode(RamApi::listPermissions(), {});
        QVERIFY(permissions.ok());
        QCOMPARE(permissions->body, QByteArray("{}"));
        QCOMPARE(header(permissions->headers, "Content-Type"), QByteArray("application/json"));

        // The bound members leave the body.
        const Result<AwsRequest> created =
            AwsProtocols::encode(SchedulerApi::createSchedule(),
                                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("n")},
                                             {QStringLiteral("ScheduleExpression"), QStringLiteral("rate(1 day)")},
                                             {QStringLiteral("ClientToken"), QStringLiteral("t")}});
        QVERIFY(created.ok());
        QCOMPARE(created->path, QByteArray("/schedules/n"));
        QCOMPARE(created->body, QByteArray("{\"ClientToken\":\"t\",\"ScheduleExpression\":\"rate(1 day)\"}"));
    }

    void queryProtocolFlattensAsTheSdkDoes()
    {
        const Result<AwsRequest> request = AwsProtocols::encode(
            StsApi::assumeRole(),
            QJsonObject{
                {QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::1:role/r")},
                {QStringLiteral("RoleSessionName"), QStringLiteral("a b~*")},
                {QStringLiteral("DurationSeconds"), 900},
                {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("k")},
                                                                {QStringLiteral("Value"), QStringLiteral("\ud559")}}}},
                {QStringLiteral("PolicyArns"), QJsonArray{QJsonObject{{QStringLiteral("arn"), QStringLiteral("a1")}},
                                                          QJsonObject{{QStringLiteral("arn"), QStringLiteral("a2")}}}},
                {QStringLiteral("TransitiveTagKeys"), QJsonArray{}}});
        QVERIFY(request.ok());
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->path, QByteArray("/"));
        QCOMPARE(header(request->headers, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(header(request->headers, "X-Amz-Target").isNull());
        QCOMPARE(
            request->body,
            QByteArray(
                "Action=AssumeRole&Version=2011-06-15&DurationSeconds=900&PolicyArns.member.1.arn=a1"
                "&PolicyArns.member.2.arn=a2&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr"
                "&RoleSessionName=a%20b~%2A&Tags.member.1.Key=k&Tags.member.1.Value=%ED%95%99&TransitiveTagKeys="));

        const Result<AwsRequest> identity = AwsProtocols::encode(StsApi::getCallerIdentity(), {});
        QVERIFY(identity.ok());
        QCOMPARE(identity->body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
    }

    void jsonAnswersDecode()
    {
        const Result<QJsonObject> empty = AwsProtocols::decode(RamApi::enableSharingWithAwsOrganization(), answer({}));
        QVERIFY(empty.ok());
        QCOMPARE(*empty, QJsonObject());

        const Result<QJsonObject> body = AwsProtocols::decode(SageMakerApi::startPipelineExecution(),
                                                              answer("{\"PipelineExecutionArn\":\"arn:e\"}"));
        QVERIFY(body.ok());
        QCOMPARE(body->value(QLatin1String("PipelineExecutionArn")).toString(), QStringLiteral("arn:e"));

        AwsOperation withHeader = SchedulerApi::getSchedule();
        withHeader.outputHeaders = {{QStringLiteral("ETag"), AwsBinding::Location::Header, QStringLiteral("ETag")}};
        const Result<QJsonObject> headed =
            AwsProtocols::decode(withHeader, answer("{\"Name\":\"n\"}", {{"etag", "\"abc\""}}));
        QVERIFY(headed.ok());
        QCOMPARE(headed->value(QLatin1String("ETag")).toString(), QStringLiteral("\"abc\""));
        QCOMPARE(headed->value(QLatin1String("Name")).toString(), QStringLiteral("n"));
    }

    void aBodyThatIsNotJsonIsAnError()
    {
        for (const QByteArray &body :
             {QByteArray("<html>502 Bad Gateway</html>"), QByteArray("{\"Pipeline"), QByteArray("[1,2]")}) {
            const Result<QJsonObject> decoded = AwsProtocols::decode(SageMakerApi::listPipelines(), answer(body));
            QVERIFY2(!decoded.ok(), body.constData());
            QCOMPARE(decoded.error().code, Error::Code::Internal);
            QVERIFY2(decoded.error().message.contains(QLatin1String("sagemaker:ListPipelines")),
                     qPrintable(decoded.error().message));
        }
    }

    void stsXmlAnswersDecodeIntoJson()
    {
        const QByteArray identity = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                                    "  <GetCallerIdentityResult>\n"
                                    "    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>\n"
                                    "    <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>\n"
                                    "    <Account>012345678901</Account>\n"
                                    "  </GetCallerIdentityResult>\n"
                                    "  <ResponseMetadata>\n"
                                    "    <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>\n"
                                    "  </ResponseMetadata>\n"
                                    "</GetCallerIdentityResponse>";
        const Result<QJsonObject> who = AwsProtocols::decode(StsApi::getCallerIdentity(), answer(identity));
        QVERIFY2(who.ok(), qPrintable(who.error().message));
        // An account id keeps its leading zero: a string, not a number.
        QCOMPARE(*who, (QJsonObject{{QStringLiteral("Arn"), QStringLiteral("arn:aws:iam::123456789012:user/Alice")},
                                    {QStringLiteral("UserId"), QStringLiteral("AIDACKCEVSQ6C2EXAMPLE")},
                                    {QStringLiteral("Account"), QStringLiteral("012345678901")}}));

        const QByteArray assumed =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            "  <AssumeRoleResult>\n"
            "    <SourceIdentity>Alice</SourceIdentity>\n"
            "    <AssumedRoleUser>\n"
            "      <Arn>arn:aws:sts::123456789012:assumed-role/demo/TestAR</Arn>\n"
            "      <AssumedRoleId>ARO123EXAMPLE123:TestAR</AssumedRoleId>\n"
            "    </AssumedRoleUser>\n"
            "    <Credentials>\n"
            "      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>\n"
            "      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>\n"
            "      <SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764&amp;bNrC</SessionToken>\n"
            "      <Expiration>2026-12-05T13:25:21Z</Expiration>\n"
            "    </Credentials>\n"
            "    <PackedPolicySize>6</PackedPolicySize>\n"
            "  </AssumeRoleResult>\n"
            "  <ResponseMetadata>\n"
            "    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n"
            "  </ResponseMetadata>\n"
            "</AssumeRoleResponse>";
        const Result<QJsonObject> role = AwsProtocols::decode(StsApi::assumeRole(), answer(assumed));
        QVERIFY2(role.ok(), qPrintable(role.error().message));
        const QJsonObject credentials = role->value(QLatin1String("Credentials")).toObject();
        QCOMPARE(credentials.value(QLatin1String("AccessKeyId")).toString(), QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
        QCOMPARE(credentials.value(QLatin1String("SessionToken")).toString(),
                 QStringLiteral("AQoDYXdzEPT//////////wEXAMPLEtc764&bNrC"));
        QCOMPARE(credentials.value(QLatin1String("Expiration")).toString(), QStringLiteral("2026-12-05T13:25:21Z"));
        QCOMPARE(
            role->value(QLatin1String("AssumedRoleUser")).toObject().value(QLatin1String("AssumedRoleId")).toString(),
            QStringLiteral("ARO123EXAMPLE123:TestAR"));
        QVERIFY(role->value(QLatin1String("PackedPolicySize")).isDouble());
        QCOMPARE(role->value(QLatin1String("PackedPolicySize")).toInt(), 6);
        QCOMPARE(role->value(QLatin1String("SourceIdentity")).toString(), QStringLiteral("Alice"));
        QVERIFY(!role->contains(QLatin1String("ResponseMetadata")));

        // <member> items are a list.
        const QByteArray listed = "<AssumeRoleResponse><AssumeRoleResult><Items><member>a</member><member>b</member></"
                                  "Items></AssumeRoleResult></AssumeRoleResponse>";
        const Result<QJsonObject> items = AwsProtocols::decode(StsApi::assumeRole(), answer(listed));
        QVERIFY(items.ok());
        QCOMPARE(items->value(QLatin1String("Items")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void aQueryAnswerThatIsNotItsXmlIsAnError()
    {
        const QList<QByteArray> bodies = {
            QByteArray(),
            QByteArray("{\"Account\":\"1\"}"),
            QByteArray("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>x</Arn>"),
            QByteArray("<ErrorResponse><Error><Code>Oops</Code></Error></ErrorResponse>"),
        };
        for (const QByteArray &body : bodies) {
            const Result<QJsonObject> decoded = AwsProtocols::decode(StsApi::getCallerIdentity(), answer(body));
            QVERIFY2(!decoded.ok(), body.constData());
            QCOMPARE(decoded.error().code, Error::Code::Internal);
            QVERIFY2(decoded.error().message.contains(QLatin1String("sts:GetCallerIdentity")),
                     qPrintable(decoded.error().message));
        }
        const QByteArray wrongType = "<AssumeRoleResponse><AssumeRoleResult><PackedPolicySize>six</PackedPolicySize>"
                                     "</AssumeRoleResult></AssumeRoleResponse>";
        QVERIFY(!AwsProtocols::decode(StsApi::assumeRole(), answer(wrongType)).ok());
    }

    void everyOperationSendsWhatTheSdkSends()
    {
        QFile file(CasesFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray casesText = file.readAll();
        const QJsonArray cases = QJsonDocument::fromJson(casesText).array();
        QVERIFY(!cases.isEmpty());

        // Each operation has at least one case, so that none goes unchecked.
        QSet<QString> covered;
        for (const QJsonValue &c : cases)
            covered.insert(c[QLatin1String("client")].toString() + QLatin1Char('/') +
                           c[QLatin1String("command")].toString().chopped(int(qstrlen("Command"))));
        const QList<QPair<QString, const QList<const AwsOperation *> *>> tables = {
            {QStringLiteral("sagemaker"), &SageMakerApi::all()},
            {QStringLiteral("eventbridge"), &EventBridgeApi::all()},
            {QStringLiteral("scheduler"), &SchedulerApi::all()},
            {QStringLiteral("ram"), &RamApi::all()},
            {QStringLiteral("sts"), &StsApi::all()}};
        for (const auto &[client, operations] : tables) {
            for (const AwsOperation *op : *operations)
                QVERIFY2(covered.contains(client + QLatin1Char('/') + op->name), qPrintable(op->name));
        }

        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not on PATH: the AWS SDK for JavaScript cannot run (make test installs nodejs).");
        if (!QDir(SdkDir + QStringLiteral("/node_modules/@aws-sdk/client-scheduler")).exists())
            QSKIP("tests/sdk/node_modules is missing: run `npm ci --prefix tests/sdk` (make test does).");

        QProcess process;
        process.setWorkingDirectory(SdkDir);
        process.start(node, {SdkDir + QStringLiteral("/capture.js")});
        QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
        process.write(casesText);
        process.closeWriteChannel();
        QVERIFY2(process.waitForFinished(120000), "node did not finish");
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, errors.constData());
        const QJsonArray captured = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(captured.size(), cases.size());

        QStringList mismatches;
        int decodedCases = 0;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QJsonObject theirs = captured.at(i).toObject();
            const QString name = c.value(QLatin1String("name")).toString();
            const QString opName = c.value(QLatin1String("command")).toString().chopped(int(qstrlen("Command")));
            const AwsOperation *op = operationFor(c.value(QLatin1String("client")).toString(), opName);
            QVERIFY2(op, qPrintable(name));
            QVERIFY2(theirs.value(QLatin1String("requests")).toInt() == 1,
                     qPrintable(name + QStringLiteral(": the SDK sent %1 requests (%2)")
                                           .arg(theirs.value(QLatin1String("requests")).toInt())
                                           .arg(theirs.value(QLatin1String("error")).toString())));

            const Result<AwsRequest> ours = AwsProtocols::encode(*op, c.value(QLatin1String("input")).toObject());
            QVERIFY2(ours.ok(), qPrintable(name + QStringLiteral(": ") + ours.error().message));

            QStringList problems;
            auto expect = [&](const QString &what, const QString &our, const QString &their) {
                if (our != their)
                    problems.append(QStringLiteral("  %1\n    ours:   %2\n    theirs: %3").arg(what, our, their));
            };
            expect(QStringLiteral("method"), QString::fromLatin1(ours->method),
                   theirs.value(QLatin1String("method")).toString());
            expect(QStringLiteral("path"), QString::fromUtf8(ours->path),
                   theirs.value(QLatin1String("path")).toString());
            const QString autoToken = c.value(QLatin1String("autoToken")).toString();

            QMultiMap<QString, QString> ourQuery = decodedForm(ours->query);
            QMultiMap<QString, QString> theirQuery =
                decodedForm(theirs.value(QLatin1String("query")).toString().toUtf8());
            const auto binding = std::find_if(op->bindings.begin(), op->bindings.end(),
                                              [&](const AwsBinding &b) { return b.member == autoToken; });
            if (!autoToken.isEmpty() && binding != op->bindings.end()) {
                QString problem;
                if (!setAsideToken(&ourQuery, binding->wireName, &problem))
                    problems.append(QStringLiteral("  ours: ") + problem);
                if (!setAsideToken(&theirQuery, binding->wireName, &problem))
                    problems.append(QStringLiteral("  theirs: ") + problem);
            }
            expect(QStringLiteral("query"), describe(ourQuery), describe(theirQuery));
            if (autoToken.isEmpty())
                expect(QStringLiteral("query as sent"), rawPairs(ours->query),
                       rawPairs(theirs.value(QLatin1String("query")).toString().toUtf8()));

            const QJsonValue theirType = theirs.value(QLatin1String("contentType"));
            const QByteArray ourType = header(ours->headers, "Content-Type");
            expect(QStringLiteral("Content-Type"),
                   ourType.isNull() ? QStringLiteral("(none)") : QString::fromUtf8(ourType),
                   theirType.isNull() ? QStringLiteral("(none)") : theirType.toString());
            const QJsonValue theirTarget = theirs.value(QLatin1String("target"));
            const QByteArray ourTarget = header(ours->headers, "X-Amz-Target");
            expect(QStringLiteral("X-Amz-Target"),
                   ourTarget.isNull() ? QStringLiteral("(none)") : QString::fromUtf8(ourTarget),
                   theirTarget.isNull() ? QStringLiteral("(none)") : theirTarget.toString());

            const QByteArray theirBody = theirs.value(QLatin1String("body")).toString().toUtf8();
            if (op->protocol == AwsProtocol::Query) {
                expect(QStringLiteral("form"), describe(decodedForm(ours->body)), describe(decodedForm(theirBody)));
                expect(QStringLiteral("form as sent"), rawPairs(ours->body), rawPairs(theirBody));
            } else if (ours->body.isEmpty() || theirBody.isEmpty()) {
                expect(QStringLiteral("body"), QString::fromUtf8(ours->body), QString::fromUtf8(theirBody));
            } else {
                QJsonParseError ourError;
                QJsonParseError theirError;
                QJsonObject ourBody = QJsonDocument::fromJson(ours->body, &ourError).object();
                QJsonObject theirJson = QJsonDocument::fromJson(theirBody, &theirError).object();
                if (ourError.error != QJsonParseError::NoError || theirError.error != QJsonParseError::NoError)
                    problems.append(QStringLiteral("  a body is not JSON\n    ours:   %1\n    theirs: %2")
                                        .arg(QString::fromUtf8(ours->body), QString::fromUtf8(theirBody)));
                if (!autoToken.isEmpty() && binding == op->bindings.end()) {
                    QString problem;
                    if (!setAsideToken(&ourBody, autoToken, &problem))
                        problems.append(QStringLiteral("  ours: ") + problem);
                    if (!setAsideToken(&theirJson, autoToken, &problem))
                        problems.append(QStringLiteral("  theirs: ") + problem);
                }
                expect(QStringLiteral("body"), QString::fromUtf8(QJsonDocument(ourBody).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(theirJson).toJson(QJsonDocument::Compact)));
            }
            // What the SDK read from a canned answer, and what decode() reads from it.
            if (c.contains(QLatin1String("answer"))) {
                const QJsonObject canned = c.value(QLatin1String("answer")).toObject();
                AwsResponse response;
                response.httpStatus = 200;
                response.headers = {{"Content-Type", canned.value(QLatin1String("contentType")).toString().toUtf8()}};
                response.body = canned.value(QLatin1String("body")).toString().toUtf8();
                const Result<QJsonObject> decoded = AwsProtocols::decode(*op, response);
                if (!decoded.ok())
                    problems.append(QStringLiteral("  decode: ") + decoded.error().message);
                else if (!theirs.value(QLatin1String("output")).isObject())
                    problems.append(QStringLiteral("  the SDK read no output: ") +
                                    theirs.value(QLatin1String("error")).toString());
                else
                    compareOutput(*decoded, theirs.value(QLatin1String("output")), QStringLiteral("$"), &problems);
                ++decodedCases;
            }
            if (!problems.isEmpty())
                mismatches.append(name + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        }
        qInfo("%lld cases, %lld operations compared with the AWS SDK for JavaScript v3; %d answers decoded by both",
              qlonglong(cases.size()), qlonglong(covered.size()), decodedCases);
        QVERIFY(decodedCases > 0);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestWireShapes)
#include "tst_wireshapes.moc"

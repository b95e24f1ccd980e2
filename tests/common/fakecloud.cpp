#include "fakecloud.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace PdTest {

namespace {

const char definition[] = R"({"Version": "2020-12-01",
  "Parameters": [{"Name": "InstanceType", "Type": "String", "DefaultValue": "ml.m5.xlarge"}],
  "Steps": [{"Name": "Preprocess", "Type": "Processing", "Arguments": {}},
            {"Name": "Train", "Type": "Training", "DependsOn": ["Preprocess"], "Arguments": {}}]})";

const double baseTime = 1764000000; // 2025-11-24T16:00:00Z

} // namespace

QString FakeCloud::pipelineArn(const QString &name) const
{
    return QStringLiteral("arn:aws:sagemaker:%1:%2:pipeline/%3").arg(region, accountId, name);
}

QString FakeCloud::executionArn(const QString &pipeline, int index) const
{
    return QStringLiteral("%1/execution/%2").arg(pipelineArn(pipeline)).arg(index, 12, 16, QLatin1Char('0'));
}

void FakeCloud::addPipelines(int count, int executions)
{
    static const char *statuses[] = {"Succeeded", "Failed", "Executing", "Stopped"};
    for (int p = 0; p < count; ++p) {
        Pipeline pipeline;
        pipeline.name = QStringLiteral("pipeline-%1").arg(pipelines.size());
        for (int e = 0; e < executions; ++e) {
            pipeline.executions.append(QJsonObject{
                {QStringLiteral("PipelineExecutionArn"), executionArn(pipeline.name, e + 1)},
                {QStringLiteral("StartTime"), baseTime - 600.0 * e},
                {QStringLiteral("PipelineExecutionStatus"), QString::fromLatin1(statuses[e % 4])},
                {QStringLiteral("PipelineExecutionDisplayName"), QStringLiteral("run-%1").arg(e + 1)},
            });
        }
        pipelines.append(pipeline);
    }
}

QString FakeCloud::addShare(const QString &name, const QString &pipeline, const QString &principal,
                            const QString &permissionArn)
{
    const QString arn = QStringLiteral("arn:aws:ram:%1:%2:resource-share/%3").arg(region, accountId, name);
    shares.append(QJsonObject{{QStringLiteral("resourceShareArn"), arn},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("owningAccountId"), accountId},
                              {QStringLiteral("allowExternalPrincipals"), true},
                              {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                              {QStringLiteral("creationTime"), baseTime},
                              {QStringLiteral("lastUpdatedTime"), baseTime}});
    shareResources[arn].append(QJsonObject{{QStringLiteral("arn"), pipelineArn(pipeline)},
                                           {QStringLiteral("type"), QStringLiteral("sagemaker:Pipeline")},
                                           {QStringLiteral("resourceShareArn"), arn},
                                           {QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
    sharePrincipals[arn].append(QJsonObject{{QStringLiteral("id"), principal},
                                            {QStringLiteral("resourceShareArn"), arn},
                                            {QStringLiteral("external"), true}});
    sharePermissions[arn].append(QJsonObject{{QStringLiteral("arn"), permissionArn},
                                             {QStringLiteral("name"), permissionArn.section(QLatin1Char('/'), -1)}});
    return arn;
}

FakeAnswer FakeCloud::answerShareWrite(const QString &operation, const QJsonObject &input)
{
    shareWrites[operation].append(input);
    const auto unknown = [](const QString &what) {
        return FakeAnswer::jsonError(400, QStringLiteral("UnknownResourceException"),
                                     QStringLiteral("The resource %1 could not be found.").arg(what));
    };
    if (operation == QLatin1String("EnableSharingWithAwsOrganization")) {
        organizationSharing = true;
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("returnValue"), true}});
    }
    if (operation == QLatin1String("CreateResourceShare")) {
        const QString name = input.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return FakeAnswer::jsonError(400, QStringLiteral("InvalidParameterException"),
                                         QStringLiteral("The name of a resource share is required."));
        const QString token = input.value(QStringLiteral("clientToken")).toString();
        for (const QJsonValue &share : std::as_const(shares)) {
            if (token.isEmpty() || share[QStringLiteral("clientToken")].toString() != token)
                continue;
            if (share[QStringLiteral("name")].toString() != name)
                return FakeAnswer::jsonError(
                    400, QStringLiteral("IdempotentParameterMismatchException"),
                    QStringLiteral("The client token %1 was used with other parameters.").arg(token));
            return FakeAnswer::json(
                200, QJsonObject{{QStringLiteral("resourceShare"), share}, {QStringLiteral("clientToken"), token}});
        }
        for (const QJsonValue &resource : input.value(QStringLiteral("resourceArns")).toArray()) {
            if (!find(resource.toString()))
                return unknown(resource.toString());
        }
        const QString arn = QStringLiteral("arn:aws:ram:%1:%2:resource-share/created-%3")
                                .arg(region, accountId)
                                .arg(shareWrites.value(operation).size());
        QJsonObject share{{QStringLiteral("resourceShareArn"), arn},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("owningAccountId"), accountId},
                          {QStringLiteral("allowExternalPrincipals"),
                           input.value(QStringLiteral("allowExternalPrincipals")).toBool(true)},
                          {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                          {QStringLiteral("creationTime"), baseTime + 300},
                          {QStringLiteral("lastUpdatedTime"), baseTime + 300}};
        if (input.contains(QStringLiteral("tags")))
            share.insert(QStringLiteral("tags"), input.value(QStringLiteral("tags")));
        if (!token.isEmpty())
            share.insert(QStringLiteral("clientToken"), token);
        shares.append(share);
        for (const QJsonValue &resource : input.value(QStringLiteral("resourceArns")).toArray())
            shareResources[arn].append(QJsonObject{{QStringLiteral("arn"), resource},
                                                   {QStringLiteral("type"), QStringLiteral("sagemaker:Pipeline")},
                                                   {QStringLiteral("resourceShareArn"), arn},
                                                   {QStringLiteral("status"), QStringLiteral("AVAILABLE")}});
        for (const QJsonValue &principal : input.value(QStringLiteral("principals")).toArray())
            sharePrincipals[arn].append(QJsonObject{{QStringLiteral("id"), principal},
                                                    {QStringLiteral("resourceShareArn"), arn},
                                                    {QStringLiteral("external"), true}});
        for (const QJsonValue &permission : input.value(QStringLiteral("permissionArns")).toArray())
            sharePermissions[arn].append(
                QJsonObject{{QStringLiteral("arn"), permission},
                            {QStringLiteral("name"), permission.toString().section(QLatin1Char('/'), -1)}});
        QJsonObject answer{{QStringLiteral("resourceShare"), share}};
        if (!token.isEmpty())
            answer.insert(QStringLiteral("clientToken"), token);
        return FakeAnswer::json(200, answer);
    }

    const QString arn = input.value(QStringLiteral("resourceShareArn")).toString();
    qsizetype index = -1;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (shares.at(i)[QStringLiteral("resourceShareArn")].toString() == arn)
            index = i;
    }
    if (index < 0)
        return unknown(arn);
    QJsonObject share = shares.at(index).toObject();
    if (share.value(QStringLiteral("status")).toString() == QLatin1String("DELETED"))
        return FakeAnswer::jsonError(400, QStringLiteral("InvalidStateTransitionException"),
                                     QStringLiteral("The resource share %1 is deleted.").arg(arn));
    share.insert(QStringLiteral("lastUpdatedTime"), baseTime + 600);
    if (operation == QLatin1String("UpdateResourceShare")) {
        for (const char *member : {"name", "allowExternalPrincipals"}) {
            if (input.contains(QLatin1String(member)))
                share.insert(QLatin1String(member), input.value(QLatin1String(member)));
        }
        shares.replace(index, share);
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("resourceShare"), share}});
    }
    if (operation == QLatin1String("DeleteResourceShare")) {
        share.insert(QStringLiteral("status"), QStringLiteral("DELETED"));
        shares.replace(index, share);
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("returnValue"), true}});
    }
    // Associate / Disassociate: one association a resource or principal, as RAM answers.
    const bool associate = operation == QLatin1String("AssociateResourceShare");
    const QJsonArray resources = input.value(QStringLiteral("resourceArns")).toArray();
    const QJsonArray principals = input.value(QStringLiteral("principals")).toArray();
    if (associate) {
        for (const QJsonValue &resource : resources) {
            if (!find(resource.toString()))
                return unknown(resource.toString());
        }
    }
    QJsonArray associations;
    auto change = [&](QJsonArray &list, const QString &member, const QString &entity, const QJsonObject &entry,
                      const QString &type) {
        QJsonObject association{{QStringLiteral("resourceShareArn"), arn},
                                {QStringLiteral("resourceShareName"), share.value(QStringLiteral("name"))},
                                {QStringLiteral("associatedEntity"), entity},
                                {QStringLiteral("associationType"), type},
                                {QStringLiteral("external"), false}};
        if (failingAssociations.contains(entity)) {
            association.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
            association.insert(QStringLiteral("statusMessage"), failingAssociations.value(entity));
            associations.append(association);
            return;
        }
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (list.at(i)[member].toString() == entity)
                list.removeAt(i);
        }
        if (associate)
            list.append(entry);
        association.insert(QStringLiteral("status"),
                           associate ? QStringLiteral("ASSOCIATING") : QStringLiteral("DISASSOCIATING"));
        associations.append(association);
    };
    for (const QJsonValue &resource : resources)
        change(shareResources[arn], QStringLiteral("arn"), resource.toString(),
               QJsonObject{{QStringLiteral("arn"), resource},
                           {QStringLiteral("type"), QStringLiteral("sagemaker:Pipeline")},
                           {QStringLiteral("resourceShareArn"), arn},
                           {QStringLiteral("status"), QStringLiteral("AVAILABLE")}},
               QStringLiteral("RESOURCE"));
    for (const QJsonValue &principal : principals)
        change(sharePrincipals[arn], QStringLiteral("id"), principal.toString(),
               QJsonObject{{QStringLiteral("id"), principal},
                           {QStringLiteral("resourceShareArn"), arn},
                           {QStringLiteral("external"), true}},
               QStringLiteral("PRINCIPAL"));
    shares.replace(index, share);
    return FakeAnswer::json(200, QJsonObject{{QStringLiteral("resourceShareAssociations"), associations}});
}

void FakeCloud::addRule(const QString &name, const QString &pattern, int targetCount)
{
    rules.append(QJsonObject{
        {QStringLiteral("Name"), name},
        {QStringLiteral("Arn"), QStringLiteral("arn:aws:events:%1:%2:rule/%3").arg(region, accountId, name)},
        {QStringLiteral("EventBusName"), QStringLiteral("default")},
        {QStringLiteral("EventPattern"), pattern},
        {QStringLiteral("State"), QStringLiteral("ENABLED")}});
    QJsonArray list;
    for (int i = 0; i < targetCount; ++i)
        list.append(QJsonObject{
            {QStringLiteral("Id"), QStringLiteral("target-%1").arg(i)},
            {QStringLiteral("Arn"), pipelineArn(QStringLiteral("pipeline-%1").arg(i))},
            {QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::%1:role/EventBridgePipelines").arg(accountId)}});
    ruleTargets.insert(name, list);
}

void FakeCloud::addSchedule(const QString &name, const QString &expression, const QString &pipeline)
{
    const QString arn = QStringLiteral("arn:aws:scheduler:%1:%2:schedule/default/%3").arg(region, accountId, name);
    schedules.append(
        QJsonObject{{QStringLiteral("Name"), name},
                    {QStringLiteral("GroupName"), QStringLiteral("default")},
                    {QStringLiteral("Arn"), arn},
                    {QStringLiteral("State"), QStringLiteral("ENABLED")},
                    {QStringLiteral("CreationDate"), baseTime - 86400},
                    {QStringLiteral("LastModificationDate"), baseTime - 3600},
                    {QStringLiteral("Target"), QJsonObject{{QStringLiteral("Arn"), pipelineArn(pipeline)}}}});
    scheduleDetails.insert(
        QStringLiteral("default/") + name,
        QJsonObject{
            {QStringLiteral("Name"), name},
            {QStringLiteral("GroupName"), QStringLiteral("default")},
            {QStringLiteral("Arn"), arn},
            {QStringLiteral("ScheduleExpression"), expression},
            {QStringLiteral("ScheduleExpressionTimezone"), QStringLiteral("Asia/Seoul")},
            {QStringLiteral("State"), QStringLiteral("ENABLED")},
            {QStringLiteral("Description"), QStringLiteral("nightly training")},
            {QStringLiteral("FlexibleTimeWindow"), QJsonObject{{QStringLiteral("Mode"), QStringLiteral("OFF")}}},
            {QStringLiteral("ActionAfterCompletion"), QStringLiteral("NONE")},
            {QStringLiteral("CreationDate"), baseTime - 86400},
            {QStringLiteral("LastModificationDate"), baseTime - 3600},
            {QStringLiteral("Target"),
             QJsonObject{
                 {QStringLiteral("Arn"), pipelineArn(pipeline)},
                 {QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::%1:role/SchedulerPipelines").arg(accountId)},
                 {QStringLiteral("RetryPolicy"), QJsonObject{{QStringLiteral("MaximumRetryAttempts"), 3},
                                                             {QStringLiteral("MaximumEventAgeInSeconds"), 3600}}},
                 {QStringLiteral("SageMakerPipelineParameters"),
                  QJsonObject{
                      {QStringLiteral("PipelineParameterList"),
                       QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("InstanceType")},
                                              {QStringLiteral("Value"), QStringLiteral("ml.m5.xlarge")}}}}}}}}});
}

void FakeCloud::serve(FakeAwsServer &server)
{
    server.setHandler([this](const FakeRequest &request) { return answer(request); });
}

QString FakeCloud::operationOf(const FakeRequest &request)
{
    const QByteArray target = request.targetOperation();
    if (!target.isEmpty())
        return QString::fromLatin1(target);
    if (request.body.startsWith("Action=")) {
        const QUrlQuery form(QString::fromLatin1(request.body));
        return form.queryItemValue(QStringLiteral("Action"));
    }
    const QString path = QString::fromLatin1(request.path);
    static const QHash<QString, QString> ram{
        {QStringLiteral("/getresourceshares"), QStringLiteral("GetResourceShares")},
        {QStringLiteral("/getresourceshareinvitations"), QStringLiteral("GetResourceShareInvitations")},
        {QStringLiteral("/listresources"), QStringLiteral("ListResources")},
        {QStringLiteral("/listpermissions"), QStringLiteral("ListPermissions")},
        {QStringLiteral("/listprincipals"), QStringLiteral("ListPrincipals")},
        {QStringLiteral("/listresourcesharepermissions"), QStringLiteral("ListResourceSharePermissions")},
        {QStringLiteral("/acceptresourceshareinvitation"), QStringLiteral("AcceptResourceShareInvitation")},
        {QStringLiteral("/rejectresourceshareinvitation"), QStringLiteral("RejectResourceShareInvitation")},
        {QStringLiteral("/createresourceshare"), QStringLiteral("CreateResourceShare")},
        {QStringLiteral("/updateresourceshare"), QStringLiteral("UpdateResourceShare")},
        {QStringLiteral("/deleteresourceshare"), QStringLiteral("DeleteResourceShare")},
        {QStringLiteral("/associateresourceshare"), QStringLiteral("AssociateResourceShare")},
        {QStringLiteral("/disassociateresourceshare"), QStringLiteral("DisassociateResourceShare")},
        {QStringLiteral("/enablesharingwithawsorganization"), QStringLiteral("EnableSharingWithAwsOrganization")},
    };
    if (ram.contains(path))
        return ram.value(path);
    if (path == QLatin1String("/schedules"))
        return QStringLiteral("ListSchedules");
    if (path.startsWith(QLatin1String("/schedules/")))
        return request.method == "GET" ? QStringLiteral("GetSchedule")
                                       : QString::fromLatin1(request.method) + QStringLiteral("Schedule");
    if (path == QLatin1String("/schedule-groups"))
        return QStringLiteral("ListScheduleGroups");
    return path;
}

FakeAnswer FakeCloud::page(const QJsonArray &all, const QString &member, const QJsonObject &input,
                           const QString &tokenMember)
{
    const int from = input.value(tokenMember).toString().toInt();
    QJsonArray items;
    for (int i = from; i < all.size() && i < from + pageSize; ++i)
        items.append(all.at(i));
    QJsonObject body{{member, items}};
    if (from + pageSize < all.size())
        body.insert(tokenMember, QString::number(from + pageSize));
    return FakeAnswer::json(200, body);
}

const FakeCloud::Pipeline *FakeCloud::find(const QString &nameOrArn) const
{
    for (const Pipeline &p : pipelines) {
        if (p.name == nameOrArn || pipelineArn(p.name) == nameOrArn)
            return &p;
    }
    return nullptr;
}

QJsonObject FakeCloud::describeExecution(const QString &arn) const
{
    const QString pipeline = arn.section(QLatin1Char('/'), 1, 1);
    for (const Pipeline &p : pipelines) {
        for (const QJsonObject &e : p.executions) {
            if (e.value(QStringLiteral("PipelineExecutionArn")).toString() != arn)
                continue;
            QJsonObject d = e;
            d.insert(QStringLiteral("PipelineArn"), pipelineArn(pipeline));
            d.insert(QStringLiteral("CreationTime"), e.value(QStringLiteral("StartTime")));
            d.insert(QStringLiteral("LastModifiedTime"), e.value(QStringLiteral("StartTime")).toDouble() + 60);
            d.remove(QStringLiteral("StartTime"));
            return d;
        }
    }
    return {};
}

FakeAnswer FakeCloud::answer(const FakeRequest &request)
{
    const QString operation = operationOf(request);
    ++calls[operation];
    if (overrides.contains(operation))
        return overrides.value(operation);
    QJsonObject input = QJsonDocument::fromJson(request.body).object();
    if (request.method == "GET") {
        const QUrlQuery query(QString::fromLatin1(request.query));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            input.insert(key, value);
    }

    if (operation == QLatin1String("GetCallerIdentity")) {
        FakeAnswer a;
        a.withHeader("Content-Type", "text/xml");
        a.body = QStringLiteral("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                "<GetCallerIdentityResult><Arn>%1</Arn><UserId>AIDAEXAMPLEUSERID</UserId>"
                                "<Account>%2</Account></GetCallerIdentityResult><ResponseMetadata>"
                                "<RequestId>req-sts-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
                     .arg(callerArn, accountId)
                     .toUtf8();
        return a;
    }
    if (operation == QLatin1String("ListPipelines")) {
        QJsonArray all;
        for (const Pipeline &p : std::as_const(pipelines)) {
            QJsonObject summary{
                {QStringLiteral("PipelineArn"), pipelineArn(p.name)},
                {QStringLiteral("PipelineName"), p.name},
                {QStringLiteral("PipelineDisplayName"), p.displayName.isEmpty() ? p.name : p.displayName},
                {QStringLiteral("CreationTime"), baseTime - 86400},
                {QStringLiteral("LastModifiedTime"), baseTime - 3600}};
            if (!p.description.isEmpty())
                summary.insert(QStringLiteral("PipelineDescription"), p.description);
            all.append(summary);
        }
        return page(all, QStringLiteral("PipelineSummaries"), input);
    }
    if (operation == QLatin1String("DescribePipeline")) {
        const Pipeline *p = find(input.value(QStringLiteral("PipelineName")).toString());
        if (!p)
            return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFound"), QStringLiteral("Pipeline not found"));
        QJsonObject d{{QStringLiteral("PipelineArn"), pipelineArn(p->name)},
                      {QStringLiteral("PipelineName"), p->name},
                      {QStringLiteral("PipelineDisplayName"), p->displayName.isEmpty() ? p->name : p->displayName},
                      {QStringLiteral("PipelineDefinition"),
                       p->definition.isEmpty() ? QString::fromLatin1(definition) : p->definition},
                      {QStringLiteral("PipelineStatus"), QStringLiteral("Active")},
                      {QStringLiteral("RoleArn"),
                       p->roleArn.isEmpty() ? QStringLiteral("arn:aws:iam::%1:role/SageMakerPipelines").arg(accountId)
                                            : p->roleArn},
                      {QStringLiteral("CreationTime"), baseTime - 86400},
                      {QStringLiteral("LastModifiedTime"), baseTime - 3600}};
        if (!p->description.isEmpty())
            d.insert(QStringLiteral("PipelineDescription"), p->description);
        return FakeAnswer::json(200, d);
    }
    if (operation == QLatin1String("CreatePipeline")) {
        createdPipelines.append(input);
        const QString name = input.value(QStringLiteral("PipelineName")).toString();
        if (find(name))
            return FakeAnswer::jsonError(400, QStringLiteral("ValidationException"),
                                         QStringLiteral("Pipeline names must be unique within an AWS account and "
                                                        "region. Pipeline with name (%1) already exists.")
                                             .arg(name));
        Pipeline p;
        p.name = name;
        p.displayName = input.value(QStringLiteral("PipelineDisplayName")).toString();
        p.description = input.value(QStringLiteral("PipelineDescription")).toString();
        p.definition = input.value(QStringLiteral("PipelineDefinition")).toString();
        p.roleArn = input.value(QStringLiteral("RoleArn")).toString();
        pipelines.append(p);
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("PipelineArn"), pipelineArn(name)}});
    }
    if (operation == QLatin1String("UpdatePipeline") || operation == QLatin1String("DeletePipeline")) {
        const bool update = operation.startsWith(QLatin1String("Update"));
        (update ? updatedPipelines : deletedPipelines).append(input);
        const QString name = input.value(QStringLiteral("PipelineName")).toString();
        const Pipeline *found = find(name);
        if (!found)
            return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFound"),
                                         QStringLiteral("Pipeline '%1' does not exist.").arg(name));
        const qsizetype index = found - pipelines.constData();
        const QString arn = pipelineArn(found->name);
        if (!update) {
            pipelines.removeAt(index);
            return FakeAnswer::json(200, QJsonObject{{QStringLiteral("PipelineArn"), arn}});
        }
        Pipeline &p = pipelines[index];
        const auto set = [&input](QString &member, const char *name) {
            if (input.contains(QLatin1String(name)))
                member = input.value(QLatin1String(name)).toString();
        };
        set(p.displayName, "PipelineDisplayName");
        set(p.description, "PipelineDescription");
        set(p.definition, "PipelineDefinition");
        set(p.roleArn, "RoleArn");
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("PipelineArn"), arn}});
    }
    if (operation == QLatin1String("ListPipelineExecutions")) {
        const Pipeline *p = find(input.value(QStringLiteral("PipelineName")).toString());
        if (!p)
            return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFound"), QStringLiteral("Pipeline not found"));
        QJsonArray all;
        for (const QJsonObject &e : p->executions)
            all.append(e);
        return page(all, QStringLiteral("PipelineExecutionSummaries"), input);
    }
    if (operation == QLatin1String("DescribePipelineExecution")) {
        const QJsonObject d = describeExecution(input.value(QStringLiteral("PipelineExecutionArn")).toString());
        if (d.isEmpty())
            return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFound"),
                                         QStringLiteral("Execution not found"));
        return FakeAnswer::json(200, d);
    }
    if (operation == QLatin1String("ListPipelineExecutionSteps")) {
        return FakeAnswer::json(
            200,
            QJsonObject{
                {QStringLiteral("PipelineExecutionSteps"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("StepName"), QStringLiteral("Preprocess")},
                     {QStringLiteral("StartTime"), baseTime},
                     {QStringLiteral("EndTime"), baseTime + 30},
                     {QStringLiteral("StepStatus"), QStringLiteral("Succeeded")},
                     {QStringLiteral("AttemptCount"), 1},
                     {QStringLiteral("Metadata"),
                      QJsonObject{
                          {QStringLiteral("ProcessingJob"),
                           QJsonObject{
                               {QStringLiteral("Arn"),
                                QStringLiteral("arn:aws:sagemaker:us-east-1:444444444444:processing-job/p1")}}}}}}}}});
    }
    if (operation == QLatin1String("ListPipelineParametersForExecution"))
        return FakeAnswer::json(
            200, QJsonObject{{QStringLiteral("PipelineParameters"),
                              QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("InstanceType")},
                                                     {QStringLiteral("Value"), QStringLiteral("ml.m5.xlarge")}}}}});
    if (operation == QLatin1String("StartPipelineExecution")) {
        started.append(input);
        const Pipeline *found = find(input.value(QStringLiteral("PipelineName")).toString());
        if (!found)
            return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFound"), QStringLiteral("Pipeline not found"));
        Pipeline &p = pipelines[int(found - pipelines.constData())];
        const QString arn = executionArn(p.name, 0x1000 + int(started.size()));
        p.executions.prepend(QJsonObject{
            {QStringLiteral("PipelineExecutionArn"), arn},
            {QStringLiteral("StartTime"), baseTime + 60.0 * double(started.size())},
            {QStringLiteral("PipelineExecutionStatus"), QStringLiteral("Executing")},
            {QStringLiteral("PipelineExecutionDisplayName"),
             input.value(QStringLiteral("PipelineExecutionDisplayName")).toString(QStringLiteral("execution"))}});
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("PipelineExecutionArn"), arn}});
    }
    if (operation == QLatin1String("StopPipelineExecution") || operation == QLatin1String("RetryPipelineExecution")) {
        const QString arn = input.value(QStringLiteral("PipelineExecutionArn")).toString();
        for (Pipeline &p : pipelines) {
            for (QJsonObject &e : p.executions) {
                if (e.value(QStringLiteral("PipelineExecutionArn")).toString() == arn)
                    e.insert(QStringLiteral("PipelineExecutionStatus"), operation.startsWith(QLatin1String("Stop"))
                                                                            ? QStringLiteral("Stopping")
                                                                            : QStringLiteral("Executing"));
            }
        }
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("PipelineExecutionArn"), arn}});
    }
    if (operation == QLatin1String("ListEventBuses"))
        return FakeAnswer::json(
            200,
            QJsonObject{{QStringLiteral("EventBuses"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("Name"), QStringLiteral("default")},
                             {QStringLiteral("Arn"),
                              QStringLiteral("arn:aws:events:%1:%2:event-bus/default").arg(region, accountId)}}}}});
    if (operation == QLatin1String("ListRules"))
        return page(rules, QStringLiteral("Rules"), input);
    if (operation == QLatin1String("PutEvents")) {
        putEvents.append(input);
        // As EventBridge: an entry whose Detail is not a JSON object fails alone, the others go.
        QJsonArray entries;
        int failed = 0;
        for (const QJsonValue &entry : input.value(QStringLiteral("Entries")).toArray()) {
            if (!QJsonDocument::fromJson(entry[QStringLiteral("Detail")].toString().toUtf8()).isObject()) {
                ++failed;
                entries.append(QJsonObject{{QStringLiteral("ErrorCode"), QStringLiteral("MalformedDetail")},
                                           {QStringLiteral("ErrorMessage"), QStringLiteral("Detail is malformed.")}});
            } else {
                entries.append(QJsonObject{{QStringLiteral("EventId"),
                                            QStringLiteral("event-%1-%2").arg(putEvents.size()).arg(entries.size())}});
            }
        }
        return FakeAnswer::json(
            200, QJsonObject{{QStringLiteral("FailedEntryCount"), failed}, {QStringLiteral("Entries"), entries}});
    }
    const bool byRule = operation == QLatin1String("ListTargetsByRule") ||
                        operation == QLatin1String("RemoveTargets") || operation == QLatin1String("PutTargets");
    const QString ruleName = input.value(byRule ? QStringLiteral("Rule") : QStringLiteral("Name")).toString();
    qsizetype ruleIndex = -1;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i)[QStringLiteral("Name")].toString() == ruleName)
            ruleIndex = i;
    }
    const auto noRule = [&ruleName] {
        return FakeAnswer::jsonError(400, QStringLiteral("ResourceNotFoundException"),
                                     QStringLiteral("Rule %1 does not exist on EventBus default.").arg(ruleName));
    };
    if (operation == QLatin1String("ListTargetsByRule"))
        return ruleIndex < 0 ? noRule() : page(ruleTargets.value(ruleName, targets), QStringLiteral("Targets"), input);
    if (operation == QLatin1String("DescribeRule")) {
        if (ruleIndex < 0)
            return noRule();
        QJsonObject rule = rules.at(ruleIndex).toObject();
        rule.insert(QStringLiteral("CreatedBy"), accountId);
        return FakeAnswer::json(200, rule);
    }
    if (operation == QLatin1String("PutRule")) {
        putRules.append(input);
        // Created, or replaced whole as EventBridge replaces a rule's settings (its targets stay).
        QJsonObject rule{
            {QStringLiteral("Name"), ruleName},
            {QStringLiteral("Arn"), QStringLiteral("arn:aws:events:%1:%2:rule/%3").arg(region, accountId, ruleName)},
            {QStringLiteral("EventBusName"), QStringLiteral("default")},
            {QStringLiteral("State"), input.value(QStringLiteral("State")).toString(QStringLiteral("ENABLED"))}};
        for (const char *member : {"EventPattern", "ScheduleExpression", "Description", "RoleArn"}) {
            if (input.contains(QLatin1String(member)))
                rule.insert(QLatin1String(member), input.value(QLatin1String(member)));
        }
        if (ruleIndex < 0) {
            rules.append(rule);
            ruleTargets.insert(ruleName, QJsonArray());
        } else {
            rules.replace(ruleIndex, rule);
        }
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("RuleArn"), rule.value(QStringLiteral("Arn"))}});
    }
    if (operation == QLatin1String("PutTargets")) {
        putTargets.append(input);
        if (ruleIndex < 0)
            return noRule();
        QJsonArray list = ruleTargets.value(ruleName, targets);
        QJsonArray failed;
        for (const QJsonValue &target : input.value(QStringLiteral("Targets")).toArray()) {
            const QString id = target[QStringLiteral("Id")].toString();
            if (refusedTargets.contains(id)) {
                failed.append(QJsonObject{{QStringLiteral("TargetId"), id},
                                          {QStringLiteral("ErrorCode"), QStringLiteral("ValidationException")},
                                          {QStringLiteral("ErrorMessage"), refusedTargets.value(id)}});
                continue;
            }
            qsizetype at = 0;
            while (at < list.size() && list.at(at)[QStringLiteral("Id")].toString() != id)
                ++at;
            if (at < list.size())
                list.replace(at, target);
            else
                list.append(target);
        }
        ruleTargets.insert(ruleName, list);
        return FakeAnswer::json(200, QJsonObject{{QStringLiteral("FailedEntryCount"), int(failed.size())},
                                                 {QStringLiteral("FailedEntries"), failed}});
    }
    if (operation == QLatin1String("EnableRule") || operation == QLatin1String("DisableRule")) {
        if (ruleIndex < 0)
            return noRule();
        QJsonObject rule = rules.at(ruleIndex).toObject();
        rule.insert(QStringLiteral("State"), operation.startsWith(QLatin1String("Enable"))
                                                 ? QStringLiteral("ENABLED")
                                                 : QStringLiteral("DISABLED"));
        rules.replace(ruleIndex, rule);
        return FakeAnswer::json(200, QJsonObject{});
    }
    if (operation == QLatin1String("RemoveTargets")) {
        if (ruleIndex < 0)
            return noRule();
        const QJsonArray ids = input.value(QStringLiteral("Ids")).toArray();
        QJsonArray kept;
        for (const QJsonValue &target : ruleTargets.value(ruleName, targets)) {
            if (!ids.contains(target[QStringLiteral("Id")]))
                kept.append(target);
        }
        ruleTargets.insert(ruleName, kept);
        return FakeAnswer::json(
            200, QJsonObject{{QStringLiteral("FailedEntryCount"), 0}, {QStringLiteral("FailedEntries"), QJsonArray()}});
    }
    if (operation == QLatin1String("DeleteRule")) {
        if (ruleIndex < 0)
            return FakeAnswer::json(200, QJsonObject{}); // as EventBridge: deleting what is gone is fine
        if (!ruleTargets.value(ruleName, targets).isEmpty())
            return FakeAnswer::jsonError(400, QStringLiteral("ValidationException"),
                                         QStringLiteral("Rule can't be deleted since it has targets."));
        rules.removeAt(ruleIndex);
        return FakeAnswer::json(200, QJsonObject{});
    }
    if (operation == QLatin1String("ListSchedules"))
        return page(schedules, QStringLiteral("Schedules"), input);
    if (operation.endsWith(QLatin1String("Schedule"))) {
        // REST: the name is the path's last segment, the group a query parameter or a body member.
        const QString name = QUrl::fromPercentEncoding(request.path.mid(request.path.lastIndexOf('/') + 1));
        const QUrlQuery query(QString::fromLatin1(request.query));
        QString group = query.queryItemValue(QStringLiteral("groupName"));
        if (group.isEmpty())
            group = input.value(QStringLiteral("GroupName")).toString(QStringLiteral("default"));
        const QString key = group + QLatin1Char('/') + name;
        if (operation == QLatin1String("POSTSchedule")) {
            // CreateSchedule: what GetSchedule will answer is the input with what the service adds.
            scheduleCreates.append(input);
            if (scheduleDetails.contains(key))
                return FakeAnswer::restJsonError(409, QStringLiteral("ConflictException"),
                                                 QStringLiteral("Schedule %1 already exists.").arg(name));
            const QString arn =
                QStringLiteral("arn:aws:scheduler:%1:%2:schedule/%3/%4").arg(region, accountId, group, name);
            const double at = baseTime + 120 + ++scheduleChanges;
            QJsonObject detail = input;
            detail.remove(QStringLiteral("ClientToken"));
            detail.insert(QStringLiteral("Name"), name);
            detail.insert(QStringLiteral("GroupName"), group);
            detail.insert(QStringLiteral("Arn"), arn);
            detail.insert(QStringLiteral("CreationDate"), at);
            detail.insert(QStringLiteral("LastModificationDate"), at);
            if (!detail.contains(QStringLiteral("State")))
                detail.insert(QStringLiteral("State"), QStringLiteral("ENABLED"));
            scheduleDetails.insert(key, detail);
            schedules.append(QJsonObject{
                {QStringLiteral("Name"), name},
                {QStringLiteral("GroupName"), group},
                {QStringLiteral("Arn"), arn},
                {QStringLiteral("State"), detail.value(QStringLiteral("State"))},
                {QStringLiteral("CreationDate"), at},
                {QStringLiteral("LastModificationDate"), at},
                {QStringLiteral("Target"),
                 QJsonObject{{QStringLiteral("Arn"), detail[QStringLiteral("Target")][QStringLiteral("Arn")]}}}});
            return FakeAnswer::json(200, QJsonObject{{QStringLiteral("ScheduleArn"), arn}});
        }
        if (!scheduleDetails.contains(key))
            return FakeAnswer::jsonError(404, QStringLiteral("ResourceNotFoundException"),
                                         QStringLiteral("Schedule %1 does not exist.").arg(name));
        if (operation == QLatin1String("GetSchedule"))
            return FakeAnswer::json(200, scheduleDetails.value(key));
        qsizetype listed = -1;
        for (qsizetype i = 0; i < schedules.size(); ++i) {
            if (schedules.at(i)[QStringLiteral("Name")].toString() == name &&
                schedules.at(i)[QStringLiteral("GroupName")].toString() == group)
                listed = i;
        }
        if (operation == QLatin1String("DELETESchedule")) {
            scheduleDetails.remove(key);
            if (listed >= 0)
                schedules.removeAt(listed);
            return FakeAnswer::json(200, QJsonObject{});
        }
        if (operation == QLatin1String("PUTSchedule")) {
            scheduleUpdates.append(input);
            QJsonObject detail = input;
            detail.remove(QStringLiteral("ClientToken"));
            detail.insert(QStringLiteral("Name"), name);
            const QJsonObject before = scheduleDetails.value(key);
            for (const char *kept : {"Arn", "CreationDate"})
                detail.insert(QLatin1String(kept), before.value(QLatin1String(kept)));
            const double at = baseTime + 120 + ++scheduleChanges;
            detail.insert(QStringLiteral("LastModificationDate"), at);
            scheduleDetails.insert(key, detail);
            if (listed >= 0) {
                QJsonObject entry = schedules.at(listed).toObject();
                entry.insert(QStringLiteral("State"), detail.value(QStringLiteral("State")));
                entry.insert(QStringLiteral("LastModificationDate"), at);
                entry.insert(
                    QStringLiteral("Target"),
                    QJsonObject{{QStringLiteral("Arn"), detail[QStringLiteral("Target")][QStringLiteral("Arn")]}});
                schedules.replace(listed, entry);
            }
            return FakeAnswer::json(200,
                                    QJsonObject{{QStringLiteral("ScheduleArn"), before.value(QStringLiteral("Arn"))}});
        }
    }
    if (operation.endsWith(QLatin1String("ResourceShare")) ||
        operation == QLatin1String("EnableSharingWithAwsOrganization")) {
        if (request.method == "DELETE") {
            const QUrlQuery query(QString::fromLatin1(request.query));
            for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
                input.insert(key, value);
        }
        return answerShareWrite(operation, input);
    }
    if (operation == QLatin1String("GetResourceShares"))
        return page(shares, QStringLiteral("resourceShares"), input, QStringLiteral("nextToken"));
    const QString oneShare = input.value(QStringLiteral("resourceShareArns")).toArray().at(0).toString();
    if (operation == QLatin1String("ListPrincipals"))
        return page(sharePrincipals.value(oneShare), QStringLiteral("principals"), input, QStringLiteral("nextToken"));
    if (operation == QLatin1String("ListResourceSharePermissions"))
        return page(sharePermissions.value(input.value(QStringLiteral("resourceShareArn")).toString()),
                    QStringLiteral("permissions"), input, QStringLiteral("nextToken"));
    if (operation == QLatin1String("GetResourceShareInvitations"))
        return page(invitations, QStringLiteral("resourceShareInvitations"), input, QStringLiteral("nextToken"));
    if (operation == QLatin1String("AcceptResourceShareInvitation") ||
        operation == QLatin1String("RejectResourceShareInvitation")) {
        const QString arn = input.value(QStringLiteral("resourceShareInvitationArn")).toString();
        for (qsizetype i = 0; i < invitations.size(); ++i) {
            QJsonObject invitation = invitations.at(i).toObject();
            if (invitation.value(QStringLiteral("resourceShareInvitationArn")).toString() != arn)
                continue;
            if (invitation.value(QStringLiteral("status")).toString() != QLatin1String("PENDING"))
                return FakeAnswer::jsonError(400, QStringLiteral("ResourceShareInvitationAlreadyAcceptedException"),
                                             QStringLiteral("The invitation %1 was already answered.").arg(arn));
            invitation.insert(QStringLiteral("status"), operation.startsWith(QLatin1String("Accept"))
                                                            ? QStringLiteral("ACCEPTED")
                                                            : QStringLiteral("REJECTED"));
            invitations.replace(i, invitation);
            return FakeAnswer::json(200, QJsonObject{{QStringLiteral("resourceShareInvitation"), invitation}});
        }
        return FakeAnswer::jsonError(400, QStringLiteral("UnknownResourceException"),
                                     QStringLiteral("No invitation %1.").arg(arn));
    }
    if (operation == QLatin1String("ListResources"))
        return page(shareResources.value(oneShare), QStringLiteral("resources"), input, QStringLiteral("nextToken"));
    return FakeAnswer::jsonError(400, QStringLiteral("UnknownOperationException"), operation);
}

} // namespace PdTest

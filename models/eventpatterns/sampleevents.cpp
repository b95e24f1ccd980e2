#include "eventpatterns/sampleevents.h"

#include "core/tr.h"

#include <QJsonArray>

namespace Pd::Events {

namespace {

const QString account = QStringLiteral("222222222222");
const QString region = QStringLiteral("us-east-1");

QJsonObject envelope(const QString &id, const QString &detailType, const QString &source, const QString &time,
                     const QJsonArray &resources, const QJsonObject &detail)
{
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("detail-type"), detailType},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("detail"), detail}};
}

QJsonObject s3ObjectCreated()
{
    const QString bucket = QStringLiteral("sagemaker-us-east-1-222222222222");
    return envelope(
        QStringLiteral("17793124-05d4-b198-2fde-7ededc63b103"), QStringLiteral("Object Created"),
        QStringLiteral("aws.s3"), QStringLiteral("2026-11-23T11:58:00Z"),
        QJsonArray{QStringLiteral("arn:aws:s3:::") + bucket},
        QJsonObject{{QStringLiteral("version"), QStringLiteral("0")},
                    {QStringLiteral("bucket"), QJsonObject{{QStringLiteral("name"), bucket}}},
                    {QStringLiteral("object"),
                     QJsonObject{{QStringLiteral("key"), QStringLiteral("abalone/abalone-dataset.csv")},
                                 {QStringLiteral("size"), 191873},
                                 {QStringLiteral("etag"), QStringLiteral("b1946ac92492d2347c6235b4d2611184")},
                                 {QStringLiteral("sequencer"), QStringLiteral("00617F08299329D189")}}},
                    {QStringLiteral("request-id"), QStringLiteral("N4N7GDK58NMKJ12R")},
                    {QStringLiteral("requester"), account},
                    {QStringLiteral("source-ip-address"), QStringLiteral("203.0.113.15")},
                    {QStringLiteral("reason"), QStringLiteral("PutObject")}});
}

QJsonObject sageMakerEndpointStateChange()
{
    const QString endpointArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:endpoint/abalone-endpoint");
    return envelope(
        QStringLiteral("d2921b5a-b0ad-cace-a5e1-7a0f8e3c1b42"), QStringLiteral("SageMaker Endpoint State Change"),
        QStringLiteral("aws.sagemaker"), QStringLiteral("2026-11-23T11:40:12Z"), QJsonArray{endpointArn},
        QJsonObject{
            {QStringLiteral("EndpointName"), QStringLiteral("abalone-endpoint")},
            {QStringLiteral("EndpointArn"), endpointArn},
            {QStringLiteral("EndpointConfigName"), QStringLiteral("abalone-endpoint-config")},
            {QStringLiteral("ProductionVariants"),
             QJsonArray{QJsonObject{{QStringLiteral("VariantName"), QStringLiteral("AllTraffic")},
                                    {QStringLiteral("CurrentWeight"), 1},
                                    {QStringLiteral("DesiredWeight"), 1},
                                    {QStringLiteral("CurrentInstanceCount"), 0},
                                    {QStringLiteral("DesiredInstanceCount"), 1}}}},
            {QStringLiteral("EndpointStatus"), QStringLiteral("FAILED")},
            {QStringLiteral("FailureReason"),
             QStringLiteral("The primary container for production variant AllTraffic did not pass the ping health "
                            "check.")},
            {QStringLiteral("CreationTime"), 1795433400000.0},
            {QStringLiteral("LastModifiedTime"), 1795434012000.0},
            {QStringLiteral("Tags"), QJsonObject{}}});
}

QJsonObject sageMakerTrainingJobStateChange()
{
    const QString jobArn =
        QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:training-job/abalone-xgboost-2026-11-23");
    return envelope(
        QStringLiteral("844e2571-85d4-695f-b930-0153b71dcb42"), QStringLiteral("SageMaker Training Job State Change"),
        QStringLiteral("aws.sagemaker"), QStringLiteral("2026-11-23T11:26:13Z"), QJsonArray{jobArn},
        QJsonObject{
            {QStringLiteral("TrainingJobName"), QStringLiteral("abalone-xgboost-2026-11-23")},
            {QStringLiteral("TrainingJobArn"), jobArn},
            {QStringLiteral("TrainingJobStatus"), QStringLiteral("Completed")},
            {QStringLiteral("SecondaryStatus"), QStringLiteral("Completed")},
            {QStringLiteral("HyperParameters"), QJsonObject{{QStringLiteral("max_depth"), QStringLiteral("5")},
                                                            {QStringLiteral("num_round"), QStringLiteral("100")}}},
            {QStringLiteral("AlgorithmSpecification"),
             QJsonObject{{QStringLiteral("TrainingImage"),
                          QStringLiteral("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")},
                         {QStringLiteral("TrainingInputMode"), QStringLiteral("File")}}},
            {QStringLiteral("RoleArn"),
             QStringLiteral("arn:aws:iam::222222222222:role/service-role/AmazonSageMaker-ExecutionRole")},
            {QStringLiteral("OutputDataConfig"),
             QJsonObject{{QStringLiteral("S3OutputPath"),
                          QStringLiteral("s3://sagemaker-us-east-1-222222222222/abalone/output")}}},
            {QStringLiteral("ResourceConfig"),
             QJsonObject{{QStringLiteral("InstanceType"), QStringLiteral("ml.m5.xlarge")},
                         {QStringLiteral("InstanceCount"), 1},
                         {QStringLiteral("VolumeSizeInGB"), 30}}},
            {QStringLiteral("ModelArtifacts"),
             QJsonObject{{QStringLiteral("S3ModelArtifacts"),
                          QStringLiteral("s3://sagemaker-us-east-1-222222222222/abalone/output/"
                                         "abalone-xgboost-2026-11-23/output/model.tar.gz")}}},
            {QStringLiteral("CreationTime"), 1795431600000.0},
            {QStringLiteral("TrainingStartTime"), 1795431720000.0},
            {QStringLiteral("TrainingEndTime"), 1795433173000.0},
            {QStringLiteral("Tags"), QJsonObject{}}});
}

QJsonObject snsPublishViaCloudTrail()
{
    const QString topicArn = QStringLiteral("arn:aws:sns:us-east-1:222222222222:model-retrain-requests");
    return envelope(
        QStringLiteral("5b4a7c1e-3f0d-4c2a-9e8b-6d1f2a3b4c5d"), QStringLiteral("AWS API Call via CloudTrail"),
        QStringLiteral("aws.sns"), QStringLiteral("2026-11-23T11:50:00Z"), QJsonArray{},
        QJsonObject{
            {QStringLiteral("eventVersion"), QStringLiteral("1.08")},
            {QStringLiteral("userIdentity"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("AssumedRole")},
                 {QStringLiteral("accountId"), account},
                 {QStringLiteral("arn"), QStringLiteral("arn:aws:sts::222222222222:assumed-role/ml-operator/admin")}}},
            {QStringLiteral("eventTime"), QStringLiteral("2026-11-23T11:50:00Z")},
            {QStringLiteral("eventSource"), QStringLiteral("sns.amazonaws.com")},
            {QStringLiteral("eventName"), QStringLiteral("Publish")},
            {QStringLiteral("awsRegion"), region},
            {QStringLiteral("sourceIPAddress"), QStringLiteral("203.0.113.15")},
            {QStringLiteral("requestParameters"),
             QJsonObject{
                 {QStringLiteral("topicArn"), topicArn},
                 {QStringLiteral("subject"), QStringLiteral("retrain")},
                 {QStringLiteral("message"),
                  QStringLiteral("{\"InputData\":\"s3://sagemaker-us-east-1-222222222222/abalone/new.csv\"}")}}},
            {QStringLiteral("responseElements"),
             QJsonObject{{QStringLiteral("messageId"), QStringLiteral("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")}}},
            {QStringLiteral("eventType"), QStringLiteral("AwsApiCall")},
            {QStringLiteral("managementEvent"), false},
            {QStringLiteral("recipientAccountId"), account}});
}

QJsonObject pattern(const QString &source, const QString &detailType, const QJsonObject &detail = {})
{
    QJsonObject p{{QStringLiteral("source"), QJsonArray{source}}};
    if (!detailType.isEmpty())
        p.insert(QStringLiteral("detail-type"), QJsonArray{detailType});
    if (!detail.isEmpty())
        p.insert(QStringLiteral("detail"), detail);
    return p;
}

} // namespace

QList<SampleEvent> sampleEvents()
{
    return {
        {QStringLiteral("s3-object-created"), Tr::tr("S3 Object Created"), QStringLiteral("aws.s3"), s3ObjectCreated()},
        {QStringLiteral("sagemaker-endpoint-state-change"), Tr::tr("SageMaker Endpoint State Change"),
         QStringLiteral("aws.sagemaker"), sageMakerEndpointStateChange()},
        {QStringLiteral("sagemaker-training-job-state-change"), Tr::tr("SageMaker Training Job State Change"),
         QStringLiteral("aws.sagemaker"), sageMakerTrainingJobStateChange()},
        {QStringLiteral("sns-publish"), Tr::tr("SNS Publish (AWS API Call via CloudTrail)"), QStringLiteral("aws.sns"),
         snsPublishViaCloudTrail()},
    };
}

std::optional<SampleEvent> sampleEvent(const QString &id)
{
    for (const SampleEvent &sample : sampleEvents()) {
        if (sample.id == id)
            return sample;
    }
    return std::nullopt;
}

QList<PredefinedPattern> predefinedPatterns()
{
    const QString s3 = QStringLiteral("Amazon S3");
    const QString sageMaker = QStringLiteral("Amazon SageMaker");
    const QString sns = QStringLiteral("Amazon SNS");
    const QString aws3 = QStringLiteral("aws.s3");
    const QString awsSageMaker = QStringLiteral("aws.sagemaker");
    const QString objectCreated = QStringLiteral("Object Created");
    const QString endpointChange = QStringLiteral("SageMaker Endpoint State Change");
    const QString trainingChange = QStringLiteral("SageMaker Training Job State Change");
    const auto status = [](const char *member, std::initializer_list<const char *> values) {
        QJsonArray list;
        for (const char *v : values)
            list.append(QLatin1String(v));
        return QJsonObject{{QLatin1String(member), list}};
    };
    return {
        {QStringLiteral("s3-object-created"), aws3, s3, Tr::tr("Object Created"),
         Tr::tr("Any object created in any bucket of the account (buckets need EventBridge notifications on)."),
         pattern(aws3, objectCreated), QStringLiteral("s3-object-created")},
        {QStringLiteral("s3-object-created-bucket"), aws3, s3, Tr::tr("Object Created in a specific bucket"),
         Tr::tr("Objects created in the named bucket; edit the bucket name."),
         pattern(
             aws3, objectCreated,
             {{QStringLiteral("bucket"),
               QJsonObject{{QStringLiteral("name"), QJsonArray{QStringLiteral("sagemaker-us-east-1-222222222222")}}}}}),
         QStringLiteral("s3-object-created")},
        {QStringLiteral("s3-object-created-prefix"), aws3, s3, Tr::tr("Object Created under a key prefix"),
         Tr::tr("Objects created whose key starts with a prefix, such as a data set's folder."),
         pattern(aws3, objectCreated,
                 {{QStringLiteral("object"),
                   QJsonObject{{QStringLiteral("key"),
                                QJsonArray{QJsonObject{{QStringLiteral("prefix"), QStringLiteral("abalone/")}}}}}}}),
         QStringLiteral("s3-object-created")},
        {QStringLiteral("sagemaker-any"), awsSageMaker, sageMaker, Tr::tr("All SageMaker events"),
         Tr::tr("Every event SageMaker sends."), pattern(awsSageMaker, QString()),
         QStringLiteral("sagemaker-training-job-state-change")},
        {QStringLiteral("sagemaker-endpoint-state-change"), awsSageMaker, sageMaker,
         Tr::tr("Endpoint state change (any status)"), Tr::tr("An endpoint changed its status."),
         pattern(awsSageMaker, endpointChange), QStringLiteral("sagemaker-endpoint-state-change")},
        {QStringLiteral("sagemaker-endpoint-failed"), awsSageMaker, sageMaker, Tr::tr("Endpoint state change: FAILED"),
         Tr::tr("An endpoint failed to be created or updated."),
         pattern(awsSageMaker, endpointChange, status("EndpointStatus", {"FAILED"})),
         QStringLiteral("sagemaker-endpoint-state-change")},
        {QStringLiteral("sagemaker-training-job-completed"), awsSageMaker, sageMaker,
         Tr::tr("Training job state change: Completed"), Tr::tr("A training job completed."),
         pattern(awsSageMaker, trainingChange, status("TrainingJobStatus", {"Completed"})),
         QStringLiteral("sagemaker-training-job-state-change")},
        {QStringLiteral("sagemaker-training-job-failed"), awsSageMaker, sageMaker,
         Tr::tr("Training job state change: Failed"), Tr::tr("A training job failed."),
         pattern(awsSageMaker, trainingChange, status("TrainingJobStatus", {"Failed"})),
         QStringLiteral("sagemaker-training-job-state-change")},
        {QStringLiteral("sns-publish"), QStringLiteral("aws.sns"), sns, Tr::tr("Publish (AWS API Call via CloudTrail)"),
         Tr::tr("A message published to a topic, as CloudTrail records it."),
         pattern(QStringLiteral("aws.sns"), QStringLiteral("AWS API Call via CloudTrail"),
                 {{QStringLiteral("eventSource"), QJsonArray{QStringLiteral("sns.amazonaws.com")}},
                  {QStringLiteral("eventName"), QJsonArray{QStringLiteral("Publish")}}}),
         QStringLiteral("sns-publish")},
    };
}

std::optional<PredefinedPattern> predefinedPattern(const QString &id)
{
    for (const PredefinedPattern &p : predefinedPatterns()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QStringList predefinedPatternServices()
{
    QStringList services;
    for (const PredefinedPattern &p : predefinedPatterns()) {
        if (!services.contains(p.service))
            services.append(p.service);
    }
    return services;
}

QJsonObject allEventsPattern()
{
    // What the console writes for "All events": a prefix that every source has.
    return QJsonObject{{QStringLiteral("source"), QJsonArray{QJsonObject{{QStringLiteral("prefix"), QString()}}}}};
}

} // namespace Pd::Events

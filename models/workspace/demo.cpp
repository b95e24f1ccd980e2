// The demo workspace: what an admin sees when demonstrating Pipeline Desk offline.
#include "workspace/workspace.h"

#include "accounts/accountstore.h"
#include "core/ids.h"
#include "pipelines/pipelinestore.h"
#include "rules/ruleservice.h"
#include "sharing/sharingservice.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pd {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

const QString devAccount = QStringLiteral("111111111111");
const QString testAccount = QStringLiteral("222222222222");
const QString sharedAccount = QStringLiteral("333333333333");

QJsonObject parameter(const char *name, const char *type, const QJsonValue &defaultValue = QJsonValue())
{
    QJsonObject object{{QStringLiteral("Name"), QLatin1String(name)}, {QStringLiteral("Type"), QLatin1String(type)}};
    if (!defaultValue.isNull())
        object.insert(QStringLiteral("DefaultValue"), defaultValue);
    return object;
}

QJsonObject step(const char *name, const char *type, const QStringList &dependsOn, const QJsonObject &arguments = {})
{
    QJsonObject object{{QStringLiteral("Name"), QLatin1String(name)},
                       {QStringLiteral("Type"), QLatin1String(type)},
                       {QStringLiteral("Arguments"), arguments}};
    if (!dependsOn.isEmpty())
        object.insert(QStringLiteral("DependsOn"), QJsonArray::fromStringList(dependsOn));
    return object;
}

QJsonObject get(const char *parameterName)
{
    return QJsonObject{{QStringLiteral("Get"), QStringLiteral("Parameters.") + QLatin1String(parameterName)}};
}

// What the SageMaker Python SDK writes when a pipeline sets no PipelineExperimentConfig: the
// experiment is named after the pipeline, the trial after the execution.
QJsonObject defaultExperimentConfig()
{
    return QJsonObject{
        {QStringLiteral("ExperimentName"),
         QJsonObject{{QStringLiteral("Get"), QStringLiteral("Execution.PipelineName")}}},
        {QStringLiteral("TrialName"),
         QJsonObject{{QStringLiteral("Get"), QStringLiteral("Execution.PipelineExecutionId")}}}};
}

QByteArray serialInferenceDefinition()
{
    const QJsonObject definition{
        {QStringLiteral("Version"), QStringLiteral("2020-12-01")},
        {QStringLiteral("Metadata"), QJsonObject{}},
        {QStringLiteral("PipelineExperimentConfig"), defaultExperimentConfig()},
        {QStringLiteral("Parameters"),
         QJsonArray{parameter("TrainingInstanceType", "String", QStringLiteral("ml.m5.xlarge")),
                    parameter("ProcessingInstanceType", "String", QStringLiteral("ml.m5.xlarge")),
                    parameter("ProcessingInstanceCount", "Integer", 1),
                    parameter("InputData", "String",
                              QStringLiteral("s3://sagemaker-us-east-1-222222222222/abalone/abalone-dataset.csv"))}},
        {QStringLiteral("Steps"),
         QJsonArray{
             step("Preprocess", "Processing", {},
                  {{QStringLiteral("ProcessingResources"),
                    QJsonObject{{QStringLiteral("ClusterConfig"),
                                 QJsonObject{{QStringLiteral("InstanceType"), get("ProcessingInstanceType")},
                                             {QStringLiteral("InstanceCount"), get("ProcessingInstanceCount")},
                                             {QStringLiteral("VolumeSizeInGB"), 30}}}}}}),
             step("Train", "Training", {QStringLiteral("Preprocess")},
                  {{QStringLiteral("ResourceConfig"),
                    QJsonObject{{QStringLiteral("InstanceType"), get("TrainingInstanceType")},
                                {QStringLiteral("InstanceCount"), 1}}}}),
             step("Evaluate", "Processing", {QStringLiteral("Train")}),
             step("CheckAccuracy", "Condition", {QStringLiteral("Evaluate")}),
             step("CreateModel", "Model", {QStringLiteral("CheckAccuracy")}),
             step("RegisterModel", "RegisterModel", {QStringLiteral("CheckAccuracy")}),
             step("BatchTransform", "Transform", {QStringLiteral("CreateModel")}),
         }},
    };
    return QJsonDocument(definition).toJson(QJsonDocument::Compact);
}

QByteArray smallDefinition(const char *firstStep, const char *secondStep)
{
    const QJsonObject definition{
        {QStringLiteral("Version"), QStringLiteral("2020-12-01")},
        {QStringLiteral("PipelineExperimentConfig"), defaultExperimentConfig()},
        {QStringLiteral("Parameters"),
         QJsonArray{parameter("InputData", "String", QStringLiteral("s3://demo-bucket/input/")),
                    parameter("EpochCount", "Integer", 10), parameter("LearningRate", "Float", 0.05),
                    parameter("UseSpotInstances", "Boolean", true)}},
        {QStringLiteral("Steps"),
         QJsonArray{step(firstStep, "Processing", {}), step(secondStep, "Training", {QLatin1String(firstStep)})}},
    };
    return QJsonDocument(definition).toJson(QJsonDocument::Compact);
}

struct StepPlan
{
    const char *name;
    StepStatus status;
    qint64 startOffset; // from the execution's start
    qint64 duration;    // 0: still running or never ended
    const char *failure = nullptr;
};

// A display name that embeds the day (yyyyMMdd) or month (yyyy-MM) the execution started, in UTC as
// the nightly rule's cron() is: computed from the start, so the names agree with the dates
// whatever day the demo is seeded on.
QString dated(const char *prefix, qint64 start, const char *format)
{
    return QLatin1String(prefix)
           + QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).toString(QLatin1String(format));
}

Execution makeExecution(const Pipeline &pipeline, const char *id, const QString &displayName, ExecutionStatus status,
                        qint64 start, qint64 duration, const QList<StepPlan> &steps, const QString &actingAccount,
                        const char *failure = nullptr, const QList<ExecutionParameter> &given = {})
{
    const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline.definition);
    Execution e;
    e.arn = executionArn(pipeline.arn, QLatin1String(id));
    e.pipelineArn = pipeline.arn;
    e.displayName = displayName;
    e.status = status;
    e.failureReason = failure ? QLatin1String(failure) : QString();
    for (const PipelineParameter &p : definition.parameters) {
        QString value = p.defaultValue;
        for (const ExecutionParameter &g : given) {
            if (g.name == p.name)
                value = g.value;
        }
        e.parameters.append({p.name, value});
    }
    e.startedBy = QStringLiteral("admin");
    e.actingAccountId = actingAccount;
    e.startTime = start;
    e.endTime = duration > 0 ? start + duration : 0;
    e.lastModifiedTime = duration > 0 ? start + duration : start + 5 * minute;
    for (const StepPlan &plan : steps) {
        StepExecution s;
        s.name = QLatin1String(plan.name);
        for (const PipelineStep &d : definition.steps) {
            if (d.name == s.name)
                s.type = d.type;
        }
        s.status = plan.status;
        s.startTime = start + plan.startOffset;
        s.endTime = plan.duration > 0 ? s.startTime + plan.duration : 0;
        s.failureReason = plan.failure ? QLatin1String(plan.failure) : QString();
        e.steps.append(s);
    }
    return e;
}

// The multi-account walkthrough: the organization shares with AWS Organizations, so dev and
// shared-services get access without invitations. Through the service, like any user would.
Status seedDemoShares(Workspace &workspace, const QString &pipelineArn)
{
    SharingService &sharing = workspace.sharing();
    if (Status s = sharing.setOrganizationSharing(sharedAccount, true); !s)
        return s;
    SharingService::CreateRequest readOnly;
    readOnly.name = QStringLiteral("serial-inference-read-only");
    readOnly.resourceArns = {pipelineArn};
    readOnly.principals = {devAccount};
    readOnly.permission = permissionName(SharePermission::ReadOnly);
    readOnly.allowExternalPrincipals = false;
    readOnly.tags = {{QStringLiteral("team"), QStringLiteral("ml-platform")}};
    if (auto created = sharing.create(testAccount, readOnly); !created)
        return created.error();
    SharingService::CreateRequest execution = readOnly;
    execution.name = QStringLiteral("serial-inference-operations");
    execution.principals = {sharedAccount};
    execution.permission = permissionName(SharePermission::AllowExecution);
    if (auto created = sharing.create(testAccount, execution); !created)
        return created.error();
    return {};
}

// Two rules of the test account, through the service: retraining when the serving endpoint fails
// (its instance count taken from the event), and a nightly retraining kept DISABLED so the demo
// does not start executions on its own.
Status seedDemoRules(Workspace &workspace, const QString &serialArn, const QString &abaloneArn)
{
    RuleService &rules = workspace.rules();
    Rule onFailure;
    onFailure.name = QStringLiteral("retrain-on-endpoint-failure");
    onFailure.description = QStringLiteral("Retrain and redeploy when the abalone endpoint fails.");
    onFailure.eventPattern = QStringLiteral(R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Endpoint State )"
                                            R"(Change"],"detail":{"EndpointStatus":["FAILED"]}})");
    onFailure.tags = {{QStringLiteral("team"), QStringLiteral("ml-platform")}};
    RuleTarget retrain;
    retrain.id = QStringLiteral("serial-inference-pipeline");
    retrain.pipelineArn = serialArn;
    retrain.roleArn = rules.newRoleArn(testAccount, onFailure.name);
    retrain.parameters = {{QStringLiteral("TrainingInstanceType"), QStringLiteral("ml.m5.2xlarge"), false},
                          {QStringLiteral("ProcessingInstanceCount"),
                           QStringLiteral("$.detail.ProductionVariants[0].DesiredInstanceCount"), true}};
    onFailure.targets = {retrain};
    onFailure.roleArn = retrain.roleArn;
    if (auto created = rules.createRule(testAccount, onFailure); !created)
        return created.error();

    Rule nightly;
    nightly.name = QStringLiteral("nightly-retrain");
    nightly.description = QStringLiteral("Retrain the abalone model every night at 18:00 UTC.");
    nightly.scheduleExpression = QStringLiteral("cron(0 18 * * ? *)");
    nightly.enabled = false;
    RuleTarget abalone;
    abalone.id = QStringLiteral("abalone-training-pipeline");
    abalone.pipelineArn = abaloneArn;
    abalone.roleArn = rules.newRoleArn(testAccount, nightly.name);
    abalone.parameters = {{QStringLiteral("EpochCount"), QStringLiteral("20"), false}};
    nightly.targets = {abalone};
    nightly.roleArn = abalone.roleArn;
    if (auto created = rules.createRule(testAccount, nightly); !created)
        return created.error();
    return {};
}

} // namespace

Status seedDemo(Workspace &workspace)
{
    Database &db = workspace.database();
    const qint64 now = workspace.clock().nowMs();
    const QString region = QStringLiteral("us-east-1");
    return db.transaction([&]() -> Status {
        AccountStore accounts(db);
        SettingsStore settings(db);
        for (const auto &[key, value] : {std::pair{"region", region}, std::pair{"default_identity", testAccount},
                                         std::pair{"demo", QStringLiteral("1")}}) {
            if (Status s = settings.setValue(QLatin1String(key), value); !s)
                return s;
        }
        const QString orgId = QStringLiteral("o-pd7demo0001");
        const QString orgArn = QStringLiteral("arn:aws:organizations::%1:organization/%2").arg(sharedAccount, orgId);
        auto ouArn = [&](const char *id) {
            return QStringLiteral("arn:aws:organizations::%1:ou/%2/%3").arg(sharedAccount, orgId, QLatin1String(id));
        };
        Status s = accounts.insert(Organization{orgId, orgArn, sharedAccount, QStringLiteral("Pipeline Desk demo")});
        if (s)
            s = accounts.insert(OrganizationalUnit{QStringLiteral("ou-pd7d-workloads"), ouArn("ou-pd7d-workloads"),
                                                   orgId, QString(), QStringLiteral("Workloads")});
        if (s)
            s = accounts.insert(OrganizationalUnit{QStringLiteral("ou-pd7d-sdlc0001"), ouArn("ou-pd7d-sdlc0001"), orgId,
                                                   QStringLiteral("ou-pd7d-workloads"), QStringLiteral("SDLC")});
        if (s)
            s = accounts.insert(OrganizationalUnit{QStringLiteral("ou-pd7d-infra001"), ouArn("ou-pd7d-infra001"), orgId,
                                                   QString(), QStringLiteral("Infrastructure")});
        const qint64 created = now - 90 * day;
        if (s)
            s = accounts.insert(Account{devAccount, QStringLiteral("dev"), QStringLiteral("ml-dev@example.com"), orgId,
                                        QStringLiteral("ou-pd7d-sdlc0001"), created});
        if (s)
            s = accounts.insert(Account{testAccount, QStringLiteral("test"), QStringLiteral("ml-test@example.com"),
                                        orgId, QStringLiteral("ou-pd7d-sdlc0001"), created});
        if (s)
            s = accounts.insert(Account{sharedAccount, QStringLiteral("shared-services"),
                                        QStringLiteral("ml-shared@example.com"), orgId,
                                        QStringLiteral("ou-pd7d-infra001"), created});
        if (!s)
            return s;

        PipelineStore pipelines(db);
        auto makePipeline = [&](const QString &account, const char *name, const char *description,
                                QByteArray definition, qint64 createdAt) {
            Pipeline p;
            p.accountId = account;
            p.region = region;
            p.name = QLatin1String(name);
            p.arn = pipelineArn(region, account, p.name);
            p.displayName = p.name;
            p.description = QLatin1String(description);
            p.definition = std::move(definition);
            p.roleArn = QStringLiteral("arn:aws:iam::%1:role/service-role/AmazonSageMaker-ExecutionRole").arg(account);
            p.createdAt = createdAt;
            p.modifiedAt = createdAt + 3 * day;
            p.createdBy = p.modifiedBy = QStringLiteral("admin");
            return p;
        };
        const Pipeline serial = makePipeline(testAccount, "serial-inference-pipeline",
                                             "Preprocess, train and evaluate the abalone model, then register it and "
                                             "run a serial-inference batch transform.",
                                             serialInferenceDefinition(), now - 60 * day);
        const Pipeline abalone = makePipeline(testAccount, "abalone-training-pipeline",
                                              "Nightly retraining of the abalone regression model.",
                                              smallDefinition("PrepareData", "TrainModel"), now - 45 * day);
        const Pipeline churn =
            makePipeline(devAccount, "churn-prediction-pipeline", "Experimental customer-churn model (XGBoost).",
                         smallDefinition("FeatureEngineering", "TrainXGBoost"), now - 20 * day);
        for (const Pipeline &p : {serial, abalone, churn}) {
            if (Status inserted = pipelines.insert(p); !inserted)
                return inserted;
        }

        using S = StepStatus;
        const QList<Execution> executions = {
            makeExecution(serial, "k2w9d4x1p7qa", dated("release-candidate-", now - 5 * day, "yyyy-MM"),
                          ExecutionStatus::Succeeded, now - 5 * day, 74 * minute,
                          {{"Preprocess", S::Succeeded, 0, 12 * minute},
                           {"Train", S::Succeeded, 12 * minute, 41 * minute},
                           {"Evaluate", S::Succeeded, 53 * minute, 8 * minute},
                           {"CheckAccuracy", S::Succeeded, 61 * minute, minute / 2},
                           {"CreateModel", S::Succeeded, 62 * minute, minute},
                           {"RegisterModel", S::Succeeded, 62 * minute, 2 * minute},
                           {"BatchTransform", S::Succeeded, 63 * minute, 11 * minute}},
                          testAccount),
            makeExecution(serial, "f8h3n6c2m5zt", dated("nightly-retrain-", now - 3 * day, "yyyyMMdd"),
                          ExecutionStatus::Failed, now - 3 * day, 19 * minute,
                          {{"Preprocess", S::Succeeded, 0, 11 * minute},
                           {"Train", S::Failed, 11 * minute, 8 * minute,
                            "ClientError: ResourceLimitExceeded: The account-level service limit "
                            "'ml.p3.2xlarge for training job usage' is 0 Instances."}},
                          testAccount, "Step failure: One or multiple steps failed."),
            makeExecution(
                serial, "b1q7v3r9y2ke", QStringLiteral("shared-services-batch-scoring"), ExecutionStatus::Stopped,
                now - 2 * day, 27 * minute,
                {{"Preprocess", S::Succeeded, 0, 12 * minute}, {"Train", S::Stopped, 12 * minute, 15 * minute}},
                sharedAccount),
            makeExecution(serial, "t5u8w1a4s6dn", QStringLiteral("hotfix-feature-drift"), ExecutionStatus::Stopping,
                          now - 40 * minute, 0,
                          {{"Preprocess", S::Succeeded, 0, 13 * minute}, {"Train", S::Stopping, 13 * minute, 0}},
                          testAccount),
            makeExecution(
                serial, "p4j6e8g2c9lx", dated("nightly-retrain-", now - 18 * minute, "yyyyMMdd"),
                ExecutionStatus::Executing, now - 18 * minute, 0,
                {{"Preprocess", S::Succeeded, 0, 12 * minute}, {"Train", S::Executing, 12 * minute, 0}}, testAccount),
            makeExecution(
                abalone, "a7c3e5g9i1k2", dated("nightly-", now - day, "yyyyMMdd"), ExecutionStatus::Succeeded,
                now - day, 33 * minute,
                {{"PrepareData", S::Succeeded, 0, 9 * minute}, {"TrainModel", S::Succeeded, 9 * minute, 24 * minute}},
                testAccount),
            // The learning rate each experiment tried is the one its name says.
            makeExecution(churn, "m3n5p7r9t1v4", QStringLiteral("experiment-lr-0.05"), ExecutionStatus::Succeeded,
                          now - 4 * day, 21 * minute,
                          {{"FeatureEngineering", S::Succeeded, 0, 6 * minute},
                           {"TrainXGBoost", S::Succeeded, 6 * minute, 15 * minute}},
                          devAccount, nullptr, {{QStringLiteral("LearningRate"), QStringLiteral("0.05")}}),
            makeExecution(churn, "x2z4b6d8f0h1", QStringLiteral("experiment-lr-0.2"), ExecutionStatus::Failed,
                          now - 4 * day + hour, 7 * minute,
                          {{"FeatureEngineering", S::Failed, 0, 7 * minute,
                            "AlgorithmError: column 'tenure_months' not found in s3://demo-bucket/input/"}},
                          devAccount, "Step failure: One or multiple steps failed.",
                          {{QStringLiteral("LearningRate"), QStringLiteral("0.2")}}),
        };
        for (const Execution &e : executions) {
            if (Status inserted = pipelines.insert(e); !inserted)
                return inserted;
        }
        if (Status shared = seedDemoShares(workspace, serial.arn); !shared)
            return shared;
        return seedDemoRules(workspace, serial.arn, abalone.arn);
    });
}

} // namespace Pd

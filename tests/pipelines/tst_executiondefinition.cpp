// The definition an execution ran with (DescribePipelineDefinitionForExecution) and its
// PipelineExperimentConfig (DescribePipelineExecution): kept at start, unchanged by later updates
// of the pipeline, used by the runner and by retry (issue 12).
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/executionjson.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Pd;
using PdTest::runCli;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

const QByteArray twoSteps = R"({"Version":"2020-12-01",
    "Parameters":[{"Name":"Run","Type":"String","DefaultValue":"r1"}],
    "PipelineExperimentConfig":{"ExperimentName":{"Get":"Execution.PipelineName"},
                                "TrialName":{"Get":"Execution.PipelineExecutionId"}},
    "Steps":[{"Name":"Prepare","Type":"Processing"},{"Name":"Train","Type":"Training","DependsOn":["Prepare"]}]})";
const QByteArray threeSteps = R"({"Version":"2020-12-01",
    "Parameters":[{"Name":"Run","Type":"String","DefaultValue":"r1"}],
    "PipelineExperimentConfig":{"ExperimentName":"churn-experiments",
                                "TrialName":{"Std:Join":{"On":"-","Values":[{"Get":"Parameters.Run"},
                                                                          {"Get":"Execution.PipelineExecutionId"}]}}},
    "Steps":[{"Name":"Prepare","Type":"Processing"},{"Name":"Train","Type":"Training","DependsOn":["Prepare"]},
             {"Name":"Register","Type":"RegisterModel","DependsOn":["Train"]}]})";
const QByteArray noConfig = R"({"Version":"2020-12-01","Steps":[{"Name":"Only","Type":"Processing"}]})";

QString executionId(const QString &arn)
{
    return arn.section("/execution/", 1);
}
} // namespace

class TestExecutionDefinition : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_ws.reset(); }

    void keepsTheDefinitionItStartedWith();
    void sameDefinitionIsStoredOnce();
    void runnerAndRetryUseTheExecutionsDefinition();
    void olderExecutionsFallBackToTheCurrentDefinition();
    void experimentConfig();
    void demoShowsTheExperimentConfig();
    void cliDescribeDefinition();

private:
    QString start(const QString &pipeline = "defined-pipeline")
    {
        StartRequest request;
        request.pipeline = pipeline;
        auto arn = (*m_ws)->pipelines().start(test, request);
        if (!arn)
            qFatal("start: %s", qPrintable(arn.error().message));
        return arn.value();
    }
    void update(const QByteArray &definition)
    {
        PipelineInput input;
        input.name = "defined-pipeline";
        input.definition = definition;
        QVERIFY((*m_ws)->pipelines().updatePipeline(test, input).ok());
    }
    std::unique_ptr<PdTest::TestWorkspace> m_ws;
};

void TestExecutionDefinition::init()
{
    m_ws = std::make_unique<PdTest::TestWorkspace>();
    PipelineInput input;
    input.name = "defined-pipeline";
    input.definition = twoSteps;
    QVERIFY((*m_ws)->pipelines().createPipeline(test, input).ok());
}

void TestExecutionDefinition::keepsTheDefinitionItStartedWith()
{
    const QString before = start();
    m_ws->clock.advance(60 * 1000);
    update(threeSteps);
    const QString after = start();

    auto first = (*m_ws)->pipelines().executionDefinition(test, before);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->definition, twoSteps);
    auto second = (*m_ws)->pipelines().executionDefinition(test, after);
    QVERIFY(second.ok());
    QCOMPARE(second->definition, threeSteps);
    // CreationTime as SageMaker gives it: when the pipeline was created.
    QCOMPARE(first->creationTime, (*m_ws)->pipelines().resolve(test, "defined-pipeline")->createdAt);
}

void TestExecutionDefinition::sameDefinitionIsStoredOnce()
{
    start();
    start();
    update(threeSteps);
    start();
    update(twoSteps);
    start();
    QSqlQuery q((*m_ws)->database().db());
    QVERIFY(q.exec("SELECT count(*) FROM pipeline_definition_versions"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestExecutionDefinition::runnerAndRetryUseTheExecutionsDefinition()
{
    StepSimulation failing;
    failing.failAttempts = 1;
    QVERIFY((*m_ws)->pipelines().setStepSimulation(test, "defined-pipeline", "Train", failing).ok());
    const QString arn = start();
    // The pipeline gains a step while the execution runs: the execution does not.
    update(threeSteps);
    LocalRunner runner((*m_ws)->context(), (*m_ws)->pipelines());
    for (int i = 0; i < 10; ++i) {
        m_ws->clock.advance(5000);
        QVERIFY(runner.tick().ok());
    }
    auto failed = (*m_ws)->pipelines().describeExecution(test, arn);
    QCOMPARE(failed->status, ExecutionStatus::Failed);
    QVERIFY((*m_ws)->pipelines().retry(test, arn).ok());
    for (int i = 0; i < 10; ++i) {
        m_ws->clock.advance(5000);
        QVERIFY(runner.tick().ok());
    }
    auto done = (*m_ws)->pipelines().describeExecution(test, arn);
    QCOMPARE(done->status, ExecutionStatus::Succeeded);
    QStringList steps;
    for (const StepExecution &s : done->steps)
        steps.append(s.name);
    QCOMPARE(steps, (QStringList{"Prepare", "Train"}));
    // A new execution runs the new definition.
    QVERIFY((*m_ws)->pipelines().setStepSimulation(test, "defined-pipeline", "Train", StepSimulation()).ok());
    const QString fresh = start();
    for (int i = 0; i < 10; ++i) {
        m_ws->clock.advance(5000);
        QVERIFY(runner.tick().ok());
    }
    QCOMPARE((*m_ws)->pipelines().describeExecution(test, fresh)->steps.size(), 3);
}

void TestExecutionDefinition::olderExecutionsFallBackToTheCurrentDefinition()
{
    // The demo's executions were stored without a definition, as executions from before the
    // definition was kept: they read the pipeline's current one.
    const QString demo = serialArn + "/execution/k2w9d4x1p7qa";
    auto definition = (*m_ws)->pipelines().executionDefinition(test, demo);
    QVERIFY2(definition.ok(), qPrintable(definition.error().message));
    QCOMPARE(definition->definition, (*m_ws)->pipelines().resolve(test, serialArn)->definition);
    // Read-only sharing grants DescribePipelineDefinitionForExecution.
    QVERIFY((*m_ws)->pipelines().executionDefinition(dev, demo).ok());
}

void TestExecutionDefinition::experimentConfig()
{
    const QString defaults = start();
    auto e = (*m_ws)->pipelines().describeExecution(test, defaults);
    QCOMPARE(e->experimentName, QStringLiteral("defined-pipeline"));
    QCOMPARE(e->trialName, executionId(defaults));
    const QJsonObject json = executionJson(e.value());
    QCOMPARE(json.value("PipelineExperimentConfig").toObject(),
             (QJsonObject{{"ExperimentName", "defined-pipeline"}, {"TrialName", executionId(defaults)}}));

    update(threeSteps);
    StartRequest request;
    request.pipeline = "defined-pipeline";
    request.parameters = {{"Run", "lr02"}};
    const QString joined = (*m_ws)->pipelines().start(test, request).value();
    e = (*m_ws)->pipelines().describeExecution(test, joined);
    QCOMPARE(e->experimentName, QStringLiteral("churn-experiments"));
    QCOMPARE(e->trialName, "lr02-" + executionId(joined));
    // The earlier execution keeps the config of its own definition.
    QCOMPARE((*m_ws)->pipelines().describeExecution(test, defaults)->experimentName,
             QStringLiteral("defined-pipeline"));

    update(noConfig);
    const QString none = start();
    e = (*m_ws)->pipelines().describeExecution(test, none);
    QVERIFY(e->experimentName.isEmpty() && e->trialName.isEmpty());
    QVERIFY(!executionJson(e.value()).contains("PipelineExperimentConfig"));
}

void TestExecutionDefinition::demoShowsTheExperimentConfig()
{
    auto described = runCli({"--workspace", m_ws->path(), "--identity", test, "executions", "describe",
                             "--pipeline-execution-arn", serialArn + "/execution/k2w9d4x1p7qa", "--json"});
    QCOMPARE(described.exitCode, 0);
    const QJsonObject config =
        QJsonDocument::fromJson(described.out.toUtf8()).object().value("PipelineExperimentConfig").toObject();
    QCOMPARE(config, (QJsonObject{{"ExperimentName", "serial-inference-pipeline"}, {"TrialName", "k2w9d4x1p7qa"}}));
}

void TestExecutionDefinition::cliDescribeDefinition()
{
    const QString arn = start();
    update(threeSteps);
    const QStringList base{"--workspace", m_ws->path(), "--identity", test};
    auto json = runCli(QStringList(base) << "executions"
                                         << "describe-definition"
                                         << "--pipeline-execution-arn" << arn << "--json");
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"CreationTime", "PipelineDefinition"}));
    QCOMPARE(object.value("PipelineDefinition").toString().toUtf8(), twoSteps);
    QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                .match(object.value("CreationTime").toString())
                .hasMatch());

    auto text = runCli(QStringList(base) << "executions"
                                         << "describe-definition"
                                         << "--pipeline-execution-arn" << arn);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("\"Prepare\""));
    QVERIFY(!text.out.contains("\"Register\""));

    // An account the pipeline is not shared with is refused, naming the action.
    auto refused = runCli({"--workspace", m_ws->path(), "--identity", dev, "executions", "describe-definition",
                           "--pipeline-execution-arn", arn});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("DescribePipelineDefinitionForExecution"), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestExecutionDefinition)
#include "tst_executiondefinition.moc"

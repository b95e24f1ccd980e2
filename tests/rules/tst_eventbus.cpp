// The local event bus: put-events fills in the envelope, matches the ENABLED pattern rules of the
// event's bus, and starts each target through the pipelines service with its parameters resolved
// from the event; every invocation (started or failed, and why) is recorded.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "eventpatterns/sampleevents.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "rules/rulestore.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString failurePattern = QStringLiteral(
    R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Endpoint State Change"],"detail":{"EndpointStatus":["FAILED"]}})");

RuleTarget target(const QString &id, const QList<RuleParameter> &parameters)
{
    RuleTarget t;
    t.id = id;
    t.pipelineArn = serialArn;
    t.parameters = parameters;
    return t;
}

Rule failureRule(const QString &name = QStringLiteral("on-endpoint-failure"))
{
    Rule r;
    r.name = name;
    r.eventPattern = failurePattern;
    r.targets = {target("retrain", {{"ProcessingInstanceCount", "2", false},
                                    {"TrainingInstanceType", "$.detail.Tags.instance", true}})};
    return r;
}

PutEventsEntry endpointEvent(const QString &status = QStringLiteral("FAILED"), bool withTags = true)
{
    PutEventsEntry e;
    e.source = "aws.sagemaker";
    e.detailType = "SageMaker Endpoint State Change";
    QJsonObject detail{{"EndpointName", "abalone-endpoint"}, {"EndpointStatus", status}};
    if (withTags)
        detail.insert("Tags", QJsonObject{{"instance", "ml.c5.xlarge"}});
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return e;
}

QString parameter(const QList<ExecutionParameter> &parameters, const QString &name)
{
    for (const ExecutionParameter &p : parameters) {
        if (p.name == name)
            return p.value;
    }
    return "<absent>";
}

// The demo's own rule would match the events of these tests too.
void removeDemoRules(Workspace &ws)
{
    const auto demo = ws.rules().rules(test);
    for (const Rule &r : demo.value())
        QVERIFY(ws.rules().deleteRule(test, r.arn, {}, true));
}

int executionCount(Workspace &ws)
{
    auto list = ws.pipelines().listExecutions(test, serialArn);
    return list ? int(list->size()) : -1;
}
} // namespace

class TestEventBus : public QObject
{
    Q_OBJECT

private slots:
    void staticAndDynamicParameters();
    void envelopeIsFilledIn();
    void onlyEnabledRulesOfTheBus();
    void pathThatFindsNothingFails();
    void permissionRefusalFails();
    void invalidParameterFails();
    void malformedEntriesDoNotStopOthers();
    void putEventKeepsGivenFields();
    void matcherFollowsRuleChanges();
    void matcherFollowsAnotherProgramsEdits();
    void demoRuleRetrainsOnTheSampleEvent();
};

void TestEventBus::staticAndDynamicParameters()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    auto rule = ws->rules().createRule(test, failureRule());
    QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
    QSignalSpy invocationsChanged(&ws->rules(), &RuleService::invocationsChanged);
    QSignalSpy executionsChanged(&ws->pipelines(), &PipelineService::executionsChanged);
    const int before = executionCount(*ws);

    auto results = ws->rules().putEvents(test, {endpointEvent()});
    QVERIFY2(results, qPrintable(results ? QString() : results.error().message));
    QCOMPARE(results->size(), 1);
    const PutEventsResult &result = results->at(0);
    QVERIFY2(result.errorCode.isEmpty(), qPrintable(result.errorMessage));
    QCOMPARE(result.invocations, 1);
    QCOMPARE(executionCount(*ws), before + 1);
    QCOMPARE(invocationsChanged.size(), 1);
    QCOMPARE(invocationsChanged.at(0).at(0).toString(), rule->arn);
    QCOMPARE(executionsChanged.size(), 1);

    auto invocations = ws->rules().invocations(test, rule->arn);
    QVERIFY(invocations);
    QCOMPARE(invocations->size(), 1);
    const RuleInvocation &invocation = invocations->at(0);
    QCOMPARE(invocation.ruleArn, rule->arn);
    QCOMPARE(invocation.eventId, result.eventId);
    QCOMPARE(invocation.targetId, "retrain");
    QCOMPARE(invocation.outcome, InvocationOutcome::Started);
    QCOMPARE(invocation.at, ws.clock.nowMs());
    QVERIFY(!invocation.executionArn.isEmpty());

    auto execution = ws->pipelines().describeExecution(test, invocation.executionArn);
    QVERIFY(execution);
    QCOMPARE(parameter(execution->parameters, "ProcessingInstanceCount"), "2");
    QCOMPARE(parameter(execution->parameters, "TrainingInstanceType"), "ml.c5.xlarge");
    QCOMPARE(parameter(execution->parameters, "ProcessingInstanceType"), "ml.m5.xlarge"); // default
    QCOMPARE(execution->startedByKind, StartedByKind::Rule);
    QCOMPARE(execution->startedBy, rule->arn);
    QCOMPARE(execution->displayName, "on-endpoint-failure-20261123T120000Z");
    QCOMPARE(execution->actingAccountId, test);
}

void TestEventBus::envelopeIsFilledIn()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    Rule r = failureRule("envelope");
    r.targets = {target("ids", {{"InputData", "$.id", true},
                                {"TrainingInstanceType", "$.account", true},
                                {"ProcessingInstanceType", "$.region", true}}),
                 target("time", {{"InputData", "$.time", true},
                                 {"TrainingInstanceType", "$['detail-type']", true},
                                 {"ProcessingInstanceType", "$.resources[1]", true}})};
    auto rule = ws->rules().createRule(test, r);
    QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
    PutEventsEntry entry = endpointEvent();
    entry.resources = {"arn:aws:sagemaker:us-east-1:222222222222:endpoint/a",
                       "arn:aws:sagemaker:us-east-1:222222222222:endpoint/b"};
    ws.clock.advance(1500);
    auto results = ws->rules().putEvents(test, {entry});
    QVERIFY(results);
    const QString eventId = results->at(0).eventId;
    QVERIFY(!QUuid::fromString(eventId).isNull());
    QCOMPARE(results->at(0).invocations, 2);

    auto invocations = ws->rules().invocations(test, rule->arn);
    QCOMPARE(invocations->size(), 2);
    QHash<QString, Execution> byTarget;
    for (const RuleInvocation &i : invocations.value()) {
        QCOMPARE(i.outcome, InvocationOutcome::Started);
        QCOMPARE(i.eventId, eventId);
        byTarget.insert(i.targetId, ws->pipelines().describeExecution(test, i.executionArn).value());
    }
    QCOMPARE(parameter(byTarget["ids"].parameters, "InputData"), eventId);
    QCOMPARE(parameter(byTarget["ids"].parameters, "TrainingInstanceType"), test);
    QCOMPARE(parameter(byTarget["ids"].parameters, "ProcessingInstanceType"), "us-east-1");
    // The time from the clock, in whole seconds, UTC.
    QCOMPARE(parameter(byTarget["time"].parameters, "InputData"), "2026-11-23T12:00:01Z");
    QCOMPARE(parameter(byTarget["time"].parameters, "TrainingInstanceType"), "SageMaker Endpoint State Change");
    QCOMPARE(parameter(byTarget["time"].parameters, "ProcessingInstanceType"),
             "arn:aws:sagemaker:us-east-1:222222222222:endpoint/b");

    // A time given is kept.
    entry.time = "2026-11-20T08:30:00Z";
    QVERIFY(ws->rules().putEvents(test, {entry}));
    auto newest = ws->rules().invocations(test, rule->arn, 2);
    QCOMPARE(newest->size(), 2);
    QStringList times;
    for (const RuleInvocation &i : newest.value())
        times << parameter(ws->pipelines().describeExecution(test, i.executionArn)->parameters, "InputData");
    QVERIFY2(times.contains("2026-11-20T08:30:00Z"), qPrintable(times.join(' ')));
}

void TestEventBus::onlyEnabledRulesOfTheBus()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    RuleService &rules = ws->rules();
    QVERIFY(rules.createEventBus(test, "ops"));
    auto enabled = rules.createRule(test, failureRule("enabled"));
    Rule off = failureRule("disabled");
    off.enabled = false;
    auto disabled = rules.createRule(test, off);
    Rule onOps = failureRule("on-ops");
    onOps.eventBus = "ops";
    auto ops = rules.createRule(test, onOps);
    Rule otherSource = failureRule("other-source");
    otherSource.eventPattern = R"({"source":["aws.s3"]})";
    auto s3 = rules.createRule(test, otherSource);
    QVERIFY(enabled && disabled && ops && s3);

    auto count = [&](const Result<Rule> &rule) {
        return int(rules.invocations(test, rule->arn)->size());
    };
    QCOMPARE(rules.putEvents(test, {endpointEvent()})->at(0).invocations, 1);
    QCOMPARE(count(enabled), 1);
    QCOMPARE(count(disabled), 0);
    QCOMPARE(count(ops), 0);
    QCOMPARE(count(s3), 0);

    // Not FAILED: nothing matches.
    QCOMPARE(rules.putEvents(test, {endpointEvent("IN_SERVICE")})->at(0).invocations, 0);
    QCOMPARE(count(enabled), 1);

    // The ops bus, by name or ARN, reaches only its own rule.
    PutEventsEntry toOps = endpointEvent();
    toOps.eventBusName = "ops";
    QCOMPARE(rules.putEvents(test, {toOps})->at(0).invocations, 1);
    toOps.eventBusName = "arn:aws:events:us-east-1:222222222222:event-bus/ops";
    QCOMPARE(rules.putEvents(test, {toOps})->at(0).invocations, 1);
    QCOMPARE(count(ops), 2);
    QCOMPARE(count(enabled), 1);

    // Another account's event does not reach the test account's rules.
    QCOMPARE(rules.putEvents(dev, {endpointEvent()})->at(0).invocations, 0);
    QCOMPARE(count(enabled), 1);

    // A bus that does not exist is that entry's error.
    toOps.eventBusName = "missing";
    auto missing = rules.putEvents(test, {toOps});
    QCOMPARE(missing->at(0).errorCode, "InvalidArgument");
    QVERIFY(missing->at(0).eventId.isEmpty());
}

void TestEventBus::pathThatFindsNothingFails()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    auto rule = ws->rules().createRule(test, failureRule());
    QVERIFY(rule);
    const int before = executionCount(*ws);
    auto results = ws->rules().putEvents(test, {endpointEvent("FAILED", false)});
    QVERIFY(results);
    QVERIFY(results->at(0).errorCode.isEmpty()); // the event was accepted; its invocation failed
    QCOMPARE(results->at(0).invocations, 1);
    QCOMPARE(executionCount(*ws), before);
    auto invocations = ws->rules().invocations(test, rule->arn);
    QCOMPARE(invocations->size(), 1);
    QCOMPARE(invocations->at(0).outcome, InvocationOutcome::Failed);
    QVERIFY(invocations->at(0).executionArn.isEmpty());
    QVERIFY2(invocations->at(0).message.contains("TrainingInstanceType"), qPrintable(invocations->at(0).message));
    QVERIFY2(invocations->at(0).message.contains("$.detail.Tags.instance"), qPrintable(invocations->at(0).message));
}

void TestEventBus::permissionRefusalFails()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    // shared-services may start serial-inference-pipeline when its rule names it; then the share
    // is cut down to read-only. The rule keeps its target (a write would refuse it now), and
    // starting it is refused at invocation, recorded with the reason.
    Rule r = failureRule("ops-rule");
    r.targets[0].parameters.clear();
    auto rule = ws->rules().createRule(shared, r);
    QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
    const auto shares = ws->sharing().shares(test);
    QVERIFY(shares);
    QString operations;
    for (const ResourceShare &share : shares.value()) {
        if (share.name == "serial-inference-operations")
            operations = share.arn;
    }
    SharingService::Update readOnly;
    readOnly.permission = "AWSRAMDefaultPermissionSageMakerPipeline";
    QVERIFY(ws->sharing().update(test, operations, readOnly));
    const int before = executionCount(*ws);
    auto results = ws->rules().putEvents(shared, {endpointEvent()});
    QVERIFY(results);
    QCOMPARE(results->at(0).invocations, 1);
    QCOMPARE(executionCount(*ws), before);
    auto invocations = ws->rules().invocations(shared, rule->arn);
    QCOMPARE(invocations->at(0).outcome, InvocationOutcome::Failed);
    QVERIFY2(invocations->at(0).message.contains("StartPipelineExecution"), qPrintable(invocations->at(0).message));
}

void TestEventBus::invalidParameterFails()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    Rule r = failureRule("bad-parameter");
    r.targets = {target("fine", {})};
    auto rule = ws->rules().createRule(test, r);
    QVERIFY(rule);
    // Targets a write refuses now (RuleService::checkTarget), stored as a workspace from before
    // that check holds them, or as they read after their pipeline's definition changed: each
    // invocation still fails on its own and says why.
    Rule stored = rule.value();
    stored.targets = {target("typed", {{"ProcessingInstanceCount", "many", false}}),
                      target("unknown", {{"NoSuchParameter", "x", false}}), stored.targets.at(0)};
    QVERIFY(ws->database().transaction([&] { return RuleStore(ws->database()).replace(stored.arn, stored); }));
    const int before = executionCount(*ws);
    const auto put = ws->rules().putEvents(test, {endpointEvent()});
    QCOMPARE(put->at(0).invocations, 3);
    // The sender hears which two of the three failed, and why, not only that three were invoked.
    const QStringList failures = put->at(0).failures;
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures.at(0).startsWith("bad-parameter/typed: ") && failures.at(0).contains("ProcessingInstanceCount"),
             qPrintable(failures.join('|')));
    QVERIFY2(failures.at(1).startsWith("bad-parameter/unknown: "), qPrintable(failures.join('|')));
    QCOMPARE(executionCount(*ws), before + 1);
    QHash<QString, RuleInvocation> byTarget;
    const auto invocations = ws->rules().invocations(test, rule->arn);
    QVERIFY(invocations);
    for (const RuleInvocation &i : invocations.value())
        byTarget.insert(i.targetId, i);
    QCOMPARE(byTarget["typed"].outcome, InvocationOutcome::Failed);
    QVERIFY2(byTarget["typed"].message.contains("ProcessingInstanceCount"), qPrintable(byTarget["typed"].message));
    QCOMPARE(byTarget["unknown"].outcome, InvocationOutcome::Failed);
    QVERIFY2(byTarget["unknown"].message.contains("NoSuchParameter"), qPrintable(byTarget["unknown"].message));
    QCOMPARE(byTarget["fine"].outcome, InvocationOutcome::Started);
}

void TestEventBus::malformedEntriesDoNotStopOthers()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    QVERIFY(ws->rules().createRule(test, failureRule()));
    PutEventsEntry notJson = endpointEvent();
    notJson.detail = "{not json";
    PutEventsEntry array = endpointEvent();
    array.detail = "[1, 2]";
    PutEventsEntry noSource = endpointEvent();
    noSource.source.clear();
    PutEventsEntry badTime = endpointEvent();
    badTime.time = "yesterday";
    auto results = ws->rules().putEvents(test, {notJson, array, endpointEvent(), noSource, badTime});
    QVERIFY(results);
    QCOMPARE(results->size(), 5);
    QCOMPARE(results->at(0).errorCode, "MalformedDetail");
    QVERIFY(!results->at(0).errorMessage.isEmpty());
    QCOMPARE(results->at(1).errorCode, "MalformedDetail");
    QVERIFY(results->at(2).errorCode.isEmpty());
    QCOMPARE(results->at(2).invocations, 1);
    QCOMPARE(results->at(3).errorCode, "InvalidArgument");
    QVERIFY(results->at(3).errorMessage.contains("Source"));
    QCOMPARE(results->at(4).errorCode, "InvalidArgument");
}

void TestEventBus::putEventKeepsGivenFields()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    Rule r = failureRule("envelope");
    r.targets = {target("ids", {{"InputData", "$.id", true}, {"TrainingInstanceType", "$.account", true}})};
    auto rule = ws->rules().createRule(test, r);
    QVERIFY(rule);
    const QJsonObject event{{"id", "7bf73129-1428-4cd3-a780-95db273d1602"},
                            {"source", "aws.sagemaker"},
                            {"detail-type", "SageMaker Endpoint State Change"},
                            {"account", "999999999999"}, // the sender's own account wins
                            {"detail", QJsonObject{{"EndpointStatus", "FAILED"}}}};
    auto result = ws->rules().putEvent(test, event);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->eventId, "7bf73129-1428-4cd3-a780-95db273d1602");
    auto invocations = ws->rules().invocations(test, rule->arn);
    QCOMPARE(invocations->size(), 1);
    auto execution = ws->pipelines().describeExecution(test, invocations->at(0).executionArn);
    QCOMPARE(parameter(execution->parameters, "InputData"), "7bf73129-1428-4cd3-a780-95db273d1602");
    QCOMPARE(parameter(execution->parameters, "TrainingInstanceType"), test);
}

void TestEventBus::matcherFollowsRuleChanges()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    RuleService &rules = ws->rules();
    auto rule = rules.createRule(test, failureRule());
    QVERIFY(rule);
    QCOMPARE(rules.putEvents(test, {endpointEvent()})->at(0).invocations, 1);
    QVERIFY(rules.setEnabled(test, rule->arn, {}, false));
    QCOMPARE(rules.putEvents(test, {endpointEvent()})->at(0).invocations, 0);
    QVERIFY(rules.setEnabled(test, rule->arn, {}, true));
    Rule second = failureRule("second");
    QVERIFY(rules.createRule(test, second));
    QCOMPARE(rules.putEvents(test, {endpointEvent()})->at(0).invocations, 2);
    QVERIFY(rules.deleteRule(test, "second", {}, true));
    QCOMPARE(rules.putEvents(test, {endpointEvent()})->at(0).invocations, 1);
}

// Another program (the CLI beside a running GUI) edits a rule in the same millisecond: same
// count, same ARN, same modified time. The bus must still match with the new pattern.
void TestEventBus::matcherFollowsAnotherProgramsEdits()
{
    PdTest::TestWorkspace ws;
    removeDemoRules(*ws);
    auto rule = ws->rules().createRule(test, failureRule());
    QVERIFY(rule);
    QCOMPARE(ws->rules().putEvents(test, {endpointEvent()})->at(0).invocations, 1);

    Workspace::Options options;
    options.clock = &ws.clock; // the same instant: modified_at does not move
    auto other = Workspace::open(ws.path(), options);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    Rule edited = rule.value();
    edited.eventPattern = failurePattern;
    edited.eventPattern.replace(QStringLiteral("FAILED"), QStringLiteral("UPDATING"));
    QVERIFY(other.value()->rules().updateRule(test, rule->arn, edited));

    QCOMPARE(ws->rules().putEvents(test, {endpointEvent(QStringLiteral("FAILED"))})->at(0).invocations, 0);
    QCOMPARE(ws->rules().putEvents(test, {endpointEvent(QStringLiteral("UPDATING"))})->at(0).invocations, 1);

    // Deleted and replaced by a rule of the same name length and count, still in that instant.
    QVERIFY(other.value()->rules().deleteRule(test, rule->arn, {}, true));
    Rule replacement = failureRule(QStringLiteral("on-endpoint-failurX"));
    replacement.eventPattern = failurePattern;
    replacement.eventPattern.replace(QStringLiteral("FAILED"), QStringLiteral("DELETING"));
    QVERIFY(other.value()->rules().createRule(test, replacement));
    QCOMPARE(ws->rules().putEvents(test, {endpointEvent(QStringLiteral("UPDATING"))})->at(0).invocations, 0);
    QCOMPARE(ws->rules().putEvents(test, {endpointEvent(QStringLiteral("DELETING"))})->at(0).invocations, 1);
}

void TestEventBus::demoRuleRetrainsOnTheSampleEvent()
{
    PdTest::TestWorkspace ws;
    auto rules = ws->rules().rules(test);
    QVERIFY(rules);
    QStringList names;
    for (const Rule &r : rules.value())
        names << r.name + (r.enabled ? "" : " (disabled)");
    QCOMPARE(names, QStringList({"nightly-retrain (disabled)", "retrain-on-endpoint-failure"}));

    auto sample = Events::sampleEvent("sagemaker-endpoint-state-change");
    QVERIFY(sample);
    auto result = ws->rules().putEvent(test, sample->event);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->invocations, 1);
    auto rule = ws->rules().rule(test, "retrain-on-endpoint-failure");
    auto invocations = ws->rules().invocations(test, rule->arn);
    QCOMPARE(invocations->size(), 1);
    QVERIFY2(invocations->at(0).outcome == InvocationOutcome::Started, qPrintable(invocations->at(0).message));
    auto execution = ws->pipelines().describeExecution(test, invocations->at(0).executionArn);
    QCOMPARE(parameter(execution->parameters, "TrainingInstanceType"), "ml.m5.2xlarge");
    QCOMPARE(parameter(execution->parameters, "ProcessingInstanceCount"), "1");
    // The sample's own time names the execution.
    QCOMPARE(execution->displayName, "retrain-on-endpoint-failure-20261123T114012Z");
}

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"

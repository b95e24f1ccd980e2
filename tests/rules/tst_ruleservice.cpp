// RuleService: validation of every field with the field named, uniqueness per bus, custom buses,
// create / update / put-rule / put-targets / remove-targets / enable / disable / delete, and that a
// write with one bad part leaves nothing behind.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "store/auditlog.h"
#include "testworkspace.h"

#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString pattern = QStringLiteral(R"({"source":["aws.sagemaker"]})");
const QString roleArn = QStringLiteral("arn:aws:iam::222222222222:role/service-role/EventBridgeInvoke");

RuleTarget target(const QString &id = QStringLiteral("t1"))
{
    RuleTarget t;
    t.id = id;
    t.pipelineArn = serialArn;
    t.roleArn = roleArn;
    t.parameters = {{QStringLiteral("InputData"), QStringLiteral("s3://bucket/data.csv"), false}};
    return t;
}

Rule basic(const QString &name = QStringLiteral("on-failure"))
{
    Rule r;
    r.name = name;
    r.eventPattern = pattern;
    r.targets = {target()};
    return r;
}

QList<RuleParameter> parameters(int count)
{
    QList<RuleParameter> result;
    for (int i = 0; i < count; ++i)
        result.append({QStringLiteral("P%1").arg(i), QStringLiteral("v"), false});
    return result;
}

// One variant of the basic rule per row of the validation table.
Rule variant(const QString &kind)
{
    Rule r = basic();
    if (kind == "name empty")
        r.name.clear();
    else if (kind == "name 64")
        r.name = QString(64, QLatin1Char('n'));
    else if (kind == "name 65")
        r.name = QString(65, QLatin1Char('n'));
    else if (kind == "name allowed")
        r.name = "a.b-c_D9";
    else if (kind == "name space")
        r.name = "a b";
    else if (kind == "name slash")
        r.name = "a/b";
    else if (kind == "description 512")
        r.description = QString(512, QLatin1Char('d'));
    else if (kind == "description 513")
        r.description = QString(513, QLatin1Char('d'));
    else if (kind == "description NUL")
        r.description = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
    else if (kind == "description not UTF-8")
        r.description = QStringLiteral("caf") + QChar(0xDCE9); // decodeUtf8Escaped's byte 0xE9
    else if (kind == "description lines")
        r.description = QStringLiteral("first line\r\n\tsecond line");
    else if (kind == "pattern NUL")
        r.eventPattern = QStringLiteral(R"({"source":["aws.sagemaker)") + QChar(0) + QStringLiteral(R"("]})");
    else if (kind == "name NUL")
        r.name = QStringLiteral("on") + QChar(0);
    else if (kind == "tag value control")
        r.tags = {{"team", QStringLiteral("ml") + QChar(0x07)}};
    else if (kind == "parameter value not UTF-8")
        r.targets[0].parameters[0].value = QStringLiteral("s3://caf") + QChar(0xDCE9);
    else if (kind == "bus bad")
        r.eventBus = "a b";
    else if (kind == "neither")
        r.eventPattern.clear();
    else if (kind == "both")
        r.scheduleExpression = "rate(1 hour)";
    else if (kind == "pattern not json")
        r.eventPattern = "{source";
    else if (kind == "pattern not an array")
        r.eventPattern = R"({"source":"aws.sagemaker"})";
    else if (kind == "rate") {
        r.eventPattern.clear();
        r.scheduleExpression = "rate(5 minutes)";
    } else if (kind == "cron 6") {
        r.eventPattern.clear();
        r.scheduleExpression = "cron(0 18 * * ? *)";
    } else if (kind == "cron 5") {
        r.eventPattern.clear();
        r.scheduleExpression = "cron(0 18 * * ?)";
    } else if (kind == "crontab") {
        r.eventPattern.clear();
        r.scheduleExpression = "crontab(0 18 * * *)";
    } else if (kind == "at") {
        r.eventPattern.clear();
        r.scheduleExpression = "at(2026-12-01T00:00:00)";
    } else if (kind == "schedule on custom bus") {
        r.eventPattern.clear();
        r.scheduleExpression = "rate(1 hour)";
        r.eventBus = "orders";
    } else if (kind == "role ok")
        r.roleArn = roleArn;
    else if (kind == "role bad")
        r.roleArn = "arn:aws:s3:::bucket";
    else if (kind == "tag key empty")
        r.tags = {{"", "x"}};
    else if (kind == "tag aws")
        r.tags = {{"aws:owner", "x"}};
    else if (kind == "third tag key too long")
        r.tags = {{"a", "1"}, {"b", "2"}, {QString(129, QLatin1Char('z')), "3"}};
    else if (kind == "tag value 257")
        r.tags = {{"team", QString(257, QLatin1Char('v'))}};
    else if (kind == "tags ok")
        r.tags = {{"team", "ml"}, {"env", "test"}};
    else if (kind == "target id empty")
        r.targets[0].id.clear();
    else if (kind == "second target id bad")
        r.targets = {target("t1"), target("t 2")};
    else if (kind == "target ids repeat")
        r.targets = {target("t1"), target("t1")};
    else if (kind == "target arn bad")
        r.targets[0].pipelineArn = "arn:aws:s3:::bucket";
    else if (kind == "target role bad")
        r.targets[0].roleArn = "role";
    else if (kind == "5 targets")
        r.targets = {target("a"), target("b"), target("c"), target("d"), target("e")};
    else if (kind == "6 targets")
        r.targets = {target("a"), target("b"), target("c"), target("d"), target("e"), target("f")};
    else if (kind == "200 parameters")
        r.targets[0].parameters = parameters(200);
    else if (kind == "201 parameters")
        r.targets[0].parameters = parameters(201);
    else if (kind == "parameter 3 name bad") {
        r.targets[0].parameters = parameters(5);
        r.targets[0].parameters[3].name = "bad name";
    } else if (kind == "parameter names repeat") {
        r.targets[0].parameters = parameters(2);
        r.targets[0].parameters[1].name = "P0";
    } else if (kind == "parameter value 1025") {
        r.targets[0].parameters[0].value = QString(1025, QLatin1Char('v'));
    } else if (kind == "dynamic ok") {
        r.targets[0].parameters = parameters(4);
        r.targets[0].parameters[3] = {"P3", "$.detail['my key'].items[0]", true};
    } else if (kind == "dynamic bad path") {
        r.targets[0].parameters = parameters(4);
        r.targets[0].parameters[3] = {"P3", "detail.value", true};
    } else if (kind != "basic")
        qFatal("unknown variant %s", qPrintable(kind));
    return r;
}
} // namespace

class TestRuleService : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void uniquePerBus();
    void customBuses();
    void createDescribeUpdate();
    void putRuleKeepsTargets();
    void putAndRemoveTargets();
    void enableDisable();
    void deleteNeedsForceWithTargets();
    void invalidTargetLeavesNothing();
    void rulesArePrivateToTheirAccount();
    void targetByNameAndDefaultRole();
    void checkTarget();
    void writesCheckTheTargetsTheyAdd();
    void eventBusOfAnotherAccount();
    void roles();
    void auditAndSignals();
};

void TestRuleService::validation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field"); // empty: accepted

    for (const char *ok : {"basic", "name 64", "name allowed", "description 512", "rate", "cron 6", "role ok",
                           "tags ok", "5 targets", "200 parameters", "dynamic ok", "description lines"})
        QTest::newRow(ok) << QString::fromLatin1(ok) << QString();
    const QString p3 = "Targets[0].SageMakerPipelineParameters.PipelineParameterList[3]";
    const QList<std::pair<const char *, QString>> refused = {
        {"name empty", "--name"},
        {"name 65", "--name"},
        {"name space", "--name"},
        {"name slash", "--name"},
        {"description 513", "--description"},
        {"description NUL", "--description"},
        {"description not UTF-8", "--description"},
        {"pattern NUL", "--event-pattern"},
        {"name NUL", "--name"},
        {"tag value control", "Tags[0].Value"},
        {"parameter value not UTF-8", "Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Value"},
        {"bus bad", "--event-bus-name"},
        {"neither", "--event-pattern"},
        {"both", "--schedule-expression"},
        {"pattern not json", "--event-pattern"},
        {"pattern not an array", "--event-pattern"},
        {"cron 5", "--schedule-expression"},
        {"crontab", "--schedule-expression"},
        {"at", "--schedule-expression"},
        {"schedule on custom bus", "--schedule-expression"},
        {"role bad", "--role-arn"},
        {"tag key empty", "Tags[0].Key"},
        {"tag aws", "Tags[0].Key"},
        {"third tag key too long", "Tags[2].Key"},
        {"tag value 257", "Tags[0].Value"},
        {"target id empty", "Targets[0].Id"},
        {"second target id bad", "Targets[1].Id"},
        {"target ids repeat", "Targets[1].Id"},
        {"target arn bad", "Targets[0].Arn"},
        {"target role bad", "Targets[0].RoleArn"},
        {"6 targets", "Targets"},
        {"201 parameters", "Targets[0].SageMakerPipelineParameters.PipelineParameterList"},
        {"parameter 3 name bad", p3 + ".Name"},
        {"parameter names repeat", "Targets[0].SageMakerPipelineParameters.PipelineParameterList[1].Name"},
        {"parameter value 1025", "Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Value"},
        {"dynamic bad path", p3 + ".Value"},
    };
    for (const auto &[kind, field] : refused)
        QTest::newRow(kind) << QString::fromLatin1(kind) << field;
}

void TestRuleService::validation()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    PdTest::TestWorkspace ws;
    QVERIFY(ws->rules().createEventBus(test, "orders"));
    const Rule r = variant(kind);
    const int before = int(ws->rules().rules(test)->size());
    const Status checked = RuleService::validate(r);
    auto created = ws->rules().createRule(test, r);
    if (field.isEmpty() && (kind == "200 parameters" || kind == "dynamic ok")) {
        // The shape is valid, but serial-inference-pipeline has none of P0…: a write refuses a
        // target that could never start (issue 13), naming the parameter.
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::InvalidInput);
        QVERIFY2(created.error().field.startsWith("Targets[0].SageMakerPipelineParameters.PipelineParameterList["),
                 qPrintable(created.error().field));
        return;
    }
    if (field.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().field + ": " + checked.error().message));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto stored = ws->rules().rule(test, r.name, r.eventBus);
        QVERIFY(stored);
        QCOMPARE(stored->targets.size(), r.targets.size());
        QCOMPARE(stored->tags, r.tags);
        QCOMPARE(stored->description, r.description);
        QCOMPARE(stored->isScheduled(), !r.scheduleExpression.isEmpty());
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::InvalidInput);
    QCOMPARE(checked.error().field, field);
    // The message names the field too: the CLI prints only the message.
    QVERIFY2(checked.error().message.contains(field), qPrintable(checked.error().message));
    QVERIFY(!created);
    QCOMPARE(created.error().field, field);
    QCOMPARE(int(ws->rules().rules(test)->size()), before);
}

void TestRuleService::uniquePerBus()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.createRule(test, basic("dup")));
    auto again = rules.createRule(test, basic("dup"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);

    QVERIFY(rules.createEventBus(test, "orders"));
    Rule onOrders = basic("dup");
    onOrders.eventBus = "orders";
    auto created = rules.createRule(test, onOrders);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->arn, "arn:aws:events:us-east-1:222222222222:rule/orders/dup");
    QCOMPARE(rules.rule(test, "dup")->arn, "arn:aws:events:us-east-1:222222222222:rule/dup");
    QCOMPARE(rules.rule(test, "dup", "orders")->eventBus, "orders");
    // The bus may be named by ARN as well.
    QCOMPARE(rules.rule(test, "dup", "arn:aws:events:us-east-1:222222222222:event-bus/orders")->arn, created->arn);
    QCOMPARE(rules.rules(test, "orders")->size(), 1);

    // Another account has its own names.
    Rule other = basic("dup");
    other.targets.clear();
    QVERIFY(rules.createRule(dev, other));
}

void TestRuleService::customBuses()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QSignalSpy changed(&rules, &RuleService::eventBusesChanged);
    QCOMPARE(rules.eventBuses(test).value(), QStringList{"default"});
    QVERIFY(rules.createEventBus(test, "orders"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rules.eventBuses(test).value(), QStringList({"default", "orders"}));
    QCOMPARE(rules.eventBuses(dev).value(), QStringList{"default"});
    QCOMPARE(rules.createEventBus(test, "orders").error().code, Error::Code::Conflict);
    QCOMPARE(rules.createEventBus(test, "default").error().code, Error::Code::Conflict);
    QCOMPARE(rules.createEventBus(test, "bad name").error().field, "--name");

    Rule nowhere = basic("r");
    nowhere.eventBus = "missing";
    auto refused = rules.createRule(test, nowhere);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, "--event-bus-name");

    Rule onOrders = basic("r");
    onOrders.eventBus = "orders";
    QVERIFY(rules.createRule(test, onOrders));
    QCOMPARE(rules.deleteEventBus(test, "orders").error().code, Error::Code::Conflict);
    QCOMPARE(rules.deleteEventBus(test, "default").error().code, Error::Code::Conflict);
    QCOMPARE(rules.deleteEventBus(test, "missing").error().code, Error::Code::NotFound);
    QVERIFY(rules.deleteRule(test, "r", "orders", true));
    QVERIFY(rules.deleteEventBus(test, "orders"));
    QCOMPARE(rules.eventBuses(test).value(), QStringList{"default"});
}

void TestRuleService::createDescribeUpdate()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    Rule r = basic("on-failure");
    r.description = "Retrain when an endpoint fails";
    r.roleArn = roleArn;
    r.tags = {{"team", "ml"}};
    r.enabled = false;
    r.targets[0].parameters.append({"TrainingInstanceType", "$.detail.instance", true});
    auto created = rules.createRule(test, r);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->createdAt, ws.clock.nowMs());

    auto described = rules.rule(test, created->arn);
    QVERIFY(described);
    QCOMPARE(described->name, "on-failure");
    QCOMPARE(described->accountId, test);
    QCOMPARE(described->description, r.description);
    QCOMPARE(described->roleArn, roleArn);
    QCOMPARE(described->tags, r.tags);
    QVERIFY(!described->enabled);
    QCOMPARE(described->targets, r.targets);
    QVERIFY(!described->eventPattern.isEmpty());

    // Rename and change the pattern; the old name is gone.
    ws.clock.advance(1000);
    Rule changed = described.value();
    changed.name = "on-endpoint-failure";
    changed.eventPattern = R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Endpoint State Change"]})";
    auto updated = rules.updateRule(test, described->arn, changed);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(updated->arn, "arn:aws:events:us-east-1:222222222222:rule/on-endpoint-failure");
    QCOMPARE(updated->createdAt, created->createdAt);
    QVERIFY(updated->modifiedAt > created->modifiedAt);
    QCOMPARE(rules.rule(test, "on-failure").error().code, Error::Code::NotFound);
    QCOMPARE(rules.rule(test, "on-endpoint-failure")->targets, r.targets);

    // Renaming onto a taken name is a conflict and changes nothing.
    QVERIFY(rules.createRule(test, basic("taken")));
    changed.name = "taken";
    auto clash = rules.updateRule(test, updated->arn, changed);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY(rules.rule(test, "on-endpoint-failure"));
    QCOMPARE(rules.updateRule(test, "missing", changed).error().code, Error::Code::NotFound);
}

void TestRuleService::putRuleKeepsTargets()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    Rule r = basic("put");
    r.targets = {target("a"), target("b")};
    QVERIFY(rules.createRule(test, r));
    Rule again;
    again.name = "put";
    again.scheduleExpression = "rate(1 day)";
    auto put = rules.putRule(test, again);
    QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
    QCOMPARE(put->targets.size(), 2);
    QCOMPARE(rules.rule(test, "put")->scheduleExpression, "rate(1 day)");
    QVERIFY(rules.rule(test, "put")->eventPattern.isEmpty());
    // put-rule of a new name creates it.
    again.name = "fresh";
    QVERIFY(rules.putRule(test, again));
    QVERIFY(rules.rule(test, "fresh")->targets.isEmpty());
}

void TestRuleService::putAndRemoveTargets()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.createRule(test, basic("r")));
    RuleTarget replaced = target("t1");
    replaced.parameters = {{"InputData", "s3://other/data.csv", false}};
    QVERIFY(rules.putTargets(test, "r", {}, {replaced, target("t2"), target("t3")}));
    auto stored = rules.rule(test, "r");
    QCOMPARE(stored->targets.size(), 3);
    QCOMPARE(stored->targets[0], replaced);

    // Two more make five; a sixth is refused and nothing changes.
    QVERIFY(rules.putTargets(test, "r", {}, {target("t4"), target("t5")}));
    const Status sixth = rules.putTargets(test, "r", {}, {target("t6")});
    QVERIFY(!sixth);
    QCOMPARE(sixth.error().field, "Targets");
    QCOMPARE(rules.rule(test, "r")->targets.size(), 5);

    // A bad target of a request is named by its index in the request, and nothing is stored.
    RuleTarget bad = target("t 9");
    const Status refused = rules.putTargets(test, "r", {}, {target("t1"), bad});
    QCOMPARE(refused.error().field, "Targets[1].Id");

    const Status unknown = rules.removeTargets(test, "r", {}, {"t2", "nope"});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, "Ids[1]");
    QCOMPARE(rules.rule(test, "r")->targets.size(), 5);
    QVERIFY(rules.removeTargets(test, "r", {}, {"t2", "t4"}));
    QStringList ids;
    const auto after = rules.rule(test, "r");
    for (const RuleTarget &t : after->targets)
        ids << t.id;
    QCOMPARE(ids, QStringList({"t1", "t3", "t5"}));
    QCOMPARE(rules.putTargets(test, "missing", {}, {target()}).error().code, Error::Code::NotFound);
}

void TestRuleService::enableDisable()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.createRule(test, basic("r")));
    QVERIFY(rules.rule(test, "r")->enabled);
    QVERIFY(rules.setEnabled(test, "r", {}, false));
    QCOMPARE(rules.rule(test, "r")->stateString(), "DISABLED");
    QVERIFY(rules.setEnabled(test, "r", {}, false)); // already: nothing to do
    QVERIFY(rules.setEnabled(test, "r", {}, true));
    QCOMPARE(rules.rule(test, "r")->stateString(), "ENABLED");
    QCOMPARE(rules.setEnabled(test, "missing", {}, true).error().code, Error::Code::NotFound);
    QCOMPARE(RuleService::parseState("ENABLED").value(), true);
    QCOMPARE(RuleService::parseState("disabled").value(), false);
    QCOMPARE(RuleService::parseState("ON").error().field, "--state");
}

void TestRuleService::deleteNeedsForceWithTargets()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.createRule(test, basic("r")));
    const Status refused = rules.deleteRule(test, "r", {}, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(rules.rule(test, "r"));
    QVERIFY(rules.deleteRule(test, "r", {}, true));
    QCOMPARE(rules.rule(test, "r").error().code, Error::Code::NotFound);
    QSqlQuery q(ws->database().db());
    QVERIFY(q.exec("SELECT count(*) FROM rule_targets WHERE rule_arn LIKE '%:rule/r'") && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    Rule empty = basic("empty");
    empty.targets.clear();
    QVERIFY(rules.createRule(test, empty));
    QVERIFY(rules.deleteRule(test, "empty", {}, false));
    QCOMPARE(rules.deleteRule(test, "empty", {}, true).error().code, Error::Code::NotFound);
}

void TestRuleService::invalidTargetLeavesNothing()
{
    PdTest::TestWorkspace ws;
    auto count = [&](const char *table) {
        QSqlQuery q(ws->database().db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    const int rulesBefore = count("rules");
    const int targetsBefore = count("rule_targets");
    Rule r = basic("half");
    r.targets = {target("good"), target("good"), target("also-good")};
    QVERIFY(!ws->rules().createRule(test, r));
    QCOMPARE(count("rules"), rulesBefore);
    QCOMPARE(count("rule_targets"), targetsBefore);
}

void TestRuleService::rulesArePrivateToTheirAccount()
{
    PdTest::TestWorkspace ws;
    auto created = ws->rules().createRule(test, basic("mine"));
    QVERIFY(created);
    QCOMPARE(ws->rules().rule(dev, created->arn).error().code, Error::Code::NotFound);
    QCOMPARE(ws->rules().rule(dev, "mine").error().code, Error::Code::NotFound);
    QCOMPARE(ws->rules().deleteRule(dev, created->arn, {}, true).error().code, Error::Code::NotFound);
    QCOMPARE(ws->rules().setEnabled(dev, created->arn, {}, false).error().code, Error::Code::NotFound);
    QVERIFY(ws->rules().rules(dev)->isEmpty());
    QVERIFY(ws->rules().rule(test, "mine")->enabled);
}

void TestRuleService::targetByNameAndDefaultRole()
{
    PdTest::TestWorkspace ws;
    Rule r = basic("named");
    r.targets[0].pipelineArn = "serial-inference-pipeline";
    r.targets[0].roleArn.clear();
    auto created = ws->rules().createRule(test, r);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->targets[0].pipelineArn, serialArn);
    QCOMPARE(created->targets[0].roleArn, ws->rules().newRoleArn(test, "named"));
}

void TestRuleService::checkTarget()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.checkTarget(test, target()));
    // dev sees the pipeline through a read-only share: it may not start it.
    const Status readOnly = rules.checkTarget(dev, target(), 2);
    QCOMPARE(readOnly.error().code, Error::Code::PermissionDenied);
    QCOMPARE(readOnly.error().field, "Targets[2].Arn");
    QVERIFY(readOnly.error().message.contains("StartPipelineExecution"));

    RuleTarget wrongType = target();
    wrongType.parameters = {{"ProcessingInstanceCount", "many", false}};
    const Status typed = rules.checkTarget(test, wrongType);
    QCOMPARE(typed.error().code, Error::Code::InvalidInput);
    QVERIFY(typed.error().field.startsWith("Targets[0].SageMakerPipelineParameters"));

    RuleTarget unknownDynamic = target();
    unknownDynamic.parameters = {{"NoSuchParameter", "$.detail.x", true}};
    QCOMPARE(rules.checkTarget(test, unknownDynamic).error().field,
             "Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Name");
    RuleTarget knownDynamic = target();
    knownDynamic.parameters = {{"ProcessingInstanceCount", "$.detail.count", true}};
    QVERIFY(rules.checkTarget(test, knownDynamic));

    RuleTarget missing = target();
    missing.pipelineArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/missing";
    QVERIFY(!rules.checkTarget(test, missing));
}

void TestRuleService::writesCheckTheTargetsTheyAdd()
{
    // Issue 13: create, update, put-rule and put-targets stored targets the rule's account could
    // not start; only the wizard and import asked checkTarget. Now the write itself asks.
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    Rule r = basic("cross-account");
    r.targets[0].roleArn.clear();

    // dev holds serial-inference-pipeline read-only.
    auto byDev = rules.createRule(dev, r);
    QVERIFY(!byDev);
    QCOMPARE(byDev.error().code, Error::Code::PermissionDenied);
    QCOMPARE(byDev.error().exitCode(), 3);
    QCOMPARE(byDev.error().field, "Targets[0].Arn");
    QVERIFY2(byDev.error().message.startsWith("Targets[0].Arn (target “t1”): "), qPrintable(byDev.error().message));
    QVERIFY2(byDev.error().message.contains(serialArn), qPrintable(byDev.error().message));
    QVERIFY(rules.rules(dev)->isEmpty());

    // put-targets onto a rule without targets, and the other writes, refuse it alike.
    Rule bare = basic("bare");
    bare.targets.clear();
    QVERIFY(rules.createRule(dev, bare));
    const Status put = rules.putTargets(dev, "bare", {}, {target()});
    QCOMPARE(put.error().code, Error::Code::PermissionDenied);
    QCOMPARE(put.error().field, "Targets[0].Arn");
    QVERIFY(rules.rule(dev, "bare")->targets.isEmpty());
    QCOMPARE(rules.putRule(dev, r).error().code, Error::Code::PermissionDenied);
    QCOMPARE(rules.updateRule(dev, "bare", r).error().code, Error::Code::PermissionDenied);

    // A pipeline that does not exist: NotFound, said of the target.
    RuleTarget missing = target("gone");
    missing.pipelineArn = "arn:aws:sagemaker:us-east-1:222222222222:pipeline/no-such-pipeline";
    const Status absent = rules.putTargets(test, "retrain-on-endpoint-failure", {}, {missing});
    QCOMPARE(absent.error().exitCode(), 2);
    QVERIFY2(absent.error().message.contains("(target “gone”)"), qPrintable(absent.error().message));

    // Static parameters must fit the definition; a dynamic one counts as given.
    RuleTarget typed = target("typed");
    typed.parameters = {{"ProcessingInstanceCount", "many", false}};
    QCOMPARE(rules.putTargets(test, "retrain-on-endpoint-failure", {}, {typed}).error().field,
             "Targets[0].SageMakerPipelineParameters.PipelineParameterList[0].Value");

    // shared-services holds it with allow-execution: accepted.
    auto byShared = rules.createRule(shared, r);
    QVERIFY2(byShared, qPrintable(byShared ? QString() : byShared.error().message));

    // When the share is withdrawn, the rule keeps its target: enabling, disabling, renaming and
    // removing other targets do not judge it again; changing it does.
    QString operations;
    const auto shares = ws->sharing().shares(test);
    QVERIFY(shares);
    for (const ResourceShare &share : shares.value()) {
        if (share.name == "serial-inference-operations")
            operations = share.arn;
    }
    SharingService::Update readOnly;
    readOnly.permission = "AWSRAMDefaultPermissionSageMakerPipeline";
    QVERIFY(ws->sharing().update(test, operations, readOnly));
    QVERIFY(!ws->pipelines().canStart(shared, serialArn));
    QVERIFY(rules.setEnabled(shared, "cross-account", {}, false));
    Rule renamed = rules.rule(shared, "cross-account").value();
    renamed.description = "kept";
    QVERIFY(rules.updateRule(shared, "cross-account", renamed));
    RuleTarget changed = renamed.targets[0];
    changed.parameters = {{"InputData", "s3://bucket/other.csv", false}};
    QCOMPARE(rules.putTargets(shared, "cross-account", {}, {changed}).error().code, Error::Code::PermissionDenied);
}

void TestRuleService::eventBusOfAnotherAccount()
{
    // Issue 13: an event-bus ARN of another account was mapped to the caller's bus of that name.
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    const QString devBus = "arn:aws:events:us-east-1:111111111111:event-bus/default";
    Rule r = basic("elsewhere");
    r.eventBus = devBus;
    auto created = rules.createRule(test, r);
    QVERIFY(!created);
    QCOMPARE(created.error().code, Error::Code::InvalidInput);
    QCOMPARE(created.error().field, "--event-bus-name");
    QVERIFY2(created.error().message.contains(devBus), qPrintable(created.error().message));
    QVERIFY(!rules.rule(test, "elsewhere"));
    QCOMPARE(rules.rules(test, devBus).error().field, "--event-bus-name");
    QVERIFY(!rules.rule(test, "retrain-on-endpoint-failure", devBus));
    QVERIFY(!rules.deleteEventBus(test, "arn:aws:events:us-east-1:111111111111:event-bus/orders"));
    QVERIFY(rules.createEventBus(test, "orders"));
    QVERIFY(!rules.deleteEventBus(test, "arn:aws:events:us-east-1:111111111111:event-bus/orders"));
    QVERIFY(rules.deleteEventBus(test, "arn:aws:events:us-east-1:222222222222:event-bus/orders"));

    r.eventBus = "arn:aws:events:us-east-1:222222222222:event-bus/default";
    auto own = rules.createRule(test, r);
    QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
    QCOMPARE(own->eventBus, "default");

    // Import: the document's ARN is judged the same way, before anything is written.
    Rule imported = basic("imported");
    imported.eventBus = devBus;
    auto outcome = rules.importRules(test, {imported});
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(devBus), qPrintable(outcome.error().message));
    QVERIFY(!rules.rule(test, "imported"));
    const RuleImportPlan plan = rules.planImport(test, {imported});
    QCOMPARE(plan.refusedRule, 0);
}

void TestRuleService::roles()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QCOMPARE(rules.newRoleArn(test, "nightly"),
             "arn:aws:iam::222222222222:role/service-role/Amazon_EventBridge_Invoke_Sagemaker_Pipeline_nightly");
    QVERIFY(RuleService::validate([&] {
        Rule r = basic();
        r.roleArn = rules.newRoleArn(test, "nightly");
        return r;
    }()));
    auto before = rules.knownRoleArns(test);
    QVERIFY(before);
    QVERIFY(before->contains("arn:aws:iam::222222222222:role/service-role/AmazonSageMaker-ExecutionRole"));
    QVERIFY(rules.createRule(test, basic("r")));
    auto after = rules.knownRoleArns(test);
    QVERIFY(after->contains(roleArn));
    QVERIFY(!rules.knownRoleArns(dev)->contains(roleArn));
}

void TestRuleService::auditAndSignals()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QSignalSpy changed(&rules, &RuleService::rulesChanged);
    QVERIFY(rules.createRule(test, basic("r")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), test);
    QVERIFY(rules.putTargets(test, "r", {}, {target("t2")}));
    QVERIFY(rules.setEnabled(test, "r", {}, false));
    QVERIFY(!rules.createRule(test, basic("r")));
    QCOMPARE(changed.size(), 3); // a refused write signals nothing
    QVERIFY(rules.deleteRule(test, "r", {}, true));
    QCOMPARE(changed.size(), 4);
    auto log = AuditStore(ws->database()).latest(10);
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry &e : log.value())
        actions << e.action + (e.outcome == "ok" ? "" : "!");
    QVERIFY2(actions.join(' ').startsWith("DeleteRule CreateRule! DisableRule PutTargets CreateRule"),
             qPrintable(actions.join(' ')));
}

QTEST_GUILESS_MAIN(TestRuleService)
#include "tst_ruleservice.moc"

// The EventBridge mirror of a connected account: ListEventBuses, ListRules, DescribeRule and
// ListTargetsByRule answers (shapes of the API reference) written into event_buses, rules and
// rule_targets with their origin and read time; finished listings delete what the cloud no longer
// has, never local rows; targets that are not pipelines are skipped and counted; the rules page's
// signal follows, and the local bus still matches none of these rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "rules/rulemirror.h"
#include "rules/ruleservice.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {
const QString prod = QStringLiteral("444444444444");
const QString dev = QStringLiteral("111111111111");
const QString alarmArn = QStringLiteral("arn:aws:events:us-east-1:444444444444:rule/model-alarm");
const QString nightlyArn = QStringLiteral("arn:aws:events:us-east-1:444444444444:rule/nightly-retrain");
const QString ordersRuleArn = QStringLiteral("arn:aws:events:us-east-1:444444444444:rule/orders/new-order");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char listBuses[] = R"({"EventBuses": [
    {"Name": "default", "Arn": "arn:aws:events:us-east-1:444444444444:event-bus/default"},
    {"Name": "orders", "Arn": "arn:aws:events:us-east-1:444444444444:event-bus/orders",
     "Description": "Order events", "CreationTime": 1763000000.5, "LastModifiedTime": 1763000000.5}]})";

const char listRules[] = R"json({"Rules": [
    {"Name": "model-alarm", "Arn": "arn:aws:events:us-east-1:444444444444:rule/model-alarm",
     "State": "ENABLED", "Description": "Retrain when the model drifts", "EventBusName": "default"},
    {"Name": "nightly-retrain", "Arn": "arn:aws:events:us-east-1:444444444444:rule/nightly-retrain",
     "ScheduleExpression": "cron(0 3 * * ? *)", "State": "DISABLED", "EventBusName": "default",
     "RoleArn": "arn:aws:iam::444444444444:role/EventBridgeInvokeSageMaker"}],
  "NextToken": "abc"})json";

// The pattern as EventBridge answers it: JSON text in a string (set by rulesPage()).
const char alarmPattern[] = R"({
  "source": ["custom.monitoring"],
  "detail-type": ["Model Alarm"]
})";

QJsonObject rulesPage(const QByteArray &page)
{
    QJsonObject answer = QJsonDocument::fromJson(page).object();
    QJsonArray rules = answer.value(QStringLiteral("Rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        if (rule.value(QStringLiteral("Name")).toString() == QStringLiteral("model-alarm")) {
            rule.insert(QStringLiteral("EventPattern"), QString::fromUtf8(alarmPattern));
            rules.replace(i, rule);
        }
    }
    answer.insert(QStringLiteral("Rules"), rules);
    return answer;
}

const char listTargets[] = R"({"Targets": [
    {"Id": "retrain", "Arn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
     "RoleArn": "arn:aws:iam::444444444444:role/EventBridgeInvokeSageMaker",
     "SageMakerPipelineParameters": {"PipelineParameterList": [{"Name": "InstanceType", "Value": "ml.m5.xlarge"}]}},
    {"Id": "notify", "Arn": "arn:aws:lambda:us-east-1:444444444444:function:notify-team"}]})";

int count(Database &database, const QString &sql)
{
    QSqlQuery q(database.db());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}
} // namespace

class TestRuleMirror : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdTest::TestWorkspace> ws;
    Database &db() { return ws->workspace->database(); }
    std::unique_ptr<RuleMirror> session()
    {
        auto mirror = RuleMirror::begin(ws->workspace->context(), ws->workspace->rules(), prod);
        if (!mirror)
            qFatal("begin: %s", qPrintable(mirror.error().message));
        return std::move(mirror).value();
    }

private slots:
    void init()
    {
        ws = std::make_unique<PdTest::TestWorkspace>();
        AccountInput input;
        input.id = prod;
        input.name = "prod";
        QVERIFY(ws->workspace->accounts().createAccount(dev, input));
        Account account = ws->workspace->accounts().account(prod).value();
        account.profile = "prod";
        QVERIFY(db().transaction([&] { return AccountStore(db()).update(account); }));
    }
    void cleanup() { ws.reset(); }

    void busesRulesAndTargets()
    {
        auto mirror = session();
        QSignalSpy buses(&ws->workspace->rules(), &RuleService::eventBusesChanged);
        QSignalSpy rules(&ws->workspace->rules(), &RuleService::rulesChanged);
        QVERIFY(mirror->applyEventBuses(json(listBuses)));
        QCOMPARE(buses.count(), 1);
        QCOMPARE(ws->workspace->rules().eventBuses(prod).value(), QStringList({"default", "orders"}));
        QCOMPARE(count(db(), "SELECT count(*) FROM event_buses WHERE account_id = '444444444444' AND origin = 'prod'"), 1);

        QVERIFY(mirror->applyRules("default", rulesPage(listRules)));
        QCOMPARE(rules.count(), 1);
        auto alarm = ws->workspace->rules().rule(prod, "model-alarm", {});
        QVERIFY2(alarm, qPrintable(alarm ? QString() : alarm.error().message));
        QCOMPARE(alarm->eventPattern, R"({"detail-type":["Model Alarm"],"source":["custom.monitoring"]})");
        QVERIFY(alarm->enabled);
        QCOMPARE(alarm->description, "Retrain when the model drifts");
        auto nightly = ws->workspace->rules().rule(prod, "nightly-retrain", {});
        QVERIFY(nightly);
        QVERIFY(!nightly->enabled);
        QCOMPARE(nightly->scheduleExpression, "cron(0 3 * * ? *)");

        QVERIFY(mirror->applyTargets(alarmArn, json(listTargets)));
        QCOMPARE(mirror->skippedTargets(), 1);
        alarm = ws->workspace->rules().rule(prod, "model-alarm", {});
        QCOMPARE(alarm->targets.size(), 1);
        QCOMPARE(alarm->targets.at(0).id, "retrain");
        QCOMPARE(alarm->targets.at(0).pipelineArn, "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model");
        QCOMPARE(alarm->targets.at(0).parameters.size(), 1);
        QCOMPARE(alarm->targets.at(0).parameters.at(0).value, "ml.m5.xlarge");

        // DescribeRule of a rule on a custom bus.
        QVERIFY(mirror->applyRule(QJsonObject{{"Name", "new-order"}, {"Arn", ordersRuleArn},
                                              {"EventPattern", R"({"source": ["shop.orders"]})"},
                                              {"State", "ENABLED"}, {"EventBusName", "orders"},
                                              {"CreatedBy", "444444444444"}}));
        QVERIFY(ws->workspace->rules().rule(prod, "new-order", "orders"));
    }

    void finishedListingsDeleteWhatIsGone()
    {
        {
            auto mirror = session();
            QVERIFY(mirror->applyEventBuses(json(listBuses)));
            QVERIFY(mirror->applyRules("default", rulesPage(listRules)));
            QVERIFY(mirror->applyTargets(alarmArn, json(listTargets)));
        }
        // A local rule of the same account (made before it was connected) stays.
        QSqlQuery local(db().db());
        QVERIFY(local.exec("INSERT INTO rules (arn, account_id, event_bus, name, schedule_expression, state, created_at, "
                           "modified_at) VALUES ('arn:aws:events:us-east-1:444444444444:rule/local-one', '444444444444', "
                           "'default', 'local-one', 'rate(1 hour)', 'ENABLED', 1, 1)"));
        auto mirror = session();
        QVERIFY(mirror->applyEventBuses(json(R"({"EventBuses": [{"Name": "default",
            "Arn": "arn:aws:events:us-east-1:444444444444:event-bus/default"}]})")));
        QCOMPARE(mirror->finishEventBuses().value(), 1);
        QCOMPARE(ws->workspace->rules().eventBuses(prod).value(), QStringList({"default"}));
        QString onlyAlarm = QString::fromUtf8(listRules);
        onlyAlarm = onlyAlarm.left(onlyAlarm.indexOf(",\n    {\"Name\": \"nightly-retrain\"")) + "]}";
        QVERIFY(mirror->applyRules("default", rulesPage(onlyAlarm.toUtf8())));
        QCOMPARE(mirror->finishRules("default").value(), 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM rules WHERE account_id = '444444444444'"), 2);
        QVERIFY(mirror->applyTargets(alarmArn, json(R"({"Targets": []})")));
        QCOMPARE(mirror->finishTargets(alarmArn).value(), 1);
        QCOMPARE(ws->workspace->rules().rule(prod, "model-alarm", {})->targets.size(), 0);
    }

    void answersThatDoNotFitAreRefusedWhole()
    {
        auto mirror = session();
        QString other = QString::fromUtf8(listRules);
        other.replace("444444444444:rule/nightly-retrain", "111111111111:rule/nightly-retrain");
        Status applied = mirror->applyRules("default", rulesPage(other.toUtf8()));
        QCOMPARE(applied.error().field, "Rules[1].Arn");
        QString state = QString::fromUtf8(listRules);
        state.replace("\"DISABLED\"", "\"PAUSED\"");
        applied = mirror->applyRules("default", rulesPage(state.toUtf8()));
        QCOMPARE(applied.error().field, "Rules[1].State");
        QCOMPARE(count(db(), "SELECT count(*) FROM rules WHERE account_id = '444444444444'"), 0);
        QCOMPARE(mirror->applyTargets(ordersRuleArn, json(listTargets)).error().code, Error::Code::NotFound);
    }

    void theLocalBusDoesNotMatchMirroredRules()
    {
        auto mirror = session();
        QVERIFY(mirror->applyRules("default", rulesPage(listRules)));
        QVERIFY(mirror->applyTargets(alarmArn, json(listTargets)));
        PutEventsEntry e;
        e.source = "custom.monitoring";
        e.detailType = "Model Alarm";
        e.detail = "{}";
        auto results = ws->workspace->rules().putEvents(prod, {e});
        QVERIFY(results);
        QCOMPARE(results->at(0).invocations, 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleMirror)
#include "tst_rulemirror.moc"

// A connected account's rules are EventBridge's: the local event bus never matches them, the
// engine never fires its scheduled rules, and every local change through RuleService (create,
// put, enable, disable, delete, put-targets, event buses) is refused as a Conflict (exit code 2)
// naming the rule, the account and the profile: its mirror is written only from the cloud's
// answers, and the changes go there through CloudActions (tests/connected/tst_cloudruleactions).
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "scheduler/engine.h"
#include "schedules/schedulestore.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Pd;
using PdTest::runCli;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

void setProfile(PdTest::TestWorkspace &ws, const QString &accountId, const QString &profile)
{
    Account account = ws->accounts().account(accountId).value();
    account.profile = profile;
    const Status written = ws->database().transaction([&] { return AccountStore(ws->database()).update(account); });
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
}

RuleTarget retrain()
{
    RuleTarget t;
    t.id = "retrain";
    t.pipelineArn = serialArn;
    return t;
}

Rule patternRule()
{
    Rule r;
    r.name = "on-model-alarm";
    r.eventPattern = R"({"source":["custom.monitoring"],"detail-type":["Model Alarm"]})";
    r.targets = {retrain()};
    return r;
}

PutEventsEntry alarm()
{
    PutEventsEntry e;
    e.source = "custom.monitoring";
    e.detailType = "Model Alarm";
    e.detail = R"({"model":"abalone"})";
    return e;
}

int invocations(const QList<PutEventsResult> &results)
{
    int n = 0;
    for (const PutEventsResult &r : results)
        n += r.invocations;
    return n;
}

void verifyRefused(const Status &status, const QString &what)
{
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Conflict);
    QCOMPARE(status.error().exitCode(), 2);
    QVERIFY2(status.error().message.contains(what), qPrintable(status.error().message));
    QVERIFY2(status.error().message.contains("connected account test (222222222222) (profile prod-test)"),
             qPrintable(status.error().message));
}

qint64 at(int hourOfDay, int minuteOfHour = 0)
{
    return QDateTime(PdTest::demoNow().date(), QTime(hourOfDay, minuteOfHour), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestConnectedRules : public QObject
{
    Q_OBJECT

private slots:
    void theLocalBusNeverMatchesThem()
    {
        PdTest::TestWorkspace ws;
        QVERIFY(ws->rules().createRule(test, patternRule()));
        // Local: the event starts the target (and compiles the bus's matcher).
        QCOMPARE(invocations(ws->rules().putEvents(test, {alarm()}).value()), 1);
        setProfile(ws, test, "prod-test");
        const int executions = int(ws->pipelines().listExecutions(test, serialArn)->size());
        auto results = ws->rules().putEvents(test, {alarm()});
        QVERIFY(results);
        QCOMPARE(invocations(results.value()), 0);
        QVERIFY(results->at(0).errorCode.isEmpty());
        QCOMPARE(int(ws->pipelines().listExecutions(test, serialArn)->size()), executions);
        setProfile(ws, test, QString());
        QCOMPARE(invocations(ws->rules().putEvents(test, {alarm()}).value()), 1);
    }

    void theEngineNeverFiresTheirScheduledRules()
    {
        PdTest::TestWorkspace ws;
        Rule r;
        r.name = "hourly";
        r.scheduleExpression = "rate(1 hour)";
        r.targets = {retrain()};
        auto rule = ws->rules().createRule(test, r);
        QVERIFY(rule);
        setProfile(ws, test, "prod-test");
        {
            Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
            QVERIFY(engine.start());
            ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(15, 30), Qt::UTC));
            QVERIFY(engine.processDue());
            QCOMPARE(ScheduleStore(ws->database()).history(rule->arn, 100)->size(), 0);
        }
        // Local again, the same rule fires (once: the missed slots run once late).
        setProfile(ws, test, QString());
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        QVERIFY(engine.start());
        QVERIFY(engine.processDue());
        QVERIFY(ScheduleStore(ws->database()).history(rule->arn, 100)->size() > 0);
    }

    void localChangesAreRefused()
    {
        PdTest::TestWorkspace ws;
        auto existing = ws->rules().createRule(test, patternRule());
        QVERIFY(existing);
        setProfile(ws, test, "prod-test");
        const int changesBefore = ws->database().changeCount();
        Rule another = patternRule();
        another.name = "another";
        auto created = ws->rules().createRule(test, another);
        verifyRefused(created ? Status() : Status(created.error()), "Rule another");
        auto put = ws->rules().putRule(test, patternRule());
        verifyRefused(put ? Status() : Status(put.error()), "Rule on-model-alarm");
        verifyRefused(ws->rules().setEnabled(test, "on-model-alarm", {}, false), "Rule on-model-alarm");
        RuleTarget second = retrain();
        second.id = "second";
        verifyRefused(ws->rules().putTargets(test, "on-model-alarm", {}, {second}), "Rule on-model-alarm");
        verifyRefused(ws->rules().removeTargets(test, "on-model-alarm", {}, {"retrain"}), "Rule on-model-alarm");
        verifyRefused(ws->rules().deleteRule(test, "on-model-alarm", {}, true), "Rule on-model-alarm");
        verifyRefused(ws->rules().createEventBus(test, "orders"), "Event bus orders");
        QCOMPARE(ws->database().changeCount(), changesBefore);
        QCOMPARE(ws->rules().rule(test, "on-model-alarm", {})->targets.size(), 1);

        auto cli = runCli({"--workspace", ws.path(), "--identity", test, "rules", "disable", "--name",
                           "on-model-alarm"});
        // The command line takes a connected account's change to the cloud (tst_connectedcli): here
        // the account names a profile the workspace lacks, so it stops before any request, naming it.
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains("prod-test"), qPrintable(cli.err));
        QCOMPARE(ws->database().changeCount(), changesBefore);
    }
};

QTEST_GUILESS_MAIN(TestConnectedRules)
#include "tst_connectedrules.moc"

// Scheduled rules fired by the local scheduler engine on a ManualClock: one firing per slot, in
// UTC, with the "Scheduled Event" EventBridge sends, never for a disabled rule, never twice
// across a restart, and no catch-up for the time a rule was disabled.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "scheduler/engine.h"
#include "schedules/schedulestore.h"
#include "store/database.h"

#include <QSignalSpy>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

qint64 at(int hourOfDay, int minuteOfHour = 0, int dayOffset = 0)
{
    return QDateTime(PdTest::demoNow().date().addDays(dayOffset), QTime(hourOfDay, minuteOfHour), Qt::UTC)
        .toMSecsSinceEpoch();
}

// Moves the clock to each due instant up to `until` and processes it, like the timer would.
void runUntil(PdTest::TestWorkspace &ws, Engine &engine, qint64 until)
{
    for (int guard = 0; guard < 100000; ++guard) {
        const auto due = engine.nextDue();
        if (!due || *due > until)
            break;
        if (*due > ws.clock.nowMs())
            ws.clock.set(QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC));
        auto done = engine.processDue();
        if (!done)
            qFatal("processDue: %s", qPrintable(done.error().message));
    }
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
    (void)engine.processDue();
}

Rule scheduled(const QString &name, const QString &expression)
{
    Rule r;
    r.name = name;
    r.scheduleExpression = expression;
    RuleTarget t;
    t.id = "retrain";
    t.pipelineArn = serialArn;
    t.parameters = {{"InputData", "$.resources[0]", true},
                    {"TrainingInstanceType", "$['detail-type']", true},
                    {"ProcessingInstanceType", "$.time", true}};
    r.targets = {t};
    return r;
}

// "HH:mm S" per slot, oldest first ("*" marks a catch-up).
QString slotsOf(PdTest::TestWorkspace &ws, const QString &ruleArn)
{
    auto history = ScheduleStore(ws->database()).history(ruleArn, 100);
    QStringList parts;
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        parts << QDateTime::fromMSecsSinceEpoch(it->scheduledTime, Qt::UTC).toString("HH:mm") + QLatin1Char(' ') +
                     toApiString(it->outcome).left(1) + (it->catchUp ? "*" : "");
    }
    return parts.join(", ");
}

QString parameter(const QList<ExecutionParameter> &parameters, const QString &name)
{
    for (const ExecutionParameter &p : parameters) {
        if (p.name == name)
            return p.value;
    }
    return "<absent>";
}
} // namespace

class TestScheduledRules : public QObject
{
    Q_OBJECT

private slots:
    void firesOncePerSlotWithTheScheduledEvent();
    void cronIsUtc();
    void disabledRuleDoesNotFire();
    void restartDoesNotDouble();
    void missedSlotRunsOnceAfterAStop();
    void enablingDoesNotCatchUp();
};

void TestScheduledRules::firesOncePerSlotWithTheScheduledEvent()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, scheduled("hourly", "rate(1 hour)"));
    QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    QSignalSpy invocationsChanged(&ws->rules(), &RuleService::invocationsChanged);
    runUntil(ws, engine, at(15, 30));
    QCOMPARE(slotsOf(ws, rule->arn), "13:00 S, 14:00 S, 15:00 S");
    QCOMPARE(invocationsChanged.size(), 3);

    auto invocations = ws->rules().invocations(test, rule->arn);
    QCOMPARE(invocations->size(), 3);
    const RuleInvocation newest = invocations->at(0);
    QCOMPARE(newest.outcome, InvocationOutcome::Started);
    QCOMPARE(newest.targetId, "retrain");
    auto execution = ws->pipelines().describeExecution(test, newest.executionArn);
    QVERIFY(execution);
    QCOMPARE(execution->displayName, "hourly-20261123T150000Z");
    QCOMPARE(execution->startedByKind, StartedByKind::Rule);
    QCOMPARE(execution->startedBy, rule->arn);
    QCOMPARE(parameter(execution->parameters, "InputData"), rule->arn);
    QCOMPARE(parameter(execution->parameters, "TrainingInstanceType"), "Scheduled Event");
    QCOMPARE(parameter(execution->parameters, "ProcessingInstanceType"), "2026-11-23T15:00:00Z");
    engine.stop();
}

void TestScheduledRules::cronIsUtc()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, scheduled("nightly", "cron(0 18 * * ? *)"));
    QVERIFY(rule);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    QCOMPARE(engine.nextDue().value_or(0), at(18));
    runUntil(ws, engine, at(19, 0, 1));
    QCOMPARE(slotsOf(ws, rule->arn), "18:00 S, 18:00 S");
    auto history = ScheduleStore(ws->database()).history(rule->arn, 10);
    QCOMPARE(history->at(0).scheduledTime, at(18, 0, 1));
}

void TestScheduledRules::disabledRuleDoesNotFire()
{
    PdTest::TestWorkspace ws;
    Rule r = scheduled("off", "rate(1 hour)");
    r.enabled = false;
    auto rule = ws->rules().createRule(test, r);
    QVERIFY(rule);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(16));
    QCOMPARE(slotsOf(ws, rule->arn), "");

    // Disabled while planned: the planned slot does not fire either.
    auto on = ws->rules().createRule(test, scheduled("on", "rate(1 hour)"));
    QVERIFY(on);
    runUntil(ws, engine, at(17, 30));
    QCOMPARE(slotsOf(ws, on->arn), "17:00 S");
    QVERIFY(ws->rules().setEnabled(test, "on", {}, false));
    runUntil(ws, engine, at(20));
    QCOMPARE(slotsOf(ws, on->arn), "17:00 S");
    QVERIFY(ws->rules().invocations(test, rule->arn)->isEmpty());
}

void TestScheduledRules::restartDoesNotDouble()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, scheduled("hourly", "rate(1 hour)"));
    QVERIFY(rule);
    {
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        QVERIFY(engine.start());
        runUntil(ws, engine, at(14, 0));
        QCOMPARE(slotsOf(ws, rule->arn), "13:00 S, 14:00 S");
        engine.stop();
    }
    {
        // Same instant, new engine: the 14:00 slot already has its row.
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        QVERIFY(engine.start());
        QCOMPARE(engine.processDue().value(), 0);
        runUntil(ws, engine, at(15, 10));
        engine.stop();
    }
    QCOMPARE(slotsOf(ws, rule->arn), "13:00 S, 14:00 S, 15:00 S");
    QCOMPARE(ws->rules().invocations(test, rule->arn)->size(), 3);

    // A firing written by hand for a slot (as by an engine that crashed after its commit) is not
    // fired again.
    Firing f;
    f.triggerArn = rule->arn;
    f.scheduledTime = at(16);
    QVERIFY(ws->database().transaction([&]() -> Status {
        auto inserted = ScheduleStore(ws->database()).insertFiring(f);
        return inserted ? Status() : Status(inserted.error());
    }));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(16, 10));
    QCOMPARE(ws->rules().invocations(test, rule->arn)->size(), 3);
}

void TestScheduledRules::missedSlotRunsOnceAfterAStop()
{
    PdTest::TestWorkspace ws;
    auto rule = ws->rules().createRule(test, scheduled("hourly", "rate(1 hour)"));
    QVERIFY(rule);
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(16, 30), Qt::UTC));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    QVERIFY(engine.processDue());
    QCOMPARE(slotsOf(ws, rule->arn), "16:00 S*");
}

void TestScheduledRules::enablingDoesNotCatchUp()
{
    PdTest::TestWorkspace ws;
    Rule r = scheduled("hourly", "rate(1 hour)");
    r.enabled = false;
    auto rule = ws->rules().createRule(test, r);
    QVERIFY(rule);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(15, 30));
    QVERIFY(ws->rules().setEnabled(test, "hourly", {}, true));
    runUntil(ws, engine, at(16, 10));
    // rate() counts from the rule's creation; the slots while disabled never existed.
    QCOMPARE(slotsOf(ws, rule->arn), "16:00 S");
}

QTEST_GUILESS_MAIN(TestScheduledRules)
#include "tst_scheduledrules.moc"

// The scheduler engine on a ManualClock: on-time fires over days, every missed-run policy, retry
// with backoff and the dead-letter list, max event age, flexible windows, every overlap policy,
// run now, action after completion, the lease and clock jumps. No sleeping: the tests move the
// clock and call processDue().
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "store/auditlog.h"
#include "testworkspace.h"

#include "accounts/accountstore.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "scheduler/engine.h"
#include "scheduler/enginelease.h"
#include "schedules/scheduleservice.h"
#include "schedules/schedulestore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;

ScheduleInput basic(const QString &name, const QString &expression)
{
    ScheduleInput input;
    input.name = name;
    input.expression = expression;
    input.targetPipeline = serial;
    return input;
}

PipelineSchedule create(PdTest::TestWorkspace &ws, const ScheduleInput &input)
{
    auto created = ws->schedules().create(test, input);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().message));
    return created.value();
}

QList<Firing> history(PdTest::TestWorkspace &ws, const QString &name)
{
    auto h = ws->schedules().history(test, name, {}, 100000);
    if (!h)
        qFatal("history: %s", qPrintable(h.error().message));
    QList<Firing> oldestFirst;
    for (auto it = h->crbegin(); it != h->crend(); ++it)
        oldestFirst.append(*it);
    return oldestFirst;
}

// "12:00 S, 13:00 S*": each slot as UTC hh:mm, outcome initial, * for a catch-up.
QString slotText(const QList<Firing> &firings)
{
    QStringList parts;
    for (const Firing &f : firings) {
        parts << QDateTime::fromMSecsSinceEpoch(f.scheduledTime, Qt::UTC).toString("HH:mm")
                     + QLatin1Char(' ') + toApiString(f.outcome).left(1) + (f.catchUp ? "*" : "");
    }
    return parts.join(", ");
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

qint64 at(int hourOfDay, int minuteOfHour = 0, int dayOffset = 0)
{
    return QDateTime(PdTest::demoNow().date().addDays(dayOffset), QTime(hourOfDay, minuteOfHour), Qt::UTC)
        .toMSecsSinceEpoch();
}
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void firesOnTimeForDays();
    void firingStartsTheExecution();
    void missedPolicies_data();
    void missedPolicies();
    void missedAllIsCappedByEventAge();
    void exactlyOnceAcrossRestarts();
    void interruptStopsBetweenBatches();
    void retryBackoffThenDeadLetter();
    void maxEventAgeEndsRetries();
    void deadLetterRetryAndClear();
    void flexibleWindow();
    void overlap_data();
    void overlap();
    void runNowKeepsTheCadence();
    void runNowAtASlotsInstantLeavesTheSlot();
    void schema9FiringsKeepTheirMeaning();
    void actionAfterCompletionDelete();
    void disabledSchedulesDoNotFire();
    void onlyOneEnginePerWorkspace();
    void suspendAndResumeIsAMissedRun();
    void editsReplan();
    void upcoming();
};

void TestEngine::firesOnTimeForDays()
{
    PdTest::TestWorkspace ws;
    create(ws, basic("hourly", "rate(1 hour)"));
    create(ws, basic("daily", "cron(30 6 * * ? *)"));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QCOMPARE(engine.nextDue().value(), at(13));
    runUntil(ws, engine, at(12, 0, 3));
    const auto hourly = history(ws, "hourly");
    QCOMPARE(hourly.size(), 72);
    for (int i = 0; i < hourly.size(); ++i) {
        QCOMPARE(hourly.at(i).scheduledTime, at(13) + i * hour);
        QCOMPARE(hourly.at(i).latenessMs(), 0);
        QVERIFY(!hourly.at(i).catchUp);
        QCOMPARE(hourly.at(i).outcome, FiringOutcome::Started);
    }
    QCOMPARE(slotText(history(ws, "daily")), "06:30 S, 06:30 S, 06:30 S");
}

void TestEngine::firingStartsTheExecution()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("nightly", "rate(5 minutes)");
    input.parameters = QList<ExecutionParameter>{{"InputData", "s3://in/${{name}}@${{creation_context.trigger_time}}"}};
    const PipelineSchedule s = create(ws, input);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QSignalSpy executions(&ws->pipelines(), &PipelineService::executionsChanged);
    QSignalSpy firings(&ws->schedules(), &ScheduleService::firingsChanged);
    ws.clock.advance(5 * minute);
    QCOMPARE(engine.processDue().value(), 1);
    QCOMPARE(executions.count(), 1);
    QCOMPARE(firings.count(), 1);
    const Firing f = history(ws, "nightly").constFirst();
    auto e = ws->pipelines().describeExecution(test, f.executionArn);
    QVERIFY(e);
    QCOMPARE(e->displayName, "nightly-20261123T120500Z");
    QCOMPARE(e->startedByKind, StartedByKind::Schedule);
    QCOMPARE(e->startedBy, s.arn);
    QString input0;
    for (const ExecutionParameter &p : e->parameters) {
        if (p.name == "InputData")
            input0 = p.value;
    }
    QCOMPARE(input0, "s3://in/nightly-20261123T120500Z@2026-11-23T12:05:00Z");
    // Processing again at the same instant changes nothing.
    QCOMPARE(engine.processDue().value(), 0);
    // The slot is in the audit log.
    auto audit = AuditStore(ws->database()).latest(5);
    QVERIFY(audit);
    bool found = false;
    for (const AuditEntry &a : audit.value())
        found = found || (a.action == "FireSchedule" && a.target == s.arn && a.detail.contains(f.executionArn));
    QVERIFY(found);
}

void TestEngine::missedPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expected");
    // rate(1 hour) from 12:00; the engine is off from 12:30 until 16:30.
    QTest::newRow("skip") << "skip" << "17:00 S";
    QTest::newRow("once") << "once" << "16:00 S*, 17:00 S";
    QTest::newRow("all") << "all" << "13:00 S*, 14:00 S*, 15:00 S*, 16:00 S*, 17:00 S";
}

void TestEngine::missedPolicies()
{
    QFETCH(QString, policy);
    QFETCH(QString, expected);
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("m", "rate(1 hour)");
    input.missedPolicy = missedPolicyFromApi(policy);
    create(ws, input);
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(16, 30), Qt::UTC));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(17, 30));
    QCOMPARE(slotText(history(ws, "m")), expected);
    // A restart does not run the missed slots again.
    engine.stop();
    Engine again(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(again.start());
    QCOMPARE(again.processDue().value(), 0);
    QCOMPARE(slotText(history(ws, "m")), expected);
}

void TestEngine::missedAllIsCappedByEventAge()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("cap", "rate(10 minutes)");
    input.missedPolicy = MissedPolicy::All;
    input.maxEventAgeSeconds = 3600;
    create(ws, input);
    ws.clock.advance(5 * hour + 5 * minute);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QVERIFY(engine.processDue());
    const auto h = history(ws, "cap");
    // Only the slots younger than an hour: 16:10 ... 17:00 (six of them), all marked.
    QCOMPARE(h.size(), 6);
    QCOMPARE(h.constFirst().scheduledTime, at(16, 10));
    for (const Firing &f : h)
        QVERIFY(f.catchUp);
}

void TestEngine::exactlyOnceAcrossRestarts()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("r", "rate(1 minute)");
    input.missedPolicy = MissedPolicy::All;
    create(ws, input);
    for (int round = 0; round < 5; ++round) {
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
        engine.setBatchSize(3);
        QVERIFY(engine.start());
        runUntil(ws, engine, ws.clock.nowMs() + 7 * minute);
    }
    const auto h = history(ws, "r");
    QCOMPARE(h.size(), 35);
    for (int i = 0; i < h.size(); ++i)
        QCOMPARE(h.at(i).scheduledTime, at(12, 1) + i * minute);
    QSqlQuery q(ws->database().db());
    QVERIFY(q.exec("SELECT count(*), count(DISTINCT display_name) FROM executions WHERE started_by_kind = 'schedule'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 35);
    QCOMPARE(q.value(1).toInt(), 35);
}

void TestEngine::interruptStopsBetweenBatches()
{
    PdTest::TestWorkspace ws;
    // A schedule has one slot in the queue at a time, so a batch of four takes one slot of each.
    const QStringList names = {"i0", "i1", "i2", "i3"};
    for (const QString &name : names) {
        ScheduleInput input = basic(name, "rate(1 minute)");
        input.missedPolicy = MissedPolicy::All;
        create(ws, input);
    }
    ws.clock.advance(20 * minute);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    engine.setBatchSize(4);
    int asked = 0;
    bool stop = false;
    engine.setInterruptCheck([&] {
        ++asked;
        return stop;
    });
    QVERIFY(engine.start());
    // Asked before each batch; the third question answers "stop".
    connect(&engine, &Engine::fired, this, [&] { stop = asked >= 2; });
    QCOMPARE(engine.processDue().value(), 8);
    for (const QString &name : names)
        QCOMPARE(history(ws, name).size(), 2);
    // The rest stayed planned and fires once the interruption is over, without doubles or gaps.
    disconnect(&engine, &Engine::fired, this, nullptr);
    stop = false;
    QCOMPARE(engine.processDue().value(), 72);
    for (const QString &name : names) {
        const auto h = history(ws, name);
        QCOMPARE(h.size(), 20);
        for (int i = 0; i < h.size(); ++i)
            QCOMPARE(h.at(i).scheduledTime, at(12, 1) + i * minute);
    }
}

void TestEngine::retryBackoffThenDeadLetter()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("fails", "rate(1 hour)");
    input.maxRetries = 3;
    create(ws, input);
    // The target goes away: starting fails with NotFound, which the retry policy handles.
    QVERIFY(ws->pipelines().deletePipeline(test, serial));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QSignalSpy dead(&ws->schedules(), &ScheduleService::firingsChanged);
    QList<qint64> attemptsAt;
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(13), Qt::UTC));
    for (int i = 0; i < 10 && engine.nextDue() && *engine.nextDue() < at(13, 30); ++i) {
        ws.clock.set(QDateTime::fromMSecsSinceEpoch(qMax(*engine.nextDue(), ws.clock.nowMs()), Qt::UTC));
        attemptsAt << ws.clock.nowMs() - at(13);
        QVERIFY(engine.processDue());
    }
    // The first try and three retries, 1 s, 2 s and 4 s apart.
    QCOMPARE(attemptsAt, (QList<qint64>{0, 1000, 3000, 7000}));
    const Firing f = history(ws, "fails").constFirst();
    QCOMPARE(f.outcome, FiringOutcome::DeadLettered);
    QCOMPARE(f.attempts, 4);
    auto letters = ws->schedules().deadLetters(test);
    QVERIFY(letters);
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->constFirst().scheduledTime, at(13));
    QVERIFY(letters->constFirst().reason.contains("4"));
    QVERIFY(letters->constFirst().payload.contains("fails-20261123T130000Z"));

    // Zero retries: dead-lettered at the first failure.
    ScheduleInput none = basic("once-only", "rate(1 hour)");
    none.maxRetries = 0;
    none.targetPipeline.reset();
    QCOMPARE(ws->schedules().create(test, none).error().field, "target-pipeline");
}

void TestEngine::maxEventAgeEndsRetries()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("old", "rate(1 hour)");
    input.maxRetries = 185;
    input.maxEventAgeSeconds = 60;
    create(ws, input);
    QVERIFY(ws->pipelines().deletePipeline(test, serial));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(13, 5));
    const Firing f = history(ws, "old").constFirst();
    QCOMPARE(f.outcome, FiringOutcome::DeadLettered);
    // Tries at 0, 1, 3, 7, 15, 31 s; the next (63 s) is past the 60 s event age and is not tried.
    QCOMPARE(f.attempts, 6);
    QVERIFY(ws->schedules().deadLetters(test)->constFirst().reason.contains("60"));
}

void TestEngine::deadLetterRetryAndClear()
{
    PdTest::TestWorkspace ws;
    auto pipeline = ws->pipelines().resolve(test, serial);
    QVERIFY(pipeline);
    ScheduleInput input = basic("dl", "rate(1 hour)");
    input.maxRetries = 0;
    create(ws, input);
    QVERIFY(ws->pipelines().deletePipeline(test, serial));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(15, 30));
    auto letters = ws->schedules().deadLetters(test, "dl");
    QCOMPARE(letters->size(), 3);
    // Retrying fails while the pipeline is missing and keeps the letter.
    QVERIFY(!ws->schedules().retryDeadLetter(test, letters->at(0).id));
    QCOMPARE(ws->schedules().deadLetters(test)->size(), 3);
    PipelineInput recreate;
    recreate.name = serial;
    recreate.definition = pipeline->definition;
    QVERIFY(ws->pipelines().createPipeline(test, recreate));
    auto retried = ws->schedules().retryDeadLetter(test, letters->at(0).id);
    QVERIFY2(retried, qPrintable(retried.error().message));
    QCOMPARE(retried->outcome, FiringOutcome::Started);
    QCOMPARE(ws->pipelines().describeExecution(test, retried->executionArn)->displayName, "dl-20261123T130000Z");
    QCOMPARE(ws->schedules().deadLetters(test)->size(), 2);
    QCOMPARE(ws->schedules().clearDeadLetters(test, {letters->at(1).id}).value(), 1);
    QCOMPARE(ws->schedules().clearDeadLetters(test).value(), 1);
    QCOMPARE(ws->schedules().deadLetters(test)->size(), 0);
    QCOMPARE(ws->schedules().clearDeadLetters(test, {424242}).error().code, Error::Code::NotFound);
}

void TestEngine::flexibleWindow()
{
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("flex", "rate(1 hour)");
    input.flexibleWindowMinutes = 10;
    create(ws, input);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QList<double> draws = {0.5, 0.0, 0.999};
    engine.setRandomSource([&draws] { return draws.isEmpty() ? 0.25 : draws.takeFirst(); });
    QVERIFY(engine.start());
    QCOMPARE(*engine.nextDue(), at(13) + 5 * minute);
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(13) + 5 * minute - 1, Qt::UTC));
    QCOMPARE(engine.processDue().value(), 0);
    ws.clock.advance(1);
    QCOMPARE(engine.processDue().value(), 1);
    QCOMPARE(*engine.nextDue(), at(14));
    runUntil(ws, engine, at(15, 30));
    const auto h = history(ws, "flex");
    QCOMPARE(h.size(), 3);
    // The slot stays the scheduled instant (and so does the display name); it fired inside the window.
    QCOMPARE(h.at(0).latenessMs(), 5 * minute);
    QCOMPARE(h.at(1).latenessMs(), 0);
    QCOMPARE(h.at(2).latenessMs(), qint64(0.999 * 10 * minute));
    for (const Firing &f : h)
        QVERIFY(!f.catchUp);
}

void TestEngine::overlap_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("afterFirstEnds");
    QTest::newRow("allow") << "allow" << "12:01 S, 12:02 S" << "12:01 S, 12:02 S";
    QTest::newRow("skip") << "skip" << "12:01 S, 12:02 S" << "12:01 S, 12:02 S";
    QTest::newRow("queue") << "queue" << "12:01 S, 12:02 Q" << "12:01 S, 12:02 S";
    QTest::newRow("stop") << "stop" << "12:01 S, 12:02 S" << "12:01 S, 12:02 S";
}

void TestEngine::overlap()
{
    QFETCH(QString, policy);
    QFETCH(QString, expected);
    QFETCH(QString, afterFirstEnds);
    PdTest::TestWorkspace ws;
    ScheduleInput input = basic("o", "rate(1 minute)");
    input.overlapPolicy = overlapPolicyFromApi(policy);
    create(ws, input);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(12, 1), Qt::UTC));
    QCOMPARE(engine.processDue().value(), 1);
    const QString first = history(ws, "o").constFirst().executionArn;
    // Nothing advances the execution: it is still running when the next slot comes.
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(12, 2), Qt::UTC));
    QCOMPARE(engine.processDue().value(), 1);
    auto h = history(ws, "o");
    QCOMPARE(slotText(h), expected);
    const Firing second = h.at(1);
    auto firstNow = ws->pipelines().describeExecution(test, first);
    if (policy == "allow") {
        QCOMPARE(second.outcome, FiringOutcome::Started);
        QCOMPARE(firstNow->status, ExecutionStatus::Executing);
    } else if (policy == "skip") {
        QCOMPARE(second.outcome, FiringOutcome::Skipped);
        QVERIFY(second.executionArn.isEmpty());
        QVERIFY(second.message.contains(first));
    } else if (policy == "queue") {
        QCOMPARE(second.outcome, FiringOutcome::Queued);
        QVERIFY(second.executionArn.isEmpty());
    } else if (policy == "stop") {
        QCOMPARE(second.outcome, FiringOutcome::Started);
        QCOMPARE(firstNow->status, ExecutionStatus::Stopping);
    }
    // The first execution ends; a queued slot starts then (its row keeps its scheduled instant).
    if (firstNow->status == ExecutionStatus::Executing)
        QVERIFY(ws->pipelines().stop(test, first));
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(Simulation::stopDelayMs + 1);
    QVERIFY(runner.tick());
    QCOMPARE(ws->pipelines().describeExecution(test, first)->status, ExecutionStatus::Stopped);
    QVERIFY(engine.processDue());
    h = history(ws, "o");
    QCOMPARE(slotText(h).left(afterFirstEnds.size()), afterFirstEnds);
    if (policy == "queue") {
        QCOMPARE(h.at(1).outcome, FiringOutcome::Started);
        QVERIFY(!h.at(1).executionArn.isEmpty());
        QCOMPARE(ws->pipelines().describeExecution(test, h.at(1).executionArn)->displayName, "o-20261123T120200Z");
    }
}

void TestEngine::runNowKeepsTheCadence()
{
    PdTest::TestWorkspace ws;
    create(ws, basic("rn", "rate(1 hour)"));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(at(12, 30), Qt::UTC));
    auto run = ws->schedules().runNow(test, "rn");
    QVERIFY(run);
    QVERIFY(run->manual);
    auto again = ws->schedules().runNow(test, "rn"); // same millisecond: its own row
    QVERIFY(again);
    QCOMPARE(again->scheduledTime, run->scheduledTime + 1);
    QCOMPARE(*engine.nextDue(), at(13));
    runUntil(ws, engine, at(14, 30));
    const auto h = history(ws, "rn");
    QCOMPARE(slotText(h), "12:30 S, 12:30 S, 13:00 S, 14:00 S");
    QVERIFY(h.at(0).manual && h.at(1).manual && !h.at(2).manual);
}

void TestEngine::runNowAtASlotsInstantLeavesTheSlot()
{
    // Issue 13: a run-now at the exact millisecond of a slot took the slot's key (and its
    // execution's name), so the engine took the slot as handled and never started it.
    PdTest::TestWorkspace ws;
    const qint64 created = QDateTime(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 slot = created + minute;
    ws.clock.set(QDateTime::fromMSecsSinceEpoch(created, Qt::UTC));
    create(ws, basic("minutely", "rate(1 minute)"));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QCOMPARE(*engine.nextDue(), slot);

    ws.clock.set(QDateTime::fromMSecsSinceEpoch(slot, Qt::UTC));
    auto run = ws->schedules().runNow(test, "minutely");
    QVERIFY(run);
    QVERIFY(run->manual);
    QCOMPARE(run->scheduledTime, slot);
    QCOMPARE(engine.processDue().value(), 1);

    // Newest first: the manual run, then the slot of the same instant.
    auto h = ws->schedules().history(test, "minutely");
    QVERIFY(h);
    QCOMPARE(h->size(), 2);
    const Firing manual = h->at(0), onTime = h->at(1);
    QVERIFY(manual.manual);
    QCOMPARE(manual.executionArn, run->executionArn);
    QVERIFY(!onTime.manual);
    QCOMPARE(onTime.scheduledTime, slot);
    QCOMPARE(onTime.outcome, FiringOutcome::Started);
    QVERIFY(!onTime.executionArn.isEmpty());
    QVERIFY(onTime.executionArn != manual.executionArn);
    // Two executions, two names: the slot's keeps the documented name.
    QCOMPARE(ws->pipelines().describeExecution(test, onTime.executionArn)->displayName, "minutely-20261204T200100Z");
    QCOMPARE(ws->pipelines().describeExecution(test, manual.executionArn)->displayName,
             "minutely-manual-20261204T200100Z");
    // The list shows one latest row per schedule, not one per row of that instant.
    auto rows = ws->schedules().summaries(test);
    QVERIFY(rows);
    QCOMPARE(int(std::count_if(rows->cbegin(), rows->cend(),
                               [](const ScheduleSummaryRow &r) { return r.schedule.name == "minutely"; })),
             1);

    // A restart at the same instant doubles nothing, and the next slot is the one after.
    engine.stop();
    Engine again(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(again.start());
    QCOMPARE(again.processDue().value(), 0);
    QCOMPARE(*again.nextDue(), slot + minute);
    QCOMPARE(ws->schedules().history(test, "minutely")->size(), 2);
}

void TestEngine::schema9FiringsKeepTheirMeaning()
{
    // Schema 10 put `manual` into the firings' key; rows written before keep what they meant.
    QTemporaryDir dir;
    const QString path = dir.filePath("v9.sqlite");
    const QString arn = "arn:aws:scheduler:us-east-1:222222222222:schedule/default/old";
    const qint64 slot = at(13), manualAt = at(13, 30);
    {
        auto v9 = Database::createAtVersion(path, 9);
        QVERIFY(v9);
        QSqlQuery q((*v9)->db());
        QVERIFY(q.exec(QString("INSERT INTO firings (trigger_arn, scheduled_time, actual_time, outcome, attempts, "
                               "execution_arn, manual) VALUES ('%1', %2, %2, 'STARTED', 1, 'e-slot', 0), "
                               "('%1', %3, %3, 'STARTED', 1, 'e-manual', 1)")
                           .arg(arn)
                           .arg(slot)
                           .arg(manualAt)));
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    ScheduleStore store(**db);
    auto h = store.history(arn, 10);
    QVERIFY(h);
    QCOMPARE(h->size(), 2);
    QCOMPARE(h->at(0).scheduledTime, manualAt);
    QVERIFY(h->at(0).manual);
    QCOMPARE(h->at(0).executionArn, "e-manual");
    QCOMPARE(h->at(1).scheduledTime, slot);
    QVERIFY(!h->at(1).manual);
    QCOMPARE(h->at(1).executionArn, "e-slot");
    // The old slot is still handled; the old manual run's instant is free for its slot.
    QVERIFY(store.firing(arn, slot)->has_value());
    QVERIFY(!store.firing(arn, manualAt)->has_value());
    Firing f;
    f.triggerArn = arn;
    f.scheduledTime = slot;
    QVERIFY((*db)->transaction([&]() -> Status {
        auto inserted = store.insertFiring(f);
        if (!inserted)
            return inserted.error();
        if (inserted.value())
            return Error::internal("a handled slot was inserted again");
        f.scheduledTime = manualAt;
        inserted = store.insertFiring(f);
        if (!inserted)
            return inserted.error();
        return inserted.value() ? Status() : Error::internal("the slot at a manual run's instant was refused");
    }));
}

void TestEngine::actionAfterCompletionDelete()
{
    PdTest::TestWorkspace ws;
    ScheduleInput once = basic("once", "at(2026-11-23T15:00:00)");
    once.actionAfterCompletion = ActionAfterCompletion::Delete;
    create(ws, once);
    ScheduleInput ending = basic("ending", "rate(1 hour)");
    ending.actionAfterCompletion = ActionAfterCompletion::Delete;
    ending.endTime = at(14);
    create(ws, ending);
    ScheduleInput keep = basic("keep", "at(2026-11-23T15:00:00)");
    create(ws, keep);
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QSignalSpy changed(&ws->schedules(), &ScheduleService::schedulesChanged);
    runUntil(ws, engine, at(13, 30));
    QVERIFY(ws->schedules().describe(test, "ending"));
    runUntil(ws, engine, at(16));
    QCOMPARE(ws->schedules().describe(test, "once").error().code, Error::Code::NotFound);
    QCOMPARE(ws->schedules().describe(test, "ending").error().code, Error::Code::NotFound);
    QVERIFY(ws->schedules().describe(test, "keep"));
    QCOMPARE(slotText(history(ws, "keep")), "15:00 S");
    QVERIFY(changed.count() >= 1);
    QSqlQuery q(ws->database().db());
    QVERIFY(q.exec("SELECT count(*) FROM executions WHERE display_name LIKE 'once-%' OR display_name LIKE 'ending-%'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3); // once at 15:00, ending at 13:00 and 14:00: executions stay
}

void TestEngine::disabledSchedulesDoNotFire()
{
    PdTest::TestWorkspace ws;
    create(ws, basic("d", "rate(1 hour)"));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QVERIFY(ws->schedules().setEnabled(test, "d", {}, false));
    QVERIFY(!engine.nextDue());
    runUntil(ws, engine, at(15, 30));
    QVERIFY(history(ws, "d").isEmpty());
    QVERIFY(ws->schedules().setEnabled(test, "d", {}, true));
    runUntil(ws, engine, at(16, 30));
    // Enabled at 15:30: 13:00–15:00 were not missed, they never counted.
    QCOMPARE(slotText(history(ws, "d")), "16:00 S");
}

void TestEngine::onlyOneEnginePerWorkspace()
{
    PdTest::TestWorkspace ws;
    Engine first(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
    QVERIFY(first.start());
    auto holder = EngineLease::current(ws->context());
    QVERIFY(holder && holder.value());
    QCOMPARE(holder.value()->kind, "daemon");
    QCOMPARE(holder.value()->pid, QCoreApplication::applicationPid());
    Engine second(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    const Status refused = second.start();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains("daemon"));
    QCOMPARE(second.processDue().value(), 0); // not running: does nothing
    first.stop();
    QVERIFY(!EngineLease::current(ws->context())->has_value());
    QVERIFY(second.start());
    // A holder whose heartbeat is older than the stale limit is taken over.
    second.stop();
    QVERIFY(ws->database().transaction([&] {
        return EngineLeaseStore(ws->database()).writeLease({"ghost", "daemon", QCoreApplication::applicationPid(),
                                                         ws.clock.nowMs() - EngineLease::staleAfterMs});
    }));
    Engine third(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(third.start());
}

void TestEngine::suspendAndResumeIsAMissedRun()
{
    PdTest::TestWorkspace ws;
    create(ws, basic("s", "rate(1 hour)"));
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    runUntil(ws, engine, at(13, 30));
    // The machine sleeps two days: the wall clock jumps; the default policy runs the latest once.
    ws.clock.advance(48 * hour);
    QVERIFY(engine.replan());
    QVERIFY(engine.processDue());
    QCOMPARE(slotText(history(ws, "s")), "13:00 S, 13:00 S*");
    QCOMPARE(history(ws, "s").at(1).scheduledTime, at(13, 0, 2));
    QCOMPARE(*engine.nextDue(), at(14, 0, 2));
    // The clock is set back an hour: nothing fires twice, the next slot is planned again.
    ws.clock.advance(-hour);
    QVERIFY(engine.replan());
    QCOMPARE(engine.processDue().value(), 0);
    QCOMPARE(*engine.nextDue(), at(14, 0, 2));
}

void TestEngine::editsReplan()
{
    PdTest::TestWorkspace ws;
    Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
    QVERIFY(engine.start());
    QVERIFY(!engine.nextDue());
    create(ws, basic("late", "rate(2 hours)"));
    QCOMPARE(*engine.nextDue(), at(14));
    create(ws, basic("early", "rate(30 minutes)"));
    QCOMPARE(*engine.nextDue(), at(12, 30));
    ScheduleInput change;
    change.name = "early";
    change.enabled = false;
    QVERIFY(ws->schedules().update(test, change));
    QCOMPARE(*engine.nextDue(), at(14));
    QCOMPARE(engine.scheduleCount(), 1);
}

void TestEngine::upcoming()
{
    PdTest::TestWorkspace ws;
    create(ws, basic("b", "rate(2 hours)"));
    create(ws, basic("a", "cron(0 13 * * ? *)"));
    auto next = ws->schedules().upcoming(test, at(12), at(16));
    QVERIFY(next);
    QStringList text;
    for (const auto &f : next.value())
        text << f.schedule.name + "@" + QDateTime::fromMSecsSinceEpoch(f.at, Qt::UTC).toString("HH:mm");
    QCOMPARE(text.join(' '), "a@13:00 b@14:00");
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"

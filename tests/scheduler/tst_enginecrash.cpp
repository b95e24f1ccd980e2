// The crash test of issue 5: the real pipelinedesk-cli daemon ("scheduler run") works through a
// burst of due slots on a workspace while this test SIGKILLs it at random moments, at least 50
// times, and restarts it. Afterwards every due slot fired exactly once (one firing row, one
// execution, no gaps) and PRAGMA integrity_check is ok.
//
// The burst: schedules of rate(1 minute) whose start lies twelve hours back, with the missed-run
// policy "all", so each start of the daemon has hundreds of catch-up slots to fire. This runs on
// the real clock; no test-only clock override exists in the CLI.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "scheduler/enginelease.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <csignal>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
constexpr int scheduleCount = 12;
constexpr int kills = 50;
constexpr qint64 minute = 60 * 1000;

// Schedules of rate(1 minute) that started twelve hours ago, missed-run policy "all".
QStringList createBurst(const QString &file, qint64 start)
{
    Workspace::Options options;
    options.seedDemo = true;
    auto ws = Workspace::open(file, options);
    if (!ws)
        return {};
    QStringList arns;
    for (int i = 0; i < scheduleCount; ++i) {
        ScheduleInput input;
        input.name = QStringLiteral("burst-%1").arg(i);
        input.expression = "rate(1 minute)";
        input.targetPipeline = "serial-inference-pipeline";
        input.startTime = start;
        input.missedPolicy = MissedPolicy::All;
        input.parameters = QList<ExecutionParameter>{{"InputData", "s3://in/${{name}}"}};
        auto created = (*ws)->schedules().create(test, input);
        if (!created)
            return {};
        arns << created->arn;
    }
    return arns;
}

int firingCount(const QString &file)
{
    auto ws = Workspace::open(file, {});
    QSqlQuery q((*ws)->database().db());
    q.exec("SELECT count(*) FROM firings");
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList daemonArguments(const QString &file)
{
    return {"--workspace", file, "--language", "en", "scheduler", "run", "--no-runner"};
}

// Reads the daemon's standard error until it says it runs: from then on SIGTERM is a clean stop.
// (A signal before the program installed its handler kills it like any process.)
bool waitUntilRunning(QProcess &daemon)
{
    daemon.setReadChannel(QProcess::StandardError);
    QByteArray seen;
    QElapsedTimer wait;
    wait.start();
    while (!seen.contains("engine running") && wait.elapsed() < 15000) {
        if (!daemon.waitForReadyRead(1000) && daemon.state() != QProcess::Running)
            break;
        seen += daemon.readAllStandardError();
    }
    if (!seen.contains("engine running")) {
        qWarning("daemon did not start: %s", seen.constData());
        return false;
    }
    return true;
}

} // namespace

class TestEngineCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedDaemonFiresEverySlotExactlyOnce();
    void sigtermDuringCatchUpStopsCleanly();
};

void TestEngineCrash::killedDaemonFiresEverySlotExactlyOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("crash.sqlite");
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / minute - 12 * 60) * minute;
    const QStringList arns = createBurst(file, start);
    QCOMPARE(arns.size(), scheduleCount);
    const QStringList arguments = daemonArguments(file);
    auto firingCount = [&] {
        return ::firingCount(file);
    };

    QElapsedTimer total;
    total.start();
    int killedWhileWorking = 0;
    int previous = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        daemon.start(PD_CLI_PATH, arguments);
        QVERIFY(daemon.waitForStarted(5000));
        // A random moment: during start-up, planning, mid-batch or between batches.
        QThread::msleep(20 + QRandomGenerator::global()->bounded(280));
        ::kill(pid_t(daemon.processId()), SIGKILL);
        QVERIFY(daemon.waitForFinished(5000));
        QCOMPARE(daemon.exitStatus(), QProcess::CrashExit);
        const int now = firingCount();
        QVERIFY(now >= previous);
        if (now > previous)
            ++killedWhileWorking;
        previous = now;
    }
    qInfo("%d SIGKILLs, %d while slots were firing; %d firings so far, %lld ms", kills, killedWhileWorking, previous,
          total.elapsed());

    // A last run finishes the burst and stops cleanly on SIGTERM.
    QProcess daemon;
    daemon.start(PD_CLI_PATH, arguments);
    QVERIFY(daemon.waitForStarted(5000));
    QVERIFY(waitUntilRunning(daemon));
    const qint64 expected = scheduleCount * 12 * 60;
    QElapsedTimer wait;
    wait.start();
    while (firingCount() < expected && wait.elapsed() < 40000)
        QThread::msleep(200);
    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(10000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    const qint64 finishedAt = QDateTime::currentMSecsSinceEpoch();

    auto ws = Workspace::open(file, {});
    QVERIFY(ws);
    // The clean stop gave the lease up.
    QVERIFY(!EngineLease::current((*ws)->context())->has_value());
    QSqlQuery q((*ws)->database().db());
    QVERIFY(q.exec("PRAGMA integrity_check"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), "ok");

    for (const QString &arn : std::as_const(arns)) {
        QSqlQuery f((*ws)->database().db());
        f.prepare("SELECT f.scheduled_time, f.outcome, f.execution_arn, e.display_name FROM firings f "
                  "LEFT JOIN executions e ON e.arn = f.execution_arn WHERE f.trigger_arn = ? ORDER BY f.scheduled_time");
        f.addBindValue(arn);
        QVERIFY(f.exec());
        QList<qint64> times;
        while (f.next()) {
            times << f.value(0).toLongLong();
            QCOMPARE(f.value(1).toString(), "STARTED");
            QVERIFY2(!f.value(3).toString().isEmpty(), "a firing without its execution");
            QCOMPARE(f.value(3).toString(), firingDisplayName(arn.section('/', -1), times.constLast()));
        }
        // Every slot from the first after the start up to the end of the last run: no gap, no double.
        QVERIFY(!times.isEmpty());
        QCOMPARE(times.constFirst(), start + minute);
        for (int i = 1; i < times.size(); ++i)
            QCOMPARE(times.at(i) - times.at(i - 1), minute);
        QVERIFY2(times.constLast() >= finishedAt - 2 * minute,
                 qPrintable(QStringLiteral("last slot %1, finished %2").arg(times.constLast()).arg(finishedAt)));

        // One execution per slot: none started twice by a crash between start and commit.
        QSqlQuery e((*ws)->database().db());
        e.prepare("SELECT count(*), count(DISTINCT display_name) FROM executions WHERE started_by = ?");
        e.addBindValue(arn);
        QVERIFY(e.exec() && e.next());
        QCOMPARE(e.value(0).toInt(), int(times.size()));
        QCOMPARE(e.value(1).toInt(), int(times.size()));
    }
    qInfo("total %lld ms", total.elapsed());
}

// SIGTERM right after start, while the daemon works through twelve hours of missed slots: it
// stops within a batch, exits 0 and gives the lease up; what it fired is whole, the rest waits
// for the next start. (The handler used to be installed only after the catch-up, so this killed
// the daemon and left the lease behind.)
void TestEngineCrash::sigtermDuringCatchUpStopsCleanly()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("term.sqlite");
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / minute - 12 * 60) * minute;
    QCOMPARE(createBurst(file, start).size(), scheduleCount);
    const int backlog = scheduleCount * 12 * 60;

    QProcess daemon;
    daemon.start(PD_CLI_PATH, daemonArguments(file));
    QVERIFY(daemon.waitForStarted(5000));
    QVERIFY(waitUntilRunning(daemon));
    ::kill(pid_t(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QVERIFY(daemon.readAllStandardError().contains("scheduler: stopped."));

    const int fired = firingCount(file);
    qInfo("stopped after %d of %d backlog slots", fired, backlog);
    // Stopped between batches, not after the whole backlog.
    QVERIFY2(fired < backlog, qPrintable(QString::number(fired)));
    auto ws = Workspace::open(file, {});
    QVERIFY(ws);
    QVERIFY(!EngineLease::current((*ws)->context())->has_value());
    QSqlQuery q((*ws)->database().db());
    QVERIFY(q.exec("SELECT count(*) FROM firings f LEFT JOIN executions e ON e.arn = f.execution_arn "
                   "WHERE e.arn IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestEngineCrash)
#include "tst_enginecrash.moc"

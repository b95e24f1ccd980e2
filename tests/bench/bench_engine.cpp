// bench_engine: figures for the scheduler engine of issue 5 (targets in brackets).
//   1. 100,000 enabled schedules: engine start, load + plan      [< 2 s, < 150 MB]
//   2. idle between fires: CPU used by the process               [~0]
//   3. real clock: firing lateness p50/p99/max                    [p99 < 50 ms]
//   4. 1,000 schedules due in the same second: time until all fired [< 1 s]
// Usage: bench_engine [--schedules N] [--lateness-seconds S] [--idle-seconds S] [--batch SLOTS]
// Build in Release (-DCMAKE_BUILD_TYPE=Release); run with /usr/bin/time -v for peak memory too.
#include "scheduler/engine.h"
#include "schedules/scheduleservice.h"
#include "schedules/schedulestore.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Pd;

namespace {

const QString account = QStringLiteral("222222222222");
const QString pipelineArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

std::unique_ptr<Workspace> openDemo(const QString &file)
{
    Workspace::Options options;
    options.seedDemo = true;
    auto ws = Workspace::open(file, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    return std::move(ws).value();
}

// Writes schedules straight through the store in one transaction (setup, not what is measured).
void insertSchedules(Workspace &ws, int count, const std::function<void(int, PipelineSchedule &)> &shape)
{
    const qint64 now = ws.clock().nowMs();
    const Status status = ws.database().transaction([&]() -> Status {
        ScheduleStore store(ws.database());
        for (int i = 0; i < count; ++i) {
            PipelineSchedule s;
            s.accountId = account;
            s.name = QStringLiteral("bench-%1").arg(i);
            s.arn = scheduleArn(QStringLiteral("us-east-1"), account, s.groupName, s.name);
            s.targetPipelineArn = pipelineArn;
            s.createdAt = s.modifiedAt = now;
            shape(i, s);
            if (Status st = store.insert(s); !st)
                return st;
        }
        return {};
    });
    if (!status)
        qFatal("%s", qPrintable(status.error().message));
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

void runFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QList<qint64> latenesses(Workspace &ws, qint64 since)
{
    QSqlQuery q(ws.database().db());
    q.prepare(QStringLiteral("SELECT actual_time - scheduled_time FROM firings WHERE scheduled_time >= ? AND manual = 0"));
    q.addBindValue(since);
    q.exec();
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    std::sort(result.begin(), result.end());
    return result;
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    return sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int scheduleCount = option(args, QStringLiteral("--schedules"), 100000);
    const int latencySeconds = option(args, QStringLiteral("--lateness-seconds"), 30);
    const int idleSeconds = option(args, QStringLiteral("--idle-seconds"), 5);
    const int batch = option(args, QStringLiteral("--batch"), 0); // slots per transaction; 0: the engine's default
    QTemporaryDir dir;

    // 1. Start with many schedules: a mix of dialects and zones; none due in the next minutes.
    {
        auto ws = openDemo(dir.filePath(QStringLiteral("many.sqlite")));
        const QStringList zones = {QStringLiteral("UTC"), QStringLiteral("Asia/Seoul"), QStringLiteral("America/New_York"),
                                   QStringLiteral("Europe/Berlin")};
        insertSchedules(*ws, scheduleCount, [&](int i, PipelineSchedule &s) {
            switch (i % 4) {
            case 0:
                s.expression = QStringLiteral("rate(%1 minutes)").arg(45 + i % 120);
                break;
            case 1:
                s.expression = QStringLiteral("cron(%1 %2 * * ? *)").arg(i % 60).arg(i % 24);
                break;
            case 2:
                s.expression = QStringLiteral("crontab(%1 %2 * * 1-5)").arg(i % 60).arg(i % 24);
                break;
            default:
                s.expression = QStringLiteral("cron(0 %1 ? * MON *)").arg(i % 24);
                break;
            }
            s.timeZone = zones.at(i % zones.size());
        });
        QElapsedTimer timer;
        timer.start();
        const double before = rssMb();
        timer.restart();
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        const Status started = engine.start();
        const qint64 startMs = timer.elapsed();
        if (!started)
            qFatal("%s", qPrintable(started.error().message));
        const double after = rssMb();
        std::printf("schedules: %d enabled, %d planned\n", engine.scheduleCount(), engine.plannedCount());
        std::printf("engine start (load + plan): %lld ms                [target < 2000 ms]\n", startMs);
        std::printf("memory: %.1f MB resident after start (+%.1f MB for the engine)  [target < 150 MB]\n", after,
                    after - before);

        // 2. Idle: the next fire is minutes away; the engine should sleep on its one timer.
        const qint64 nextIn = engine.nextDue().value_or(0) - ws->clock().nowMs();
        const double cpu0 = cpuSeconds();
        QElapsedTimer idle;
        idle.start();
        runFor(qMin<qint64>(idleSeconds * 1000, qMax<qint64>(0, nextIn - 500)));
        const double cpu = cpuSeconds() - cpu0;
        std::printf("idle: %.3f s CPU over %.1f s wall (%.2f%%), next fire in %lld s  [target ~0]\n", cpu,
                    double(idle.elapsed()) / 1000.0, 100.0 * cpu / (double(idle.elapsed()) / 1000.0), nextIn / 1000);
    }

    // 3. Lateness on the real clock: 300 rate(1 minute) schedules spread over the seconds of a minute.
    {
        auto ws = openDemo(dir.filePath(QStringLiteral("lateness.sqlite")));
        const qint64 base = (ws->clock().nowMs() / 1000 + 2) * 1000;
        insertSchedules(*ws, 300, [&](int i, PipelineSchedule &s) {
            s.expression = QStringLiteral("rate(1 minute)");
            s.startTime = base + qint64(i % 60) * 1000 - 60 * 1000; // first slot: base + (i % 60) s
        });
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        if (!engine.start())
            qFatal("engine did not start");
        runFor(qint64(latencySeconds) * 1000 + 500);
        engine.stop();
        const QList<qint64> late = latenesses(*ws, base);
        std::printf("lateness on the real clock: %lld fires in %d s; p50 %lld ms, p99 %lld ms, max %lld ms  "
                    "[target p99 < 50 ms]\n",
                    qint64(late.size()), latencySeconds, percentile(late, 0.5), percentile(late, 0.99),
                    late.isEmpty() ? -1 : late.constLast());
    }

    // 4. A burst: 1,000 schedules due in the same second.
    {
        auto ws = openDemo(dir.filePath(QStringLiteral("burst.sqlite")));
        const qint64 slot = (ws->clock().nowMs() / 1000 + 3) * 1000;
        insertSchedules(*ws, 1000, [&](int, PipelineSchedule &s) {
            s.expression = QStringLiteral("rate(1 hour)");
            s.startTime = slot - 3600 * 1000;
        });
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Daemon);
        if (batch > 0)
            engine.setBatchSize(batch);
        int committed = 0;
        qint64 allCommittedAt = 0;
        QObject::connect(&engine, &Engine::fired, [&](int count) {
            committed += count;
            if (committed >= 1000 && !allCommittedAt)
                allCommittedAt = QDateTime::currentMSecsSinceEpoch();
        });
        if (!engine.start())
            qFatal("engine did not start");
        runFor(slot - ws->clock().nowMs() + 3000);
        engine.stop();
        const QList<qint64> late = latenesses(*ws, slot);
        std::printf("burst: %lld of 1000 fired; the last started %lld ms after the slot, all committed %lld ms after it "
                    "[target all within 1000 ms]\n",
                    qint64(late.size()), late.isEmpty() ? -1 : late.constLast(),
                    allCommittedAt ? allCommittedAt - slot : -1);
    }
    return 0;
}

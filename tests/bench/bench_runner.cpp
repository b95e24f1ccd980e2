// bench_runner: how soon the local runner stops when asked to, with many executions running
// (issue 13: `scheduler run` took 13 s to stop on SIGTERM with 27,000 running) [targets in brackets].
//   1. one whole tick over N running executions, one transaction per execution (as before issue 13)
//      and in batches: how long a stop had to wait, and how long a tick takes now
//   2. a stop request in the middle of a tick: time until tick() returns          [< 1 s]
//   3. `pipelinedesk-cli scheduler run` with N running executions: SIGTERM to exit  [< 1 s]
//      (and the same with --no-runner, for comparison)
//      The tick before issue 13 costs one fsync per execution: it runs on --before-executions
//      (default 3,000) and the figure for N is extrapolated.
// Usage: bench_runner [--executions N] [--before-executions M] [--stop-after-ms MS] [--smoke]
// Build in Release (-DCMAKE_BUILD_TYPE=Release) for real figures.
#include "core/ids.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <signal.h>

using namespace Pd;

namespace {

const QString account = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// A demo workspace with `count` executions of the serial pipeline running, each with a step
// transition already due (so every one is written by the next tick). One start goes through the
// service; the others are copies written through the store in one transaction (setup, not measured).
void createRunning(const QString &file, int count)
{
    Workspace::Options options;
    options.seedDemo = true;
    auto opened = Workspace::open(file, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Workspace &ws = *opened.value();
    StartRequest request;
    request.pipeline = serial;
    auto arn = ws.pipelines().start(account, request);
    if (!arn)
        qFatal("%s", qPrintable(arn.error().message));
    Execution model = ws.pipelines().describeExecution(account, arn.value()).value();
    constexpr qint64 back = 2 * Simulation::startupMs;
    model.startTime -= back;
    model.lastModifiedTime -= back;
    for (StepExecution &step : model.steps)
        step.startTime -= back;
    // The one started through the service runs too: count - 1 copies make count.
    QList<Execution> copies;
    copies.reserve(count);
    for (int i = 1; i < count; ++i) {
        Execution e = model;
        e.arn = executionArn(model.pipelineArn, QStringLiteral("bench%1").arg(i, 6, 10, QLatin1Char('0')));
        copies.append(e);
    }
    const Status written =
        ws.database().transaction([&]() -> Status { return PipelineStore(ws.database()).insert(copies); });
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
}

std::unique_ptr<Workspace> open(const QString &file)
{
    auto opened = Workspace::open(file, {});
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const int count = option(args, QStringLiteral("--executions"), smoke ? 2000 : 30000);
    const int stopAfterMs = option(args, QStringLiteral("--stop-after-ms"), smoke ? 20 : 300);
    const int beforeCount = qMin(count, option(args, QStringLiteral("--before-executions"), smoke ? 200 : 3000));
    QTemporaryDir dir;
    int scenario = 0;
    auto freshWorkspace = [&](int executions) {
        const QString file = dir.filePath(QStringLiteral("w%1.sqlite").arg(++scenario));
        createRunning(file, executions);
        return file;
    };
    std::printf("running executions: %d\n", count);

    // 1. A whole tick: what a stop request waited for before the runner looked between batches.
    for (const int batch : {1, 0}) {
        const int executions = batch == 1 ? beforeCount : count;
        auto ws = open(freshWorkspace(executions));
        LocalRunner runner(ws->context(), ws->pipelines());
        if (batch)
            runner.setBatchSize(batch);
        QElapsedTimer timer;
        timer.start();
        auto changed = runner.tick();
        const qint64 ms = timer.elapsed();
        if (!changed)
            qFatal("%s", qPrintable(changed.error().message));
        std::printf("whole tick, %s: %lld ms for %d executions (%d transactions)",
                    batch == 1 ? "one transaction per execution (before issue 13)"
                               : qPrintable(QStringLiteral("batches of %1").arg(runner.batchSize())),
                    ms, changed.value(), runner.lastTickBatches());
        if (executions != count)
            std::printf(", about %.1f s for %d", double(ms) * count / executions / 1000.0, count);
        std::printf("\n");
    }

    // 2. A stop request from another thread while a tick runs (as a signal handler sets its flag).
    {
        auto ws = open(freshWorkspace(count));
        LocalRunner runner(ws->context(), ws->pipelines());
        std::atomic<bool> stop{false};
        std::atomic<qint64> requestedAtNs{0};
        runner.setInterruptCheck([&] { return stop.load(); });
        QElapsedTimer clock;
        clock.start();
        std::thread requester([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(stopAfterMs));
            requestedAtNs = clock.nsecsElapsed();
            stop = true;
        });
        auto changed = runner.tick();
        const qint64 returnedAtNs = clock.nsecsElapsed();
        requester.join();
        if (!changed)
            qFatal("%s", qPrintable(changed.error().message));
        if (!runner.lastTickInterrupted())
            std::printf("stop request in a tick: the tick ended (%lld ms) before the request came after %d ms; "
                        "use more executions or --stop-after-ms\n",
                        returnedAtNs / 1000000, stopAfterMs);
        else
            std::printf("stop request in a tick: tick() returned %.1f ms after it (%d of %d executions advanced, %d "
                        "batches)  [target < 1000 ms]\n",
                        double(returnedAtNs - requestedAtNs) / 1e6, changed.value(), count, runner.lastTickBatches());
    }

    // 3. The daemon: SIGTERM while its runner's first tick goes through every execution.
#ifdef PD_CLI_PATH
    for (const bool withRunner : {true, false}) {
        const QString file = freshWorkspace(count);
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{QStringLiteral("--workspace"), file,
                              QStringLiteral("--language"),  QStringLiteral("en"),
                              QStringLiteral("scheduler"),   QStringLiteral("run")};
        if (!withRunner)
            arguments << QStringLiteral("--no-runner");
        daemon.start(QStringLiteral(PD_CLI_PATH), arguments);
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("engine running") && waited.elapsed() < 60000 && daemon.state() != QProcess::NotRunning) {
            daemon.waitForReadyRead(100);
            err += daemon.readAllStandardError();
        }
        if (!err.contains("engine running"))
            qFatal("the daemon did not start: %s", err.constData());
        QThread::msleep(quint64(stopAfterMs));
        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(daemon.processId()), SIGTERM);
        if (!daemon.waitForFinished(120000))
            qFatal("the daemon did not stop within 120 s");
        const qint64 ms = stopping.elapsed();
        // How far the daemon's runner got: a tick cut short leaves executions not advanced.
        auto ws = open(file);
        QSqlQuery q(ws->database().db());
        q.exec(QStringLiteral("SELECT count(*) FROM executions WHERE arn LIKE '%/bench%' AND status = 'Executing' "
                              "AND last_modified_time = start_time"));
        const int untouched = q.next() ? q.value(0).toInt() : -1;
        std::printf("scheduler run%s: SIGTERM to exit %lld ms (exit code %d; %d of %d executions not reached)  "
                    "[target < 1000 ms]\n",
                    withRunner ? "" : " --no-runner", ms, daemon.exitCode(), untouched, count - 1);
    }
#endif
    return 0;
}

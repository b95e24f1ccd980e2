// The noun "scheduler": the headless engine daemon (run, with its signal handling) and its status.
#include "cli.h"
#include "clioptionvalues.h"
#include "clisignals.h"

#include "core/timeformat.h"
#include "core/tr.h"
#include "pipelines/localrunner.h"
#include "scheduler/engine.h"
#include "scheduler/enginelease.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Pd::Cli {

namespace {

int runScheduler(Context &context)
{
    // Signals are caught before anything else: a SIGTERM while the workspace opens or while a
    // long catch-up runs must still end in a clean stop that gives the lease up, not a kill.
    StopSignals stopSignals;
    if (!stopSignals.isValid())
        return context.fail(Error::internal(Tr::tr("The scheduler could not set up its signal handling.")));
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    qint64 forMs = -1;
    if (context.isSet(QStringLiteral("for"))) {
        auto seconds = intOption(context, QStringLiteral("for"));
        if (!seconds)
            return context.fail(seconds.error());
        if (seconds.value() < 0)
            return context.fail(
                Error::invalid(QStringLiteral("for"), Tr::tr("--for: the number of seconds must not be negative.")));
        forMs = qint64(seconds.value()) * 1000;
    }
    Engine engine((*workspace)->context(), (*workspace)->pipelines(), (*workspace)->schedules(), (*workspace)->rules(),
                  Engine::Kind::Daemon);
    engine.setInterruptCheck([] { return StopSignals::stopRequested(); });
    if (Status started = engine.start(); !started)
        return context.fail(started.error());
    std::unique_ptr<LocalRunner> runner;
    if (!context.isSet(QStringLiteral("no-runner"))) {
        runner = std::make_unique<LocalRunner>((*workspace)->context(), (*workspace)->pipelines());
        // Asked between the runner's batches too: with tens of thousands of executions running,
        // a tick is many batches, and a stop must not wait for all of them.
        runner->setInterruptCheck([] { return StopSignals::stopRequested(); });
        runner->start();
    }
    context.err() << Tr::tr("scheduler: engine running (daemon, pid %1, %2 schedules); stop with Ctrl+C or SIGTERM.")
                         .arg(QCoreApplication::applicationPid())
                         .arg(engine.scheduleCount())
                  << Qt::endl;
    // Whatever was due while no engine ran is handled right away.
    (void)engine.processDue();

    QEventLoop loop;
    QObject::connect(&engine, &Engine::stoppedUnexpectedly, &loop, [&](const QString &reason) {
        context.err() << QStringLiteral("pipelinedesk-cli: ") << reason << Qt::endl;
        loop.exit(1);
    });
    if (forMs >= 0)
        QTimer::singleShot(forMs, &loop, [&loop] { loop.exit(0); });
    stopSignals.onStop(&loop, [&loop] { loop.exit(0); });
    // A signal that came during start-up or the catch-up above has its byte in the pipe already:
    // the loop then ends at once.
    const int code = loop.exec();
    if (runner)
        runner->stop();
    engine.stop();
    context.err() << Tr::tr("scheduler: stopped.") << Qt::endl;
    return code;
}

int schedulerStatus(Context &context)
{
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto holder = EngineLease::current((*workspace)->context());
    if (!holder)
        return context.fail(holder.error());
    if (context.json()) {
        QJsonObject o{{QStringLiteral("Running"), bool(holder.value())}};
        if (holder.value()) {
            o.insert(QStringLiteral("Kind"), holder.value()->kind);
            o.insert(QStringLiteral("Pid"), holder.value()->pid);
            o.insert(QStringLiteral("Heartbeat"), isoUtcMs(holder.value()->heartbeat));
        }
        context.printJson(o);
        return 0;
    }
    if (holder.value())
        context.out() << Tr::tr("engine: %1, pid %2").arg(holder.value()->kind).arg(holder.value()->pid) << '\n';
    else
        context.out() << Tr::tr("engine: not running") << '\n';
    return 0;
}

} // namespace

void registerSchedulerCommands(Registry &registry)
{
    registry.add(
        {QStringLiteral("scheduler"),
         QStringLiteral("run"),
         Tr::tr("Run the scheduler engine headless until SIGTERM/SIGINT (or for SECONDS)."),
         {QCommandLineOption(QStringLiteral("for"), Tr::tr("Stop after this many seconds."), Tr::tr("SECONDS")),
          QCommandLineOption(QStringLiteral("no-runner"),
                             Tr::tr("Do not advance executions locally (another program runs them)."))},
         runScheduler});
    registry.add({QStringLiteral("scheduler"),
                  QStringLiteral("status"),
                  Tr::tr("Show which program runs the scheduler engine of the workspace."),
                  {},
                  schedulerStatus});
}

} // namespace Pd::Cli

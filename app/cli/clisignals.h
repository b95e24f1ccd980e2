#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace Pd::Cli {

// SIGINT and SIGTERM for commands that run until they are stopped (`scheduler run`,
// `executions start --wait`). From construction to destruction a signal no longer kills the
// program: it sets stopRequested() and, once the event loop runs, calls the handler given to
// onStop(), so the command can end cleanly (give a lease up, stop a runner between transactions).
// Destruction restores the default handling. One instance at a time.
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    // False when the handling could not be set up; the command should then refuse to run.
    bool isValid() const { return m_valid; }
    // Whether a signal came since construction; safe to poll anywhere (an engine's interrupt check).
    static bool stopRequested();
    // The signal that came (SIGINT or SIGTERM), 0 when none did.
    static int signalNumber();
    // Calls handler from the event loop when a signal comes; when one came already (during a
    // start-up), as soon as the loop runs. context ends the connection when it is destroyed.
    void onStop(QObject *context, std::function<void()> handler);

private:
    bool m_valid = true;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Pd::Cli

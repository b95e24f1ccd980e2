#include "clisignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Pd::Cli {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t g_signal = 0;

void onSignal(int number)
{
    // Only async-signal-safe work here: note the signal (an engine looks between batches) and wake
    // the event loop through the pipe.
    g_signal = number;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

} // namespace

StopSignals::StopSignals()
{
#ifdef Q_OS_UNIX
    // The pipe lives as long as the program: a byte left in it by a signal of an earlier command
    // is drained below, so each command starts without a pending stop.
    if (g_signalPipe[0] < 0) {
        if (::pipe(g_signalPipe) != 0) {
            m_valid = false;
            return;
        }
        // Non-blocking both ways: the handler must never block, and draining stops when empty.
        for (int fd : g_signalPipe)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    char byte;
    while (::read(g_signalPipe[0], &byte, 1) > 0) {
    }
    g_signal = 0;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_UNIX
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
#endif
}

bool StopSignals::stopRequested()
{
#ifdef Q_OS_UNIX
    return g_signal != 0;
#else
    return false;
#endif
}

int StopSignals::signalNumber()
{
#ifdef Q_OS_UNIX
    return int(g_signal);
#else
    return 0;
#endif
}

void StopSignals::onStop(QObject *context, std::function<void()> handler)
{
#ifdef Q_OS_UNIX
    if (!m_valid)
        return;
    // A signal that came before the loop runs has its byte in the pipe already: the notifier
    // fires as soon as the loop starts.
    m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [handler = std::move(handler)] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        handler();
    });
#else
    Q_UNUSED(context);
    Q_UNUSED(handler);
#endif
}

} // namespace Pd::Cli

// bench_sync: a whole sync of a connected account over loopback (issue 14) [targets in brackets].
// A fake AWS account (tests/common/fakecloud.h) answers on 127.0.0.1 from its own thread, as a
// remote service would; this process's event loop does only what a window's would: the client's
// requests and signatures, decoding, and the mirror's writes.
//   1. first sync: 20 pipelines, 10,000 executions, pages of 100           [< 2 s]
//   2. a second sync of the same account (every row read again)
//   peak resident memory of the process (VmHWM; the fake's own data too)  [< 150 MB]
//   the longest gap of the event loop during each sync (a 1 ms timer's late ticks) [< 50 ms]
// Usage: bench_sync [--executions N] [--pipelines P] [--page-size S] [--smoke]
// Build in Release (-DCMAKE_BUILD_TYPE=Release) for real figures.
#include "fakecloud.h"
#include "memorysecretstore.h"

#include "accounts/accountservice.h"
#include "cloud/profileservice.h"
#include "connected/cloudactions.h"
#include "connected/cloudconnections.h"
#include "connected/cloudsync.h"
#include "core/clock.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Pd;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// The longest time between two ticks of a 1 ms timer: how long the event loop was busy at a stretch.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const int executions = option(args, QStringLiteral("--executions"), smoke ? 200 : 10000);
    const int pipelines = option(args, QStringLiteral("--pipelines"), smoke ? 4 : 20);
    const int pageSize = option(args, QStringLiteral("--page-size"), 100);

    // The fake account in a thread of its own: its work is the cloud's, not ours.
    QThread serverThread;
    serverThread.start();
    PdTest::FakeAwsServer *server = nullptr;
    PdTest::FakeCloud cloud;
    cloud.pageSize = pageSize;
    cloud.addPipelines(pipelines, executions / pipelines);
    QObject anchor;
    anchor.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new PdTest::FakeAwsServer;
            cloud.serve(*server);
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    PdTest::MemorySecretStore secrets;
    Workspace::Options options;
    options.clock = &clock;
    options.secrets = &secrets;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")), options).value();

    Profile profile;
    profile.name = QStringLiteral("bench");
    profile.region = QStringLiteral("us-east-1");
    profile.endpointUrl = server->url().toString();
    bool added = false;
    workspace->profiles().add(
        profile,
        {QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), {}},
        [&](Status s) {
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
            added = true;
        });
    while (!added)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    CloudConnections connections(*workspace);
    connections.setUseEnvironment(false);
    CloudActions actions(connections);
    CloudJob *test = actions.testProfile(QString(), QStringLiteral("bench"));
    test->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(test, &CloudJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!test->status())
        qFatal("profile test: %s", qPrintable(test->status().error().message));
    const QString accountId = test->value();
    delete test;

    std::printf("bench_sync: %d executions of %d pipelines, pages of %d, over loopback\n", executions, pipelines,
                pageSize);
    bool ok = true;
    for (int round = 1; round <= 2; ++round) {
        CloudSync sync(connections, accountId);
        QObject::connect(&sync, &CloudSync::finished, &loop, &QEventLoop::quit);
        GapMeter gaps;
        QElapsedTimer timer;
        gaps.start();
        timer.start();
        sync.start();
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double gap = gaps.stopMs();
        if (!sync.status()) {
            std::printf("  sync failed: %s\n", qPrintable(sync.status().error().message));
            return 1;
        }
        std::printf("  %s sync: %.0f ms, %d requests, %d executions; longest event-loop gap %.1f ms%s%s\n",
                    round == 1 ? "first " : "second", ms, sync.counts().requests, sync.counts().executions, gap,
                    round == 1 && ms >= 2000 ? "  [over the 2 s target]" : "",
                    gap >= 50 ? "  [over the 50 ms target]" : "");
        ok = ok && sync.counts().executions == executions;
    }
    const long peak = peakKb();
    std::printf("  peak resident memory: %.1f MB%s\n", double(peak) / 1024.0,
                peak >= 150 * 1024 ? "  [over the 150 MB target]" : "");

    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return ok ? 0 : 1;
}

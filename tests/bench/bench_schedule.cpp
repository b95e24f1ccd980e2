// Next-fire speed of the schedule engine on a mix of cron, crontab and recurrence expressions in
// zones with DST. Prints:
//   - the median time of one next-fire (ns), measured over batches of consecutive calls;
//   - the total time to compute the next 1,000 fires of 10,000 schedules.
// Usage: bench_schedule [--smoke]   (--smoke: tiny sizes, for ctest)
#include "scheduleexpressions/scheduleexpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Pd::Schedule;

namespace {

const char *const kZones[] = {"America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Santiago",
                              "Europe/Berlin", "Australia/Sydney", "America/Los_Angeles", "Asia/Kathmandu"};

const char *const kExpressions[] = {
    "cron(0/15 1-3 * * ? *)",
    "cron(30 2 * * ? *)",
    "cron(15 10 ? * 6L *)",
    "cron(0 9 ? * MON-FRI *)",
    "cron(0 12 L * ? *)",
    "cron(0 9 15W * ? *)",
    "cron(0 10 ? * 3#2 *)",
    "cron(5,35 */6 * * ? *)",
    "cron(0 0 1 JAN,APR,JUL,OCT ? *)",
    "crontab(*/30 * * * *)",
    "crontab(0 0 13 * 5)",
    "crontab(45 1 * * SUN)",
    "crontab(0 22 * * 1-5)",
    "crontab(0 0,12 1 */2 *)",
    R"(recurrence({"frequency":"day","interval":1,"schedule":{"hours":[1,2,3],"minutes":[0,30]},"start_time":"2026-01-01T00:00:00"}))",
    R"(recurrence({"frequency":"week","interval":2,"schedule":{"hours":[9],"minutes":[0],"weekdays":["monday","thursday"]},"start_time":"2026-01-05T00:00:00"}))",
    R"(recurrence({"frequency":"month","interval":1,"start_time":"2026-01-31T10:00:00"}))",
    R"(recurrence({"frequency":"hour","interval":2,"start_time":"2026-01-01T00:30:00"}))",
};

std::vector<ScheduleExpression> makeSchedules(int count)
{
    std::vector<ScheduleExpression> schedules;
    schedules.reserve(size_t(count));
    const int expressions = int(std::size(kExpressions));
    const int zones = int(std::size(kZones));
    for (int i = 0; i < count; ++i) {
        auto parsed = ScheduleExpression::parse(QString::fromUtf8(kExpressions[i % expressions]),
                                                QString::fromLatin1(kZones[(i / expressions) % zones]));
        if (!parsed)
            qFatal("bad benchmark expression: %s", qPrintable(parsed.error().message));
        schedules.push_back(*parsed);
    }
    return schedules;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QLatin1String("--smoke"));
    const qint64 from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    // 1. Median of one next-fire: batches of 100 consecutive next() calls per schedule.
    {
        const std::vector<ScheduleExpression> schedules = makeSchedules(int(std::size(kExpressions) * std::size(kZones)));
        const int rounds = smoke ? 2 : 50;
        const int batch = 100;
        std::vector<double> perCall;
        qint64 checksum = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const ScheduleExpression &schedule : schedules) {
                qint64 t = from + round * 86400LL * 7;
                const auto begin = std::chrono::steady_clock::now();
                for (int i = 0; i < batch; ++i) {
                    const std::optional<qint64> next = schedule.next(t);
                    if (!next)
                        break;
                    t = *next;
                }
                const auto end = std::chrono::steady_clock::now();
                checksum += t;
                perCall.push_back(std::chrono::duration<double, std::nano>(end - begin).count() / batch);
            }
        }
        std::sort(perCall.begin(), perCall.end());
        std::printf("next-fire: %zu batches of %d calls over %zu schedules (cron, crontab, recurrence; %zu DST zones)\n",
                    perCall.size(), batch, schedules.size(), std::size(kZones));
        std::printf("next-fire median: %.0f ns per call (p10 %.0f, p90 %.0f, max %.0f)  [checksum %lld]\n",
                    perCall[perCall.size() / 2], perCall[perCall.size() / 10], perCall[perCall.size() * 9 / 10], perCall.back(),
                    static_cast<long long>(checksum % 1000));
    }

    // 2. The next 1,000 fires of 10,000 schedules.
    {
        const int scheduleCount = smoke ? 100 : 10000;
        const int fires = smoke ? 10 : 1000;
        QElapsedTimer setup;
        setup.start();
        const std::vector<ScheduleExpression> schedules = makeSchedules(scheduleCount);
        const qint64 setupMs = setup.elapsed();
        QElapsedTimer timer;
        timer.start();
        qint64 total = 0;
        for (const ScheduleExpression &schedule : schedules) {
            qint64 t = from;
            for (int i = 0; i < fires; ++i) {
                const std::optional<qint64> next = schedule.next(t);
                if (!next)
                    break;
                t = *next;
                ++total;
            }
        }
        const qint64 ns = timer.nsecsElapsed();
        std::printf("next %d fires of %d schedules: %lld fires in %.3f s (%.0f ns per fire); parsing took %lld ms\n", fires,
                    scheduleCount, static_cast<long long>(total), ns / 1e9, double(ns) / double(qMax<qint64>(1, total)),
                    static_cast<long long>(setupMs));
    }
    return 0;
}

// Event pattern matching at scale: N rules with mixed patterns (exact, prefix, suffix, numeric
// ranges, anything-but, exists, cidr, wildcard, equals-ignore-case, $or) over realistic SageMaker
// and S3 events, on one thread. Prints, for 1,000 and for 10,000 rules:
//   - the time to build the matcher (parse every pattern, then PatternMatcher::build);
//   - events/s matching events flattened beforehand (FlatEvent), and matches per event, in
//     rounds (each printed, then the median and the best);
//   - events/s flattening each event from its QJsonObject and matching it;
//   - separately, the cost of parsing the events' JSON text (QJsonDocument::fromJson).
// The events are 4,096 distinct ones generated up front and cycled to 1,000,000, so the figures
// measure the matcher and not an event generator.
// Usage: bench_events [--smoke] [--rules N] [--events N] [--rounds N] [--match-only]
//   --smoke: tiny sizes, for ctest; --rules: only that many rules instead of 1,000 then 10,000;
//   --events: match that many events per round instead of 1,000,000; --rounds: how many rounds
//   of the pre-flattened match (default 5); --match-only: skip the flatten+match and interpreter
//   runs (for profiling and instruction counts).
#include "eventpatterns/eventpattern.h"
#include "eventpatterns/patternmatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Pd::Events;

namespace {

// CPU time of this thread: the machine may be shared, and the figure is "on one core".
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

const char *const kStatuses[] = {"FAILED", "IN_SERVICE", "CREATING", "UPDATING", "DELETING", "OutOfService"};
const char *const kExecStatuses[] = {"Executing", "Succeeded", "Failed", "Stopped", "Stopping"};
const char *const kRegions[] = {"ap-northeast-2", "us-east-1", "eu-west-1", "us-west-2"};
const char *const kSuffixes[] = {".csv", ".parquet", ".json", ".txt", ".gz"};

QByteArray ruleJson(int i)
{
    const int k = i / 13; // variants of one kind differ in their values
    QString p;
    switch (i % 13) {
    case 0:
        p = QStringLiteral(
                R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Endpoint State Change"],)"
                R"("detail":{"EndpointStatus":["FAILED","OutOfService"],"EndpointName":[{"prefix":"ep-%1-"}]}})")
                .arg(k % 200);
        break;
    case 1:
        p = QStringLiteral(
                R"({"source":["aws.s3"],"detail-type":["Object Created"],"detail":{"bucket":{"name":["bucket-%1"]},)"
                R"("object":{"key":[{"suffix":"%2"}],"size":[{"numeric":[">",%3,"<=",%4]}]}}})")
                .arg(k % 300)
                .arg(QLatin1String(kSuffixes[k % 5]))
                .arg(k * 1000)
                .arg(k * 1000 + 500000);
        break;
    case 2:
        p = QStringLiteral(
                R"({"source":["aws.sagemaker"],"detail-type":["SageMaker Model Building Pipeline Execution Status Change"],)"
                R"("detail":{"currentPipelineExecutionStatus":[{"anything-but":["Succeeded","Executing"]}],)"
                R"("pipelineArn":[{"prefix":"arn:aws:sagemaker:ap-northeast-2:111111111111:pipeline/p-%1"}]}})")
                .arg(k % 150);
        break;
    case 3:
        p = QStringLiteral(
                R"({"source":["aws.sagemaker"],"detail":{"FailureReason":[{"exists":true}],"EndpointName":["ep-%1-%2"]}})")
                .arg(k % 200)
                .arg(k % 7);
        break;
    case 4:
        p = QStringLiteral(
                R"({"source":["aws.s3"],"detail":{"source-ip-address":[{"cidr":"10.%1.0.0/16"}],"bucket":{"name":[{"prefix":"bucket-%2"}]}}})")
                .arg(k % 256)
                .arg(k % 30);
        break;
    case 5:
        p = QStringLiteral(R"({"source":["aws.s3"],"detail":{"object":{"key":[{"wildcard":"raw/%1/*/part-*%2"}]}}})")
                .arg(k % 100)
                .arg(QLatin1String(kSuffixes[k % 5]));
        break;
    case 6:
        p = QStringLiteral(
                R"({"detail":{"EndpointStatus":[{"equals-ignore-case":"failed"}],"EndpointName":[{"prefix":{"equals-ignore-case":"EP-%1-"}}]}})")
                .arg(k % 200);
        break;
    case 7:
        p = QStringLiteral(
                R"({"source":["aws.sagemaker"],"$or":[{"detail":{"currentPipelineExecutionStatus":["Failed"],)"
                R"("pipelineExecutionDisplayName":[{"prefix":"run-%1"}]}},{"detail":{"metrics":{"latency":[{"numeric":[">=",%2]}]}}}]})")
                .arg(k % 100)
                .arg(900 + k % 100);
        break;
    case 8:
        p = QStringLiteral(
                R"({"source":["aws.s3"],"detail":{"bucket":{"name":["bucket-%1"]},"reason":[{"exists":false}],)"
                R"("object":{"key":[{"prefix":"raw/%2/"}]}}})")
                .arg(k % 300)
                .arg(k % 100);
        break;
    case 9:
        p = QStringLiteral(
                R"({"account":["%1"],"region":["%2"],"source":[{"prefix":"aws."}],"detail-type":[{"suffix":"State Change"}]})")
                .arg(111111111111LL + (k % 50))
                .arg(QLatin1String(kRegions[k % 4]));
        break;
    case 10:
        p = QStringLiteral(
                R"({"source":["aws.sagemaker"],"detail":{"metrics":{"drift":[{"numeric":[">",0.%1]}],"latency":[{"numeric":["<",%2]}]}}})")
                .arg(k % 9 + 1)
                .arg(100 + k % 500);
        break;
    case 11:
        p = QStringLiteral(R"({"resources":[{"prefix":"arn:aws:sagemaker:%1:111111111111:endpoint/ep-%2-"}],)"
                           R"("detail":{"EndpointStatus":[{"anything-but":{"prefix":"IN_"}}]}})")
                .arg(QLatin1String(kRegions[k % 4]))
                .arg(k % 200);
        break;
    default:
        p = QStringLiteral(R"({"source":["aws.s3"],"detail":{"object":{"key":[{"anything-but":{"suffix":".tmp"}}],)"
                           R"("etag":[{"exists":true}]},"requester":["%1"]}})")
                .arg(111111111111LL + (k % 50));
        break;
    }
    return p.toUtf8();
}

QJsonObject makeEvent(QRandomGenerator &random, int i)
{
    const auto pick = [&random](int n) {
        return int(random.bounded(n));
    };
    const QString region = QLatin1String(kRegions[pick(4)]);
    const QString account = QString::number(111111111111LL + pick(60));
    QJsonObject event{{QStringLiteral("version"), QStringLiteral("0")},
                      {QStringLiteral("id"), QStringLiteral("evt-%1").arg(i)},
                      {QStringLiteral("account"), account},
                      {QStringLiteral("time"), QStringLiteral("2026-03-01T08:00:00Z")},
                      {QStringLiteral("region"), region}};
    QJsonObject detail;
    switch (i % 4) {
    case 0: {
        const QString name = QStringLiteral("ep-%1-%2").arg(pick(220)).arg(pick(8));
        event.insert(QStringLiteral("source"), QStringLiteral("aws.sagemaker"));
        event.insert(QStringLiteral("detail-type"), QStringLiteral("SageMaker Endpoint State Change"));
        event.insert(QStringLiteral("resources"),
                     QJsonArray{QStringLiteral("arn:aws:sagemaker:%1:%2:endpoint/%3").arg(region, account, name)});
        detail.insert(QStringLiteral("EndpointName"), name);
        detail.insert(QStringLiteral("EndpointStatus"), QLatin1String(kStatuses[pick(6)]));
        if (pick(3) == 0)
            detail.insert(QStringLiteral("FailureReason"), QStringLiteral("model container failed health check"));
        detail.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("latency"), pick(1200)},
                                                             {QStringLiteral("drift"), pick(100) / 100.0}});
        detail.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("prod"), QStringLiteral("kr")});
        break;
    }
    case 1: {
        const QString pipeline = QStringLiteral("p-%1").arg(pick(160));
        const QString arn = QStringLiteral("arn:aws:sagemaker:%1:111111111111:pipeline/%2").arg(region, pipeline);
        event.insert(QStringLiteral("source"), QStringLiteral("aws.sagemaker"));
        event.insert(QStringLiteral("detail-type"),
                     QStringLiteral("SageMaker Model Building Pipeline Execution Status Change"));
        event.insert(QStringLiteral("resources"), QJsonArray{arn, arn + QStringLiteral("/execution/x%1").arg(i)});
        detail.insert(QStringLiteral("pipelineArn"), arn);
        detail.insert(QStringLiteral("pipelineExecutionArn"), arn + QStringLiteral("/execution/x%1").arg(i));
        detail.insert(QStringLiteral("pipelineExecutionDisplayName"), QStringLiteral("run-%1").arg(pick(120)));
        detail.insert(QStringLiteral("currentPipelineExecutionStatus"), QLatin1String(kExecStatuses[pick(5)]));
        detail.insert(QStringLiteral("previousPipelineExecutionStatus"), QLatin1String(kExecStatuses[pick(5)]));
        detail.insert(QStringLiteral("executionStartTime"), QStringLiteral("2026-03-01T07:58:00Z"));
        break;
    }
    default: {
        const QString bucket = QStringLiteral("bucket-%1").arg(pick(320));
        const QString key = QStringLiteral("raw/%1/2026-03-01/part-%2%3")
                                .arg(pick(110))
                                .arg(pick(1000))
                                .arg(QLatin1String(kSuffixes[pick(5)]));
        event.insert(QStringLiteral("source"), QStringLiteral("aws.s3"));
        event.insert(QStringLiteral("detail-type"), QStringLiteral("Object Created"));
        event.insert(QStringLiteral("resources"), QJsonArray{QStringLiteral("arn:aws:s3:::") + bucket});
        detail.insert(QStringLiteral("version"), QStringLiteral("0"));
        detail.insert(QStringLiteral("bucket"), QJsonObject{{QStringLiteral("name"), bucket}});
        detail.insert(QStringLiteral("object"),
                      QJsonObject{{QStringLiteral("key"), key},
                                  {QStringLiteral("size"), pick(400000000)},
                                  {QStringLiteral("etag"), QStringLiteral("b1946ac92492d2347c6235b4d2611184")},
                                  {QStringLiteral("sequencer"), QStringLiteral("00617F08299329D189")}});
        detail.insert(QStringLiteral("request-id"), QStringLiteral("N4N7GDK58NMKJ12R"));
        detail.insert(QStringLiteral("requester"), account);
        detail.insert(QStringLiteral("source-ip-address"),
                      QStringLiteral("10.%1.%2.%3").arg(pick(256)).arg(pick(256)).arg(pick(256)));
        if (pick(4) == 0)
            detail.insert(QStringLiteral("reason"), QStringLiteral("PutObject"));
        break;
    }
    }
    event.insert(QStringLiteral("detail"), detail);
    return event;
}

void run(int ruleCount, int eventCount, int rounds, const std::vector<QJsonObject> &events, bool matchOnly)
{
    // Build: parse every rule's pattern, then compile them together.
    QElapsedTimer timer;
    timer.start();
    PatternMatcher matcher;
    for (int i = 0; i < ruleCount; ++i) {
        auto pattern = EventPattern::parse(ruleJson(i));
        if (!pattern)
            qFatal("bad benchmark pattern %s: %s", ruleJson(i).constData(), qPrintable(pattern.error().message));
        matcher.add(std::uint32_t(i), *pattern);
    }
    const double parseMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    matcher.build();
    const double buildMs = timer.nsecsElapsed() / 1e6;
    std::printf("%d rules: parsing the patterns %.1f ms, building the matcher %.1f ms\n", ruleCount, parseMs, buildMs);

    std::vector<FlatEvent> flat;
    flat.reserve(events.size());
    for (const QJsonObject &event : events)
        flat.push_back(FlatEvent::fromJson(event));

    // 1. Pre-flattened events, in several rounds: the figure is per-thread CPU time, but a
    // shared machine still slows single rounds down by a fifth (caches, frequency), so every
    // round is printed with the median and the best.
    std::vector<std::uint32_t> out;
    std::uint64_t matches = 0;
    std::vector<double> rates;
    for (int round = 0; round < rounds; ++round) {
        matches = 0;
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        for (int i = 0; i < eventCount; ++i) {
            matcher.match(flat[size_t(i) % flat.size()], out);
            matches += out.size();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        cpu = cpuSeconds() - cpu;
        rates.push_back(eventCount / cpu);
        std::printf("  match (flattened events), round %d: %d events in %.3f s = %.0f events/s (CPU %.3f s = %.0f "
                    "events/s), %.2f matches/event\n",
                    round + 1, eventCount, seconds, eventCount / seconds, cpu, eventCount / cpu,
                    double(matches) / eventCount);
    }
    std::vector<double> sorted = rates;
    std::sort(sorted.begin(), sorted.end());
    std::printf("  match (flattened events): median %.0f events/s, best %.0f events/s over %d rounds of %d events\n",
                sorted[sorted.size() / 2], sorted.back(), rounds, eventCount);

    if (matchOnly)
        return;

    // 2. Flatten from QJsonObject, then match.
    std::uint64_t matches2 = 0;
    timer.restart();
    double cpu = cpuSeconds();
    for (int i = 0; i < eventCount; ++i) {
        matcher.match(FlatEvent::fromJson(events[size_t(i) % events.size()]), out);
        matches2 += out.size();
    }
    double seconds = timer.nsecsElapsed() / 1e9;
    cpu = cpuSeconds() - cpu;
    std::printf("  flatten + match (QJsonObject): %d events in %.3f s = %.0f events/s (CPU %.3f s = %.0f events/s)\n",
                eventCount, seconds, eventCount / seconds, cpu, eventCount / cpu);
    if (matches2 != matches)
        qFatal("flattened and unflattened runs disagree: %llu vs %llu", static_cast<unsigned long long>(matches),
               static_cast<unsigned long long>(matches2));

    // 3. The interpreter on a sample, for scale (one pattern at a time, as a naive loop would).
    if (ruleCount <= 1000) {
        std::vector<EventPattern> patterns;
        for (int i = 0; i < ruleCount; ++i)
            patterns.push_back(*EventPattern::parse(ruleJson(i)));
        const int sample = std::min(eventCount / 10, 2000);
        std::uint64_t naive = 0;
        timer.restart();
        for (int i = 0; i < sample; ++i) {
            for (const EventPattern &pattern : patterns)
                naive += pattern.matches(events[size_t(i) % events.size()]) ? 1 : 0;
        }
        seconds = timer.nsecsElapsed() / 1e9;
        std::printf("  (for scale: interpreting every pattern per event: %.0f events/s)\n", sample / seconds);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const bool smoke = app.arguments().contains(QLatin1String("--smoke"));
    const int distinct = smoke ? 64 : 4096;
    const qsizetype eventsAt = app.arguments().indexOf(QLatin1String("--events"));
    const int eventCount = eventsAt > 0 && eventsAt + 1 < app.arguments().size()
                               ? app.arguments().at(eventsAt + 1).toInt()
                               : (smoke ? 1000 : 1000000);

    const qsizetype roundsAt = app.arguments().indexOf(QLatin1String("--rounds"));
    const int rounds = roundsAt > 0 && roundsAt + 1 < app.arguments().size()
                           ? std::max(1, app.arguments().at(roundsAt + 1).toInt())
                           : (smoke ? 1 : 5);

    QRandomGenerator random(2026);
    std::vector<QJsonObject> events;
    std::vector<QByteArray> texts;
    for (int i = 0; i < distinct; ++i) {
        events.push_back(makeEvent(random, i));
        texts.push_back(QJsonDocument(events.back()).toJson(QJsonDocument::Compact));
    }
    std::printf("events: %d distinct (SageMaker endpoint and pipeline-execution, S3 object-created), cycled to %d; "
                "one thread\n",
                distinct, eventCount);

    // JSON parse cost on its own (what put-events pays before any matching).
    {
        const int parses = smoke ? 1000 : 200000;
        QElapsedTimer timer;
        timer.start();
        qsizetype keys = 0;
        for (int i = 0; i < parses; ++i)
            keys += QJsonDocument::fromJson(texts[size_t(i) % texts.size()]).object().size();
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("JSON parse (QJsonDocument::fromJson, ~%lld bytes/event): %.0f events/s  [%lld]\n",
                    static_cast<long long>(texts.front().size()), parses / seconds, static_cast<long long>(keys % 10));
    }

    std::vector<int> ruleCounts{1000, 10000};
    const qsizetype rulesAt = app.arguments().indexOf(QLatin1String("--rules"));
    if (rulesAt > 0 && rulesAt + 1 < app.arguments().size())
        ruleCounts = {app.arguments().at(rulesAt + 1).toInt()};
    for (int rules : ruleCounts)
        run(smoke ? std::max(rules / 50, 1) : rules, eventCount, rounds, events,
            app.arguments().contains(QLatin1String("--match-only")));
    return 0;
}

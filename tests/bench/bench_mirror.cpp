// bench_mirror: writing a connected account's SageMaker answers into the workspace (issue 14)
// [targets in brackets]. The answers are JSON bytes built beforehand, as the network hands them
// over; each is parsed and applied (one transaction a page), as a sync does:
//   1. first sync: ListPipelines (20) + 20 DescribePipeline, then ListPipelineExecutions of
//      10,000 executions of 20 pipelines in pages of 100, each listing finished      [< 2 s total]
//   2. a second sync of the same answers (every row updated, nothing deleted)
//   3. a third where 10 % of the executions are gone (deleted by the finished listings)
//   4. the steps of 1,000 executions (ListPipelineExecutionSteps, 5 steps each)
//   the slowest page, and the peak resident memory of the process (VmHWM)            [bounded]
// Usage: bench_mirror [--executions N] [--pipelines P] [--page-size S] [--smoke]
// Build in Release (-DCMAKE_BUILD_TYPE=Release) for real figures.
#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "core/clock.h"
#include "pipelines/pipelinemirror.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Pd;

namespace {

const QString prod = QStringLiteral("444444444444");
const QDateTime benchNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

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

QString pipelineArnOf(int p)
{
    return QStringLiteral("arn:aws:sagemaker:us-east-1:%1:pipeline/bench-pipeline-%2").arg(prod).arg(p, 2, 10, QLatin1Char('0'));
}

QString executionArnOf(int p, int e)
{
    return pipelineArnOf(p) + QStringLiteral("/execution/x%1").arg(e, 11, 10, QLatin1Char('0'));
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}

struct Answers
{
    QByteArray listPipelines;
    QList<QByteArray> describePipelines;
    QList<QList<QByteArray>> executionPages; // per pipeline
    qsizetype totalBytes = 0;
};

Answers answers(int pipelines, int perPipeline, int pageSize, int skipEvery)
{
    static const char *statuses[] = {"Succeeded", "Succeeded", "Succeeded", "Failed", "Stopped", "Executing"};
    const double base = benchNow.toSecsSinceEpoch() - 86400.0 * 30;
    Answers a;
    QJsonArray summaries;
    for (int p = 0; p < pipelines; ++p) {
        QJsonObject s{{QStringLiteral("PipelineArn"), pipelineArnOf(p)},
                      {QStringLiteral("PipelineName"), QStringLiteral("bench-pipeline-%1").arg(p, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("PipelineDisplayName"), QStringLiteral("Bench pipeline %1").arg(p)},
                      {QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::%1:role/SageMakerPipelines").arg(prod)},
                      {QStringLiteral("CreationTime"), base},
                      {QStringLiteral("LastModifiedTime"), base + 3600.5}};
        summaries.append(s);
        QJsonObject d = s;
        d.insert(QStringLiteral("PipelineStatus"), QStringLiteral("Active"));
        d.insert(QStringLiteral("PipelineDefinition"),
                 QStringLiteral("{\"Version\":\"2020-12-01\",\"Steps\":[{\"Name\":\"Prepare\",\"Type\":\"Processing\","
                                "\"Arguments\":{}},{\"Name\":\"Train\",\"Type\":\"Training\",\"DependsOn\":[\"Prepare\"],"
                                "\"Arguments\":{}}]}"));
        a.describePipelines.append(bytes(d));
        QList<QByteArray> pages;
        QJsonArray page;
        for (int e = 0; e < perPipeline; ++e) {
            if (skipEvery > 0 && e % skipEvery == 0)
                continue;
            QJsonObject x{{QStringLiteral("PipelineExecutionArn"), executionArnOf(p, e)},
                          {QStringLiteral("StartTime"), base + e * 60.125},
                          {QStringLiteral("PipelineExecutionStatus"), QLatin1String(statuses[e % 6])},
                          {QStringLiteral("PipelineExecutionDisplayName"), QStringLiteral("execution-%1").arg(e)}};
            if (e % 6 == 3)
                x.insert(QStringLiteral("PipelineExecutionFailureReason"),
                         QStringLiteral("Step failure: One or multiple steps failed."));
            page.append(x);
            if (page.size() == pageSize) {
                pages.append(bytes({{QStringLiteral("PipelineExecutionSummaries"), page},
                                    {QStringLiteral("NextToken"), QStringLiteral("token")}}));
                page = QJsonArray();
            }
        }
        if (!page.isEmpty())
            pages.append(bytes({{QStringLiteral("PipelineExecutionSummaries"), page}}));
        a.executionPages.append(pages);
    }
    a.listPipelines = bytes({{QStringLiteral("PipelineSummaries"), summaries}});
    a.totalBytes = a.listPipelines.size();
    for (const QByteArray &b : std::as_const(a.describePipelines))
        a.totalBytes += b.size();
    for (const auto &pages : std::as_const(a.executionPages))
        for (const QByteArray &b : pages)
            a.totalBytes += b.size();
    return a;
}

struct Figures
{
    double totalMs = 0;
    double slowestPageMs = 0;
    int pages = 0;
    int deleted = 0;
};

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
}

Figures sync(Workspace &ws, const Answers &a)
{
    Figures f;
    QElapsedTimer total;
    total.start();
    auto begun = PipelineMirror::begin(ws.context(), ws.pipelines(), prod);
    if (!begun)
        qFatal("%s", qPrintable(begun.error().message));
    PipelineMirror &mirror = *begun.value();
    auto page = [&](const std::function<Status()> &apply) {
        QElapsedTimer t;
        t.start();
        check(apply());
        f.slowestPageMs = qMax(f.slowestPageMs, double(t.nsecsElapsed()) / 1e6);
        ++f.pages;
    };
    page([&] { return mirror.applyPipelines(parse(a.listPipelines)); });
    for (const QByteArray &b : a.describePipelines)
        page([&] { return mirror.applyPipeline(parse(b)); });
    auto finished = mirror.finishPipelines();
    check(finished ? Status() : Status(finished.error()));
    for (int p = 0; p < a.executionPages.size(); ++p) {
        for (const QByteArray &b : a.executionPages.at(p))
            page([&] { return mirror.applyExecutions(pipelineArnOf(p), parse(b)); });
        auto deleted = mirror.finishExecutions(pipelineArnOf(p));
        if (!deleted)
            qFatal("%s", qPrintable(deleted.error().message));
        f.deleted += deleted.value();
    }
    f.totalMs = double(total.nsecsElapsed()) / 1e6;
    return f;
}

int mirroredExecutions(Workspace &ws)
{
    QSqlQuery q(ws.database().db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM executions WHERE origin = 'prod'")) || !q.next())
        qFatal("count");
    return q.value(0).toInt();
}

void print(const char *what, const Figures &f, int executions)
{
    std::printf("%-44s %8.1f ms  (%d pages, slowest %.1f ms, %.0f executions/s, %d deleted)\n", what, f.totalMs,
                f.pages, f.slowestPageMs, executions / (f.totalMs / 1000.0), f.deleted);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const int pipelines = option(args, QStringLiteral("--pipelines"), 20);
    const int executions = option(args, QStringLiteral("--executions"), smoke ? 200 : 10000);
    const int pageSize = option(args, QStringLiteral("--page-size"), 100);
    const int perPipeline = executions / pipelines;

    QTemporaryDir dir;
    ManualClock clock(benchNow);
    Workspace::Options options;
    options.seedDemo = true;
    options.clock = &clock;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")), options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Workspace &ws = *opened.value();
    AccountInput input;
    input.id = prod;
    input.name = QStringLiteral("prod");
    if (!ws.accounts().createAccount(QString(), input))
        qFatal("account");
    Account account = ws.accounts().account(prod).value();
    account.profile = QStringLiteral("prod");
    check(ws.database().transaction([&] { return AccountStore(ws.database()).update(account); }));

    const long startKb = peakKb();
    const Answers all = answers(pipelines, perPipeline, pageSize, 0);
    const Answers fewer = answers(pipelines, perPipeline, pageSize, 10);
    std::printf("bench_mirror: %d executions of %d pipelines, pages of %d (%.1f MB of JSON answers)\n",
                perPipeline * pipelines, pipelines, pageSize, double(all.totalBytes) / 1e6);

    const Figures first = sync(ws, all);
    print("1. first sync (inserts)", first, perPipeline * pipelines);
    clock.advance(60000);
    const Figures second = sync(ws, all);
    print("2. same answers again (updates)", second, perPipeline * pipelines);
    clock.advance(60000);
    const Figures third = sync(ws, fewer);
    print("3. 10 % gone (updates + deletes)", third, perPipeline * pipelines);
    const int left = mirroredExecutions(ws);
    const int expected = pipelines * (perPipeline - (perPipeline + 9) / 10);
    if (left != expected || third.deleted != perPipeline * pipelines - expected)
        qFatal("mirror: %d executions left, %d expected", left, expected);

    // 4. steps of the first 1,000 (or all, when fewer) executions still mirrored.
    const int stepExecutions = qMin(1000, left);
    QList<QPair<QString, QByteArray>> stepPages;
    {
        QSqlQuery q(ws.database().db());
        if (!q.exec(QStringLiteral("SELECT arn, start_time FROM executions WHERE origin = 'prod' LIMIT %1")
                        .arg(stepExecutions)))
            qFatal("select");
        while (q.next()) {
            const double start = q.value(1).toLongLong() / 1000.0;
            QJsonArray steps;
            for (int s = 4; s >= 0; --s) {
                steps.append(QJsonObject{{QStringLiteral("StepName"), QStringLiteral("Step%1").arg(s)},
                                         {QStringLiteral("StartTime"), start + s * 10},
                                         {QStringLiteral("EndTime"), start + s * 10 + 9},
                                         {QStringLiteral("StepStatus"), QStringLiteral("Succeeded")},
                                         {QStringLiteral("AttemptCount"), 1},
                                         {QStringLiteral("Metadata"),
                                          QJsonObject{{QStringLiteral("ProcessingJob"),
                                                       QJsonObject{{QStringLiteral("Arn"), QStringLiteral("x")}}}}}});
            }
            stepPages.append({q.value(0).toString(), bytes({{QStringLiteral("PipelineExecutionSteps"), steps}})});
        }
    }
    {
        auto begun = PipelineMirror::begin(ws.context(), ws.pipelines(), prod);
        PipelineMirror &mirror = *begun.value();
        Figures f;
        QElapsedTimer total;
        total.start();
        for (const auto &[arn, b] : std::as_const(stepPages)) {
            QElapsedTimer t;
            t.start();
            check(mirror.applySteps(arn, parse(b)));
            f.slowestPageMs = qMax(f.slowestPageMs, double(t.nsecsElapsed()) / 1e6);
            ++f.pages;
        }
        f.totalMs = double(total.nsecsElapsed()) / 1e6;
        std::printf("%-44s %8.1f ms  (%d pages, slowest %.1f ms)\n", "4. steps of executions (5 each)", f.totalMs,
                    f.pages, f.slowestPageMs);
    }
    std::printf("first sync of %d executions: %.0f ms   target < 2000 ms\n", perPipeline * pipelines, first.totalMs);
    std::printf("peak memory (VmHWM): %.1f MB (after setup: %.1f MB; answers built in memory: %.1f MB)\n",
                peakKb() / 1024.0, startKb / 1024.0, double(all.totalBytes + fewer.totalBytes) / 1e6);
    return 0;
}

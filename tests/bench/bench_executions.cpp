// Speed and memory of the Executions page on a big workspace.
// Builds (once, in a child process, so its memory does not count) a workspace with 1,000,000
// executions: 800,000 of ten pipelines of the viewer account and 200,000 of another account's
// pipelines it may not see. Then, in a fresh process, prints:
//   - the time to the first rows of the Executions page model, and of the whole page widget;
//   - the time of each filter and sort change (pipeline, status, started-by, time range, columns);
//   - the peak resident memory of the measuring process (VmHWM).
// Usage: bench_executions [--executions N] [--workspace FILE] [--keep]
//   --workspace reuses FILE when it exists (it is built there otherwise); --keep leaves it behind.
// Targets (issue "Pipelines, executions and the local runner"): first rows < 300 ms,
// a filter or sort change < 300 ms, memory < 300 MB. Build in Release for real figures:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target bench_executions
#include "core/session.h"
#include "pipelines/executionmodels.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "sharing/accessservice.h"
#include "store/database.h"
#include "views/pipelines/executionspage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Pd;

namespace {

const QString viewer = QStringLiteral("222222222222");
const QString other = QStringLiteral("111111111111");
constexpr int viewerPipelines = 10;
constexpr int otherPipelines = 3;
constexpr qint64 hour = 3600 * 1000;
const QDateTime benchNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

QString pipelineName(int i)
{
    return QStringLiteral("bench-pipeline-%1").arg(i, 2, 10, QLatin1Char('0'));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
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

int build(const QString &path, int executions)
{
    ManualClock clock(benchNow);
    Workspace::Options options;
    options.seedDemo = true;
    options.clock = &clock;
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        std::fprintf(stderr, "bench_executions: %s\n", qPrintable(workspace.error().message));
        return 1;
    }
    Workspace &ws = **workspace;
    const QByteArray definition = R"({"Version":"2020-12-01","Parameters":[{"Name":"Epochs","Type":"Integer","DefaultValue":3}],
        "Steps":[{"Name":"Prepare","Type":"Processing"},{"Name":"Train","Type":"Training","DependsOn":["Prepare"]}]})";
    QStringList visible, hidden;
    for (int i = 0; i < viewerPipelines + otherPipelines; ++i) {
        PipelineInput input;
        input.name = pipelineName(i);
        input.definition = definition;
        auto created = ws.pipelines().createPipeline(i < viewerPipelines ? viewer : other, input);
        if (!created) {
            std::fprintf(stderr, "bench_executions: %s\n", qPrintable(created.error().message));
            return 1;
        }
        (i < viewerPipelines ? visible : hidden).append(created->arn);
    }
    const ExecutionStatus statuses[] = {ExecutionStatus::Succeeded, ExecutionStatus::Succeeded,
                                        ExecutionStatus::Succeeded, ExecutionStatus::Failed, ExecutionStatus::Stopped};
    const StartedByKind kinds[] = {StartedByKind::Schedule, StartedByKind::Schedule, StartedByKind::User,
                                   StartedByKind::Rule, StartedByKind::Retry};
    PipelineStore store(ws.database());
    QElapsedTimer timer;
    timer.start();
    constexpr int chunk = 20000;
    // A deterministic mix over two years: every 5th execution belongs to the hidden account.
    for (int first = 0; first < executions; first += chunk) {
        QList<Execution> batch;
        batch.reserve(chunk);
        for (int i = first; i < qMin(executions, first + chunk); ++i) {
            const bool hide = i % 5 == 4;
            const QString pipeline = hide ? hidden.at(i % otherPipelines) : visible.at((i * 7) % viewerPipelines);
            Execution e;
            e.pipelineArn = pipeline;
            e.arn = pipeline + QStringLiteral("/execution/b%1").arg(i, 11, 36, QLatin1Char('0'));
            e.displayName = QStringLiteral("run-%1").arg((i * 7919LL) % 1000003, 7, 10, QLatin1Char('0'));
            e.status = statuses[(i / 3) % 5];
            e.startedByKind = kinds[(i / 7) % 5];
            e.startedBy = e.startedByKind == StartedByKind::User ? QStringLiteral("admin") : QStringLiteral("nightly");
            e.actingAccountId = hide ? other : viewer;
            e.startTime = benchNow.toMSecsSinceEpoch() - qint64(i) * 63 * 1000 - hour;
            e.endTime = e.lastModifiedTime = e.startTime + (20 + i % 40) * 60 * 1000;
            e.parameters = {{QStringLiteral("Epochs"), QString::number(1 + i % 9)}};
            batch.append(e);
        }
        const Status inserted = ws.database().transaction([&] { return store.insert(batch); });
        if (!inserted) {
            std::fprintf(stderr, "bench_executions: %s\n", qPrintable(inserted.error().message));
            return 1;
        }
    }
    std::printf("built %d executions in %.1f s\n", executions, msSince(timer) / 1000);
    return 0;
}

struct Change
{
    const char *what;
    std::function<void(ExecutionTableModel &)> apply;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--build") == 0) {
        QCoreApplication app(argc, argv);
        return build(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    int executions = 1000000;
    if (const int at = int(arguments.indexOf(QStringLiteral("--executions"))); at > 0)
        executions = arguments.value(at + 1).toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (const int at = int(arguments.indexOf(QStringLiteral("--workspace"))); at > 0)
        path = arguments.value(at + 1);
    dir.setAutoRemove(!arguments.contains(QStringLiteral("--keep")));
    if (!QFile::exists(path)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--build"), path, QString::number(executions)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    const long baseKb = peakKb();

    ManualClock clock(benchNow);
    Workspace::Options options;
    options.clock = &clock;
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        std::fprintf(stderr, "bench_executions: %s\n", qPrintable(workspace.error().message));
        return 1;
    }
    const double openMs = msSince(timer);
    Session session(viewer);

    // What the page shows first: the model's first page and the cells of the visible rows.
    timer.restart();
    ExecutionTableModel model((*workspace)->pipelines(), (*workspace)->access(), (*workspace)->clock(), session);
    QStringList cells;
    for (int r = 0; r < qMin(40, model.rowCount()); ++r) {
        for (int c = 0; c < ExecutionTableModel::ColumnCount; ++c)
            cells.append(model.index(r, c).data().toString());
    }
    const double firstRowsMs = msSince(timer);

    timer.restart();
    ExecutionsPage page(**workspace, session);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    const double pageMs = msSince(timer);

    std::printf("workspace: %d executions (%s)\n", executions, qPrintable(path));
    std::printf("open workspace:                       %8.1f ms\n", openMs);
    std::printf("first rows of the model (%d rows):   %8.1f ms   target < 300 ms\n", model.rowCount(), firstRowsMs);
    std::printf("whole Executions page shown:          %8.1f ms\n", pageMs);

    const QString somePipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:%1:pipeline/%2").arg(viewer, pipelineName(2));
    const QList<Change> changes = {
        {"sort by name ascending", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Name, Qt::AscendingOrder); }},
        {"sort by name descending", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Name, Qt::DescendingOrder); }},
        {"sort by status", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Status, Qt::AscendingOrder); }},
        {"sort by pipeline", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Pipeline, Qt::AscendingOrder); }},
        {"sort by ended", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Ended, Qt::DescendingOrder); }},
        {"sort by started-by", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::StartedBy, Qt::AscendingOrder); }},
        {"sort by started, oldest first", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Started, Qt::AscendingOrder); }},
        {"sort by started, newest first", [](ExecutionTableModel &m) { m.sort(ExecutionTableModel::Started, Qt::DescendingOrder); }},
        {"filter: status Failed", [](ExecutionTableModel &m) {
             ExecutionFilter f;
             f.status = ExecutionStatus::Failed;
             m.setFilter(f);
         }},
        {"filter: one pipeline", [&](ExecutionTableModel &m) {
             ExecutionFilter f;
             f.pipelineArn = somePipeline;
             m.setFilter(f);
         }},
        {"filter: started by a rule", [](ExecutionTableModel &m) {
             ExecutionFilter f;
             f.startedByKind = StartedByKind::Rule;
             m.setFilter(f);
         }},
        {"filter: last 24 hours", [](ExecutionTableModel &m) {
             ExecutionFilter f;
             f.range = ExecutionFilter::TimeRange::LastDay;
             m.setFilter(f);
         }},
        {"filter: pipeline + Stopped + schedule + 30 days", [&](ExecutionTableModel &m) {
             ExecutionFilter f;
             f.pipelineArn = somePipeline;
             f.status = ExecutionStatus::Stopped;
             f.startedByKind = StartedByKind::Schedule;
             f.range = ExecutionFilter::TimeRange::LastMonth;
             m.setFilter(f);
         }},
        {"filter: Failed, sorted by name", [](ExecutionTableModel &m) {
             m.sort(ExecutionTableModel::Name, Qt::AscendingOrder);
             ExecutionFilter f;
             f.status = ExecutionStatus::Failed;
             m.setFilter(f);
         }},
        {"filter: none", [](ExecutionTableModel &m) { m.setFilter(ExecutionFilter()); }},
    };
    double worst = 0;
    for (const Change &change : changes) {
        timer.restart();
        change.apply(model);
        for (int r = 0; r < qMin(40, model.rowCount()); ++r)
            cells.append(model.index(r, ExecutionTableModel::Name).data().toString());
        const double ms = msSince(timer);
        worst = qMax(worst, ms);
        std::printf("%-48s %8.1f ms  (%d rows)\n", change.what, ms, model.rowCount());
    }
    std::printf("slowest filter or sort change:        %8.1f ms   target < 300 ms\n", worst);
    timer.restart();
    auto *table = page.findChild<QTableView *>(QStringLiteral("executionTable"));
    for (int i = 0; i < 20 && page.model()->canFetchMore({}); ++i)
        page.model()->fetchMore({});
    table->scrollToBottom();
    QApplication::processEvents();
    std::printf("scroll: 20 more pages (%d rows loaded):  %8.1f ms\n", page.model()->rowCount(), msSince(timer));
    std::printf("peak memory (VmHWM):                  %8.1f MB   target < 300 MB (process start: %.1f MB)\n",
                peakKb() / 1024.0, baseKb / 1024.0);
    return cells.isEmpty() ? 1 : 0;
}

// Bounded documents (issue 13): how long the desk takes to refuse what it will not read.
//   - Yaml::parseDocument on documents nested 100,000 and 1,000,000 levels deep, in four shapes
//     (JSON arrays, JSON objects, YAML flow, YAML block sequences): before the depth limit,
//     100,000 levels took 22 to 47 s and grew quadratically; now the JSON pre-scan (one linear pass)
//     or the libyaml event stream (stopped at level 129) refuses them. Median of the rounds, ms.
//   - the same documents at the limit (128 levels), read whole, for scale;
//   - pipelinedesk-cli, in process, refusing /dev/zero for a 4,096-character option (reads 16 KiB
//     and a byte), for --event (256 KiB) and for an import --file (16 MiB).
// Usage: bench_documents [--smoke] [--rounds N]
//   --smoke: 10,000 levels, one round, for ctest.
#include "cli.h"
#include "interchange/documentlimits.h"
#include "interchange/yaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray nested(const QByteArray &shape, int levels)
{
    if (shape == "JSON arrays")
        return QByteArray(levels, '[') + QByteArray(levels, ']');
    if (shape == "JSON objects")
        return QByteArray("{\"a\":").repeated(levels - 1) + "{}" + QByteArray(levels - 1, '}');
    if (shape == "YAML flow")
        return "v: " + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']');
    return QByteArray("- ").repeated(levels) + "x\n"; // YAML block sequences
}

template<typename F>
double medianMs(int rounds, F &&run)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int cli(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    return Pd::Cli::run(QStringList{QStringLiteral("pipelinedesk-cli"), QStringLiteral("--language"),
                                    QStringLiteral("en")} +
                            arguments,
                        o, e);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int rounds = smoke ? 1 : 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args.at(i + 1).toInt());
    const QList<int> depths = smoke ? QList<int>{10000} : QList<int>{100000, 1000000};
    const QList<QByteArray> shapes = {"JSON arrays", "JSON objects", "YAML flow", "YAML block sequences"};

    std::printf("Refusing deep nesting (limit %d levels), median of %d round(s):\n", Pd::DocumentLimits::maxDepth,
                rounds);
    bool allRefused = true;
    for (const QByteArray &shape : shapes) {
        for (int depth : depths) {
            const QByteArray text = nested(shape, depth);
            bool refused = false;
            const double ms = medianMs(rounds, [&] { refused = !Pd::Yaml::parseDocument(text).ok(); });
            allRefused = allRefused && refused;
            std::printf("  %-22s %9d levels (%8.1f KB): %8.3f ms%s\n", shape.constData(), depth,
                        double(text.size()) / 1024, ms, refused ? "" : "  NOT REFUSED");
        }
        const QByteArray atLimit = nested(shape, Pd::DocumentLimits::maxDepth);
        bool read = false;
        const double ms = medianMs(rounds, [&] { read = Pd::Yaml::parseDocument(atLimit).ok(); });
        allRefused = allRefused && read;
        std::printf("  %-22s %9d levels, read whole:   %8.3f ms%s\n", shape.constData(), Pd::DocumentLimits::maxDepth,
                    ms, read ? "" : "  NOT READ");
    }

    if (QFile::exists(QStringLiteral("/dev/zero"))) {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.sqlite"));
        cli({QStringLiteral("--workspace"), workspace, QStringLiteral("--demo"), QStringLiteral("accounts"),
             QStringLiteral("list")});
        const QString zero = QStringLiteral("file:///dev/zero");
        struct Case
        {
            const char *name;
            QStringList arguments;
        };
        const QList<Case> cases = {
            {"test-pattern --event-pattern /dev/zero",
             {QStringLiteral("events"), QStringLiteral("test-pattern"), QStringLiteral("--event-pattern"), zero,
              QStringLiteral("--event"), QStringLiteral("{}")}},
            {"test-pattern --event /dev/zero",
             {QStringLiteral("events"), QStringLiteral("test-pattern"), QStringLiteral("--event-pattern"),
              QStringLiteral("{}"), QStringLiteral("--event"), zero}},
            {"rules import --file /dev/zero",
             {QStringLiteral("--workspace"), workspace, QStringLiteral("rules"), QStringLiteral("import"),
              QStringLiteral("--file"), QStringLiteral("/dev/zero")}},
        };
        std::printf("Refusing /dev/zero (pipelinedesk-cli in process), median of %d round(s):\n", rounds);
        for (const Case &c : cases) {
            int code = -1;
            const double ms = medianMs(rounds, [&] { code = cli(c.arguments); });
            allRefused = allRefused && code == 2;
            std::printf("  %-40s exit %d, %8.3f ms\n", c.name, code, ms);
        }
    }
    return allRefused ? 0 : 1;
}

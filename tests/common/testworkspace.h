#pragma once

// Helpers shared by the tests: a throw-away workspace (demo-seeded, on a manual clock) and a way
// to run pipelinedesk-cli commands in process and read what they printed.

#include "cli.h"
#include "core/clock.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

namespace PdTest {

// 2026-11-23T12:00:00Z: a Monday, the day the demo is set on.
inline QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
}

struct TestWorkspace
{
    QTemporaryDir dir;
    Pd::ManualClock clock{demoNow()};
    std::unique_ptr<Pd::Workspace> workspace;

    explicit TestWorkspace(bool demo = true)
    {
        Pd::Workspace::Options options;
        options.seedDemo = demo;
        options.clock = &clock;
        auto opened = Pd::Workspace::open(path(), options);
        if (!opened)
            qFatal("cannot open test workspace: %s", qPrintable(opened.error().message));
        workspace = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("workspace.sqlite")); }
    Pd::Workspace &operator*() { return *workspace; }
    Pd::Workspace *operator->() { return workspace.get(); }
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs "pipelinedesk-cli <arguments>" in process with --language en unless given.
inline CliResult runCli(QStringList arguments)
{
    if (!arguments.contains(QLatin1String("--language")))
        arguments << QStringLiteral("--language") << QStringLiteral("en");
    arguments.prepend(QStringLiteral("pipelinedesk-cli"));
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = Pd::Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace PdTest

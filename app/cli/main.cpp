// pipelinedesk-cli: the operations of Pipeline Desk without a window.
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PipelineDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("pipelinedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Pd::Cli::run(QCoreApplication::arguments(), out, err);
}

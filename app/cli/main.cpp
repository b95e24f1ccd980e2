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
    // Not QCoreApplication::arguments(): it replaces bytes that are not UTF-8 by U+FFFD, so a
    // garbled --description would be stored rewritten instead of refused.
    return Pd::Cli::run(Pd::Cli::decodeArguments(argc, argv), out, err);
}

// pipelinedesk: the GUI. Wiring only: options, language, workspace, main window.
#include "accounts/accountservice.h"
#include "core/language.h"
#include "core/session.h"
#include "core/tr.h"
#include "pipelines/localrunner.h"
#include "scheduler/engine.h"
#include "views/accounts/firststartdialog.h"
#include "views/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no screen: render offscreen unless the caller chose a platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PipelineDesk"));
    QApplication::setApplicationName(QStringLiteral("pipelinedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pipeline Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("Workspace file."), QStringLiteral("FILE"));
    const QCommandLineOption identityOption(QStringLiteral("identity"), QStringLiteral("Account id to act as."), QStringLiteral("ACCOUNT_ID"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("ko or en."), QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Page to show."), QStringLiteral("NAME"));
    // The CLI's --demo (DESIGN.md "Command-line contracts"): seed a new or empty workspace file.
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Seed a new workspace file (or one without accounts) with the demo."));
    parser.addOptions({workspaceOption, identityOption, languageOption, screenshotOption, pageOption, demoOption});
    parser.process(app);

    QSettings settings;
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = settings.value(QStringLiteral("language"), Pd::Language::systemDefault()).toString();
    if (!Pd::Language::instance()->setLanguage(language))
        Pd::Language::instance()->setLanguage(QStringLiteral("en"));

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Pd::Workspace::defaultPath();
    const bool screenshot = parser.isSet(screenshotOption);
    // A refusal: on stderr with --screenshot (nobody to click a box), in a message box otherwise.
    // The exit code is the CLI's for the same error (2 for what the user gave, 1 for the file).
    const auto refuse = [screenshot](const Pd::Error &error) {
        if (screenshot) {
            std::fprintf(stderr, "pipelinedesk: %s\n", qPrintable(error.message));
        } else {
            QMessageBox::critical(nullptr, QApplication::translate("Pd::MainWindow", "Pipeline Desk"), error.message);
        }
        return error.exitCode();
    };
    // Checked before the workspace is opened, so that a refusal writes nothing.
    if (parser.isSet(pageOption) && !Pd::MainWindow::pageNames().contains(parser.value(pageOption))) {
        std::fprintf(stderr, "pipelinedesk: --page: unknown page \"%s\"; use one of %s\n",
                     qPrintable(parser.value(pageOption)), qPrintable(Pd::MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    Pd::Workspace::Options options;
    options.seedDemo = parser.isSet(demoOption);
    // The default workspace's data folder is made on a first start; a folder the user named is not.
    options.createFolder = !parser.isSet(workspaceOption);
    // Before the first-start dialog: no question about a file that cannot be made there anyway.
    if (const Pd::Status location = Pd::Workspace::checkLocation(path, options); !location)
        return refuse(location.error());
    if (!options.seedDemo && !QFileInfo::exists(path)) {
        if (screenshot) {
            // A screenshot asks no one: a new file shows the demo, so that it shows something real.
            options.seedDemo = true;
        } else {
            // The first start: the user chooses between the demo and an empty workspace.
            Pd::FirstStartDialog firstStart(path);
            if (firstStart.exec() != QDialog::Accepted)
                return 0;
            options.seedDemo = firstStart.choice() == Pd::FirstStartDialog::Choice::Demo;
        }
    }
    auto workspace = Pd::Workspace::open(path, options);
    if (!workspace)
        return refuse(workspace.error());

    // Say what --demo did to a file that was already there, as pipelinedesk-cli does.
    const QString file = QDir::toNativeSeparators((*workspace)->path());
    if ((*workspace)->demoSeeding() == Pd::Workspace::DemoSeeding::KeptExisting) {
        const QString notice =
            Pd::Tr::tr("--demo: the workspace %1 already has accounts, so nothing was seeded; --demo only seeds a "
                       "new or empty workspace (name a new file with --workspace).")
                .arg(file);
        std::fprintf(stderr, "pipelinedesk: %s\n", qPrintable(notice));
        if (!screenshot)
            QMessageBox::information(nullptr, QApplication::translate("Pd::MainWindow", "Pipeline Desk"), notice);
    } else if ((*workspace)->demoSeeding() == Pd::Workspace::DemoSeeding::SeededEmpty) {
        const QString notice = Pd::Tr::tr("--demo: the workspace %1 had no accounts; it now holds the demo.").arg(file);
        std::fprintf(stderr, "pipelinedesk: %s\n", qPrintable(notice));
    }

    // An unknown --identity is refused as the CLI refuses it: acting as another account than the
    // one asked for would show (and change) the wrong account's things.
    const auto identity =
        (*workspace)->startingIdentity(parser.value(identityOption), settings.value(QStringLiteral("identity")).toString());
    if (!identity) {
        // A workspace made for this start goes again: a refused start writes nothing.
        (*workspace)->discardIfUnchanged();
        return refuse(identity.error());
    }
    Pd::Session session(identity.value());

    // The local runner moves running executions on (and finishes those left running last time).
    Pd::LocalRunner runner((*workspace)->context(), (*workspace)->pipelines());
    if (screenshot) {
        const auto ticked = runner.tick();
        Q_UNUSED(ticked)
    } else {
        runner.start();
    }

    Pd::MainWindow window(**workspace, session);
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));
    if (parser.isSet(screenshotOption)) {
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "pipelinedesk: could not write %s\n", qPrintable(QDir::toNativeSeparators(file)));
            return 1;
        }
        return 0;
    }
    // The GUI runs the workspace's scheduler engine unless another program (the CLI daemon, another
    // window) holds its lease, and tries again now and then in case that one stops.
    Pd::Engine engine((*workspace)->context(), (*workspace)->pipelines(), (*workspace)->schedules(), (*workspace)->rules(), Pd::Engine::Kind::Gui);
    (void)engine.start();
    QTimer engineRetry;
    engineRetry.setInterval(int(Pd::EngineLease::staleAfterMs));
    QObject::connect(&engineRetry, &QTimer::timeout, &engine, [&engine] {
        if (!engine.isRunning())
            (void)engine.start();
    });
    engineRetry.start();
    window.show();
    return app.exec();
}

#include "Console.h"
#include "FirstPaintWatcher.h"
#include "FontPreload.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "cli/GlobalOptions.h"
#include "cli/Invocation.h"
#include "cli/Output.h"
#include "common/AppEnvironment.h"
#include "common/AppInfo.h"
#include "common/ProcessExit.h"
#include "common/Translations.h"
#include "engine/Backend.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <memory>

namespace {

struct Options
{
    bool benchmarkStartup = false;
    bool verbose = false;
    QString dataDir;
    QStringList images; // "Edit in Confab" from a file manager: open with these attached
};

// The language chosen in Settings → Appearance, read before any text is made.
void installLanguage(const QString &settingsFile)
{
    const auto settings = settingsFile.isEmpty() ? std::make_unique<confab::Settings>()
                                                 : std::make_unique<confab::Settings>(settingsFile);
    confab::installTranslations(settings->value(confab::SettingKey::Language).toString());
}

const QCommandLineOption BenchmarkStartup(QStringLiteral("benchmark-startup"));

void describeWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
                                    "Confab — chat with OpenRouter models and make images with fal.ai.") +
        QStringLiteral("\n\n") + confab::cli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(confab::cli::globalOptions());
    QCommandLineOption benchmark = BenchmarkStartup;
    benchmark.setDescription(
        QCoreApplication::translate("CommandLine", "Print the time to the first painted window, then quit."));
    parser.addOption(benchmark);
    parser.addPositionalArgument(QStringLiteral("images"),
                                 QCoreApplication::translate("CommandLine", "Images to attach for editing."),
                                 QStringLiteral("[IMAGE...]"));
}

// The parser runs before the QApplication exists, so --help and --version work on a machine with no display.
Options parseCommandLine(int argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    describeWindowOptions(parser);
    if (!parser.parse(arguments)) {
        confab::cli::err(QStringLiteral("confab: %1\nTry 'confab --help'.\n").arg(parser.errorText()));
        confab::endProcess(2);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The help is written in the user's language, which needs an application object to load it.
        QCoreApplication app(argc, argv);
        installLanguage(
            confab::AppEnvironment::fromProcess(parser.value(QStringLiteral("data-dir"))).settingsFile);
        QCommandLineParser translated;
        describeWindowOptions(translated);
        // UTF-8 like the commands' output (cli::out), not the 8-bit code page Windows would garble it in.
        confab::cli::out(confab::cli::helpText(translated, QStringLiteral("confab")));
        confab::endProcess(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        confab::cli::out(QStringLiteral("confab %1\n").arg(confab::applicationVersion()));
        confab::endProcess(0);
    }
    return {parser.isSet(BenchmarkStartup), parser.isSet(QStringLiteral("verbose")),
            parser.value(QStringLiteral("data-dir")), parser.positionalArguments()};
}

int runConfab(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    confab::app::setUpConsoleOutput();
    confab::applyApplicationIdentity();
    // The proxy set in Windows' or macOS' settings (http_proxy and no_proxy on Linux) is the user's choice
    // for every connection, the window's and the command line's alike.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const confab::cli::Invocation invocation =
        confab::cli::classifyInvocation(confab::app::commandLineArguments(argc, argv));
    if (invocation.kind == confab::cli::Invocation::Kind::Command) {
        QCoreApplication app(argc, argv);
        installLanguage(confab::AppEnvironment::settingsFileFrom(QProcessEnvironment::systemEnvironment()));
        return confab::cli::run(invocation.arguments);
    }
    if (invocation.kind == confab::cli::Invocation::Kind::UnknownCommand) {
        confab::cli::err(QStringLiteral("confab: unknown command '%1' (and no such file to open).\n\n%2")
                             .arg(invocation.word, confab::cli::usage()));
        return 2;
    }
    const Options options = parseCommandLine(argc, argv, invocation.arguments);
    confab::app::FontPreload fonts;
    const confab::AppEnvironment environment = confab::AppEnvironment::fromProcess(options.dataDir);
    confab::LogSink::install(environment.logDir(),
                             options.verbose ? confab::LogEcho::Everything : confab::LogEcho::Warnings);
    if (options.verbose)
        confab::LogSink::enableVerbose();

    confab::app::releaseOwnConsole();
    QApplication app(argc, argv);
    installLanguage(environment.settingsFile);
    QGuiApplication::setDesktopFileName(QStringLiteral("app.confab.Confab"));
    confab::Backend backend(environment);
    const confab::OpenResult opened = backend.openStore(confab::Database::IntegrityCheck::Later);
    qCInfo(lcUi).noquote() << "window opening, store" << (opened.isOpen() ? "open" : "not open");
    fonts.wait();
    confab::ui::MainWindow window(&backend, opened);
    // The keychain (a D-Bus round trip, or a wait for one that never comes), the cached model list and the
    // window icon (its SVG loads an icon-engine plugin) come once the window has painted, so nothing that can
    // wait delays the first picture.
    new confab::ui::FirstPaintWatcher(&window, [&backend] {
        QTimer::singleShot(0, &backend, [&backend] {
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/confab.svg")));
            backend.loadDeferred();
        });
    });
    if (options.benchmarkStartup)
        confab::ui::probeFirstPaint(&window, sinceMain, QStringLiteral("startup_confab"));
    window.show();
    if (!options.images.isEmpty())
        window.attachFiles(options.images);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    confab::endProcess(runConfab(argc, argv));
}

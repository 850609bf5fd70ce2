#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "common/AppInfo.h"
#include "common/DataLocation.h"
#include "common/Translations.h"
#include "engine/Backend.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    bool benchmarkStartup = false;
    QString dataDir;
    QStringList images; // "Edit in Confab" from a file manager: open with these attached
};

// The parser runs before any QApplication exists, so --help and --version work on a machine with no display.
Options parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Confab — chat with OpenRouter models and make images with fal.ai.\n\n") +
        confab::cli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Use the store in <dir> instead of the default one."),
                                     QStringLiteral("dir"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-startup"),
        QStringLiteral("Print the time to the first painted window, then quit."));
    parser.addOption(dataDir);
    parser.addOption(benchmark);
    parser.addPositionalArgument(QStringLiteral("images"), QStringLiteral("Images to attach for editing."),
                                 QStringLiteral("[IMAGE...]"));

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "confab: %s\nTry 'confab --help'.\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // No QCoreApplication exists yet to tell the parser its own name.
        std::printf("%s", qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                               QStringLiteral("confab"))));
        std::exit(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("confab %s\n", qPrintable(confab::applicationVersion()));
        std::exit(0);
    }
    return {parser.isSet(benchmark), parser.value(dataDir), parser.positionalArguments()};
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

// The language chosen in Settings → Appearance, read before any text is made.
void installLanguage()
{
    confab::installTranslations(confab::Settings().value(confab::SettingKey::Language).toString());
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    confab::applyApplicationIdentity();
    const QStringList arguments = argumentList(argc, argv);
    if (arguments.size() > 1 && confab::cli::isCommand(arguments.at(1))) {
        QCoreApplication app(argc, argv);
        installLanguage();
        return confab::cli::run(arguments);
    }
    const Options options = parseCommandLine(arguments);
    if (!options.dataDir.isEmpty())
        confab::DataLocation::setOverride(options.dataDir);

    QApplication app(argc, argv);
    installLanguage();
    QGuiApplication::setDesktopFileName(QStringLiteral("app.confab.Confab"));
    confab::Backend backend;
    const confab::OpenResult opened = backend.open();
    confab::ui::MainWindow window(&backend, opened);
    if (options.benchmarkStartup)
        new confab::ui::FirstPaintProbe(&window, sinceMain, QStringLiteral("startup_confab"));
    window.show();
    if (!options.images.isEmpty())
        window.attachFiles(options.images);
    return QApplication::exec();
}

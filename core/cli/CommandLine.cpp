#include "CommandLine.h"

#include "cli/Commands.h"
#include "cli/GlobalOptions.h"
#include "cli/Output.h"
#include "common/AppEnvironment.h"
#include "engine/Backend.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "store/OpenResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace confab::cli {

QString usage()
{
    QString text =
        QCoreApplication::translate("CommandLine", "Commands (confab <command> --help for details):") + u'\n';
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, QCoreApplication::translate("CommandLine", command.synopsis).size());
    constexpr qsizetype Gap = 2;
    const QString indent(Gap + width + Gap, u' ');
    for (const Command &command : commands()) {
        text += QStringLiteral("  ") +
                QCoreApplication::translate("CommandLine", command.synopsis).leftJustified(width + Gap) +
                QCoreApplication::translate("CommandLine", command.summary) + u'\n';
    }
    return text +
           QCoreApplication::translate(
               "CommandLine",
               "Every command takes --data-dir DIR to use another store and --verbose to print debug "
               "messages;\nboth may also stand before the command.\n"
               "Exit codes: 0 ok, 1 the request failed, 2 bad arguments, 3 refused (key, limit, input), "
               "4 store error,\n130 stopped with Ctrl+C (the partial answer is kept).\n");
}

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    // The parser names the program by the path it was started from (or a placeholder before an application
    // object exists).
    const QString started = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                         : QStringLiteral("<executable_name>");
    if (const qsizetype at = text.indexOf(started); at >= 0 && !started.isEmpty())
        text.replace(at, started.size(), program);
    return text;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const Command *command = findCommand(name);
    if (!command) {
        err(QCoreApplication::translate("CommandLine", "confab: unknown command \"%1\".\n%2")
                .arg(name, usage()));
        return UsageError;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("confab ") + name);
    parser.addHelpOption();
    parser.addOptions(globalOptions());
    command->addOptions(name, parser);

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    if (!parser.parse(commandArguments)) {
        err(QStringLiteral("confab %1: %2\n").arg(name, parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(helpText(parser, QStringLiteral("confab ") + name));
        return Ok;
    }
    const AppEnvironment environment = AppEnvironment::fromProcess(parser.value(QStringLiteral("data-dir")));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    LogSink::install(environment.logDir(), verbose ? LogEcho::Everything : LogEcho::Nothing);
    if (verbose)
        LogSink::enableVerbose();
    qCInfo(lcCli).noquote() << "confab" << name << "started";

    Backend backend(environment);
    const OpenResult opened = backend.open();
    if (!opened.isOpen()) {
        err(opened.message + u'\n');
        return StoreError;
    }
    if (opened.outcome != OpenResult::Outcome::Created && opened.outcome != OpenResult::Outcome::Opened)
        err(opened.message + u'\n');

    return command->run(name, parser, backend);
}

} // namespace confab::cli

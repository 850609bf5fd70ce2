#include "CommandLine.h"

#include "cli/ChatCommand.h"
#include "cli/DoctorCommand.h"
#include "cli/HistoryCommands.h"
#include "cli/McpCommand.h"
#include "cli/Output.h"
#include "cli/SyncCommand.h"
#include "common/AppEnvironment.h"
#include "engine/Backend.h"
#include "log/LogCategories.h"
#include "log/LogSink.h"
#include "store/OpenResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace confab::cli {

QStringList commandNames()
{
    return {QStringLiteral("chat"),     QStringLiteral("image"),  QStringLiteral("edit"),
            QStringLiteral("sessions"), QStringLiteral("search"), QStringLiteral("export"),
            QStringLiteral("import"),   QStringLiteral("usage"),  QStringLiteral("doctor"),
            QStringLiteral("sync"),     QStringLiteral("mcp")};
}

bool isCommand(const QString &argument)
{
    return commandNames().contains(argument);
}

QString usage()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Commands (confab <command> --help for details):\n"
        "  chat [PROMPT]          send a prompt (or stdin) and stream the answer to stdout\n"
        "  image PROMPT --out DIR generate images with Flux Pro v1.1 Ultra into DIR\n"
        "  edit PROMPT IMAGE... --out DIR\n"
        "                         edit images with Gemini 2.5 Flash Image into DIR\n"
        "  sessions               list chats (--archived, --trash)\n"
        "  search QUERY           full-text search over every chat\n"
        "  export --out PATH      export history as Markdown or JSON (--session, --format)\n"
        "  import FILE            import a JSON export\n"
        "  usage                  spend, requests, success rate and latency per model\n"
        "  sync [--folder DIR]    one sync round with the shared folder (Syncthing, Dropbox, ...)\n"
        "  mcp add|list|tools|remove|import\n"
        "                         the MCP tool servers chats may use (confab mcp --help)\n"
        "  doctor [--image]       check keys, keychain, OpenRouter and fal (--image: one paid image)\n"
        "Every command takes --data-dir DIR to use another store and --verbose to print debug messages;\n"
        "both may also stand before the command.\n"
        "Exit codes: 0 ok, 1 the request failed, 2 bad arguments, 3 refused (key, limit, input), 4 store "
        "error,\n"
        "130 stopped with Ctrl+C (the partial answer is kept).\n");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("confab %1").arg(command));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("CommandLine", "Use the store in <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate("CommandLine", "Print debug messages to stderr.")});
    addCommandOptions(command, parser);
    addHistoryOptions(command, parser);
    addSyncOptions(command, parser);
    addMcpOptions(command, parser);
    if (command == QLatin1String("doctor"))
        addDoctorOptions(parser);

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    if (!parser.parse(commandArguments)) {
        err(QStringLiteral("confab %1: %2\n").arg(command, parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                      QStringLiteral("confab ") + command));
        return Ok;
    }
    const AppEnvironment environment = AppEnvironment::fromProcess(parser.value(QStringLiteral("data-dir")));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    LogSink::install(environment.logDir(), verbose ? LogEcho::Everything : LogEcho::Nothing);
    if (verbose)
        LogSink::enableVerbose();
    qCInfo(lcCli).noquote() << "confab" << command << "started";

    Backend backend(environment);
    const OpenResult opened = backend.open();
    if (!opened.isOpen()) {
        err(opened.message + u'\n');
        return StoreError;
    }
    if (opened.outcome != OpenResult::Outcome::Created && opened.outcome != OpenResult::Outcome::Opened)
        err(opened.message + u'\n');

    if (command == QLatin1String("doctor"))
        return runDoctor(parser, backend);
    if (isSendCommand(command))
        return runSendCommand(command, parser, backend);
    if (command == QStringLiteral("sync"))
        return runSyncCommand(parser, backend);
    if (command == QLatin1String("mcp"))
        return runMcpCommand(parser, backend);
    return runHistoryCommand(command, parser, backend);
}

} // namespace confab::cli

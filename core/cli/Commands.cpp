#include "cli/Commands.h"

#include "cli/ChatCommand.h"
#include "cli/DoctorCommand.h"
#include "cli/HistoryCommands.h"
#include "cli/McpCommand.h"
#include "cli/SyncCommand.h"

#include <QCoreApplication>

#include <array>

namespace confab::cli {
namespace {

const std::array<Command, 11> table{{
    {QLatin1StringView("chat"), QT_TRANSLATE_NOOP("CommandLine", "chat [PROMPT]"),
     QT_TRANSLATE_NOOP("CommandLine", "send a prompt (or stdin) and stream the answer to stdout"),
     &addSendOptions, &runSendCommand},
    {QLatin1StringView("image"), QT_TRANSLATE_NOOP("CommandLine", "image PROMPT --out DIR"),
     QT_TRANSLATE_NOOP("CommandLine", "generate images with Flux Pro v1.1 Ultra into DIR"), &addSendOptions,
     &runSendCommand},
    {QLatin1StringView("edit"), QT_TRANSLATE_NOOP("CommandLine", "edit PROMPT IMAGE... --out DIR"),
     QT_TRANSLATE_NOOP("CommandLine", "edit images with Gemini 2.5 Flash Image into DIR"), &addSendOptions,
     &runSendCommand},
    {QLatin1StringView("sessions"), QT_TRANSLATE_NOOP("CommandLine", "sessions"),
     QT_TRANSLATE_NOOP("CommandLine", "list chats (--archived, --trash)"), &addHistoryOptions,
     &runHistoryCommand},
    {QLatin1StringView("search"), QT_TRANSLATE_NOOP("CommandLine", "search QUERY"),
     QT_TRANSLATE_NOOP("CommandLine", "full-text search over every chat"), &addHistoryOptions,
     &runHistoryCommand},
    {QLatin1StringView("export"), QT_TRANSLATE_NOOP("CommandLine", "export --out PATH"),
     QT_TRANSLATE_NOOP("CommandLine", "export history as Markdown or JSON (--session, --format)"),
     &addHistoryOptions, &runHistoryCommand},
    {QLatin1StringView("import"), QT_TRANSLATE_NOOP("CommandLine", "import PATH"),
     QT_TRANSLATE_NOOP("CommandLine", "import a JSON export"), &addHistoryOptions, &runHistoryCommand},
    {QLatin1StringView("usage"), QT_TRANSLATE_NOOP("CommandLine", "usage"),
     QT_TRANSLATE_NOOP("CommandLine", "spend, requests, success rate and latency per model"),
     &addHistoryOptions, &runHistoryCommand},
    {QLatin1StringView("sync"), QT_TRANSLATE_NOOP("CommandLine", "sync [--folder DIR]"),
     QT_TRANSLATE_NOOP("CommandLine", "one sync round with the shared folder (Syncthing, Dropbox, ...)"),
     &addSyncOptions, &runSyncCommand},
    {QLatin1StringView("doctor"), QT_TRANSLATE_NOOP("CommandLine", "doctor [--image]"),
     QT_TRANSLATE_NOOP("CommandLine", "check keys, keychain, OpenRouter and fal (--image: one paid image)"),
     &addDoctorOptions, &runDoctor},
    {QLatin1StringView("mcp"), QT_TRANSLATE_NOOP("CommandLine", "mcp add|list|tools|remove|import"),
     QT_TRANSLATE_NOOP("CommandLine", "the MCP tool servers chats may use (confab mcp --help)"),
     &addMcpOptions, &runMcpCommand},
}};

} // namespace

std::span<const Command> commands()
{
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : table) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace confab::cli

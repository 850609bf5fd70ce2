#pragma once

#include <QLatin1StringView>
#include <QString>

#include <span>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// One `confab <name>` command: the options it reads on top of the global ones, and what it does with the
// open store. A command's synopsis and summary make its line in `confab --help` and are translated in the
// "CommandLine" context.
struct Command
{
    QLatin1StringView name;
    const char *synopsis;
    const char *summary;
    void (*addOptions)(const QString &command, QCommandLineParser &parser);
    int (*run)(const QString &command, const QCommandLineParser &parser, Backend &backend);
};

// Every command, in the order `confab --help` lists them. A new command is one entry here and its own file.
std::span<const Command> commands();
const Command *findCommand(const QString &name);

} // namespace confab::cli

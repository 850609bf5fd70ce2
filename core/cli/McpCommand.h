#pragma once

#include <QString>

class QCommandLineParser;

namespace confab {
class Backend;
}

namespace confab::cli {

// `confab mcp add|list|tools|remove|import`: the user's MCP servers, kept in their settings with the secrets
// in the keychain.
void addMcpOptions(const QString &command, QCommandLineParser &parser);
int runMcpCommand(const QCommandLineParser &parser, Backend &backend);

} // namespace confab::cli

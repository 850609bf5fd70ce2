#pragma once

#include "mcp/McpServerConfig.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace confab {

struct McpImportedServer
{
    McpServerConfig config;
    McpServerSecrets secrets;
};

struct McpServerImport
{
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    QList<McpImportedServer> servers;
    QStringList problems; // one line per server that could not be taken, or why the file could not be read

    // Reads the {"mcpServers": {NAME: {...}}} JSON that Claude Desktop, Cursor and others keep: "command",
    // "args" and "env" for a stdio server; "url" and "headers" (with "type" "http" or "streamable-http") for
    // a remote one. Servers are taken into the user's own settings only by their explicit import; nothing
    // runs here.
    static McpServerImport fromJson(const QByteArray &json);
};

} // namespace confab

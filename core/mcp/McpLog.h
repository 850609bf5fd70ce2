#pragma once

#include <QLoggingCategory>

// MCP's own category (kept out of log/LogCategories.h, which much of the tree includes):
// QT_LOGGING_RULES="confab.mcp.debug=true" shows every message exchanged with a server.
Q_DECLARE_LOGGING_CATEGORY(lcMcp)

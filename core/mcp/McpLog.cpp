#include "mcp/McpLog.h"

Q_LOGGING_CATEGORY(lcMcp, "confab.mcp", QtInfoMsg)

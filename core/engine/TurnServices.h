#pragma once

#include "engine/TurnRequest.h"

namespace confab {

class FalClient;
class McpConnections;
class ToolApprover;
class ModelCatalog;
class ChatProvider;
class RateLimiter;
class Settings;
class Store;

// What a running turn may use, and which answer it writes.
struct TurnContext
{
    Store *store = nullptr;
    Settings *settings = nullptr;
    ChatProvider *chat = nullptr;
    FalClient *fal = nullptr;
    ModelCatalog *models = nullptr;
    RateLimiter *rateLimiter = nullptr;
    McpConnections *mcp = nullptr;
    ToolApprover *approver = nullptr; // none: every call that needs asking is refused

    qint64 sessionId = 0;
    qint64 userMessageId = 0;
    qint64 assistantMessageId = 0;
    // The request with the model resolved and, for edits, the input images chosen.
    TurnRequest request;
    // The MCP servers whose tools the turn offers (resolved from the request and the chat's choice).
    QStringList toolServers;
};

} // namespace confab

#pragma once

#include "engine/TurnRequest.h"

namespace confab {

class FalClient;
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

    qint64 sessionId = 0;
    qint64 userMessageId = 0;
    qint64 assistantMessageId = 0;
    // The request with the model resolved and, for edits, the input images chosen.
    TurnRequest request;
};

} // namespace confab

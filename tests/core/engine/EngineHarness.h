#pragma once

#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "fal/FalClient.h"
#include "fal/FalServer.h"
#include "keys/KeyStore.h"
#include "openrouter/ModelCatalog.h"
#include "openrouter/OpenRouterClient.h"
#include "openrouter/OpenRouterServer.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace confab::test {

// The catalogue's model that thinks before it answers (tests/servers/openrouter/Fixtures.cpp).
inline const QString ThinkingModel = QStringLiteral("google/gemini-3-flash-preview");

// The conversation a chat request sent, as OpenRouter reads it from the body.
inline QJsonArray messagesOf(const testserver::HttpRequest &request)
{
    return request.jsonBody().value(QStringLiteral("messages")).toArray();
}

// The real app (Backend, the composition root) on a real store in a temporary folder, talking HTTP to the
// local OpenRouter and fal servers. Keys come from the (test) environment, as OPENROUTER_API_KEY and FAL_KEY
// would give them.
struct EngineHarness
{
    explicit EngineHarness(bool withKeys = true, ChatProvider *chat = nullptr);
    // The app with answers and titles from `chat` (which must outlive the harness) instead of OpenRouter.
    explicit EngineHarness(ChatProvider *chat);

    // Sends and waits until the answer ends; the outcome of send() is returned either way.
    SendOutcome sendAndWait(const TurnRequest &request, int timeoutMs = 15000);
    bool waitForIdle(qint64 sessionId, int timeoutMs = 15000);
    Message message(qint64 id);
    QList<Message> messages(qint64 sessionId);
    QList<Generation> generations(qint64 messageId);
    // Writes a models list into the catalog (as a cached /models answer would).
    void setModels(const QByteArray &modelsJson);
    TurnRequest text(const QString &prompt, qint64 sessionId = 0) const;

    QTemporaryDir dir;
    testserver::OpenRouterServer openRouterServer;
    testserver::FalServer falServer;
    // The app as the window and the command line build it, and its parts by name.
    Backend backend;
    Settings &settings;
    Store &store;
    KeyStore &keys;
    OpenRouterClient &openRouter;
    FalClient &fal;
    ModelCatalog &models;
    ConversationEngine &engine;
};

} // namespace confab::test

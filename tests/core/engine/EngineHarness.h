#pragma once

#include "engine/ConversationEngine.h"
#include "fal/FalClient.h"
#include "fal/FalServer.h"
#include "keys/KeyStore.h"
#include "openrouter/ModelCatalog.h"
#include "openrouter/OpenRouterClient.h"
#include "openrouter/OpenRouterServer.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace confab::test {

// The real engine on a real store in a temporary folder, talking HTTP to the local OpenRouter and fal
// servers. Keys come from the (test) environment, as OPENROUTER_API_KEY and FAL_KEY would give them.
struct EngineHarness
{
    explicit EngineHarness(bool withKeys = true);

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
    Settings settings;
    Store store;
    KeyStore keys;
    QNetworkAccessManager network;
    OpenRouterClient openRouter{&network};
    FalClient fal{&network};
    ModelCatalog models;
    ConversationEngine engine;
};

} // namespace confab::test

#pragma once

#include "common/AppEnvironment.h"
#include "fal/FalPriceList.h"
#include "store/Database.h"
#include "store/OpenResult.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace confab {

class AttachmentIntake;
class ConversationEngine;
class FalClient;
class FalPriceLookup;
class KeyStore;
class McpConnections;
class ModelCatalog;
class OpenRouterClient;
class Settings;
class BackgroundIntegrityCheck;
class Store;

// The composition root: everything below the window, built from one AppEnvironment and torn down in one
// order: settings, store, keys, network clients, the model list and the engine. The window, the command line
// and the test harnesses all build the app through it.
class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(AppEnvironment environment, QObject *parent = nullptr);
    ~Backend() override;

    // Opens the store and starts loading keys and the cached model list: openStore() then loadDeferred().
    OpenResult open();
    // The window opens only the store before its first paint, and calls loadDeferred() after it; it passes
    // IntegrityCheck::Later so that a check due after a crash runs then, on a worker.
    OpenResult openStore(Database::IntegrityCheck check = Database::IntegrityCheck::AtOpen);
    // Reads the cached model list, starts the (asynchronous) keychain reads and any integrity check left for
    // later.
    void loadDeferred();

    const AppEnvironment &environment() const { return m_environment; }

    Settings *settings() const { return m_settings.get(); }
    Store *store() const { return m_store.get(); }
    KeyStore *keys() const { return m_keys.get(); }
    OpenRouterClient *openRouter() const { return m_openRouter.get(); }
    FalClient *fal() const { return m_fal.get(); }
    ModelCatalog *models() const { return m_models.get(); }
    ConversationEngine *engine() const { return m_engine.get(); }
    AttachmentIntake *attachments() const { return m_attachments.get(); }
    // The user's MCP servers, their states and tools, the chats' choices of them and the standing approvals.
    McpConnections *mcp() const { return m_mcp.get(); }
    // What the fal image models cost: fal's prices of the last day, else the registry's last known ones.
    const FalPriceList &falPrices() const { return m_falPrices; }

signals:
    // Keys were loaded or changed: the engine's readiness may have changed.
    void keysChanged();
    // The integrity check left for later found damage; `message` says what and what to do.
    void historyDamaged(const QString &message);
    // fal answered with its current prices.
    void falPricesChanged();

private:
    void applyKeys();
    void applySettings();
    void followNetworkReachability();
    void refreshFalPrices();

    AppEnvironment m_environment;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenRouterClient> m_openRouter;
    std::unique_ptr<FalClient> m_fal;
    std::unique_ptr<ModelCatalog> m_models;
    std::unique_ptr<McpConnections> m_mcp;
    std::unique_ptr<ConversationEngine> m_engine;
    std::unique_ptr<AttachmentIntake> m_attachments;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck;
    std::unique_ptr<FalPriceLookup> m_falPriceLookup;
    FalPriceList m_falPrices;
};

} // namespace confab

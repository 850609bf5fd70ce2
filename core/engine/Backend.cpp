#include "Backend.h"

#include "engine/AttachmentIntake.h"
#include "engine/ConversationEngine.h"
#include "fal/FalClient.h"
#include "fal/FalPriceLookup.h"
#include "keys/KeyStore.h"
#include "log/LogSink.h"
#include "mcp/McpConnections.h"
#include "openrouter/ModelCatalog.h"
#include "openrouter/OpenRouterClient.h"
#include "settings/Settings.h"
#include "store/BackgroundIntegrityCheck.h"
#include "store/Store.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>

namespace confab {

namespace {
std::unique_ptr<Settings> settingsFor(const AppEnvironment &environment)
{
    return environment.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                              : std::make_unique<Settings>(environment.settingsFile);
}
} // namespace

Backend::Backend(AppEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_settings(settingsFor(m_environment))
    , m_store(std::make_unique<Store>(StoreLocation{m_environment.databasePath(), m_environment.imagesDir(),
                                                    m_environment.thumbnailsDir()}))
    , m_keys(std::make_unique<KeyStore>(m_environment.keychainService.isEmpty()
                                            ? KeyStore::defaultServiceName()
                                            : m_environment.keychainService,
                                        m_environment.keySource))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_openRouter(std::make_unique<OpenRouterClient>(m_network.get()))
    , m_fal(std::make_unique<FalClient>(m_network.get()))
    , m_models(std::make_unique<ModelCatalog>(m_openRouter.get(), m_environment.modelCachePath()))
    , m_mcp(std::make_unique<McpConnections>(m_settings->fileName(), m_keys->serviceName(), m_network.get()))
    , m_falPriceLookup(std::make_unique<FalPriceLookup>(m_fal.get()))
    , m_falPrices(FalPriceList::fromJson(m_settings->value(SettingKey::FalPriceCache).toString().toUtf8()))
{
    m_engine = std::make_unique<ConversationEngine>(
        ConversationEngine::Services{m_store.get(), m_settings.get(), m_keys.get(), m_openRouter.get(),
                                     m_fal.get(), m_models.get(), m_mcp.get()});
    m_attachments =
        std::make_unique<AttachmentIntake>(m_store->images(), m_store->documents(), m_settings.get());

    connect(m_keys.get(), &KeyStore::loaded, this, &Backend::applyKeys);
    connect(m_keys.get(), &KeyStore::keyChanged, this, &Backend::applyKeys);
    connect(m_settings.get(), &Settings::changed, this, &Backend::applySettings);
    connect(m_falPriceLookup.get(), &FalPriceLookup::read, this,
            [this](const QHash<QString, FalPrice> &prices) {
                m_falPrices.update(prices, QDateTime::currentDateTimeUtc());
                m_settings->setValue(SettingKey::FalPriceCache, QString::fromUtf8(m_falPrices.toJson()));
                emit falPricesChanged();
            });
    applySettings();
}

void Backend::refreshFalPrices()
{
    // Once a day at most; the answer lands in the settings, so the command line shares it with the window.
    if (m_falPrices.needsRefresh(QDateTime::currentDateTimeUtc()))
        m_falPriceLookup->start();
}

void Backend::followNetworkReachability()
{
    // Where the platform has no backend (CI, some desktops) nothing is known, and sending stays allowed.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *network = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        m_engine->setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    apply(network->reachability());
    connect(network, &QNetworkInformation::reachabilityChanged, this, apply);
}

Backend::~Backend()
{
    m_integrityCheck.reset();
    // Answers still running end as stopped, with their text written, before the store closes.
    m_engine->stopAll();
    // The servers' processes end with the app (stdin closed, then the process group).
    m_mcp->stopAll();
}

OpenResult Backend::open()
{
    const OpenResult result = openStore();
    loadDeferred();
    return result;
}

OpenResult Backend::openStore(Database::IntegrityCheck check)
{
    return m_store->open(check);
}

void Backend::loadDeferred()
{
    m_models->loadCache();
    m_keys->load();
    if (m_store->database().integrityCheckDue()) {
        m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(m_store->location().databasePath);
        connect(
            m_integrityCheck.get(), &BackgroundIntegrityCheck::finished, this,
            [this](bool completed, const QStringList &problems) {
                if (completed && problems.isEmpty())
                    m_store->database().noteIntegrityChecked();
                else if (completed)
                    emit historyDamaged(
                        tr("Confab's check of its history found damage (%1). Export what you can now with "
                           "File → Export history; a backup, if there is one, is next to %2.")
                            .arg(problems.mid(0, 3).join(QStringLiteral("; ")),
                                 m_store->location().databasePath));
            });
        m_integrityCheck->start();
    }
    // Loading the platform's network-information plugin takes a few milliseconds that need not come first.
    followNetworkReachability();
}

void Backend::applyKeys()
{
    m_openRouter->setApiKey(m_keys->key(Provider::OpenRouter));
    m_fal->setApiKey(m_keys->key(Provider::Fal));
    LogSink::setSecrets({m_keys->key(Provider::OpenRouter), m_keys->key(Provider::Fal)});
    refreshFalPrices();
    emit keysChanged();
}

void Backend::applySettings()
{
    // A server named by the environment (tests, a local server) wins over the settings file.
    const auto pick = [](const QUrl &override, const QUrl &configured) {
        return override.isEmpty() ? configured : override;
    };
    m_openRouter->setBaseUrl(pick(m_environment.openRouterUrl, m_settings->openRouterBaseUrl()));
    m_fal->setQueueBaseUrl(pick(m_environment.falQueueUrl, m_settings->falQueueUrl()));
    m_fal->setStorageBaseUrl(pick(m_environment.falStorageUrl, m_settings->falStorageUrl()));
    if (!m_environment.falPlatformUrl.isEmpty())
        m_fal->setPlatformBaseUrl(m_environment.falPlatformUrl);
    else if (!m_environment.falStorageUrl.isEmpty())
        m_fal->setPlatformBaseUrl(m_environment.falStorageUrl);
}

} // namespace confab

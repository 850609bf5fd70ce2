#include "keys/KeyStore.h"

#include "KeychainTestSupport.h"
#include "Wait.h"
#include "catch.h"

#include <QSignalSpy>

#include <memory>

using confab::KeySource;
using confab::KeyStore;
using confab::Provider;
using confab::test::waitUntil;

namespace {
constexpr int keychainTimeoutMs = 15000;

const QString openRouterKey =
    QStringLiteral("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");
const QString falKey =
    QStringLiteral("5d1e8c2a-4b7f-4e3a-9c6d-1f2e3a4b5c6d:0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d");

std::unique_ptr<KeyStore> loadedStore(const QString &service,
                                      const QProcessEnvironment &environment = QProcessEnvironment())
{
    auto store = std::make_unique<KeyStore>(service, environment);
    QSignalSpy loaded(store.get(), &KeyStore::loaded);
    store->load();
    REQUIRE(waitUntil([&] { return loaded.count() == 1; }, keychainTimeoutMs));
    REQUIRE_FALSE(store->isKeychainUnavailable());
    return store;
}

void saveAndWait(KeyStore &store, Provider provider, const QString &key)
{
    QSignalSpy saved(&store, &KeyStore::saved);
    QSignalSpy failed(&store, &KeyStore::failed);
    store.save(provider, key);
    REQUIRE(waitUntil([&] { return saved.count() + failed.count() > 0; }, keychainTimeoutMs));
    REQUIRE(failed.isEmpty());
}

void removeAndWait(KeyStore &store, Provider provider)
{
    QSignalSpy removed(&store, &KeyStore::removed);
    QSignalSpy failed(&store, &KeyStore::failed);
    store.remove(provider);
    REQUIRE(waitUntil([&] { return removed.count() + failed.count() > 0; }, keychainTimeoutMs));
    REQUIRE(failed.isEmpty());
}

void requireKeychainSession()
{
    INFO("Keychain tests need a session bus with an unlocked keyring: run them through "
         "tests/run-in-session.sh");
    REQUIRE(confab::test::hasSessionBus());
}
} // namespace

TEST_CASE("A saved key is there for the next start and gone after removing it")
{
    requireKeychainSession();
    const QString service = confab::test::uniqueKeychainService();

    auto first = loadedStore(service);
    CHECK(first->source(Provider::OpenRouter) == KeySource::None);
    saveAndWait(*first, Provider::OpenRouter, openRouterKey);
    CHECK(first->key(Provider::OpenRouter) == openRouterKey);
    first.reset();

    auto second = loadedStore(service);
    CHECK(second->key(Provider::OpenRouter) == openRouterKey);
    CHECK(second->source(Provider::OpenRouter) == KeySource::Keychain);
    CHECK(second->maskedKey(Provider::OpenRouter) == QStringLiteral("sk-or-…1234"));
    CHECK_FALSE(second->hasKey(Provider::Fal));
    CHECK(confab::test::filesContaining(openRouterKey).isEmpty());

    removeAndWait(*second, Provider::OpenRouter);
    CHECK_FALSE(second->hasKey(Provider::OpenRouter));
    second.reset();

    auto third = loadedStore(service);
    CHECK(third->key(Provider::OpenRouter).isEmpty());
    CHECK(third->source(Provider::OpenRouter) == KeySource::None);
}

TEST_CASE("A key in the environment wins over the one in the keychain")
{
    requireKeychainSession();
    const QString service = confab::test::uniqueKeychainService();
    auto writer = loadedStore(service);
    saveAndWait(*writer, Provider::OpenRouter, openRouterKey);
    saveAndWait(*writer, Provider::Fal, falKey);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPENROUTER_API_KEY"),
                       QStringLiteral("sk-or-v1-from-the-environment-5678"));
    auto reader = loadedStore(service, environment);
    CHECK(reader->key(Provider::OpenRouter) == QStringLiteral("sk-or-v1-from-the-environment-5678"));
    CHECK(reader->source(Provider::OpenRouter) == KeySource::Environment);
    CHECK(reader->key(Provider::Fal) == falKey);
    CHECK(reader->source(Provider::Fal) == KeySource::Keychain);

    removeAndWait(*writer, Provider::OpenRouter);
    removeAndWait(*writer, Provider::Fal);
}

TEST_CASE("Keychain requests run one after another in the order they were asked")
{
    requireKeychainSession();
    const QString service = confab::test::uniqueKeychainService();
    auto store = loadedStore(service);

    QStringList events;
    QObject::connect(store.get(), &KeyStore::saved, store.get(), [&events](Provider provider) {
        events.append(QStringLiteral("saved ") + confab::providerDisplayName(provider));
    });
    QObject::connect(store.get(), &KeyStore::removed, store.get(), [&events](Provider provider) {
        events.append(QStringLiteral("removed ") + confab::providerDisplayName(provider));
    });
    QObject::connect(store.get(), &KeyStore::failed, store.get(),
                     [&events](Provider, const QString &message) { events.append(message); });
    store->save(Provider::OpenRouter, openRouterKey);
    store->save(Provider::Fal, falKey);
    store->remove(Provider::OpenRouter);
    CHECK(store->isBusy());
    REQUIRE(waitUntil([&] { return events.size() == 3; }, keychainTimeoutMs));
    CHECK(events == QStringList{QStringLiteral("saved OpenRouter"), QStringLiteral("saved fal"),
                                QStringLiteral("removed OpenRouter")});
    CHECK_FALSE(store->isBusy());

    auto reread = loadedStore(service);
    CHECK_FALSE(reread->hasKey(Provider::OpenRouter));
    CHECK(reread->key(Provider::Fal) == falKey);
    removeAndWait(*reread, Provider::Fal);
}

TEST_CASE("Saving an empty key is refused with a hint")
{
    requireKeychainSession();
    auto store = loadedStore(confab::test::uniqueKeychainService());
    QSignalSpy failed(store.get(), &KeyStore::failed);
    store->save(Provider::Fal, QStringLiteral("   "));
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.at(0).at(1).toString() == QStringLiteral("Paste your fal key first."));
    CHECK_FALSE(store->hasKey(Provider::Fal));
}

TEST_CASE("A paste too long for Windows' Credential Manager is refused, not half stored")
{
    requireKeychainSession();
    auto store = loadedStore(confab::test::uniqueKeychainService());
    QSignalSpy failed(store.get(), &KeyStore::failed);
    QSignalSpy saved(store.get(), &KeyStore::saved);
    store->save(Provider::OpenRouter, QString(2561, QLatin1Char('k')));
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.at(0).at(1).toString() ==
          QStringLiteral("This is too long to be an API key for OpenRouter. Copy the key alone."));
    CHECK(saved.isEmpty());
    CHECK_FALSE(store->hasKey(Provider::OpenRouter));

    store->save(Provider::OpenRouter, QString(2560, QLatin1Char('k')));
    REQUIRE(waitUntil([&] { return saved.count() == 1; }));
    CHECK(store->key(Provider::OpenRouter) == QString(2560, QLatin1Char('k')));
    removeAndWait(*store, Provider::OpenRouter);
}

TEST_CASE("A key given for this session only is used but never stored")
{
    requireKeychainSession();
    const QString service = confab::test::uniqueKeychainService();
    auto store = loadedStore(service);
    QSignalSpy changed(store.get(), &KeyStore::keyChanged);
    store->setSessionKey(Provider::OpenRouter, openRouterKey + QLatin1Char('\n'));
    CHECK(store->key(Provider::OpenRouter) == openRouterKey);
    CHECK(store->source(Provider::OpenRouter) == KeySource::Session);
    CHECK(changed.count() == 1);

    auto later = loadedStore(service);
    CHECK_FALSE(later->hasKey(Provider::OpenRouter));
    CHECK(confab::test::filesContaining(openRouterKey).isEmpty());
}

TEST_CASE("With both keys in the environment loading finishes without the keychain")
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPENROUTER_API_KEY"), openRouterKey);
    environment.insert(QStringLiteral("FAL_KEY"), falKey);
    KeyStore store(confab::test::uniqueKeychainService(), environment);
    QSignalSpy loaded(&store, &KeyStore::loaded);
    store.load();
    CHECK(loaded.isEmpty());
    REQUIRE(waitUntil([&] { return loaded.count() == 1; }));
    CHECK(store.isLoaded());
    CHECK_FALSE(store.isBusy());
    CHECK(store.source(Provider::OpenRouter) == KeySource::Environment);
    CHECK(store.source(Provider::Fal) == KeySource::Environment);
    CHECK(store.secrets().contains(falKey.section(QLatin1Char(':'), 1)));
}

#include "KeychainTestSupport.h"
#include "Wait.h"
#include "catch.h"
#include "keys/KeyStore.h"

#include <QDir>
#include <QSignalSpy>

using confab::KeySource;
using confab::KeyStore;
using confab::Provider;
using confab::test::waitUntil;

namespace {
constexpr int keychainTimeoutMs = 30000;
const QString key = QStringLiteral("sk-or-v1-no-keychain-0123456789abcdef0123456789ab4321");

// Must run before this process makes any D-Bus call: the session bus address is read once.
void cutOffSessionBus()
{
    const QString deadSocket = QDir::homePath() + QStringLiteral("/no-bus-here");
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + QFile::encodeName(deadSocket));
}

void loadWithoutKeychain(KeyStore &store)
{
    QSignalSpy loaded(&store, &KeyStore::loaded);
    store.load();
    REQUIRE(waitUntil([&] { return loaded.count() == 1; }, keychainTimeoutMs));
}
} // namespace

TEST_CASE("Without a keychain the app says so and keeps keys for this run only")
{
    cutOffSessionBus();
    KeyStore store(confab::test::uniqueKeychainService(), QProcessEnvironment());
    QSignalSpy unavailable(&store, &KeyStore::keychainUnavailable);
    loadWithoutKeychain(store);

    CHECK(store.isKeychainUnavailable());
    CHECK(unavailable.count() == 1);
    const QString message = store.keychainMessage();
    CHECK(message.startsWith(QStringLiteral("No system keychain is available")));
    CHECK(message.endsWith(
        QStringLiteral("Confab will ask for your API keys each time it starts and keep them in "
                       "memory only; it never writes them to a file.")));
    CHECK_FALSE(store.hasKey(Provider::OpenRouter));

    QSignalSpy failed(&store, &KeyStore::failed);
    QSignalSpy saved(&store, &KeyStore::saved);
    store.save(Provider::OpenRouter, key);
    REQUIRE(waitUntil([&] { return failed.count() == 1; }, keychainTimeoutMs));
    CHECK(saved.isEmpty());
    CHECK(failed.at(0).at(1).toString() == message);
    CHECK_FALSE(failed.at(0).at(1).toString().contains(key));
    CHECK_FALSE(store.hasKey(Provider::OpenRouter));

    store.setSessionKey(Provider::OpenRouter, key);
    CHECK(store.key(Provider::OpenRouter) == key);
    CHECK(store.source(Provider::OpenRouter) == KeySource::Session);

    CHECK(confab::test::filesContaining(key).isEmpty());
}

TEST_CASE("Without a keychain removing a key forgets the one given for this run")
{
    cutOffSessionBus();
    KeyStore store(confab::test::uniqueKeychainService(), QProcessEnvironment());
    loadWithoutKeychain(store);
    REQUIRE(store.isKeychainUnavailable());

    store.setSessionKey(Provider::Fal, key);
    QSignalSpy removed(&store, &KeyStore::removed);
    store.remove(Provider::Fal);
    CHECK_FALSE(store.hasKey(Provider::Fal));
    REQUIRE(waitUntil([&] { return removed.count() == 1; }, keychainTimeoutMs));
    CHECK(store.source(Provider::Fal) == KeySource::None);
}

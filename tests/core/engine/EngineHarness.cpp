#include "EngineHarness.h"

#include "Wait.h"
#include "catch.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QUuid>

namespace confab::test {

namespace {
// The engine's own settings file and keychain service, local servers, and keys as the environment gives them.
AppEnvironment harnessEnvironment(const QTemporaryDir &dir, testserver::OpenRouterServer &openRouterServer,
                                  testserver::FalServer &falServer, bool withKeys)
{
    REQUIRE(openRouterServer.listen());
    REQUIRE(falServer.listen());
    AppEnvironment environment = AppEnvironment::inFolder(dir.filePath(QStringLiteral("data")));
    environment.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    environment.keychainService =
        QStringLiteral("Confab-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    environment.openRouterUrl = openRouterServer.baseUrl();
    environment.falQueueUrl = falServer.baseUrl();
    environment.falStorageUrl = falServer.baseUrl();
    if (withKeys) {
        environment.keySource.insert(QStringLiteral("OPENROUTER_API_KEY"),
                                     QStringLiteral("sk-or-v1-test-engine-key"));
        environment.keySource.insert(QStringLiteral("FAL_KEY"), QStringLiteral("fal-test-engine-key"));
    }
    return environment;
}
} // namespace

EngineHarness::EngineHarness(ChatProvider *chat)
    : EngineHarness(true, chat)
{}

EngineHarness::EngineHarness(bool withKeys, ChatProvider *chat)
    : backend(harnessEnvironment(dir, openRouterServer, falServer, withKeys), chat)
    , settings(*backend.settings())
    , store(*backend.store())
    , keys(*backend.keys())
    , openRouter(*backend.openRouter())
    , fal(*backend.fal())
    , models(*backend.models())
    , engine(*backend.engine())
{
    openRouterServer.setTokenDelayMs(1);
    falServer.setStepDelayMs(10);
    StreamSettings stream;
    stream.inactivityTimeoutMs = 2000;
    stream.retryBaseDelayMs = 20;
    openRouter.setStreamSettings(stream);
    FalTuning tuning;
    tuning.pollIntervalMs = 10;
    tuning.pollMaxIntervalMs = 40;
    tuning.retryBaseMs = 20;
    tuning.retryMaxMs = 200;
    fal.setTuning(tuning);
    // Each test counts its own calls; the title tests switch titles on.
    settings.setValue(SettingKey::GenerateTitles, false);
    REQUIRE(backend.open().isOpen());
    store.messages()->setFlushInterval(50);
    REQUIRE(waitUntil([this] { return keys.isLoaded(); }));
}

SendOutcome EngineHarness::sendAndWait(const TurnRequest &request, int timeoutMs)
{
    const SendOutcome outcome = engine.send(request);
    if (outcome)
        REQUIRE(waitForIdle(outcome.sessionId, timeoutMs));
    return outcome;
}

bool EngineHarness::waitForIdle(qint64 sessionId, int timeoutMs)
{
    return waitUntil([this, sessionId] { return !engine.isBusy(sessionId); }, timeoutMs);
}

Message EngineHarness::message(qint64 id)
{
    return store.messages()->get(id).value_or(Message());
}

QList<Message> EngineHarness::messages(qint64 sessionId)
{
    return store.messages()->page(sessionId, 0, 1000);
}

QList<Generation> EngineHarness::generations(qint64 messageId)
{
    return store.generations()->forMessage(messageId);
}

void EngineHarness::setModels(const QByteArray &modelsJson)
{
    QFile cache(models.cachePath());
    REQUIRE(cache.open(QIODevice::WriteOnly));
    cache.write(modelsJson);
    cache.close();
    REQUIRE(models.loadCache());
}

TurnRequest EngineHarness::text(const QString &prompt, qint64 sessionId) const
{
    TurnRequest request;
    request.sessionId = sessionId;
    request.mode = GenerationMode::Text;
    request.prompt = prompt;
    return request;
}

} // namespace confab::test

#include "EngineHarness.h"

#include "Wait.h"
#include "catch.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QUuid>

namespace confab::test {

namespace {
QProcessEnvironment keyEnvironment(bool withKeys)
{
    QProcessEnvironment environment;
    if (withKeys) {
        environment.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-test-engine-key"));
        environment.insert(QStringLiteral("FAL_KEY"), QStringLiteral("fal-test-engine-key"));
    }
    return environment;
}
} // namespace

EngineHarness::EngineHarness(bool withKeys)
    : settings(dir.filePath(QStringLiteral("settings.ini")))
    , store(StoreLocation::inFolder(dir.filePath(QStringLiteral("data"))))
    , keys(QStringLiteral("Confab-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
           keyEnvironment(withKeys))
    , models(&openRouter, dir.filePath(QStringLiteral("models.json")))
    , engine({&store, &settings, &keys, &openRouter, &fal, &models})
{
    REQUIRE(openRouterServer.listen());
    REQUIRE(falServer.listen());
    openRouterServer.setTokenDelayMs(1);
    falServer.setStepDelayMs(10);
    openRouter.setBaseUrl(openRouterServer.baseUrl());
    StreamSettings stream;
    stream.inactivityTimeoutMs = 2000;
    stream.retryBaseDelayMs = 20;
    openRouter.setStreamSettings(stream);
    fal.setQueueBaseUrl(falServer.baseUrl());
    fal.setStorageBaseUrl(falServer.baseUrl());
    FalTuning tuning;
    tuning.pollIntervalMs = 10;
    tuning.pollMaxIntervalMs = 40;
    tuning.retryBaseMs = 20;
    tuning.retryMaxMs = 200;
    fal.setTuning(tuning);
    REQUIRE(store.open().isOpen());
    store.messages()->setFlushInterval(50);
    keys.load();
    REQUIRE(waitUntil([this] { return keys.isLoaded(); }));
    openRouter.setApiKey(keys.key(Provider::OpenRouter));
    fal.setApiKey(keys.key(Provider::Fal));
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

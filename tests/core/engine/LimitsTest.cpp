#include "EngineHarness.h"
#include "catch.h"

#include <algorithm>

using namespace confab;
using confab::test::EngineHarness;

namespace {
void recordSpend(Store &store, double usd)
{
    NewMessage note;
    const auto session = store.sessions()->create(QStringLiteral("Earlier"));
    note.sessionId = session->id;
    note.role = MessageRole::Assistant;
    const auto message = store.messages()->create(note);
    Generation call;
    call.messageId = message->id;
    call.model = QStringLiteral("openai/gpt-4o-mini");
    const auto id = store.generations()->start(call);
    GenerationOutcome outcome;
    outcome.costUsd = usd;
    store.generations()->finish(*id, outcome);
}
} // namespace

TEST_CASE("An empty or over-long prompt is refused with the reason and nothing is stored")
{
    EngineHarness h;
    SendOutcome empty = h.engine.send(h.text(QStringLiteral("   ")));
    CHECK_FALSE(empty.accepted);
    CHECK(empty.message == QStringLiteral("Type a message first."));

    h.settings.setValue(SettingKey::MaxPromptLength, 100);
    SendOutcome tooLong = h.engine.send(h.text(QString(150, u'a')));
    CHECK_FALSE(tooLong.accepted);
    CHECK(tooLong.message == QStringLiteral("This prompt is 150 characters; the limit is 100."));
    CHECK(h.store.sessions()->list(SessionStatus::Active).isEmpty());
}

TEST_CASE("More images than the model takes are refused with the limit")
{
    EngineHarness h;
    TurnRequest request;
    request.mode = GenerationMode::ImageToImage;
    request.prompt = QStringLiteral("Merge these");
    for (int i = 0; i < 5; ++i)
        request.imageHashes << QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
    const SendOutcome refused = h.engine.send(request);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message.contains(QStringLiteral("the limit is 4")));
}

TEST_CASE("Without keys, sending says which key is missing and history still works")
{
    EngineHarness h(false);
    const Readiness ready = h.engine.readiness(GenerationMode::Text);
    CHECK_FALSE(ready.canSend);
    CHECK(ready.reason.contains(QStringLiteral("OpenRouter API key")));
    CHECK(h.engine.readiness(GenerationMode::TextToImage).reason.contains(QStringLiteral("fal API key")));
    const SendOutcome refused = h.engine.send(h.text(QStringLiteral("Hello")));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message == ready.reason);
    CHECK(h.openRouterServer.requests().isEmpty());
}

TEST_CASE("At 80 % of the daily cap the user is warned, at 100 % sending is refused naming the cap")
{
    EngineHarness h;
    h.settings.setValue(SettingKey::DailyCapUsd, 1.0);
    recordSpend(h.store, 0.85);
    const SendOutcome warned = h.sendAndWait(h.text(QStringLiteral("Still fine?")));
    REQUIRE(warned.accepted);
    CHECK(warned.message.contains(QStringLiteral("daily cap of $1.00")));

    recordSpend(h.store, 0.20);
    const Readiness ready = h.engine.readiness(GenerationMode::Text);
    CHECK_FALSE(ready.canSend);
    CHECK(ready.reason.contains(QStringLiteral("Daily spending cap of $1.00 reached")));
    CHECK(ready.reason.contains(QStringLiteral("Settings → Limits")));
    const SendOutcome refused = h.engine.send(h.text(QStringLiteral("One more")));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message == ready.reason);
}

TEST_CASE("An image job that would go over the cap is refused before it is sent")
{
    EngineHarness h;
    h.settings.setValue(SettingKey::DailyCapUsd, 1.0);
    recordSpend(h.store, 0.90);
    TurnRequest request;
    request.mode = GenerationMode::TextToImage;
    request.prompt = QStringLiteral("Four posters");
    request.image.count = 4;
    const SendOutcome refused = h.engine.send(request);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message.contains(QStringLiteral("would go over your daily spending cap")));
    CHECK(h.falServer.requests().isEmpty());
}

TEST_CASE("The requests-per-minute limit refuses the request over it and says when to try again")
{
    EngineHarness h;
    h.settings.setValue(SettingKey::RequestsPerMinute, 2);
    REQUIRE(h.sendAndWait(h.text(QStringLiteral("one"))).accepted);
    REQUIRE(h.sendAndWait(h.text(QStringLiteral("two"))).accepted);
    const SendOutcome third = h.engine.send(h.text(QStringLiteral("three")));
    CHECK_FALSE(third.accepted);
    CHECK(third.message.contains(QStringLiteral("requests in the last minute")));
}

TEST_CASE("A 429 with Retry-After holds further requests until then")
{
    EngineHarness h;
    testserver::Scenario limited;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("error-429"), &limited));
    limited.retryAfterSeconds = 60;
    h.openRouterServer.enqueue(limited);
    h.openRouterServer.enqueue(limited);
    h.openRouterServer.enqueue(limited);
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Busy?")));
    REQUIRE(sent.accepted);
    CHECK(h.message(sent.assistantMessageId).status == MessageStatus::Failed);
    const SendOutcome next = h.engine.send(h.text(QStringLiteral("Again?")));
    CHECK_FALSE(next.accepted);
    CHECK(next.message.contains(QStringLiteral("slow down")));
}

TEST_CASE("Offline, sending to a remote service says why while history stays usable, and a local server "
          "still works")
{
    EngineHarness h;
    const SendOutcome before = h.sendAndWait(h.text(QStringLiteral("Saved before going offline")));
    REQUIRE(before.accepted);

    h.openRouter.setBaseUrl(QUrl(QStringLiteral("https://openrouter.ai/api/v1")));
    h.engine.setOnline(false);
    const SendOutcome refused = h.engine.send(h.text(QStringLiteral("Are you there?")));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message.contains(QStringLiteral("You are offline")));
    // History stays usable offline: the earlier question is found (beside its chat's title).
    const QList<SearchHit> hits = h.store.search().search(QStringLiteral("offline"));
    CHECK(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &hit) {
        return hit.messageId > 0 && hit.snippet.contains(QStringLiteral("before going"));
    }));

    h.openRouter.setBaseUrl(h.openRouterServer.baseUrl());
    CHECK(h.engine.readiness(GenerationMode::Text).canSend);
    CHECK(h.engine.readiness(GenerationMode::TextToImage).canSend);
}

#include "EngineHarness.h"
#include "ScriptedChatProvider.h"
#include "Wait.h"
#include "catch.h"

using namespace confab;
using confab::test::EngineHarness;
using confab::test::ScriptedChatProvider;
using confab::test::waitUntil;

TEST_CASE("The engine answers through any chat provider, here one inside the process with no HTTP at all")
{
    EngineHarness h;
    ScriptedChatProvider provider;
    ConversationEngine engine({&h.store, &h.settings, &h.keys, &provider, &h.fal, &h.models});

    const SendOutcome sent = engine.send(h.text(QStringLiteral("Say hello")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] { return !engine.isBusy(sent.sessionId); }));

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.content == QStringLiteral("Hello, world."));
    REQUIRE(provider.requests.size() == 1);
    CHECK(provider.requests.first().messages.last().text == QStringLiteral("Say hello"));
    CHECK(h.openRouterServer.chatRequests().isEmpty());
    // The usage figures name the provider that answered, not a vendor the engine assumes.
    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().provider == QStringLiteral("scripted"));
}

TEST_CASE("A provider's failure keeps the partial answer and its reason, whatever the provider")
{
    EngineHarness h;
    ScriptedChatProvider provider;
    ChatError broken;
    broken.kind = ChatError::Kind::Server;
    broken.message = QStringLiteral("The local model ran out of memory");
    provider.error = broken;
    ConversationEngine engine({&h.store, &h.settings, &h.keys, &provider, &h.fal, &h.models});

    const SendOutcome sent = engine.send(h.text(QStringLiteral("Say hello")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] { return !engine.isBusy(sent.sessionId); }));

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Failed);
    CHECK(answer.content == QStringLiteral("Hello, world."));
    CHECK(answer.metadata.error == broken.message);
}

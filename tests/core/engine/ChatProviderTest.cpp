#include "EngineHarness.h"
#include "ScriptedChatProvider.h"
#include "Wait.h"
#include "catch.h"
#include "engine/TitleWriter.h"

using namespace confab;
using confab::test::EngineHarness;
using confab::test::ScriptedChatProvider;
using confab::test::waitUntil;

TEST_CASE("The engine answers through any chat provider, here one inside the process with no HTTP at all")
{
    ScriptedChatProvider provider;
    EngineHarness h(&provider);

    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Say hello")));
    REQUIRE(sent.accepted);

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
    ScriptedChatProvider provider;
    ChatError broken;
    broken.kind = ChatError::Kind::Server;
    broken.message = QStringLiteral("The local model ran out of memory");
    provider.error = broken;
    EngineHarness h(&provider);

    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Say hello")));
    REQUIRE(sent.accepted);

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Failed);
    CHECK(answer.content == QStringLiteral("Hello, world."));
    CHECK(answer.metadata.error == broken.message);
}

TEST_CASE("A chat's title comes from the same provider as its answers, and is logged under that provider")
{
    ScriptedChatProvider provider;
    EngineHarness h(&provider);
    h.settings.setValue(SettingKey::GenerateTitles, true);

    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Say hello")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] { return !h.backend.titles()->isWriting(sent.sessionId); }));

    REQUIRE(provider.requests.size() == 2);
    CHECK(provider.requests.last().messages.first().text == TitleWriter::instruction());
    // The scripted reply, "Hello, world.", cleaned into a title.
    CHECK(h.store.sessions()->get(sent.sessionId)->title == QStringLiteral("Hello, world"));
    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 2);
    CHECK(calls.last().kind == GenerationKind::Title);
    CHECK(calls.last().provider == QStringLiteral("scripted"));
    CHECK(h.openRouterServer.titleRequests().isEmpty());
}

#include "EngineHarness.h"
#include "Fixtures.h"
#include "Wait.h"
#include "catch.h"
#include "engine/ReasoningEffort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;

namespace {

QJsonObject lastChatBody(EngineHarness &h)
{
    return QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body).object();
}

} // namespace

TEST_CASE("A thinking model's reasoning is stored with its answer and survives reopening the store")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text,image")));
    TurnRequest request = h.text(QStringLiteral("[scenario:thinking] Why is the sky blue?"));
    request.model = test::ThinkingModel;
    const SendOutcome sent = h.sendAndWait(request);
    REQUIRE(sent.accepted);

    const Message answer = h.message(sent.assistantMessageId);
    REQUIRE(answer.status == MessageStatus::Completed);
    CHECK(answer.reasoning == h.openRouterServer.lastReasoning());
    CHECK(answer.content == h.openRouterServer.lastAnswerText());
    REQUIRE(answer.reasoningDetails.size() == 2);
    const QJsonObject text = answer.reasoningDetails.at(0).toObject();
    CHECK(text.value(QStringLiteral("text")).toString() == h.openRouterServer.lastReasoning());
    CHECK(text.value(QStringLiteral("signature")).toString().startsWith(QStringLiteral("sig-")));
    CHECK(answer.reasoningDetails.at(1).toObject().value(QStringLiteral("type")).toString() ==
          QStringLiteral("reasoning.encrypted"));
    CHECK(answer.metadata.reasoningTokens == 4);

    h.store.messages()->flush();
    h.store.database().close();
    Store reopened(h.store.location());
    REQUIRE(reopened.open().isOpen());
    const Message again = reopened.messages()->get(sent.assistantMessageId).value();
    CHECK(again.reasoning == answer.reasoning);
    CHECK(again.reasoningDetails == answer.reasoningDetails);
    CHECK(again.metadata.reasoningTokens == 4);
}

TEST_CASE("Reasoning is written while it streams, before the answer text starts")
{
    EngineHarness h;
    h.openRouterServer.setTokenDelayMs(40);
    const SendOutcome sent = h.engine.send(h.text(QStringLiteral("[scenario:reasoning] Think about tea")));
    REQUIRE(sent.accepted);
    REQUIRE(test::waitUntil([&] { return !h.message(sent.assistantMessageId).reasoning.isEmpty(); }));
    CHECK(h.message(sent.assistantMessageId).content.isEmpty());
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(h.message(sent.assistantMessageId).reasoning == h.openRouterServer.lastReasoning());
}

TEST_CASE("The reasoning effort goes out only when the chat sets one and the model takes it")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text,image")));

    TurnRequest request = h.text(QStringLiteral("Plan a picnic"));
    request.model = test::ThinkingModel;
    const SendOutcome unset = h.sendAndWait(request);
    CHECK_FALSE(lastChatBody(h).contains(QStringLiteral("reasoning")));

    request.sessionId = unset.sessionId;
    request.reasoningEffort = QStringLiteral("high");
    h.sendAndWait(request);
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject() ==
          QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}});
    CHECK(h.store.sessions()->get(unset.sessionId)->reasoningEffort == QStringLiteral("high"));

    // The chat keeps its effort for the next turn; "off" is sent as effort none.
    request.reasoningEffort.reset();
    h.sendAndWait(request);
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")) ==
          QStringLiteral("high"));
    request.reasoningEffort = reasoningEffortFromName(QStringLiteral("off"));
    h.sendAndWait(request);
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")) ==
          QStringLiteral("none"));

    // A model whose catalogue entry lacks "reasoning" never gets the parameter.
    request.model = QStringLiteral("openai/gpt-4o-mini");
    request.reasoningEffort = QStringLiteral("medium");
    h.sendAndWait(request);
    CHECK_FALSE(lastChatBody(h).contains(QStringLiteral("reasoning")));
}

TEST_CASE("Effort names read as a user types them")
{
    CHECK(reasoningEffortFromName(QStringLiteral("Off")) == QStringLiteral("none"));
    CHECK(reasoningEffortFromName(QStringLiteral("HIGH")) == QStringLiteral("high"));
    CHECK(reasoningEffortFromName(QStringLiteral("default")) == QString());
    CHECK_FALSE(reasoningEffortFromName(QStringLiteral("extreme")).has_value());
    ModelInfo mandatory;
    mandatory.supportsReasoning = true;
    mandatory.reasoningMandatory = true;
    CHECK(reasoningEffortToSend(QStringLiteral("none"), &mandatory).isEmpty());
    CHECK(reasoningEffortToSend(QStringLiteral("low"), &mandatory) == QStringLiteral("low"));
}

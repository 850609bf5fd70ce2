#include "EngineHarness.h"
#include "Fixtures.h"
#include "Wait.h"
#include "catch.h"
#include "engine/AutoTurn.h"
#include "openrouter/ChatStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;

namespace {

QJsonObject body(const testserver::HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonObject lastAssistantWithCalls(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (!message.value(QStringLiteral("tool_calls")).toArray().isEmpty())
            return message;
    }
    return {};
}

TurnRequest autoTurn(const QString &prompt, const QString &model = {})
{
    TurnRequest request;
    request.mode = GenerationMode::Auto;
    request.prompt = prompt;
    request.model = model;
    return request;
}

} // namespace

TEST_CASE("A thinking model draws through fal in Auto mode and gets its reasoning back unchanged")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text,image")));
    const SendOutcome sent = h.sendAndWait(
        autoTurn(QStringLiteral("[scenario:thinking] Draw a lighthouse"), test::ThinkingModel), 30000);
    REQUIRE(sent.accepted);

    const Message answer = h.message(sent.assistantMessageId);
    INFO(answer.metadata.error.toStdString());
    // The server answers 400 unless the follow-up carries tools, every result and the identical reasoning.
    REQUIRE(answer.status == MessageStatus::Completed);
    CHECK(answer.images.size() == 2);
    CHECK(answer.content.contains(h.openRouterServer.lastAnswerText()));

    const QList<testserver::HttpRequest> chats = h.openRouterServer.chatRequests();
    REQUIRE(chats.size() == 2);
    CHECK_FALSE(body(chats[1]).value(QStringLiteral("tools")).toArray().isEmpty());
    // Both rounds carry one session_id, OpenRouter's sticky-routing key: the signatures replayed in round 2
    // are valid only at the provider that made them in round 1 (the server refuses a switch).
    const QString routing = body(chats[0]).value(QStringLiteral("session_id")).toString();
    CHECK(routing.startsWith(QStringLiteral("confab-")));
    CHECK(routing.size() <= 256);
    CHECK(body(chats[1]).value(QStringLiteral("session_id")).toString() == routing);
    const QJsonObject asked = lastAssistantWithCalls(test::messagesOf(chats[1]));
    const QJsonArray details = asked.value(QStringLiteral("reasoning_details")).toArray();
    REQUIRE(details.size() == 2);
    const QJsonObject text = details.at(0).toObject();
    CHECK(text.value(QStringLiteral("type")).toString() == QStringLiteral("reasoning.text"));
    CHECK(text.value(QStringLiteral("text"))
              .toString()
              .endsWith(QStringLiteral("I will call the image tool.")));
    CHECK(text.value(QStringLiteral("signature")).toString().startsWith(QStringLiteral("sig-gen-")));
    CHECK(details.at(1).toObject().value(QStringLiteral("type")).toString() ==
          QStringLiteral("reasoning.encrypted"));

    // Both calls of the one turn ran, and their results went back together, matched by id.
    QStringList callIds;
    for (const QJsonValue &call : asked.value(QStringLiteral("tool_calls")).toArray())
        callIds << call.toObject().value(QStringLiteral("id")).toString();
    QStringList resultIds;
    for (const QJsonValue &message : test::messagesOf(chats[1])) {
        if (message.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("tool"))
            resultIds << message.toObject().value(QStringLiteral("tool_call_id")).toString();
    }
    CHECK(callIds.size() == 2);
    CHECK(resultIds == callIds);
    int falJobs = 0;
    for (const Generation &call : h.generations(sent.assistantMessageId))
        falJobs += call.kind == GenerationKind::TextToImage;
    CHECK(falJobs == 2);

    CHECK(answer.reasoning.contains(QStringLiteral("I will call the image tool.")));
    CHECK(answer.reasoningDetails.size() >= 2);
}

TEST_CASE(
    "The test server refuses a thinking model's follow-up without its reasoning, its tools or its session")
{
    EngineHarness h;
    QJsonObject call{
        {QStringLiteral("id"), QStringLiteral("call_x_0")},
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("generate_image")},
                                                 {QStringLiteral("arguments"), QStringLiteral("{}")}}}};
    // First a real thinking turn, so the server knows what reasoning it issued with which call.
    const SendOutcome sent = h.sendAndWait(
        autoTurn(QStringLiteral("[scenario:thinking] Draw a boat"), test::ThinkingModel), 30000);
    REQUIRE(sent.accepted);
    const QJsonObject issued =
        lastAssistantWithCalls(test::messagesOf(h.openRouterServer.chatRequests().at(1)));
    REQUIRE_FALSE(issued.isEmpty());
    const QString routing =
        body(h.openRouterServer.chatRequests().at(0)).value(QStringLiteral("session_id")).toString();

    const auto refusal = [&](bool withDetails, bool withTools, const QString &session) {
        ChatRequest request;
        request.model = test::ThinkingModel;
        request.sessionId = session;
        ChatMessage user;
        user.role = QStringLiteral("user");
        user.text = QStringLiteral("[scenario:thinking] Draw a boat");
        ChatMessage assistant;
        assistant.role = QStringLiteral("assistant");
        for (const QJsonValue &value : issued.value(QStringLiteral("tool_calls")).toArray()) {
            const QJsonObject object = value.toObject();
            const QJsonObject function = object.value(QStringLiteral("function")).toObject();
            assistant.toolCalls << ToolCall{object.value(QStringLiteral("id")).toString(),
                                            function.value(QStringLiteral("name")).toString(),
                                            function.value(QStringLiteral("arguments")).toString()};
        }
        if (withDetails)
            assistant.reasoningDetails = issued.value(QStringLiteral("reasoning_details")).toArray();
        request.messages << user << assistant;
        for (const ToolCall &toolCall : std::as_const(assistant.toolCalls)) {
            ChatMessage result;
            result.role = QStringLiteral("tool");
            result.toolCallId = toolCall.id;
            result.text = QStringLiteral(R"({"ok":true})");
            request.messages << result;
        }
        if (withTools)
            request.tools =
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                       {QStringLiteral("function"), call.value(QStringLiteral("function"))}}};
        ChatStream *stream = h.openRouter.streamChat(request);
        std::optional<ChatError> error;
        bool finished = false;
        QObject::connect(stream, &ChatStream::failed, [&](const ChatError &e) { error = e; });
        QObject::connect(stream, &ChatStream::finished, [&](const ChatResult &) { finished = true; });
        REQUIRE(test::waitUntil([&] { return error.has_value() || finished; }));
        stream->deleteLater();
        return error ? error->httpStatus : 200;
    };

    CHECK(refusal(true, true, routing) == 200);
    CHECK(h.openRouterServer.lastRefusal().isEmpty());
    CHECK(refusal(false, true, routing) == 400);
    CHECK(h.openRouterServer.lastRefusal().contains(QStringLiteral("reasoning details to be preserved")));
    CHECK(refusal(true, false, routing) == 400);
    CHECK(h.openRouterServer.lastRefusal().contains(QStringLiteral("must define tools")));
    // Without the first round's session_id the round may reach another provider, which cannot read the
    // signatures.
    CHECK(refusal(true, true, QString()) == 400);
    CHECK(h.openRouterServer.lastRefusal() == QStringLiteral("Corrupted thought signature."));
}

TEST_CASE("A tool loop at its round limit keeps the tools and forbids more calls with tool_choice none")
{
    EngineHarness h;
    testserver::Scenario tools;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("tools-whole"), &tools));
    h.openRouterServer.setDefaultScenario(tools);
    const SendOutcome sent = h.sendAndWait(autoTurn(QStringLiteral("Draw lighthouses forever")), 60000);
    REQUIRE(sent.accepted);

    const QList<testserver::HttpRequest> chats = h.openRouterServer.chatRequests();
    REQUIRE(chats.size() == AutoTurn::MaxToolRounds + 1);
    for (const testserver::HttpRequest &chat : chats)
        CHECK(body(chat).value(QStringLiteral("tools")).toArray().size() == 2);
    for (qsizetype i = 0; i + 1 < chats.size(); ++i)
        CHECK_FALSE(body(chats[i]).contains(QStringLiteral("tool_choice")));
    CHECK(body(chats.last()).value(QStringLiteral("tool_choice")).toString() == QStringLiteral("none"));

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.images.size() == 2 * AutoTurn::MaxToolRounds);
    CHECK(answer.content.endsWith(h.openRouterServer.lastAnswerText()));
}

TEST_CASE("A chat model that draws gets modalities and its images are stored with the answer")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text,image")));
    testserver::Scenario drawing;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("image-output"), &drawing));

    h.openRouterServer.enqueue(drawing);
    TurnRequest request = h.text(QStringLiteral("A red kite over a beach"));
    request.model = QStringLiteral("google/gemini-2.5-flash-image");
    const SendOutcome drawn = h.sendAndWait(request);
    REQUIRE(drawn.accepted);
    const QJsonObject asked = body(h.openRouterServer.chatRequests().last());
    CHECK(asked.value(QStringLiteral("modalities")).toArray() ==
          QJsonArray{QStringLiteral("image"), QStringLiteral("text")});
    const Message answer = h.message(drawn.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    REQUIRE(answer.images.size() == 1);
    CHECK(answer.images.first().role == ImageRole::Output);
    CHECK(h.store.images()->bytes(answer.images.first().hash) == h.openRouterServer.lastImage());

    // A text-only model is not asked for images, and the same server then sends none.
    h.openRouterServer.enqueue(drawing);
    request.model = QStringLiteral("openai/gpt-4o-mini");
    const SendOutcome worded = h.sendAndWait(request);
    CHECK_FALSE(body(h.openRouterServer.chatRequests().last()).contains(QStringLiteral("modalities")));
    CHECK(h.message(worded.assistantMessageId).images.isEmpty());
    CHECK(h.message(worded.assistantMessageId).content.contains(QStringLiteral("in words")));
}

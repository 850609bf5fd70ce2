#include "EngineHarness.h"
#include "Fixtures.h"
#include "Wait.h"
#include "catch.h"
#include "engine/AnswerLength.h"
#include "store/ImageStore.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;
using confab::test::waitUntil;

namespace {
testserver::Scenario scenario(const QString &name)
{
    testserver::Scenario s;
    REQUIRE(testserver::Scenario::fromName(name, &s));
    return s;
}
} // namespace

TEST_CASE("Sending shows the question and a pending answer at once, then the streamed answer")
{
    EngineHarness h;
    const SendOutcome sent = h.engine.send(h.text(QStringLiteral("Explain SQLite WAL mode briefly")));
    REQUIRE(sent.accepted);
    // Both rows exist before the request has even reached the server.
    CHECK(h.openRouterServer.chatRequests().isEmpty());
    const QList<Message> before = h.messages(sent.sessionId);
    REQUIRE(before.size() == 2);
    CHECK(before[0].role == MessageRole::User);
    CHECK(before[0].content == QStringLiteral("Explain SQLite WAL mode briefly"));
    CHECK(before[1].role == MessageRole::Assistant);
    CHECK(!before[1].isFinished());
    CHECK(h.engine.isBusy(sent.sessionId));

    REQUIRE(h.waitForIdle(sent.sessionId));
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.content == h.openRouterServer.lastAnswerText());
    CHECK(answer.metadata.model == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(answer.metadata.completionTokens > 0);
    CHECK(answer.metadata.costUsd == Approx(h.openRouterServer.lastCost()));

    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].kind == GenerationKind::Chat);
    CHECK(calls[0].status == GenerationStatus::Succeeded);
    CHECK(calls[0].requestId == h.openRouterServer.lastGenerationId());
    CHECK(calls[0].firstByteMs.has_value());
    CHECK(calls[0].costUsd.value_or(0) == Approx(h.openRouterServer.lastCost()));

    const auto session = h.store.sessions()->get(sent.sessionId);
    REQUIRE(session);
    CHECK(session->title == QStringLiteral("Explain SQLite WAL mode briefly"));
    CHECK(session->type == SessionType::Text);
}

TEST_CASE("Stop keeps the partial answer marked stopped, and Retry runs it again in place")
{
    EngineHarness h;
    testserver::Scenario slow = scenario(QStringLiteral("long"));
    slow.tokenDelayMs = 20;
    h.openRouterServer.enqueue(slow);
    const SendOutcome sent = h.engine.send(h.text(QStringLiteral("Tell me a long story")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] { return h.message(sent.assistantMessageId).content.size() > 20; }));
    REQUIRE(h.engine.stop(sent.sessionId));
    REQUIRE(h.waitForIdle(sent.sessionId));

    const Message stopped = h.message(sent.assistantMessageId);
    CHECK(stopped.status == MessageStatus::Stopped);
    CHECK(stopped.metadata.error.isEmpty());
    CHECK(stopped.content.size() > 20);
    CHECK(h.generations(sent.assistantMessageId).value(0).status == GenerationStatus::Cancelled);

    const SendOutcome again = h.engine.retry(sent.assistantMessageId);
    REQUIRE(again.accepted);
    CHECK(again.assistantMessageId == sent.assistantMessageId);
    REQUIRE(h.waitForIdle(sent.sessionId));
    const Message retried = h.message(sent.assistantMessageId);
    CHECK(retried.status == MessageStatus::Completed);
    CHECK(retried.content == h.openRouterServer.lastAnswerText());
    CHECK(h.messages(sent.sessionId).size() == 2);
}

TEST_CASE("Continue sends the stopped answer as the last assistant message and appends what comes back")
{
    EngineHarness h;
    testserver::Scenario slow = scenario(QStringLiteral("long"));
    slow.tokenDelayMs = 20;
    h.openRouterServer.enqueue(slow);
    const SendOutcome sent = h.engine.send(h.text(QStringLiteral("Tell me a long story")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] { return h.message(sent.assistantMessageId).content.size() > 20; }));
    REQUIRE(h.engine.stop(sent.sessionId));
    REQUIRE(h.waitForIdle(sent.sessionId));
    const Message stopped = h.message(sent.assistantMessageId);
    REQUIRE(stopped.status == MessageStatus::Stopped);

    const SendOutcome continued = h.engine.continueAnswer(sent.assistantMessageId);
    REQUIRE(continued.accepted);
    REQUIRE(h.waitForIdle(sent.sessionId));

    const QJsonArray messages = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body)
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    const QJsonObject last = messages.last().toObject();
    CHECK(last.value(QStringLiteral("role")).toString() == QStringLiteral("assistant"));
    CHECK(last.value(QStringLiteral("content")).toString() == stopped.content);

    const Message done = h.message(sent.assistantMessageId);
    CHECK(done.status == MessageStatus::Completed);
    CHECK(done.content == stopped.content + h.openRouterServer.lastAnswerText());
    CHECK(done.metadata.completionTokens > stopped.metadata.completionTokens);
    CHECK(h.messages(sent.sessionId).size() == 2);

    CHECK_FALSE(h.engine.continueAnswer(sent.assistantMessageId).accepted);
}

TEST_CASE("A dropped connection keeps the partial answer, says what happened, and Retry completes it")
{
    EngineHarness h;
    h.openRouterServer.enqueue(scenario(QStringLiteral("disconnect")));
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Hello there")));
    REQUIRE(sent.accepted);
    const Message dropped = h.message(sent.assistantMessageId);
    CHECK(dropped.status == MessageStatus::Failed);
    CHECK_FALSE(dropped.content.isEmpty());
    CHECK_FALSE(dropped.metadata.error.isEmpty());

    REQUIRE(h.engine.retry(sent.assistantMessageId).accepted);
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(h.message(sent.assistantMessageId).status == MessageStatus::Completed);
}

TEST_CASE("Regenerate replaces a completed answer in place and the chat continues with context")
{
    EngineHarness h;
    const SendOutcome first = h.sendAndWait(h.text(QStringLiteral("First question")));
    REQUIRE(first.accepted);
    REQUIRE(h.engine.retry(first.assistantMessageId).accepted);
    REQUIRE(h.waitForIdle(first.sessionId));
    CHECK(h.message(first.assistantMessageId).status == MessageStatus::Completed);
    CHECK(h.messages(first.sessionId).size() == 2);

    const SendOutcome second = h.sendAndWait(h.text(QStringLiteral("Second question"), first.sessionId));
    REQUIRE(second.accepted);
    CHECK(second.sessionId == first.sessionId);
    const QJsonArray sentMessages = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body)
                                        .object()
                                        .value(QStringLiteral("messages"))
                                        .toArray();
    QStringList roles;
    for (const QJsonValue &m : sentMessages)
        roles << m.toObject().value(QStringLiteral("role")).toString();
    CHECK(roles == QStringList{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user")});
    CHECK(h.messages(first.sessionId).size() == 4);
}

TEST_CASE("The context keeps the system prompt and the newest turns that fit the model")
{
    EngineHarness h;
    h.setModels(R"({"data":[{"id":"test/tiny","name":"Tiny","context_length":1200,
        "pricing":{"prompt":"0","completion":"0"},
        "architecture":{"input_modalities":["text"],"output_modalities":["text"]}}]})");
    h.settings.setValue(SettingKey::MaxTokens, 200);
    ChatParameters brief;
    brief.systemPrompt = QStringLiteral("Be brief.");
    const auto session = h.store.sessions()->create(QStringLiteral("Long chat"), SessionType::Text,
                                                    QStringLiteral("test/tiny"), brief);
    REQUIRE(session);
    for (int turn = 0; turn < 12; ++turn) {
        for (MessageRole role : {MessageRole::User, MessageRole::Assistant}) {
            NewMessage message;
            message.sessionId = session->id;
            message.role = role;
            message.content = QStringLiteral("turn %1 ").arg(turn) + QString(400, u'x');
            REQUIRE(h.store.messages()->create(message));
        }
    }
    TurnRequest request = h.text(QStringLiteral("And now?"), session->id);
    REQUIRE(h.sendAndWait(request).accepted);

    const QJsonObject body = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("model")).toString() == QStringLiteral("test/tiny"));
    const QJsonArray sent = body.value(QStringLiteral("messages")).toArray();
    REQUIRE(sent.size() >= 3);
    CHECK(sent.first().toObject().value(QStringLiteral("role")).toString() == QStringLiteral("system"));
    CHECK(sent.first().toObject().value(QStringLiteral("content")).toString() == QStringLiteral("Be brief."));
    CHECK(sent.last().toObject().value(QStringLiteral("content")).toString() == QStringLiteral("And now?"));
    // 24 earlier messages of ~100 tokens each cannot fit in 1,000 tokens: only the newest ones went.
    CHECK(sent.size() < 14);
    CHECK(sent.at(sent.size() - 2)
              .toObject()
              .value(QStringLiteral("content"))
              .toString()
              .startsWith(QStringLiteral("turn 11 ")));
}

TEST_CASE("Two chats can answer at the same time, each with one answer in flight")
{
    EngineHarness h;
    testserver::Scenario slow = scenario(QStringLiteral("long"));
    slow.tokenDelayMs = 5;
    h.openRouterServer.enqueue(slow);
    h.openRouterServer.enqueue(slow);
    const SendOutcome a = h.engine.send(h.text(QStringLiteral("Chat A")));
    const SendOutcome b = h.engine.send(h.text(QStringLiteral("Chat B")));
    REQUIRE(a.accepted);
    REQUIRE(b.accepted);
    CHECK(a.sessionId != b.sessionId);
    CHECK(h.engine.isBusy(a.sessionId));
    CHECK(h.engine.isBusy(b.sessionId));

    const SendOutcome again = h.engine.send(h.text(QStringLiteral("Another in A"), a.sessionId));
    CHECK_FALSE(again.accepted);
    CHECK(again.message.contains(QStringLiteral("still answering")));

    REQUIRE(h.waitForIdle(a.sessionId, 30000));
    REQUIRE(h.waitForIdle(b.sessionId, 30000));
    CHECK(h.message(a.assistantMessageId).status == MessageStatus::Completed);
    CHECK(h.message(b.assistantMessageId).status == MessageStatus::Completed);
}

TEST_CASE("A server error before the stream is shown as a clear message and nothing is lost")
{
    EngineHarness h;
    h.openRouterServer.setExpectedKey(QStringLiteral("sk-or-v1-some-other-key"));
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Are you there?")));
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Failed);
    CHECK(answer.metadata.error.contains(QStringLiteral("key"), Qt::CaseInsensitive));
    CHECK_FALSE(answer.metadata.error.contains(QStringLiteral("sk-or-v1-test-engine-key")));
    CHECK(h.message(sent.userMessageId).content == QStringLiteral("Are you there?"));
}

TEST_CASE(
    "An image in a chat answer whose header claims too many pixels is not kept, and the answer says why")
{
    EngineHarness h;
    h.openRouterServer.enqueue(scenario(QStringLiteral("image-bomb")));
    const SendOutcome sent = h.engine.send(h.text(QStringLiteral("Draw a very large map")));
    REQUIRE(sent.accepted);
    REQUIRE(h.waitForIdle(sent.sessionId));
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.images.isEmpty());
    CHECK(answer.content.contains(
        QStringLiteral("The model sent an image Confab did not keep. This image is "
                       "50000 × 50000 pixels; Confab opens images up to 64 megapixels.")));
    CHECK(answer.content.contains(QStringLiteral("Here is the image you asked for.")));
}

TEST_CASE(
    "The answer may be as long as the model's catalogue allows â one cut at that limit can be continued")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text,image")));
    TurnRequest request = h.text(QStringLiteral("Hello"));
    request.model = QStringLiteral("google/gemini-3-flash-preview");
    const SendOutcome first = h.sendAndWait(request);
    REQUIRE(first.accepted);
    const QJsonObject body = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body).object();
    // top_provider.max_completion_tokens of the model, not a fixed 4096 its reasoning would share.
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == 8192);
    CHECK_FALSE(body.contains(QStringLiteral("max_tokens")));

    ChatParameters parameters;
    parameters.maxTokens = 20;
    REQUIRE(h.store.sessions()->setParameters(first.sessionId, parameters));
    request.sessionId = first.sessionId;
    request.prompt = QStringLiteral("[scenario:long] Tell me everything");
    const SendOutcome cut = h.sendAndWait(request);
    REQUIRE(cut.accepted);
    const Message answer = h.message(cut.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.metadata.finishReason == QStringLiteral("length"));
    CHECK(stoppedAtLengthLimit(answer));
    CHECK(canContinue(answer));
    const SendOutcome continued = h.engine.continueAnswer(cut.assistantMessageId);
    REQUIRE(continued.accepted);
    REQUIRE(h.waitForIdle(cut.sessionId));
    const Message more = h.message(cut.assistantMessageId);
    CHECK(more.status == MessageStatus::Completed);
    CHECK(more.content.startsWith(answer.content));
    CHECK(more.content.size() > answer.content.size());
}

TEST_CASE("A picture a chat already holds as BMP goes to the model as PNG, which OpenRouter takes")
{
    EngineHarness h;
    h.setModels(testserver::fixtures::modelsJson(QStringLiteral("text")));
    // Stored as it is, as chats from before the conversion at intake hold it.
    QImage drawing(40, 30, QImage::Format_RGB32);
    drawing.fill(Qt::white);
    QByteArray bmp;
    QBuffer buffer(&bmp);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(drawing.save(&buffer, "BMP"));
    const StoredImage stored = h.store.images()->store(bmp);
    REQUIRE(stored.error.isEmpty());

    TurnRequest request = h.text(QStringLiteral("What is in this picture?"));
    request.model = QStringLiteral("openai/gpt-4o-mini");
    request.imageHashes = {stored.hash};
    const SendOutcome sent = h.sendAndWait(request);
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    INFO(answer.metadata.error.toStdString());
    // The server answers 400 unsupported_image_format to anything but png, jpeg, webp and gif.
    CHECK(answer.status == MessageStatus::Completed);
    const QJsonArray parts = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body)
                                 .object()
                                 .value(QStringLiteral("messages"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(1)
              .toObject()
              .value(QStringLiteral("image_url"))
              .toObject()
              .value(QStringLiteral("url"))
              .toString()
              .startsWith(QStringLiteral("data:image/png;base64,")));
}

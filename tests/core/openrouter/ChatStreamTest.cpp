#include "ClientHarness.h"
#include "Wait.h"
#include "catch.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::ClientHarness;
using confab::test::scenario;
using confab::test::StreamRecord;

namespace {

void requireCompleteAnswer(const ClientHarness &h, const StreamRecord &record)
{
    REQUIRE(record.endSignals == 1);
    INFO((record.error ? record.error->message : QString()).toStdString());
    REQUIRE(record.result.has_value());
    CHECK(record.text == h.server.lastAnswerText());
    CHECK(record.result->text == h.server.lastAnswerText());
}

} // namespace

TEST_CASE("A normal answer streams in full with its finish reason, tokens and cost")
{
    ClientHarness h;
    const StreamRecord record = h.run(QStringLiteral("Explain SSE in two lines"));
    requireCompleteAnswer(h, record);
    CHECK(record.text.contains(QStringLiteral("Explain SSE in two lines")));
    CHECK(record.result->finishReason == QStringLiteral("stop"));
    CHECK(record.result->generationId == h.server.lastGenerationId());
    CHECK(record.result->model == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(record.result->provider == QStringLiteral("Confab Test"));
    CHECK(record.result->promptTokens > 0);
    CHECK(record.result->completionTokens > 0);
    REQUIRE(record.result->cost.has_value());
    CHECK(*record.result->cost == Approx(h.server.lastCost()));
    CHECK(record.result->msToFirstByte >= 0);
    CHECK(record.result->totalMs >= record.result->msToFirstByte);
}

TEST_CASE("The request carries the key, the app attribution and a bounded max_completion_tokens, never the "
          "deprecated max_tokens")
{
    ClientHarness h;
    ChatRequest request = h.request(QStringLiteral("hello"));
    request.temperature = 0.25;
    h.run(request);
    REQUIRE(h.server.chatRequests().size() == 1);
    const testserver::HttpRequest sent = h.server.chatRequests().first();
    CHECK(sent.method == QByteArray("POST"));
    CHECK(sent.path() == QStringLiteral("/api/v1/chat/completions"));
    CHECK(sent.header("authorization") == QByteArray("Bearer sk-or-v1-test-0123456789"));
    CHECK(sent.header("http-referer") == QByteArray("https://github.com/confab-app/confab"));
    CHECK(sent.header("x-title") == QByteArray("Confab"));
    CHECK(sent.header("content-type") == QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    CHECK(body.value(QStringLiteral("stream")).toBool());
    CHECK(body.value(QStringLiteral("model")).toString() == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == ChatRequest::DefaultMaxTokens);
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.25));
    // usage: {include: true} is deprecated and ignored: usage always arrives in the last chunk.
    CHECK_FALSE(body.contains(QStringLiteral("usage")));
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(1).toObject().value(QStringLiteral("content")).toString() == QStringLiteral("hello"));
}

TEST_CASE("Answers arrive intact whatever the framing: CRLF, CR, no space after data:, keep-alive comments")
{
    for (const QString &name : {QStringLiteral("crlf"), QStringLiteral("cr"), QStringLiteral("no-space"),
                                QStringLiteral("keepalive"), QStringLiteral("usage-dummy-choice")}) {
        INFO(name.toStdString());
        ClientHarness h;
        h.server.enqueue(scenario(name));
        const StreamRecord record = h.run(QStringLiteral("framing check"));
        requireCompleteAnswer(h, record);
        REQUIRE(record.result->cost.has_value());
        CHECK(*record.result->cost == Approx(h.server.lastCost()));
        CHECK(record.result->finishReason == QStringLiteral("stop"));
    }
}

TEST_CASE("Writes split inside UTF-8 characters and between CR and LF lose nothing")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("split-tricky")));
    const StreamRecord record = h.run(QStringLiteral("unicode please"));
    requireCompleteAnswer(h, record);
    CHECK(record.text == QStringLiteral("Grüße aus Köln: 亚洲 🌍 naïve café — “quoted” ✓ done."));
}

TEST_CASE("Writes of three bytes each still give the whole answer")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("split-bytes")));
    // The server paces its 1,681 writes by a 1 ms timer so that each is its own read here (4 s on Linux). A
    // Windows timer fires at most every 10 ms (USER_TIMER_MINIMUM), so there the answer takes 17 s or more.
    requireCompleteAnswer(h, h.run(QStringLiteral("tiny writes"), 60000));
}

TEST_CASE("Reasoning streams separately from the answer text")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("reasoning")));
    const StreamRecord record = h.run(QStringLiteral("think first"));
    requireCompleteAnswer(h, record);
    CHECK_FALSE(record.reasoning.isEmpty());
    CHECK(record.reasoning == h.server.lastReasoning());
    CHECK(record.result->reasoning == h.server.lastReasoning());
    CHECK_FALSE(record.text.contains(QStringLiteral("I should answer")));
}

TEST_CASE("Tool calls are assembled from fragments, whole arguments and deltas without index")
{
    for (const QString &name :
         {QStringLiteral("tools"), QStringLiteral("tools-whole"), QStringLiteral("tools-no-index")}) {
        INFO(name.toStdString());
        ClientHarness h;
        h.server.enqueue(scenario(name));
        ChatRequest request = h.request(QStringLiteral("weather in Paris and Tokyo?"));
        request.tools = QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("function"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup_weather")},
                                     {QStringLiteral("parameters"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}};
        const StreamRecord record = h.run(request);
        requireCompleteAnswer(h, record);
        REQUIRE(record.toolCalls.size() == 2);
        CHECK(record.result->toolCalls == record.toolCalls);
        CHECK(record.toolCalls[0].name == QStringLiteral("lookup_weather"));
        CHECK(record.toolCalls[1].name == QStringLiteral("lookup_weather"));
        CHECK(record.toolCalls[0].id != record.toolCalls[1].id);
        CHECK(QJsonDocument::fromJson(record.toolCalls[0].arguments.toUtf8())
                  .object()
                  .value(QStringLiteral("location"))
                  .toString() == QStringLiteral("Paris"));
        CHECK(QJsonDocument::fromJson(record.toolCalls[1].arguments.toUtf8())
                  .object()
                  .value(QStringLiteral("location"))
                  .toString() == QStringLiteral("Tōkyō"));
        const QJsonObject body = QJsonDocument::fromJson(h.server.chatRequests().first().body).object();
        CHECK(body.value(QStringLiteral("tools")).toArray().size() == 1);
    }
}

TEST_CASE("A generated image of several megabytes arrives whole and decodes as a PNG")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("image-large")));
    ChatRequest request = h.request(QStringLiteral("draw a city"));
    request.model = QStringLiteral("google/gemini-2.5-flash-image");
    request.modalities = {QStringLiteral("image"), QStringLiteral("text")};
    const StreamRecord record = h.run(request);
    requireCompleteAnswer(h, record);
    REQUIRE(record.images.size() == 1);
    CHECK(record.images.first().second == QStringLiteral("image/png"));
    CHECK(record.images.first().first.size() > 4'000'000);
    CHECK(record.images.first().first == h.server.lastImage());
    CHECK_FALSE(QImage::fromData(record.images.first().first, "PNG").isNull());
    CHECK(record.result->imageCount == 1);
    const QJsonObject body = QJsonDocument::fromJson(h.server.chatRequests().first().body).object();
    CHECK(body.value(QStringLiteral("modalities")).toArray() ==
          QJsonArray{QStringLiteral("image"), QStringLiteral("text")});
}

TEST_CASE("Images attached to a message are sent as image_url data URIs after the text")
{
    ClientHarness h;
    ChatRequest request = h.request(QStringLiteral("what is in this picture?"));
    ImagePart fromBytes;
    fromBytes.bytes = QByteArray("\x89PNG fake", 9);
    fromBytes.mime = QStringLiteral("image/png");
    ImagePart fromUri;
    fromUri.dataUri = QStringLiteral("data:image/jpeg;base64,/9j/AA==");
    request.messages.last().images = {fromBytes, fromUri};
    requireCompleteAnswer(h, h.run(request));
    const QJsonObject body = QJsonDocument::fromJson(h.server.chatRequests().first().body).object();
    const QJsonArray parts = body.value(QStringLiteral("messages"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toArray();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("what is in this picture?"));
    CHECK(parts.at(1).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("image_url"));
    CHECK(parts.at(1)
              .toObject()
              .value(QStringLiteral("image_url"))
              .toObject()
              .value(QStringLiteral("url"))
              .toString() ==
          QStringLiteral("data:image/png;base64,") + QString::fromLatin1(fromBytes.bytes.toBase64()));
    CHECK(parts.at(2)
              .toObject()
              .value(QStringLiteral("image_url"))
              .toObject()
              .value(QStringLiteral("url"))
              .toString() == fromUri.dataUri);
}

TEST_CASE("Tool results and earlier tool calls are sent back in OpenAI's shape")
{
    ClientHarness h;
    ChatRequest request = h.request(QStringLiteral("and now?"));
    ChatMessage assistant{QStringLiteral("assistant"), QString(), {}, {}, {}, {}, {}};
    assistant.toolCalls = {
        ToolCall{QStringLiteral("call_1"), QStringLiteral("get_time"), QStringLiteral("{}")}};
    ChatMessage result{
        QStringLiteral("tool"), QStringLiteral("12:00"), {}, {}, QStringLiteral("call_1"), {}, {}};
    request.messages.insert(1, assistant);
    request.messages.insert(2, result);
    // Providers refuse tool calls and results in a request that does not define the tools.
    request.tools = {
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("get_time")},
                                 {QStringLiteral("description"), QStringLiteral("The current time")},
                                 {QStringLiteral("parameters"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}};
    requireCompleteAnswer(h, h.run(request));
    const QJsonArray messages = QJsonDocument::fromJson(h.server.chatRequests().first().body)
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    const QJsonObject sentCall = messages.at(1).toObject();
    CHECK(sentCall.value(QStringLiteral("content")).isNull());
    CHECK(sentCall.value(QStringLiteral("tool_calls"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("id"))
              .toString() == QStringLiteral("call_1"));
    CHECK(messages.at(2).toObject().value(QStringLiteral("tool_call_id")).toString() ==
          QStringLiteral("call_1"));
}

TEST_CASE("A long answer with a per-token delay arrives token by token in order")
{
    ClientHarness h;
    testserver::Scenario longOne = scenario(QStringLiteral("long"));
    longOne.tokenCount = 300;
    longOne.tokenDelayMs = 1;
    h.server.enqueue(longOne);
    StreamRecord record;
    int deltas = 0;
    ChatStream *stream = h.start(h.request(QStringLiteral("go on")), &record);
    QObject::connect(stream, &ChatStream::textDelta, stream, [&deltas] { ++deltas; });
    test::waitForEnd(stream, record);
    requireCompleteAnswer(h, record);
    CHECK(deltas >= 300);
    CHECK(record.text.count(QStringLiteral("streaming")) == 34);
}

TEST_CASE("A scenario marker in the prompt picks the scenario, and a queued one wins over it")
{
    ClientHarness h;
    const StreamRecord marked = h.run(QStringLiteral("please [scenario:reasoning] now"));
    requireCompleteAnswer(h, marked);
    CHECK_FALSE(marked.reasoning.isEmpty());

    h.server.enqueue(scenario(QStringLiteral("default")));
    const StreamRecord queued = h.run(QStringLiteral("please [scenario:reasoning] now"));
    requireCompleteAnswer(h, queued);
    CHECK(queued.reasoning.isEmpty());
    CHECK(testserver::OpenRouterServer::scenarioNames().contains(QStringLiteral("error-429")));
}

TEST_CASE("A compatible server that ignores stream and answers with plain JSON still gives the answer")
{
    testserver::RawHttpServer plain;
    REQUIRE(plain.listen());
    plain.setHandler([](const testserver::HttpRequest &, testserver::HttpExchange *exchange) {
        exchange->respondJson(
            200, R"({"id":"cmpl-1","object":"chat.completion","model":"llama","choices":[{"index":0,)"
                 R"("finish_reason":"stop","message":{"role":"assistant","content":"Plain answer."}}],)"
                 R"("usage":{"prompt_tokens":5,"completion_tokens":3}})");
    });
    QNetworkAccessManager network;
    OpenRouterClient client(&network);
    client.setBaseUrl(plain.baseUrl());
    StreamRecord record;
    ChatStream *stream = client.streamChat(ChatRequest{});
    QObject::connect(stream, &ChatStream::textDelta, stream,
                     [&record](const QString &t) { record.text += t; });
    QObject::connect(stream, &ChatStream::finished, stream, [&record](const ChatResult &result) {
        record.result = result;
        ++record.endSignals;
    });
    QObject::connect(stream, &ChatStream::failed, stream, [&record](const ChatError &error) {
        record.error = error;
        ++record.endSignals;
    });
    test::waitForEnd(stream, record);
    REQUIRE(record.result.has_value());
    CHECK(record.text == QStringLiteral("Plain answer."));
    CHECK(record.result->completionTokens == 3);
    CHECK(record.result->model == QStringLiteral("llama"));
    CHECK(plain.requests().first().header("authorization").isEmpty());
}

TEST_CASE("A generated picture sent as a link is fetched without the key and arrives like an inline one")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("image-link")));
    ChatRequest request = h.request(QStringLiteral("Draw a boat"));
    request.model = QStringLiteral("google/gemini-2.5-flash-image");
    const StreamRecord record = h.run(request);
    INFO((record.error ? record.error->message.toStdString() : std::string()));
    REQUIRE(record.result);
    REQUIRE(record.images.size() == 1);
    CHECK(record.images.first().first == h.server.lastImage());
    CHECK(record.images.first().second == QStringLiteral("image/png"));
    CHECK(record.result->imageCount == 1);
    bool fetched = false;
    for (const testserver::HttpRequest &sent : h.server.requests()) {
        if (sent.path().startsWith(QLatin1String("/files/"))) {
            fetched = true;
            CHECK(sent.header("authorization").isEmpty());
        }
    }
    CHECK(fetched);
}

TEST_CASE("A linked picture that cannot be had fails the answer with the reason, never a silent success")
{
    SECTION("missing at its address")
    {
        ClientHarness h;
        h.server.enqueue(scenario(QStringLiteral("image-link-missing")));
        const StreamRecord record = h.run(QStringLiteral("Draw a boat"));
        REQUIRE(record.error);
        CHECK_FALSE(record.result);
        CHECK(record.error->message ==
              QStringLiteral("A picture the model made could not be fetched: 127.0.0.1 answered 404"));
        CHECK(record.error->partialText == QStringLiteral("Here is the image you asked for."));
    }
    SECTION("plain http from another machine is not fetched at all")
    {
        ClientHarness h;
        h.server.enqueue(scenario(QStringLiteral("image-link-plain-http")));
        const StreamRecord record = h.run(QStringLiteral("Draw a boat"));
        REQUIRE(record.error);
        CHECK(record.error->message.startsWith(
            QStringLiteral("A picture the model made could not be fetched: the model linked it at an address "
                           "Confab does not fetch from")));
        CHECK_FALSE(record.error->message.contains(QStringLiteral("images.example.net/")));
    }
    SECTION("larger than the cap")
    {
        ClientHarness h;
        StreamSettings settings = h.client.streamSettings();
        settings.maxLinkedImageBytes = 1024 * 1024;
        h.client.setStreamSettings(settings);
        testserver::Scenario big = scenario(QStringLiteral("image-link"));
        big.imageBytes = 3'000'000;
        h.server.enqueue(big);
        const StreamRecord record = h.run(QStringLiteral("Draw a boat"));
        REQUIRE(record.error);
        CHECK(record.error->message ==
              QStringLiteral("A picture the model made could not be fetched: it is larger than 1 MB"));
    }
}

#include "ClientHarness.h"
#include "Wait.h"
#include "catch.h"

#include <memory>

using namespace confab;
using confab::test::ClientHarness;
using confab::test::scenario;
using confab::test::StreamRecord;
using confab::test::waitForEnd;

namespace {

ChatError requireFailure(const StreamRecord &record)
{
    REQUIRE(record.endSignals == 1);
    REQUIRE_FALSE(record.result.has_value());
    REQUIRE(record.error.has_value());
    CHECK_FALSE(record.error->message.contains(QStringLiteral("sk-or")));
    return *record.error;
}

} // namespace

TEST_CASE("Errors before the stream show a clear message for each status")
{
    struct Expectation
    {
        QString scenario;
        ChatError::Kind kind;
        int status;
        QString shown;
    };
    const QList<Expectation> table = {
        {QStringLiteral("error-400"), ChatError::Kind::BadRequest, 400,
         QStringLiteral("is not a valid model ID")},
        {QStringLiteral("error-401"), ChatError::Kind::Auth, 401, QStringLiteral("API key was rejected")},
        {QStringLiteral("error-402"), ChatError::Kind::Credits, 402, QStringLiteral("Out of credits")},
        {QStringLiteral("error-403"), ChatError::Kind::Forbidden, 403,
         QStringLiteral("flagged by moderation")},
        {QStringLiteral("error-408"), ChatError::Kind::Timeout, 408, QStringLiteral("timed out")},
        {QStringLiteral("error-502"), ChatError::Kind::Server, 502,
         QStringLiteral(
             "Google AI Studio said: The model is overloaded. Please try again later. [UNAVAILABLE]")},
        {QStringLiteral("error-503"), ChatError::Kind::Server, 503,
         QStringLiteral("No available model provider")},
    };
    for (const Expectation &expected : table) {
        INFO(expected.scenario.toStdString());
        ClientHarness h;
        StreamSettings settings = h.client.streamSettings();
        settings.maxAttempts = 1;
        h.client.setStreamSettings(settings);
        h.server.enqueue(scenario(expected.scenario));
        const ChatError error = requireFailure(h.run(QStringLiteral("hi")));
        CHECK(error.kind == expected.kind);
        CHECK(error.httpStatus == expected.status);
        CHECK(error.message.contains(expected.shown));
        CHECK(error.partialText.isEmpty());
    }
}

TEST_CASE("A missing, bad or unexpected key is reported as a rejected key")
{
    ClientHarness h;
    h.client.setApiKey(QString());
    CHECK(requireFailure(h.run(QStringLiteral("hi"))).kind == ChatError::Kind::Auth);

    h.client.setApiKey(QStringLiteral("sk-or-bad-key-123"));
    const ChatError bad = requireFailure(h.run(QStringLiteral("hi")));
    CHECK(bad.kind == ChatError::Kind::Auth);
    CHECK_FALSE(bad.message.contains(QStringLiteral("bad-key")));

    h.server.setExpectedKey(QStringLiteral("sk-or-v1-right"));
    h.client.setApiKey(QStringLiteral("sk-or-v1-wrong"));
    CHECK(requireFailure(h.run(QStringLiteral("hi"))).kind == ChatError::Kind::Auth);
    h.client.setApiKey(QStringLiteral("sk-or-v1-right"));
    CHECK(h.run(QStringLiteral("hi")).result.has_value());
    CHECK(h.server.chatRequests().size() == 4);
}

TEST_CASE("A 429 is retried after its Retry-After and then answers")
{
    ClientHarness h;
    testserver::Scenario limited = scenario(QStringLiteral("error-429"));
    limited.retryAfterSeconds = 1;
    h.server.enqueue(limited);
    const StreamRecord record = h.run(QStringLiteral("hi"));
    REQUIRE(record.result.has_value());
    CHECK(record.text == h.server.lastAnswerText());
    CHECK(record.retries == 1);
    CHECK(h.server.chatRequests().size() == 2);
}

TEST_CASE("A 429 whose wait is too long is reported with the seconds to wait")
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.maxRetryAfterSeconds = 5;
    h.client.setStreamSettings(settings);
    h.server.enqueue(scenario(QStringLiteral("error-429")));
    const ChatError error = requireFailure(h.run(QStringLiteral("hi")));
    CHECK(error.kind == ChatError::Kind::RateLimited);
    CHECK(error.retryAfterSeconds == 7);
    CHECK(error.message.contains(QStringLiteral("7 s")));
    CHECK(h.server.chatRequests().size() == 1);
}

TEST_CASE("Overloaded or failing providers are retried with backoff before the first byte")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("error-503")));
    h.server.enqueue(scenario(QStringLiteral("error-502")));
    const StreamRecord record = h.run(QStringLiteral("hi"));
    REQUIRE(record.result.has_value());
    CHECK(record.text == h.server.lastAnswerText());
    CHECK(record.retries == 2);
    CHECK(h.server.chatRequests().size() == 3);
}

TEST_CASE("Retry waits come from the shared backoff: doubling steps, half of each random")
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.retryBaseDelayMs = 40;
    settings.retryRandom = [] { return 0.0; };
    h.client.setStreamSettings(settings);
    h.server.enqueue(scenario(QStringLiteral("error-503")));
    h.server.enqueue(scenario(QStringLiteral("error-502")));
    StreamRecord record;
    const std::unique_ptr<ChatStream> stream(h.start(h.request(QStringLiteral("hi")), &record));
    QList<int> delays;
    QObject::connect(stream.get(), &ChatStream::retrying, stream.get(),
                     [&delays](int, int delayMs) { delays.append(delayMs); });
    waitForEnd(stream.get(), record);
    REQUIRE(record.result.has_value());
    // With the random part at its lowest each wait is half its step: 20 ms, then 40 ms.
    CHECK(delays == QList<int>{20, 40});
}

TEST_CASE("Requests that cannot be fixed by retrying are not retried")
{
    ClientHarness h;
    h.server.enqueue(scenario(QStringLiteral("error-402")));
    CHECK(requireFailure(h.run(QStringLiteral("hi"))).kind == ChatError::Kind::Credits);
    CHECK(h.server.chatRequests().size() == 1);
}

TEST_CASE("A mid-stream error keeps the text so far and shows the provider's message")
{
    for (const QString &name : {QStringLiteral("error-midstream"), QStringLiteral("error-midstream-choice"),
                                QStringLiteral("error-midstream-string-code")}) {
        INFO(name.toStdString());
        ClientHarness h;
        h.server.enqueue(scenario(name));
        const StreamRecord record = h.run(QStringLiteral("start answering"));
        const ChatError error = requireFailure(record);
        CHECK(error.kind == ChatError::Kind::MidStream);
        CHECK(error.message.contains(QStringLiteral("Provider disconnected mid-stream")));
        CHECK_FALSE(error.partialText.isEmpty());
        CHECK(error.partialText == record.text);
        CHECK(h.server.lastAnswerText().startsWith(error.partialText));
        CHECK(error.code == (name.endsWith(QStringLiteral("string-code")) ? QStringLiteral("server_error")
                                                                          : QStringLiteral("502")));
        CHECK(h.server.chatRequests().size() == 1);
    }
}

TEST_CASE(
    "A connection that drops without [DONE] keeps the partial text, reports the drop and is not retried")
{
    for (const QString &name : {QStringLiteral("disconnect"), QStringLiteral("close-early")}) {
        INFO(name.toStdString());
        ClientHarness h;
        h.server.enqueue(scenario(name));
        const StreamRecord record = h.run(QStringLiteral("start answering"));
        const ChatError error = requireFailure(record);
        CHECK(error.kind == ChatError::Kind::Dropped);
        CHECK_FALSE(error.partialText.isEmpty());
        CHECK(h.server.lastAnswerText().startsWith(error.partialText));
        CHECK(record.retries == 0);
        CHECK(h.server.chatRequests().size() == 1);
    }
}

TEST_CASE("Keep-alive comments hold a slow first token open past the inactivity timeout")
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.inactivityTimeoutMs = 300;
    h.client.setStreamSettings(settings);
    testserver::Scenario slow = scenario(QStringLiteral("slow-start"));
    slow.firstTokenDelayMs = 1000;
    h.server.enqueue(slow);
    const StreamRecord record = h.run(QStringLiteral("think long"));
    REQUIRE(record.result.has_value());
    CHECK(record.text == h.server.lastAnswerText());
}

TEST_CASE("A stream that goes silent times out and keeps what arrived")
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.inactivityTimeoutMs = 300;
    h.client.setStreamSettings(settings);
    h.server.enqueue(scenario(QStringLiteral("silent-stall")));
    const ChatError error = requireFailure(h.run(QStringLiteral("hi")));
    CHECK(error.kind == ChatError::Kind::Timeout);
    CHECK_FALSE(error.partialText.isEmpty());
    CHECK(h.server.lastAnswerText().startsWith(error.partialText));
    CHECK(h.server.chatRequests().size() == 1);
}

TEST_CASE("Cancelling a stream stalled on comments stops it and keeps the text so far")
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.inactivityTimeoutMs = 300;
    h.client.setStreamSettings(settings);
    h.server.enqueue(scenario(QStringLiteral("stall")));
    StreamRecord record;
    ChatStream *stream = h.start(h.request(QStringLiteral("hi")), &record);
    REQUIRE(test::waitUntil([&] { return !record.text.isEmpty(); }));
    test::spinFor(700);
    CHECK_FALSE(record.ended());
    stream->cancel();
    stream->cancel();
    test::spinFor(50);
    const ChatError error = requireFailure(record);
    CHECK(error.kind == ChatError::Kind::Cancelled);
    CHECK(error.partialText == record.text);
    CHECK(h.server.lastAnswerText().startsWith(error.partialText));
}

TEST_CASE("An unreachable server is reported as a network error after the retries")
{
    QNetworkAccessManager network;
    OpenRouterClient client(&network);
    testserver::RawHttpServer closed;
    REQUIRE(closed.listen());
    const QUrl url = closed.baseUrl();
    client.setBaseUrl(url);
    client.setApiKey(QStringLiteral("sk-or-v1-x"));
    StreamSettings settings;
    settings.retryBaseDelayMs = 10;
    settings.maxAttempts = 2;
    client.setStreamSettings(settings);
    closed.setHandler(
        [](const testserver::HttpRequest &, testserver::HttpExchange *exchange) { exchange->abort(); });
    ChatStream *stream = client.streamChat(ChatRequest{});
    std::optional<ChatError> error;
    int retries = 0;
    QObject::connect(stream, &ChatStream::failed, stream, [&error](const ChatError &e) { error = e; });
    QObject::connect(stream, &ChatStream::retrying, stream, [&retries] { ++retries; });
    REQUIRE(test::waitUntil([&] { return error.has_value(); }));
    CHECK(error->kind == ChatError::Kind::Network);
    CHECK(error->message.contains(QStringLiteral("127.0.0.1")));
    CHECK(retries == 1);
    // Qt itself may resend once when a fresh connection closes before any answer.
    CHECK(closed.requests().size() >= 2);
}

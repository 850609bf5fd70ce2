// Recorded-shape OpenRouter responses (tests/fixtures/provider/openrouter/) replayed byte for byte through
// the real client: what the user would see from each.
#include "ClientHarness.h"
#include "catch.h"
#include "openrouter/HttpErrors.h"

#include <QImage>

using namespace confab;
using namespace confab::test;

namespace {

StreamRecord replay(const QString &file)
{
    ClientHarness h;
    StreamSettings settings = h.client.streamSettings();
    settings.maxAttempts = 1;
    h.client.setStreamSettings(settings);
    h.server.enqueue(scenario(QStringLiteral("replay:openrouter/") + file));
    StreamRecord record = h.run(QStringLiteral("conformance"));
    REQUIRE(record.endSignals == 1);
    return record;
}

} // namespace

TEST_CASE("Replayed: a reasoning stream with reasoning_details gives the reasoning, the answer and the usage")
{
    const StreamRecord record = replay(QStringLiteral("stream-reasoning-details.sse"));
    REQUIRE(record.result);
    CHECK(record.reasoning == QStringLiteral("The user asks for the boiling point of water at sea level."));
    CHECK(record.text == QStringLiteral("Water boils at 100 °C at sea level."));
    CHECK(record.result->finishReason == QStringLiteral("stop"));
    CHECK(record.result->provider == QStringLiteral("Anthropic"));
    CHECK(record.result->model == QStringLiteral("anthropic/claude-sonnet-4"));
    CHECK(record.result->generationId == QStringLiteral("gen-1764371200-Xq7rLm2BvN4tY8pK"));
    CHECK(record.result->promptTokens == 18);
    CHECK(record.result->completionTokens == 61);
    CHECK(record.result->reasoningTokens == 48);
    REQUIRE(record.result->cost);
    CHECK(*record.result->cost == Approx(0.000969));
}

TEST_CASE("Replayed: parallel tool calls interleaved by index are assembled into two whole calls")
{
    const StreamRecord record = replay(QStringLiteral("stream-parallel-tool-calls.sse"));
    REQUIRE(record.result);
    CHECK(record.result->finishReason == QStringLiteral("tool_calls"));
    REQUIRE(record.toolCalls.size() == 2);
    CHECK(record.toolCalls.at(0).id == QStringLiteral("call_Zk3yM0bQfA1"));
    CHECK(record.toolCalls.at(0).name == QStringLiteral("get_weather"));
    CHECK(record.toolCalls.at(0).arguments == QStringLiteral(R"({"city": "Paris"})"));
    CHECK(record.toolCalls.at(1).id == QStringLiteral("call_Qe8vN2cRgB7"));
    CHECK(record.toolCalls.at(1).arguments == QStringLiteral(R"({"city": "Oslo"})"));
    CHECK(record.text.isEmpty());
    CHECK(record.result->promptTokens == 82);
}

TEST_CASE("Replayed: an image in delta.images arrives decoded next to the text")
{
    const StreamRecord record = replay(QStringLiteral("stream-image-output.sse"));
    REQUIRE(record.result);
    CHECK(record.text == QStringLiteral("Here is a small red square."));
    REQUIRE(record.images.size() == 1);
    CHECK(record.images.first().second == QStringLiteral("image/png"));
    const QImage image = QImage::fromData(record.images.first().first);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(4, 3));
    CHECK(image.pixelColor(1, 1) == QColor(Qt::red));
    CHECK(record.result->imageCount == 1);
}

TEST_CASE("Replayed: a mid-stream error keeps the text so far and says what went wrong")
{
    const StreamRecord record = replay(QStringLiteral("stream-midstream-error.sse"));
    REQUIRE(record.error);
    CHECK(record.error->kind == ChatError::Kind::MidStream);
    CHECK(record.error->message ==
          QStringLiteral("The answer stopped with an error: Provider disconnected unexpectedly"));
    CHECK(record.error->code == QStringLiteral("server_error"));
    CHECK(record.error->partialText == QStringLiteral("The three laws of motion are"));
}

TEST_CASE("Replayed: pre-stream errors name the provider and give its own words")
{
    const StreamRecord anthropic = replay(QStringLiteral("400-provider-error-anthropic.json"));
    REQUIRE(anthropic.error);
    CHECK(anthropic.error->kind == ChatError::Kind::BadRequest);
    CHECK(anthropic.error->httpStatus == 400);
    CHECK(anthropic.error->message ==
          QStringLiteral("The request was not accepted (Anthropic said: prompt is too long: 215873 tokens > "
                         "200000 maximum [invalid_request_error])"));

    const StreamRecord limited = replay(QStringLiteral("429-provider-rate-limited.json"));
    REQUIRE(limited.error);
    CHECK(limited.error->kind == ChatError::Kind::RateLimited);
    CHECK(limited.error->message.contains(QStringLiteral(
        "Google AI Studio said: google/gemma-3-27b-it:free is temporarily rate-limited upstream.")));

    const StreamRecord google = replay(QStringLiteral("502-provider-error-google.json"));
    REQUIRE(google.error);
    CHECK(google.error->kind == ChatError::Kind::Server);
    CHECK(google.error->message.contains(QStringLiteral(
        "Google said: An internal error has occurred. Please retry or report in "
        "https://developers.generativeai.google/guide/troubleshooting [provider_unavailable]")));
    CHECK(google.error->errorType == QStringLiteral("provider_unavailable"));
    for (const StreamRecord *record : {&anthropic, &limited, &google})
        CHECK_FALSE(record->error->message.contains(QStringLiteral("Provider returned error")));
}

TEST_CASE("Replayed: a mid-stream error with a numeric code and a typed error_type names both")
{
    const StreamRecord record = replay(QStringLiteral("stream-midstream-error-numeric-code.sse"));
    REQUIRE(record.error);
    CHECK(record.error->kind == ChatError::Kind::MidStream);
    CHECK(record.error->code == QStringLiteral("429"));
    CHECK(record.error->message ==
          QStringLiteral("The answer stopped with an error: Rate limit exceeded [rate_limit_exceeded]"));
    CHECK(record.error->partialText == QStringLiteral("Rate limits"));
}

TEST_CASE("Replayed: a retired model says so and names OpenRouter's suggested replacement")
{
    const StreamRecord record = replay(QStringLiteral("404-model-deprecated.json"));
    REQUIRE(record.error);
    CHECK(record.error->kind == ChatError::Kind::NotFound);
    CHECK(record.error->errorType == QStringLiteral("not_found"));
    CHECK(record.error->availabilityCode == QStringLiteral("model_deprecated"));
    CHECK(record.error->fallbackModels == QStringList{QStringLiteral("openai/gpt-4.1")});
    CHECK(record.error->retryable == std::optional<bool>(false));
    CHECK(
        record.error->message.startsWith(QStringLiteral("This model has been retired (404) (Quasar Alpha")));
    CHECK(record.error->message.endsWith(QStringLiteral("OpenRouter suggests openai/gpt-4.1 instead.")));
    CHECK_FALSE(isTransient(*record.error));
}

TEST_CASE("Replayed: all providers at capacity gives the wait from the body and a retryable error")
{
    const StreamRecord record = replay(QStringLiteral("429-capacity-exhausted.json"));
    REQUIRE(record.error);
    CHECK(record.error->kind == ChatError::Kind::RateLimited);
    CHECK(record.error->errorType == QStringLiteral("rate_limit_exceeded"));
    CHECK(record.error->availabilityCode == QStringLiteral("capacity_exhausted"));
    // No Retry-After header came; availability.retry_after mirrors it in the body.
    CHECK(record.error->retryAfterSeconds == 40);
    CHECK(record.error->message.startsWith(QStringLiteral("Rate limited (429): try again in 40 s")));
    CHECK(record.error->message.contains(QStringLiteral("anthropic/claude-haiku-4.5")));
    CHECK(isTransient(*record.error));
}

TEST_CASE("Replayed: a BYOK answer costs OpenRouter's fee plus what the provider charged the user's key")
{
    const StreamRecord record = replay(QStringLiteral("stream-byok-usage.sse"));
    REQUIRE(record.result);
    CHECK(record.text == QStringLiteral("Hi."));
    REQUIRE(record.result->cost);
    CHECK(*record.result->cost == Approx(19.95));
    CHECK(record.result->promptTokens == 194);
}

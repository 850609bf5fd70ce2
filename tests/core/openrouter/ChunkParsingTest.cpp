#include "catch.h"
#include "openrouter/ChunkParser.h"
#include "openrouter/HttpErrors.h"
#include "openrouter/ToolCallAssembler.h"

using namespace confab;

TEST_CASE("A provider error wrapped in metadata.raw shows the provider's own message")
{
    const ChunkDelta delta = parseChunk(
        R"({"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error","error":{"code":502,"message":"Error processing stream","metadata":{"provider_name":"DeepInfra","raw":{"message":"model overloaded"}}}}]})");
    CHECK(delta.hasError);
    CHECK(delta.errorMessage == QStringLiteral("DeepInfra said: model overloaded"));
    CHECK(delta.errorCode == QStringLiteral("502"));
}

TEST_CASE("A pre-stream error names the provider and gives its own words, from JSON or plain text")
{
    const ChatError anthropic = errorFromHttpStatus(
        400,
        R"({"error":{"code":400,"message":"Provider returned error","metadata":{"raw":"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 212000 tokens > 200000 maximum\"}}","provider_name":"Anthropic","is_byok":false}}})",
        {});
    CHECK(anthropic.kind == ChatError::Kind::BadRequest);
    CHECK(anthropic.message ==
          QStringLiteral("The request was not accepted (Anthropic said: prompt is too long: "
                         "212000 tokens > 200000 maximum [invalid_request_error])"));

    const ChatError venice = errorFromHttpStatus(
        429,
        R"({"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"meta-llama/llama-3.3-70b-instruct:free is temporarily rate-limited upstream.","provider_name":"Venice","is_byok":false,"retry_after_seconds":17}}})",
        "17");
    CHECK(venice.kind == ChatError::Kind::RateLimited);
    CHECK(venice.message.contains(QStringLiteral(
        "Venice said: meta-llama/llama-3.3-70b-instruct:free is temporarily rate-limited upstream.")));
    CHECK_FALSE(venice.message.contains(QStringLiteral("Provider returned error")));

    const ChatError typed = errorFromHttpStatus(
        502,
        R"({"error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"OpenAI","raw":{"error":{"message":"The server had an error while processing your request."}},"error_type":"upstream_error"}}})",
        {});
    CHECK(typed.message.contains(QStringLiteral(
        "OpenAI said: The server had an error while processing your request. [upstream_error]")));

    const ChatError plain =
        errorFromHttpStatus(400, R"({"error":{"code":400,"message":"x/y is not a valid model ID"}})", {});
    CHECK(plain.message == QStringLiteral("The request was not accepted (x/y is not a valid model ID)"));
}

TEST_CASE("A bare error chunk without choices is an error")
{
    const ChunkDelta delta = parseChunk(R"({"error":{"message":"Rate limit exceeded","code":429}})");
    CHECK(delta.hasError);
    CHECK(delta.errorStatus == 429);
    CHECK(delta.errorMessage == QStringLiteral("Rate limit exceeded"));
}

TEST_CASE("Image items without a type field are still taken")
{
    const ChunkDelta delta = parseChunk(
        R"({"choices":[{"index":0,"delta":{"images":[{"image_url":{"url":"data:image/webp;base64,UklGRg=="}}]}}]})");
    REQUIRE(delta.images.size() == 1);
    CHECK(delta.images.first().mime == QStringLiteral("image/webp"));
    CHECK(delta.images.first().bytes == QByteArray("RIFF"));
}

TEST_CASE("Tool call fragments with repeated or missing ids still give distinct calls")
{
    ToolCallAssembler assembler;
    assembler.add(ToolCallDelta{-1, QStringLiteral("dup"), QStringLiteral("a"), QStringLiteral("{\"x\":")});
    assembler.add(ToolCallDelta{-1, QString(), QString(), QStringLiteral("1}")});
    assembler.add(ToolCallDelta{-1, QStringLiteral("dup2"), QStringLiteral("b"), QString()});
    assembler.add(ToolCallDelta{5, QStringLiteral("dup"), QStringLiteral("c"), QStringLiteral("{}")});
    const QList<ToolCall> calls = assembler.calls();
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].arguments == QStringLiteral("{\"x\":1}"));
    CHECK(calls[1].arguments == QStringLiteral("{}"));
    CHECK(calls[0].id != calls[2].id);
    CHECK(calls[2].name == QStringLiteral("c"));
}

TEST_CASE("A repeated tool call id never becomes the id of another call")
{
    ToolCallAssembler assembler;
    for (const char *id : {"call_a_2", "a", "a"})
        assembler.add(ToolCallDelta{-1, QString::fromLatin1(id), QStringLiteral("f"), QStringLiteral("{}")});
    const QList<ToolCall> calls = assembler.calls();
    REQUIRE(calls.size() == 3);
    CHECK(calls[0].id == QStringLiteral("call_a_2"));
    CHECK(calls[1].id == QStringLiteral("a"));
    CHECK(calls[2].id != calls[0].id);
    CHECK(calls[2].id != calls[1].id);
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date")
{
    CHECK(parseRetryAfter("12") == 12);
    CHECK(parseRetryAfter("") == 0);
    CHECK(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == 0);
    const QByteArray later = QLocale::c()
                                 .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                 .toLatin1();
    CHECK(parseRetryAfter(later) >= 85);
}

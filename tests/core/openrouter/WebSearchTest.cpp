// Web search through OpenRouter's server tool: what goes out, and what comes back as citations.
#include "catch.h"
#include "domain/Message.h"
#include "openrouter/ChatRequestBody.h"
#include "openrouter/ChunkParser.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;

namespace {

QJsonObject bodyOf(const ChatRequest &request)
{
    return QJsonDocument::fromJson(chatRequestBody(request)).object();
}

} // namespace

TEST_CASE("Asking for web search offers OpenRouter's web search tool with the number of results")
{
    ChatRequest request;
    request.model = QStringLiteral("openai/gpt-5.2");
    request.messages << ChatMessage{QStringLiteral("user"), QStringLiteral("news?"), {}, {}, {}, {}, {}};
    CHECK_FALSE(bodyOf(request).contains(QStringLiteral("tools")));

    request.webSearchResults = 5;
    const QJsonArray tools = bodyOf(request).value(QStringLiteral("tools")).toArray();
    REQUIRE(tools.size() == 1);
    CHECK(tools.at(0).toObject() ==
          QJsonDocument::fromJson(R"({"type":"openrouter:web_search","parameters":{"max_results":5}})")
              .object());
    // The deprecated plugin and the ":online" suffix are not used beside it.
    CHECK_FALSE(bodyOf(request).contains(QStringLiteral("plugins")));
    CHECK(bodyOf(request).value(QStringLiteral("model")).toString() == QStringLiteral("openai/gpt-5.2"));
}

TEST_CASE("The web search tool goes beside the function tools of Auto mode")
{
    ChatRequest request;
    request.tools.append(
        QJsonDocument::fromJson(R"({"type":"function","function":{"name":"make_image"}})").object());
    request.webSearchResults = 3;
    const QJsonArray tools = bodyOf(request).value(QStringLiteral("tools")).toArray();
    REQUIRE(tools.size() == 2);
    CHECK(tools.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("function"));
    CHECK(tools.at(1).toObject().value(QStringLiteral("type")).toString() ==
          QStringLiteral("openrouter:web_search"));
}

TEST_CASE("url_citation annotations are read in the chat shape and in the flat Responses shape")
{
    const ChunkDelta nested = parseChunk(
        R"({"choices":[{"index":0,"message":{"role":"assistant","content":"Here's the latest news I found: ...","annotations":[{"type":"url_citation","url_citation":{"url":"https://www.example.com/web-search-result","title":"Title of the web search result","content":"Content of the web search result","start_index":100,"end_index":200}}]}}]})");
    REQUIRE(nested.citations.size() == 1);
    CHECK(nested.citations.first() == Citation{QStringLiteral("https://www.example.com/web-search-result"),
                                               QStringLiteral("Title of the web search result"),
                                               QStringLiteral("Content of the web search result")});

    const ChunkDelta flat = parseChunk(
        R"({"choices":[{"index":0,"delta":{"annotations":[{"type":"url_citation","url":"https://openrouter.ai/docs","title":"OpenRouter Documentation","start_index":0,"end_index":42},{"type":"file_citation","file_id":"file-abc123"}]}}]})");
    REQUIRE(flat.citations.size() == 1);
    CHECK(flat.citations.first().url == QStringLiteral("https://openrouter.ai/docs"));
}

TEST_CASE("Citations that are not web links, or carry terminal escapes, are not passed on as they came")
{
    const ChunkDelta delta = parseChunk(
        R"json({"choices":[{"index":0,"delta":{"annotations":[)json"
        R"json({"type":"url_citation","url_citation":{"url":"javascript:alert(1)","title":"x"}},)json"
        R"json({"type":"url_citation","url_citation":{"url":"file:///etc/passwd","title":"x"}},)json"
        R"json({"type":"url_citation","url_citation":{"url":"https://a.example/p",)json"
        R"json("title":"Bad\u001b]8;;https://evil\u0007 title"}},)json"
        R"json({"type":"url_citation","url_citation":{"url":"https://a.example/p","title":"repeat"}},)json"
        R"json({"type":"url_citation","url_citation":{"url":42}}]}}]})json");
    REQUIRE(delta.citations.size() == 1);
    CHECK(delta.citations.first().url == QStringLiteral("https://a.example/p"));
    CHECK(delta.citations.first().title == QStringLiteral("Bad ]8;;https://evil title"));
}

TEST_CASE("A flood of annotations is cut at a number an answer can show")
{
    QByteArray annotations;
    for (int i = 0; i < 500; ++i)
        annotations += QByteArray(i ? "," : "") +
                       R"({"type":"url_citation","url_citation":{"url":"https://a.example/)" +
                       QByteArray::number(i) + R"(","title":"t"}})";
    const ChunkDelta delta =
        parseChunk(R"({"choices":[{"index":0,"delta":{"annotations":[)" + annotations + "]}}]}");
    CHECK(delta.citations.size() == 50);
}

TEST_CASE("The searches made are read from usage.server_tool_use_details")
{
    const ChunkDelta delta = parseChunk(
        R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":15,"total_tokens":25,"cost":0.0082,"server_tool_use_details":{"tool_calls_executed":2,"tool_calls_requested":2,"web_search_requests":2}}})");
    CHECK(delta.webSearches == 2);
    REQUIRE(delta.cost);
    CHECK(*delta.cost == Approx(0.0082));
}

TEST_CASE("Citations and searches survive the message's metadata column")
{
    MessageMetadata metadata;
    metadata.citations << Citation{QStringLiteral("https://www.qt.io/blog/qt-6.10-released"),
                                   QStringLiteral("Qt 6.10 Released"), QStringLiteral("excerpt")};
    metadata.webSearches = 1;
    const MessageMetadata back = MessageMetadata::fromJson(metadata.toJson());
    CHECK(back == metadata);
    CHECK_FALSE(MessageMetadata().toJson().contains(QStringLiteral("citations")));
}

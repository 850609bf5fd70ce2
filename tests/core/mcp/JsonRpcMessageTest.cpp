#include "mcp/JsonRpcMessage.h"

#include "mcp/ElicitationForm.h"
#include "mcp/LineReader.h"
#include "mcp/McpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch.h>

using namespace confab;

TEST_CASE("JSON-RPC messages from a server are told apart and checked", "[mcp]")
{
    const auto read = [](const char *text) { return readJsonRpc(QByteArrayView(text), 1024); };

    auto request = read(R"({"jsonrpc":"2.0","id":"a","method":"ping"})");
    REQUIRE(request.message);
    CHECK(request.message->kind == JsonRpcMessage::Kind::Request);
    CHECK(jsonRpcIdKey(request.message->id) == "s:a");

    auto notification =
        read(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}})");
    REQUIRE(notification.message);
    CHECK(notification.message->kind == JsonRpcMessage::Kind::Notification);
    CHECK(notification.message->params.value("progress").toInt() == 1);

    auto result = read(R"({"jsonrpc":"2.0","id":7,"result":{"tools":[]}})");
    REQUIRE(result.message);
    CHECK(result.message->kind == JsonRpcMessage::Kind::Result);
    CHECK(jsonRpcIdKey(result.message->id) == "n:7");

    auto error = read(R"({"jsonrpc":"2.0","id":7,"error":{"code":-32601,"message":"nope"}})");
    REQUIRE(error.message);
    CHECK(error.message->kind == JsonRpcMessage::Kind::Error);
    CHECK(error.message->errorCode == -32601);
    CHECK(error.message->errorMessage == "nope");

    // A number and a string of the same digits are different requests.
    CHECK(jsonRpcIdKey(QJsonValue(7)) != jsonRpcIdKey(QJsonValue("7")));
}

TEST_CASE("Messages that are not JSON-RPC 2.0, or too large, are refused with a reason", "[mcp]")
{
    CHECK_FALSE(readJsonRpc("not json", 1024).message);
    CHECK_FALSE(readJsonRpc(R"([{"jsonrpc":"2.0","id":1,"result":{}}])", 1024).message);
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"1.0","id":1,"result":{}})", 1024).message);
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"2.0","id":1.5,"result":{}})", 1024).message);
    // An id too large for a double to hold exactly (found by fuzz_mcp_message) is refused, not cast.
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"2.0","id":1.55556e55,"result":{}})", 1024).message);
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"2.0","id":-1e300,"result":{}})", 1024).message);
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"2.0","result":{}})", 1024).message);
    CHECK_FALSE(readJsonRpc(R"({"jsonrpc":"2.0","id":1,"method":"x","params":[1]})", 1024).message);

    const QByteArray big = R"({"jsonrpc":"2.0","id":1,"result":{"x":")" + QByteArray(2000, 'x') + R"("}})";
    const JsonRpcRead refused = readJsonRpc(big, 1024);
    CHECK_FALSE(refused.message);
    CHECK(refused.problem.contains("over the limit"));
}

TEST_CASE("Our messages are encoded as the schema has them", "[mcp]")
{
    const QJsonObject request =
        QJsonDocument::fromJson(encodeJsonRpcRequest(QJsonValue(3), "tools/list", {{"cursor", "c"}}))
            .object();
    CHECK(request.value("jsonrpc") == "2.0");
    CHECK(request.value("id") == 3);
    CHECK(request.value("method") == "tools/list");
    CHECK(request.value("params").toObject().value("cursor") == "c");

    const QJsonObject notification =
        QJsonDocument::fromJson(encodeJsonRpcNotification("notifications/initialized", {})).object();
    CHECK_FALSE(notification.contains("id"));
    CHECK_FALSE(notification.contains("params"));

    const QJsonObject error =
        QJsonDocument::fromJson(encodeJsonRpcError(QJsonValue("x"), -32601, "no")).object();
    CHECK(error.value("id") == "x");
    CHECK(error.value("error").toObject().value("code") == -32601);
}

TEST_CASE("Stdio lines are split on newlines, and a flood without one costs bounded memory", "[mcp]")
{
    LineReader reader(1024);
    QList<QByteArray> lines;
    int tooLong = 0;
    const auto sink = [&](QByteArrayView line, bool overLimit) {
        if (overLimit)
            ++tooLong;
        else
            lines.append(line.toByteArray());
    };

    reader.feed("{\"a\":1}\r\n{\"b\"", sink);
    reader.feed(":2}\n\n", sink);
    CHECK(lines == QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"});

    const QByteArray flood(64 * 1024, 'x');
    for (int i = 0; i < 100; ++i) {
        reader.feed(flood, sink);
        REQUIRE(reader.pendingBytes() <= 1024);
    }
    CHECK(tooLong == 1);
    reader.feed("tail of the flood\n{\"c\":3}\n", sink);
    CHECK(lines.last() == "{\"c\":3}");
    CHECK(tooLong == 1);
}

TEST_CASE("Elicitation defaults fill in only what the user left out, typed as the schema says", "[mcp]")
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{
        "name":{"type":"string","default":"John Doe"},
        "age":{"type":"integer","default":30},
        "score":{"type":"number","default":95.5},
        "verified":{"type":"boolean","default":true},
        "wrong":{"type":"boolean","default":"yes"},
        "none":{"type":"string"}}})")
                                   .object();
    const QJsonObject content = applyElicitationDefaults(schema, {{"name", "Ada"}});
    CHECK(content.value("name") == "Ada");
    CHECK(content.value("age") == 30);
    CHECK(content.value("score") == 95.5);
    CHECK(content.value("verified") == true);
    CHECK_FALSE(content.contains("wrong"));
    CHECK_FALSE(content.contains("none"));
}

TEST_CASE("A tool's fingerprint changes with its description or schema, not with key order", "[mcp]")
{
    const auto tool = [](const char *json) {
        return McpTool::fromJson(QJsonDocument::fromJson(json).object());
    };
    const McpTool a = tool(
        R"({"name":"t","description":"d","inputSchema":{"type":"object","properties":{"x":{"type":"string"}}}})");
    const McpTool reordered = tool(
        R"({"inputSchema":{"properties":{"x":{"type":"string"}},"type":"object"},"description":"d","name":"t"})");
    const McpTool described = tool(
        R"({"name":"t","description":"d, and more","inputSchema":{"type":"object","properties":{"x":{"type":"string"}}}})");
    const McpTool reshaped = tool(
        R"({"name":"t","description":"d","inputSchema":{"type":"object","properties":{"x":{"type":"number"}}}})");
    CHECK(a.fingerprint() == reordered.fingerprint());
    CHECK(a.fingerprint() != described.fingerprint());
    CHECK(a.fingerprint() != reshaped.fingerprint());
}

TEST_CASE("Tool results keep text, images, links and structured content apart", "[mcp]")
{
    const McpToolResult result = McpToolResult::fromJson(QJsonDocument::fromJson(R"({
        "content":[{"type":"text","text":"hello"},
                   {"type":"image","data":"aGk=","mimeType":"image/png"},
                   {"type":"resource_link","uri":"file:///a","name":"a"},
                   {"type":"image","data":"!!not base64!!","mimeType":"image/png"}],
        "structuredContent":{"n":1},"isError":true})")
                                                             .object());
    REQUIRE(result.content.size() == 4);
    CHECK(result.content[0].kind == McpContent::Kind::Text);
    CHECK(result.content[1].data == "hi");
    CHECK(result.content[2].kind == McpContent::Kind::ResourceLink);
    CHECK(result.content[2].uri == "file:///a");
    CHECK(result.content[3].data.isEmpty());
    CHECK(result.structuredContent.toObject().value("n") == 1);
    CHECK(result.isError);
    CHECK(result.textForModel().startsWith("hello\n[image, image/png, 2 bytes]"));
}

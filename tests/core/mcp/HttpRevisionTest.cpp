// core/mcp's Streamable HTTP transport in the 2026-07-28 revision, against a scripted loopback server
// (tests/servers/http), as specification/2026-07-28/basic/transports/streamable-http describes the exchanges:
// MCP-Protocol-Version, Mcp-Method and Mcp-Name on every POST, no session and no GET, a 400 with a modern
// error that is not a reason to fall back, one without that is, and Stop closing the request's stream. The
// answers copy the shapes of schema/2026-07-28/examples (named at each).
#include "ToolCallOutcome.h"
#include "Wait.h"
#include "http/RawHttpServer.h"
#include "mcp/ElicitationForm.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <catch.h>

using namespace confab;
using confab::test::waitUntil;
using confab::testserver::HttpExchange;
using confab::testserver::HttpRequest;
using confab::testserver::RawHttpServer;

namespace {

QString methodOf(const HttpRequest &request)
{
    return request.jsonBody().value("method").toString();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray modernAnswer(const HttpRequest &request, QJsonObject result)
{
    result.insert("resultType", result.value("resultType").toString("complete"));
    return json({{"jsonrpc", "2.0"}, {"id", request.jsonBody().value("id")}, {"result", result}});
}

QJsonObject text(const QString &text)
{
    return {{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", text}}}}};
}

// examples/DiscoverResultResponse/discover-result-response.json; the session id a server should not send in
// 2026-07-28 is there to show the client does not repeat it.
void discovered(const HttpRequest &request, HttpExchange *exchange)
{
    exchange->respondJson(
        200,
        modernAnswer(request,
                     {{"supportedVersions", QJsonArray{"2026-07-28"}},
                      {"capabilities", QJsonObject{{"tools", QJsonObject{}}}},
                      {"_meta", QJsonObject{{"io.modelcontextprotocol/serverInfo",
                                             QJsonObject{{"name", "ExampleServer"}, {"version", "1.0.0"}}}}},
                      {"ttlMs", 3600000},
                      {"cacheScope", "public"}}),
        {{"Mcp-Session-Id", "not-in-2026"}});
}

struct ModernFixture
{
    RawHttpServer server;
    QNetworkAccessManager network;
    std::unique_ptr<McpClient> client;
    QString failure;

    void start(RawHttpServer::Handler handler, McpClient::ElicitationHandler elicitation = {},
               McpClientOptions options = {})
    {
        REQUIRE(server.listen());
        server.setHandler(std::move(handler));
        auto *transport = new HttpTransport(server.baseUrl().resolved(QUrl("/mcp")), {}, &network);
        client = std::make_unique<McpClient>(transport, options);
        client->setElicitationHandler(std::move(elicitation));
        QObject::connect(client.get(), &McpClient::failed,
                         [this](const QString &reason) { failure = reason; });
        client->start();
        REQUIRE(waitUntil([&] { return client->state() != McpClient::State::Connecting; }));
    }
    QList<HttpRequest> posts(const QString &method) const
    {
        QList<HttpRequest> found;
        for (const HttpRequest &request : server.requests())
            if (request.method == "POST" && methodOf(request) == method)
                found.append(request);
        return found;
    }
};

} // namespace

TEST_CASE("Streamable HTTP 2026-07-28: the request headers, _meta, and no session or GET stream", "[mcp]")
{
    ModernFixture f;
    f.start([](const HttpRequest &request, HttpExchange *exchange) {
        if (methodOf(request) == "server/discover")
            discovered(request, exchange);
        else
            exchange->respondJson(200, modernAnswer(request, text("72°F")));
    });
    REQUIRE(f.client->state() == McpClient::State::Ready);
    CHECK(f.client->isModern());
    CHECK(f.client->serverName() == "ExampleServer");

    auto weather = test::startToolCall(*f.client, "get_weather", {{"location", "Seattle, WA"}},
                                       test::Progress::NotAsked);
    auto greeting = test::startToolCall(*f.client, QString::fromUtf8("grüße"), {{"location", "Seattle, WA"}},
                                        test::Progress::NotAsked);
    REQUIRE(waitUntil([&] { return weather->done && greeting->done; }));
    CHECK(weather->result.textForModel() == QString::fromUtf8("72°F"));

    const HttpRequest discover = f.posts("server/discover").value(0);
    CHECK(discover.header("mcp-protocol-version") == "2026-07-28");
    CHECK(discover.header("mcp-method") == "server/discover");
    CHECK(discover.header("mcp-name").isEmpty());
    const QList<HttpRequest> calls = f.posts("tools/call");
    REQUIRE(calls.size() == 2);
    for (const HttpRequest &request : calls) {
        CHECK(request.header("mcp-protocol-version") == "2026-07-28");
        CHECK(request.header("mcp-method") == "tools/call");
        CHECK(request.header("mcp-session-id").isEmpty());
        const QJsonObject meta = request.jsonBody().value("params").toObject().value("_meta").toObject();
        CHECK(meta.value("io.modelcontextprotocol/protocolVersion") == "2026-07-28");
        CHECK(meta.value("io.modelcontextprotocol/clientInfo").toObject().value("name") == "Confab");
        CHECK(meta.value("io.modelcontextprotocol/clientCapabilities").isObject());
    }
    const auto nameOf = [&](const HttpRequest &request) {
        return request.jsonBody().value("params").toObject().value("name").toString();
    };
    for (const HttpRequest &request : calls) {
        if (nameOf(request) == "get_weather")
            CHECK(request.header("mcp-name") == "get_weather");
        else // Not plain ASCII: the Base64 sentinel of its UTF-8 ("Value Encoding").
            CHECK(request.header("mcp-name") ==
                  "=?base64?" + QString::fromUtf8("grüße").toUtf8().toBase64() + "?=");
    }
    CHECK(f.posts("initialize").isEmpty());
    for (const HttpRequest &request : f.server.requests())
        CHECK(request.method == "POST");
}

TEST_CASE("Streamable HTTP: a 400 without a 2026-07-28 error falls back to initialize", "[mcp]")
{
    ModernFixture f;
    f.start([](const HttpRequest &request, HttpExchange *exchange) {
        const QString method = methodOf(request);
        if (method == "server/discover")
            exchange->respond(400, "text/plain", "Bad Request");
        else if (method == "initialize")
            exchange->respondJson(
                200,
                json({{"jsonrpc", "2.0"},
                      {"id", request.jsonBody().value("id")},
                      {"result", QJsonObject{{"protocolVersion", "2025-11-25"},
                                             {"capabilities", QJsonObject{}},
                                             {"serverInfo", QJsonObject{{"name", "old"}}}}}}),
                {{"Mcp-Session-Id", "s-1"}});
        else
            exchange->respond(request.method == "GET" ? 405 : 202, "text/plain", {});
    });
    REQUIRE(f.client->state() == McpClient::State::Ready);
    CHECK_FALSE(f.client->isModern());
    CHECK(f.client->protocolVersion() == "2025-11-25");
    REQUIRE(f.posts("initialize").size() == 1);
    // The legacy requests carry none of the 2026-07-28 headers.
    CHECK(f.posts("initialize").first().header("mcp-method").isEmpty());
}

TEST_CASE("Streamable HTTP: a 400 with UnsupportedProtocolVersionError is a modern server, not a legacy one",
          "[mcp]")
{
    ModernFixture f;
    f.start([](const HttpRequest &request, HttpExchange *exchange) {
        // examples/UnsupportedProtocolVersionError/unsupported-version.json, for a revision from the future
        exchange->respondJson(
            400, json({{"jsonrpc", "2.0"},
                       {"id", request.jsonBody().value("id")},
                       {"error", QJsonObject{{"code", -32022},
                                             {"message", "Unsupported protocol version"},
                                             {"data", QJsonObject{{"supported", QJsonArray{"2099-01-01"}},
                                                                  {"requested", "2026-07-28"}}}}}}));
    });
    CHECK(f.client->state() == McpClient::State::Failed);
    CHECK(f.failure == "The server speaks only MCP revisions 2099-01-01, none of which Confab supports");
    CHECK(f.posts("initialize").isEmpty());
}

TEST_CASE("Streamable HTTP 2026-07-28: Stop closes the request's stream and sends no notification", "[mcp]")
{
    ModernFixture f;
    QPointer<HttpExchange> open;
    f.start([&](const HttpRequest &request, HttpExchange *exchange) {
        if (methodOf(request) == "server/discover") {
            discovered(request, exchange);
            return;
        }
        exchange->beginStream(200, "text/event-stream");
        open = exchange;
    });
    QJsonValue id;
    auto slow =
        test::startToolCall(*f.client, "slow", {{"location", "Seattle, WA"}}, test::Progress::NotAsked, &id);
    REQUIRE(waitUntil([&] { return bool(open); }));
    f.client->cancel(id, "user pressed Stop");
    CHECK(slow->done);
    CHECK(slow->error == "Cancelled");
    REQUIRE(waitUntil([&] { return !open || !open->isOpen(); }));
    CHECK(f.posts("notifications/cancelled").isEmpty());
}

TEST_CASE(
    "Streamable HTTP 2026-07-28: an InputRequiredResult is retried with inputResponses and requestState",
    "[mcp]")
{
    ModernFixture f;
    f.start(
        [](const HttpRequest &request, HttpExchange *exchange) {
            if (methodOf(request) == "server/discover") {
                discovered(request, exchange);
                return;
            }
            const QJsonObject params = request.jsonBody().value("params").toObject();
            if (!params.contains("inputResponses")) {
                // examples/InputRequiredResult, with only the elicitation Confab declares
                exchange->respondJson(
                    200, modernAnswer(
                             request,
                             {{"resultType", "input_required"},
                              {"inputRequests",
                               QJsonObject{{"github_login",
                                            QJsonObject{{"method", "elicitation/create"},
                                                        {"params",
                                                         QJsonObject{{"mode", "form"},
                                                                     {"message", "GitHub username?"},
                                                                     {"requestedSchema",
                                                                      QJsonObject{{"type", "object"}}}}}}}}},
                              {"requestState", "AEAD-protected blob"}}));
                return;
            }
            const QString state = params.value("requestState").toString();
            const QString login = params.value("inputResponses")
                                      .toObject()
                                      .value("github_login")
                                      .toObject()
                                      .value("content")
                                      .toObject()
                                      .value("name")
                                      .toString();
            exchange->respondJson(200, modernAnswer(request, text(state + "/" + login)));
        },
        [](const QJsonObject &, std::function<void(QJsonObject)> respond) {
            respond(elicitationResult(ElicitationAction::Accept, {{"name", "octocat"}}));
        });
    auto login =
        test::startToolCall(*f.client, "login", {{"location", "Seattle, WA"}}, test::Progress::NotAsked);
    REQUIRE(waitUntil([&] { return login->done; }));
    CHECK(login->result.textForModel() == "AEAD-protected blob/octocat");
    const QList<HttpRequest> calls = f.posts("tools/call");
    REQUIRE(calls.size() == 2);
    // Independent requests: the retry has an id of its own.
    CHECK(calls[0].jsonBody().value("id") != calls[1].jsonBody().value("id"));
}

TEST_CASE(
    "Streamable HTTP 2026-07-28: x-mcp-header arguments are mirrored, a tool breaking the rules is left out",
    "[mcp]")
{
    ModernFixture f;
    f.start([](const HttpRequest &request, HttpExchange *exchange) {
        const QString method = methodOf(request);
        if (method == "server/discover") {
            discovered(request, exchange);
        } else if (method == "tools/list") {
            // The execute_sql example of streamable-http "Custom Headers from Tool Parameters", and a tool
            // whose annotation sits under items, which the rules forbid.
            const QJsonObject sql{
                {"name", "execute_sql"},
                {"inputSchema",
                 QJsonObject{
                     {"type", "object"},
                     {"properties",
                      QJsonObject{{"region", QJsonObject{{"type", "string"}, {"x-mcp-header", "Region"}}},
                                  {"limit", QJsonObject{{"type", "integer"}, {"x-mcp-header", "Limit"}}},
                                  {"query", QJsonObject{{"type", "string"}}}}}}}};
            const QJsonObject bad{
                {"name", "bad"},
                {"inputSchema",
                 QJsonObject{{"type", "object"},
                             {"properties",
                              QJsonObject{{"list", QJsonObject{{"type", "array"},
                                                               {"items",
                                                                QJsonObject{{"type", "string"},
                                                                            {"x-mcp-header", "Item"}}}}}}}}}};
            exchange->respondJson(200, modernAnswer(request, {{"tools", QJsonArray{sql, bad}}}));
        } else {
            exchange->respondJson(200, modernAnswer(request, text("ok")));
        }
    });
    QList<McpTool> tools;
    bool listed = false;
    f.client->listTools([&](const QList<McpTool> &list, const QString &) {
        tools = list;
        listed = true;
    });
    REQUIRE(waitUntil([&] { return listed; }));
    REQUIRE(tools.size() == 1);
    CHECK(tools.first().name == "execute_sql");

    bool done = false;
    f.client->callTool("execute_sql",
                       {{"region", QString::fromUtf8("Hello, 世界")}, {"limit", 42}, {"query", "SELECT 1"}},
                       [&](const McpToolResult &, const QString &) { done = true; });
    REQUIRE(waitUntil([&] { return done; }));
    const HttpRequest sent = f.posts("tools/call").value(0);
    // "Value Encoding": non-ASCII goes as the Base64 sentinel, integers in decimal.
    CHECK(sent.header("mcp-param-region") == "=?base64?SGVsbG8sIOS4lueVjA==?=");
    CHECK(sent.header("mcp-param-limit") == "42");
}

TEST_CASE(
    "Streamable HTTP 2026-07-28: tool-list changes come on a subscriptions/listen stream, listened to again "
    "after a drop and closed on Stop",
    "[mcp]")
{
    ModernFixture f;
    QList<QPointer<HttpExchange>> streams;
    bool added = false;
    // Event ids, which a 2025-11-25 client would resume by; 2026-07-28 has no resumption.
    int eventId = 0;
    const auto sse = [&eventId](const QJsonObject &message) -> QByteArray {
        return "event: message\nid: ev-" + QByteArray::number(++eventId) + "\ndata: " + json(message) +
               "\n\n";
    };
    const auto onStream = [](const QJsonValue &id) {
        return QJsonObject{{"_meta", QJsonObject{{"io.modelcontextprotocol/subscriptionId", id}}}};
    };
    f.start([&](const HttpRequest &request, HttpExchange *exchange) {
        const QString method = methodOf(request);
        const QJsonValue id = request.jsonBody().value("id");
        if (method == "server/discover") {
            exchange->respondJson(
                200,
                modernAnswer(request,
                             {{"supportedVersions", QJsonArray{"2026-07-28"}},
                              {"capabilities", QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}}},
                              {"_meta", QJsonObject{{"io.modelcontextprotocol/serverInfo",
                                                     QJsonObject{{"name", "S"}, {"version", "1"}}}}}}));
        } else if (method == "tools/list") {
            QJsonArray tools{
                QJsonObject{{"name", "first"}, {"inputSchema", QJsonObject{{"type", "object"}}}}};
            if (added)
                tools.append(
                    QJsonObject{{"name", "added"}, {"inputSchema", QJsonObject{{"type", "object"}}}});
            exchange->respondJson(200, modernAnswer(request, {{"tools", tools}}));
        } else if (method == "subscriptions/listen") {
            // examples/SubscriptionsAcknowledgedNotification, first on the stream, which stays open.
            QJsonObject ack = onStream(id);
            ack.insert("notifications", QJsonObject{{"toolsListChanged", true}});
            exchange->beginStream(200, "text/event-stream");
            exchange->send(sse({{"jsonrpc", "2.0"},
                                {"method", "notifications/subscriptions/acknowledged"},
                                {"params", ack}}));
            streams.append(exchange);
        } else {
            exchange->respondJson(202, {});
        }
    });
    QStringList names;
    int listings = 0;
    const auto list = [&] {
        f.client->listTools([&](const QList<McpTool> &tools, const QString &) {
            names.clear();
            for (const McpTool &tool : tools)
                names << tool.name;
            ++listings;
        });
    };
    QObject::connect(f.client.get(), &McpClient::toolsChanged, list);
    list();
    REQUIRE(waitUntil([&] { return listings == 1 && streams.size() == 1; }));
    const QJsonObject filter = f.posts("subscriptions/listen")
                                   .value(0)
                                   .jsonBody()
                                   .value("params")
                                   .toObject()
                                   .value("notifications")
                                   .toObject();
    CHECK(filter == QJsonObject{{"toolsListChanged", true}});
    CHECK(f.posts("subscriptions/listen").value(0).header("mcp-method") == "subscriptions/listen");

    // examples/ToolListChangedNotification, on the stream.
    added = true;
    const QJsonValue firstId = f.posts("subscriptions/listen").value(0).jsonBody().value("id");
    streams[0]->send(sse(
        {{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}, {"params", onStream(firstId)}}));
    REQUIRE(waitUntil([&] { return names.contains("added"); }));

    // An abrupt drop: the client opens the stream again, by a new subscriptions/listen and not by GET.
    streams[0]->abort();
    REQUIRE(waitUntil([&] { return streams.size() == 2; }));
    CHECK(f.client->state() == McpClient::State::Ready);
    for (const HttpRequest &request : f.server.requests())
        CHECK(request.method == "POST");

    // Stop closes the stream; over HTTP that is the cancellation, no notifications/cancelled is posted.
    f.client->stop();
    REQUIRE(waitUntil([&] { return !streams[1] || !streams[1]->isOpen(); }));
    CHECK(f.posts("notifications/cancelled").isEmpty());
    CHECK(f.posts("subscriptions/listen").size() == 2);
}

TEST_CASE("Streamable HTTP 2026-07-28: a listen stream that keeps ending without a change is given up",
          "[mcp]")
{
    ModernFixture f;
    McpClientOptions options;
    options.listenRetry = {10, 20, 3};
    f.start(
        [&](const HttpRequest &request, HttpExchange *exchange) {
            const QString method = methodOf(request);
            if (method == "server/discover") {
                exchange->respondJson(
                    200, modernAnswer(
                             request,
                             {{"supportedVersions", QJsonArray{"2026-07-28"}},
                              {"capabilities", QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}}}}));
            } else if (method == "tools/list") {
                exchange->respondJson(200, modernAnswer(request, {{"tools", QJsonArray{}}}));
            } else {
                // Acknowledged, then closed at once with no completion result.
                const QJsonValue id = request.jsonBody().value("id");
                exchange->beginStream(200, "text/event-stream");
                exchange->send("event: message\ndata: " +
                               json({{"jsonrpc", "2.0"},
                                     {"method", "notifications/subscriptions/acknowledged"},
                                     {"params", QJsonObject{{"_meta", QJsonObject{{"io.modelcontextprotocol/"
                                                                                   "subscriptionId",
                                                                                   id}}},
                                                            {"notifications",
                                                             QJsonObject{{"toolsListChanged", true}}}}}}) +
                               "\n\n");
                exchange->close();
            }
        },
        {}, options);
    bool listed = false;
    f.client->listTools([&](const QList<McpTool> &, const QString &) { listed = true; });
    REQUIRE(waitUntil([&] { return listed; }));
    // The first listen and the policy's three retries, then no more.
    REQUIRE(waitUntil([&] { return f.posts("subscriptions/listen").size() == 4; }));
    QTest::qWait(500);
    CHECK(f.posts("subscriptions/listen").size() == 4);
    CHECK(f.client->state() == McpClient::State::Ready);
}

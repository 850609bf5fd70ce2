// core/mcp's Streamable HTTP transport against a scripted loopback server (tests/servers/http), byte for byte
// as the 2025-11-25 transport section describes the exchanges.
#include "ToolCallOutcome.h"
#include "Wait.h"
#include "http/RawHttpServer.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpAuthProvider.h"
#include "mcp/McpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <catch.h>

using namespace confab;
using confab::test::waitUntil;
using confab::testserver::HttpExchange;
using confab::testserver::HttpRequest;
using confab::testserver::RawHttpServer;

namespace {

QByteArray answer(const HttpRequest &request, const QJsonObject &result)
{
    return QJsonDocument(
               QJsonObject{{"jsonrpc", "2.0"}, {"id", request.jsonBody().value("id")}, {"result", result}})
        .toJson(QJsonDocument::Compact);
}

const QHash<QByteArray, QByteArray> Session{{"Mcp-Session-Id", "session-1"}};

// Answers initialize and notifications as a stateful 2025-11-25 server does; other methods go to `then`.
RawHttpServer::Handler lifecycle(std::function<void(const HttpRequest &, HttpExchange *)> then)
{
    return [then](const HttpRequest &request, HttpExchange *exchange) {
        const QString method = request.jsonBody().value("method").toString();
        if (method == "server/discover") {
            // What the TypeScript SDK's stateful server answers to any request before initialize: 400 and an
            // error without an id, which is no 2026-07-28 error, so the client falls back to initialize.
            exchange->respondJson(400, R"({"jsonrpc":"2.0","error":{"code":-32000,"message":"Bad Request: )"
                                       R"(Server not initialized"},"id":null})");
        } else if (method == "initialize") {
            exchange->respondJson(
                200,
                answer(request, {{"protocolVersion", "2025-11-25"},
                                 {"capabilities", QJsonObject{{"tools", QJsonObject{}}}},
                                 {"serverInfo", QJsonObject{{"name", "scripted"}, {"version", "1"}}}}),
                Session);
        } else if (request.method == "POST" && !request.jsonBody().contains("id")) {
            exchange->respond(202, "text/plain", {});
        } else if (request.method == "GET" && request.header("last-event-id").isEmpty()) {
            // No stream of the server's own, as a server says with 405.
            exchange->respond(405, "text/plain", {});
        } else {
            then(request, exchange);
        }
    };
}

struct Fixture
{
    RawHttpServer server;
    QNetworkAccessManager network;
    HttpTransport *transport = nullptr;
    std::unique_ptr<McpClient> client;

    void start(RawHttpServer::Handler handler)
    {
        REQUIRE(server.listen());
        server.setHandler(std::move(handler));
        transport =
            new HttpTransport(server.baseUrl().resolved(QUrl("/mcp")), {{"X-Team", "blue"}}, &network);
        client = std::make_unique<McpClient>(transport, McpClientOptions{});
    }
    void connect()
    {
        client->start();
        REQUIRE(waitUntil([&] { return client->state() != McpClient::State::Connecting; }));
        REQUIRE(client->state() == McpClient::State::Ready);
    }
};

class TokenAfterLogin : public McpAuthProvider
{
public:
    QByteArray authorizationHeader() const override { return m_token; }
    void handleUnauthorized(const QNetworkReply &reply, const QUrl &, Verdict verdict) override
    {
        challenge = reply.rawHeader("WWW-Authenticate");
        m_token = "Bearer fresh";
        verdict(true, {});
    }
    QByteArray challenge;

private:
    QByteArray m_token;
};

} // namespace

TEST_CASE("Streamable HTTP: JSON answers, the session id and protocol version on later requests", "[mcp]")
{
    Fixture f;
    f.start(lifecycle([](const HttpRequest &request, HttpExchange *exchange) {
        exchange->respondJson(
            200, answer(request, {{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", "json"}}}}}));
    }));
    f.connect();
    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }));
    CHECK(outcome->result.textForModel() == "json");

    QList<HttpRequest> requests;
    for (const HttpRequest &request : f.server.requests()) {
        if (request.method == "POST")
            requests.append(request);
    }
    REQUIRE(requests.size() == 4); // server/discover (refused), initialize, initialized, tools/call
    CHECK(requests.takeFirst().jsonBody().value("method") == "server/discover");
    CHECK(requests[0].header("accept") == "application/json, text/event-stream");
    CHECK(requests[0].header("content-type") == "application/json");
    CHECK(requests[0].header("mcp-session-id").isEmpty());
    CHECK(requests[0].header("x-team") == "blue");
    CHECK(requests[0].jsonBody().value("params").toObject().value("protocolVersion") == "2025-11-25");
    // The call waits for the notification's 202, so the server sees them in this order whatever the network.
    CHECK(requests[1].jsonBody().value("method") == "notifications/initialized");
    CHECK(requests[2].jsonBody().value("method") == "tools/call");
    for (int i : {1, 2}) {
        CHECK(requests[i].header("mcp-session-id") == "session-1");
        CHECK(requests[i].header("mcp-protocol-version") == "2025-11-25");
    }
}

TEST_CASE("Streamable HTTP: nothing is sent before the server has accepted the initialized notification",
          "[mcp]")
{
    // A strict server: it takes its time to accept the notification and refuses any request before that, as
    // the lifecycle allows ("SHOULD NOT send requests other than pings before ... initialized").
    Fixture f;
    bool accepted = false;
    bool getBeforeAccepted = false;
    auto afterward = lifecycle([&](const HttpRequest &request, HttpExchange *exchange) {
        if (!accepted) {
            exchange->respondJson(400,
                                  R"({"jsonrpc":"2.0","error":{"code":-32600,"message":"not initialized"},)"
                                  R"("id":null})");
            return;
        }
        exchange->respondJson(
            200,
            answer(request, {{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", "in order"}}}}}));
    });
    f.start([&](const HttpRequest &request, HttpExchange *exchange) {
        if (request.method == "GET" && !accepted)
            getBeforeAccepted = true;
        if (request.jsonBody().value("method") != "notifications/initialized") {
            afterward(request, exchange);
            return;
        }
        QTimer::singleShot(400, exchange, [&accepted, exchange] {
            accepted = true;
            exchange->respond(202, "text/plain", {});
        });
    });
    f.client->start();
    REQUIRE(waitUntil([&] {
        return std::any_of(
            f.server.requests().cbegin(), f.server.requests().cend(),
            [](const HttpRequest &r) { return r.jsonBody().value("method") == "notifications/initialized"; });
    }));
    CHECK(f.client->state() == McpClient::State::Connecting);
    REQUIRE(waitUntil([&] { return f.client->state() != McpClient::State::Connecting; }));
    REQUIRE(f.client->state() == McpClient::State::Ready);
    CHECK(accepted);

    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::NotAsked);
    REQUIRE(waitUntil([&] { return outcome->done; }));
    CHECK(outcome->error.isEmpty());
    CHECK(outcome->result.textForModel() == "in order");
    // The server's own stream (GET) opens only once the session is complete, as the TypeScript SDK's does.
    CHECK_FALSE(getBeforeAccepted);
}

TEST_CASE("Streamable HTTP: a server that refuses the initialized notification is not taken as connected",
          "[mcp]")
{
    Fixture f;
    auto server = lifecycle(
        [](const HttpRequest &, HttpExchange *exchange) { exchange->respond(404, "text/plain", {}); });
    f.start([&](const HttpRequest &request, HttpExchange *exchange) {
        if (request.jsonBody().value("method") == "notifications/initialized")
            exchange->respond(500, "text/plain", "out of sessions");
        else
            server(request, exchange);
    });
    f.client->start();
    REQUIRE(waitUntil([&] { return f.client->state() != McpClient::State::Connecting; }));
    CHECK(f.client->state() == McpClient::State::Failed);
    CHECK(f.client->lastError().contains("did not accept the initialized notification"));
    CHECK(f.client->lastError().contains("HTTP 500"));
    CHECK(f.client->lastError().contains("out of sessions"));
}

TEST_CASE("Streamable HTTP: a server that never accepts the initialized notification fails the connection "
          "at the initialize timeout",
          "[mcp]")
{
    RawHttpServer server;
    REQUIRE(server.listen());
    auto lifecycleServer = lifecycle(
        [](const HttpRequest &, HttpExchange *exchange) { exchange->respond(404, "text/plain", {}); });
    server.setHandler([&](const HttpRequest &request, HttpExchange *exchange) {
        if (request.jsonBody().value("method") != "notifications/initialized")
            lifecycleServer(request, exchange); // the notification's POST is left unanswered
    });
    QNetworkAccessManager network;
    McpClientOptions options;
    options.initializeTimeoutMs = 1000;
    McpClient client(new HttpTransport(server.baseUrl().resolved(QUrl("/mcp")), {}, &network), options);
    client.start();
    REQUIRE(waitUntil([&] { return client.state() != McpClient::State::Connecting; }));
    CHECK(client.state() == McpClient::State::Failed);
    CHECK(client.lastError().contains("did not accept the initialized notification within 1"));
}

TEST_CASE("Streamable HTTP: an SSE answer brings progress before the result", "[mcp]")
{
    Fixture f;
    f.start(lifecycle([](const HttpRequest &request, HttpExchange *exchange) {
        const QJsonValue token =
            request.jsonBody().value("params").toObject().value("_meta").toObject().value("progressToken");
        const QByteArray progress =
            QJsonDocument(
                QJsonObject{{"jsonrpc", "2.0"},
                            {"method", "notifications/progress"},
                            {"params", QJsonObject{{"progressToken", token}, {"progress", 1}, {"total", 2}}}})
                .toJson(QJsonDocument::Compact);
        exchange->beginStream(200, "text/event-stream");
        exchange->sendParts(
            {"id: 1\ndata: " + progress + "\n\n",
             "event: message\nid: 2\ndata: " +
                 answer(request, {{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", "sse"}}}}}) +
                 "\n\n"},
            20, [exchange] { exchange->close(); });
    }));
    f.connect();
    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }));
    CHECK(outcome->error.isEmpty());
    CHECK(outcome->result.textForModel() == "sse");
    REQUIRE(outcome->progress.size() == 1);
    CHECK(outcome->progress[0].total == 2);
}

TEST_CASE(
    "Streamable HTTP: a stream closed before the answer is resumed by GET with Last-Event-ID after retry",
    "[mcp]")
{
    Fixture f;
    QElapsedTimer sinceClose;
    qint64 reconnectDelay = -1;
    QByteArray pendingAnswer;
    f.start(lifecycle([&](const HttpRequest &request, HttpExchange *exchange) {
        if (request.method == "POST") {
            pendingAnswer = answer(
                request, {{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", "resumed"}}}}});
            exchange->beginStream(200, "text/event-stream", Session);
            exchange->sendParts(QList<QByteArray>{QByteArray("id: ev-1\nretry: 400\ndata: \n\n")}, 0,
                                [exchange, &sinceClose] {
                                    sinceClose.start();
                                    exchange->close();
                                });
            return;
        }
        reconnectDelay = sinceClose.elapsed();
        exchange->beginStream(200, "text/event-stream", Session);
        exchange->sendParts(QList<QByteArray>{"event: message\nid: ev-2\ndata: " + pendingAnswer + "\n\n"}, 0,
                            [exchange] { exchange->close(); });
    }));
    f.connect();
    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }));
    CHECK(outcome->error.isEmpty());
    CHECK(outcome->result.textForModel() == "resumed");
    const HttpRequest &get = f.server.requests().last();
    CHECK(get.method == "GET");
    CHECK(get.header("last-event-id") == "ev-1");
    CHECK(get.header("accept") == "text/event-stream");
    CHECK(get.header("mcp-session-id") == "session-1");
    CHECK(reconnectDelay >= 380);
    CHECK(reconnectDelay < 1000);
}

TEST_CASE("Streamable HTTP: an answer over the size limit is refused as it arrives", "[mcp]")
{
    Fixture f;
    f.start(lifecycle([](const HttpRequest &, HttpExchange *exchange) {
        // No Content-Length: the body ends with the connection, so only counting can stop it.
        exchange->beginStream(200, "application/json");
        QList<QByteArray> parts(40, QByteArray(256 * 1024, 'x'));
        exchange->sendParts(parts, 5, [exchange] { exchange->close(); });
    }));
    f.transport->setMaxMessageBytes(1024 * 1024);
    f.connect();
    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }, 10000));
    CHECK(outcome->error == "The server's answer is over the limit of 1 MB; it was refused");
}

TEST_CASE("Streamable HTTP: a 401 goes to the authorization provider and the request is sent again", "[mcp]")
{
    Fixture f;
    f.start([](const HttpRequest &request, HttpExchange *exchange) {
        if (request.header("authorization") != "Bearer fresh") {
            exchange->respond(401, "text/plain", "login first",
                              {{"WWW-Authenticate", "Bearer resource_metadata=\"x\""}});
            return;
        }
        lifecycle([](const HttpRequest &, HttpExchange *) {})(request, exchange);
    });
    TokenAfterLogin auth;
    f.transport->setAuthProvider(&auth);
    f.connect();
    CHECK(auth.challenge == "Bearer resource_metadata=\"x\"");
    CHECK(f.server.requests().first().header("authorization").isEmpty());
    CHECK(f.server.requests().last().header("authorization") == "Bearer fresh");
}

TEST_CASE("Streamable HTTP: errors and an ended session are reported with the reason", "[mcp]")
{
    Fixture f;
    f.start(lifecycle([](const HttpRequest &request, HttpExchange *exchange) {
        if (request.jsonBody().value("params").toObject().value("name") == "gone")
            exchange->respond(404, "text/plain", "no such session");
        else
            exchange->respond(500, "text/plain", "it broke");
    }));
    f.connect();
    auto broken = test::startToolCall(*f.client, "broken", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return broken->done; }));
    CHECK(broken->error == "HTTP 500 from the server: it broke");

    QString failure;
    QObject::connect(f.client.get(), &McpClient::failed, [&](const QString &reason) { failure = reason; });
    auto gone = test::startToolCall(*f.client, "gone", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return gone->done; }));
    CHECK(gone->error == "The server ended the session");
    CHECK(failure == "The server ended the session");
}

TEST_CASE("Streamable HTTP: the server's own GET stream brings requests outside any call's stream", "[mcp]")
{
    Fixture f;
    QPointer<HttpExchange> standalone;
    QJsonObject elicitAnswer;
    const auto rest = lifecycle([](const HttpRequest &, HttpExchange *) {});
    f.start([&](const HttpRequest &request, HttpExchange *exchange) {
        const QJsonObject body = request.jsonBody();
        if (request.method == "GET") {
            standalone = exchange;
            standalone->beginStream(200, "text/event-stream", Session);
        } else if (body.value("id") == "srv-1") {
            elicitAnswer = body.value("result").toObject();
            exchange->respond(202, "text/plain", {});
        } else if (body.value("method") == "tools/call") {
            // As an SDK server does with a request sent outside the call: it goes on the standalone stream.
            standalone->send(
                R"(data: {"jsonrpc":"2.0","id":"srv-1","method":"elicitation/create","params":{"message":"Name?","requestedSchema":{"type":"object","properties":{"name":{"type":"string","default":"Ada"}}}}})"
                "\n\n");
            exchange->beginStream(200, "text/event-stream", Session);
            exchange->sendParts(
                QList<QByteArray>{"data: " + answer(request, {{"content", QJsonArray{}}}) + "\n\n"}, 300,
                [exchange] { exchange->close(); });
        } else {
            rest(request, exchange);
        }
    });
    f.client->setElicitationHandler([](const QJsonObject &, std::function<void(QJsonObject)> respond) {
        respond({{"action", "accept"}, {"content", QJsonObject{{"name", "Grace"}}}});
    });
    f.connect();
    REQUIRE(waitUntil([&] { return !standalone.isNull(); }));
    auto outcome = test::startToolCall(*f.client, "t", {}, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }));
    CHECK(outcome->error.isEmpty());
    REQUIRE(waitUntil([&] { return !elicitAnswer.isEmpty(); }));
    CHECK(elicitAnswer.value("action") == "accept");
    CHECK(elicitAnswer.value("content").toObject().value("name") == "Grace");
}

// Which MCP revision core/mcp speaks to a stdio server, decided as specification/2026-07-28 says
// (basic/transports/stdio "Backward Compatibility"): server/discover first; a DiscoverResult means 2026-07-28
// with _meta on every request, any other error or silence means 2025-11-25 by initialize, and a 2026-07-28
// error is not a reason to fall back. Against our stdio test server in its modern and legacy modes.
#include "ToolCallOutcome.h"
#include "Wait.h"
#include "mcp/ElicitationForm.h"
#include "mcp/McpClient.h"
#include "mcp/StdioTransport.h"

#include <QJsonDocument>

#include <catch.h>
#include <memory>

using namespace confab;
using confab::test::waitUntil;

namespace {

struct Server
{
    StdioTransport *transport = nullptr;
    std::unique_ptr<McpClient> client;
    QString failure;

    explicit Server(const QString &mode, McpClientOptions options = {},
                    McpClient::ElicitationHandler elicitation = {})
    {
        transport = new StdioTransport({QStringLiteral(CONFAB_MCP_TEST_SERVER), {mode}});
        client = std::make_unique<McpClient>(transport, options);
        client->setElicitationHandler(std::move(elicitation));
        QObject::connect(client.get(), &McpClient::failed,
                         [this](const QString &reason) { failure = reason; });
        client->start();
        REQUIRE(waitUntil([&] { return client->state() != McpClient::State::Connecting; }, 15000));
    }

    std::shared_ptr<test::ToolCallOutcome> call(const QString &tool, QJsonValue *handle = nullptr)
    {
        return test::startToolCall(*client, tool, {{"text", "hi"}}, test::Progress::NotAsked, handle);
    }
};

} // namespace

TEST_CASE("A server that answers server/discover is spoken to in 2026-07-28, with _meta on every request",
          "[mcp]")
{
    Server s("modern");
    REQUIRE(s.client->state() == McpClient::State::Ready);
    CHECK(s.client->isModern());
    CHECK(s.client->protocolVersion() == "2026-07-28");
    CHECK(s.client->serverName() == "confab-mcp-test-server-2026");
    CHECK(s.client->instructions() == "Test tools for Confab.");
    CHECK(s.client->serverCapabilities().contains("tools"));

    QList<McpTool> tools;
    bool listed = false;
    s.client->listTools([&](const QList<McpTool> &list, const QString &) {
        tools = list;
        listed = true;
    });
    REQUIRE(waitUntil([&] { return listed; }));
    CHECK(tools.size() == 7); // both pages, the second with "meta"

    auto meta = s.call("meta");
    REQUIRE(waitUntil([&] { return meta->done; }));
    REQUIRE(meta->error.isEmpty());
    const QJsonObject sent = QJsonDocument::fromJson(meta->result.textForModel().toUtf8()).object();
    CHECK(sent.value("io.modelcontextprotocol/protocolVersion") == "2026-07-28");
    CHECK(sent.value("io.modelcontextprotocol/clientInfo").toObject().value("name") == "Confab");
    CHECK(sent.value("io.modelcontextprotocol/clientCapabilities").isObject());

    auto echo = s.call("echo");
    REQUIRE(waitUntil([&] { return echo->done; }));
    CHECK(echo->result.textForModel() == "hi");
}

TEST_CASE("2026-07-28: an InputRequiredResult is answered from the form and the call retried", "[mcp]")
{
    QJsonObject asked;
    Server s("modern", {}, [&](const QJsonObject &params, std::function<void(QJsonObject)> respond) {
        asked = params;
        respond(elicitationResult(ElicitationAction::Accept, {{"name", "Grace"}}));
    });
    auto ask = s.call("ask");
    REQUIRE(waitUntil([&] { return ask->done; }));
    CHECK(ask->error.isEmpty());
    // The server checks that requestState came back untouched; the answer went in inputResponses.
    CHECK(ask->result.textForModel() == "round trip accept:Grace");
    CHECK(asked.value("message") == "Your name?");
    CHECK(asked.value("mode") == "form");
}

TEST_CASE("2026-07-28: a call waiting for the user's input is cancelled by the id callTool returned", "[mcp]")
{
    std::function<void(QJsonObject)> later;
    Server s("modern", {},
             [&](const QJsonObject &, std::function<void(QJsonObject)> respond) { later = respond; });
    QJsonValue handle;
    auto ask = s.call("ask", &handle);
    REQUIRE(waitUntil([&] { return bool(later); }));
    CHECK_FALSE(ask->done);
    s.client->cancel(handle, "user pressed Stop");
    CHECK(ask->done);
    CHECK(ask->error == "Cancelled");
    // The form answered after Stop goes nowhere: no retry, no second result.
    later(elicitationResult(ElicitationAction::Accept, {{"name", "late"}}));
    auto echo = s.call("echo");
    REQUIRE(waitUntil([&] { return echo->done; }));
    CHECK(s.client->pendingRequests() == 0);
}

TEST_CASE("2026-07-28: a client without a form handler declares no elicitation, and the server says so",
          "[mcp]")
{
    Server s("modern");
    auto ask = s.call("ask");
    REQUIRE(waitUntil([&] { return ask->done; }));
    CHECK(ask->error == "Missing required client capability");
}

TEST_CASE("A server that refuses server/discover, or never answers it, is spoken to in 2025-11-25", "[mcp]")
{
    SECTION("refused (-32601, as every server before 2026-07-28)")
    {
        Server s("well");
        REQUIRE(s.client->state() == McpClient::State::Ready);
        CHECK_FALSE(s.client->isModern());
        CHECK(s.client->protocolVersion() == "2025-11-25");
        CHECK(s.client->serverName() == "confab-mcp-test-server");
    }
    SECTION("silence: the probe times out")
    {
        McpClientOptions options;
        options.discoverTimeoutMs = 300;
        Server s("mute-discover", options);
        REQUIRE(s.client->state() == McpClient::State::Ready);
        CHECK_FALSE(s.client->isModern());
        CHECK(waitUntil(
            [&] { return s.transport->stderrTail().join('\n').contains("ignored server/discover"); }));
        auto echo = s.call("echo");
        REQUIRE(waitUntil([&] { return echo->done; }));
        CHECK(echo->result.textForModel() == "hi");
    }
}

TEST_CASE("A modern server speaking no revision Confab knows fails clearly instead of falling back", "[mcp]")
{
    Server s("modern-future");
    CHECK(s.client->state() == McpClient::State::Failed);
    CHECK(s.failure == "The server speaks only MCP revisions 2099-01-01, none of which Confab supports");
}

TEST_CASE("2026-07-28: tool-list changes come on a subscriptions/listen stream, opened again when it ends",
          "[mcp]")
{
    McpClientOptions options;
    options.listenRetry = {20, 100, 3};
    Server s("modern", options);
    REQUIRE(s.client->state() == McpClient::State::Ready);
    QStringList names;
    int listings = 0;
    const auto list = [&] {
        s.client->listTools([&](const QList<McpTool> &tools, const QString &) {
            names.clear();
            for (const McpTool &tool : tools)
                names << tool.name;
            ++listings;
        });
    };
    // What McpConnections does on toolsChanged: list again.
    QObject::connect(s.client.get(), &McpClient::toolsChanged, list);
    list();
    REQUIRE(waitUntil([&] { return listings == 1; }));
    CHECK_FALSE(names.contains("added"));
    const auto listens = [&] { return s.transport->stderrTail().filter("listening on").size(); };
    REQUIRE(waitUntil([&] { return listens() == 1; }));

    auto add = s.call("add_tool");
    REQUIRE(waitUntil([&] { return add->done; }));
    CHECK(add->result.textForModel() == "added");
    REQUIRE(waitUntil([&] { return names.contains("added"); }));

    // The server ends the stream (its completion result); the client listens again and hears the next change.
    auto end = s.call("end_listen");
    REQUIRE(waitUntil([&] { return end->done; }));
    REQUIRE(waitUntil([&] { return listens() == 2; }));
    const int before = listings;
    auto again = s.call("add_tool");
    REQUIRE(waitUntil([&] { return again->done; }));
    CHECK(again->result.textForModel() == "added");
    REQUIRE(waitUntil([&] { return listings > before; }));
    CHECK(names.contains("added"));

    // Stopping cancels the subscription by notifications/cancelled, and it is not opened again.
    s.client->stop();
    REQUIRE(waitUntil([&] { return s.client->state() == McpClient::State::Closed; }));
    CHECK(s.transport->stderrTail().filter("listen cancelled").size() == 1);
    CHECK(listens() == 2);
}

TEST_CASE("2026-07-28: a client that never listed tools opens no subscription", "[mcp]")
{
    Server s("modern");
    REQUIRE(s.client->state() == McpClient::State::Ready);
    auto add = s.call("add_tool");
    REQUIRE(waitUntil([&] { return add->done; }));
    CHECK(add->result.textForModel() == "added, nobody listening");
    CHECK(s.client->pendingRequests() == 0);
}

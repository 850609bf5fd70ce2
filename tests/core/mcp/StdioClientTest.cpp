// core/mcp against our own stdio server (tests/servers/mcp), well-behaved and hostile.
#include "ProcessProbe.h"
#include "Wait.h"
#include "mcp/McpClient.h"
#include "mcp/StdioTransport.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <catch.h>
#include <memory>

using namespace confab;
using confab::test::waitUntil;

namespace {

struct Connection
{
    StdioTransport *transport = nullptr;
    std::unique_ptr<McpClient> client;
};

Connection connect(const QString &mode, McpClientOptions options = {})
{
    Connection connection;
    connection.transport = new StdioTransport({QStringLiteral(CONFAB_MCP_TEST_SERVER), {mode}});
    connection.client = std::make_unique<McpClient>(connection.transport, options);
    connection.client->start();
    REQUIRE(waitUntil([&] { return connection.client->state() != McpClient::State::Connecting; }, 10000));
    REQUIRE(connection.client->state() == McpClient::State::Ready);
    return connection;
}

struct CallOutcome
{
    bool done = false;
    McpToolResult result;
    QString error;
    QList<McpProgress> progress;
};

std::shared_ptr<CallOutcome> call(McpClient &client, const QString &tool, const QJsonObject &arguments = {},
                                  int timeoutMs = -1, bool withProgress = false)
{
    auto outcome = std::make_shared<CallOutcome>();
    McpClient::ProgressHandler progress;
    if (withProgress)
        progress = [outcome](const McpProgress &step) { outcome->progress.append(step); };
    client.callTool(
        tool, arguments,
        [outcome](const McpToolResult &result, const QString &error) {
            outcome->done = true;
            outcome->result = result;
            outcome->error = error;
        },
        progress, timeoutMs);
    return outcome;
}

bool stderrHas(const StdioTransport &transport, const QString &text)
{
    return transport.stderrTail().join(QLatin1Char('\n')).contains(text);
}

} // namespace

TEST_CASE("A stdio server is initialized, answers our pings and pages its tools", "[mcp]")
{
    Connection c = connect("well");
    CHECK(c.client->serverName() == "confab-mcp-test-server");
    CHECK(c.client->protocolVersion() == "2025-11-25");
    // The server pings us after initialized; we answer.
    CHECK(waitUntil([&] { return stderrHas(*c.transport, "client answered ping"); }));

    bool listed = false;
    QStringList names;
    bool changed = false;
    QObject::connect(c.client.get(), &McpClient::toolsChanged, [&] { changed = true; });
    c.client->listTools([&](const QList<McpTool> &tools, const QString &error) {
        CHECK(error.isEmpty());
        for (const McpTool &tool : tools)
            names.append(tool.name);
        listed = true;
    });
    REQUIRE(waitUntil([&] { return listed; }));
    CHECK(names == QStringList{"echo", "slow", "ask", "sample", "picture", "stamp"});
    CHECK(waitUntil([&] { return changed; }));
}

TEST_CASE("Tool results carry text, images, links and structured content", "[mcp]")
{
    Connection c = connect("well");
    auto echo = call(*c.client, "echo", {{"text", "hello"}});
    REQUIRE(waitUntil([&] { return echo->done; }));
    CHECK(echo->error.isEmpty());
    CHECK(echo->result.textForModel() == "hello");

    auto picture = call(*c.client, "picture");
    REQUIRE(waitUntil([&] { return picture->done; }));
    REQUIRE(picture->result.content.size() == 2);
    CHECK(picture->result.content[0].kind == McpContent::Kind::Image);
    CHECK(picture->result.content[0].data.startsWith("\x89PNG"));
    CHECK(picture->result.content[1].uri == "file:///tmp/a.txt");
    CHECK(picture->result.structuredContent.toObject().value("width") == 1);

    auto unknown = call(*c.client, "no-such-tool");
    REQUIRE(waitUntil([&] { return unknown->done; }));
    CHECK(unknown->result.isError);
}

TEST_CASE("Progress arrives live, and Stop sends notifications/cancelled for the call", "[mcp]")
{
    Connection c = connect("well");
    auto slow = call(*c.client, "slow", {}, -1, true);
    REQUIRE(waitUntil([&] { return slow->done; }, 10000));
    CHECK(slow->error.isEmpty());
    CHECK(slow->result.textForModel() == "slow done");
    REQUIRE(slow->progress.size() == 20);
    CHECK(slow->progress.first().total == 20);
    CHECK(slow->progress.first().message == "step 1");
    CHECK(slow->progress.last().progress == 20);

    QString error;
    bool done = false;
    const QJsonValue id = c.client->callTool(
        "slow", {},
        [&](const McpToolResult &, const QString &message) {
            error = message;
            done = true;
        },
        [](const McpProgress &) {});
    confab::test::spinFor(300);
    c.client->cancel(id, "user pressed Stop");
    CHECK(done);
    CHECK(error == "Cancelled");
    CHECK(waitUntil(
        [&] { return stderrHas(*c.transport, QStringLiteral("cancelled request %1").arg(id.toInteger())); }));
    CHECK(c.client->pendingRequests() == 0);
}

TEST_CASE("A form elicitation reaches the handler â requests Confab does not support get -32601",
          "[mcp]")
{
    Connection c = connect("well");
    QString message;
    c.client->setElicitationHandler([&](const QJsonObject &params, std::function<void(QJsonObject)> respond) {
        message = params.value("message").toString();
        respond({{"action", "accept"}, {"content", QJsonObject{{"name", "Grace"}}}});
    });
    auto ask = call(*c.client, "ask");
    REQUIRE(waitUntil([&] { return ask->done; }));
    CHECK(message == "Your name?");
    CHECK(ask->result.textForModel() == "accept:Grace");

    auto sample = call(*c.client, "sample");
    REQUIRE(waitUntil([&] { return sample->done; }));
    CHECK(sample->result.textForModel() == "error -32601");
}

TEST_CASE("Hostile stdio servers: garbage and foreign ids are dropped, the session goes on", "[mcp]")
{
    for (const char *mode : {"garbage", "unknown-ids"}) {
        INFO(mode);
        Connection c = connect(mode);
        auto echo = call(*c.client, "echo", {{"text", "still here"}});
        REQUIRE(waitUntil([&] { return echo->done; }));
        CHECK(echo->error.isEmpty());
        CHECK(echo->result.textForModel() == "still here");
        CHECK(c.client->state() == McpClient::State::Ready);
    }
}

TEST_CASE("Hostile stdio server: a 100 MB answer is refused clearly with bounded memory", "[mcp]")
{
    Connection c = connect("huge");
    QElapsedTimer clock;
    clock.start();
    auto huge = call(*c.client, "echo");
    REQUIRE(waitUntil([&] { return huge->done; }, 30000));
    CHECK(huge->error.contains("over the limit of 32 MB"));
    // Refused as soon as the limit is passed, not at the per-call timeout.
    CHECK(clock.elapsed() < 30000);
    CHECK(c.client->state() == McpClient::State::Ready);
}

TEST_CASE("Hostile stdio servers: no answer times out, exit mid-call fails the call", "[mcp]")
{
    SECTION("no answer")
    {
        Connection c = connect("silent");
        auto silent = call(*c.client, "echo", {}, 300);
        REQUIRE(waitUntil([&] { return silent->done; }));
        CHECK(silent->error == "No answer from the server within 0.3 s");
        CHECK(c.client->pendingRequests() == 0);
    }
    SECTION("exit mid-call")
    {
        Connection c = connect("exit");
        QString failure;
        QObject::connect(c.client.get(), &McpClient::failed,
                         [&](const QString &reason) { failure = reason; });
        auto exiting = call(*c.client, "echo");
        REQUIRE(waitUntil([&] { return exiting->done; }));
        CHECK(exiting->error.contains("exited with code 3"));
        CHECK(failure == exiting->error);
        CHECK(c.client->state() == McpClient::State::Failed);
        CHECK(stderrHas(*c.transport, "exiting mid-call"));
    }
}

TEST_CASE("A stdio server that never answers initialize fails with the reason and is ended", "[mcp]")
{
    auto *transport = new StdioTransport({QStringLiteral(CONFAB_MCP_TEST_SERVER), {QStringLiteral("mute")}});
    McpClientOptions options;
    options.initializeTimeoutMs = 300;
    McpClient client(transport, options);
    QString failure;
    QObject::connect(&client, &McpClient::failed, [&](const QString &reason) { failure = reason; });
    client.start();
    REQUIRE(waitUntil([&] { return !failure.isEmpty(); }));
    CHECK(failure == "The server did not initialize: No answer from the server within 0.3 s");
    CHECK(waitUntil([&] { return transport->processId() == 0; }, 10000));
    CHECK(client.state() == McpClient::State::Failed);
}

TEST_CASE("Stopping a stdio server ends its whole process tree", "[mcp]")
{
    Connection c = connect("spawn-child");
    qint64 child = 0;
    REQUIRE(waitUntil([&] {
        const auto match = QRegularExpression("child pid (\\d+)").match(c.transport->stderrTail().join('\n'));
        child = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        return child > 0;
    }));
    REQUIRE(confab::test::processIsRunning(child));
    bool closed = false;
    QObject::connect(c.client.get(), &McpClient::closed, [&] { closed = true; });
    c.client->stop();
    REQUIRE(waitUntil([&] { return closed; }, 10000));
    // The grandchild was in the server's process group; it is reaped by init once killed.
    CHECK(waitUntil([&] { return !confab::test::processIsRunning(child); }, 5000));
}

TEST_CASE("A program that does not exist fails with the reason", "[mcp]")
{
    McpClient client(new StdioTransport({QStringLiteral("/nonexistent/mcp-server"), {}}), {});
    QString failure;
    QObject::connect(&client, &McpClient::failed, [&](const QString &reason) { failure = reason; });
    client.start();
    REQUIRE(waitUntil([&] { return !failure.isEmpty(); }));
    CHECK(failure.startsWith("Could not start /nonexistent/mcp-server"));
}

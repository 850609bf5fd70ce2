// MCP tools in a conversation: the engine offers the chat's servers' tools, asks the user (a scripted user
// here), sends tools/call to our stdio test server (well-behaved and hostile), and hands the result to the
// local OpenRouter server, which asks for the calls named in the prompt ("[call:NAME]ARGS[/call]") and
// answers with the results it read.
#include "EngineHarness.h"
#include "Wait.h"
#include "catch.h"
#include "mcp/McpConnections.h"
#include "mcp/McpServerList.h"
#include "mcp/ToolApprover.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;
using confab::test::waitUntil;

namespace {

// The user at the prompt: answers each ask with the next decision in line (Deny once they run out).
class ScriptedUser : public ToolApprover
{
public:
    QList<McpDecision> decisions;
    QList<ToolApprovalRequest> asked;
    QList<quint64> cancelled;
    bool answerLater = false; // keep the prompt open (for Stop while asking)

    void ask(const ToolApprovalRequest &request, Answer answer) override
    {
        asked.append(request);
        if (answerLater)
            return;
        answer(decisions.isEmpty() ? McpDecision::Deny : decisions.takeFirst());
    }
    void cancel(quint64 requestId) override { cancelled.append(requestId); }
};

void addServer(EngineHarness &h, const QString &name, const QString &mode, int timeoutSeconds = 60)
{
    McpServerConfig config;
    config.name = name;
    config.command = QStringLiteral(CONFAB_MCP_TEST_SERVER);
    config.arguments = {mode};
    config.timeoutSeconds = timeoutSeconds;
    h.backend.mcp()->serverList().save(config);
}

TurnRequest withTools(EngineHarness &h, const QString &prompt, const QStringList &servers = {"test"},
                      qint64 sessionId = 0)
{
    TurnRequest request = h.text(prompt, sessionId);
    request.toolServers = servers;
    return request;
}

QStringList offeredTools(const testserver::HttpRequest &request)
{
    QStringList names;
    for (const QJsonValue &tool :
         QJsonDocument::fromJson(request.body).object().value(QStringLiteral("tools")).toArray())
        names << tool.toObject()
                     .value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
    return names;
}

const QString EchoHello = QStringLiteral(R"([call:test__echo]{"text":"hello from MCP"}[/call])");

} // namespace

TEST_CASE("A Text-mode chat with an MCP server offers its tools, asks once, and the model reads the result")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    ScriptedUser user;
    user.decisions = {McpDecision::AllowOnce};
    h.engine.setToolApprover(&user);

    QList<ToolCallRecord> changes;
    QObject::connect(&h.engine, &ConversationEngine::toolCallChanged, &h.engine,
                     [&](qint64, qint64, int, const ToolCallRecord &call) { changes.append(call); });
    const SendOutcome sent = h.sendAndWait(withTools(h, QStringLiteral("Say hello. ") + EchoHello), 30000);
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    INFO(answer.metadata.error.toStdString());
    REQUIRE(answer.status == MessageStatus::Completed);
    CHECK(answer.content.contains(QStringLiteral("Tool results: hello from MCP")));

    REQUIRE(user.asked.size() == 1);
    CHECK(user.asked.first().server == QStringLiteral("test"));
    CHECK(user.asked.first().tool.name == QStringLiteral("echo"));
    CHECK(user.asked.first().arguments == QStringLiteral(R"({"text":"hello from MCP"})"));
    CHECK_FALSE(user.asked.first().changedSinceApproved);

    REQUIRE(answer.metadata.toolCalls.size() == 1);
    const ToolCallRecord &call = answer.metadata.toolCalls.first();
    CHECK(call.state == ToolCallRecord::State::Done);
    CHECK(call.server == QStringLiteral("test"));
    CHECK(call.tool == QStringLiteral("echo"));
    CHECK(call.functionName == QStringLiteral("test__echo"));
    CHECK(call.resultText == QStringLiteral("hello from MCP"));
    CHECK(call.startedAt.isValid());
    // The view saw it asked, running and done, in that order.
    REQUIRE(changes.size() >= 3);
    CHECK(changes.first().state == ToolCallRecord::State::Asking);
    CHECK(changes.last().state == ToolCallRecord::State::Done);

    const auto chats = h.openRouterServer.chatRequests();
    REQUIRE(chats.size() == 2);
    // Text mode offers the server's tools and not the image tools.
    const QStringList tools = offeredTools(chats[0]);
    CHECK(tools.contains(QStringLiteral("test__echo")));
    CHECK(tools.contains(QStringLiteral("test__picture")));
    CHECK_FALSE(tools.contains(QStringLiteral("generate_image")));
    const QJsonObject result = test::messagesOf(chats[1]).last().toObject();
    CHECK(result.value(QStringLiteral("role")).toString() == QStringLiteral("tool"));
}

TEST_CASE("Always allow is remembered per server and tool, and a changed description asks again")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    ScriptedUser user;
    user.decisions = {McpDecision::AlwaysAllow};
    h.engine.setToolApprover(&user);

    const SendOutcome first = h.sendAndWait(withTools(h, EchoHello), 30000);
    REQUIRE(h.message(first.assistantMessageId).status == MessageStatus::Completed);
    REQUIRE(user.asked.size() == 1);

    const SendOutcome second = h.sendAndWait(withTools(h, EchoHello, {"test"}, first.sessionId), 30000);
    CHECK(h.message(second.assistantMessageId).status == MessageStatus::Completed);
    CHECK(user.asked.size() == 1); // not asked again
    CHECK(h.message(second.assistantMessageId).metadata.toolCalls.value(0).state ==
          ToolCallRecord::State::Done);

    // What the user approved was an earlier description of the tool: the server changed it since.
    McpTool earlier = h.backend.mcp()->status(QStringLiteral("test")).tools.first();
    REQUIRE(earlier.name == QStringLiteral("echo"));
    earlier.description = QStringLiteral("Echoes its text argument (harmless, promise)");
    h.backend.mcp()->approvals().record(QStringLiteral("test"), earlier, McpDecision::AlwaysAllow);
    user.decisions = {McpDecision::AllowOnce};
    const SendOutcome third = h.sendAndWait(withTools(h, EchoHello, {"test"}, first.sessionId), 30000);
    CHECK(h.message(third.assistantMessageId).status == MessageStatus::Completed);
    REQUIRE(user.asked.size() == 2);
    CHECK(user.asked.last().changedSinceApproved);
}

TEST_CASE("A denied call is not sent, and the model is told the user did not allow it")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    ScriptedUser user;
    user.decisions = {McpDecision::Deny};
    h.engine.setToolApprover(&user);
    const SendOutcome sent = h.sendAndWait(withTools(h, EchoHello), 30000);
    const Message answer = h.message(sent.assistantMessageId);
    REQUIRE(answer.status == MessageStatus::Completed);
    REQUIRE(answer.metadata.toolCalls.size() == 1);
    CHECK(answer.metadata.toolCalls.first().state == ToolCallRecord::State::Denied);
    CHECK(answer.content.contains(QStringLiteral("did not allow")));
    CHECK_FALSE(answer.content.contains(QStringLiteral("hello from MCP")));
}

TEST_CASE("Without anyone to ask, a call needing approval is refused, and a trusted server needs no asking")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    const SendOutcome refused = h.sendAndWait(withTools(h, EchoHello), 30000);
    CHECK(h.message(refused.assistantMessageId).metadata.toolCalls.value(0).state ==
          ToolCallRecord::State::Denied);

    h.backend.mcp()->approvals().setTrusted(QStringLiteral("test"), true);
    const SendOutcome trusted = h.sendAndWait(withTools(h, EchoHello), 30000);
    const Message answer = h.message(trusted.assistantMessageId);
    CHECK(answer.metadata.toolCalls.value(0).state == ToolCallRecord::State::Done);
    CHECK(answer.content.contains(QStringLiteral("hello from MCP")));
}

TEST_CASE(
    "Hostile servers: a 100 MB result, no answer, an exit mid-call: each call fails, the answer goes on")
{
    EngineHarness h;
    addServer(h, QStringLiteral("huge"), QStringLiteral("huge"));
    addServer(h, QStringLiteral("silent"), QStringLiteral("silent"), 1);
    addServer(h, QStringLiteral("exits"), QStringLiteral("exit"));
    addServer(h, QStringLiteral("garbage"), QStringLiteral("garbage"));
    for (const QString server : {"huge", "silent", "exits", "garbage"})
        h.backend.mcp()->approvals().setTrusted(server, true);

    const auto callOne = [&](const QString &server) {
        const SendOutcome sent = h.sendAndWait(
            withTools(h, QStringLiteral(R"([call:%1__echo]{"text":"still here"}[/call])").arg(server),
                      {server}),
            60000);
        REQUIRE(sent.accepted);
        return h.message(sent.assistantMessageId);
    };

    const Message huge = callOne(QStringLiteral("huge"));
    REQUIRE(huge.status == MessageStatus::Completed);
    REQUIRE(huge.metadata.toolCalls.size() == 1);
    CHECK(huge.metadata.toolCalls.first().state == ToolCallRecord::State::Failed);
    CHECK(huge.metadata.toolCalls.first().resultText.isEmpty());
    CHECK(huge.content.contains(QStringLiteral("failed")));

    const Message silent = callOne(QStringLiteral("silent"));
    REQUIRE(silent.status == MessageStatus::Completed);
    CHECK(silent.metadata.toolCalls.value(0).state == ToolCallRecord::State::Failed);
    CHECK(silent.metadata.toolCalls.value(0).error.contains(QStringLiteral("1 s")));

    const Message exits = callOne(QStringLiteral("exits"));
    REQUIRE(exits.status == MessageStatus::Completed);
    CHECK(exits.metadata.toolCalls.value(0).state == ToolCallRecord::State::Failed);

    // Lines that are not JSON-RPC are dropped; the real answer after them still counts.
    const Message garbage = callOne(QStringLiteral("garbage"));
    REQUIRE(garbage.status == MessageStatus::Completed);
    CHECK(garbage.metadata.toolCalls.value(0).state == ToolCallRecord::State::Done);
    CHECK(garbage.content.contains(QStringLiteral("still here")));
}

TEST_CASE("Stop during a running call cancels it at the server and ends the answer stopped")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    h.backend.mcp()->approvals().setTrusted(QStringLiteral("test"), true);
    QList<ToolCallRecord> progress;
    QObject::connect(&h.engine, &ConversationEngine::toolCallChanged, &h.engine,
                     [&](qint64, qint64, int, const ToolCallRecord &call) {
                         if (call.state == ToolCallRecord::State::Running && call.progress >= 0)
                             progress.append(call);
                     });
    const SendOutcome sent = h.engine.send(withTools(h, QStringLiteral("[call:test__slow]{}[/call]")));
    REQUIRE(sent.accepted);
    // Progress shows live while the call runs; then the user presses Stop.
    REQUIRE(waitUntil([&] { return progress.size() >= 3; }, 20000));
    CHECK(progress.last().total == 20);
    CHECK(progress.last().progressMessage.startsWith(QStringLiteral("step ")));
    REQUIRE(h.engine.stop(sent.sessionId));
    REQUIRE(h.waitForIdle(sent.sessionId));
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Stopped);
    REQUIRE(answer.metadata.toolCalls.size() == 1);
    CHECK(answer.metadata.toolCalls.first().state == ToolCallRecord::State::Cancelled);
    // The server was told (it writes this on stderr when notifications/cancelled names its request).
    REQUIRE(waitUntil(
        [&] {
            const QStringList tail = h.backend.mcp()->status(QStringLiteral("test")).stderrTail;
            return tail.filter(QStringLiteral("cancelled request")).size() == 1;
        },
        5000));
}

TEST_CASE("Stop while the user is being asked closes the prompt and sends nothing")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    ScriptedUser user;
    user.answerLater = true;
    h.engine.setToolApprover(&user);
    const SendOutcome sent = h.engine.send(withTools(h, EchoHello));
    REQUIRE(waitUntil([&] { return user.asked.size() == 1; }, 20000));
    REQUIRE(h.engine.stop(sent.sessionId));
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(user.cancelled == QList<quint64>{user.asked.first().id});
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Stopped);
    CHECK(answer.metadata.toolCalls.value(0).state == ToolCallRecord::State::Cancelled);
}

TEST_CASE("A result's picture is checked and kept as a picture of the answer, and its links are kept")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    h.backend.mcp()->approvals().setTrusted(QStringLiteral("test"), true);
    const SendOutcome sent =
        h.sendAndWait(withTools(h, QStringLiteral("[call:test__picture]{}[/call]")), 30000);
    const Message answer = h.message(sent.assistantMessageId);
    REQUIRE(answer.status == MessageStatus::Completed);
    REQUIRE(answer.metadata.toolCalls.size() == 1);
    const ToolCallRecord &call = answer.metadata.toolCalls.first();
    REQUIRE(call.imageHashes.size() == 1);
    CHECK(h.store.images()->contains(call.imageHashes.first()));
    REQUIRE(answer.images.size() == 1);
    CHECK(answer.images.first().hash == call.imageHashes.first());
    CHECK(answer.images.first().width == 1);
    REQUIRE(call.links.size() == 1);
    CHECK(call.links.first().uri == QStringLiteral("file:///tmp/a.txt"));
}

TEST_CASE("A later turn replays the earlier calls as tool calls and results while the tools are offered")
{
    EngineHarness h;
    addServer(h, QStringLiteral("test"), QStringLiteral("well"));
    h.backend.mcp()->approvals().setTrusted(QStringLiteral("test"), true);
    const SendOutcome first = h.sendAndWait(withTools(h, EchoHello), 30000);
    REQUIRE(h.message(first.assistantMessageId).status == MessageStatus::Completed);

    // The server refuses a request whose tool calls lack their results or whose tools are missing.
    const SendOutcome second =
        h.sendAndWait(h.text(QStringLiteral("What did the tool say?"), first.sessionId), 30000);
    const Message answer = h.message(second.assistantMessageId);
    INFO(answer.metadata.error.toStdString());
    REQUIRE(answer.status == MessageStatus::Completed);
    const QJsonArray messages = test::messagesOf(h.openRouterServer.chatRequests().last());
    bool replayedCall = false;
    bool replayedResult = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        for (const QJsonValue &call : message.value(QStringLiteral("tool_calls")).toArray())
            replayedCall |= call.toObject()
                                .value(QStringLiteral("function"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString() == QStringLiteral("test__echo");
        replayedResult |=
            message.value(QStringLiteral("role")).toString() == QStringLiteral("tool") &&
            message.value(QStringLiteral("content")).toString().contains(QStringLiteral("hello from MCP"));
    }
    CHECK(replayedCall);
    CHECK(replayedResult);

    // Without the server the calls are told as text: no tool call may name a tool not offered.
    TurnRequest without = h.text(QStringLiteral("And now without tools?"), first.sessionId);
    without.toolServers = QStringList();
    const SendOutcome third = h.sendAndWait(without, 30000);
    REQUIRE(h.message(third.assistantMessageId).status == MessageStatus::Completed);
    const QJsonObject body = QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("tools")).toArray().isEmpty());
    const QByteArray text = QJsonDocument(body.value(QStringLiteral("messages")).toArray()).toJson();
    CHECK_FALSE(text.contains("tool_calls"));
    CHECK(text.contains("hello from MCP"));
}

// The whole way through the window: the local OpenRouter stand-in asks for a tool of the real
// server-everything (from npm, over stdio), the approval prompt appears, and the user allows it once, always,
// or denies it; the answer shows the call's block and the model hears the result or the refusal.
#include "McpTestPaths.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/ToolServersButton.h"
#include "mcp/DialogToolApprover.h"
#include "mcp/McpConnections.h"
#include "mcp/ToolApprovalDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace confab;
using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

void addEverything(WindowFixture &f)
{
    McpServerConfig config;
    config.name = QStringLiteral("everything");
    config.command = test::mcpNode();
    config.arguments = {test::serverEverything(), QStringLiteral("stdio")};
    f.backend->mcp()->serverList().save(config);
    f.backend->mcp()->reload();
    f.backend->mcp()->chatServers().setDefaultServers({QStringLiteral("everything")});
}

// The model asks for everything's echo with these words; after the result it answers in text.
void modelCallsEcho(WindowFixture &f, const QString &words)
{
    testserver::Scenario call;
    call.calls = {
        {QStringLiteral("everything__echo"),
         QString::fromUtf8(
             QJsonDocument(QJsonObject{{QStringLiteral("message"), words}}).toJson(QJsonDocument::Compact))}};
    f.openRouter.enqueue(call);
    testserver::Scenario after;
    after.text = QStringLiteral("The echo server answered.");
    f.openRouter.enqueue(after);
}

// The tool message of the last chat request: what the model was told.
QString toolMessageSent(WindowFixture &f)
{
    const QList<testserver::HttpRequest> requests = f.openRouter.chatRequests();
    if (requests.isEmpty())
        return {};
    const QJsonArray messages =
        QJsonDocument::fromJson(requests.last().body).object().value(QStringLiteral("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        if (messages.at(i).toObject().value(QStringLiteral("role")).toString() == QLatin1String("tool"))
            return messages.at(i).toObject().value(QStringLiteral("content")).toString();
    return {};
}

ui::ToolApprovalDialog *waitForPrompt(WindowFixture &f)
{
    ui::ToolApprovalDialog *dialog = nullptr;
    REQUIRE(waitUntil(
        [&] { return (dialog = f.window->toolApprover()->current()) != nullptr && dialog->isVisible(); },
        30000));
    return dialog;
}

} // namespace

TEST_CASE("Allow once: the call runs, its block shows the echo, and the next call asks again")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    addEverything(f);
    f.window->newChat();
    REQUIRE(f.window->inputArea()->toolServers()->chosen() == QStringList{QStringLiteral("everything")});

    modelCallsEcho(f, QStringLiteral("hello from the window"));
    f.typeAndSend(QStringLiteral("Echo something"));
    ui::ToolApprovalDialog *prompt = waitForPrompt(f);
    CHECK(prompt->accessibleDescription().contains(QStringLiteral("echo")));
    CHECK(prompt->argumentsView()->toPlainText().contains(QStringLiteral("hello from the window")));
    CHECK(f.lastAnswer().metadata.toolCalls.value(0).state == ToolCallRecord::State::Asking);
    QTest::mouseClick(prompt->allowOnceButton(), Qt::LeftButton);

    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }, 30000));
    const Message answer = f.lastAnswer();
    REQUIRE(answer.metadata.toolCalls.size() == 1);
    const ToolCallRecord call = answer.metadata.toolCalls.first();
    CHECK(call.server == QStringLiteral("everything"));
    CHECK(call.tool == QStringLiteral("echo"));
    CHECK(call.state == ToolCallRecord::State::Done);
    CHECK(call.resultText.contains(QStringLiteral("hello from the window")));
    CHECK(toolMessageSent(f).contains(QStringLiteral("hello from the window")));
    // The block is in the answer, open (a short result), and reachable.
    CHECK(f.findHit(1, int(ui::MessageHit::Kind::ToolCallToggle)).x() >= 0);
    CHECK(f.window->chatView()->messageDelegate()->isToolCallExpanded(
        f.window->chatView()->model()->index(1, 0), 0));

    // Allowed once only: the next call asks again.
    modelCallsEcho(f, QStringLiteral("second"));
    f.typeAndSend(QStringLiteral("Again"));
    prompt = waitForPrompt(f);
    QTest::keyClick(prompt, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }, 30000));
    CHECK(f.lastAnswer().metadata.toolCalls.value(0).state == ToolCallRecord::State::Denied);
}

TEST_CASE("Always allow: later calls of the tool run without asking")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    addEverything(f);
    f.window->newChat();
    modelCallsEcho(f, QStringLiteral("first"));
    f.typeAndSend(QStringLiteral("Echo first"));
    QTest::mouseClick(waitForPrompt(f)->alwaysAllowButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }, 30000));
    CHECK(f.lastAnswer().metadata.toolCalls.value(0).state == ToolCallRecord::State::Done);

    modelCallsEcho(f, QStringLiteral("no question this time"));
    f.typeAndSend(QStringLiteral("Echo again"));
    REQUIRE(waitUntil(
        [&] {
            return f.lastAnswerIs(MessageStatus::Completed) &&
                   f.lastAnswer().content.contains(QStringLiteral("echo server"));
        },
        30000));
    CHECK(f.window->toolApprover()->current() == nullptr);
    CHECK(f.lastAnswer().metadata.toolCalls.value(0).resultText.contains(
        QStringLiteral("no question this time")));
}

TEST_CASE("Deny: the tool does not run and the model is told it was refused")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    addEverything(f);
    f.window->newChat();
    modelCallsEcho(f, QStringLiteral("must not run"));
    f.typeAndSend(QStringLiteral("Echo"));
    QTest::mouseClick(waitForPrompt(f)->denyButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }, 30000));
    const ToolCallRecord call = f.lastAnswer().metadata.toolCalls.value(0);
    CHECK(call.state == ToolCallRecord::State::Denied);
    CHECK(call.resultText.isEmpty());
    const QString told = toolMessageSent(f);
    CHECK_FALSE(told.contains(QStringLiteral("must not run")));
    CHECK(told.contains(QStringLiteral("den"), Qt::CaseInsensitive));
}

#include "Scenario.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "settings/Settings.h"
#include "sidebar/Sidebar.h"

#include <QPushButton>
#include <QTest>

using confab::Message;
using confab::MessageStatus;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::testserver::Scenario;

TEST_CASE("A prompt typed and sent with Enter streams its answer into the conversation")
{
    WindowFixture f;
    f.typeAndSend(QStringLiteral("Explain move semantics briefly"));

    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    const Message answer = f.lastAnswer();
    CHECK(answer.content == f.openRouter.lastAnswerText());
    CHECK(f.window->messageModel()->rowCount() == 2);
    CHECK(f.window->messageModel()->messageAt(0).content == QStringLiteral("Explain move semantics briefly"));
    CHECK(f.window->inputArea()->editor()->toPlainText().isEmpty());
    // The new chat shows in the sidebar, selected, and the answer was painted.
    CHECK(f.window->sidebar()->model()->rowCount() == 1);
    CHECK(f.window->sidebar()->currentSession() == f.window->currentSession());
    REQUIRE(waitUntil([&] { return f.window->chatView()->messageDelegate()->cachedDocuments() >= 2; }));
    CHECK(f.window->chatView()->isFollowingLatest());
}

TEST_CASE("Shift+Enter starts a new line instead of sending")
{
    WindowFixture f;
    auto *editor = f.window->inputArea()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("first line"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second line"));
    confab::test::spinFor(50);
    CHECK(editor->toPlainText() == QStringLiteral("first line\nsecond line"));
    CHECK(f.window->messageModel()->rowCount() == 0);
}

TEST_CASE("Stop ends a streaming answer, keeps its text and turns Stop back into Send")
{
    WindowFixture f;
    Scenario slow;
    slow.answer = Scenario::Answer::LongText;
    slow.tokenCount = 400;
    slow.tokenDelayMs = 20;
    f.openRouter.enqueue(slow);
    f.typeAndSend(QStringLiteral("Write a long story"));

    QPushButton *send = f.window->inputArea()->sendButton();
    REQUIRE(waitUntil(
        [&] { return send->text() == QStringLiteral("Stop") && !f.lastAnswer().content.isEmpty(); }));
    QTest::mouseClick(send, Qt::LeftButton);

    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Stopped); }));
    CHECK(f.lastAnswer().metadata.error.isEmpty());
    const QString partial = f.lastAnswer().content;
    CHECK(!partial.isEmpty());
    REQUIRE(waitUntil([&] { return send->text() == QStringLiteral("Send"); }));

    // A stopped answer offers Continue, not Retry, and continuing keeps what was there.
    confab::test::spinFor(50);
    CHECK(f.findHit(1, int(confab::ui::MessageHit::Kind::Retry)).x() < 0);
    const QPoint resume = f.findHit(1, int(confab::ui::MessageHit::Kind::Continue));
    REQUIRE(resume.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, resume);
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    CHECK(f.lastAnswer().content.startsWith(partial));
    CHECK(f.lastAnswer().content.size() > partial.size());
}

TEST_CASE("A failed answer shows Retry, and clicking it runs the answer again in place")
{
    WindowFixture f;
    Scenario failing;
    failing.answer = Scenario::Answer::PreStreamError;
    failing.httpStatus = 400;
    f.openRouter.enqueue(failing);
    f.typeAndSend(QStringLiteral("This one fails first"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Failed); }));
    const qint64 failedId = f.lastAnswer().id;
    CHECK(!f.lastAnswer().metadata.error.isEmpty());

    confab::test::spinFor(50);
    const QPoint retry = f.findHit(1, int(confab::ui::MessageHit::Kind::Retry));
    REQUIRE(retry.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, retry);

    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    CHECK(f.lastAnswer().id == failedId);
    CHECK(f.window->messageModel()->rowCount() == 2);
    CHECK(f.lastAnswer().content == f.openRouter.lastAnswerText());
}

TEST_CASE("Without an OpenRouter key everything but sending works and the input area says why")
{
    WindowFixture::Options options;
    options.openRouterKey = false;
    WindowFixture f(options);
    f.addChat(QStringLiteral("Earlier chat"), QStringLiteral("hello"), QStringLiteral("hi there"));
    f.window->inputArea()->revalidate();

    CHECK(!f.window->inputArea()->refusal().isEmpty());
    QTest::keyClicks(f.window->inputArea()->editor(), QStringLiteral("Can I send?"));
    f.window->inputArea()->revalidate();
    CHECK(!f.window->inputArea()->sendButton()->isEnabled());
    QTest::keyClick(f.window->inputArea()->editor(), Qt::Key_Return);
    confab::test::spinFor(50);
    CHECK(f.openRouter.chatRequests().isEmpty());

    // Browsing still works.
    f.window->sidebar()->selectSession(f.window->sidebar()->model()->sessionAt(0).id);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
}

TEST_CASE("A prompt over the length limit is refused before Send is pressed")
{
    WindowFixture f;
    f.backend->settings()->setValue(confab::SettingKey::MaxPromptLength, 20);
    QTest::keyClicks(f.window->inputArea()->editor(),
                     QStringLiteral("This prompt is far longer than twenty"));
    REQUIRE(waitUntil([&] { return !f.window->inputArea()->refusal().isEmpty(); }));
    CHECK(!f.window->inputArea()->sendButton()->isEnabled());
    f.backend->settings()->reset(confab::SettingKey::MaxPromptLength);
}

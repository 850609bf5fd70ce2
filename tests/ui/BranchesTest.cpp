#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageActions.h"
#include "chat/MessageDelegate.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "models/MessageListModel.h"
#include "models/MessageRoles.h"
#include "store/Store.h"

#include <QPushButton>
#include <QTest>

using confab::Message;
using confab::MessageStatus;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::ui::MessageHit;

namespace {

QStringList shownTexts(WindowFixture &f)
{
    QStringList texts;
    for (int row = 0; row < f.window->messageModel()->rowCount(); ++row)
        texts << f.window->messageModel()->messageAt(row).content;
    return texts;
}

bool idle(WindowFixture &f)
{
    return !f.backend->engine()->isBusy(f.window->currentSession());
}

} // namespace

TEST_CASE("Editing a question sends it again as a new version, and the arrows flip the branch below it")
{
    WindowFixture f;
    f.typeAndSend(QStringLiteral("Suggest a pasta dish"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed) && idle(f); }));
    const QString firstAnswer = f.lastAnswer().content;
    const qint64 question = f.window->messageModel()->messageAt(0).id;

    // Edit and resend: the question comes back into the editor, changed text goes out as version 2.
    emit f.window->chatView()->editRequested(question);
    confab::ui::InputArea *input = f.window->inputArea();
    CHECK(input->editor()->toPlainText() == QStringLiteral("Suggest a pasta dish"));
    CHECK(input->editingMessage() == question);
    input->editor()->selectAll();
    f.typeAndSend(QStringLiteral("Suggest a rice dish"));
    REQUIRE(waitUntil([&] {
        return f.window->messageModel()->rowCount() == 2 &&
               f.window->messageModel()->messageAt(0).content == QStringLiteral("Suggest a rice dish") &&
               f.lastAnswerIs(MessageStatus::Completed) && idle(f);
    }));
    CHECK(input->editingMessage() == 0);
    const Message top = f.window->messageModel()->messageAt(0);
    CHECK(top.branchIndex == 1);
    CHECK(top.branchCount == 2);

    // ‹ shows the first version with its own answer.
    confab::test::spinFor(50);
    const QPoint previous = f.findHit(0, int(MessageHit::Kind::PreviousVersion));
    REQUIRE(previous.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, previous);
    REQUIRE(waitUntil([&] { return shownTexts(f).value(0) == QStringLiteral("Suggest a pasta dish"); }));
    CHECK(shownTexts(f) == QStringList{QStringLiteral("Suggest a pasta dish"), firstAnswer});
    // At the first version the ‹ arrow does nothing; › goes back.
    CHECK(f.findHit(0, int(MessageHit::Kind::PreviousVersion)).x() < 0);
    const QPoint next = f.findHit(0, int(MessageHit::Kind::NextVersion));
    REQUIRE(next.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, next);
    REQUIRE(waitUntil([&] { return shownTexts(f).value(0) == QStringLiteral("Suggest a rice dish"); }));
}

TEST_CASE("Regenerate keeps the old answer as a version, and another model can be chosen")
{
    WindowFixture f;
    f.typeAndSend(QStringLiteral("Write a haiku about rain"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed) && idle(f); }));
    const Message first = f.lastAnswer();

    REQUIRE(f.window->messageActions()->regenerate(first.id, QStringLiteral("test/poet")));
    REQUIRE(
        waitUntil([&] { return f.lastAnswer().id != first.id && f.lastAnswerIs(MessageStatus::Completed); }));
    const Message second = f.lastAnswer();
    CHECK(second.metadata.model == QStringLiteral("test/poet"));
    CHECK(second.branchIndex == 1);
    CHECK(second.branchCount == 2);
    CHECK(f.window->messageModel()->rowCount() == 2);
    // The model that wrote each version is on its status line.
    CHECK(f.window->messageModel()->messageAt(1).metadata.model == QStringLiteral("test/poet"));

    REQUIRE(waitUntil([&] { return idle(f); }));
    REQUIRE(f.window->messageActions()->stepVersion(second.id, -1));
    REQUIRE(waitUntil([&] { return f.lastAnswer().id == first.id; }));
    CHECK(f.lastAnswer().content == first.content);
}

TEST_CASE("A deleted message can be brought back with Undo in the status bar")
{
    WindowFixture f;
    const qint64 session = f.addChat(QStringLiteral("Trip"), QStringLiteral("Where to go in May?"),
                                     QStringLiteral("Lisbon is lovely in May."));
    f.window->openSession(session);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    const qint64 answer = f.window->messageModel()->messageAt(1).id;

    emit f.window->chatView()->removeRequested(answer);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 1; }));
    QPushButton *undo = f.window->messageActions()->undoButton();
    REQUIRE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    CHECK(f.window->messageModel()->messageAt(1).content == QStringLiteral("Lisbon is lovely in May."));
    CHECK(!undo->isVisible());

    // Without Undo the removal stays.
    emit f.window->chatView()->removeRequested(answer);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 1; }));
    f.window->newChat();
    f.window->openSession(session);
    CHECK(f.window->messageModel()->rowCount() == 1);
}

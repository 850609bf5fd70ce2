#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "store/Store.h"

#include <QTest>

using namespace confab;
using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("The Thinking section streams open, closes when the answer starts, and a click or T toggles it")
{
    WindowFixture f;
    Store *store = f.backend->store();
    const qint64 session = store->sessions()->create(QStringLiteral("Decimals"))->id;
    NewMessage prompt;
    prompt.sessionId = session;
    prompt.content = QStringLiteral("Is 9.11 bigger than 9.9?");
    store->messages()->create(prompt);
    NewMessage pending;
    pending.sessionId = session;
    pending.role = MessageRole::Assistant;
    pending.status = MessageStatus::Pending;
    const qint64 answer = store->messages()->create(pending)->id;
    f.window->openSession(session);

    ui::ChatView *view = f.window->chatView();
    ui::MessageDelegate *delegate = view->messageDelegate();
    const auto row = [&] { return view->model()->index(view->model()->rowCount() - 1, 0); };
    const auto height = [&] { return view->visualRect(row()).height(); };
    REQUIRE(waitUntil([&] { return view->model()->rowCount() == 2; }));
    CHECK_FALSE(delegate->isThinkingExpanded(row()));

    // The reasoning shows while it streams, before any answer text.
    store->messages()->appendReasoning(answer, QStringLiteral("Compare the decimals: 0.90 against 0.11. "
                                                              "The tenths digit decides."));
    REQUIRE(waitUntil([&] { return delegate->isThinkingExpanded(row()); }));
    REQUIRE(waitUntil([&] { return f.findHit(1, int(ui::MessageHit::Kind::ThinkingToggle)).x() >= 0; }));
    const int thinkingHeight = height();

    // The first words of the answer fold it away.
    store->messages()->appendContent(answer, QStringLiteral("9.9 is bigger."));
    REQUIRE(waitUntil([&] { return !delegate->isThinkingExpanded(row()); }));
    REQUIRE(waitUntil([&] { return height() < thinkingHeight; }));
    const int foldedHeight = height();

    // A click on the header opens it again, and stays open after the answer finishes.
    const QPoint header = f.findHit(1, int(ui::MessageHit::Kind::ThinkingToggle));
    REQUIRE(header.x() >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, header);
    CHECK(delegate->isThinkingExpanded(row()));
    REQUIRE(waitUntil([&] { return height() > foldedHeight; }));
    MessageMetadata done;
    done.reasoningTokens = 42;
    store->messages()->finish(answer, done);
    REQUIRE(waitUntil(
        [&] { return !f.lastAnswer().reasoning.isEmpty() && f.lastAnswerIs(MessageStatus::Completed); }));
    CHECK(delegate->isThinkingExpanded(row()));
    CHECK(ui::ThinkingSection::headerText(f.lastAnswer(), false) == QStringLiteral("Thinking · 42 tokens"));

    // The keyboard does the same on the current row.
    const int openHeight = height();
    view->setFocus();
    view->setCurrentIndex(row());
    QTest::keyClick(view, Qt::Key_T);
    CHECK_FALSE(delegate->isThinkingExpanded(row()));
    REQUIRE(waitUntil([&] { return height() < openHeight; }));
}

#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDocument.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

QToolButton *jumpButton(confab::ui::ChatView *view)
{
    for (QToolButton *button : view->findChildren<QToolButton *>())
        if (button->accessibleName() == QStringLiteral("Jump to latest"))
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("The conversation stays at the newest message unless the user scrolls up, then offers a jump back")
{
    WindowFixture f;
    const qint64 session =
        f.addChat(QStringLiteral("Long chat"), QStringLiteral("first"), QStringLiteral("reply"));
    confab::Store *store = f.backend->store();
    for (int i = 0; i < 40; ++i) {
        confab::NewMessage message;
        message.sessionId = session;
        message.role = i % 2 ? confab::MessageRole::Assistant : confab::MessageRole::User;
        message.content = QStringLiteral("Message number %1 with enough words to take a line or two.").arg(i);
        store->messages()->create(message);
    }
    f.window->openSession(session);
    confab::ui::ChatView *view = f.window->chatView();
    QScrollBar *bar = view->verticalScrollBar();
    REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }));
    QToolButton *jump = jumpButton(view);
    REQUIRE(jump);
    CHECK(!jump->isVisible());

    // New messages keep the view at the bottom.
    confab::NewMessage more;
    more.sessionId = session;
    more.content = QStringLiteral("one more");
    store->messages()->create(more);
    REQUIRE(waitUntil([&] { return bar->value() == bar->maximum(); }));

    // Scrolled up, the view stays where the reader is and shows the jump button.
    bar->setValue(bar->maximum() / 2);
    CHECK(!view->isFollowingLatest());
    CHECK(jump->isVisible());
    const int readingAt = bar->value();
    more.content = QStringLiteral("and another");
    store->messages()->create(more);
    confab::test::spinFor(50);
    CHECK(bar->value() == readingAt);

    QTest::mouseClick(jump, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return bar->value() == bar->maximum(); }));
    CHECK(view->isFollowingLatest());
    CHECK(!jump->isVisible());
}

TEST_CASE("A growing answer keeps the layout of its finished paragraphs and only redoes its last part")
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral(
                    "Paragraph %1 says something long enough to matter for the layout of the chat.\n\n")
                    .arg(i);
    text += QStringLiteral("```\ncode that\n\nmust stay whole\n```\n");
    const QStringList chunks = confab::ui::splitIntoChunks(text, 1000);
    CHECK(chunks.size() > 2);
    CHECK(chunks.join(QString()) == text);
    for (const QString &chunk : chunks)
        CHECK(chunk.count(QStringLiteral("```")) % 2 == 0);

    // A prefix splits the same way, so the chunks before the growing one can be kept.
    const QStringList prefix = confab::ui::splitIntoChunks(text.left(text.size() / 2), 1000);
    for (qsizetype i = 0; i + 1 < prefix.size(); ++i)
        CHECK(prefix.at(i) == chunks.at(i));

    QFont font;
    const auto first =
        confab::ui::MessageDocumentCache::build(text.left(text.size() / 2), true, 500, font, {});
    const QTextDocument *kept = first->chunks.front().document.get();
    const auto grown = confab::ui::MessageDocumentCache::build(text, true, 500, font, {}, first.get());
    CHECK(grown->chunks.front().document.get() == kept);
    CHECK(grown->size.height() > 0);
    CHECK(grown->codeBlocks.size() == 1);
}

TEST_CASE("A long conversation opens on its newest messages and loads older ones as the user scrolls up")
{
    WindowFixture f;
    const qint64 session =
        f.addChat(QStringLiteral("Very long chat"), QStringLiteral("start"), QStringLiteral("ok"));
    for (int i = 0; i < 250; ++i) {
        confab::NewMessage message;
        message.sessionId = session;
        message.role = i % 2 ? confab::MessageRole::Assistant : confab::MessageRole::User;
        message.content = QStringLiteral("Line %1").arg(i);
        f.backend->store()->messages()->create(message);
    }
    f.window->openSession(session);
    confab::ui::ChatView *view = f.window->chatView();
    QScrollBar *bar = view->verticalScrollBar();
    REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }));
    confab::test::spinFor(50);
    const int opened = f.window->messageModel()->rowCount();
    CHECK(opened < confab::MessageListModel::PageSize);

    bar->setValue(0);
    REQUIRE(waitUntil(
        [&] { return f.window->messageModel()->rowCount() == opened + confab::MessageListModel::PageSize; }));
    // The rows the reader was looking at stay on screen: the view did not jump to the oldest message.
    CHECK(bar->value() > 0);
    CHECK(view->indexAt(QPoint(20, 20)).row() >= confab::MessageListModel::PageSize - 1);
}

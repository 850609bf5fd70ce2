#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "models/MessageListModel.h"
#include "models/MessageRoles.h"
#include "store/Store.h"

#include <QScrollBar>

using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

// A chat of one-line messages, "Line 0" the oldest; returns the session.
qint64 addOneLiners(WindowFixture &f, int count)
{
    const qint64 session = f.backend->store()->sessions()->create(QStringLiteral("One-liners"))->id;
    for (int i = 0; i < count; ++i) {
        confab::NewMessage message;
        message.sessionId = session;
        message.role = i % 2 ? confab::MessageRole::Assistant : confab::MessageRole::User;
        message.content = QStringLiteral("Line %1").arg(i);
        f.backend->store()->messages()->create(message);
    }
    return session;
}

QString textAt(confab::ui::ChatView *view, QPoint point)
{
    return view->indexAt(point).data(confab::MessageRoles::TextRole).toString();
}

} // namespace

TEST_CASE("A long chat opened in a tall window fills it, the newest message at the bottom, and scrolling up "
          "reaches the oldest")
{
    WindowFixture f;
    // Taller than the messages a chat opens on can fill: the view has to ask for more itself.
    f.window->resize(1000, 2400);
    const int total = 300;
    const qint64 session = addOneLiners(f, total);
    f.window->openSession(session);
    confab::ui::ChatView *view = f.window->chatView();
    confab::MessageListModel *model = f.window->messageModel();
    QScrollBar *bar = view->verticalScrollBar();
    REQUIRE(waitUntil([&] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }));
    // Where windows are real (Windows under Wine) the screen caps the window at its own height, and a chat's
    // opening messages may fill it without help.
    const bool tall = view->viewport()->height() > 2000;

    // Full from top to bottom, the newest message last, and only about a screenful read: more than a chat
    // opens on when the window is taller than those fill.
    if (tall)
        CHECK(model->rowCount() > confab::MessageListModel::OpeningPageSize);
    CHECK(model->rowCount() < total);
    CHECK(view->indexAt(QPoint(20, 2)).isValid());
    CHECK(textAt(view, QPoint(20, view->viewport()->height() - 30)) ==
          QStringLiteral("Line %1").arg(total - 1));

    // Scrolling to the top again and again brings the whole chat, down to its first message.
    for (int attempt = 0; attempt < 10 && model->canFetchMore({}); ++attempt) {
        const int before = model->rowCount();
        bar->setValue(0);
        REQUIRE(waitUntil([&] { return model->rowCount() > before; }));
    }
    CHECK(model->rowCount() == total);
    bar->setValue(0);
    CHECK(textAt(view, QPoint(20, 30)) == QStringLiteral("Line 0"));
}

TEST_CASE("A short chat opens whole, with nothing to scroll")
{
    WindowFixture f;
    f.window->resize(1000, 2400);
    const qint64 session = addOneLiners(f, 5);
    f.window->openSession(session);
    confab::ui::ChatView *view = f.window->chatView();
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 5; }));
    confab::test::spinFor(50);
    CHECK_FALSE(f.window->messageModel()->canFetchMore({}));
    CHECK(view->verticalScrollBar()->maximum() == 0);
    const QModelIndex last = view->model()->index(4, 0);
    CHECK(view->visualRect(view->model()->index(0, 0)).top() >= 0);
    CHECK(view->visualRect(last).bottom() < view->viewport()->height());
    CHECK(last.data(confab::MessageRoles::TextRole).toString() == QStringLiteral("Line 4"));
}

TEST_CASE("The rows of a chat just opened are painted where they stay")
{
    WindowFixture f;
    const qint64 session = f.backend->store()->sessions()->create(QStringLiteral("Mixed"))->id;
    for (int i = 0; i < 60; ++i) {
        confab::NewMessage message;
        message.sessionId = session;
        message.role = i % 2 ? confab::MessageRole::Assistant : confab::MessageRole::User;
        message.content =
            i % 2 ? QStringLiteral("**Answer %1** with a list:\n\n- one point\n- another point that "
                                   "runs on for a while so it wraps in the bubble\n\n`code`")
                        .arg(i)
                  : QStringLiteral("Question %1?").arg(i);
        f.backend->store()->messages()->create(message);
    }
    f.window->openSession(session);
    confab::ui::ChatView *view = f.window->chatView();
    // Placed as they are before their first paint...
    view->doItemsLayout();
    const auto places = [view] {
        QList<QRect> rects;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            rects << view->visualRect(view->model()->index(row, 0));
        return rects;
    };
    const QList<QRect> beforePaint = places();
    REQUIRE(view->verticalScrollBar()->value() == view->verticalScrollBar()->maximum());
    // ...and after it, once painting has measured them: nothing moved.
    view->viewport()->repaint();
    confab::test::spinFor(150);
    CHECK(places() == beforePaint);
    CHECK(view->verticalScrollBar()->value() == view->verticalScrollBar()->maximum());
}

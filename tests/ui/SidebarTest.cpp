#include "sidebar/Sidebar.h"

#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTest>

using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("Clicking another session in the sidebar shows its messages")
{
    WindowFixture f;
    const qint64 first = f.addChat(QStringLiteral("Rust lifetimes"), QStringLiteral("lifetimes?"),
                                   QStringLiteral("They bound references."));
    const qint64 second = f.addChat(QStringLiteral("Qt signals"), QStringLiteral("signals?"),
                                    QStringLiteral("Slots receive them."));
    confab::SessionListModel *sessions = f.window->sidebar()->model();
    REQUIRE(sessions->rowCount() == 2);
    CHECK(sessions->sessionAt(0).id == second); // newest first

    QListView *list = f.window->sidebar()->sessionList();
    const QRect row = list->visualRect(sessions->index(sessions->rowForSession(first)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    REQUIRE(waitUntil([&] { return f.window->currentSession() == first; }));
    CHECK(f.window->messageModel()->messageAt(1).content == QStringLiteral("They bound references."));

    // Keyboard: the previous session in the list.
    QTest::keyClick(f.window.get(), Qt::Key_Up, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return f.window->currentSession() == second; }));
    CHECK(f.window->messageModel()->messageAt(1).content == QStringLiteral("Slots receive them."));
}

TEST_CASE("Pinned sessions stay on top of the sidebar")
{
    WindowFixture f;
    const qint64 older = f.addChat(QStringLiteral("Older"), QStringLiteral("a"), QStringLiteral("b"));
    f.addChat(QStringLiteral("Newer"), QStringLiteral("c"), QStringLiteral("d"));
    f.backend->store()->sessions()->setPinned(older, true);
    REQUIRE(waitUntil([&] { return f.window->sidebar()->model()->sessionAt(0).id == older; }));
}

TEST_CASE("Searching shows highlighted passages and a click jumps to the message")
{
    WindowFixture f;
    f.addChat(QStringLiteral("Cooking"), QStringLiteral("pasta?"), QStringLiteral("Boil the water first."));
    const qint64 target = f.addChat(QStringLiteral("Astronomy"), QStringLiteral("what is a quasar?"),
                                    QStringLiteral("A quasar is an extremely luminous galactic nucleus."));
    QLineEdit *search = f.window->sidebar()->searchBox();
    QTest::keyClicks(search, QStringLiteral("luminous"));
    QListWidget *hits = f.window->sidebar()->searchResults();
    REQUIRE(waitUntil([&] { return hits->isVisible() && hits->count() >= 1; }));
    QListWidgetItem *hit = hits->item(0);
    CHECK(hit->text() == QStringLiteral("Astronomy"));
    CHECK(
        hit->data(Qt::UserRole + 10).toString().contains(QString(QChar(0x02)) + QStringLiteral("luminous")));

    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(hit).center());
    REQUIRE(waitUntil([&] { return f.window->currentSession() == target; }));
    const QModelIndex current = f.window->chatView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(f.window->messageModel()->messageAt(current.row()).content.contains(QStringLiteral("luminous")));

    search->clear();
    REQUIRE(waitUntil([&] { return f.window->sidebar()->sessionList()->isVisible(); }));
}

namespace {

// Pixel rows of a search result that show the highlight behind a matched word.
int highlightedRows(QListWidget *hits, int row)
{
    const QPalette palette = hits->viewport()->palette();
    const QColor mark = confab::ui::Theme::blend(palette.color(QPalette::Base), QColor(0xf5, 0xc2, 0x42),
                                                 confab::ui::Theme::isDark(palette) ? 0.45 : 0.6);
    // The list as a whole: grabbing its viewport alone leaves the items unpainted.
    const QImage image = hits->grab().toImage();
    // The picture has device pixels (twice as many at 200 %); the item's rectangle and the answer are
    // logical.
    const qreal ratio = image.devicePixelRatio();
    const QRect logical = hits->visualItemRect(hits->item(row)).translated(hits->viewport()->pos());
    const QRect rect(logical.topLeft() * ratio, logical.size() * ratio);
    int rows = 0;
    for (int y = rect.top(); y <= rect.bottom() && y < image.height(); ++y) {
        for (int x = rect.left(); x <= rect.right() && x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - mark.red()) <= 3 && qAbs(pixel.green() - mark.green()) <= 3 &&
                qAbs(pixel.blue() - mark.blue()) <= 3) {
                ++rows;
                break;
            }
        }
    }
    return qRound(rows / ratio);
}

} // namespace

TEST_CASE("A search result's passage shows the searched word, also where it ends a long message")
{
    WindowFixture f;
    // FTS5 gives the last words of a message whose last word matched: more than the two lines a result
    // shows, with the hit at their end.
    QString answer;
    for (int i = 0; i < 40; ++i)
        answer += QStringLiteral("considerable archipelago ");
    answer += QStringLiteral("zanzibar");
    f.addChat(QStringLiteral("Travel"), QStringLiteral("where to?"), answer);
    QTest::keyClicks(f.window->sidebar()->searchBox(), QStringLiteral("zanzibar"));
    QListWidget *hits = f.window->sidebar()->searchResults();
    REQUIRE(waitUntil([&] { return hits->isVisible() && hits->count() == 1; }));
    REQUIRE(hits->item(0)
                ->data(Qt::UserRole + 10)
                .toString()
                .endsWith(QString(QChar(0x02)) + QStringLiteral("zanzibar") + QChar(0x03)));
    // The highlight shows whole (a line's height), not cut off below the row nor as a sliver at its edge.
    QFont small = hits->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    CHECK(highlightedRows(hits, 0) >= QFontMetrics(small).ascent());
}

TEST_CASE("Archived and trashed sessions leave the active list and can be shown with the filter")
{
    WindowFixture f;
    const qint64 id = f.addChat(QStringLiteral("Old plans"), QStringLiteral("x"), QStringLiteral("y"));
    f.addChat(QStringLiteral("Current"), QStringLiteral("x"), QStringLiteral("y"));
    f.backend->store()->sessions()->archive(id);
    REQUIRE(waitUntil([&] { return f.window->sidebar()->model()->rowCount() == 1; }));
    auto *filter = f.window->sidebar()->findChild<QComboBox *>();
    REQUIRE(filter);
    filter->setCurrentIndex(1);
    REQUIRE(f.window->sidebar()->model()->rowCount() == 1);
    CHECK(f.window->sidebar()->model()->sessionAt(0).id == id);
}

TEST_CASE("New chat empties the conversation and keyboard shortcuts reach search and input")
{
    WindowFixture f;
    f.addChat(QStringLiteral("Something"), QStringLiteral("x"), QStringLiteral("y"));
    f.window->openSession(f.window->sidebar()->model()->sessionAt(0).id);
    REQUIRE(f.window->messageModel()->rowCount() == 2);
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(f.window->currentSession() == 0);
    CHECK(f.window->messageModel()->rowCount() == 0);
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    CHECK(f.window->sidebar()->searchBox()->hasFocus());
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    CHECK(f.window->inputArea()->editor()->hasFocus());
}

TEST_CASE("Typing a search never waits for the store, and only the latest query's results are shown")
{
    WindowFixture f;
    f.addChat(QStringLiteral("Astronomy"), QStringLiteral("what is a quasar?"),
              QStringLiteral("A quasar is an extremely luminous galactic nucleus."));
    const qint64 busy = f.addChat(QStringLiteral("Busy"), QStringLiteral("hello"), QStringLiteral("hi"));
    QSqlDatabase db = f.backend->store()->database().connection();
    REQUIRE(db.transaction());
    for (int i = 0; i < 20000; ++i) {
        REQUIRE(confab::sql::run(
            db,
            QStringLiteral(
                "INSERT INTO messages (session_id, role, content, content_type, status, created_at,"
                " metadata) VALUES (?, 'user', ?, 'text', 'completed', ?, '{}')"),
            {busy, QStringLiteral("a common word, number %1").arg(i), i}));
    }
    REQUIRE(db.commit());

    QLineEdit *search = f.window->sidebar()->searchBox();
    QListWidget *hits = f.window->sidebar()->searchResults();
    QStringList shownTitles;
    QObject::connect(hits->model(), &QAbstractItemModel::rowsInserted, hits, [&](auto, int first, int last) {
        for (int row = first; row <= last; ++row)
            shownTitles << hits->item(row)->text();
    });
    // Enter runs the search at once (no typing pause): the GUI thread only hands the query over.
    search->setText(QStringLiteral("common"));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(clock.elapsed() < 50);
    // The next query supersedes it before its results could be shown.
    search->setText(QStringLiteral("luminous"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return hits->isVisible() && hits->count() >= 1; }));
    confab::test::spinFor(300);
    // The whole word's hit may show first and the prefix search's replace it: either way only "luminous".
    shownTitles.removeDuplicates();
    CHECK(shownTitles == QStringList{QStringLiteral("Astronomy")});
    CHECK(hits->count() == 1);
    CHECK(f.window->sidebar()->model()->rowCount() == 1);

    // A common word shows one page, newest first, and "More results" fetches the next.
    shownTitles.clear();
    search->setText(QStringLiteral("common"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return hits->count() > 1 && shownTitles.contains(QStringLiteral("Busy")); }));
    const int firstPage = hits->count();
    QListWidgetItem *more = hits->item(firstPage - 1);
    CHECK(more->text().startsWith(QStringLiteral("More")));
    CHECK(hits->item(0)->data(Qt::UserRole + 10).toString().contains(QStringLiteral("19999")));
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(more).center());
    REQUIRE(waitUntil([&] { return hits->count() > firstPage; }));
    CHECK(hits->item(firstPage - 1)->data(Qt::UserRole + 12).toLongLong() > 0);
}

#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "store/BackgroundSearch.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/Sql.h"

#include <QThread>

#include <atomic>
#include <memory>

using namespace confab;

namespace {

// A chat of `count` messages, each with a word of its own that starts "word" and the word "common", written
// in one transaction: searching the prefix "word" makes FTS5 merge `count` lists before the first hit.
qint64 fillWithPrefixedWords(test::TestStore &fixture, int count)
{
    const Session chat = fixture.newSession(QStringLiteral("Long chat"));
    QSqlDatabase db = fixture->database().connection();
    REQUIRE(db.transaction());
    for (int i = 0; i < count; ++i) {
        REQUIRE(sql::run(db,
                         QStringLiteral("INSERT INTO messages (session_id, role, content, content_type,"
                                        " status, created_at, metadata) VALUES (?, 'user', ?, 'text',"
                                        " 'completed', ?, '{}')"),
                         {chat.id, QStringLiteral("common word%1 and more").arg(i), i}));
    }
    REQUIRE(db.commit());
    return chat.id;
}

QList<qint64> messageIds(const SearchPage &page)
{
    QList<qint64> ids;
    for (const SearchHit &hit : page.hits)
        ids << hit.messageId;
    return ids;
}

} // namespace

TEST_CASE(
    "A search stopped from another thread ends without hits, and the connection's next query runs whole")
{
    test::TestStore fixture;
    fillWithPrefixedWords(fixture, 20000);
    Database database(fixture.location().databasePath);
    QString error;
    REQUIRE(database.openAlongside(Database::Access::ReadOnly, &error));
    std::atomic<bool> stop{true};
    database.interruptWhen([&stop] { return stop.load(); });
    const SearchIndex index(&database);
    // One hit asked for: far too few steps for SQLite to ask `stop` itself, so only the other thread's
    // interrupt can end it, and it reaches the statement while FTS5 merges the prefix's lists or steps.
    const SearchQuery prefix{QStringLiteral("word"), SessionStatus::Active, 1, 0, SearchOrder::Newest, true};

    std::atomic<bool> done{false};
    std::unique_ptr<QThread> interrupter(QThread::create([&] {
        while (!done.load()) {
            database.interruptIfStopped();
            QThread::usleep(200);
        }
    }));
    interrupter->start();
    SearchPage stopped;
    bool interrupted = false;
    // The interrupt may miss a statement that ends between two of its calls; it cannot miss many in a row.
    for (int attempt = 0; attempt < 50 && !interrupted; ++attempt) {
        stopped = index.page(prefix);
        interrupted = !index.lastError().isEmpty();
    }
    done = true;
    interrupter->wait();
    CHECK(interrupted);
    CHECK(stopped.hits.isEmpty());

    // An interrupt asked for while nothing runs does not linger into the next statement.
    database.interruptIfStopped();
    stop = false;
    const SearchPage next = index.page(prefix);
    CHECK(index.lastError().isEmpty());
    CHECK(next.hits.size() == 1);
    CHECK(next.more);
}

TEST_CASE("A page stopped part-way through its hits delivers none of them")
{
    test::TestStore fixture;
    fillWithPrefixedWords(fixture, 6000);
    Database database(fixture.location().databasePath);
    QString error;
    REQUIRE(database.openAlongside(Database::Access::ReadOnly, &error));
    // SQLite asks every few thousand steps; the third time, many hits (with their snippets) have been read.
    int asked = 0;
    database.interruptWhen([&asked] { return ++asked > 3; });
    const SearchIndex index(&database);
    const SearchPage page =
        index.page({QStringLiteral("common"), SessionStatus::Active, 6000, 0, SearchOrder::Newest, false});
    CHECK(asked > 3);
    CHECK_FALSE(index.lastError().isEmpty());
    CHECK(page.hits.isEmpty());
    CHECK_FALSE(page.more);

    asked = 0;
    CHECK(index.matchingSessions(QStringLiteral("common"), SessionStatus::Active).isEmpty());
    CHECK_FALSE(index.lastError().isEmpty());
}

TEST_CASE(
    "Letters typed one after another, each stopping the one before, end in the last one's whole results")
{
    test::TestStore fixture;
    const qint64 chat = fillWithPrefixedWords(fixture, 20000);
    const SearchQuery last{QStringLiteral("common word1999"), SessionStatus::Active, 50, 0,
                           SearchOrder::Newest};
    const SearchPage expected = fixture->search().page(last);
    REQUIRE(expected.hits.size() == 11); // word1999 and word19990 … word19999

    BackgroundSearch search(fixture.location().databasePath);
    QList<SearchResult> delivered;
    QObject::connect(&search, &BackgroundSearch::finished,
                     [&](const SearchResult &result) { delivered << result; });
    QList<QPair<QString, QList<qint64>>> sessionsFound;
    QObject::connect(&search, &BackgroundSearch::sessionsFound,
                     [&](const SearchQuery &query, const QList<qint64> &sessions) {
                         sessionsFound.append({query.text, sessions});
                     });
    // Each keystroke's prefix merges thousands of words' lists; the next one comes while it runs, or just
    // before or after, as a typist's would.
    const QString typed = last.text;
    for (qsizetype length = 1; length < typed.size(); ++length) {
        search.start({typed.left(length), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
        test::spinFor(int(length % 4));
    }
    // What came while an earlier text was the latest was right for it; from here on only the last may come.
    delivered.clear();
    sessionsFound.clear();
    search.start(last, true);
    REQUIRE(test::waitUntil([&] { return !sessionsFound.isEmpty(); }, 60000));
    test::spinFor(100);
    REQUIRE_FALSE(delivered.isEmpty());
    for (const SearchResult &result : std::as_const(delivered)) {
        CHECK(result.query.text == last.text);
        CHECK(result.error.isEmpty());
    }
    CHECK(delivered.last().complete);
    CHECK(messageIds(delivered.last().page) == messageIds(expected));
    CHECK(sessionsFound == QList<QPair<QString, QList<qint64>>>{{last.text, {chat}}});
}

#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "store/BackgroundSearch.h"
#include "store/Sql.h"

#include <QElapsedTimer>

using namespace confab;

namespace {

QList<qint64> messageIds(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &hit : hits) {
        if (hit.messageId > 0)
            ids << hit.messageId;
    }
    return ids;
}

} // namespace

TEST_CASE("Search lists the newest matches first and pages through the rest on demand")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Notes"));
    QList<qint64> newestFirst;
    for (int i = 0; i < 25; ++i)
        newestFirst.prepend(
            fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("the weather on day %1").arg(i))
                .id);
    fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("nothing to see"));

    SearchQuery query{QStringLiteral("weather"), SessionStatus::Active, 10, 0, SearchOrder::Newest};
    const SearchPage first = fixture->search().page(query);
    CHECK(messageIds(first.hits) == newestFirst.mid(0, 10));
    CHECK(first.more);
    query.offset = 10;
    CHECK(messageIds(fixture->search().page(query).hits) == newestFirst.mid(10, 10));
    query.offset = 20;
    const SearchPage last = fixture->search().page(query);
    CHECK(messageIds(last.hits) == newestFirst.mid(20));
    CHECK_FALSE(last.more);
}

TEST_CASE("Best-match order ranks only the newest candidates, so its cost is bounded too")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Baking"));
    const Message old =
        fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("bread bread bread bread"));
    const Message once =
        fixture.addMessage(chat.id, MessageRole::User,
                           QStringLiteral("a long message that mentions bread only once, among "
                                          "many other words about flour and water"));
    const Message often =
        fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("bread and more bread"));

    SearchQuery query{QStringLiteral("bread"), SessionStatus::Active, 10, 0, SearchOrder::Relevance};
    CHECK(messageIds(fixture->search().page(query).hits) == QList<qint64>{old.id, often.id, once.id});
    query.order = SearchOrder::Newest;
    CHECK(messageIds(fixture->search().page(query).hits) == QList<qint64>{often.id, once.id, old.id});

    for (int i = 0; i < SearchIndex::RankedCandidates; ++i)
        fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("bread %1").arg(i));
    query.order = SearchOrder::Relevance;
    query.limit = SearchIndex::RankedCandidates + 10;
    const QList<qint64> ranked = messageIds(fixture->search().page(query).hits);
    CHECK(ranked.size() == SearchIndex::RankedCandidates);
    CHECK_FALSE(ranked.contains(old.id));
}

TEST_CASE("The sidebar's session filter is bounded and takes the most recently matching sessions")
{
    test::TestStore fixture;
    QList<qint64> sessions;
    for (int i = 0; i < 6; ++i) {
        const Session session = fixture.newSession(QStringLiteral("Chat %1").arg(i));
        fixture.addMessage(session.id, MessageRole::User, QStringLiteral("tea time"));
        sessions.prepend(session.id);
    }
    const Session titled = fixture.newSession(QStringLiteral("Tea party"));
    CHECK(fixture->search().matchingSessions(QStringLiteral("tea"), SessionStatus::Active, 3) ==
          QList<qint64>{titled.id, sessions.at(0), sessions.at(1)});
    CHECK(fixture->search().matchingSessions(QStringLiteral("tea"), SessionStatus::Active).size() == 7);
}

TEST_CASE("A background search delivers only the latest query's results, and a newer one cancels the old")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Garden"));
    const Message tomato = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("tomato plants"));
    const Message basil = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("basil leaves"));

    BackgroundSearch search(fixture.location().databasePath);
    QList<SearchResult> delivered;
    QObject::connect(&search, &BackgroundSearch::finished,
                     [&](const SearchResult &result) { delivered << result; });
    QList<QPair<QString, QList<qint64>>> sessionsFound;
    QObject::connect(&search, &BackgroundSearch::sessionsFound,
                     [&](const SearchQuery &query, const QList<qint64> &sessions) {
                         sessionsFound.append({query.text, sessions});
                     });
    // As if typed quickly: each keystroke supersedes the one before.
    search.start({QStringLiteral("tom"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
    search.start({QStringLiteral("tomato"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
    search.start({QStringLiteral("basil"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }));
    test::spinFor(100);
    // Whole-word hits may come first while the prefix search runs; nothing of the older queries arrives.
    for (const SearchResult &result : std::as_const(delivered))
        CHECK(result.query.text == QStringLiteral("basil"));
    CHECK(delivered.last().complete);
    CHECK(messageIds(delivered.last().page.hits) == QList<qint64>{basil.id});
    // The sessions with hits follow the page, for the latest query only.
    REQUIRE(test::waitUntil([&] { return !sessionsFound.isEmpty(); }));
    CHECK(sessionsFound == QList<QPair<QString, QList<qint64>>>{{QStringLiteral("basil"), {chat.id}}});

    // The worker's read-only connection sees what the main one writes after it opened.
    const Message later = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("more tomato"));
    delivered.clear();
    search.start({QStringLiteral("tomato"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, false);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }));
    CHECK(messageIds(delivered.last().page.hits) == QList<qint64>{later.id, tomato.id});

    delivered.clear();
    search.start({QStringLiteral("tomato"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, false);
    search.cancel();
    test::spinFor(200);
    CHECK(delivered.isEmpty());
}

TEST_CASE("A search made stale by a newer one is interrupted inside SQLite instead of running to its end")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Many"));
    QSqlDatabase db = fixture->database().connection();
    REQUIRE(db.transaction());
    for (int i = 0; i < 6000; ++i) {
        REQUIRE(
            sql::run(db,
                     QStringLiteral("INSERT INTO messages (session_id, role, content, content_type, status,"
                                    " created_at, metadata) VALUES (?, 'user', ?, 'text', 'completed', ?,"
                                    " '{}')"),
                     {chat.id, QStringLiteral("common word number %1").arg(i), i}));
    }
    REQUIRE(db.commit());
    BackgroundSearch search(fixture.location().databasePath);
    QList<SearchResult> delivered;
    QObject::connect(&search, &BackgroundSearch::finished,
                     [&](const SearchResult &result) { delivered << result; });
    // A page as long as the history: snippets for every hit make it slow on purpose.
    const SearchQuery slow{QStringLiteral("common"), SessionStatus::Active, 6000, 0, SearchOrder::Newest};
    // Timed warm: the first run also starts the worker's connection, which under Wine is most of it.
    search.start(slow, false);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }, 60000));
    delivered.clear();
    QElapsedTimer clock;
    clock.start();
    search.start(slow, false);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }, 60000));
    const qint64 slowMs = clock.elapsed();
    REQUIRE(delivered.last().page.hits.size() == 6000);

    delivered.clear();
    search.start(slow, false);
    test::spinFor(int(slowMs / 5));
    clock.restart();
    search.start({QStringLiteral("number 5999"), SessionStatus::Active, 5, 0, SearchOrder::Newest}, false);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }, 60000));
    INFO("slow query alone: " << slowMs << " ms");
    CHECK(clock.elapsed() < slowMs / 2);
    for (const SearchResult &result : std::as_const(delivered))
        CHECK(result.query.text == QStringLiteral("number 5999"));
}

TEST_CASE(
    "While the last word is still being typed, its whole-word hits come first and the prefix hits follow")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Garden"));
    const Message tom = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("ask tom about it"));
    const Message tomato = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("tomato plants"));

    BackgroundSearch search(fixture.location().databasePath);
    QList<SearchResult> delivered;
    QObject::connect(&search, &BackgroundSearch::finished,
                     [&](const SearchResult &result) { delivered << result; });
    search.start({QStringLiteral("tom"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }));
    REQUIRE(delivered.size() == 2);
    CHECK_FALSE(delivered.first().complete);
    CHECK(messageIds(delivered.first().page.hits) == QList<qint64>{tom.id});
    CHECK(messageIds(delivered.last().page.hits) == QList<qint64>{tomato.id, tom.id});

    // A prefix with no whole-word hits delivers once, when the prefix search is done.
    delivered.clear();
    search.start({QStringLiteral("toma"), SessionStatus::Active, 50, 0, SearchOrder::Newest}, true);
    REQUIRE(test::waitUntil([&] { return !delivered.isEmpty() && delivered.last().complete; }));
    test::spinFor(50);
    REQUIRE(delivered.size() == 1);
    CHECK(messageIds(delivered.first().page.hits) == QList<qint64>{tomato.id});
}

TEST_CASE("Whole-word search finds only the word unless the query ends in a star")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Garden"));
    const Message tom = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("ask tom about it"));
    const Message tomato = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("tomato plants"));
    const SearchIndex &index = fixture->search();
    CHECK(messageIds(
              index.page({QStringLiteral("tom"), SessionStatus::Active, 50, 0, SearchOrder::Newest, false})
                  .hits) == QList<qint64>{tom.id});
    CHECK(messageIds(
              index.page({QStringLiteral("tom*"), SessionStatus::Active, 50, 0, SearchOrder::Newest, false})
                  .hits) == QList<qint64>{tomato.id, tom.id});
}

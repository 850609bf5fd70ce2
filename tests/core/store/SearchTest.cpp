#include "TestStore.h"
#include "catch.h"

using namespace confab;

namespace {

QList<qint64> messageHits(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &hit : hits) {
        if (hit.messageId > 0)
            ids << hit.messageId;
    }
    return ids;
}

} // namespace

TEST_CASE("Search finds messages and titles, newest first, with the words highlighted")
{
    test::TestStore fixture;
    const Session cooking = fixture.newSession(QStringLiteral("Sourdough starter"));
    const Session travel = fixture.newSession(QStringLiteral("Trip to Lisbon"));
    const Message once = fixture.addMessage(travel.id, MessageRole::User,
                                            QStringLiteral("Where can I buy bread near the hotel?"));
    const Message often = fixture.addMessage(
        cooking.id, MessageRole::Assistant,
        QStringLiteral(
            "Bread needs time. Feed the starter, then bake the bread when the bread dough doubles."));

    const QList<SearchHit> hits = fixture->search().search(QStringLiteral("bread"));
    CHECK(messageHits(hits) == QList<qint64>{often.id, once.id});
    const SearchHit &best = hits.first();
    CHECK(best.sessionId == cooking.id);
    CHECK(best.sessionTitle == QStringLiteral("Sourdough starter"));
    CHECK(best.snippet.contains(SearchIndex::HighlightStart + QStringLiteral("Bread") +
                                SearchIndex::HighlightEnd));

    const QList<SearchHit> titles = fixture->search().search(QStringLiteral("lisbon"));
    REQUIRE(titles.size() == 1);
    CHECK(titles.first().messageId == 0);
    CHECK(titles.first().sessionId == travel.id);
    CHECK(titles.first().snippet.contains(SearchIndex::HighlightStart + QStringLiteral("Lisbon")));

    // The last word is matched as a prefix, as the user is still typing it.
    CHECK(messageHits(fixture->search().search(QStringLiteral("hot"))) == QList<qint64>{once.id});
    CHECK(fixture->search().search(QStringLiteral("hot ")).isEmpty());
}

TEST_CASE("Queries full of search syntax never fail and are taken as plain words")
{
    test::TestStore fixture;
    const Session session = fixture.newSession(QStringLiteral("Syntax"));
    const Message message =
        fixture.addMessage(session.id, MessageRole::User,
                           QStringLiteral("Use NEAR and NOT as words; C++ is a \"language\" (sort of)"));

    const QStringList hostile{
        QStringLiteral("\""),
        QStringLiteral("\"unbalanced"),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral("NEAR"),
        QStringLiteral("NEAR("),
        QStringLiteral("a AND"),
        QStringLiteral("OR OR"),
        QStringLiteral("NOT"),
        QStringLiteral("c++"),
        QStringLiteral("(sort"),
        QStringLiteral("col:umn"),
        QStringLiteral("^start"),
        QStringLiteral("{x y}"),
        QStringLiteral("'; DROP TABLE messages;--"),
        QStringLiteral("\"language"),
        QStringLiteral("\\"),
        QStringLiteral("   "),
    };
    for (const QString &query : hostile) {
        INFO(query.toStdString());
        fixture->search().search(query);
        CHECK(fixture->search().lastError().isEmpty());
    }
    CHECK(messageHits(fixture->search().search(QStringLiteral("NEAR"))) == QList<qint64>{message.id});
    CHECK(messageHits(fixture->search().search(QStringLiteral("\"language"))) == QList<qint64>{message.id});
    CHECK(messageHits(fixture->search().search(QStringLiteral("c++ sort"))) == QList<qint64>{message.id});
    CHECK(fixture->search().search(QStringLiteral("*")).isEmpty());
    CHECK(fixture->messages()->count(session.id) == 1);
}

TEST_CASE("The search index follows edits, renames, streaming and deletions")
{
    test::TestStore fixture;
    const Session session = fixture.newSession(QStringLiteral("Plain title"));
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    fixture->messages()->appendContent(answer.id, QStringLiteral("the aurora borealis"));
    fixture->messages()->finish(answer.id, {});
    CHECK(messageHits(fixture->search().search(QStringLiteral("borealis"))) == QList<qint64>{answer.id});

    fixture->sessions()->rename(session.id, QStringLiteral("Northern lights"));
    CHECK(fixture->search().search(QStringLiteral("plain")).isEmpty());
    CHECK(fixture->search().search(QStringLiteral("northern")).size() == 1);

    fixture->messages()->remove(answer.id);
    CHECK(fixture->search().search(QStringLiteral("borealis")).isEmpty());
}

TEST_CASE("Search looks only at sessions with the chosen status")
{
    test::TestStore fixture;
    const Session active = fixture.newSession(QStringLiteral("Active"));
    const Session binned = fixture.newSession(QStringLiteral("Binned"));
    fixture.addMessage(active.id, MessageRole::User, QStringLiteral("penguins"));
    fixture.addMessage(binned.id, MessageRole::User, QStringLiteral("penguins"));
    fixture->sessions()->trash(binned.id);

    CHECK(fixture->search().matchingSessions(QStringLiteral("penguin"), SessionStatus::Active) ==
          QList<qint64>{active.id});
    CHECK(fixture->search().matchingSessions(QStringLiteral("penguin"), SessionStatus::Deleted) ==
          QList<qint64>{binned.id});
    CHECK(fixture->search().sessionMatches(active.id, QStringLiteral("penguins")));
    CHECK_FALSE(fixture->search().sessionMatches(active.id, QStringLiteral("walrus")));
}

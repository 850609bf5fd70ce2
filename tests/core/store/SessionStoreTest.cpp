#include "TestStore.h"
#include "catch.h"

#include <QFileInfo>
#include <QSignalSpy>

using namespace confab;

TEST_CASE("A session is listed with the newest first and pinned ones on top")
{
    test::TestStore fixture;
    const Session first = fixture.newSession(QStringLiteral("First"));
    const Session second = fixture.newSession(QStringLiteral("Second"));
    const Session third = fixture.newSession(QStringLiteral("Third"));
    fixture.addMessage(first.id, MessageRole::User, QStringLiteral("bump"));
    fixture->sessions()->setPinned(third.id, true);

    QStringList titles;
    for (const Session &session : fixture->sessions()->list(SessionStatus::Active))
        titles << session.title;
    CHECK(titles == QStringList{QStringLiteral("Third"), QStringLiteral("First"), QStringLiteral("Second")});
    CHECK(second.status == SessionStatus::Active);
}

TEST_CASE("A session gets its title from the first prompt and can be renamed")
{
    test::TestStore fixture;
    const Session session = fixture->sessions()->create({}).value();
    fixture.addMessage(
        session.id, MessageRole::User,
        QStringLiteral("  What is the difference between a violin and a fiddle, really, if any at "
                       "all?\nAsking for a friend"));
    const QString title = fixture->sessions()->get(session.id)->title;
    CHECK(title.startsWith(QStringLiteral("What is the difference between a violin")));
    CHECK(title.size() <= 61);
    CHECK_FALSE(title.contains(QLatin1Char('\n')));

    fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Another question"));
    CHECK(fixture->sessions()->get(session.id)->title == title);

    QSignalSpy changed(fixture->sessions(), &SessionStore::sessionChanged);
    REQUIRE(fixture->sessions()->rename(session.id, QStringLiteral("  Violins  ")));
    CHECK(fixture->sessions()->get(session.id)->title == QStringLiteral("Violins"));
    CHECK(changed.count() == 1);
    CHECK_FALSE(fixture->sessions()->rename(9999, QStringLiteral("nobody")));
}

TEST_CASE("A session's type follows the answers it holds, not the prompts")
{
    test::TestStore fixture;
    const Session session = fixture->sessions()->create({}, SessionType::Text).value();
    NewMessage picture;
    picture.sessionId = session.id;
    picture.role = MessageRole::Assistant;
    picture.contentType = ContentType::Image;
    fixture->messages()->create(picture);
    CHECK(fixture->sessions()->get(session.id)->type == SessionType::Image);
    fixture.addMessage(session.id, MessageRole::User, QStringLiteral("describe it in words"));
    CHECK(fixture->sessions()->get(session.id)->type == SessionType::Image);
    fixture.addMessage(session.id, MessageRole::Assistant, QStringLiteral("A violin on a chair."));
    CHECK(fixture->sessions()->get(session.id)->type == SessionType::Mixed);
}

TEST_CASE("Archived and trashed sessions leave the active list and can be restored")
{
    test::TestStore fixture;
    const Session kept = fixture.newSession(QStringLiteral("Kept"));
    const Session old = fixture.newSession(QStringLiteral("Old"));
    const Session binned = fixture.newSession(QStringLiteral("Binned"));
    REQUIRE(fixture->sessions()->archive(old.id));
    REQUIRE(fixture->sessions()->trash(binned.id));

    CHECK(fixture->sessions()->count(SessionStatus::Active) == 1);
    CHECK(fixture->sessions()->list(SessionStatus::Archived).first().id == old.id);
    CHECK(fixture->sessions()->list(SessionStatus::Deleted).first().id == binned.id);

    REQUIRE(fixture->sessions()->restore(binned.id));
    CHECK(fixture->sessions()->count(SessionStatus::Active) == 2);
    CHECK(fixture->sessions()->get(kept.id)->status == SessionStatus::Active);
}

TEST_CASE("Purging a session deletes its messages and the images nothing else uses")
{
    test::TestStore fixture;
    const StoredImage shared = fixture->images()->store(test::imageBytes(Qt::red));
    const StoredImage own = fixture->images()->store(test::imageBytes(Qt::blue));
    REQUIRE(shared.ok());
    REQUIRE(own.ok());
    const auto attach = [&](qint64 sessionId, QList<StoredImage> images) {
        NewMessage message;
        message.sessionId = sessionId;
        message.role = MessageRole::Assistant;
        message.contentType = ContentType::Image;
        int position = 0;
        for (const StoredImage &image : images)
            message.images << MessageImage{image.hash,   ImageRole::Output, image.width,
                                           image.height, image.mime,        position++};
        return fixture->messages()->create(message).value();
    };
    const Session doomed = fixture.newSession(QStringLiteral("Doomed"));
    const Session other = fixture.newSession(QStringLiteral("Other"));
    const Message doomedMessage = attach(doomed.id, {shared, own});
    attach(other.id, {shared});

    QSignalSpy removed(fixture->sessions(), &SessionStore::sessionRemoved);
    REQUIRE(fixture->sessions()->trash(doomed.id));
    CHECK(fixture->sessions()->emptyTrash() == 1);
    CHECK(removed.count() == 1);
    CHECK_FALSE(fixture->sessions()->get(doomed.id).has_value());
    CHECK_FALSE(fixture->messages()->get(doomedMessage.id).has_value());
    CHECK(fixture->images()->contains(shared.hash));
    CHECK_FALSE(fixture->images()->contains(own.hash));
    CHECK_FALSE(QFileInfo::exists(fixture->images()->pathFor(own.hash)));
}

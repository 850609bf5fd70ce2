#include "RawDatabase.h"
#include "TestStore.h"
#include "Wait.h"
#include "catch.h"

#include <QSignalSpy>

using namespace confab;

namespace {

QString contentOnDisk(test::TestStore &fixture, qint64 id)
{
    test::RawDatabase raw(fixture.location().databasePath);
    return raw.scalar(QStringLiteral("SELECT content FROM messages WHERE id = ?"), {id}).toString();
}

QString statusOnDisk(test::TestStore &fixture, qint64 id)
{
    test::RawDatabase raw(fixture.location().databasePath);
    return raw.scalar(QStringLiteral("SELECT status FROM messages WHERE id = ?"), {id}).toString();
}

} // namespace

TEST_CASE("Each streamed token shows at once while the disk is written in batches")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    MessageStore *messages = fixture->messages();
    QSignalSpy changed(messages, &MessageStore::messageChanged);

    REQUIRE(messages->beginStreaming(answer.id));
    CHECK(statusOnDisk(fixture, answer.id) == QStringLiteral("processing"));
    for (const auto &token : {"The", " quick", " brown", " fox"})
        REQUIRE(messages->appendContent(answer.id, QString::fromLatin1(token)));

    CHECK(changed.count() == 5);
    CHECK(messages->get(answer.id)->content == QStringLiteral("The quick brown fox"));
    CHECK(messages->isStreaming(answer.id));
    // Nothing has been written per token: the batch is still waiting for its timer.
    CHECK(contentOnDisk(fixture, answer.id).isEmpty());

    CHECK(test::waitUntil(
        [&] { return contentOnDisk(fixture, answer.id) == QStringLiteral("The quick brown fox"); }));
    CHECK(statusOnDisk(fixture, answer.id) == QStringLiteral("processing"));
}

TEST_CASE("Finishing an answer writes its text, status and metadata straight away")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    MessageStore *messages = fixture->messages();
    messages->setFlushInterval(60'000);
    messages->appendContent(answer.id, QStringLiteral("Forty-two."));

    MessageMetadata metadata;
    metadata.model = QStringLiteral("anthropic/claude-3.5-sonnet");
    metadata.generationMs = 1234;
    metadata.promptTokens = 10;
    metadata.completionTokens = 3;
    metadata.costUsd = 0.00042;
    metadata.finishReason = QStringLiteral("stop");
    QSignalSpy changed(messages, &MessageStore::messageChanged);
    REQUIRE(messages->finish(answer.id, metadata));

    CHECK_FALSE(messages->isStreaming(answer.id));
    CHECK(changed.count() == 1);
    CHECK(contentOnDisk(fixture, answer.id) == QStringLiteral("Forty-two."));
    CHECK(statusOnDisk(fixture, answer.id) == QStringLiteral("completed"));
    fixture.reopen();
    const Message stored = fixture->messages()->get(answer.id).value();
    CHECK(stored.metadata == metadata);
    CHECK(stored.status == MessageStatus::Completed);
}

TEST_CASE("A stopped answer keeps its partial text and says it was stopped")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    fixture->messages()->setFlushInterval(60'000);
    fixture->messages()->appendContent(answer.id, QStringLiteral("It was a dark and"));
    REQUIRE(fixture->messages()->stop(answer.id));

    fixture.reopen();
    const Message stopped = fixture->messages()->get(answer.id).value();
    CHECK(stopped.status == MessageStatus::Stopped);
    CHECK(stopped.metadata.error.isEmpty());
    CHECK(stopped.content == QStringLiteral("It was a dark and"));
}

TEST_CASE("Retry empties a failed answer and sets it pending again")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    fixture->messages()->appendContent(answer.id, QStringLiteral("partial"));
    fixture->messages()->fail(answer.id, QStringLiteral("HTTP 502 from the provider"));
    CHECK(fixture->messages()->get(answer.id)->metadata.error ==
          QStringLiteral("HTTP 502 from the provider"));

    REQUIRE(fixture->messages()->resetForRetry(answer.id));
    const Message again = fixture->messages()->get(answer.id).value();
    CHECK(again.status == MessageStatus::Pending);
    CHECK(again.content.isEmpty());
    CHECK(again.metadata.error.isEmpty());
}

TEST_CASE("A finished answer does not take more tokens until it is reset for a retry")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, QStringLiteral("Done."));
    CHECK_FALSE(fixture->messages()->appendContent(answer.id, QStringLiteral(" more")));
    CHECK(fixture->messages()->get(answer.id)->content == QStringLiteral("Done."));
    REQUIRE(fixture->messages()->resetForRetry(answer.id));
    CHECK(fixture->messages()->appendContent(answer.id, QStringLiteral("Again")));
    CHECK(fixture->messages()->get(answer.id)->content == QStringLiteral("Again"));
}

TEST_CASE("Queue progress of an image job shows live and is cleared when it ends")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);
    REQUIRE(fixture->messages()->setProgress(answer.id, QStringLiteral("in queue, position 3")));
    CHECK(fixture->messages()->get(answer.id)->metadata.progress == QStringLiteral("in queue, position 3"));
    REQUIRE(fixture->messages()->finish(answer.id, {}));
    CHECK(fixture->messages()->get(answer.id)->metadata.progress.isEmpty());
}

TEST_CASE("Messages come back a page at a time, oldest first within the page")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Session other = fixture.newSession(QStringLiteral("Other"));
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i) {
        ids << fixture.addMessage(session.id, MessageRole::User, QString::number(i)).id;
        fixture.addMessage(other.id, MessageRole::User, QStringLiteral("noise"));
    }
    const QList<Message> newest = fixture->messages()->page(session.id, 0, 10);
    REQUIRE(newest.size() == 10);
    CHECK(newest.first().content == QStringLiteral("15"));
    CHECK(newest.last().content == QStringLiteral("24"));
    CHECK(fixture->messages()->hasOlder(session.id, newest.first().id));

    const QList<Message> oldest = fixture->messages()->page(session.id, ids.at(5), 10);
    REQUIRE(oldest.size() == 5);
    CHECK(oldest.first().id == ids.first());
    CHECK_FALSE(fixture->messages()->hasOlder(session.id, oldest.first().id));
    CHECK(fixture->messages()->count(session.id) == 25);
}

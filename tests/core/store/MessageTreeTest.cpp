#include "store/MessageTree.h"

#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace confab;
using confab::test::RawDatabase;

namespace {

QStringList contents(const QList<Message> &messages)
{
    QStringList texts;
    for (const Message &message : messages)
        texts << message.content;
    return texts;
}

Message addAfter(test::TestStore &fixture, qint64 sessionId, qint64 parentId, MessageRole role,
                 const QString &content)
{
    NewMessage message;
    message.sessionId = sessionId;
    message.parentId = parentId;
    message.role = role;
    message.content = content;
    return fixture->messages()->create(message).value();
}

// A chat of two exchanges whose second question was edited: "Which bread?" is the newer version beside
// "Which wine?".
struct EditedChat
{
    explicit EditedChat(test::TestStore &fixture)
        : session(fixture.newSession())
    {
        question1 = fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Dinner ideas?"));
        answer1 = fixture.addMessage(session.id, MessageRole::Assistant, QStringLiteral("Risotto."));
        question2 = fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Which wine?"));
        answer2 = fixture.addMessage(session.id, MessageRole::Assistant, QStringLiteral("A Barolo."));
        edited = addAfter(fixture, session.id, answer1.id, MessageRole::User, QStringLiteral("Which bread?"));
        editedAnswer =
            addAfter(fixture, session.id, edited.id, MessageRole::Assistant, QStringLiteral("Focaccia."));
    }

    Session session;
    Message question1, answer1, question2, answer2, edited, editedAnswer;
};

} // namespace

TEST_CASE("Messages chain one after the other, and a new version of a question becomes the branch shown")
{
    test::TestStore fixture;
    MessageStore *messages = fixture->messages();
    QSignalSpy branchChanged(messages, &MessageStore::branchChanged);
    const EditedChat chat(fixture);

    CHECK(chat.answer1.parentId == chat.question1.id);
    CHECK(chat.question2.parentId == chat.answer1.id);
    CHECK(chat.question1.parentId == 0);
    CHECK(branchChanged.count() == 1);
    CHECK(contents(messages->page(chat.session.id, 0, 10)) ==
          QStringList{"Dinner ideas?", "Risotto.", "Which bread?", "Focaccia."});

    const QList<Message> shown = messages->page(chat.session.id, 0, 10);
    CHECK(shown.at(2).branchIndex == 1);
    CHECK(shown.at(2).branchCount == 2);
    CHECK(shown.at(3).branchCount == 1);
    CHECK(messages->versions(chat.edited.id) == QList<qint64>{chat.question2.id, chat.edited.id});
    CHECK(messages->count(chat.session.id) == 6);
    CHECK(messages->pageAfter(chat.session.id, 0, 10).size() == 6);
}

TEST_CASE("Flipping to the older version brings back the whole branch below it")
{
    test::TestStore fixture;
    MessageStore *messages = fixture->messages();
    const EditedChat chat(fixture);
    QSignalSpy branchChanged(messages, &MessageStore::branchChanged);

    REQUIRE(messages->selectBranch(chat.question2.id));
    CHECK(branchChanged.count() == 1);
    const QList<Message> shown = messages->page(chat.session.id, 0, 10);
    CHECK(contents(shown) == QStringList{"Dinner ideas?", "Risotto.", "Which wine?", "A Barolo."});
    CHECK(shown.at(2).branchIndex == 0);

    // The choice is stored: a restart shows the same branch, and new messages continue it.
    fixture.reopen();
    fixture.addMessage(chat.session.id, MessageRole::User, QStringLiteral("And dessert?"));
    CHECK(contents(fixture->messages()->page(chat.session.id, 0, 10)) ==
          QStringList{"Dinner ideas?", "Risotto.", "Which wine?", "A Barolo.", "And dessert?"});
}

TEST_CASE("Pages of a long branch walk up its ancestors, whatever the other branches hold")
{
    test::TestStore fixture;
    MessageStore *messages = fixture->messages();
    const Session session = fixture.newSession();
    QList<qint64> branch;
    for (int i = 0; i < 30; ++i)
        branch << fixture
                      .addMessage(session.id, i % 2 ? MessageRole::Assistant : MessageRole::User,
                                  QStringLiteral("message %1").arg(i))
                      .id;
    // A side branch off message 9 that is not shown.
    const Message side =
        addAfter(fixture, session.id, branch.at(9), MessageRole::User, QStringLiteral("side"));
    REQUIRE(messages->selectBranch(branch.at(10)));

    const QList<Message> newest = messages->page(session.id, 0, 12);
    REQUIRE(newest.size() == 12);
    CHECK(newest.first().content == QStringLiteral("message 18"));
    CHECK(newest.last().content == QStringLiteral("message 29"));
    const QList<Message> older = messages->page(session.id, newest.first().id, 12);
    CHECK(older.first().content == QStringLiteral("message 6"));
    CHECK(older.last().content == QStringLiteral("message 17"));
    CHECK(messages->hasOlder(session.id, older.first().id));
    CHECK_FALSE(messages->hasOlder(session.id, branch.first()));
    // The context of a message on the hidden branch is that branch's own ancestors.
    CHECK(contents(messages->page(session.id, side.id, 3)) ==
          QStringList{"message 7", "message 8", "message 9"});
}

TEST_CASE("Deleting a message moves its replies up, and undo puts everything back")
{
    test::TestStore fixture;
    MessageStore *messages = fixture->messages();
    const EditedChat chat(fixture);
    Generation call;
    call.messageId = chat.edited.id;
    call.model = QStringLiteral("openai/gpt-4o-mini");
    const qint64 generation = fixture->generations()->start(call).value();

    const auto removed = messages->detach(chat.edited.id);
    REQUIRE(removed);
    CHECK_FALSE(messages->get(chat.edited.id).has_value());
    // The answer to the deleted question stays on screen in its place.
    CHECK(contents(messages->page(chat.session.id, 0, 10)) ==
          QStringList{"Dinner ideas?", "Risotto.", "Focaccia."});
    CHECK(messages->versions(chat.editedAnswer.id).size() == 2);

    REQUIRE(messages->restore(*removed));
    const QList<Message> back = messages->page(chat.session.id, 0, 10);
    CHECK(contents(back) == QStringList{"Dinner ideas?", "Risotto.", "Which bread?", "Focaccia."});
    CHECK(back.at(2).id == chat.edited.id);
    CHECK(back.at(2).branchIndex == 1);
    CHECK(messages->versions(chat.editedAnswer.id).size() == 1);
    CHECK(fixture->generations()->get(generation)->messageId == chat.edited.id);
}

TEST_CASE("Deleting the shown version of an answer without replies shows its sibling")
{
    test::TestStore fixture;
    MessageStore *messages = fixture->messages();
    const Session session = fixture.newSession();
    const Message question =
        fixture.addMessage(session.id, MessageRole::User, QStringLiteral("Name a colour"));
    fixture.addMessage(session.id, MessageRole::Assistant, QStringLiteral("Blue"));
    const Message second =
        addAfter(fixture, session.id, question.id, MessageRole::Assistant, QStringLiteral("Red"));

    REQUIRE(messages->remove(second.id));
    CHECK(contents(messages->page(session.id, 0, 10)) == QStringList{"Name a colour", "Blue"});
    CHECK(messages->page(session.id, 0, 10).last().branchCount == 1);
}

TEST_CASE("Upgrading a linear history makes each message the reply to the one before it")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 2);
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("INSERT INTO chat_sessions (id, title, created_at, updated_at)"
                                " VALUES (1, 'Soup', 1, 1), (2, 'Bread', 1, 1)"));
        // Two sessions written interleaved, as two chats answering at once would.
        raw.exec(QStringLiteral(
            "INSERT INTO messages (id, session_id, role, content, status, created_at) VALUES"
            " (1, 1, 'user', 'Soup?', 'completed', 1), (2, 2, 'user', 'Bread?', 'completed', 2),"
            " (3, 1, 'assistant', 'Minestrone.', 'completed', 3), (4, 2, 'assistant', 'Rye.', 'completed', "
            "4),"
            " (5, 1, 'user', 'Vegan?', 'completed', 5)"));
    }

    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
    CHECK(result.toVersion == currentSchemaVersion());
    CHECK(QFileInfo::exists(result.backupPath));
    CHECK(store.messages()->get(5)->parentId == 3);
    CHECK(store.messages()->get(3)->parentId == 1);
    CHECK(store.messages()->get(4)->parentId == 2);
    CHECK(store.messages()->get(1)->parentId == 0);
    CHECK(contents(store.messages()->page(1, 0, 10)) == QStringList{"Soup?", "Minestrone.", "Vegan?"});
    CHECK(contents(store.messages()->page(2, 0, 10)) == QStringList{"Bread?", "Rye."});

    // Sessions gain parameters that are unset (not sent) until the user sets them.
    const Session soup = store.sessions()->get(1).value();
    CHECK_FALSE(soup.temperature.has_value());
    CHECK_FALSE(soup.topP.has_value());
    CHECK_FALSE(soup.maxTokens.has_value());
}

TEST_CASE("A chat whose reply was stored before its question (as sync can) still opens at its last message")
{
    test::TestStore fixture;
    const Session chat = fixture.newSession(QStringLiteral("Synced"));
    const Message first = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("first question"));
    const Message answer = fixture.addMessage(chat.id, MessageRole::Assistant, QStringLiteral("late answer"));
    const Message question =
        fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("second question"));
    // The answer belongs to the second question, which arrived (and was stored) after it.
    QSqlDatabase db = fixture->database().connection();
    QString error;
    REQUIRE(messagetree::setParent(db, question.id, first.id, &error));
    REQUIRE(messagetree::setParent(db, answer.id, question.id, &error));
    CHECK(messagetree::visibleLeaf(db, chat.id, &error) == answer.id);
    QStringList shown;
    for (const Message &message : fixture->messages()->page(chat.id, 0, 10))
        shown << message.content;
    CHECK(shown == QStringList{QStringLiteral("first question"), QStringLiteral("second question"),
                               QStringLiteral("late answer")});
}

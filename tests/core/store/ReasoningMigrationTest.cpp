#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace confab;
using confab::test::RawDatabase;

namespace {

// The last schema without reasoning: pinned sessions, generations and search, but no reasoning columns.
constexpr int VersionBeforeReasoning = 2;

void fillVersion2(const QString &path)
{
    RawDatabase raw(path);
    raw.exec(
        QStringLiteral("INSERT INTO chat_sessions (id, title, type, status, created_at, updated_at, model,"
                       " system_prompt, pinned) VALUES (1, 'Riddles', 'text', 'active', 1000, 2000,"
                       " 'deepseek/deepseek-r1', '', 1)"));
    raw.exec(
        QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
                       " VALUES (1, 1, 'user', 'What has keys but no locks?', 'completed', 1100, '{}')"));
    raw.exec(
        QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
                       " VALUES (2, 1, 'assistant', 'A piano.', 'completed', 1200,"
                       " '{\"model\":\"deepseek/deepseek-r1\",\"completion_tokens\":80}')"));
    raw.exec(QStringLiteral("INSERT INTO generations (message_id, kind, provider, model, started_at, status)"
                            " VALUES (2, 'chat', 'openrouter', 'deepseek/deepseek-r1', 1150, 'succeeded')"));
}

} // namespace

TEST_CASE("A version 2 history gains reasoning columns and a per-chat effort, with a backup and rows intact")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, VersionBeforeReasoning);
    fillVersion2(path);

    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
    CHECK(result.fromVersion == VersionBeforeReasoning);
    CHECK(result.toVersion == currentSchemaVersion());
    REQUIRE(QFileInfo::exists(result.backupPath));
    {
        RawDatabase backup(result.backupPath);
        CHECK(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt() == VersionBeforeReasoning);
        CHECK(backup.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt() == 2);
    }

    const Session riddles = store.sessions()->get(1).value();
    CHECK(riddles.title == QStringLiteral("Riddles"));
    CHECK(riddles.pinned);
    CHECK(riddles.reasoningEffort.isEmpty());
    const Message piano = store.messages()->get(2).value();
    CHECK(piano.content == QStringLiteral("A piano."));
    CHECK(piano.metadata.completionTokens == 80);
    CHECK(piano.reasoning.isEmpty());
    CHECK(piano.reasoningDetails.isEmpty());
    CHECK(store.generations()->forMessage(2).size() == 1);
    CHECK(store.search().search(QStringLiteral("piano")).size() == 1);

    // The new columns take what the app writes into them.
    CHECK(store.sessions()->setReasoningEffort(1, QStringLiteral("low")));
    CHECK(store.sessions()->get(1)->reasoningEffort == QStringLiteral("low"));
    NewMessage thought;
    thought.sessionId = 1;
    thought.role = MessageRole::Assistant;
    thought.content = QStringLiteral("A keyboard.");
    thought.reasoning = QStringLiteral("Keys: a piano or a keyboard.");
    thought.reasoningDetails = {QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.encrypted")},
                                            {QStringLiteral("data"), QStringLiteral("xyz")},
                                            {QStringLiteral("index"), 0}}};
    const qint64 id = store.messages()->create(thought)->id;
    CHECK(store.messages()->get(id)->reasoningDetails == thought.reasoningDetails);
}

TEST_CASE("Streamed reasoning is batched like the answer text and written with the next flush")
{
    test::TestStore fixture;
    fixture->messages()->setFlushInterval(60'000);
    const Session chat = fixture.newSession();
    const Message answer =
        fixture.addMessage(chat.id, MessageRole::Assistant, QString(), MessageStatus::Pending);
    REQUIRE(fixture->messages()->appendReasoning(answer.id, QStringLiteral("First, ")));
    REQUIRE(fixture->messages()->appendReasoning(answer.id, QStringLiteral("the keys.")));
    const auto onDisk = [&] {
        RawDatabase raw(fixture.location().databasePath);
        return raw.scalar(QStringLiteral("SELECT reasoning FROM messages WHERE id = ?"), {answer.id})
            .toString();
    };
    CHECK(onDisk().isEmpty());
    CHECK(fixture->messages()->get(answer.id)->reasoning == QStringLiteral("First, the keys."));
    REQUIRE(fixture->messages()->flush());
    CHECK(onDisk() == QStringLiteral("First, the keys."));

    CHECK(fixture.reopen().isOpen());
    const Message reopened = fixture->messages()->get(answer.id).value();
    CHECK(reopened.reasoning == QStringLiteral("First, the keys."));
}

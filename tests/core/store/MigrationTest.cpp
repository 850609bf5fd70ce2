#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace confab;
using confab::test::RawDatabase;

namespace {

// Rows every schema version can hold: two sessions, an answer with an image, one still streaming.
void fillPastVersion(const QString &path)
{
    RawDatabase raw(path);
    raw.exec(
        QStringLiteral("INSERT INTO chat_sessions (id, title, type, status, created_at, updated_at, model,"
                       " system_prompt) VALUES (1, 'Pasta recipes', 'text', 'active', 1000, 2000,"
                       " 'openai/gpt-4o', 'Be brief')"));
    raw.exec(QStringLiteral("INSERT INTO chat_sessions (id, title, type, status, created_at, updated_at)"
                            " VALUES (2, 'Old drawings', 'image', 'archived', 1500, 1600)"));
    raw.exec(
        QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
                       " VALUES (1, 1, 'user', 'How long do I boil tagliatelle?', 'completed', 1100, '{}')"));
    raw.exec(
        QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
                       " VALUES (2, 1, 'assistant', 'About four minutes when fresh.', 'completed', 1200,"
                       " '{\"model\":\"openai/gpt-4o\",\"completion_tokens\":9}')"));
    raw.exec(QStringLiteral("INSERT INTO messages (id, session_id, role, content, content_type, status,"
                            " created_at) VALUES (3, 2, 'assistant', '', 'image', 'completed', 1550)"));
    raw.exec(QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at)"
                            " VALUES (4, 1, 'assistant', 'Half an ans', 'processing', 1300)"));
    raw.exec(
        QStringLiteral("INSERT INTO message_images (message_id, hash, role, width, height, mime, position)"
                       " VALUES (3, 'aaaa', 'output', 64, 48, 'image/png', 0)"));
    // From the version with message branches on, each message names its parent as the app would have.
    if (raw.scalar(
               QStringLiteral("SELECT count(*) FROM pragma_table_info('messages') WHERE name = 'parent_id'"))
            .toInt() == 1) {
        raw.exec(QStringLiteral("UPDATE messages SET parent_id = (SELECT max(p.id) FROM messages p"
                                " WHERE p.session_id = messages.session_id AND p.id < messages.id)"));
    }
}

} // namespace

TEST_CASE("A history from every earlier version opens with all its rows intact")
{
    for (int version = 1; version < currentSchemaVersion(); ++version) {
        INFO("from version " << version);
        test::TestStore fixture;
        fixture->database().close();
        const QString path = fixture.location().databasePath;
        QFile::remove(path);
        test::createSchemaAt(path, version);
        fillPastVersion(path);

        Store store(fixture.location());
        const OpenResult result = store.open();
        REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
        CHECK(result.fromVersion == version);
        CHECK(result.toVersion == currentSchemaVersion());
        CHECK(result.message.contains(QStringLiteral("Upgraded")));

        const auto pasta = store.sessions()->get(1).value();
        CHECK(pasta.title == QStringLiteral("Pasta recipes"));
        CHECK(pasta.model == QStringLiteral("openai/gpt-4o"));
        CHECK(pasta.systemPrompt == QStringLiteral("Be brief"));
        CHECK(pasta.createdAt.toMSecsSinceEpoch() == 1000);
        CHECK_FALSE(pasta.pinned);
        CHECK(store.sessions()->get(2)->status == SessionStatus::Archived);

        const QList<Message> messages = store.messages()->page(1, 0, 10);
        REQUIRE(messages.size() == 3);
        CHECK(messages.at(1).content == QStringLiteral("About four minutes when fresh."));
        CHECK(messages.at(1).metadata.completionTokens == 9);
        const Message drawing = store.messages()->get(3).value();
        REQUIRE(drawing.images.size() == 1);
        CHECK(drawing.images.first().width == 64);
        CHECK(drawing.images.first().mime == QStringLiteral("image/png"));

        // Old rows become searchable and the newer tables work.
        const QList<SearchHit> hits = store.search().search(QStringLiteral("tagliatelle"));
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().messageId == 1);
        CHECK(store.generations()->start(Generation{}).has_value());
        CHECK(store.sessions()->setPinned(2, true));
    }
}

TEST_CASE("The answer that was streaming in an old history is marked interrupted after the upgrade")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 1);
    fillPastVersion(path);

    Store store(fixture.location());
    const OpenResult result = store.open();
    CHECK(result.interruptedMessages == 1);
    const Message cut = store.messages()->get(4).value();
    CHECK(cut.status == MessageStatus::Interrupted);
    CHECK(cut.metadata.error.isEmpty());
    CHECK(cut.content == QStringLiteral("Half an ans"));
}

TEST_CASE("A copy of the old history is written beside it before an upgrade, keeping the last three")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 1);
    fillPastVersion(path);
    const QByteArray oldDigest = [&] {
        RawDatabase raw(path);
        return raw.scalar(QStringLiteral("SELECT group_concat(content, '|') FROM messages"))
            .toString()
            .toUtf8();
    }();
    // Three backups from earlier upgrades already sit beside the file.
    for (const auto &stamp : {"20200101-000000-000", "20210101-000000-000", "20220101-000000-000"}) {
        QFile old(path + QStringLiteral(".backup-") + QLatin1String(stamp) + QStringLiteral("-v1"));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }

    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
    REQUIRE(QFileInfo::exists(result.backupPath));
    CHECK(QFileInfo(result.backupPath).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(result.message.contains(result.backupPath));

    const QStringList backups = store.database().backups();
    REQUIRE(backups.size() == Database::KeptBackups);
    CHECK(backups.last() == result.backupPath);
    CHECK_FALSE(backups.contains(path + QStringLiteral(".backup-20200101-000000-000-v1")));

    RawDatabase copy(result.backupPath);
    CHECK(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(
        copy.scalar(QStringLiteral("SELECT group_concat(content, '|') FROM messages")).toString().toUtf8() ==
        oldDigest);
}

TEST_CASE("A history written by a newer Confab is refused and left untouched")
{
    test::TestStore fixture;
    fixture->sessions()->create(QStringLiteral("From the future"));
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentSchemaVersion() + 5));
    }
    const auto digest = [&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();

    Store store(fixture.location());
    const OpenResult result = store.open();
    CHECK(result.outcome == OpenResult::Outcome::TooNew);
    CHECK_FALSE(store.isOpen());
    CHECK(result.message.contains(QStringLiteral("newer version of Confab")));
    CHECK(digest() == before);
    CHECK(store.database().backups().isEmpty());
}

TEST_CASE("A new history is created at the current version in WAL mode with foreign keys on")
{
    test::TestStore fixture;
    const QSqlDatabase db = fixture->database().connection();
    const auto pragma = [&](const QString &name) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA ") + name);
        query.next();
        return query.value(0);
    };
    CHECK(pragma(QStringLiteral("user_version")).toInt() == currentSchemaVersion());
    CHECK(pragma(QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(QStringLiteral("synchronous")).toInt() == 1);
    CHECK(pragma(QStringLiteral("busy_timeout")).toInt() > 0);

    const OpenResult again = fixture.reopen();
    CHECK(again.outcome == OpenResult::Outcome::Opened);
    CHECK(fixture->database().backups().isEmpty());
}

TEST_CASE("Stopped and interrupted answers of a version 2 history get their own status")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 2);
    fillPastVersion(path);
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral(
            "INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
            " VALUES (5, 1, 'assistant', 'Stopped half', 'failed', 1400,"
            " '{\"error\":\"stopped\",\"model\":\"m\"}')"));
        raw.exec(QStringLiteral(
            "INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
            " VALUES (6, 1, 'assistant', 'Cut off', 'failed', 1500, '{\"error\":\"interrupted\"}')"));
        raw.exec(QStringLiteral(
            "INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
            " VALUES (7, 1, 'assistant', '', 'failed', 1600, '{\"error\":\"Rate limited\"}')"));
    }

    Store store(fixture.location());
    REQUIRE(store.open().outcome == OpenResult::Outcome::Migrated);
    const Message stopped = store.messages()->get(5).value();
    CHECK(stopped.status == MessageStatus::Stopped);
    CHECK(stopped.metadata.error.isEmpty());
    CHECK(stopped.metadata.model == QStringLiteral("m"));
    CHECK(stopped.content == QStringLiteral("Stopped half"));
    CHECK(store.messages()->get(6)->status == MessageStatus::Interrupted);
    const Message failed = store.messages()->get(7).value();
    CHECK(failed.status == MessageStatus::Failed);
    CHECK(failed.metadata.error == QStringLiteral("Rate limited"));
}

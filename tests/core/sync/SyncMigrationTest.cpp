#include "store/SyncMigration.h"

#include "RawDatabase.h"
#include "SyncedDevice.h"
#include "catch.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace confab;

TEST_CASE("Sync migration: existing chats get global ids and the first round publishes the whole history")
{
    const int syncVersion = int(schemaMigrations().indexOf(syncJournalMigration())) + 1;
    REQUIRE(syncVersion > 1);
    QTemporaryDir dir;
    const StoreLocation location = StoreLocation::inFolder(dir.path());
    test::createSchemaAt(location.databasePath, syncVersion - 1);
    {
        test::RawDatabase raw(location.databasePath);
        raw.exec(QStringLiteral("INSERT INTO chat_sessions (id, title, created_at, updated_at)"
                                " VALUES (1, 'Before sync', 1000, 2000), (2, 'Also before', 1500, 1600)"));
        raw.exec(QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at,"
                                " parent_id) VALUES (1, 1, 'user', 'old question', 'completed', 1100, NULL),"
                                " (2, 1, 'assistant', 'old answer', 'completed', 1200, 1)"));
    }
    Store store(location);
    const OpenResult opened = store.open();
    REQUIRE(opened.outcome == OpenResult::Outcome::Migrated);
    CHECK(opened.toVersion == currentSchemaVersion());
    REQUIRE(QFileInfo::exists(opened.backupPath));
    CHECK(test::RawDatabase(opened.backupPath).scalar(QStringLiteral("PRAGMA user_version")).toInt() ==
          syncVersion - 1);
    {
        test::RawDatabase raw(location.databasePath);
        CHECK(raw.scalar(QStringLiteral(
                  "SELECT count(DISTINCT gid) FROM chat_sessions WHERE length(gid) = 32")) == 2);
        CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT gid) FROM messages WHERE length(gid) = 32")) ==
              2);
    }
    const Session added = store.sessions()->create(QStringLiteral("After sync")).value();
    CHECK(sql::scalar(store.database().connection(),
                      QStringLiteral("SELECT length(gid) FROM chat_sessions WHERE id = ?"), {added.id})
              .toInt() == 32);

    QTemporaryDir folder;
    SyncEngine engine(location.databasePath, location.imagesDir);
    const SyncReport report = engine.runRound(folder.path());
    CHECK(report.publishedRecords == 5);
    test::SyncedDevice desktop;
    desktop.sync(folder.path());
    CHECK(desktop->sessions()->count(SessionStatus::Active) == 3);
    const qint64 copy =
        desktop.sessionId(sql::scalar(store.database().connection(),
                                      QStringLiteral("SELECT gid FROM chat_sessions WHERE id = 1"))
                              .toString());
    const QList<Message> messages = desktop->messages()->page(copy, 0, 10);
    REQUIRE(messages.size() == 2);
    CHECK(messages.last().content == QStringLiteral("old answer"));
}

TEST_CASE("Deleted-parent migration: a deletion made after the upgrade carries the deleted message's parent")
{
    const int version = int(schemaMigrations().indexOf(deletedParentMigration())) + 1;
    REQUIRE(version > 1);
    QTemporaryDir dir;
    const StoreLocation location = StoreLocation::inFolder(dir.path());
    test::createSchemaAt(location.databasePath, version - 1);
    {
        test::RawDatabase raw(location.databasePath);
        raw.exec(QStringLiteral("INSERT INTO chat_sessions (id, title, created_at, updated_at)"
                                " VALUES (1, 'Before', 1000, 2000)"));
        raw.exec(QStringLiteral("INSERT INTO messages (id, session_id, role, content, status, created_at,"
                                " parent_id) VALUES (1, 1, 'user', 'question', 'completed', 1100, NULL),"
                                " (2, 1, 'assistant', 'answer', 'completed', 1200, 1)"));
        raw.exec(QStringLiteral(
            "INSERT INTO sync_tombstone (gid, kind, hlc) VALUES ('old', 'message-delete', '1')"));
    }
    Store store(location);
    const OpenResult opened = store.open();
    REQUIRE(opened.outcome == OpenResult::Outcome::Migrated);
    REQUIRE(QFileInfo::exists(opened.backupPath));
    CHECK(test::RawDatabase(opened.backupPath).scalar(QStringLiteral("PRAGMA user_version")).toInt() ==
          version - 1);
    const QSqlDatabase db = store.database().connection();
    CHECK(sql::scalar(db, QStringLiteral("SELECT parent_gid FROM sync_tombstone WHERE gid = 'old'"))
              .toString() == QString());
    const QString questionGid =
        sql::scalar(db, QStringLiteral("SELECT gid FROM messages WHERE id = 1")).toString();
    REQUIRE(store.messages()->remove(2));
    CHECK(sql::scalar(db, QStringLiteral("SELECT field FROM sync_outbox WHERE kind = 'message-delete'"))
              .toString() == questionGid);
}

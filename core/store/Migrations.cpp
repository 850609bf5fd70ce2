#include "store/Migrations.h"

#include "store/SyncMigration.h"

namespace confab {
namespace {

// Version 1: sessions, messages and their images.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE chat_sessions ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL DEFAULT 'text',"
                       " status TEXT NOT NULL DEFAULT 'active',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " model TEXT NOT NULL DEFAULT '',"
                       " system_prompt TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX idx_sessions_status_updated ON chat_sessions(status, updated_at)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " session_id INTEGER NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " content TEXT NOT NULL DEFAULT '',"
                       " content_type TEXT NOT NULL DEFAULT 'text',"
                       " status TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " metadata TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX idx_messages_session ON messages(session_id, id)"),
        // Crash recovery looks for these at every start; a partial index keeps that instant on a large store.
        QStringLiteral("CREATE INDEX idx_messages_unfinished ON messages(status)"
                       " WHERE status IN ('pending', 'processing')"),
        QStringLiteral("CREATE TABLE message_images ("
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " hash TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " width INTEGER NOT NULL DEFAULT 0,"
                       " height INTEGER NOT NULL DEFAULT 0,"
                       " mime TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (message_id, role, position))"),
        QStringLiteral("CREATE INDEX idx_message_images_hash ON message_images(hash)"),
    };
}

// Version 2: pinned sessions, the per-call generations log, and full-text search kept in sync by triggers.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE generations ("
                       " id INTEGER PRIMARY KEY,"
                       " message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " started_at INTEGER NOT NULL,"
                       " first_byte_ms INTEGER,"
                       " total_ms INTEGER,"
                       " prompt_tokens INTEGER,"
                       " completion_tokens INTEGER,"
                       " images INTEGER NOT NULL DEFAULT 0,"
                       " cost_usd REAL,"
                       " status TEXT NOT NULL,"
                       " error_code TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX idx_generations_started ON generations(started_at)"),
        QStringLiteral("CREATE INDEX idx_generations_model ON generations(model, started_at)"),
        QStringLiteral("CREATE INDEX idx_generations_message ON generations(message_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                       " content, content='messages', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE sessions_fts USING fts5("
                       " title, content='chat_sessions', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       " VALUES ('delete', old.id, old.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       " VALUES ('delete', old.id, old.content);"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("CREATE TRIGGER sessions_fts_insert AFTER INSERT ON chat_sessions BEGIN"
                       " INSERT INTO sessions_fts(rowid, title) VALUES (new.id, new.title); END"),
        QStringLiteral("CREATE TRIGGER sessions_fts_delete AFTER DELETE ON chat_sessions BEGIN"
                       " INSERT INTO sessions_fts(sessions_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title); END"),
        QStringLiteral("CREATE TRIGGER sessions_fts_update AFTER UPDATE OF title ON chat_sessions BEGIN"
                       " INSERT INTO sessions_fts(sessions_fts, rowid, title)"
                       " VALUES ('delete', old.id, old.title);"
                       " INSERT INTO sessions_fts(rowid, title) VALUES (new.id, new.title); END"),
        // Rows written under version 1 become searchable.
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO sessions_fts(sessions_fts) VALUES ('rebuild')"),
    };
}

// Version 3: stopped and interrupted become statuses of their own instead of `failed` with a magic error
// text.
QStringList version3()
{
    return {
        QStringLiteral(
            "UPDATE messages SET status = json_extract(metadata, '$.error'),"
            " metadata = json_remove(metadata, '$.error')"
            " WHERE status = 'failed' AND json_extract(metadata, '$.error') IN ('stopped', 'interrupted')"),
    };
}

// Version 4: an answer's reasoning (its readable text and the reasoning_details JSON that goes back to the
// model), and each chat's reasoning effort.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reasoning_details TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN reasoning_effort TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 5: messages form a tree, so an edited question or a regenerated answer is a new branch beside the
// old one; among the children of one parent exactly one is `selected`, and following the selected children
// from the selected root gives the branch on screen. A linear history becomes a chain. Sessions gain their
// own sampling parameters, NULL meaning "not sent".
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN parent_id INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN selected INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("UPDATE messages SET parent_id = (SELECT max(p.id) FROM messages p"
                       " WHERE p.session_id = messages.session_id AND p.id < messages.id)"),
        QStringLiteral("CREATE INDEX idx_messages_parent ON messages(session_id, parent_id, id)"),
        // The few versions not shown, so finding the end of the visible branch never walks the whole chat.
        QStringLiteral("CREATE INDEX idx_messages_unselected ON messages(session_id) WHERE selected = 0"),
        // The sidebar's order, so its first page is read from the index instead of sorting every chat.
        QStringLiteral(
            "CREATE INDEX idx_sessions_sidebar ON chat_sessions(status, pinned DESC, updated_at DESC,"
            " id DESC)"),
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN temperature REAL"),
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN top_p REAL"),
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN max_tokens INTEGER"),
    };
}

// Version 6: what sync needs (SyncMigration.cpp): global ids, the outbox, clocks, tombstones and the change
// feed.
QStringList version6()
{
    return syncJournalMigration();
}

// Version 7: documents attached to questions (PDFs, text and source files), kept once by hash in the
// document store like pictures; a message lists them in the order attached.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE message_documents ("
                       " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " hash TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " mime TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " pages INTEGER NOT NULL DEFAULT -1,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (message_id, position))"),
        QStringLiteral("CREATE INDEX idx_message_documents_hash ON message_documents(hash)"),
    };
}

// Version 8: a deleted message's parent travels with its deletion (SyncMigration).
QStringList version8()
{
    return deletedParentMigration();
}

// Version 9: each chat's PDF engine, how OpenRouter reads its PDFs for a model that cannot ("" leaves the
// choice to Confab). A merged session field, so it syncs like the others.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN pdf_engine TEXT NOT NULL DEFAULT ''"),
        sessionFieldTrigger(QLatin1String("pdf_engine")),
    };
}

} // namespace

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps{version1(), version2(), version3(), version4(), version5(),
                                          version6(), version7(), version8(), version9()};
    return steps;
}

int currentSchemaVersion()
{
    return int(schemaMigrations().size());
}

} // namespace confab

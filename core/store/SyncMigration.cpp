#include "store/SyncMigration.h"

#include "store/JournalKinds.h"
#include "store/MessageRecord.h"

namespace confab {
namespace {

QString newGid()
{
    return QStringLiteral("lower(hex(randomblob(16)))");
}

QStringList globalIds()
{
    return {
        QStringLiteral("ALTER TABLE chat_sessions ADD COLUMN gid TEXT"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN gid TEXT"),
        QStringLiteral("UPDATE chat_sessions SET gid = %1").arg(newGid()),
        QStringLiteral("UPDATE messages SET gid = %1").arg(newGid()),
        QStringLiteral("CREATE UNIQUE INDEX idx_sessions_gid ON chat_sessions(gid)"),
        QStringLiteral("CREATE UNIQUE INDEX idx_messages_gid ON messages(gid)"),
        // Rows from code that knows nothing of sync get their id here; rows applied from another device
        // arrive with theirs.
        QStringLiteral("CREATE TRIGGER sessions_gid AFTER INSERT ON chat_sessions WHEN new.gid IS NULL BEGIN"
                       " UPDATE chat_sessions SET gid = %1 WHERE id = new.id; END")
            .arg(newGid()),
        QStringLiteral("CREATE TRIGGER messages_gid AFTER INSERT ON messages WHEN new.gid IS NULL BEGIN"
                       " UPDATE messages SET gid = %1 WHERE id = new.id; END")
            .arg(newGid()),
    };
}

// While the sync worker applies another device's changes it holds a row in sync_applying inside its
// transaction, so those changes are not echoed back into this device's outbox.
QString local()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_applying)");
}

// Messages travel once they are finished; a streaming answer is published when it ends, however it ends.
QString finished(const char *row)
{
    return QStringLiteral("%1.status IN %2").arg(QLatin1String(row), records::finishedStatusList());
}

QString now()
{
    return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

QStringList outbox()
{
    QStringList steps{
        QStringLiteral("CREATE TABLE sync_applying (one INTEGER)"),
        QStringLiteral("CREATE TABLE sync_outbox ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " rid INTEGER NOT NULL DEFAULT 0,"
                       " gid TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '',"
                       " at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_sync_outbox_gid ON sync_outbox(gid, field)"),
        QStringLiteral("CREATE TRIGGER sync_session_created AFTER INSERT ON chat_sessions WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, field, at) VALUES ('%3', new.id, 'created', %2);"
                       " END")
            .arg(local(), now(), record::Session),
        QStringLiteral("CREATE TRIGGER sync_session_purged AFTER DELETE ON chat_sessions WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, gid, at) VALUES ('%3', old.gid, %2); END")
            .arg(local(), now(), record::SessionPurge),
        QStringLiteral("CREATE TRIGGER sync_message_created AFTER INSERT ON messages"
                       " WHEN %1 AND %2 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) VALUES ('%4', new.id, %3); END")
            .arg(local(), finished("new"), now(), record::Message),
        // A switched branch (selected), a removed message's children moving up (parent_id) and a finished
        // answer's reasoning travel with the message.
        QStringLiteral("CREATE TRIGGER sync_message_finished AFTER UPDATE OF status, content, metadata,"
                       " reasoning, reasoning_details, parent_id, selected ON messages"
                       " WHEN %1 AND %2 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) VALUES ('%4', new.id, %3); END")
            .arg(local(), finished("new"), now(), record::Message),
        QStringLiteral("CREATE TRIGGER sync_message_images AFTER INSERT ON message_images WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) SELECT '%4', m.id, %2 FROM messages m"
                       " WHERE m.id = new.message_id AND %3; END")
            .arg(local(), now(), finished("m"), record::Message),
        QStringLiteral("CREATE TRIGGER sync_message_deleted AFTER DELETE ON messages WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, gid, at) VALUES ('%3', old.gid, %2); END")
            .arg(local(), now(), record::MessageDelete),
    };
    // The merged session fields when sync came; a field added later gets its trigger in its own step.
    for (const char *field : {"title", "pinned", "status", "model", "system_prompt", "type",
                              "reasoning_effort", "temperature", "top_p", "max_tokens"})
        steps << sessionFieldTrigger(QLatin1String(field));
    // What was there before sync existed is published by the first round.
    steps << QStringLiteral("INSERT INTO sync_outbox (kind, rid, field, at)"
                            " SELECT '%1', id, 'created', created_at FROM chat_sessions ORDER BY id")
                 .arg(record::Session)
          << QStringLiteral("INSERT INTO sync_outbox (kind, rid, at) SELECT '%2', m.id, m.created_at"
                            " FROM messages m WHERE %1 ORDER BY m.id")
                 .arg(finished("m"), record::Message);
    return steps;
}

QStringList mergeState()
{
    return {
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // The hybrid logical clock of the last accepted write of each merged field (and of each message).
        QStringLiteral("CREATE TABLE sync_clock (gid TEXT NOT NULL, field TEXT NOT NULL, hlc TEXT NOT NULL,"
                       " PRIMARY KEY (gid, field)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE sync_tombstone (gid TEXT PRIMARY KEY, kind TEXT NOT NULL, hlc TEXT NOT NULL)"
            " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_peer ("
                       " device TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " applied_seq INTEGER NOT NULL DEFAULT 0,"
                       " last_applied_at INTEGER NOT NULL DEFAULT 0,"
                       " waiting TEXT NOT NULL DEFAULT '')"),
        // A message from another device whose parent has not arrived yet (it may come from a third device's
        // segment); it is hung under its parent when that arrives.
        QStringLiteral("CREATE TABLE sync_parent_wait (gid TEXT PRIMARY KEY, parent_gid TEXT NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX idx_sync_parent_wait ON sync_parent_wait(parent_gid)"),
    };
}

// Every committed change to a session or message leaves a row here; a window reads only the rows after the
// last one it saw. The feed keeps itself short.
QStringList changeFeed()
{
    QStringList steps{
        QStringLiteral("CREATE TABLE change_feed (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                       " session_id INTEGER NOT NULL, message_id INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TRIGGER change_feed_prune AFTER INSERT ON change_feed WHEN new.id % 500 = 0 BEGIN"
            " DELETE FROM change_feed WHERE id <= new.id - 2000; END"),
    };
    for (const ChangeKind kind : AllChangeKinds) {
        const QString name = toString(kind);
        const QString event = name.section(QLatin1Char('-'), 1).toUpper();
        const bool message = isMessageChange(kind);
        const QLatin1String row(
            kind == ChangeKind::SessionDelete || kind == ChangeKind::MessageDelete ? "old" : "new");
        steps << (message ? QStringLiteral("CREATE TRIGGER change_feed_message_%1 AFTER %2 ON messages BEGIN"
                                           " INSERT INTO change_feed (kind, session_id, message_id)"
                                           " VALUES ('%3', %4.session_id, %4.id); END")
                          : QStringLiteral(
                                "CREATE TRIGGER change_feed_session_%1 AFTER %2 ON chat_sessions BEGIN"
                                " INSERT INTO change_feed (kind, session_id) VALUES ('%3', %4.id); END"))
                     .arg(event.toLower(), event, name, row);
    }
    return steps;
}

} // namespace

QStringList deletedParentMigration()
{
    return {
        QStringLiteral("DROP TRIGGER sync_message_deleted"),
        QStringLiteral("CREATE TRIGGER sync_message_deleted AFTER DELETE ON messages WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, gid, field, at) VALUES ('%3', old.gid,"
                       " coalesce((SELECT gid FROM messages WHERE id = old.parent_id), ''), %2); END")
            .arg(local(), now(), record::MessageDelete),
        QStringLiteral("ALTER TABLE sync_tombstone ADD COLUMN parent_gid TEXT NOT NULL DEFAULT ''"),
    };
}

QString sessionFieldTrigger(QLatin1String column)
{
    return QStringLiteral("CREATE TRIGGER sync_session_%1 AFTER UPDATE OF %1 ON chat_sessions"
                          " WHEN %2 AND old.%1 IS NOT new.%1 BEGIN"
                          " INSERT INTO sync_outbox (kind, gid, field, at)"
                          " VALUES ('%3', new.gid, '%1', %4); END")
        .arg(column, local(), record::Session, now());
}

QStringList syncJournalMigration()
{
    return globalIds() + mergeState() + outbox() + changeFeed();
}

} // namespace confab

#include "store/SyncMigration.h"

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
    return QStringLiteral("%1.status IN ('completed', 'failed', 'stopped', 'interrupted')")
        .arg(QLatin1String(row));
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
        QStringLiteral(
            "CREATE TRIGGER sync_session_created AFTER INSERT ON chat_sessions WHEN %1 BEGIN"
            " INSERT INTO sync_outbox (kind, rid, field, at) VALUES ('session', new.id, 'created', %2);"
            " END")
            .arg(local(), now()),
        QStringLiteral("CREATE TRIGGER sync_session_purged AFTER DELETE ON chat_sessions WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, gid, at) VALUES ('session-purge', old.gid, %2); END")
            .arg(local(), now()),
        QStringLiteral("CREATE TRIGGER sync_message_created AFTER INSERT ON messages"
                       " WHEN %1 AND %2 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) VALUES ('message', new.id, %3); END")
            .arg(local(), finished("new"), now()),
        // A switched branch (selected), a removed message's children moving up (parent_id) and a finished
        // answer's reasoning travel with the message.
        QStringLiteral("CREATE TRIGGER sync_message_finished AFTER UPDATE OF status, content, metadata,"
                       " reasoning, reasoning_details, parent_id, selected ON messages"
                       " WHEN %1 AND %2 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) VALUES ('message', new.id, %3); END")
            .arg(local(), finished("new"), now()),
        QStringLiteral("CREATE TRIGGER sync_message_images AFTER INSERT ON message_images WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, rid, at) SELECT 'message', m.id, %2 FROM messages m"
                       " WHERE m.id = new.message_id AND %3; END")
            .arg(local(), now(), finished("m")),
        QStringLiteral("CREATE TRIGGER sync_message_deleted AFTER DELETE ON messages WHEN %1 BEGIN"
                       " INSERT INTO sync_outbox (kind, gid, at) VALUES ('message-delete', old.gid, %2); END")
            .arg(local(), now()),
    };
    for (const char *field : {"title", "pinned", "status", "model", "system_prompt", "type",
                              "reasoning_effort", "temperature", "top_p", "max_tokens"}) {
        steps << QStringLiteral("CREATE TRIGGER sync_session_%1 AFTER UPDATE OF %1 ON chat_sessions"
                                " WHEN %2 AND old.%1 IS NOT new.%1 BEGIN"
                                " INSERT INTO sync_outbox (kind, gid, field, at)"
                                " VALUES ('session', new.gid, '%1', %3); END")
                     .arg(QLatin1String(field), local(), now());
    }
    // What was there before sync existed is published by the first round.
    steps << QStringLiteral("INSERT INTO sync_outbox (kind, rid, field, at)"
                            " SELECT 'session', id, 'created', created_at FROM chat_sessions ORDER BY id")
          << QStringLiteral("INSERT INTO sync_outbox (kind, rid, at) SELECT 'message', m.id, m.created_at"
                            " FROM messages m WHERE %1 ORDER BY m.id")
                 .arg(finished("m"));
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
    const QList<std::pair<const char *, const char *>> sessionEvents{
        {"INSERT", "new"}, {"UPDATE", "new"}, {"DELETE", "old"}};
    for (const auto &[event, row] : sessionEvents) {
        steps << QStringLiteral(
                     "CREATE TRIGGER change_feed_session_%1 AFTER %2 ON chat_sessions BEGIN"
                     " INSERT INTO change_feed (kind, session_id) VALUES ('session-%1', %3.id); END")
                     .arg(QString::fromLatin1(event).toLower(), QLatin1String(event), QLatin1String(row));
        steps << QStringLiteral("CREATE TRIGGER change_feed_message_%1 AFTER %2 ON messages BEGIN"
                                " INSERT INTO change_feed (kind, session_id, message_id)"
                                " VALUES ('message-%1', %3.session_id, %3.id); END")
                     .arg(QString::fromLatin1(event).toLower(), QLatin1String(event), QLatin1String(row));
    }
    return steps;
}

} // namespace

QStringList syncJournalMigration()
{
    return globalIds() + mergeState() + outbox() + changeFeed();
}

} // namespace confab

#include "sync/SyncApplier.h"

#include "common/ContentHash.h"
#include "domain/Message.h"
#include "domain/Session.h"
#include "store/DocumentRecord.h"
#include "store/DocumentStore.h"
#include "store/MessageRecord.h"
#include "store/SessionRecord.h"
#include "sync/HybridClock.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncRecords.h"
#include "sync/SyncText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace confab {

QString clockAheadKey(const QString &device)
{
    return QStringLiteral("clock_ahead/") + device;
}

SyncApplier::SyncApplier(SyncConnection &connection, HybridClock &clock, const SyncFolder &folder,
                         QString imagesDir)
    : m_connection(connection)
    , m_clock(clock)
    , m_folder(folder)
    , m_imagesDir(std::move(imagesDir))
    , m_documentsDir(DocumentStore::besideImages(m_imagesDir))
{}

QStringList SyncApplier::bringDocuments(const Segment &segment, QStringList *oversized)
{
    QStringList missing;
    QDir().mkpath(m_documentsDir);
    for (const QJsonObject &record : segment.records) {
        for (const QJsonValue &document : record.value(QStringLiteral("documents")).toArray()) {
            // The hash names a file here: anything but a SHA-256 in hex is left for apply() to refuse.
            const QString hash = document.toObject().value(QStringLiteral("hash")).toString();
            if (!isContentHash(hash))
                continue;
            const QString local = m_documentsDir + QLatin1Char('/') + hash;
            if (QFileInfo::exists(local))
                continue;
            bool tooLarge = false;
            const auto bytes = m_folder.takeDocument(hash, &tooLarge);
            QString error;
            if (!bytes || !writeAtomically(local, *bytes, &error))
                missing << hash;
            if (tooLarge)
                *oversized << hash;
        }
    }
    return missing;
}

QStringList SyncApplier::bringImages(const Segment &segment, QStringList *oversized)
{
    QStringList missing;
    // The store makes its images folder with its first picture; the first one may come from elsewhere.
    QDir().mkpath(m_imagesDir);
    for (const QJsonObject &record : segment.records) {
        for (const QJsonValue &image : record.value(QStringLiteral("images")).toArray()) {
            const QString hash = image.toObject().value(QStringLiteral("hash")).toString();
            const QString local = m_imagesDir + QLatin1Char('/') + hash;
            if (QFileInfo::exists(local))
                continue;
            bool tooLarge = false;
            const auto bytes = m_folder.takeImage(hash, &tooLarge);
            QString error;
            if (!bytes || !writeAtomically(local, *bytes, &error))
                missing << hash;
            if (tooLarge)
                *oversized << hash;
        }
    }
    return missing;
}

bool SyncApplier::apply(const Segment &segment, QString *error)
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    // The header's time is that device's wall clock when it wrote the segment: further ahead of ours than
    // the bound, that clock is wrong, and Settings → Sync says so.
    const qint64 ahead = segment.writtenAtMs - m_nowMs;
    return applyRecords(
        segment.records,
        [&] {
            return m_connection.setState(clockAheadKey(segment.device), ahead > HybridClock::MaxDriftMs
                                                                            ? QString::number(ahead)
                                                                            : QString()) &&
                   m_connection.run(
                       QStringLiteral("INSERT INTO sync_peer (device, name, applied_seq, last_applied_at)"
                                      " VALUES (?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET"
                                      " name = excluded.name, applied_seq = excluded.applied_seq,"
                                      " last_applied_at = excluded.last_applied_at, waiting = ''"),
                       {segment.device, segment.deviceName, segment.seq, segment.writtenAtMs});
        },
        error);
}

bool SyncApplier::applySnapshotPart(const Segment &part, QString *error)
{
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    return applyRecords(
        part.records, [] { return true; }, error);
}

bool SyncApplier::coverSegments(const QHash<QString, qint64> &covers, const QHash<QString, QString> &names,
                                QString *error)
{
    if (!m_connection.beginImmediate()) {
        *error = SyncText::tr("the history is busy: %1").arg(m_connection.lastError());
        return false;
    }
    bool done = true;
    for (auto it = covers.cbegin(); done && it != covers.cend(); ++it) {
        done = bool(m_connection.run(
            QStringLiteral(
                "INSERT INTO sync_peer (device, name, applied_seq) VALUES (?, ?, ?)"
                " ON CONFLICT (device) DO UPDATE SET applied_seq = max(applied_seq, excluded.applied_seq),"
                " name = CASE WHEN name = '' THEN excluded.name ELSE name END, waiting = ''"),
            {it.key(), names.value(it.key()), it.value()}));
    }
    done = done && m_connection.commit();
    if (!done) {
        *error = m_connection.lastError();
        m_connection.rollback();
    }
    return done;
}

bool SyncApplier::beginBulk()
{
    if (!m_connection.beginImmediate())
        return false;
    m_ftsTrigger = m_connection
                       .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                                              " AND name = 'messages_fts_insert'"))
                       .toString();
    // The index is rebuilt from the messages table at the end, which is right only if the table held nothing
    // before; dropping the trigger is undone by a rollback like any other change of the transaction.
    m_bulk = !m_ftsTrigger.isEmpty() &&
             !m_connection.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages)")).toBool() &&
             m_connection.run(QStringLiteral("INSERT INTO sync_applying (one) VALUES (1)")) &&
             m_connection.run(QStringLiteral("DROP TRIGGER messages_fts_insert"));
    if (!m_bulk)
        m_connection.rollback();
    m_bulkClockBefore = m_clock.last();
    return m_bulk;
}

bool SyncApplier::finishBulk(QString *error)
{
    const bool done =
        m_connection.run(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')")) &&
        m_connection.run(m_ftsTrigger) && m_connection.run(QStringLiteral("DELETE FROM sync_applying")) &&
        m_connection.setState(QStringLiteral("hlc"), m_clock.last().toString()) && m_connection.commit();
    if (!done) {
        *error = m_connection.lastError();
        abandonBulk();
    }
    m_bulk = false;
    return done;
}

void SyncApplier::abandonBulk()
{
    if (!m_bulk)
        return;
    m_connection.rollback();
    m_clock = HybridClock(m_clock.device(), m_bulkClockBefore);
    m_bulk = false;
}

bool SyncApplier::applyRecords(const QList<QJsonObject> &records, const std::function<bool()> &finish,
                               QString *error)
{
    // In a bulk merge the transaction is open already, and is committed or rolled back as a whole.
    if (!m_bulk && !m_connection.beginImmediate()) {
        *error = SyncText::tr("the history is busy: %1").arg(m_connection.lastError());
        return false;
    }
    const HlcStamp clockBefore = m_clock.last();
    bool done = (m_bulk || m_connection.run(QStringLiteral("INSERT INTO sync_applying (one) VALUES (1)"))) &&
                finish();
    m_touchedSessions.clear();
    m_latestInSession.clear();
    m_skipped = {};
    for (const QJsonObject &record : records) {
        if (!done)
            break;
        done = applyRecord(record);
    }
    for (const qint64 sessionId : std::as_const(m_touchedSessions))
        done = done && settleSelection(sessionId);
    for (auto it = m_latestInSession.cbegin(); done && it != m_latestInSession.cend(); ++it)
        done = m_connection.exec(
            QStringLiteral("UPDATE chat_sessions SET updated_at = max(updated_at, ?) WHERE id = ?"),
            {it.value(), it.key()});
    if (m_bulk) {
        if (!done)
            *error = m_connection.lastError();
        return done;
    }
    done = done && m_connection.run(QStringLiteral("DELETE FROM sync_applying")) &&
           m_connection.setState(QStringLiteral("hlc"), m_clock.last().toString()) && m_connection.commit();
    if (!done) {
        *error = m_connection.lastError();
        m_connection.rollback();
        m_clock = HybridClock(m_clock.device(), clockBefore);
    }
    return done;
}

bool SyncApplier::applyRecord(const QJsonObject &record)
{
    const QString kind = record.value(QStringLiteral("t")).toString();
    if (kind == record::Session)
        return applySession(record);
    if (kind == record::Message)
        return applyMessage(record);
    if (kind == record::MessageDelete || kind == record::SessionPurge)
        return applyDeletion(record);
    // Records of a kind this version does not know are left for a newer one; the rest still applies.
    ++m_skipped.unknownKind;
    return true;
}

bool SyncApplier::tombstoned(const QString &gid)
{
    // A deletion made here but not yet published counts as well.
    return m_connection
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_tombstone WHERE gid = ?)"
                               " OR EXISTS (SELECT 1 FROM sync_outbox WHERE gid = ?"
                               " AND kind IN (?, ?))"),
                {gid, gid, record::MessageDelete, record::SessionPurge})
        .toBool();
}

QString SyncApplier::clockOf(const QString &gid, const QString &field)
{
    return HybridClock::rankOfKept(
        m_connection
            .scalar(QStringLiteral("SELECT hlc FROM sync_clock WHERE gid = ? AND field = ?"), {gid, field})
            .toString(),
        m_nowMs);
}

bool SyncApplier::setClock(const QString &gid, const QString &field, const QString &hlc)
{
    return bool(
        m_connection.exec(QStringLiteral("INSERT INTO sync_clock (gid, field, hlc) VALUES (?, ?, ?)"
                                         " ON CONFLICT (gid, field) DO UPDATE SET hlc = excluded.hlc"),
                          {gid, field, hlc}));
}

qint64 SyncApplier::sessionFor(const QString &gid, qint64 createdAt)
{
    const QVariant id =
        m_connection.scalar(QStringLiteral("SELECT id FROM chat_sessions WHERE gid = ?"), {gid});
    if (id.isValid())
        return id.toLongLong();
    // A message can arrive before the session record it belongs to (from a third device); the session starts
    // bare and its fields fill in when their record comes, since any stamped value beats none.
    qint64 inserted = 0;
    return m_connection.exec(QStringLiteral("INSERT INTO chat_sessions (gid, title, type, status, created_at,"
                                            " updated_at) VALUES (?, '', 'text', 'active', ?, ?)"),
                             {gid, createdAt, createdAt}, &inserted)
               ? inserted
               : 0;
}

bool SyncApplier::applySession(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    if (gid.isEmpty()) {
        ++m_skipped.unreadable;
        return true;
    }
    if (tombstoned(gid)) {
        ++m_skipped.deletedHere;
        return true;
    }
    const qint64 createdAt = record.value(QStringLiteral("created")).toInteger();
    const qint64 id = sessionFor(gid, createdAt);
    // A session started bare for an early message took that message's time; the record has the real one.
    if (id == 0 || !m_connection.exec(QStringLiteral("UPDATE chat_sessions SET created_at = ? WHERE id = ?"
                                                     " AND created_at <> ?"),
                                      {createdAt, id, createdAt}))
        return false;
    const QJsonObject fields = record.value(QStringLiteral("fields")).toObject();
    bool changed = false;
    for (const records::MergedField &merged : records::mergedSessionFields()) {
        const QString field(merged.column);
        const QJsonObject change = fields.value(field).toObject();
        const auto stamp = HlcStamp::parse(change.value(QStringLiteral("h")).toString());
        const std::optional<QVariant> value = merged.toColumn(change.value(QStringLiteral("v")));
        if (!stamp || !value)
            continue;
        m_clock.observe(*stamp, m_nowMs);
        const QString rank = HybridClock::rank(*stamp, m_nowMs);
        const bool pendingHere =
            m_connection
                .scalar(
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE gid = ? AND field = ?)"),
                    {gid, field})
                .toBool();
        if (pendingHere || rank <= clockOf(gid, field))
            continue;
        if (!m_connection.exec(QStringLiteral("UPDATE chat_sessions SET %1 = ? WHERE id = ?").arg(field),
                               {*value, id}) ||
            !setClock(gid, field, rank))
            return false;
        changed = true;
    }
    // Every field was as new here already, or changed here and not yet sent.
    if (!changed && !fields.isEmpty())
        ++m_skipped.older;
    return true;
}

bool SyncApplier::applyMessage(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    const QString sessionGid = record.value(QStringLiteral("session")).toString();
    const auto stamp = HlcStamp::parse(record.value(QStringLiteral("h")).toString());
    QString invalid;
    const auto message = records::messageFromJson(record, gid, &invalid);
    const auto documents =
        records::documentsFromJson(record.value(QStringLiteral("documents")), gid, &invalid);
    if (!stamp || !message || !documents || gid.isEmpty() || sessionGid.isEmpty()) {
        ++m_skipped.unreadable;
        return true;
    }
    // What this store knows of the message, its session, its parent and the replies waiting for it, in one
    // statement: a join runs this a million times, and seven lookups of their own were most of its time. The
    // statement's text is made once: the prepared statements are found by it.
    static const QString deleted =
        QStringLiteral("(EXISTS (SELECT 1 FROM sync_tombstone WHERE gid = ?) OR EXISTS"
                       " (SELECT 1 FROM sync_outbox WHERE gid = ? AND kind IN (?, ?)))");
    // The parent's too: whether it was deleted (then placeOf walks up), and where it is.
    static const QString lookup =
        QStringLiteral(
            "SELECT %1, %1, (SELECT hlc FROM sync_clock WHERE gid = ? AND field = ?),"
            " (SELECT id FROM chat_sessions WHERE gid = ?), (SELECT id FROM messages WHERE gid = ?),"
            " EXISTS (SELECT 1 FROM sync_parent_wait WHERE gid = ?),"
            " EXISTS (SELECT 1 FROM sync_parent_wait WHERE parent_gid = ?),"
            " (EXISTS (SELECT 1 FROM sync_tombstone WHERE gid = ? AND kind = ?) OR"
            " EXISTS (SELECT 1 FROM sync_outbox WHERE gid = ? AND kind = ?)),"
            " (SELECT id FROM messages WHERE gid = ?), (SELECT session_id FROM messages WHERE gid = ?)")
            .arg(deleted);
    const QString parent = record.value(QStringLiteral("parent")).toString();
    const auto known = m_connection.row(
        lookup, 10,
        QVariantList{gid, gid, record::MessageDelete, record::SessionPurge} +
            QVariantList{sessionGid, sessionGid, record::MessageDelete, record::SessionPurge} +
            QVariantList{gid, record::Message, sessionGid, gid, gid, gid} +
            QVariantList{parent, record::MessageDelete, parent, record::MessageDelete, parent, parent});
    if (!known)
        return false;
    if (known->at(0).toBool() || known->at(1).toBool()) {
        ++m_skipped.deletedHere;
        return true;
    }
    m_clock.observe(*stamp, m_nowMs);
    const QString rank = HybridClock::rank(*stamp, m_nowMs);
    if (rank <= HybridClock::rankOfKept(known->at(2).toString(), m_nowMs)) {
        ++m_skipped.older;
        return true;
    }
    const qint64 createdAt = record.value(QStringLiteral("created")).toInteger();
    const qint64 sessionId =
        known->at(3).isNull() ? sessionFor(sessionGid, createdAt) : known->at(3).toLongLong();
    if (sessionId == 0)
        return false;
    const bool parentDeleted = known->at(7).toBool();
    const QString parentGid = parentDeleted ? placeOf(parent) : parent;
    QVariant parentId;
    if (parentDeleted && !parentGid.isEmpty())
        parentId =
            m_connection.scalar(QStringLiteral("SELECT id FROM messages WHERE gid = ? AND session_id = ?"),
                                {parentGid, sessionId});
    else if (!parentDeleted && !parent.isEmpty() && !known->at(9).isNull() &&
             known->at(9).toLongLong() == sessionId)
        parentId = known->at(8).toLongLong();
    const QVariantList values = records::messageContent(*message) + QVariantList{parentId};
    const bool existing = !known->at(4).isNull();
    qint64 id = known->at(4).toLongLong();
    if (existing) {
        const QString assignments = (records::messageContentColumnList() << QStringLiteral("parent_id"))
                                        .join(QStringLiteral(" = ?, "));
        if (!m_connection.exec(QStringLiteral("UPDATE messages SET %1 = ? WHERE id = ?").arg(assignments),
                               values + QVariantList{id}) ||
            !m_connection.exec(QStringLiteral("DELETE FROM message_images WHERE message_id = ?"), {id}) ||
            !m_connection.exec(QStringLiteral("DELETE FROM message_documents WHERE message_id = ?"), {id}))
            return false;
    } else {
        static const QString insert =
            QStringLiteral("INSERT INTO messages (%1, parent_id, gid, session_id, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(records::messageContentColumns());
        if (!m_connection.exec(insert, values + QVariantList{gid, sessionId, createdAt}, &id))
            return false;
    }
    m_touchedSessions.insert(sessionId);
    if (!placeInTree(id, gid, parentGid, parentId.isValid(), known->at(5).toBool(), known->at(6).toBool()))
        return false;
    for (const MessageImage &image : message->images) {
        if (!m_connection.exec(QStringLiteral("INSERT OR REPLACE INTO message_images (message_id, %1)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?)")
                                   .arg(records::imageColumns()),
                               QVariantList{id} + records::imageValues(image)))
            return false;
    }
    for (const AttachedDocument &document : *documents) {
        if (!m_connection.exec(QStringLiteral("INSERT OR REPLACE INTO message_documents (message_id, %1)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?)")
                                   .arg(records::documentColumns()),
                               QVariantList{id} + records::documentValues(document)))
            return false;
    }
    // The session's time moves once per transaction (applyRecords), not with each of its messages.
    qint64 &latest = m_latestInSession[sessionId];
    latest = std::max(latest, createdAt);
    return setClock(gid, record::Message, rank);
}

bool SyncApplier::placeInTree(qint64 id, const QString &gid, const QString &parentGid, bool parentHere,
                              bool waited, bool awaited)
{
    // A message hangs under its parent or waits for it; the statements run only when a wait changes.
    const bool waits = !parentGid.isEmpty() && !parentHere;
    if (waits && !m_connection.exec(QStringLiteral("INSERT OR REPLACE INTO sync_parent_wait (gid, parent_gid)"
                                                   " VALUES (?, ?)"),
                                    {gid, parentGid}))
        return false;
    if (!waits && waited &&
        !m_connection.exec(QStringLiteral("DELETE FROM sync_parent_wait WHERE gid = ?"), {gid}))
        return false;
    return !awaited ||
           (m_connection.exec(QStringLiteral("UPDATE messages SET parent_id = ? WHERE gid IN"
                                             " (SELECT gid FROM sync_parent_wait WHERE parent_gid = ?)"),
                              {id, gid}) &&
            m_connection.exec(QStringLiteral("DELETE FROM sync_parent_wait WHERE parent_gid = ?"), {gid}));
}

bool SyncApplier::settleSelection(qint64 sessionId)
{
    // Two devices answering the same message at once each select their own reply; once both are here,
    // exactly one version below a parent must be selected. The latest published one wins (a reply not yet
    // published from here counts as latest), the same on every device, since all see the same stamps.
    const QString rank = QStringLiteral(
        "(coalesce((SELECT hlc FROM sync_clock WHERE gid = %1.gid AND field = 'message'), '~') || %1.gid)");
    // A message still waiting for its parent is not yet among anyone's siblings.
    const QString siblings =
        QStringLiteral("FROM messages o WHERE o.session_id = messages.session_id AND o.parent_id IS "
                       "messages.parent_id AND o.id <> messages.id AND o.gid NOT IN (SELECT gid FROM "
                       "sync_parent_wait)");
    const QString placed = QStringLiteral("gid NOT IN (SELECT gid FROM sync_parent_wait)");
    return m_connection.run(
               QStringLiteral("UPDATE messages SET selected = 0 WHERE session_id = ? AND selected = 1 AND %4"
                              " AND EXISTS (SELECT 1 %1 AND o.selected = 1 AND %2 > %3)")
                   .arg(siblings, rank.arg(QStringLiteral("o")), rank.arg(QStringLiteral("messages")),
                        placed),
               {sessionId}) &&
           m_connection.run(
               QStringLiteral("UPDATE messages SET selected = 1 WHERE session_id = ? AND selected = 0 AND %4"
                              " AND NOT EXISTS (SELECT 1 %1 AND (o.selected = 1 OR %2 > %3))")
                   .arg(siblings, rank.arg(QStringLiteral("o")), rank.arg(QStringLiteral("messages")),
                        placed),
               {sessionId});
}

QString SyncApplier::placeOf(const QString &parentGid)
{
    // A reply to a message deleted on some device hangs where that message hung, as it does on the device
    // that deleted it; up the chain of deleted messages, which is short (the bound only guards a loop).
    QString gid = parentGid;
    for (int step = 0; step < 1000 && !gid.isEmpty(); ++step) {
        const QVariant up = m_connection.scalar(
            QStringLiteral(
                "SELECT parent_gid FROM sync_tombstone WHERE gid = ? AND kind = ?"
                " UNION ALL SELECT coalesce(field, '') FROM sync_outbox WHERE gid = ? AND kind = ?"),
            {gid, record::MessageDelete, gid, record::MessageDelete});
        if (!up.isValid())
            return gid;
        gid = up.toString();
    }
    return gid;
}

bool SyncApplier::moveWaiting(const QString &from, const QString &to)
{
    // Replies still waiting for a deleted message wait for its parent instead, or stand first in their chat.
    return to.isEmpty()
               ? m_connection.exec(QStringLiteral("DELETE FROM sync_parent_wait WHERE parent_gid = ?"),
                                   {from})
               : m_connection.exec(
                     QStringLiteral("UPDATE sync_parent_wait SET parent_gid = ? WHERE parent_gid = ?"),
                     {to, from});
}

bool SyncApplier::applyDeletion(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    const auto stamp = HlcStamp::parse(record.value(QStringLiteral("h")).toString());
    if (gid.isEmpty() || !stamp) {
        ++m_skipped.unreadable;
        return true;
    }
    m_clock.observe(*stamp, m_nowMs);
    const QString kind = record.value(QStringLiteral("t")).toString();
    if (kind == record::SessionPurge)
        return m_connection.exec(
                   QStringLiteral("INSERT OR IGNORE INTO sync_tombstone (gid, kind, hlc) VALUES (?, ?, ?)"),
                   {gid, kind, stamp->toString()}) &&
               m_connection.exec(QStringLiteral("DELETE FROM chat_sessions WHERE gid = ?"), {gid});
    // The deleted message's replies take its place, here as on the device that deleted it: under its
    // parent, or waiting for that parent if it has not arrived.
    const QString parentGid = placeOf(record.value(QStringLiteral("parent")).toString());
    if (!m_connection.exec(QStringLiteral("INSERT OR IGNORE INTO sync_tombstone (gid, kind, hlc, parent_gid)"
                                          " VALUES (?, ?, ?, ?)"),
                           {gid, kind, stamp->toString(), parentGid}))
        return false;
    auto deleted =
        m_connection.run(QStringLiteral("SELECT id, session_id FROM messages WHERE gid = ?"), {gid});
    if (!deleted || !deleted->next())
        return bool(deleted) && moveWaiting(gid, parentGid);
    const qint64 id = deleted->value(0).toLongLong();
    const qint64 sessionId = deleted->value(1).toLongLong();
    deleted.reset();
    const QVariant parentId =
        parentGid.isEmpty()
            ? QVariant()
            : m_connection.scalar(QStringLiteral("SELECT id FROM messages WHERE gid = ? AND session_id = ?"),
                                  {parentGid, sessionId});
    QStringList replies;
    auto children = m_connection.run(QStringLiteral("SELECT gid FROM messages WHERE parent_id = ?"), {id});
    while (children && children->next())
        replies << children->value(0).toString();
    children.reset();
    m_touchedSessions.insert(sessionId);
    for (const QString &reply : std::as_const(replies)) {
        const bool waits = !parentGid.isEmpty() && !parentId.isValid();
        if (!m_connection.exec(QStringLiteral("UPDATE messages SET parent_id = ? WHERE gid = ?"),
                               {parentId, reply}) ||
            (waits &&
             !m_connection.exec(QStringLiteral("INSERT OR REPLACE INTO sync_parent_wait (gid, parent_gid)"
                                               " VALUES (?, ?)"),
                                {reply, parentGid})))
            return false;
    }
    return moveWaiting(gid, parentGid) &&
           m_connection.exec(QStringLiteral("DELETE FROM messages WHERE id = ?"), {id});
}

} // namespace confab

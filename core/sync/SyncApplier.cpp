#include "sync/SyncApplier.h"

#include "domain/Message.h"
#include "domain/Session.h"
#include "sync/HybridClock.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncRecords.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace confab {
namespace {

bool validFieldValue(const QString &field, const QJsonValue &value)
{
    if (field == QStringLiteral("status"))
        return sessionStatusFromString(value.toString()).has_value();
    if (field == QStringLiteral("type"))
        return sessionTypeFromString(value.toString()).has_value();
    if (field == QStringLiteral("pinned"))
        return value.isDouble() || value.isBool();
    return value.isString();
}

bool validMessage(const QJsonObject &record)
{
    return messageRoleFromString(record.value(QStringLiteral("role")).toString()) &&
           contentTypeFromString(record.value(QStringLiteral("content_type")).toString()) &&
           messageStatusFromString(record.value(QStringLiteral("status")).toString()) &&
           !record.value(QStringLiteral("gid")).toString().isEmpty() &&
           !record.value(QStringLiteral("session")).toString().isEmpty();
}

} // namespace

SyncApplier::SyncApplier(SyncConnection &connection, HybridClock &clock, const SyncFolder &folder,
                         QString imagesDir)
    : m_connection(connection)
    , m_clock(clock)
    , m_folder(folder)
    , m_imagesDir(std::move(imagesDir))
{}

QStringList SyncApplier::bringImages(const Segment &segment)
{
    QStringList missing;
    for (const QJsonObject &record : segment.records) {
        for (const QJsonValue &image : record.value(QStringLiteral("images")).toArray()) {
            const QString hash = image.toObject().value(QStringLiteral("hash")).toString();
            const QString local = m_imagesDir + QLatin1Char('/') + hash;
            if (QFileInfo::exists(local))
                continue;
            const auto bytes = m_folder.takeImage(hash);
            QString error;
            if (!bytes || !writeAtomically(local, *bytes, &error))
                missing << hash;
        }
    }
    return missing;
}

bool SyncApplier::apply(const Segment &segment, QString *error)
{
    if (!m_connection.beginImmediate()) {
        *error = QStringLiteral("the history is busy: %1").arg(m_connection.lastError());
        return false;
    }
    const HlcStamp clockBefore = m_clock.last();
    bool done = bool(m_connection.run(QStringLiteral("INSERT INTO sync_applying (one) VALUES (1)")));
    for (const QJsonObject &record : segment.records) {
        if (!done)
            break;
        done = applyRecord(record);
    }
    done =
        done &&
        m_connection.run(QStringLiteral("INSERT INTO sync_peer (device, name, applied_seq, last_applied_at)"
                                        " VALUES (?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET"
                                        " name = excluded.name, applied_seq = excluded.applied_seq,"
                                        " last_applied_at = excluded.last_applied_at, waiting = ''"),
                         {segment.device, segment.deviceName, segment.seq, segment.writtenAtMs}) &&
        m_connection.run(QStringLiteral("DELETE FROM sync_applying")) &&
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
    return true;
}

bool SyncApplier::tombstoned(const QString &gid)
{
    // A deletion made here but not yet published counts as well.
    return m_connection
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_tombstone WHERE gid = ?)"
                               " OR EXISTS (SELECT 1 FROM sync_outbox WHERE gid = ?"
                               " AND kind IN ('message-delete', 'session-purge'))"),
                {gid, gid})
        .toBool();
}

QString SyncApplier::clockOf(const QString &gid, const QString &field)
{
    return m_connection
        .scalar(QStringLiteral("SELECT hlc FROM sync_clock WHERE gid = ? AND field = ?"), {gid, field})
        .toString();
}

bool SyncApplier::setClock(const QString &gid, const QString &field, const QString &hlc)
{
    return bool(m_connection.run(QStringLiteral("INSERT INTO sync_clock (gid, field, hlc) VALUES (?, ?, ?)"
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
    auto inserted =
        m_connection.run(QStringLiteral("INSERT INTO chat_sessions (gid, title, type, status, created_at,"
                                        " updated_at) VALUES (?, '', 'text', 'active', ?, ?)"),
                         {gid, createdAt, createdAt});
    return inserted ? inserted->lastInsertId().toLongLong() : 0;
}

bool SyncApplier::applySession(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    if (gid.isEmpty() || tombstoned(gid))
        return true;
    const qint64 id = sessionFor(gid, record.value(QStringLiteral("created")).toInteger());
    if (id == 0)
        return false;
    const QJsonObject fields = record.value(QStringLiteral("fields")).toObject();
    for (const QString &field : mergedSessionFields()) {
        const QJsonObject change = fields.value(field).toObject();
        const auto stamp = HlcStamp::parse(change.value(QStringLiteral("h")).toString());
        if (!stamp || !validFieldValue(field, change.value(QStringLiteral("v"))))
            continue;
        m_clock.observe(*stamp);
        const bool pendingHere =
            m_connection
                .scalar(
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE gid = ? AND field = ?)"),
                    {gid, field})
                .toBool();
        if (pendingHere || stamp->toString() <= clockOf(gid, field))
            continue;
        const QVariant value = field == QStringLiteral("pinned")
                                   ? QVariant(change.value(QStringLiteral("v")).toVariant().toBool() ? 1 : 0)
                                   : QVariant(change.value(QStringLiteral("v")).toString());
        if (!m_connection.run(QStringLiteral("UPDATE chat_sessions SET %1 = ? WHERE id = ?").arg(field),
                              {value, id}) ||
            !setClock(gid, field, stamp->toString()))
            return false;
    }
    return true;
}

bool SyncApplier::applyMessage(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    const QString sessionGid = record.value(QStringLiteral("session")).toString();
    const auto stamp = HlcStamp::parse(record.value(QStringLiteral("h")).toString());
    if (!stamp || !validMessage(record) || tombstoned(gid) || tombstoned(sessionGid))
        return true;
    m_clock.observe(*stamp);
    if (stamp->toString() <= clockOf(gid, record::Message))
        return true;
    const qint64 createdAt = record.value(QStringLiteral("created")).toInteger();
    const qint64 sessionId = sessionFor(sessionGid, createdAt);
    if (sessionId == 0)
        return false;
    const QString metadata = QString::fromUtf8(
        QJsonDocument(record.value(QStringLiteral("metadata")).toObject()).toJson(QJsonDocument::Compact));
    const QVariantList values{record.value(QStringLiteral("role")).toString(),
                              record.value(QStringLiteral("content")).toString(),
                              record.value(QStringLiteral("content_type")).toString(),
                              record.value(QStringLiteral("status")).toString(), metadata};
    const QVariant existing =
        m_connection.scalar(QStringLiteral("SELECT id FROM messages WHERE gid = ?"), {gid});
    qint64 id = existing.toLongLong();
    if (existing.isValid()) {
        if (!m_connection.run(QStringLiteral("UPDATE messages SET role = ?, content = ?, content_type = ?,"
                                             " status = ?, metadata = ? WHERE id = ?"),
                              values + QVariantList{id}) ||
            !m_connection.run(QStringLiteral("DELETE FROM message_images WHERE message_id = ?"), {id}))
            return false;
    } else {
        auto inserted =
            m_connection.run(QStringLiteral("INSERT INTO messages (role, content, content_type, status,"
                                            " metadata, gid, session_id, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             values + QVariantList{gid, sessionId, createdAt});
        if (!inserted)
            return false;
        id = inserted->lastInsertId().toLongLong();
    }
    for (const QJsonValue &value : record.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = value.toObject();
        if (!m_connection.run(
                QStringLiteral("INSERT OR REPLACE INTO message_images (message_id, hash, role, width,"
                               " height, mime, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, image.value(QStringLiteral("hash")).toString(),
                 image.value(QStringLiteral("role")).toString(), image.value(QStringLiteral("width")).toInt(),
                 image.value(QStringLiteral("height")).toInt(),
                 image.value(QStringLiteral("mime")).toString(),
                 image.value(QStringLiteral("position")).toInt()}))
            return false;
    }
    return setClock(gid, record::Message, stamp->toString()) &&
           m_connection.run(
               QStringLiteral("UPDATE chat_sessions SET updated_at = max(updated_at, ?) WHERE id = ?"),
               {createdAt, sessionId});
}

bool SyncApplier::applyDeletion(const QJsonObject &record)
{
    const QString gid = record.value(QStringLiteral("gid")).toString();
    const auto stamp = HlcStamp::parse(record.value(QStringLiteral("h")).toString());
    if (gid.isEmpty() || !stamp)
        return true;
    m_clock.observe(*stamp);
    const bool session = record.value(QStringLiteral("t")).toString() == record::SessionPurge;
    return m_connection.run(
               QStringLiteral("INSERT OR IGNORE INTO sync_tombstone (gid, kind, hlc) VALUES (?, ?, ?)"),
               {gid, record.value(QStringLiteral("t")).toString(), stamp->toString()}) &&
           m_connection.run(session ? QStringLiteral("DELETE FROM chat_sessions WHERE gid = ?")
                                    : QStringLiteral("DELETE FROM messages WHERE gid = ?"),
                            {gid});
}

} // namespace confab

#include "sync/SyncPublisher.h"

#include "store/DocumentStore.h"
#include "store/SessionRecord.h"
#include "sync/HybridClock.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncRecords.h"
#include "sync/SyncText.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace confab {
namespace {

struct OutboxRow
{
    qint64 id = 0;
    QString kind;
    qint64 rid = 0;
    QString gid;
    QString field;
    qint64 at = 0;
};

struct Tombstone
{
    QString gid;
    QString kind;
    QString hlc;
    QString parent;
};

struct Batch
{
    QList<QJsonObject> records;
    QHash<QString, qsizetype> indexOf;
    // (gid, field, hlc) for sync_clock, and the rows for sync_tombstone.
    QList<std::tuple<QString, QString, QString>> clocks;
    QList<Tombstone> tombstones;
    QStringList images;
    QStringList documents;
    // What the segment will weigh (a merged or replaced record counts twice, which errs on the safe side).
    qint64 bytes = 0;
    // Records too large for any device to read (SyncFolder::MaxRecordBytes), kept home.
    QStringList refused;

    bool full() const { return bytes > SyncFolder::MaxSegmentBytes - SyncFolder::MaxRecordBytes; }

    // A later change to the same thing in one batch replaces (or, for session fields, joins) the earlier.
    // False when the record is too large to travel.
    bool add(const QString &key, const QJsonObject &record)
    {
        const qint64 size = QJsonDocument(record).toJson(QJsonDocument::Compact).size();
        if (size > SyncFolder::MaxRecordBytes) {
            refused << key;
            return false;
        }
        bytes += size;
        const auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            indexOf.insert(key, records.size());
            records << record;
            return true;
        }
        QJsonObject &earlier = records[*it];
        if (record.value(QStringLiteral("t")) == record::Session) {
            QJsonObject fields = earlier.value(QStringLiteral("fields")).toObject();
            const QJsonObject added = record.value(QStringLiteral("fields")).toObject();
            for (auto field = added.begin(); field != added.end(); ++field)
                fields.insert(field.key(), field.value());
            earlier.insert(QStringLiteral("fields"), fields);
        } else {
            earlier = record;
        }
        return true;
    }
};

QList<OutboxRow> readOutbox(SyncConnection &connection, int limit)
{
    QList<OutboxRow> rows;
    auto query = connection.run(
        QStringLiteral("SELECT id, kind, rid, gid, field, at FROM sync_outbox ORDER BY id LIMIT ?"), {limit});
    while (query && query->next()) {
        rows << OutboxRow{query->value(0).toLongLong(), query->value(1).toString(),
                          query->value(2).toLongLong(), query->value(3).toString(),
                          query->value(4).toString(),   query->value(5).toLongLong()};
    }
    return rows;
}

void addRow(SyncConnection &connection, const OutboxRow &row, const QString &hlc, Batch &batch)
{
    if (row.kind == record::Session) {
        const bool created = row.field == QStringLiteral("created");
        const QStringList fields = created ? records::mergedSessionFieldNames() : QStringList{row.field};
        const auto session = created ? sessionRecord(connection, QStringLiteral("id"), row.rid, fields, hlc)
                                     : sessionRecord(connection, QStringLiteral("gid"), row.gid, fields, hlc);
        if (!session)
            return;
        const QString gid = session->value(QStringLiteral("gid")).toString();
        if (!batch.add(QStringLiteral("s:") + gid, *session))
            return;
        for (const QString &field : fields)
            batch.clocks << std::tuple{gid, field, hlc};
    } else if (row.kind == record::Message) {
        const auto message = messageRecord(connection, row.rid, hlc);
        if (!message)
            return;
        const QString gid = message->value(QStringLiteral("gid")).toString();
        if (!batch.add(QStringLiteral("m:") + gid, *message))
            return;
        batch.clocks << std::tuple{gid, record::Message, hlc};
        for (const QJsonValue &image : message->value(QStringLiteral("images")).toArray())
            batch.images << image.toObject().value(QStringLiteral("hash")).toString();
        for (const QJsonValue &document : message->value(QStringLiteral("documents")).toArray())
            batch.documents << document.toObject().value(QStringLiteral("hash")).toString();
    } else if (!row.gid.isEmpty()) {
        QJsonObject deletion{
            {QStringLiteral("t"), row.kind}, {QStringLiteral("gid"), row.gid}, {QStringLiteral("h"), hlc}};
        // A deleted message's parent, where its replies go on every device.
        if (row.kind == record::MessageDelete && !row.field.isEmpty())
            deletion.insert(QStringLiteral("parent"), row.field);
        batch.add(row.kind + QLatin1Char(':') + row.gid, deletion);
        batch.tombstones << Tombstone{row.gid, row.kind, hlc, row.field};
    }
}

} // namespace

SyncPublisher::SyncPublisher(SyncConnection &connection, HybridClock &clock, const SyncFolder &folder,
                             QString imagesDir, QString deviceName)
    : m_connection(connection)
    , m_clock(clock)
    , m_folder(folder)
    , m_imagesDir(std::move(imagesDir))
    , m_deviceName(std::move(deviceName))
{}

PublishResult SyncPublisher::publishAll(const std::function<bool()> &next)
{
    PublishResult result;
    while (publishBatch(result) && next()) {
    }
    return result;
}

bool SyncPublisher::publishBatch(PublishResult &result)
{
    if (!m_connection.beginImmediate()) {
        result.error = SyncText::tr("the history is busy: %1").arg(m_connection.lastError());
        return false;
    }
    const QList<OutboxRow> rows = readOutbox(m_connection, RecordsPerSegment);
    if (rows.isEmpty()) {
        m_connection.rollback();
        return false;
    }
    const HlcStamp clockBefore = m_clock.last();
    Batch batch;
    // Rows past a full segment stay in the outbox for the next one.
    qint64 lastTaken = 0;
    for (const OutboxRow &row : rows) {
        if (batch.full())
            break;
        addRow(m_connection, row, m_clock.stamp(row.at).toString(), batch);
        lastTaken = row.id;
    }

    const auto fail = [&](const QString &error) {
        m_connection.rollback();
        m_clock = HybridClock(m_clock.device(), clockBefore);
        result.error = error;
        return false;
    };
    QString error;
    qint64 seq = std::max<qint64>(1, m_connection.state(QStringLiteral("next_seq")).toLongLong());
    if (!batch.records.isEmpty()) {
        for (const QString &hash : batch.images) {
            QFile image(m_imagesDir + QLatin1Char('/') + hash);
            if (!image.open(QIODevice::ReadOnly))
                continue;
            if (!m_folder.putImage(hash, image.readAll(), &error))
                return fail(error);
            ++result.images;
        }
        const QString documentsDir = DocumentStore::besideImages(m_imagesDir);
        for (const QString &hash : batch.documents) {
            QFile document(documentsDir + QLatin1Char('/') + hash);
            if (!document.open(QIODevice::ReadOnly) || document.size() > SyncFolder::MaxDocumentBytes)
                continue;
            if (!m_folder.putDocument(hash, document.readAll(), &error))
                return fail(error);
            ++result.documents;
        }
        // A segment written by a round whose commit then failed must not be overwritten with other changes.
        while (QFile::exists(m_folder.segmentPath(m_clock.device(), seq)))
            ++seq;
        const Segment segment{m_clock.device(), m_deviceName, seq, QDateTime::currentMSecsSinceEpoch(),
                              batch.records};
        if (!m_folder.writeSegment(segment, &error))
            return fail(error);
        ++seq;
    }
    bool written = true;
    // A stamp kept from before clocks were bounded may lie decades ahead; this device's edit wins over it.
    const QString untrustedFrom =
        HlcStamp{QDateTime::currentMSecsSinceEpoch() + HybridClock::MaxDriftMs, 0, {}}.toString();
    for (const auto &[gid, field, hlc] : batch.clocks) {
        written = written && m_connection.run(
                                 QStringLiteral("INSERT INTO sync_clock (gid, field, hlc) VALUES (?, ?, ?)"
                                                " ON CONFLICT (gid, field) DO UPDATE SET hlc = excluded.hlc"
                                                " WHERE excluded.hlc > sync_clock.hlc OR sync_clock.hlc > ?"),
                                 {gid, field, hlc, untrustedFrom});
    }
    for (const Tombstone &tombstone : batch.tombstones) {
        written =
            written && m_connection.run(
                           QStringLiteral("INSERT OR IGNORE INTO sync_tombstone (gid, kind, hlc, parent_gid)"
                                          " VALUES (?, ?, ?, ?)"),
                           {tombstone.gid, tombstone.kind, tombstone.hlc, tombstone.parent});
    }
    written =
        written && m_connection.run(QStringLiteral("DELETE FROM sync_outbox WHERE id <= ?"), {lastTaken}) &&
        m_connection.setState(QStringLiteral("next_seq"), QString::number(seq)) &&
        m_connection.setState(QStringLiteral("hlc"), m_clock.last().toString()) && m_connection.commit();
    if (!written)
        return fail(SyncText::tr("could not record what was published: %1").arg(m_connection.lastError()));
    for (const QString &key : std::as_const(batch.refused))
        result.refused << SyncText::tr(
                              "%1 is larger than %2 MB, more than a synced change may hold; it stays on "
                              "this device")
                              .arg(key.mid(key.indexOf(u':') + 1),
                                   QString::number(SyncFolder::MaxRecordBytes >> 20));
    result.records += int(batch.records.size());
    result.segments += batch.records.isEmpty() ? 0 : 1;
    return true;
}

} // namespace confab

#include "sync/SyncSnapshot.h"

#include "store/MessageRecord.h"
#include "store/SessionRecord.h"
#include "store/Sql.h"
#include "sync/SyncApplier.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncRecords.h"
#include "sync/SyncText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace confab::snapshots {
namespace {

const QString ManifestKind = QStringLiteral("snapshot");

// A stamp as kept in sync_clock, without the mark of one beyond the clock bound: the device that merges the
// snapshot judges it against its own clock again.
QString plainStamp(const QString &kept)
{
    return kept.startsWith(u'!') ? kept.mid(1) : kept;
}

// Fills parts of at most PartBytes and writes each as it fills.
class PartWriter
{
public:
    PartWriter(const SyncFolder &folder, const QString &device, const QString &name, qint64 number)
        : m_folder(folder)
        , m_device(device)
        , m_name(name)
        , m_number(number)
    {}

    bool add(const QJsonObject &record, QString *error)
    {
        const qint64 size = QJsonDocument(record).toJson(QJsonDocument::Compact).size() + 1;
        // A record larger than a synced change may be never travelled, and stays out of the snapshot too.
        if (size > SyncFolder::MaxRecordBytes)
            return true;
        if (m_bytes + size > PartBytes && !flush(error))
            return false;
        m_records << record;
        m_bytes += size;
        ++m_count;
        return true;
    }

    bool flush(QString *error)
    {
        if (m_records.isEmpty())
            return true;
        const Segment part{
            m_device, m_name, ++m_parts, QDateTime::currentMSecsSinceEpoch(), std::move(m_records), m_number};
        m_records.clear();
        m_bytes = 0;
        return m_folder.writeSegment(part, error);
    }

    qint64 parts() const { return m_parts; }
    qint64 count() const { return m_count; }

private:
    const SyncFolder &m_folder;
    QString m_device;
    QString m_name;
    qint64 m_number;
    QList<QJsonObject> m_records;
    qint64 m_bytes = 0;
    qint64 m_parts = 0;
    qint64 m_count = 0;
};

bool writeDeletions(SyncConnection &connection, PartWriter &writer, QString *error)
{
    auto query =
        connection.run(QStringLiteral("SELECT gid, kind, hlc, parent_gid FROM sync_tombstone ORDER BY gid"));
    while (query && query->next()) {
        QJsonObject deletion{{QStringLiteral("t"), query->value(1).toString()},
                             {QStringLiteral("gid"), query->value(0).toString()},
                             {QStringLiteral("h"), plainStamp(query->value(2).toString())}};
        if (!query->value(3).toString().isEmpty())
            deletion.insert(QStringLiteral("parent"), query->value(3).toString());
        if (!writer.add(deletion, error))
            return false;
    }
    return bool(query);
}

bool writeSessions(SyncConnection &connection, PartWriter &writer, QString *error)
{
    auto query = connection.run(QStringLiteral("SELECT gid, %1 FROM chat_sessions WHERE gid IS NOT NULL"
                                               " ORDER BY id")
                                    .arg(records::sessionColumns()));
    while (query && query->next()) {
        const QString gid = query->value(0).toString();
        const Session session = records::sessionFromRow(*query, 1);
        QJsonObject fields;
        auto clocks =
            connection.run(QStringLiteral("SELECT field, hlc FROM sync_clock WHERE gid = ?"), {gid});
        while (clocks && clocks->next()) {
            if (const records::MergedField *field = records::mergedSessionField(clocks->value(0).toString()))
                fields.insert(clocks->value(0).toString(),
                              QJsonObject{{QStringLiteral("v"), field->toJson(session)},
                                          {QStringLiteral("h"), plainStamp(clocks->value(1).toString())}});
        }
        if (!writer.add({{QStringLiteral("t"), record::Session},
                         {QStringLiteral("gid"), gid},
                         {QStringLiteral("created"), sql::toEpochMs(session.createdAt)},
                         {QStringLiteral("fields"), fields}},
                        error))
            return false;
    }
    return bool(query);
}

bool writeMessages(SyncConnection &connection, PartWriter &writer, QString *error)
{
    // Messages and their pictures, both in message order, walked side by side.
    auto messages = connection.run(
        QStringLiteral(
            "SELECT m.id, m.gid, s.gid, coalesce(p.gid, w.parent_gid, ''), c.hlc, %1 FROM messages m"
            " JOIN chat_sessions s ON s.id = m.session_id"
            " LEFT JOIN messages p ON p.id = m.parent_id"
            " LEFT JOIN sync_parent_wait w ON w.gid = m.gid"
            " JOIN sync_clock c ON c.gid = m.gid AND c.field = '%2'"
            " WHERE m.status IN %3 ORDER BY m.id")
            .arg(records::messageColumns(), record::Message, records::finishedStatusList()));
    auto images = connection.run(QStringLiteral("SELECT message_id, %1 FROM message_images"
                                                " ORDER BY message_id, role, position")
                                     .arg(records::imageColumns()));
    if (!messages || !images)
        return false;
    bool moreImages = images->next();
    while (messages->next()) {
        const qint64 id = messages->value(0).toLongLong();
        Message message = records::messageFromRow(*messages, 5);
        while (moreImages && images->value(0).toLongLong() < id)
            moreImages = images->next();
        while (moreImages && images->value(0).toLongLong() == id) {
            message.images << records::imageFromRow(*images, 1);
            moreImages = images->next();
        }
        QJsonObject record = records::messageToJson(message);
        record.insert(QStringLiteral("t"), record::Message);
        record.insert(QStringLiteral("gid"), messages->value(1).toString());
        record.insert(QStringLiteral("session"), messages->value(2).toString());
        record.insert(QStringLiteral("parent"), messages->value(3).toString());
        record.insert(QStringLiteral("h"), plainStamp(messages->value(4).toString()));
        record.insert(QStringLiteral("created"), sql::toEpochMs(message.createdAt));
        if (!writer.add(record, error))
            return false;
    }
    return true;
}

// A bigger page cache for the length of a snapshot's merge, as the import has: a million messages' rows land
// at random places in the gid indexes and sync_clock, and with SQLite's default 2 MB nearly every one of them
// read and spilled a page.
class LargerPageCache
{
public:
    explicit LargerPageCache(SyncConnection &connection)
        : m_connection(connection)
        , m_before(connection.scalar(QStringLiteral("PRAGMA cache_size")))
    {
        m_connection.run(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~LargerPageCache()
    {
        if (m_before.isValid())
            m_connection.run(QStringLiteral("PRAGMA cache_size = %1").arg(m_before.toLongLong()));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    SyncConnection &m_connection;
    QVariant m_before;
};

std::optional<SnapshotManifest> manifestFrom(const Segment &segment)
{
    static const QRegularExpression deviceName(QStringLiteral("^[0-9a-f]{32}$"));
    if (segment.records.size() != 1)
        return std::nullopt;
    const QJsonObject record = segment.records.first();
    SnapshotManifest manifest;
    manifest.device = segment.device;
    manifest.number = segment.snapshot;
    manifest.parts = record.value(QStringLiteral("parts")).toInteger(-1);
    manifest.records = record.value(QStringLiteral("records")).toInteger(-1);
    if (record.value(QStringLiteral("t")).toString() != ManifestKind || manifest.parts < 0 ||
        manifest.parts > MaxParts || manifest.records < 0)
        return std::nullopt;
    const QJsonObject covers = record.value(QStringLiteral("covers")).toObject();
    for (auto it = covers.begin(); it != covers.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger(-1);
        if (!deviceName.match(it.key()).hasMatch() || seq < 0)
            return std::nullopt;
        manifest.covers.insert(it.key(), seq);
        manifest.names.insert(it.key(), entry.value(QStringLiteral("name")).toString().left(200));
    }
    return manifest;
}

} // namespace

std::variant<SnapshotManifest, QString> newest(const SyncFolder &folder, const QString &device)
{
    const QList<qint64> numbers = folder.snapshotNumbers(device);
    QString problem;
    for (auto number = numbers.crbegin(); number != numbers.crend(); ++number) {
        const auto read = folder.readSnapshotPart(device, *number, 0);
        const auto *segment = std::get_if<Segment>(&read);
        const auto manifest = segment ? manifestFrom(*segment) : std::nullopt;
        if (manifest)
            return *manifest;
        if (problem.isEmpty())
            problem = segment
                          ? SyncText::tr("snapshot %1 has a manifest this version cannot read").arg(*number)
                          //: %2 is a phrase naming the part, such as “segment 0 is incomplete”.
                          : SyncText::tr("snapshot %1: %2")
                                .arg(QString::number(*number), std::get<SegmentProblem>(read).reason);
    }
    return problem;
}

std::variant<SnapshotManifest, QString> write(SyncConnection &connection, const SyncFolder &folder,
                                              const QString &device, const QString &deviceName)
{
    const QMultiMap<qint64, QString> earlier = folder.snapshotFiles(device);
    SnapshotManifest manifest;
    manifest.device = device;
    manifest.number = std::max(connection.state(QStringLiteral("snapshot")).toLongLong(),
                               earlier.isEmpty() ? 0 : earlier.lastKey()) +
                      1;
    // One read transaction: the window goes on writing (into the outbox, for later segments) while the
    // snapshot sees the store as it was when it began.
    if (!connection.run(QStringLiteral("BEGIN")))
        return connection.lastError();
    if (connection.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox)")).toBool()) {
        connection.rollback();
        return SyncText::tr("changes made here are not published yet");
    }
    manifest.covers.insert(
        device, std::max<qint64>(1, connection.state(QStringLiteral("next_seq")).toLongLong()) - 1);
    manifest.names.insert(device, deviceName);
    auto peers = connection.run(QStringLiteral("SELECT device, name, applied_seq FROM sync_peer"
                                               " WHERE applied_seq > 0"));
    while (peers && peers->next()) {
        manifest.covers.insert(peers->value(0).toString(), peers->value(2).toLongLong());
        manifest.names.insert(peers->value(0).toString(), peers->value(1).toString());
    }
    PartWriter writer(folder, device, deviceName, manifest.number);
    QString error;
    const bool written = writeDeletions(connection, writer, &error) &&
                         writeSessions(connection, writer, &error) &&
                         writeMessages(connection, writer, &error) && writer.flush(&error);
    if (!written && error.isEmpty())
        error = connection.lastError();
    connection.rollback();
    manifest.parts = writer.parts();
    manifest.records = writer.count();
    QJsonObject covers;
    for (auto it = manifest.covers.cbegin(); it != manifest.covers.cend(); ++it)
        covers.insert(it.key(), QJsonObject{{QStringLiteral("seq"), it.value()},
                                            {QStringLiteral("name"), manifest.names.value(it.key())}});
    const Segment manifestFile{device,
                               deviceName,
                               0,
                               QDateTime::currentMSecsSinceEpoch(),
                               {QJsonObject{{QStringLiteral("t"), ManifestKind},
                                            {QStringLiteral("parts"), manifest.parts},
                                            {QStringLiteral("records"), manifest.records},
                                            {QStringLiteral("covers"), covers}}},
                               manifest.number};
    if (!written || !folder.writeSegment(manifestFile, &error)) {
        for (qint64 part = 0; part <= writer.parts(); ++part)
            QFile::remove(folder.snapshotPath(device, manifest.number, part));
        return error;
    }
    connection.setState(QStringLiteral("snapshot"), QString::number(manifest.number));
    for (auto it = earlier.cbegin(); it != earlier.cend(); ++it)
        QFile::remove(it.value());
    return manifest;
}

bool apply(SyncApplier &applier, SyncConnection &connection, const SyncFolder &folder,
           const SnapshotManifest &manifest, const std::function<bool()> &next, QString *error)
{
    const QString self = connection.state(QStringLiteral("device"));
    const LargerPageCache cache(connection);
    const bool bulk = applier.beginBulk();
    // In a bulk merge a part that fails, or a stop, leaves the store as it was: nothing of the snapshot.
    const auto stop = [&] {
        applier.abandonBulk();
        return false;
    };
    for (qint64 part = 1; part <= manifest.parts; ++part) {
        const auto read = folder.readSnapshotPart(manifest.device, manifest.number, part);
        if (const auto *problem = std::get_if<SegmentProblem>(&read)) {
            //: %2 is a phrase naming the part, such as “segment 0 is incomplete”.
            *error = SyncText::tr("snapshot %1: %2").arg(QString::number(manifest.number), problem->reason);
            return stop();
        }
        const Segment &segment = std::get<Segment>(read);
        QStringList oversized;
        const QStringList missing = applier.bringImages(segment, &oversized);
        if (!missing.isEmpty()) {
            *error = SyncText::tr("snapshot %1 needs %n image(s) still on their way (%2)", nullptr,
                                  int(missing.size()))
                         .arg(QString::number(manifest.number), missing.first().left(12));
            return stop();
        }
        if (!applier.applySnapshotPart(segment, error) || !next())
            return stop();
    }
    if (bulk && !applier.finishBulk(error))
        return false;
    QHash<QString, qint64> covers = manifest.covers;
    covers.remove(self);
    return applier.coverSegments(covers, manifest.names, error);
}

int retire(const SyncFolder &folder, const QString &self, const SnapshotManifest &own)
{
    const QList<qint64> segments = folder.segmentNumbers(self);
    if (segments.size() < 2)
        return 0;
    // The last segment stays: the next device to join tells from it how far this device's numbering went.
    qint64 upTo = std::min(own.covers.value(self), segments.last() - 1);
    for (const QString &device : folder.devices()) {
        if (device == self)
            continue;
        const auto manifest = newest(folder, device);
        const auto *other = std::get_if<SnapshotManifest>(&manifest);
        if (!other)
            return 0;
        upTo = std::min(upTo, other->covers.value(self));
    }
    int retired = 0;
    for (const qint64 seq : segments) {
        if (seq <= upTo && QFile::remove(folder.segmentPath(self, seq)))
            ++retired;
    }
    return retired;
}

} // namespace confab::snapshots

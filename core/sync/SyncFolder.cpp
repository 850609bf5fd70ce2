#include "sync/SyncFolder.h"

#include "common/ContentHash.h"
#include "sync/FolderKey.h"
#include "sync/Sealing.h"
#include "sync/SyncText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace confab {
namespace {

constexpr int FormatVersion = 1;
const QString PlainSuffix = QStringLiteral("jsonl");
const QString SealedSuffix = QStringLiteral("sealed");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectFrom(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Reads the next line, its '\n' included, into `line`, at most `cap` bytes of it and one more to tell a line
// over the cap: QIODevice::readLine(maxSize) allocates maxSize bytes for every line it reads, 16 MB a
// record. `line` keeps its capacity from one line to the next.
void readCappedLine(QIODevice &file, QByteArray &line, qint64 cap)
{
    constexpr qint64 Chunk = 64 * 1024;
    line.resize(0);
    while (line.size() <= cap) {
        const qsizetype start = line.size();
        const qint64 room = std::min<qint64>(Chunk, cap + 1 - start);
        // readLine(char *, n) stores at most n - 1 bytes and a '\0'.
        line.resize(start + room + 1);
        const qint64 got = file.readLine(line.data() + start, room + 1);
        line.resize(start + std::max<qint64>(got, 0));
        if (got <= 0 || line.endsWith('\n'))
            return;
    }
}

} // namespace

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        *error = SyncText::tr("cannot write %1: %2").arg(temporary, file.errorString());
        file.close();
        QFile::remove(temporary);
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *error = SyncText::tr("cannot move %1 into place").arg(temporary);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

SyncFolder::SyncFolder(QString root, QByteArray key)
    : m_root(std::move(root))
    , m_key(std::move(key))
{}

QString SyncFolder::deviceDir(const QString &device) const
{
    return m_root + QStringLiteral("/devices/") + device;
}

QString SyncFolder::segmentFileName(qint64 seq) const
{
    return QStringLiteral("%1.%2")
        .arg(seq, 10, 10, QLatin1Char('0'))
        .arg(encrypted() ? SealedSuffix : PlainSuffix);
}

QString SyncFolder::segmentPath(const QString &device, qint64 seq) const
{
    return deviceDir(device) + QLatin1Char('/') + segmentFileName(seq);
}

QString SyncFolder::snapshotPath(const QString &device, qint64 snapshot, qint64 part) const
{
    const QString suffix = encrypted() ? SealedSuffix : PlainSuffix;
    const QString number = QStringLiteral("%1").arg(snapshot, 10, 10, QLatin1Char('0'));
    return deviceDir(device) +
           (part == 0 ? QStringLiteral("/snapshot-%1.%2").arg(number, suffix)
                      : QStringLiteral("/snapshot-%1-%2.%3")
                            .arg(number, QStringLiteral("%1").arg(part, 6, 10, QLatin1Char('0')), suffix));
}

QString SyncFolder::imagePath(const QString &hash) const
{
    return m_root + QStringLiteral("/images/") + (encrypted() ? FolderKey::imageName(m_key, hash) : hash);
}

QString SyncFolder::documentPath(const QString &hash) const
{
    return m_root + QStringLiteral("/documents/") + (encrypted() ? FolderKey::imageName(m_key, hash) : hash);
}

bool SyncFolder::prepare(const QString &device, QString *error) const
{
    if (m_root.isEmpty()) {
        *error = SyncText::tr("no sync folder is set");
        return false;
    }
    if (!QFileInfo(m_root).isDir()) {
        *error = SyncText::tr("the sync folder %1 is not there (offline or unmounted?)").arg(m_root);
        return false;
    }
    if (!QDir().mkpath(deviceDir(device)) || !QDir().mkpath(m_root + QStringLiteral("/images")) ||
        !QDir().mkpath(m_root + QStringLiteral("/documents"))) {
        *error = SyncText::tr("cannot create folders in %1 (read-only?)").arg(m_root);
        return false;
    }
    return true;
}

QStringList SyncFolder::devices() const
{
    static const QRegularExpression name(QStringLiteral("^[0-9a-f]{32}$"));
    QStringList found;
    for (const QString &entry :
         QDir(m_root + QStringLiteral("/devices")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.match(entry).hasMatch())
            found << entry;
    }
    return found;
}

QList<qint64> SyncFolder::segmentNumbers(const QString &device) const
{
    // Exactly ten digits and the suffix: conflict copies ("….sync-conflict-…", "… (conflicted copy)") and
    // temporary files never match. An encrypted folder reads only sealed segments.
    const QRegularExpression name(
        QStringLiteral("^(\\d{10})\\.%1$").arg(encrypted() ? SealedSuffix : PlainSuffix));
    QList<qint64> numbers;
    for (const QString &entry : QDir(deviceDir(device)).entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            numbers << match.captured(1).toLongLong();
    }
    return numbers;
}

QList<qint64> SyncFolder::snapshotNumbers(const QString &device) const
{
    const QRegularExpression name(
        QStringLiteral("^snapshot-(\\d{10})\\.%1$").arg(encrypted() ? SealedSuffix : PlainSuffix));
    QList<qint64> numbers;
    for (const QString &entry : QDir(deviceDir(device)).entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            numbers << match.captured(1).toLongLong();
    }
    return numbers;
}

QMultiMap<qint64, QString> SyncFolder::snapshotFiles(const QString &device) const
{
    static const QRegularExpression name(QStringLiteral("^snapshot-(\\d{10})(-\\d{6})?\\.(sealed|jsonl)$"));
    QMultiMap<qint64, QString> files;
    for (const QString &entry : QDir(deviceDir(device)).entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toLongLong(), deviceDir(device) + QLatin1Char('/') + entry);
    }
    return files;
}

bool SyncFolder::writeSegment(const Segment &segment, QString *error) const
{
    QJsonObject header{{QStringLiteral("confab-sync"), FormatVersion},
                       {QStringLiteral("device"), segment.device},
                       {QStringLiteral("name"), segment.deviceName},
                       {QStringLiteral("seq"), segment.seq},
                       {QStringLiteral("written"), segment.writtenAtMs}};
    if (segment.snapshot > 0)
        header.insert(QStringLiteral("snapshot"), segment.snapshot);
    QByteArray body = compact(header) + '\n';
    for (const QJsonObject &record : segment.records)
        body += compact(record) + '\n';
    const QByteArray trailer = compact({{QStringLiteral("end"), int(segment.records.size())},
                                        {QStringLiteral("sha256"), contentHash(body)}}) +
                               '\n';
    return writeAtomically(
        segment.snapshot > 0 ? snapshotPath(segment.device, segment.snapshot, segment.seq)
                             : segmentPath(segment.device, segment.seq),
        encrypted() ? sealing::seal(qCompress(body + trailer), FolderKey::segmentKey(m_key)) : body + trailer,
        error);
}

int SyncFolder::sealPlainSegments(const QString &device, QString *error) const
{
    if (!encrypted())
        return 0;
    // A plain snapshot is not sealed in place but removed: the device writes a sealed one (SyncEngine).
    for (const QString &path : snapshotFiles(device)) {
        if (path.endsWith(PlainSuffix))
            QFile::remove(path);
    }
    static const QRegularExpression name(QStringLiteral("^(\\d{10})\\.jsonl$"));
    int sealed = 0;
    for (const QString &entry : QDir(deviceDir(device)).entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const QString plainPath = deviceDir(device) + QLatin1Char('/') + entry;
        const qint64 seq = match.captured(1).toLongLong();
        const auto read = readSegmentFile(plainPath, false, seq, device);
        if (const auto *problem = std::get_if<SegmentProblem>(&read)) {
            *error = problem->reason;
            return sealed;
        }
        if (!writeSegment(std::get<Segment>(read), error) || !QFile::remove(plainPath))
            return sealed;
        ++sealed;
    }
    return sealed;
}

int SyncFolder::sealPlainImages(QString *error) const
{
    if (!encrypted())
        return 0;
    const SyncFolder plain(m_root);
    int sealed = 0;
    for (const QString &entry : QDir(m_root + QStringLiteral("/images")).entryList(QDir::Files, QDir::Name)) {
        // A plain picture is named by the SHA-256 of its bytes; a sealed one never matches that.
        const auto bytes = isContentHash(entry) ? plain.takeImage(entry) : std::nullopt;
        if (!bytes)
            continue;
        if (!putImage(entry, *bytes, error) || !QFile::remove(plain.imagePath(entry)))
            return sealed;
        ++sealed;
    }
    return sealed;
}

std::variant<Segment, SegmentProblem> SyncFolder::readSegment(const QString &device, qint64 seq) const
{
    return readSegmentFile(segmentPath(device, seq), encrypted(), seq, device);
}

std::variant<Segment, SegmentProblem> SyncFolder::readSnapshotPart(const QString &device, qint64 snapshot,
                                                                   qint64 part) const
{
    return readSegmentFile(snapshotPath(device, snapshot, part), encrypted(), part, device, snapshot);
}

std::variant<Segment, SegmentProblem> SyncFolder::readSegmentFile(const QString &path, bool sealed,
                                                                  qint64 seq, const QString &device,
                                                                  qint64 snapshot) const
{
    QFile stored(path);
    if (!stored.open(QIODevice::ReadOnly))
        return SegmentProblem{SyncText::tr("segment %1 cannot be read").arg(seq)};
    if (stored.size() > MaxSegmentBytes)
        return SegmentProblem{
            SyncText::tr("segment %1 is %2 MB, more than the %3 MB a segment may hold; it is "
                         "not applied")
                .arg(QString::number(seq), QString::number(stored.size() >> 20),
                     QString::number(MaxSegmentBytes >> 20))};
    // A sealed segment is opened whole (within the cap) before a line of it is believed. Inside the seal it
    // is compressed (zlib, as qCompress writes it: the size it expands to, then the stream); a size over the
    // cap is refused before anything is expanded.
    QByteArray opened;
    if (sealed) {
        auto plain = sealing::open(stored, FolderKey::segmentKey(m_key), MaxSegmentBytes);
        if (const auto *reason = std::get_if<QString>(&plain))
            //: %2 is a phrase such as “was sealed with another key or altered”.
            return SegmentProblem{
                SyncText::tr("segment %1 %2; it is not applied").arg(QString::number(seq), *reason)};
        const QByteArray &compressed = std::get<QByteArray>(plain);
        if (compressed.size() < 4 || qFromBigEndian<quint32>(compressed.constData()) > MaxSegmentBytes)
            return SegmentProblem{SyncText::tr("segment %1 expands to more than %2 MB; it is not applied")
                                      .arg(QString::number(seq), QString::number(MaxSegmentBytes >> 20))};
        opened = qUncompress(compressed);
    }
    // The lines of an opened seal are cut out of it in memory (QBuffer reads a line a byte at a time); a
    // plain segment is streamed from its file.
    qsizetype position = 0;
    const auto atEnd = [&] { return sealed ? position >= opened.size() : stored.atEnd(); };
    const auto readLine = [&](QByteArray &line) {
        if (!sealed)
            return readCappedLine(stored, line, MaxRecordBytes);
        const qsizetype newline = opened.indexOf('\n', position);
        const qsizetype length = std::min<qint64>(
            newline < 0 ? opened.size() - position : newline + 1 - position, MaxRecordBytes + 1);
        line = opened.mid(position, length);
        position += length;
    };

    // Read line by line, each at most a record's size; every line but the trailer goes into the checksum.
    // The records are parsed as they come and used only if the checksum then matches.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::optional<QJsonObject> header;
    QList<QJsonObject> records;
    QByteArray line;
    bool notJson = false;
    while (!atEnd()) {
        if (!line.isEmpty()) {
            hash.addData(line);
            const auto object = objectFrom(line);
            notJson = notJson || !object;
            if (!header)
                header = object.value_or(QJsonObject());
            else if (object)
                records << *object;
        }
        readLine(line);
        if (!line.endsWith('\n')) {
            if (atEnd())
                return SegmentProblem{SyncText::tr("segment %1 is incomplete").arg(seq)};
            return SegmentProblem{
                SyncText::tr("segment %1 holds a change larger than %2 MB; it is not applied")
                    .arg(QString::number(seq), QString::number(MaxRecordBytes >> 20))};
        }
    }
    if (line.isEmpty())
        return SegmentProblem{SyncText::tr("segment %1 is incomplete").arg(seq)};
    const auto trailer = objectFrom(line);
    if (!trailer ||
        trailer->value(QStringLiteral("sha256")).toString() != QString::fromLatin1(hash.result().toHex()))
        return SegmentProblem{SyncText::tr("segment %1 is incomplete or damaged (checksum)").arg(seq)};
    if (!header || header->value(QStringLiteral("confab-sync")).toInt() != FormatVersion)
        return SegmentProblem{SyncText::tr("segment %1 has an unknown format").arg(seq)};
    Segment segment;
    segment.device = header->value(QStringLiteral("device")).toString();
    segment.deviceName = header->value(QStringLiteral("name")).toString();
    segment.seq = header->value(QStringLiteral("seq")).toInteger();
    segment.writtenAtMs = header->value(QStringLiteral("written")).toInteger();
    segment.snapshot = header->value(QStringLiteral("snapshot")).toInteger();
    if (segment.device != device || segment.seq != seq || segment.snapshot != snapshot)
        return SegmentProblem{SyncText::tr("segment %1 names another device or sequence number").arg(seq)};
    if (notJson)
        return SegmentProblem{SyncText::tr("segment %1 holds a line that is not JSON").arg(seq)};
    if (records.size() != trailer->value(QStringLiteral("end")).toInt())
        return SegmentProblem{SyncText::tr("segment %1 has the wrong number of records").arg(seq)};
    segment.records = std::move(records);
    return segment;
}

bool SyncFolder::putImage(const QString &hash, const QByteArray &bytes, QString *error) const
{
    // A copy another device is still writing, or one that was damaged, is replaced by a whole one.
    if (takeImage(hash))
        return true;
    return putFile(imagePath(hash), bytes, error);
}

std::optional<QByteArray> SyncFolder::takeImage(const QString &hash, bool *oversized) const
{
    return takeFile(imagePath(hash), hash, MaxImageBytes, oversized);
}

bool SyncFolder::putDocument(const QString &hash, const QByteArray &bytes, QString *error) const
{
    if (takeDocument(hash))
        return true;
    if (bytes.size() > MaxDocumentBytes) {
        *error = SyncText::tr("the document %1 is larger than %2 MB")
                     .arg(hash.left(12))
                     .arg(MaxDocumentBytes >> 20);
        return false;
    }
    return putFile(documentPath(hash), bytes, error);
}

std::optional<QByteArray> SyncFolder::takeDocument(const QString &hash, bool *oversized) const
{
    return takeFile(documentPath(hash), hash, MaxDocumentBytes, oversized);
}

bool SyncFolder::putFile(const QString &path, const QByteArray &bytes, QString *error) const
{
    // Documents and pictures are sealed alike (the image subkey); they differ only in the folder and cap.
    return writeAtomically(path, encrypted() ? sealing::seal(bytes, FolderKey::imageKey(m_key)) : bytes,
                           error);
}

std::optional<QByteArray> SyncFolder::takeFile(const QString &path, const QString &hash, qint64 maxBytes,
                                               bool *oversized) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (oversized)
        *oversized = file.size() > maxBytes;
    if (file.size() > maxBytes)
        return std::nullopt;
    QByteArray bytes;
    if (encrypted()) {
        auto plain = sealing::open(file, FolderKey::imageKey(m_key), maxBytes);
        if (std::holds_alternative<QString>(plain))
            return std::nullopt;
        bytes = std::get<QByteArray>(std::move(plain));
    } else {
        bytes = file.readAll();
    }
    if (contentHash(bytes) != hash)
        return std::nullopt;
    return bytes;
}

} // namespace confab

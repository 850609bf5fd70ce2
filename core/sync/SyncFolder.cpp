#include "sync/SyncFolder.h"

#include "sync/SyncText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace confab {
namespace {

constexpr int FormatVersion = 1;

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

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

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

SyncFolder::SyncFolder(QString root)
    : m_root(std::move(root))
{}

QString SyncFolder::deviceDir(const QString &device) const
{
    return m_root + QStringLiteral("/devices/") + device;
}

QString SyncFolder::segmentFileName(qint64 seq)
{
    return QStringLiteral("%1.jsonl").arg(seq, 10, 10, QLatin1Char('0'));
}

QString SyncFolder::segmentPath(const QString &device, qint64 seq) const
{
    return deviceDir(device) + QLatin1Char('/') + segmentFileName(seq);
}

QString SyncFolder::imagePath(const QString &hash) const
{
    return m_root + QStringLiteral("/images/") + hash;
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
    if (!QDir().mkpath(deviceDir(device)) || !QDir().mkpath(m_root + QStringLiteral("/images"))) {
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
    // Exactly ten digits and .jsonl: conflict copies ("….sync-conflict-…", "… (conflicted copy)") and
    // temporary files never match.
    static const QRegularExpression name(QStringLiteral("^(\\d{10})\\.jsonl$"));
    QList<qint64> numbers;
    for (const QString &entry : QDir(deviceDir(device)).entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            numbers << match.captured(1).toLongLong();
    }
    return numbers;
}

bool SyncFolder::writeSegment(const Segment &segment, QString *error) const
{
    QByteArray body = compact({{QStringLiteral("confab-sync"), FormatVersion},
                               {QStringLiteral("device"), segment.device},
                               {QStringLiteral("name"), segment.deviceName},
                               {QStringLiteral("seq"), segment.seq},
                               {QStringLiteral("written"), segment.writtenAtMs}}) +
                      '\n';
    for (const QJsonObject &record : segment.records)
        body += compact(record) + '\n';
    const QByteArray trailer = compact({{QStringLiteral("end"), int(segment.records.size())},
                                        {QStringLiteral("sha256"), sha256Hex(body)}}) +
                               '\n';
    return writeAtomically(segmentPath(segment.device, segment.seq), body + trailer, error);
}

std::variant<Segment, SegmentProblem> SyncFolder::readSegment(const QString &device, qint64 seq) const
{
    QFile file(segmentPath(device, seq));
    if (!file.open(QIODevice::ReadOnly))
        return SegmentProblem{SyncText::tr("segment %1 cannot be read").arg(seq)};
    const QByteArray bytes = file.readAll();
    if (!bytes.endsWith('\n'))
        return SegmentProblem{SyncText::tr("segment %1 is incomplete").arg(seq)};
    const qsizetype trailerStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
    const QByteArray body = bytes.left(trailerStart);
    const auto trailer = objectFrom(bytes.mid(trailerStart));
    if (!trailer || trailer->value(QStringLiteral("sha256")).toString() != sha256Hex(body))
        return SegmentProblem{SyncText::tr("segment %1 is incomplete or damaged (checksum)").arg(seq)};

    QList<QByteArray> lines = body.split('\n');
    lines.removeLast();
    const auto header = lines.isEmpty() ? std::nullopt : objectFrom(lines.first());
    if (!header || header->value(QStringLiteral("confab-sync")).toInt() != FormatVersion)
        return SegmentProblem{SyncText::tr("segment %1 has an unknown format").arg(seq)};
    Segment segment;
    segment.device = header->value(QStringLiteral("device")).toString();
    segment.deviceName = header->value(QStringLiteral("name")).toString();
    segment.seq = header->value(QStringLiteral("seq")).toInteger();
    segment.writtenAtMs = header->value(QStringLiteral("written")).toInteger();
    if (segment.device != device || segment.seq != seq)
        return SegmentProblem{SyncText::tr("segment %1 names another device or sequence number").arg(seq)};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto record = objectFrom(lines.at(i));
        if (!record)
            return SegmentProblem{SyncText::tr("segment %1 holds a line that is not JSON").arg(seq)};
        segment.records << *record;
    }
    if (segment.records.size() != trailer->value(QStringLiteral("end")).toInt())
        return SegmentProblem{SyncText::tr("segment %1 has the wrong number of records").arg(seq)};
    return segment;
}

bool SyncFolder::putImage(const QString &hash, const QByteArray &bytes, QString *error) const
{
    // A copy another device is still writing, or one that was damaged, is replaced by a whole one.
    if (takeImage(hash))
        return true;
    return writeAtomically(imagePath(hash), bytes, error);
}

std::optional<QByteArray> SyncFolder::takeImage(const QString &hash) const
{
    QFile file(imagePath(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != hash)
        return std::nullopt;
    return bytes;
}

} // namespace confab

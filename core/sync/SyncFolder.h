#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace confab {

// One sealed batch of a device's changes, as read back from the folder.
struct Segment
{
    QString device;
    QString deviceName;
    qint64 seq = 0;
    qint64 writtenAtMs = 0;
    QList<QJsonObject> records;
};

// Why a segment cannot be used yet; a sync engine may still be copying it. The reason is a phrase for the
// user that names the segment, so a translation can put its number where its language wants it.
struct SegmentProblem
{
    QString reason;
};

// The shared folder's layout. Each device writes only under devices/<its id>/: segments named by sequence
// number, each written to a temporary name and renamed into place once complete, and ending in a trailer
// with the record count and the SHA-256 of everything before it, so a half-copied file is recognised.
// Images live once under images/<sha256>. Anything else in the folder (sync engines' conflict copies,
// temporary files) is ignored.
class SyncFolder
{
public:
    explicit SyncFolder(QString root);

    const QString &root() const { return m_root; }
    QString deviceDir(const QString &device) const;
    QString segmentPath(const QString &device, qint64 seq) const;
    QString imagePath(const QString &hash) const;

    // Creates the folder layout for this device; false with a reason when the folder is missing or
    // read-only.
    bool prepare(const QString &device, QString *error) const;
    // Devices with a folder here, this one included.
    QStringList devices() const;
    // Sequence numbers of the complete-looking segment names of a device, ascending.
    QList<qint64> segmentNumbers(const QString &device) const;

    bool writeSegment(const Segment &segment, QString *error) const;
    std::variant<Segment, SegmentProblem> readSegment(const QString &device, qint64 seq) const;

    // Copies image bytes in under their hash once; an existing file is left alone.
    bool putImage(const QString &hash, const QByteArray &bytes, QString *error) const;
    // The bytes of an image if the folder holds a complete copy whose hash matches its name.
    std::optional<QByteArray> takeImage(const QString &hash) const;

    static QString segmentFileName(qint64 seq);

private:
    QString m_root;
};

// Writes `bytes` to `path` through a temporary file and a rename, so readers see all or nothing.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
QString sha256Hex(const QByteArray &bytes);

} // namespace confab

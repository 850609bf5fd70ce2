#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMultiMap>
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
    // Non-zero for a part of a snapshot (SyncSnapshot): its number; `seq` is then the part, 0 the manifest.
    // The header carries it, so a snapshot's part never passes for a segment or for another snapshot's part.
    qint64 snapshot = 0;
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
// Images live once under images/<sha256>, documents under documents/<sha256>. Anything else in the folder
// (sync engines' conflict copies, temporary files) is ignored.
class SyncFolder
{
public:
    // What a round reads from the folder at most, so a hostile or broken file costs a refusal, not the
    // memory to hold it: a segment, one record (line) in it, a picture. The publisher keeps within them.
    static constexpr qint64 MaxSegmentBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxRecordBytes = 16LL * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 64LL * 1024 * 1024;
    // The largest document Confab attaches (DocumentLimits: a 20 MB PDF).
    static constexpr qint64 MaxDocumentBytes = 20LL * 1024 * 1024;

    // With a folder key (FolderKey) the folder is encrypted: segments (.sealed), pictures and documents are
    // sealed, and pictures and documents are named by a keyed hash; files that are not sealed with the key
    // are refused.
    explicit SyncFolder(QString root, QByteArray key = {});

    const QString &root() const { return m_root; }
    bool encrypted() const { return !m_key.isEmpty(); }
    QString deviceDir(const QString &device) const;
    QString segmentPath(const QString &device, qint64 seq) const;
    // A snapshot's part `part` (0 is its manifest), beside the device's segments.
    QString snapshotPath(const QString &device, qint64 snapshot, qint64 part) const;
    QString imagePath(const QString &hash) const;
    QString documentPath(const QString &hash) const;

    // Creates the folder layout for this device; false with a reason when the folder is missing or
    // read-only.
    bool prepare(const QString &device, QString *error) const;
    // Devices with a folder here, this one included.
    QStringList devices() const;
    // Sequence numbers of the complete-looking segment names of a device, ascending.
    QList<qint64> segmentNumbers(const QString &device) const;
    // Numbers of the snapshots of a device whose manifest is here, ascending.
    QList<qint64> snapshotNumbers(const QString &device) const;
    // Every snapshot file (manifests and parts) of a device, by number, for removing those replaced.
    QMultiMap<qint64, QString> snapshotFiles(const QString &device) const;

    bool writeSegment(const Segment &segment, QString *error) const;
    std::variant<Segment, SegmentProblem> readSegment(const QString &device, qint64 seq) const;
    std::variant<Segment, SegmentProblem> readSnapshotPart(const QString &device, qint64 snapshot,
                                                           qint64 part) const;

    // Seals this device's segments written before the folder was encrypted, in place, one by one, and removes
    // its plain snapshots; how many segments.
    int sealPlainSegments(const QString &device, QString *error) const;
    // Seals the pictures the folder held before it was encrypted and renames them to their keyed names.
    int sealPlainImages(QString *error) const;

    // Copies image bytes in under their hash once; an existing file is left alone.
    bool putImage(const QString &hash, const QByteArray &bytes, QString *error) const;
    // The bytes of an image if the folder holds a complete copy whose hash matches its name. A copy larger
    // than MaxImageBytes is never read; `oversized` (when given) is set then.
    std::optional<QByteArray> takeImage(const QString &hash, bool *oversized = nullptr) const;
    // The same for a document's bytes, up to MaxDocumentBytes.
    bool putDocument(const QString &hash, const QByteArray &bytes, QString *error) const;
    std::optional<QByteArray> takeDocument(const QString &hash, bool *oversized = nullptr) const;

    QString segmentFileName(qint64 seq) const;

private:
    // A picture or a document: stored once under its (keyed) name, sealed in an encrypted folder.
    bool putFile(const QString &path, const QByteArray &bytes, QString *error) const;
    std::optional<QByteArray> takeFile(const QString &path, const QString &hash, qint64 maxBytes,
                                       bool *oversized) const;
    std::variant<Segment, SegmentProblem> readSegmentFile(const QString &path, bool sealed, qint64 seq,
                                                          const QString &device, qint64 snapshot = 0) const;

    QString m_root;
    QByteArray m_key;
};

// Writes `bytes` to `path` through a temporary file and a rename, so readers see all or nothing.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace confab

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace confab {

class HybridClock;
class SyncConnection;
class SyncFolder;
struct Segment;

// The sync_state key under which the applier notes how far ahead another device's clock is (milliseconds,
// empty when within the bound).
QString clockAheadKey(const QString &device);

// Applies another device's segment to this store in one transaction, merging by the rules of sync: session
// fields last-writer-wins by hybrid logical clock (a local edit not yet published wins, since its stamp will
// be later than anything seen), finished messages added once by global id and replaced only by a later
// version, deletions kept as tombstones so nothing deleted comes back.
class SyncApplier
{
public:
    SyncApplier(SyncConnection &connection, HybridClock &clock, const SyncFolder &folder, QString imagesDir);

    // Copies the images the segment refers to from the folder into the store; returns those the folder
    // does not hold whole yet (the segment must wait for them). Those too large to read are added to
    // `oversized` as well.
    QStringList bringImages(const Segment &segment, QStringList *oversized);
    // The same for the documents the segment's questions carry, into the document store beside the images.
    QStringList bringDocuments(const Segment &segment, QStringList *oversized);
    bool apply(const Segment &segment, QString *error);
    // Merges a part of a snapshot (SyncSnapshot) by the same rules; how far it reaches is set by
    // coverSegments once every part is in.
    bool applySnapshotPart(const Segment &part, QString *error);
    // Counts the segments up to `covers` (per device) as applied, never moving a device back.
    bool coverSegments(const QHash<QString, qint64> &covers, const QHash<QString, QString> &names,
                       QString *error);

private:
    // Applies the records in one transaction; `finish` adds the statements that record how far this went.
    bool applyRecords(const QList<QJsonObject> &records, const std::function<bool()> &finish, QString *error);
    bool applyRecord(const QJsonObject &record);
    bool applySession(const QJsonObject &record);
    bool applyMessage(const QJsonObject &record);
    bool applyDeletion(const QJsonObject &record);
    // Hangs the message under its parent, or keeps it waiting for a parent that has not arrived yet, and
    // hangs the messages that were waiting for this one under it.
    bool placeInTree(qint64 id, const QString &gid, const QString &parentGid, bool parentHere);
    bool settleSelection(qint64 sessionId);
    // Where a message whose parent is `parentGid` hangs: that parent, or, when it was deleted, the place of
    // the deleted message (its parent, up the chain).
    QString placeOf(const QString &parentGid);
    bool moveWaiting(const QString &from, const QString &to);
    bool tombstoned(const QString &gid);
    qint64 sessionFor(const QString &gid, qint64 createdAt);
    // The rank (HybridClock::rank) of the change applied last to a field.
    QString clockOf(const QString &gid, const QString &field);
    bool setClock(const QString &gid, const QString &field, const QString &hlc);

    SyncConnection &m_connection;
    HybridClock &m_clock;
    const SyncFolder &m_folder;
    QString m_imagesDir;
    QString m_documentsDir;
    QSet<qint64> m_touchedSessions;
    // This device's wall clock when the segment being applied was read, the measure of a stamp's bound.
    qint64 m_nowMs = 0;
};

} // namespace confab

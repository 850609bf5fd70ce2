#pragma once

#include "sync/HybridClock.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace confab {

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
    // The records of the last apply() (or snapshot part) that changed nothing here, by why; for the sync log.
    struct Skipped
    {
        int unreadable = 0;  // no id, no clock stamp, or fields that do not parse
        int deletedHere = 0; // deleted on this device (or on another before), and deletions stay
        int older = 0;       // this device already holds the same or a later version
        int unknownKind = 0; // a kind of record from a newer Confab

        int total() const { return unreadable + deletedHere + older + unknownKind; }
    };

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
    // A join into a store that holds no messages yet merges a whole snapshot as the import does: in one
    // transaction, with the messages' search index built once at the end instead of row by row (FTS5 writes
    // its pending rows out at every statement that inserts a message, a third of a join's time). After
    // beginBulk (false: the store holds messages, or the transaction could not start; merge part by part)
    // every applySnapshotPart adds to that transaction; finishBulk commits it, abandonBulk rolls it back.
    bool beginBulk();
    bool finishBulk(QString *error);
    void abandonBulk();
    // Counts the segments up to `covers` (per device) as applied, never moving a device back.
    bool coverSegments(const QHash<QString, qint64> &covers, const QHash<QString, QString> &names,
                       QString *error);
    const Skipped &skipped() const { return m_skipped; }

private:
    // Applies the records in one transaction; `finish` adds the statements that record how far this went.
    bool applyRecords(const QList<QJsonObject> &records, const std::function<bool()> &finish, QString *error);
    bool applyRecord(const QJsonObject &record);
    bool applySession(const QJsonObject &record);
    bool applyMessage(const QJsonObject &record);
    bool applyDeletion(const QJsonObject &record);
    // Hangs the message under its parent, or keeps it waiting for a parent that has not arrived yet, and
    // hangs the messages that were waiting for this one under it.
    // `waited`: it was waiting before; `awaited`: messages are waiting for it.
    bool placeInTree(qint64 id, const QString &gid, const QString &parentGid, bool parentHere, bool waited,
                     bool awaited);
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
    // Per session touched in this transaction, the creation time of its newest message applied.
    QHash<qint64, qint64> m_latestInSession;
    Skipped m_skipped;
    bool m_bulk = false;
    // The search index's insert trigger, as the schema has it, put back when a bulk merge ends.
    QString m_ftsTrigger;
    HlcStamp m_bulkClockBefore;
    // This device's wall clock when the segment being applied was read, the measure of a stamp's bound.
    qint64 m_nowMs = 0;
};

} // namespace confab

#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace confab {

class HybridClock;
class SyncApplier;
class SyncConnection;
class SyncFolder;

// A snapshot's manifest: how far it reaches into every device's segments, and how many parts hold it.
struct SnapshotManifest
{
    QString device;
    qint64 number = 0;
    qint64 parts = 0;
    qint64 records = 0;
    // Per device: the last of its segments the snapshot holds, and its name.
    QHash<QString, qint64> covers;
    QHash<QString, QString> names;
};

// Bounded growth of the sync folder. A device now and then writes a snapshot of everything it has applied
// (its own changes and the others'), compacted to one record per chat and message, with each field's stamp,
// plus the deletions; sealed like a segment when the folder is encrypted, in parts of at most PartBytes.
// A device that starts from nothing, or that finds segments it still needs retired, merges one snapshot by
// the usual rules and then goes on from the segments past it. A writer deletes its segments that every
// device's newest snapshot holds, keeping its last one, so everyone can tell how far its numbering went.
//
// Files: devices/<id>/snapshot-<n>-<part>.<suffix>, then the manifest devices/<id>/snapshot-<n>.<suffix>,
// written last (a snapshot without its manifest is not there yet). Every part names its device, snapshot
// number and part in its header, and the manifest the number of parts, so parts of two snapshots never mix.
namespace snapshots {

// The plain text of one part, before compression, at most; records are added until it would pass this.
inline constexpr qint64 PartBytes = 8LL * 1024 * 1024;
// Sealed parts a snapshot may have, at most: 64 MB each, enough for tens of millions of messages.
inline constexpr qint64 MaxParts = 100'000;

// The newest snapshot of `device` whose manifest reads whole, or why none does (empty when it has none).
std::variant<SnapshotManifest, QString> newest(const SyncFolder &folder, const QString &device);

// Writes a snapshot of this store as it is (the outbox must be empty: what the snapshot holds of this device
// is then exactly its published segments), and removes this device's older snapshots. The manifest, or
// why not.
std::variant<SnapshotManifest, QString> write(SyncConnection &connection, const SyncFolder &folder,
                                              const QString &device, const QString &deviceName);

// Merges every part of a snapshot into the store, then counts the segments it covers as applied. False with
// a phrase in *error (a part missing, altered or not matching its manifest); parts merged before the problem
// stay merged, which is harmless, since merging is by the same rules as segments. `next` runs after each part
// and stops the merge by returning false. Into a store without messages (a new device joining) the whole
// snapshot is merged in one transaction (SyncApplier::beginBulk): a problem or a stop then leaves nothing of
// it, and the next round starts it again.
bool apply(SyncApplier &applier, SyncConnection &connection, const SyncFolder &folder,
           const SnapshotManifest &manifest, const std::function<bool()> &next, QString *error);

// Deletes this device's segments that every device's newest snapshot holds (never its last one); how many.
// Nothing is retired while a device in the folder has no readable snapshot.
int retire(const SyncFolder &folder, const QString &self, const SnapshotManifest &own);

} // namespace snapshots
} // namespace confab

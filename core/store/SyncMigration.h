#pragma once

#include <QLatin1String>
#include <QStringList>

namespace confab {

// The schema step that makes a store syncable: global ids for sessions and messages, the outbox of local
// changes waiting to be published, the clocks and tombstones that merge edits from other devices, and a
// short change feed that lets another process (or the sync worker) tell an open window what moved.
QStringList syncJournalMigration();

// The schema step that lets a deleted message's replies take its place on every device: a deletion carries
// the deleted message's parent (in the outbox row's `field`, then in the record), and a tombstone keeps it,
// so a reply that arrives after its question was deleted elsewhere hangs where the question hung.
QStringList deletedParentMigration();

// The trigger that queues a local edit of one merged session column for publishing. A migration adding a
// merged field (records::mergedSessionFields) creates its trigger with this.
QString sessionFieldTrigger(QLatin1String column);

} // namespace confab

#pragma once

#include <QString>

#include <utility>

namespace confab {

// What happened when the store was opened, worded for the user; the window and the CLI show `message`.
struct OpenResult
{
    enum class Outcome
    {
        Created,  // no history yet: a new, empty store
        Opened,   // the existing store, already at the current schema
        Migrated, // the existing store, upgraded after a backup was written
        Restored, // the newest backup replaced a damaged file
        Corrupt,  // the file was damaged and moved aside; the store is closed until restore or start fresh
        TooNew,   // written by a newer Confab; left untouched, the store stays closed
        Failed,   // could not be opened at all (permissions, disk full, …)
    };

    OpenResult(Outcome outcome = Outcome::Failed, QString message = {})
        : outcome(outcome)
        , message(std::move(message))
    {}

    Outcome outcome;
    QString message;
    // Where a damaged file now lives (never deleted).
    QString movedAsidePath;
    // The backup written before a migration, or the newest backup on offer after a corruption.
    QString backupPath;
    int fromVersion = 0;
    int toVersion = 0;
    // Answers that were running when the app last died and are now marked failed ("interrupted").
    int interruptedMessages = 0;

    bool isOpen() const
    {
        return outcome == Outcome::Created || outcome == Outcome::Opened || outcome == Outcome::Migrated ||
               outcome == Outcome::Restored;
    }
    bool canRestoreBackup() const { return outcome == Outcome::Corrupt && !backupPath.isEmpty(); }
};

} // namespace confab

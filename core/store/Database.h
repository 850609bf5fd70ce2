#pragma once

#include "store/IntegrityMarker.h"
#include "store/OpenResult.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace confab {

// One SQLite file behind one named connection on the thread that opens it. Handles everything that happens
// before the first query: schema migrations with a backup first, damage detection, and crash recovery.
class Database
{
public:
    static constexpr int KeptBackups = 3;

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    // When the full integrity check (after a crash, or every few days) runs: at open, or later on a worker
    // (BackgroundIntegrityCheck). On a large history it takes seconds, which the window must not wait for.
    enum class IntegrityCheck
    {
        AtOpen,
        Later
    };

    OpenResult open(IntegrityCheck check = IntegrityCheck::AtOpen);
    // A check was due and left for later; noteIntegrityChecked() records that it came back clean.
    bool integrityCheckDue() const { return m_integrityCheckDue; }
    void noteIntegrityChecked();
    // A further connection to a file that another Database has already opened and migrated, for a worker
    // thread: nothing is checked, migrated or recovered, and closing it leaves the integrity marker alone.
    // A read-only one can run beside the GUI's writes (WAL) without ever taking the write lock.
    bool openAlongside(Access access, QString *error);
    // After a Corrupt outcome: copy the newest backup into place and open it.
    OpenResult restoreNewestBackup();
    // After a Corrupt outcome (or any time): move whatever is at the path aside and begin an empty store.
    OpenResult startFresh();
    void close();

    bool isOpen() const;
    // SQLite asks `stop` every few thousand steps of this connection's statements, and a true answer
    // interrupts the one running (it fails as "interrupted"), so a worker's long query ends within a moment
    // when it is no longer wanted. Where Confab cannot reach the SQLite library the Qt driver uses (see
    // store/CMakeLists.txt), the query runs to its end.
    void interruptWhen(std::function<bool()> stop);
    // Asks `stop` now, from any thread, and interrupts the running statement on a true answer. SQLite takes
    // no steps while FTS5 merges the lists of every word a prefix starts (a few hundred milliseconds for a
    // common prefix of a long history), so only this reaches such a statement. A statement started after the
    // running ones have ended is not affected.
    void interruptIfStopped();
    QSqlDatabase connection() const { return m_db; }
    const QString &path() const { return m_path; }
    // Backups written before migrations, oldest first.
    QStringList backups() const;

    // Runs `work` inside one transaction; rolls back when it returns false.
    template<typename Work> bool transaction(Work &&work)
    {
        if (!m_db.transaction())
            return false;
        if (!work()) {
            m_db.rollback();
            return false;
        }
        return m_db.commit();
    }

private:
    bool connect(QString *error, Access access = Access::ReadWrite);
    void disconnect();
    bool configure(QString *error);
    OpenResult openExisting();
    OpenResult moveAside(const QString &reason);
    bool writeBackup(int fromVersion, QString *backupPath, QString *error);
    void pruneBackups();
    bool migrate(int fromVersion, QString *error);
    int recoverInterrupted();

    QString m_path;
    IntegrityMarker m_marker;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_alongside = false;
    std::function<bool()> m_stop;
    // The sqlite3 handle interruptIfStopped() may reach from another thread, while the connection is open;
    // the lock keeps it from being closed under that call.
    QMutex m_interruptLock;
    void *m_interruptible = nullptr;
    IntegrityCheck m_integrityCheck = IntegrityCheck::AtOpen;
    bool m_integrityCheckDue = false;
};

} // namespace confab

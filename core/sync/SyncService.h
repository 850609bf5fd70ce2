#pragma once

#include "sync/SyncEngine.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace confab {

class Settings;
class Store;

// Runs sync by itself while the app is open: a round shortly after the folder changes (a file watcher on
// it) or this device writes something, and a periodic round in case the watcher misses anything (network
// shares, some cloud clients). Rounds run on a worker thread with their own connection to the store; the
// window sees what they applied through the store's ChangeFeed.
class SyncService : public QObject
{
    Q_OBJECT

public:
    static constexpr int PeriodicRoundMs = 60'000;
    static constexpr int SettleMs = 1'000;

    // Folder keys are kept under the keychain service `keychainService` (empty: the app's own).
    SyncService(Store *store, Settings *settings, const QString &keychainService = {},
                QObject *parent = nullptr);
    ~SyncService() override;

    QString folder() const;
    void setFolder(const QString &folder);
    bool isEnabled() const { return !folder().isEmpty(); }
    bool isRunning() const { return m_running; }
    const SyncReport &lastReport() const { return m_lastReport; }
    // Starts a round soon, folding several requests in quick succession into one.
    void requestRound();
    void setDeviceName(const QString &name);

    // Encrypted folders, on the worker (Argon2id and the keychain take a moment); passphraseDone() says how
    // it went, and a round follows when it worked. Unlocks an encrypted folder, or encrypts a new or plain
    // one under the passphrase.
    void usePassphrase(const QString &passphrase);
    void changePassphrase(const QString &passphrase);
    // Syncs a new folder without encryption, as chosen in Settings → Sync.
    void choosePlain();
    // Stops the running round after the segment in hand; what it applied stays.
    void cancelRound();

signals:
    void passphraseDone(const QString &error);
    void roundStarted();
    // A round's progress, in segments published and applied (only for rounds with more than one).
    void roundProgress(int done, int total);
    void roundFinished(const confab::SyncReport &report);
    void folderChanged(const QString &folder);

private:
    void startRound();
    void onRoundFinished(const SyncReport &report);
    void watch();
    bool hasUnpublished() const;

    Store *m_store;
    Settings *m_settings;
    QThread m_thread;
    class SyncWorker *m_worker;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QTimer m_periodic;
    bool m_running = false;
    bool m_again = false;
    // A new folder waits for a passphrase, or for the choice to sync it in plain text.
    bool m_plainChosen = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    SyncReport m_lastReport;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::SyncReport)

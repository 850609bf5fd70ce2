#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace confab {

class SyncConnection;

// Another device seen in the sync folder.
struct SyncPeer
{
    QString device;
    QString name;
    qint64 appliedSegments = 0;
    // When that device wrote the newest of its changes applied here.
    QDateTime lastChange;
    // Why its newer changes are not applied yet, if they are not.
    QString waiting;
    // How far that device's wall clock was ahead of this one's when it wrote its newest segment applied
    // here, when that is beyond HybridClock::MaxDriftMs; 0 otherwise.
    qint64 clockAheadMs = 0;

    // What the user should know about that device's clock, empty when nothing.
    QString clockWarning() const;
};

// How a long round (a first publish, a join) shows how far it is, and is stopped: `step` after each segment
// published or applied, with how many there are in all; `cancelled` is asked before each next one. A stopped
// round keeps what it published and applied; the next round goes on from there.
struct RoundControl
{
    std::function<void(int done, int total)> step;
    std::function<bool()> cancelled;
};

// What one round did.
struct SyncReport
{
    bool completed = false;
    bool cancelled = false;
    QString error;
    // The folder is encrypted and this device holds no key for it: a passphrase is wanted.
    bool needsPassphrase = false;
    bool encrypted = false;
    QString deviceId;
    QString deviceName;
    int publishedRecords = 0;
    int publishedSegments = 0;
    int appliedRecords = 0;
    int appliedSegments = 0;
    // Records merged from another device's snapshot (a device starting from nothing, or finding segments it
    // needed retired), this device's snapshot written this round (records in it), and its segments retired.
    qint64 snapshotRecordsApplied = 0;
    qint64 snapshotRecordsWritten = 0;
    int retiredSegments = 0;
    // Things that wait for the folder (half-copied segments, missing images, a read-only folder).
    QStringList waiting;
    QList<SyncPeer> peers;
    QDateTime finishedAt;

    QString summary() const;
};

// One sync round against a shared folder: publish this device's outbox, then apply every other device's
// segments that are complete and next in line. Runs on its own connection to the store file, on the thread
// that calls it; the store must be open (and migrated) by the app or CLI first.
class SyncEngine
{
public:
    SyncEngine(QString databasePath, QString imagesDir);
    ~SyncEngine();

    SyncReport runRound(const QString &folder, const RoundControl &control = {});

    // How many segments (published and applied) a device goes through between two snapshots of its own.
    static constexpr int SnapshotEvery = 500;
    void setSnapshotEvery(int segments) { m_snapshotEvery = std::max(1, segments); }

    // This device's id and name, created on first use.
    QString deviceId();
    QString deviceName();
    bool setDeviceName(const QString &name);
    QList<SyncPeer> peers();

    // Encrypted folders. Each returns why it failed, or an empty string. The key is kept in the keychain
    // (SyncKeychain) and, for this run, here.
    // Opens an encrypted folder with its passphrase.
    QString unlockFolder(const QString &folder, const QString &passphrase);
    // Makes a new folder, or a plain one, encrypted under the passphrase: this device's segments and the
    // folder's pictures are sealed; the others' segments once each of them has the passphrase.
    QString encryptFolder(const QString &folder, const QString &passphrase);
    // Wraps the folder key under a new passphrase; nothing else in the folder changes.
    QString changePassphrase(const QString &folder, const QString &passphrase);
    bool needsPassphrase(const QString &folder);
    // A folder nobody has synced through yet (no key file, no device's files): it is encrypted unless the
    // user chooses otherwise, so nothing is written to it before they choose.
    static bool isNewFolder(const QString &folder);

private:
    bool connect(QString *error);
    // The key this device holds for an encrypted folder that still fits it.
    std::optional<QByteArray> keyFor(const QString &folder);
    void keep(const QString &folder, const QByteArray &key);
    void applyDevice(class SyncApplier &applier, const class SyncFolder &folder, const QString &device,
                     SyncReport &report, const std::function<bool()> &goOn);
    // Segments a round has ahead of it: this device's outbox in segments, and the others' not applied yet.
    int segmentsAhead(const class SyncFolder &folder, const QString &self);
    // Merges another device's snapshot when this device has applied nothing yet, or when segments it still
    // needs were retired; the one reaching furthest that holds every retired segment.
    void startFromSnapshot(class SyncApplier &applier, const class SyncFolder &folder, SyncReport &report,
                           const std::function<bool()> &goOn);
    // Writes this device's snapshot when it is due, then retires what every device's snapshot holds.
    void snapshotAndRetire(const class SyncFolder &folder, SyncReport &report);
    void noteWaiting(const QString &device, const QString &reason, SyncReport &report);

    QString m_databasePath;
    QString m_imagesDir;
    std::unique_ptr<SyncConnection> m_connection;
    QHash<QString, QByteArray> m_folderKeys;
    int m_snapshotEvery = SnapshotEvery;
};

} // namespace confab

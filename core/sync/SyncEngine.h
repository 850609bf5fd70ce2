#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
};

// What one round did.
struct SyncReport
{
    bool completed = false;
    QString error;
    QString deviceId;
    QString deviceName;
    int publishedRecords = 0;
    int publishedSegments = 0;
    int appliedRecords = 0;
    int appliedSegments = 0;
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

    SyncReport runRound(const QString &folder);

    // This device's id and name, created on first use.
    QString deviceId();
    QString deviceName();
    bool setDeviceName(const QString &name);
    QList<SyncPeer> peers();

private:
    bool connect(QString *error);
    void applyDevice(class SyncApplier &applier, const class SyncFolder &folder, const QString &device,
                     SyncReport &report);
    void noteWaiting(const QString &device, const QString &reason, SyncReport &report);

    QString m_databasePath;
    QString m_imagesDir;
    std::unique_ptr<SyncConnection> m_connection;
};

} // namespace confab

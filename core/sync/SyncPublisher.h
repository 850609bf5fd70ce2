#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace confab {

class HybridClock;
class SyncConnection;
class SyncFolder;

struct PublishResult
{
    int records = 0;
    int segments = 0;
    int images = 0;
    int documents = 0;
    QString error;
    // Changes that cannot travel (too large), each a phrase for the user.
    QStringList refused;
};

// Turns this device's outbox (filled by triggers on every local change) into sealed segments in the folder.
// A batch leaves the outbox only after its segment is in place, so a folder that is offline or read-only
// loses nothing: the changes wait for the next round.
class SyncPublisher
{
public:
    static constexpr int RecordsPerSegment = 400;

    SyncPublisher(SyncConnection &connection, HybridClock &clock, const SyncFolder &folder, QString imagesDir,
                  QString deviceName);

    // Publishes segment after segment; `next` is asked after each and stops the loop by returning false
    // (what was published stays published).
    PublishResult publishAll(const std::function<bool()> &next);

private:
    // One segment's worth; false when nothing was left or something failed.
    bool publishBatch(PublishResult &result);

    SyncConnection &m_connection;
    HybridClock &m_clock;
    const SyncFolder &m_folder;
    QString m_imagesDir;
    QString m_deviceName;
};

} // namespace confab

#pragma once

#include <QObject>
#include <QTimer>

namespace confab {

class Database;
class MessageStore;

// What other connections wrote to this store file: the CLI or a second window on the same data folder, and
// this app's own sync worker. A cheap timer asks SQLite whether anyone else committed (PRAGMA data_version,
// which reads no data); only then are the change_feed rows after the last one seen read and announced here.
// Its signals are its own, apart from the stores' (which say what this process wrote): a list model follows
// both, while the sync service sends out only what was written here or by the CLI, never a batch it applied.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 250;

    ChangeFeed(Database *database, MessageStore *messages, QObject *parent = nullptr);

    // Follows the store from now on; what was written before is not announced. Once the store is open.
    void start(int intervalMs = DefaultIntervalMs);
    bool isStarted() const { return m_timer.isActive(); }
    // Checks now rather than at the next tick.
    void check();

signals:
    void sessionAdded(qint64 sessionId);
    void sessionChanged(qint64 sessionId);
    void sessionRemoved(qint64 sessionId);
    // Any field of the message may have changed.
    void messageChanged(qint64 sessionId, qint64 messageId);
    void messageRemoved(qint64 sessionId, qint64 messageId);
    // Messages of the session were added, moved or switched: which branch is on screen is to be reloaded.
    void branchChanged(qint64 sessionId);
    // After the signals of one look: how many changes it announced (one per row and kind, however many times
    // it changed since the last look).
    void batchRead(int count);

private:
    Database *m_database;
    MessageStore *m_messages;
    QTimer m_timer;
    qint64 m_dataVersion = 0;
    qint64 m_lastFeedId = 0;
};

} // namespace confab

#pragma once

#include <QObject>
#include <QTimer>

namespace confab {

class Store;

// Shows in this process what other connections wrote to the same store file: the CLI or a second window on
// the same data folder, and this app's own sync worker. A cheap timer asks SQLite whether anyone else
// committed (PRAGMA data_version, which reads no data); only then are the change-feed rows after the last
// one seen read, and announced through the store's own signals so the list models update single rows.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 250;

    explicit ExternalChangeWatcher(Store *store, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Checks now rather than at the next tick.
    void check();

signals:
    // Another connection committed changes, which were announced.
    void externalChanges(int count);

private:
    Store *m_store;
    QTimer m_timer;
    qint64 m_dataVersion = 0;
    qint64 m_lastFeedId = 0;
};

} // namespace confab

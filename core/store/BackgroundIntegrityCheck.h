#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace confab {

// SQLite's quick_check of the whole history on a worker thread with its own read-only connection. On a large
// history it reads every page for seconds, so the window runs it after its first paint rather than before.
// Deleting the check stops it within a moment.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(QString databasePath, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    // `problems` empty: the file is sound. `completed` false: the check could not run to the end.
    void finished(bool completed, const QStringList &problems);

private:
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
};

} // namespace confab

#pragma once

#include "store/Store.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace confab {

// One whole-history export or import on a worker thread with a connection of its own, so the window stays
// responsive however long the history is. Progress arrives on the thread that started it, a few times a
// second; cancel() stops the work with nothing half-done (see HistoryExporter and HistoryImporter).
class HistoryTransfer : public QObject
{
    Q_OBJECT

public:
    ~HistoryTransfer() override;

    // `sessionIds` empty: every session.
    static HistoryTransfer *startExport(const StoreLocation &location, const QList<qint64> &sessionIds,
                                        const QString &folder, QObject *parent = nullptr);
    static HistoryTransfer *startImport(const StoreLocation &location, const QString &path,
                                        QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    // Messages written (export) or bytes read (import) out of `total`.
    void progress(qint64 done, qint64 total);
    // `importedSessions`: the new sessions' ids in the store, after an import.
    void finished(bool ok, bool cancelled, const QString &error, const QList<qint64> &importedSessions);

private:
    explicit HistoryTransfer(QObject *parent);
    template<typename Work> void run(const StoreLocation &location, Database::Access access, Work work);
    bool report(qint64 done, qint64 total);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    qint64 m_lastReportMs = 0;
};

} // namespace confab

#include "store/HistoryTransfer.h"

#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"

#include <QDateTime>

namespace confab {

namespace {
constexpr qint64 ReportIntervalMs = 100;
} // namespace

HistoryTransfer::HistoryTransfer(QObject *parent)
    : QObject(parent)
{}

HistoryTransfer::~HistoryTransfer()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool HistoryTransfer::report(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReportMs >= ReportIntervalMs || done == total) {
        m_lastReportMs = now;
        QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); });
    }
    return !m_cancelled;
}

template<typename Work>
void HistoryTransfer::run(const StoreLocation &location, Database::Access access, Work work)
{
    m_thread.reset(QThread::create([this, location, access, work] {
        bool ok = false;
        QString error;
        QList<qint64> imported;
        {
            Store store(location);
            if (!store.openAlongside(access, &error))
                error = QStringLiteral("The history could not be opened: %1.").arg(error);
            else
                ok = work(store, &error, &imported);
        }
        const bool cancelled = m_cancelled;
        QMetaObject::invokeMethod(
            this, [this, ok, cancelled, error, imported] { emit finished(ok, cancelled, error, imported); });
    }));
    m_thread->setObjectName(QStringLiteral("confab-history-transfer"));
    m_thread->start(QThread::LowPriority);
}

HistoryTransfer *HistoryTransfer::startExport(const StoreLocation &location, const QList<qint64> &sessionIds,
                                              const QString &folder, QObject *parent)
{
    auto *transfer = new HistoryTransfer(parent);
    transfer->run(location, Database::Access::ReadOnly,
                  [transfer, sessionIds, folder](Store &store, QString *error, QList<qint64> *) {
                      HistoryExporter exporter(store);
                      const bool ok =
                          exporter.exportJson(sessionIds, folder, [transfer](qint64 done, qint64 total) {
                              return transfer->report(done, total);
                          });
                      *error = exporter.lastError();
                      return ok;
                  });
    return transfer;
}

HistoryTransfer *HistoryTransfer::startImport(const StoreLocation &location, const QString &path,
                                              QObject *parent)
{
    auto *transfer = new HistoryTransfer(parent);
    transfer->run(location, Database::Access::ReadWrite,
                  [transfer, path](Store &store, QString *error, QList<qint64> *imported) {
                      HistoryImporter importer(store);
                      const bool ok = importer.importJson(path, [transfer](qint64 done, qint64 total) {
                          return transfer->report(done, total);
                      });
                      *error = importer.lastError();
                      *imported = importer.importedSessions();
                      return ok;
                  });
    return transfer;
}

} // namespace confab

#pragma once

#include "store/SearchIndex.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace confab {

struct SearchResult
{
    SearchQuery query;
    SearchPage page;
    // The matching sessions, when they were asked for (SearchIndex::matchingSessions).
    QList<qint64> sessions;
    bool sessionsIncluded = false;
    QString error;
};

// Search on a worker thread with its own read-only connection, so typing never waits on the store. Each
// start() supersedes the one before: a query still running is interrupted inside SQLite, one still queued is
// skipped, and only the latest query's result is ever delivered.
class BackgroundSearch : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSearch(QString databasePath, QObject *parent = nullptr);
    ~BackgroundSearch() override;

    void start(const SearchQuery &query, bool withSessions);
    // Drops whatever is running or queued; nothing more is delivered until the next start().
    void cancel();

signals:
    void finished(const confab::SearchResult &result);

private:
    struct Worker;

    void run(quint64 ticket, const SearchQuery &query, bool withSessions);

    QThread m_thread;
    QObject *m_context;
    std::unique_ptr<Worker> m_worker;
    std::atomic<quint64> m_latest{0};
};

} // namespace confab

Q_DECLARE_METATYPE(confab::SearchResult)

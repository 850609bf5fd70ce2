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
    QString error;
    // False for the whole-word results delivered first while the prefix search for the last word is still
    // running; the complete result follows and replaces them.
    bool complete = true;
};

// Search on a worker thread with its own read-only connection, so typing never waits on the store. Each
// start() supersedes the one before: a query still running is interrupted inside SQLite, one still queued is
// skipped, and only the latest query's result is ever delivered.
//
// The page of hits is what the user waits for, so it is delivered as soon as it is read; the matching
// sessions (which scan many more hits) follow in sessionsFound.
//
// A prefix costs what all the words it starts add up to: FTS5 merges their whole lists before it can hand out
// the newest hit, which for the most common word of a long history takes seconds. Whole words are read
// newest first and stop at the page, so while the last word is a prefix its whole-word hits are delivered
// first (when there are any) and the prefix hits replace them when ready.
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
    // The sessions with a hit for the latest query's text (SearchIndex::matchingSessions), after its page.
    void sessionsFound(const confab::SearchQuery &query, const QList<qint64> &sessions);

private:
    struct Worker;

    void run(quint64 ticket, const SearchQuery &query, bool withSessions);
    SearchResult runOnce(const SearchQuery &query);
    void deliver(quint64 ticket, const SearchResult &result);
    void deliverSessions(quint64 ticket, const SearchQuery &query, const QList<qint64> &sessions);

    QThread m_thread;
    QObject *m_context;
    std::unique_ptr<Worker> m_worker;
    std::atomic<quint64> m_latest{0};
};

} // namespace confab

Q_DECLARE_METATYPE(confab::SearchResult)
Q_DECLARE_METATYPE(confab::SearchQuery)

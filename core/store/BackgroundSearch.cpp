#include "store/BackgroundSearch.h"

#include "store/Database.h"

namespace confab {

// Lives on the worker thread: the connection is opened, used and closed there.
struct BackgroundSearch::Worker
{
    explicit Worker(QString path)
        : database(std::move(path))
        , index(&database)
    {}

    Database database;
    SearchIndex index;
    QString openError;
    std::atomic<quint64> running{0};
    const std::atomic<quint64> *latest = nullptr;

    bool ensureOpen()
    {
        if (database.isOpen())
            return true;
        if (!database.openAlongside(Database::Access::ReadOnly, &openError))
            return false;
        // A query made stale by a newer keystroke stops within a millisecond instead of running to the end:
        // SQLite asks this as it steps, and start() asks it at once.
        database.interruptWhen([this] { return latest->load() != running.load(); });
        return true;
    }
};

BackgroundSearch::BackgroundSearch(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_worker(std::make_unique<Worker>(std::move(databasePath)))
{
    qRegisterMetaType<SearchResult>();
    m_worker->latest = &m_latest;
    m_thread.setObjectName(QStringLiteral("confab-search"));
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

BackgroundSearch::~BackgroundSearch()
{
    cancel();
    QMetaObject::invokeMethod(
        m_context, [this] { m_worker->database.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void BackgroundSearch::start(const SearchQuery &query, bool withSessions)
{
    const quint64 ticket = ++m_latest;
    // Before the new query is posted, so only a stale one can be interrupted.
    m_worker->database.interruptIfStopped();
    QMetaObject::invokeMethod(m_context,
                              [this, ticket, query, withSessions] { run(ticket, query, withSessions); });
}

void BackgroundSearch::cancel()
{
    ++m_latest;
    m_worker->database.interruptIfStopped();
}

void BackgroundSearch::run(quint64 ticket, const SearchQuery &query, bool withSessions)
{
    if (ticket != m_latest.load())
        return;
    m_worker->running = ticket;
    if (query.offset == 0 && SearchIndex::endsInPrefix(query.text, query.prefixLastWord) &&
        !query.text.trimmed().endsWith(QLatin1Char('*'))) {
        SearchQuery wholeWords = query;
        wholeWords.prefixLastWord = false;
        SearchResult early = runOnce(wholeWords);
        early.query = query;
        early.complete = false;
        if (!early.page.hits.isEmpty() && early.error.isEmpty())
            deliver(ticket, early);
        // A newer query's interrupt may have come between the two statements, when there was none to stop.
        if (ticket != m_latest.load())
            return;
    }
    const SearchResult result = runOnce(query);
    deliver(ticket, result);
    if (!withSessions || !result.error.isEmpty() || ticket != m_latest.load())
        return;
    const QList<qint64> sessions =
        m_worker->index.matchingSessions(query.text, query.status, 500, query.prefixLastWord);
    if (m_worker->index.lastError().isEmpty())
        deliverSessions(ticket, query, sessions);
}

SearchResult BackgroundSearch::runOnce(const SearchQuery &query)
{
    Worker &worker = *m_worker;
    SearchResult result;
    result.query = query;
    if (!worker.ensureOpen()) {
        result.error = worker.openError;
        return result;
    }
    result.page = worker.index.page(query);
    result.error = worker.index.lastError();
    return result;
}

void BackgroundSearch::deliver(quint64 ticket, const SearchResult &result)
{
    if (ticket != m_latest.load())
        return;
    QMetaObject::invokeMethod(this, [this, ticket, result] {
        if (ticket == m_latest.load())
            emit finished(result);
    });
}

void BackgroundSearch::deliverSessions(quint64 ticket, const SearchQuery &query,
                                       const QList<qint64> &sessions)
{
    if (ticket != m_latest.load())
        return;
    QMetaObject::invokeMethod(this, [this, ticket, query, sessions] {
        if (ticket == m_latest.load())
            emit sessionsFound(query, sessions);
    });
}

} // namespace confab

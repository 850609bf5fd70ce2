#include "store/SearchIndex.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace confab {

namespace {

// CROSS JOIN keeps the full-text index as the outer loop, so rows come out in its rowid order and the
// LIMIT stops the scan instead of sorting every hit first.
const QString MessageHitColumns = QStringLiteral(
    "SELECT m.session_id, m.id, s.title, snippet(messages_fts, 0, char(2), char(3), '…', 16)"
    " FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid"
    " CROSS JOIN chat_sessions s ON s.id = m.session_id WHERE messages_fts MATCH ? AND s.status = ?");

// Whether stepping through `query` ended in an error (an interrupt, a damaged page) rather than at its last
// row: what was read up to then is only part of the answer.
bool failedPartWay(const std::optional<QSqlQuery> &query, QString *error)
{
    if (!query || !query->lastError().isValid())
        return false;
    *error = query->lastError().text();
    return true;
}

} // namespace

SearchIndex::SearchIndex(Database *database)
    : m_database(database)
{}

bool SearchIndex::endsInPrefix(const QString &text, bool prefixLastWord)
{
    const QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('*')))
        return true;
    return prefixLastWord && !text.isEmpty() && !text.back().isSpace();
}

QString SearchIndex::matchExpression(const QString &text, bool prefixLastWord)
{
    // Only letters and digits reach the tokenizer anyway; keeping just those leaves nothing FTS5 could parse
    // as an operator, and quoting each word turns NEAR, AND, OR and NOT into ordinary words.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    if (endsInPrefix(text, prefixLastWord))
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

void SearchIndex::titleHits(const QString &expression, const SearchQuery &query, QList<SearchHit> *hits) const
{
    const QString order = query.order == SearchOrder::Newest ? QStringLiteral("sessions_fts.rowid DESC")
                                                             : QStringLiteral("sessions_fts.rank");
    auto titles = sql::run(m_database->connection(),
                           QStringLiteral("SELECT s.id, s.title, highlight(sessions_fts, 0, char(2), char(3))"
                                          " FROM sessions_fts CROSS JOIN chat_sessions s"
                                          " ON s.id = sessions_fts.rowid"
                                          " WHERE sessions_fts MATCH ? AND s.status = ? ORDER BY %1 LIMIT ?")
                               .arg(order),
                           {expression, toString(query.status), query.limit}, &m_lastError);
    while (titles && titles->next())
        *hits << SearchHit{titles->value(0).toLongLong(), 0, titles->value(1).toString(),
                           titles->value(2).toString()};
    if (failedPartWay(titles, &m_lastError))
        hits->clear();
}

SearchPage SearchIndex::page(const SearchQuery &query) const
{
    SearchPage result;
    m_lastError.clear();
    const QString expression = matchExpression(query.text, query.prefixLastWord);
    if (expression.isEmpty() || query.limit <= 0)
        return result;
    if (query.offset == 0) {
        titleHits(expression, query, &result.hits);
        if (!m_lastError.isEmpty())
            return {};
    }

    // One row more than asked tells whether there is a further page.
    QString statement;
    QVariantList binds{expression, toString(query.status)};
    if (query.order == SearchOrder::Newest) {
        statement = MessageHitColumns + QStringLiteral(" ORDER BY messages_fts.rowid DESC LIMIT ? OFFSET ?");
    } else {
        statement = MessageHitColumns +
                    QStringLiteral(" AND messages_fts.rowid >= (SELECT coalesce(min(rowid), 0) FROM"
                                   " (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                                   " ORDER BY rowid DESC LIMIT ?))"
                                   " ORDER BY messages_fts.rank LIMIT ? OFFSET ?");
        binds << expression << RankedCandidates;
    }
    binds << query.limit + 1 << query.offset;
    auto messages = sql::run(m_database->connection(), statement, binds, &m_lastError);
    int count = 0;
    while (messages && messages->next()) {
        if (++count > query.limit) {
            result.more = true;
            break;
        }
        result.hits << SearchHit{messages->value(0).toLongLong(), messages->value(1).toLongLong(),
                                 messages->value(2).toString(), messages->value(3).toString()};
    }
    if (!messages || failedPartWay(messages, &m_lastError))
        return {};
    return result;
}

QList<SearchHit> SearchIndex::search(const QString &text, SessionStatus status, int limit) const
{
    return page({text, status, limit, 0, SearchOrder::Newest, true}).hits;
}

QList<qint64> SearchIndex::matchingSessions(const QString &text, SessionStatus status, int limit,
                                            bool prefixLastWord) const
{
    QList<qint64> sessions;
    m_lastError.clear();
    const QString expression = matchExpression(text, prefixLastWord);
    if (expression.isEmpty())
        return sessions;
    QSet<qint64> seen;
    auto titles = sql::run(m_database->connection(),
                           QStringLiteral("SELECT s.id FROM sessions_fts CROSS JOIN chat_sessions s"
                                          " ON s.id = sessions_fts.rowid WHERE sessions_fts MATCH ?"
                                          " AND s.status = ? ORDER BY sessions_fts.rowid DESC LIMIT ?"),
                           {expression, toString(status), limit}, &m_lastError);
    while (titles && titles->next()) {
        const qint64 id = titles->value(0).toLongLong();
        seen.insert(id);
        sessions << id;
    }
    if (!titles || failedPartWay(titles, &m_lastError))
        return {};
    titles.reset();
    // Stepping through the newest hits and stopping at `limit` sessions (or the scan limit) keeps a common
    // word as cheap as a rare one; DISTINCT in SQL would have to read every hit first.
    auto messages =
        sql::run(m_database->connection(),
                 QStringLiteral("SELECT m.session_id FROM messages_fts CROSS JOIN messages m"
                                " ON m.id = messages_fts.rowid CROSS JOIN chat_sessions s"
                                " ON s.id = m.session_id WHERE messages_fts MATCH ? AND s.status = ?"
                                " ORDER BY messages_fts.rowid DESC LIMIT ?"),
                 {expression, toString(status), SessionScanLimit}, &m_lastError);
    while (messages && messages->next() && sessions.size() < limit) {
        const qint64 id = messages->value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            sessions << id;
        }
    }
    if (!messages || failedPartWay(messages, &m_lastError))
        return {};
    return sessions;
}

bool SearchIndex::sessionMatches(qint64 sessionId, const QString &text) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return false;
    // Driven by the session's own messages, each looked up in the index by rowid, so the cost follows the
    // session's length rather than how common the words are in the whole history.
    return sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions_fts WHERE sessions_fts MATCH ?"
                                      " AND rowid = ?)"
                                      " OR EXISTS (SELECT 1 FROM messages m WHERE m.session_id = ? AND EXISTS"
                                      " (SELECT 1 FROM messages_fts WHERE messages_fts MATCH ?"
                                      " AND messages_fts.rowid = m.id))"),
                       {expression, sessionId, sessionId, expression}, &m_lastError)
        .toBool();
}

} // namespace confab

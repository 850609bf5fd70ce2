#include "store/SearchIndex.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace confab {

SearchIndex::SearchIndex(Database *database)
    : m_database(database)
{}

QString SearchIndex::matchExpression(const QString &text)
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
    const bool typingLastWord = !text.isEmpty() && !text.back().isSpace();
    if (typingLastWord)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchIndex::search(const QString &text, SessionStatus status, int limit) const
{
    QList<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return hits;
    const QVariantList binds{expression, toString(status), limit};

    auto titles =
        sql::run(m_database->connection(),
                 QStringLiteral("SELECT s.id, s.title, highlight(sessions_fts, 0, char(2), char(3))"
                                " FROM sessions_fts JOIN chat_sessions s ON s.id = sessions_fts.rowid"
                                " WHERE sessions_fts MATCH ? AND s.status = ? ORDER BY sessions_fts.rank"
                                " LIMIT ?"),
                 binds, &m_lastError);
    while (titles && titles->next())
        hits << SearchHit{titles->value(0).toLongLong(), 0, titles->value(1).toString(),
                          titles->value(2).toString()};
    titles.reset();

    auto messages = sql::run(m_database->connection(),
                             QStringLiteral("SELECT m.session_id, m.id, s.title,"
                                            " snippet(messages_fts, 0, char(2), char(3), '…', 16)"
                                            " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                                            " JOIN chat_sessions s ON s.id = m.session_id"
                                            " WHERE messages_fts MATCH ? AND s.status = ?"
                                            " ORDER BY messages_fts.rank LIMIT ?"),
                             binds, &m_lastError);
    while (messages && messages->next()) {
        hits << SearchHit{messages->value(0).toLongLong(), messages->value(1).toLongLong(),
                          messages->value(2).toString(), messages->value(3).toString()};
    }
    return hits;
}

QList<qint64> SearchIndex::matchingSessions(const QString &text, SessionStatus status) const
{
    QList<qint64> sessions;
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return sessions;
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT id FROM chat_sessions WHERE status = ? AND id IN ("
                                         " SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH ?"
                                         " UNION SELECT m.session_id FROM messages_fts JOIN messages m"
                                         " ON m.id = messages_fts.rowid WHERE messages_fts MATCH ?)"),
                          {toString(status), expression, expression}, &m_lastError);
    while (query && query->next())
        sessions << query->value(0).toLongLong();
    return sessions;
}

bool SearchIndex::sessionMatches(qint64 sessionId, const QString &text) const
{
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return false;
    return sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM sessions_fts WHERE sessions_fts MATCH ?"
                                      " AND rowid = ?)"
                                      " OR EXISTS (SELECT 1 FROM messages_fts JOIN messages m"
                                      " ON m.id = messages_fts.rowid WHERE messages_fts MATCH ?"
                                      " AND m.session_id = ?)"),
                       {expression, sessionId, expression, sessionId}, &m_lastError)
        .toBool();
}

} // namespace confab

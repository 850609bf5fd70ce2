#pragma once

#include "domain/Session.h"

#include <QChar>
#include <QList>
#include <QString>

namespace confab {

class Database;

struct SearchHit
{
    qint64 sessionId = 0;
    // 0 when the session's title matched rather than one of its messages.
    qint64 messageId = 0;
    QString sessionTitle;
    // The matching passage, matched words wrapped in SearchIndex::HighlightStart / HighlightEnd.
    QString snippet;
};

// Full-text search over message text and session titles (FTS5, ranked by bm25). Whatever the user types is
// turned into plain words, so quotes, '*', '-', NEAR or an unbalanced '"' can never make a query fail.
class SearchIndex
{
public:
    static constexpr QChar HighlightStart = QChar(0x02);
    static constexpr QChar HighlightEnd = QChar(0x03);

    explicit SearchIndex(Database *database);

    // Title hits first, then messages, best first; only sessions with the given status.
    QList<SearchHit> search(const QString &text, SessionStatus status = SessionStatus::Active,
                            int limit = 50) const;
    // Sessions with the given status whose title or any message matches.
    QList<qint64> matchingSessions(const QString &text, SessionStatus status) const;
    bool sessionMatches(qint64 sessionId, const QString &text) const;

    // The FTS5 expression for what the user typed: each word quoted, the last one as a prefix. Empty when
    // nothing searchable is left.
    static QString matchExpression(const QString &text);

    QString lastError() const { return m_lastError; }

private:
    Database *m_database;
    mutable QString m_lastError;
};

} // namespace confab

#pragma once

#include "domain/Session.h"

#include <QChar>
#include <QList>
#include <QMetaType>
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

enum class SearchOrder
{
    // Newest first: the cost is the page asked for, however common the words are.
    Newest,
    // Best match first (bm25), among the newest SearchIndex::RankedCandidates matches only.
    Relevance,
};

struct SearchQuery
{
    QString text;
    SessionStatus status = SessionStatus::Active;
    int limit = 50;
    // Message hits to skip; title hits come only with the first page.
    int offset = 0;
    SearchOrder order = SearchOrder::Newest;
    // While typing, the last word is a prefix ("tom" finds "tomato"); otherwise only whole words match,
    // unless the text ends in '*'.
    bool prefixLastWord = true;
};

struct SearchPage
{
    QList<SearchHit> hits;
    // Whether asking again with offset + limit would find more messages.
    bool more = false;
};

// Full-text search over message text and session titles (FTS5). Whatever the user types is turned into plain
// words, so quotes, '*', '-', NEAR or an unbalanced '"' can never make a query fail. Every query reads a
// bounded number of index entries: ranking every hit of a common word is what made search slow on a long
// history.
class SearchIndex
{
public:
    static constexpr QChar HighlightStart = QChar(0x02);
    static constexpr QChar HighlightEnd = QChar(0x03);
    static constexpr int RankedCandidates = 500;
    // How many message hits the session filter looks through for the sessions to show.
    static constexpr int SessionScanLimit = 20000;

    explicit SearchIndex(Database *database);

    // Title hits first, then messages.
    SearchPage page(const SearchQuery &query) const;
    // The first page, newest first.
    QList<SearchHit> search(const QString &text, SessionStatus status = SessionStatus::Active,
                            int limit = 50) const;
    // Sessions with the given status whose title or one of their newest matching messages matches, at most
    // `limit` of them, the most recently matching first.
    QList<qint64> matchingSessions(const QString &text, SessionStatus status, int limit = 500,
                                   bool prefixLastWord = true) const;
    bool sessionMatches(qint64 sessionId, const QString &text) const;

    // The FTS5 expression for what the user typed: each word quoted, the last one as a prefix when
    // `prefixLastWord` and the text does not end in a space, or whenever it ends in '*'. Empty when nothing
    // searchable is left.
    static QString matchExpression(const QString &text, bool prefixLastWord = true);
    // Whether the last word of `text` would be searched as a prefix.
    static bool endsInPrefix(const QString &text, bool prefixLastWord = true);

    QString lastError() const { return m_lastError; }

private:
    void titleHits(const QString &expression, const SearchQuery &query, QList<SearchHit> *hits) const;

    Database *m_database;
    mutable QString m_lastError;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::SearchPage)

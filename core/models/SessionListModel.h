#pragma once

#include "domain/Session.h"
#include "models/MessageRoles.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace confab {

class Store;

// The sidebar: sessions of one status (active, archived or trash), pinned on top then newest first,
// optionally narrowed to those whose title or messages match a search. Follows the store's signals row by
// row. Sessions are read a page at a time as the list is scrolled, so opening a long history reads one page.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SessionListModel(Store *store, QObject *parent = nullptr);

    void setFilter(SessionStatus status);
    SessionStatus filter() const { return m_filter; }
    // Looks the matching sessions up on the calling thread (a bounded query).
    void setSearchText(const QString &text);
    // Shows only `sessions` (found elsewhere, e.g. by BackgroundSearch) for the search `text`.
    void setSearchMatches(const QString &text, const QList<qint64> &sessions);
    QString searchText() const { return m_searchText; }
    void reload();

    // More than a tall sidebar shows (about 45 rows at 2160 px); the view fetches the next page as it scrolls
    // or when a page does not fill it.
    static constexpr int PageSize = 50;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowForSession(qint64 sessionId) const;
    // The session's row, reading further pages until it is loaded; -1 when this list does not show it.
    int revealSession(qint64 sessionId);
    Session sessionAt(int row) const { return m_rows.at(row); }

private:
    void onSessionAdded(qint64 id);
    void onSessionChanged(qint64 id);
    void onSessionRemoved(qint64 id);
    bool shows(const Session &session) const;
    int insertionRow(const Session &session) const;
    void removeRow(int row);

    Store *m_store;
    SessionStatus m_filter = SessionStatus::Active;
    QString m_searchText;
    QSet<qint64> m_matches;
    QList<Session> m_rows;
    // Whether the store has sessions of this filter beyond the pages read so far.
    bool m_hasMore = false;
};

} // namespace confab

#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace confab {
class BackgroundSearch;
class SessionListModel;
struct SearchResult;
class Store;
} // namespace confab

namespace confab::ui {

// Sessions newest first with pinned ones on top, the full-text search with highlighted passages, the
// active / archived / trash filter and each session's context menu.
class Sidebar : public QWidget
{
    Q_OBJECT
public:
    Sidebar(Store *store, QWidget *parent = nullptr);

    SessionListModel *model() const { return m_model; }
    QListView *sessionList() const { return m_sessions; }
    // Built with the first search, as is the search's worker thread: neither is on the first frame.
    QListWidget *searchResults();
    QLineEdit *searchBox() const { return m_search; }

    void selectSession(qint64 sessionId);
    qint64 currentSession() const;
    // Next (+1) or previous (-1) session in the list.
    void stepSession(int delta);
    void focusSearch();

signals:
    void sessionActivated(qint64 sessionId);
    void searchHitActivated(qint64 sessionId, qint64 messageId);
    void newChatRequested();
    void sessionPurged(qint64 sessionId);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void restyle();
    BackgroundSearch *searcher();
    void runSearch();
    void showSearchResult(const SearchResult &result);
    void addHits(const SearchResult &result);
    void onFilterChanged(int index);
    void onCurrentChanged();
    void onHitActivated(QListWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void rename(qint64 sessionId);
    void exportSession(qint64 sessionId, bool json);

    Store *m_store;
    SessionListModel *m_model;
    QPushButton *m_newChat;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QStackedWidget *m_stack;
    QListView *m_sessions;
    QListWidget *m_hits = nullptr;
    BackgroundSearch *m_background = nullptr;
    QTimer m_searchTimer;
    // The text whose hits are shown, so a page asked for with "More" continues the same search.
    QString m_shownSearch;
    // Our own clear button: the style's would look its icon up in the desktop's icon theme, a file search
    // that costs start-up 15 ms.
    QAction *m_clearSearch = nullptr;
    QAction *m_searchIcon = nullptr;
};

} // namespace confab::ui

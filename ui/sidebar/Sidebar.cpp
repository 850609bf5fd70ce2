#include "sidebar/Sidebar.h"

#include "models/SessionListModel.h"
#include "sidebar/SessionDelegate.h"
#include "store/BackgroundSearch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryTransfer.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "transfer/TransferProgress.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
constexpr int SnippetRole = Qt::UserRole + 10;
constexpr int HitSessionRole = Qt::UserRole + 11;
constexpr int HitMessageRole = Qt::UserRole + 12;
// Set on the "More results" row: the offset of the page it asks for.
constexpr int MoreOffsetRole = Qt::UserRole + 13;
constexpr int PageSize = 50;
} // namespace

Sidebar::Sidebar(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new SessionListModel(store, this))
    , m_newChat(new QPushButton(tr("New chat"), this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_sessions(new QListView(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 4, 8);
    layout->setSpacing(8);

    m_newChat->setAccessibleName(tr("New chat"));
    m_newChat->setToolTip(tr("New chat (Ctrl+N)"));
    m_newChat->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_newChat);

    m_search->setPlaceholderText(tr("Search all chats"));
    m_search->setAccessibleName(tr("Search chats"));
    m_searchIcon = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    m_searchIcon->setText(tr("Search"));
    m_clearSearch = m_search->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_clearSearch->setText(tr("Clear search"));
    m_clearSearch->setVisible(false);
    connect(m_clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    layout->addWidget(m_search);

    m_filter->addItems({tr("Active"), tr("Archived"), tr("Trash")});
    m_filter->setAccessibleName(tr("Show sessions"));
    layout->addWidget(m_filter);

    m_sessions->setAccessibleName(tr("Sessions"));
    m_sessions->setModel(m_model);
    m_sessions->setItemDelegate(new SessionDelegate(m_sessions));
    // Every row has the delegate's one height, so the view need not ask each row for it.
    m_sessions->setUniformItemSizes(true);
    m_sessions->setFrameShape(QFrame::NoFrame);
    m_sessions->setMouseTracking(true);
    m_sessions->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setAutoFillBackground(false);
    m_sessions->viewport()->setAutoFillBackground(false);
    m_stack->addWidget(m_sessions);
    layout->addWidget(m_stack, 1);

    restyle();
    m_searchTimer.setSingleShot(true);
    // No typing pause: a search runs off the GUI thread and the next keystroke interrupts it inside SQLite
    // (even while FTS5 merges a prefix's lists), so waiting would only add to the time the last keystroke's
    // results take. The zero timer folds the changes of one event (a paste, a clear and a type) into one
    // search.
    m_searchTimer.setInterval(0);
    connect(&m_searchTimer, &QTimer::timeout, this, &Sidebar::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_clearSearch->setVisible(!text.isEmpty());
        m_searchTimer.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &Sidebar::runSearch);
    connect(m_newChat, &QPushButton::clicked, this, &Sidebar::newChatRequested);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &Sidebar::onFilterChanged);
    connect(m_sessions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Sidebar::onCurrentChanged);
    connect(m_sessions, &QListView::customContextMenuRequested, this, &Sidebar::showContextMenu);
}

QListWidget *Sidebar::searchResults()
{
    if (!m_hits) {
        m_hits = new QListWidget(this);
        m_hits->setAccessibleName(tr("Search results"));
        m_hits->setItemDelegate(new SearchHitDelegate(m_hits));
        m_hits->setFrameShape(QFrame::NoFrame);
        m_hits->setMouseTracking(true);
        m_hits->viewport()->setAutoFillBackground(false);
        m_stack->addWidget(m_hits);
        connect(m_hits, &QListWidget::itemClicked, this, &Sidebar::onHitActivated);
        connect(m_hits, &QListWidget::itemActivated, this, &Sidebar::onHitActivated);
    }
    return m_hits;
}

BackgroundSearch *Sidebar::searcher()
{
    if (!m_background) {
        m_background = new BackgroundSearch(m_store->location().databasePath, this);
        connect(m_background, &BackgroundSearch::finished, this, &Sidebar::showSearchResult);
        connect(m_background, &BackgroundSearch::sessionsFound, this,
                [this](const SearchQuery &query, const QList<qint64> &sessions) {
                    if (query.text == m_shownSearch)
                        m_model->setSearchMatches(query.text, sessions);
                });
    }
    return m_background;
}

void Sidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_searchIcon)
        restyle();
}

// Painted here rather than by a window-wide style sheet, which would put every widget in the window under
// QStyleSheetStyle and make each one slower to build and to paint.
void Sidebar::paintEvent(QPaintEvent *event)
{
    QPainter(this).fillRect(event->rect(), Theme::sidebarBackground(palette()));
}

void Sidebar::restyle()
{
    m_newChat->setIcon(Theme::icon(QStringLiteral("new-chat"), palette().color(QPalette::ButtonText)));
    m_searchIcon->setIcon(Theme::icon(QStringLiteral("search"), Theme::subtleText(palette())));
    m_clearSearch->setIcon(Theme::icon(QStringLiteral("close"), Theme::subtleText(palette())));
}

void Sidebar::runSearch()
{
    m_searchTimer.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        if (m_background)
            m_background->cancel();
        if (!m_model->searchText().isEmpty())
            m_model->setSearchMatches({}, {});
        m_shownSearch.clear();
        if (m_hits)
            m_hits->clear();
        m_stack->setCurrentWidget(m_sessions);
        return;
    }
    // The previous results stay up until this query's arrive; a newer keystroke supersedes this one.
    searcher()->start({text, m_model->filter(), PageSize, 0, SearchOrder::Newest}, true);
}

void Sidebar::showSearchResult(const SearchResult &result)
{
    searchResults();
    if (result.query.offset == 0) {
        m_shownSearch = result.query.text;
        m_hits->clear();
    } else if (result.query.text != m_shownSearch) {
        return;
    }
    if (m_hits->count() > 0 && m_hits->item(m_hits->count() - 1)->data(MoreOffsetRole).isValid())
        delete m_hits->takeItem(m_hits->count() - 1);
    addHits(result);
    m_stack->setCurrentWidget(m_hits);
}

void Sidebar::addHits(const SearchResult &result)
{
    for (const SearchHit &hit : result.page.hits) {
        auto *item = new QListWidgetItem(hit.sessionTitle, m_hits);
        QString snippet = hit.snippet;
        item->setData(SnippetRole, snippet.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setData(HitSessionRole, hit.sessionId);
        item->setData(HitMessageRole, hit.messageId);
        QString plain = hit.snippet;
        plain.remove(SearchIndex::HighlightStart).remove(SearchIndex::HighlightEnd);
        item->setData(Qt::AccessibleTextRole, QString(hit.sessionTitle + QStringLiteral(": ") + plain));
    }
    if (result.page.more) {
        auto *more = new QListWidgetItem(tr("More results…"), m_hits);
        more->setData(MoreOffsetRole, result.query.offset + result.query.limit);
        more->setData(Qt::AccessibleTextRole, tr("Show more results"));
    }
    if (m_hits->count() == 0) {
        auto *none = new QListWidgetItem(tr("No matches"), m_hits);
        none->setFlags(Qt::NoItemFlags);
    }
}

void Sidebar::onHitActivated(QListWidgetItem *item)
{
    if (item->data(MoreOffsetRole).isValid()) {
        item->setText(tr("Searching…"));
        searcher()->start({m_shownSearch, m_model->filter(), PageSize, item->data(MoreOffsetRole).toInt(),
                           SearchOrder::Newest},
                          false);
        return;
    }
    const qint64 sessionId = item->data(HitSessionRole).toLongLong();
    if (sessionId <= 0)
        return;
    selectSession(sessionId);
    emit searchHitActivated(sessionId, item->data(HitMessageRole).toLongLong());
}

void Sidebar::onFilterChanged(int index)
{
    static const SessionStatus statuses[] = {SessionStatus::Active, SessionStatus::Archived,
                                             SessionStatus::Deleted};
    m_model->setFilter(statuses[qBound(0, index, 2)]);
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

void Sidebar::onCurrentChanged()
{
    const qint64 id = currentSession();
    if (id > 0)
        emit sessionActivated(id);
}

qint64 Sidebar::currentSession() const
{
    const QModelIndex index = m_sessions->currentIndex();
    return index.isValid() ? index.data(SessionRoles::SessionIdRole).toLongLong() : 0;
}

void Sidebar::selectSession(qint64 sessionId)
{
    int row = m_model->revealSession(sessionId);
    if (row < 0 && m_model->filter() != SessionStatus::Active) {
        m_filter->setCurrentIndex(0);
        row = m_model->revealSession(sessionId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (m_sessions->currentIndex() != index)
        m_sessions->setCurrentIndex(index);
    m_sessions->scrollTo(index);
}

void Sidebar::stepSession(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_sessions->currentIndex().isValid() ? m_sessions->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_sessions->setCurrentIndex(m_model->index(next));
}

void Sidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void Sidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_sessions->indexAt(pos);
    if (!index.isValid())
        return;
    const Session session = m_model->sessionAt(index.row());
    const qint64 id = session.id;
    SessionStore *sessions = m_store->sessions();
    QMenu menu(this);
    if (session.status != SessionStatus::Deleted) {
        menu.addAction(tr("Rename…"), this, [this, id] { rename(id); });
        menu.addAction(session.pinned ? tr("Unpin") : tr("Pin"), this,
                       [sessions, id, pinned = session.pinned] { sessions->setPinned(id, !pinned); });
    }
    if (session.status == SessionStatus::Active)
        menu.addAction(tr("Archive"), this, [sessions, id] { sessions->archive(id); });
    if (session.status != SessionStatus::Active)
        menu.addAction(tr("Restore"), this, [sessions, id] { sessions->restore(id); });
    QMenu *exportMenu = menu.addMenu(tr("Export"));
    exportMenu->addAction(tr("Markdown…"), this, [this, id] { exportSession(id, false); });
    exportMenu->addAction(tr("JSON…"), this, [this, id] { exportSession(id, true); });
    menu.addSeparator();
    if (session.status == SessionStatus::Deleted) {
        menu.addAction(tr("Delete forever…"), this, [this, sessions, id] {
            if (QMessageBox::question(
                    this, tr("Delete forever"),
                    tr("Delete this chat and its pictures for good? This cannot be undone.")) ==
                QMessageBox::Yes) {
                sessions->purge(id);
                emit sessionPurged(id);
            }
        });
    } else {
        menu.addAction(tr("Move to trash"), this, [sessions, id] { sessions->trash(id); });
    }
    menu.exec(m_sessions->viewport()->mapToGlobal(pos));
}

void Sidebar::rename(qint64 sessionId)
{
    const std::optional<Session> session = m_store->sessions()->get(sessionId);
    if (!session)
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("Rename chat"), tr("Title:"), QLineEdit::Normal, session->title, &ok);
    if (ok && !title.trimmed().isEmpty())
        m_store->sessions()->rename(sessionId, title.trimmed());
}

void Sidebar::exportSession(qint64 sessionId, bool json)
{
    const std::optional<Session> session = m_store->sessions()->get(sessionId);
    if (!session)
        return;
    QString base = session->title.isEmpty() ? QStringLiteral("chat") : session->title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + QLatin1Char('/') + base + (json ? QString() : QStringLiteral(".md"));
    const QString path =
        QFileDialog::getSaveFileName(this, json ? tr("Export chat to a new folder") : tr("Export chat"),
                                     suggested, json ? QString() : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (json) {
        auto *transfer = HistoryTransfer::startExport(m_store->location(), {sessionId}, path);
        showTransferProgress(this, transfer, tr("Exporting the chat…"), TransferUnit::Messages,
                             [this](bool ok, bool cancelled, const QString &error, const QList<qint64> &) {
                                 if (!ok && !cancelled)
                                     QMessageBox::warning(this, tr("Export failed"), error);
                             });
        return;
    }
    HistoryExporter exporter(*m_store);
    if (!exporter.exportSessionMarkdown(sessionId, path))
        QMessageBox::warning(this, tr("Export failed"), exporter.lastError());
}

} // namespace confab::ui

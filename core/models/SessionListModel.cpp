#include "models/SessionListModel.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace confab {
namespace {

// Pinned first, then most recently updated, then newest.
bool comesBefore(const Session &a, const Session &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id > b.id;
}

} // namespace

SessionListModel::SessionListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    SessionStore *sessions = m_store->sessions();
    connect(sessions, &SessionStore::sessionAdded, this, &SessionListModel::onSessionAdded);
    connect(sessions, &SessionStore::sessionChanged, this, &SessionListModel::onSessionChanged);
    connect(sessions, &SessionStore::sessionRemoved, this, &SessionListModel::onSessionRemoved);
    ChangeFeed *changes = m_store->changes();
    connect(changes, &ChangeFeed::sessionAdded, this, &SessionListModel::onSessionAdded);
    connect(changes, &ChangeFeed::sessionChanged, this, &SessionListModel::onSessionChanged);
    connect(changes, &ChangeFeed::sessionRemoved, this, &SessionListModel::onSessionRemoved);
    reload();
}

void SessionListModel::setFilter(SessionStatus status)
{
    if (status == m_filter)
        return;
    m_filter = status;
    reload();
}

void SessionListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    setSearchMatches(text, text.trimmed().isEmpty() || !m_store->isOpen()
                               ? QList<qint64>()
                               : m_store->search().matchingSessions(text, m_filter));
}

void SessionListModel::setSearchMatches(const QString &text, const QList<qint64> &sessions)
{
    m_searchText = text;
    m_matches = QSet<qint64>(sessions.cbegin(), sessions.cend());
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_hasMore = false;
    if (!m_store->isOpen()) {
        m_rows.clear();
    } else if (m_searchText.trimmed().isEmpty()) {
        m_rows = m_store->sessions()->page(m_filter, PageSize, 0);
        m_hasMore = m_rows.size() == PageSize;
    } else {
        m_rows = m_store->sessions()->list(m_filter, QList<qint64>(m_matches.cbegin(), m_matches.cend()));
    }
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &session = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SessionRoles::TitleRole:
        return session.title;
    case SessionRoles::SessionIdRole:
        return session.id;
    case SessionRoles::TypeRole:
        return toString(session.type);
    case SessionRoles::PinnedRole:
        return session.pinned;
    case SessionRoles::ModelRole:
        return session.model;
    case SessionRoles::UpdatedAtRole:
        return session.updatedAt;
    case Qt::AccessibleTextRole: {
        // The sidebar shows the pin and an untitled chat's placeholder as pictures and grey text.
        const QString title = session.title.isEmpty()
                                  ? QCoreApplication::translate("SessionListModel", "New chat")
                                  : session.title;
        return session.pinned ? QCoreApplication::translate("SessionListModel", "%1, pinned").arg(title)
                              : title;
    }
    case Qt::AccessibleDescriptionRole:
        return QCoreApplication::translate("SessionListModel", "Last active %1")
            .arg(QLocale().toString(session.updatedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    const QList<Session> more = m_store->sessions()->page(m_filter, PageSize, int(m_rows.size()));
    m_hasMore = more.size() == PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int SessionListModel::revealSession(qint64 sessionId)
{
    int row = rowForSession(sessionId);
    while (row < 0 && m_hasMore) {
        fetchMore({});
        row = rowForSession(sessionId);
    }
    return row;
}

int SessionListModel::rowForSession(qint64 sessionId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [sessionId](const Session &session) { return session.id == sessionId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

bool SessionListModel::shows(const Session &session) const
{
    if (session.status != m_filter)
        return false;
    return m_searchText.trimmed().isEmpty() || m_store->search().sessionMatches(session.id, m_searchText);
}

int SessionListModel::insertionRow(const Session &session) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), session, comesBefore) - m_rows.cbegin());
}

void SessionListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void SessionListModel::onSessionAdded(qint64 id)
{
    onSessionChanged(id);
}

void SessionListModel::onSessionChanged(qint64 id)
{
    const int row = rowForSession(id);
    const auto session = m_store->sessions()->get(id);
    if (!session || !shows(*session)) {
        if (row >= 0)
            removeRow(row);
        return;
    }
    if (row < 0) {
        const int at = insertionRow(*session);
        // Past the pages read so far it arrives with a later page.
        if (at == m_rows.size() && m_hasMore)
            return;
        beginInsertRows({}, at, at);
        m_rows.insert(at, *session);
        endInsertRows();
        return;
    }
    // Where the row belongs among the others decides whether it moves before it is updated.
    QList<Session> others = m_rows;
    others.removeAt(row);
    const int target =
        int(std::lower_bound(others.cbegin(), others.cend(), *session, comesBefore) - others.cbegin());
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = *session;
    const QModelIndex changed = index(target);
    emit dataChanged(changed, changed);
}

void SessionListModel::onSessionRemoved(qint64 id)
{
    const int row = rowForSession(id);
    if (row >= 0)
        removeRow(row);
}

} // namespace confab

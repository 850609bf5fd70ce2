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
    m_rows = m_store->isOpen() ? m_store->sessions()->list(m_filter) : QList<Session>();
    if (!m_searchText.trimmed().isEmpty())
        m_rows.removeIf([this](const Session &session) { return !m_matches.contains(session.id); });
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
    case SessionRoles::StatusRole:
        return toString(session.status);
    case SessionRoles::PinnedRole:
        return session.pinned;
    case SessionRoles::ModelRole:
        return session.model;
    case SessionRoles::CreatedAtRole:
        return session.createdAt;
    case SessionRoles::UpdatedAtRole:
        return session.updatedAt;
    case SessionRoles::SessionValueRole:
        return QVariant::fromValue(session);
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

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SessionRoles::SessionIdRole, "sessionId"},
                  {SessionRoles::TitleRole, "title"},
                  {SessionRoles::TypeRole, "type"},
                  {SessionRoles::StatusRole, "status"},
                  {SessionRoles::PinnedRole, "pinned"},
                  {SessionRoles::ModelRole, "model"},
                  {SessionRoles::CreatedAtRole, "createdAt"},
                  {SessionRoles::UpdatedAtRole, "updatedAt"},
                  {SessionRoles::SessionValueRole, "session"}});
    return names;
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

#include "models/MessageListModel.h"

#include "models/MessageAccessibleText.h"
#include "store/Store.h"

#include <algorithm>
#include <utility>

namespace confab {
namespace {

QList<int> rolesFor(MessageChanges changes)
{
    QList<int> roles{MessageRoles::MessageValueRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole};
    if (changes & MessageChange::Content)
        roles << Qt::DisplayRole << MessageRoles::TextRole;
    if (changes & MessageChange::Status)
        roles << MessageRoles::StatusRole << MessageRoles::StreamingRole << MessageRoles::ErrorRole;
    if (changes & MessageChange::Metadata)
        roles << MessageRoles::ErrorRole;
    if (changes & MessageChange::Images)
        roles << MessageRoles::ImagesRole;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

} // namespace

QVariantMap imageToVariant(const MessageImage &image)
{
    return {{QStringLiteral("hash"), image.hash},   {QStringLiteral("role"), toString(image.role)},
            {QStringLiteral("width"), image.width}, {QStringLiteral("height"), image.height},
            {QStringLiteral("mime"), image.mime},   {QStringLiteral("position"), image.position}};
}

MessageListModel::MessageListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    MessageStore *messages = m_store->messages();
    connect(messages, &MessageStore::messageAdded, this, &MessageListModel::onMessageAdded);
    connect(messages, &MessageStore::messageChanged, this, &MessageListModel::onMessageChanged);
    connect(messages, &MessageStore::messageRemoved, this, &MessageListModel::onMessageRemoved);
    connect(messages, &MessageStore::branchChanged, this, &MessageListModel::onBranchChanged);
    // What the CLI, a second window or the sync worker wrote, any field of it.
    ChangeFeed *changes = m_store->changes();
    connect(changes, &ChangeFeed::messageChanged, this, [this](qint64 sessionId, qint64 messageId) {
        onMessageChanged(sessionId, messageId,
                         MessageChange::Content | MessageChange::Status | MessageChange::Metadata |
                             MessageChange::Images | MessageChange::Reasoning);
    });
    connect(changes, &ChangeFeed::messageRemoved, this, &MessageListModel::onMessageRemoved);
    connect(changes, &ChangeFeed::branchChanged, this, &MessageListModel::onBranchChanged);
}

void MessageListModel::setSession(qint64 sessionId)
{
    // Rows go and come as removals and inserts rather than a reset: a view reacting to a reset may ask for
    // more rows while the reset is still being announced.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_hasOlder = false;
        endRemoveRows();
    }
    m_sessionId = sessionId;
    QList<Message> newest =
        sessionId > 0 ? m_store->messages()->page(sessionId, 0, OpeningPageSize) : QList<Message>();
    if (newest.isEmpty())
        return;
    const bool hasOlder = m_store->messages()->hasOlder(sessionId, newest.first().id);
    beginInsertRows({}, 0, int(newest.size()) - 1);
    m_rows = std::move(newest);
    endInsertRows();
    m_hasOlder = hasOlder;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRoles::TextRole:
        return message.content;
    case MessageRoles::MessageIdRole:
        return message.id;
    case MessageRoles::RoleRole:
        return QVariant::fromValue(message.role);
    case MessageRoles::StatusRole:
        return QVariant::fromValue(message.status);
    case MessageRoles::StreamingRole:
        return !message.isFinished();
    case MessageRoles::ImagesRole: {
        QVariantList images;
        for (const MessageImage &image : message.images)
            images << imageToVariant(image);
        return images;
    }
    case MessageRoles::ErrorRole:
        return message.metadata.error;
    case MessageRoles::MessageValueRole:
        return QVariant::fromValue(message);
    case Qt::AccessibleTextRole:
        return accessibleName(message, promptBefore(index.row()));
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(message, promptBefore(index.row()));
    default:
        return {};
    }
}

QString MessageListModel::promptBefore(int row) const
{
    if (m_rows.at(row).role != MessageRole::Assistant || m_rows.at(row).images.isEmpty())
        return {};
    for (int before = row - 1; before >= 0; --before)
        if (m_rows.at(before).role == MessageRole::User)
            return m_rows.at(before).content;
    return {};
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasOlder;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchOlder(PageSize);
}

void MessageListModel::fetchOlder(int count)
{
    if (!m_hasOlder || count <= 0)
        return;
    // With every loaded row removed (by another device, say) the chat's newest messages are the older ones: a
    // view that asks until it is filled must always get rows or an end.
    QList<Message> older =
        m_store->messages()->page(m_sessionId, m_rows.isEmpty() ? 0 : m_rows.first().id, count);
    // Views and testers may ask for more while the insert is being announced; until it is done there is none.
    m_hasOlder = false;
    if (older.isEmpty())
        return;
    const bool hasOlder = m_store->messages()->hasOlder(m_sessionId, older.first().id);
    beginInsertRows({}, 0, int(older.size()) - 1);
    older.append(m_rows);
    m_rows = std::move(older);
    endInsertRows();
    m_hasOlder = hasOlder;
}

int MessageListModel::lowerBound(qint64 messageId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), messageId,
                                     [](const Message &message, qint64 id) { return message.id < id; });
    return int(it - m_rows.cbegin());
}

int MessageListModel::loadedRow(qint64 messageId) const
{
    const int row = lowerBound(messageId);
    return row < m_rows.size() && m_rows.at(row).id == messageId ? row : -1;
}

int MessageListModel::rowForMessage(qint64 messageId)
{
    if (!m_store->messages()->belongsTo(messageId, m_sessionId))
        return -1;
    for (int attempt = 0;; ++attempt) {
        while ((m_rows.isEmpty() || messageId < m_rows.first().id) && m_hasOlder)
            fetchMore({});
        const int row = loadedRow(messageId);
        if (row >= 0 || attempt > 0)
            return row;
        // A hit on a version that is not shown: its branch is shown instead.
        m_store->messages()->showBranchOf(messageId);
    }
}

void MessageListModel::onMessageAdded(qint64 sessionId, qint64 messageId)
{
    if (sessionId != m_sessionId || loadedRow(messageId) >= 0)
        return;
    // A message older than the loaded pages arrives with the page that holds it.
    if (m_hasOlder && !m_rows.isEmpty() && messageId < m_rows.first().id)
        return;
    const auto message = m_store->messages()->get(messageId);
    if (!message)
        return;
    const int row = lowerBound(messageId);
    // As in fetchOlder: nothing more to fetch while the insert is being announced.
    const bool hasOlder = std::exchange(m_hasOlder, false);
    beginInsertRows({}, row, row);
    m_rows.insert(row, *message);
    endInsertRows();
    m_hasOlder = hasOlder;
}

void MessageListModel::onMessageChanged(qint64 sessionId, qint64 messageId, MessageChanges changes)
{
    if (sessionId != m_sessionId)
        return;
    const int row = loadedRow(messageId);
    if (row < 0)
        return;
    const auto message = m_store->messages()->get(messageId);
    if (!message)
        return;
    m_rows[row] = *message;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, rolesFor(changes));
}

void MessageListModel::onMessageRemoved(qint64 sessionId, qint64 messageId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = loadedRow(messageId);
    if (row < 0)
        return;
    // Nor while a removal is.
    const bool hasOlder = std::exchange(m_hasOlder, false);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_hasOlder = hasOlder;
}

void MessageListModel::onBranchChanged(qint64 sessionId)
{
    if (sessionId != m_sessionId)
        return;
    // From the oldest loaded row down, so a flip far up the history keeps the user where they are; a branch
    // that no longer holds that row starts again from its newest page.
    QList<Message> branch;
    if (!m_rows.isEmpty())
        branch = m_store->messages()->visibleFrom(sessionId, m_rows.first().id);
    if (branch.isEmpty() || m_rows.isEmpty() || branch.first().id != m_rows.first().id)
        branch = m_store->messages()->page(sessionId, 0, PageSize);
    const bool hasOlder = !branch.isEmpty() && m_store->messages()->hasOlder(sessionId, branch.first().id);

    // Views and testers may ask for more while the change is being announced; until it is done there is none.
    m_hasOlder = false;
    // The rows before the first difference stay, so the view keeps its place above the change.
    qsizetype kept = 0;
    while (kept < m_rows.size() && kept < branch.size() && m_rows.at(kept).id == branch.at(kept).id)
        ++kept;
    if (kept < m_rows.size()) {
        beginRemoveRows({}, int(kept), int(m_rows.size()) - 1);
        m_rows.remove(kept, m_rows.size() - kept);
        endRemoveRows();
    }
    // Rows that stay may still show a new version count, e.g. the parent of a removed message.
    for (qsizetype row = 0; row < kept; ++row) {
        if (m_rows.at(row).branchCount != branch.at(row).branchCount ||
            m_rows.at(row).branchIndex != branch.at(row).branchIndex) {
            m_rows[row] = branch.at(row);
            emit dataChanged(index(int(row)), index(int(row)), {MessageRoles::MessageValueRole});
        }
    }
    if (kept < branch.size()) {
        beginInsertRows({}, int(kept), int(branch.size()) - 1);
        for (qsizetype row = kept; row < branch.size(); ++row)
            m_rows << branch.at(row);
        endInsertRows();
    }
    m_hasOlder = hasOlder;
}

} // namespace confab

#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/MessageStore.h"
#include "store/MessageTree.h"
#include "store/Sql.h"

#include <QJsonDocument>

// Removing one message from a session's tree, and putting it back for Undo.
namespace confab {

std::optional<RemovedMessage> MessageStore::detach(qint64 id)
{
    if (isStreaming(id)) {
        m_lastError = QStringLiteral("The answer is still arriving; stop it before removing it.");
        return std::nullopt;
    }
    const auto message = load(id);
    if (!message) {
        m_lastError = QStringLiteral("There is no message %1.").arg(id);
        return std::nullopt;
    }
    const QSqlDatabase db = m_database->connection();
    RemovedMessage removed;
    removed.message = *message;
    removed.siblings = messagetree::childSelection(db, message->sessionId, message->parentId, &m_lastError);
    removed.children = messagetree::childSelection(db, message->sessionId, id, &m_lastError);
    for (const auto &[sibling, selected] : std::as_const(removed.siblings)) {
        if (sibling == id)
            removed.selected = selected;
    }
    auto generations =
        sql::run(db, QStringLiteral("SELECT id FROM generations WHERE message_id = ?"), {id}, &m_lastError);
    while (generations && generations->next())
        removed.generations << generations->value(0).toLongLong();
    generations.reset();

    // The replies take the removed message's place; the branch on screen stays on screen.
    qint64 nowSelected = 0;
    for (const auto &[child, selected] : std::as_const(removed.children)) {
        if (removed.selected && selected)
            nowSelected = child;
    }
    if (removed.selected && nowSelected == 0) {
        for (const auto &[sibling, selected] : std::as_const(removed.siblings)) {
            if (sibling != id && (nowSelected == 0 || sibling < id))
                nowSelected = sibling;
        }
    }
    const bool saved = m_database->transaction([&] {
        for (const auto &child : std::as_const(removed.children)) {
            if (!messagetree::setParent(db, child.first, message->parentId, &m_lastError) ||
                !messagetree::setSelected(db, child.first, child.first == nowSelected, &m_lastError))
                return false;
        }
        if (nowSelected > 0 && !messagetree::setSelected(db, nowSelected, true, &m_lastError))
            return false;
        return bool(sql::run(db, QStringLiteral("DELETE FROM messages WHERE id = ?"), {id}, &m_lastError));
    });
    if (!saved)
        return std::nullopt;
    emit messageRemoved(message->sessionId, id);
    emit branchChanged(message->sessionId);
    return removed;
}

bool MessageStore::restore(const RemovedMessage &removed)
{
    const Message &message = removed.message;
    const QSqlDatabase db = m_database->connection();
    const bool saved = m_database->transaction([&] {
        if (!sql::run(
                db,
                QStringLiteral("INSERT INTO messages (id, session_id, role, content, content_type, status,"
                               " created_at, metadata, parent_id, selected)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {message.id, message.sessionId, toString(message.role), message.content,
                 toString(message.contentType), toString(message.status), sql::toEpochMs(message.createdAt),
                 QString::fromUtf8(QJsonDocument(message.metadata.toJson()).toJson(QJsonDocument::Compact)),
                 message.parentId > 0 ? QVariant(message.parentId) : QVariant(), removed.selected ? 1 : 0},
                &m_lastError) ||
            !writeImages(message.id, message.images))
            return false;
        for (const auto &[child, selected] : removed.children) {
            if (!messagetree::setParent(db, child, message.id, &m_lastError) ||
                !messagetree::setSelected(db, child, selected, &m_lastError))
                return false;
        }
        for (const auto &[sibling, selected] : removed.siblings) {
            if (!messagetree::setSelected(db, sibling, selected, &m_lastError))
                return false;
        }
        for (qint64 generation : removed.generations) {
            if (!sql::run(db, QStringLiteral("UPDATE generations SET message_id = ? WHERE id = ?"),
                          {message.id, generation}, &m_lastError))
                return false;
        }
        return true;
    });
    if (!saved)
        return false;
    emit branchChanged(message.sessionId);
    emit messageAdded(message.sessionId, message.id);
    return true;
}

void MessageStore::release(const RemovedMessage &removed)
{
    QStringList hashes;
    for (const MessageImage &image : removed.message.images)
        hashes << image.hash;
    m_images->removeUnreferenced(hashes);
}

bool MessageStore::remove(qint64 id)
{
    const auto removed = detach(id);
    if (!removed)
        return false;
    release(*removed);
    return true;
}

} // namespace confab

#include "store/MessageStore.h"

#include "domain/LengthLimit.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/MessageRecord.h"
#include "store/MessageRows.h"
#include "store/MessageTree.h"
#include "store/SessionStore.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace confab {
namespace {

// A message's stored columns, then its place among its versions: how many there are, and how many older.
const QString messageColumns =
    records::messageColumns() +
    QStringLiteral(", (SELECT count(*) FROM messages s WHERE s.session_id = m.session_id AND s.parent_id IS "
                   "m.parent_id),"
                   " (SELECT count(*) FROM messages s WHERE s.session_id = m.session_id"
                   "  AND s.parent_id IS m.parent_id AND s.id < m.id)");

Message messageFromRow(const QSqlQuery &query)
{
    Message message = records::messageFromRow(query);
    message.branchCount = std::max(1, query.value(records::MessageColumnCount).toInt());
    message.branchIndex = query.value(records::MessageColumnCount + 1).toInt();
    return message;
}

constexpr MessageChanges Everything = MessageChanges(MessageChange::Content) | MessageChange::Status |
                                      MessageChange::Metadata | MessageChange::Images |
                                      MessageChange::Reasoning;

} // namespace

MessageStore::MessageStore(Database *database, SessionStore *sessions, ImageStore *images, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_sessions(sessions)
    , m_images(images)
    , m_streaming(database)
{
    qRegisterMetaType<confab::MessageChanges>();
}

MessageStore::~MessageStore() = default;

std::optional<Message> MessageStore::create(const NewMessage &input)
{
    Message message;
    message.sessionId = input.sessionId;
    message.role = input.role;
    message.content = input.content;
    message.contentType = input.contentType;
    message.status = input.status;
    message.createdAt = input.createdAt.isValid() ? input.createdAt : QDateTime::currentDateTimeUtc();
    message.metadata = input.metadata;
    message.images = input.images;
    message.documents = input.documents;
    message.reasoning = input.reasoning;
    message.reasoningDetails = input.reasoningDetails;

    const QSqlDatabase db = m_database->connection();
    message.parentId =
        input.parentId ? *input.parentId : messagetree::visibleLeaf(db, message.sessionId, &m_lastError);
    const bool saved = m_database->transaction([&] {
        auto query =
            sql::run(db,
                     QStringLiteral("INSERT INTO messages (%1, session_id, created_at, parent_id)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(records::messageContentColumns()),
                     records::messageContent(message) +
                         QVariantList{message.sessionId, sql::toEpochMs(message.createdAt),
                                      message.parentId > 0 ? QVariant(message.parentId) : QVariant()},
                     &m_lastError);
        if (!query)
            return false;
        message.id = query->lastInsertId().toLongLong();
        return messagetree::select(db, message.sessionId, message.parentId, message.id, &m_lastError) &&
               writeImages(message.id, message.images) && writeDocuments(message.id, message.documents);
    });
    if (!saved)
        return std::nullopt;
    const QList<qint64> versions =
        messagetree::siblings(db, message.sessionId, message.parentId, &m_lastError);
    message.branchCount = std::max(1, int(versions.size()));
    message.branchIndex = std::max(0, int(versions.indexOf(message.id)));
    // A new version replaces the branch below its parent on screen.
    if (message.branchCount > 1)
        emit branchChanged(message.sessionId);
    emit messageAdded(message.sessionId, message.id);
    m_sessions->noteMessageAdded(message);
    return message;
}

bool MessageStore::writeImages(qint64 id, const QList<MessageImage> &images)
{
    for (const MessageImage &image : images) {
        if (!sql::run(m_database->connection(),
                      QStringLiteral("INSERT OR REPLACE INTO message_images (message_id, %1)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)")
                          .arg(records::imageColumns()),
                      QVariantList{id} + records::imageValues(image), &m_lastError))
            return false;
    }
    return true;
}

std::optional<Message> MessageStore::load(qint64 id) const
{
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?").arg(messageColumns),
                          {id}, &m_lastError);
    if (!query || !query->next())
        return std::nullopt;
    QList<Message> one{messageFromRow(*query)};
    query.reset();
    loadAttachments(one);
    return one.first();
}

std::optional<Message> MessageStore::get(qint64 id) const
{
    if (const Message *live = m_streaming.find(id))
        return *live;
    return load(id);
}

void MessageStore::loadAttachments(QList<Message> &messages) const
{
    if (messages.isEmpty())
        return;
    const MessageRows rows = messageRows(messages);
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT message_id, %1 FROM message_images WHERE message_id IN (%2)"
                                         " ORDER BY message_id, role, position")
                              .arg(records::imageColumns(), rows.idList),
                          {}, &m_lastError);
    while (query && query->next()) {
        messages[rows.rowOf.value(query->value(0).toLongLong())].images << records::imageFromRow(*query, 1);
    }
    query.reset();
    loadDocuments(messages);
}

QList<Message> MessageStore::loadChain(const QList<qint64> &newestFirst) const
{
    if (newestFirst.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : newestFirst)
        ids << QString::number(id);
    QList<Message> messages;
    // The ids are integers from the database itself, so listing them inline is safe.
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT %1 FROM messages m WHERE m.id IN (%2)")
                              .arg(messageColumns, ids.join(QLatin1Char(','))),
                          {}, &m_lastError);
    while (query && query->next())
        messages << messageFromRow(*query);
    query.reset();
    // Oldest first by place in the chain, not by id: a reply synced from another device may have been
    // stored before its parent arrived.
    QHash<qint64, qsizetype> age;
    for (qsizetype i = 0; i < newestFirst.size(); ++i)
        age.insert(newestFirst.at(i), i);
    std::sort(messages.begin(), messages.end(),
              [&](const Message &a, const Message &b) { return age.value(a.id) > age.value(b.id); });
    loadAttachments(messages);
    for (Message &message : messages) {
        if (const Message *live = m_streaming.find(message.id)) {
            const Message stored = message;
            message = *live;
            message.parentId = stored.parentId;
            message.branchIndex = stored.branchIndex;
            message.branchCount = stored.branchCount;
            message.selected = stored.selected;
        }
    }
    return messages;
}

QList<Message> MessageStore::pageAfter(qint64 sessionId, qint64 afterId, int limit) const
{
    QList<qint64> ids;
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT id FROM messages WHERE session_id = ? AND id > ?"
                                         " ORDER BY id LIMIT ?"),
                          {sessionId, afterId, limit}, &m_lastError);
    while (query && query->next())
        ids.prepend(query->value(0).toLongLong());
    return loadChain(ids);
}

QList<Message> MessageStore::page(qint64 sessionId, qint64 beforeId, int limit) const
{
    const QSqlDatabase db = m_database->connection();
    const qint64 from = beforeId > 0 ? messagetree::parentOf(db, beforeId, &m_lastError)
                                     : messagetree::visibleLeaf(db, sessionId, &m_lastError);
    return loadChain(messagetree::chainUp(db, from, limit, &m_lastError));
}

QList<Message> MessageStore::visibleFrom(qint64 sessionId, qint64 topId) const
{
    const QSqlDatabase db = m_database->connection();
    return loadChain(messagetree::chainUp(db, messagetree::visibleLeaf(db, sessionId, &m_lastError),
                                          std::numeric_limits<int>::max(), &m_lastError, topId));
}

bool MessageStore::hasOlder(qint64, qint64 beforeId) const
{
    return messagetree::parentOf(m_database->connection(), beforeId, &m_lastError) > 0;
}

bool MessageStore::showBranchOf(qint64 messageId)
{
    const auto message = load(messageId);
    if (!message)
        return false;
    const QSqlDatabase db = m_database->connection();
    const QList<qint64> chain =
        messagetree::chainUp(db, messageId, std::numeric_limits<int>::max(), &m_lastError);
    const bool saved = m_database->transaction([&] {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const qint64 parent = i + 1 < chain.size() ? chain.at(i + 1) : 0;
            if (!messagetree::select(db, message->sessionId, parent, chain.at(i), &m_lastError))
                return false;
        }
        return true;
    });
    if (!saved)
        return false;
    emit branchChanged(message->sessionId);
    return true;
}

std::optional<Message> MessageStore::selectedReply(qint64 messageId) const
{
    const auto message = load(messageId);
    if (!message)
        return std::nullopt;
    for (const auto &[child, selected] :
         messagetree::childSelection(m_database->connection(), message->sessionId, messageId, &m_lastError)) {
        if (selected)
            return get(child);
    }
    return std::nullopt;
}

QList<qint64> MessageStore::versions(qint64 messageId) const
{
    const auto message = load(messageId);
    if (!message)
        return {};
    return messagetree::siblings(m_database->connection(), message->sessionId, message->parentId,
                                 &m_lastError);
}

bool MessageStore::selectBranch(qint64 messageId)
{
    const auto message = load(messageId);
    if (!message) {
        m_lastError = QStringLiteral("There is no message %1.").arg(messageId);
        return false;
    }
    if (!messagetree::select(m_database->connection(), message->sessionId, message->parentId, messageId,
                             &m_lastError))
        return false;
    emit branchChanged(message->sessionId);
    return true;
}

int MessageStore::count(qint64 sessionId) const
{
    return sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT count(*) FROM messages WHERE session_id = ?"), {sessionId},
                       &m_lastError)
        .toInt();
}

bool MessageStore::belongsTo(qint64 messageId, qint64 sessionId) const
{
    return sql::scalar(
               m_database->connection(),
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE id = ? AND session_id = ?)"),
               {messageId, sessionId}, &m_lastError)
        .toBool();
}

bool MessageStore::beginStreaming(qint64 id)
{
    if (m_streaming.contains(id))
        return true;
    auto message = load(id);
    if (!message) {
        m_lastError = QCoreApplication::translate("MessageStore", "There is no message %1.").arg(id);
        return false;
    }
    if (message->isFinished()) {
        m_lastError = QCoreApplication::translate(
                          "MessageStore", "Message %1 has already finished; reset it for a retry first.")
                          .arg(id);
        return false;
    }
    message->status = MessageStatus::Processing;
    if (!sql::run(m_database->connection(), QStringLiteral("UPDATE messages SET status = ? WHERE id = ?"),
                  {toString(message->status), id}, &m_lastError))
        return false;
    m_streaming.add(*message);
    emit messageChanged(message->sessionId, id, MessageChange::Status);
    return true;
}

bool MessageStore::appendContent(qint64 id, const QString &delta)
{
    Message *message = streaming(id);
    if (!message)
        return false;
    message->content += delta;
    m_streaming.markUnsaved(id);
    emit messageChanged(message->sessionId, id, MessageChange::Content);
    return true;
}

bool MessageStore::appendReasoning(qint64 id, const QString &delta)
{
    Message *message = streaming(id);
    if (!message)
        return false;
    message->reasoning += delta;
    m_streaming.markUnsaved(id);
    emit messageChanged(message->sessionId, id, MessageChange::Reasoning);
    return true;
}

bool MessageStore::setReasoningDetails(qint64 id, const QJsonArray &details)
{
    Message *message = streaming(id);
    if (!message)
        return false;
    message->reasoningDetails = details;
    m_streaming.markUnsaved(id);
    emit messageChanged(message->sessionId, id, MessageChange::Reasoning);
    return true;
}

Message *MessageStore::streaming(qint64 id)
{
    if (Message *message = m_streaming.find(id))
        return message;
    return beginStreaming(id) ? m_streaming.find(id) : nullptr;
}

bool MessageStore::setProgress(qint64 id, const QString &progress)
{
    Message *message = streaming(id);
    if (!message)
        return false;
    message->metadata.progress = progress;
    m_streaming.markUnsaved(id);
    emit messageChanged(message->sessionId, id, MessageChange::Metadata);
    return true;
}

bool MessageStore::flush()
{
    if (m_streaming.flush())
        return true;
    m_lastError = m_streaming.lastError();
    return false;
}

bool MessageStore::writeFinal(const Message &message)
{
    m_streaming.remove(message.id);
    return bool(
        sql::run(m_database->connection(),
                 QStringLiteral("UPDATE messages SET content = ?, status = ?, metadata = ?, reasoning = ?,"
                                " reasoning_details = ? WHERE id = ?"),
                 {message.content, toString(message.status), records::metadataText(message.metadata),
                  message.reasoning, records::detailsText(message.reasoningDetails), message.id},
                 &m_lastError));
}

bool MessageStore::finish(qint64 id, const MessageMetadata &metadata)
{
    auto message = get(id);
    if (!message)
        return false;
    message->status = MessageStatus::Completed;
    message->metadata = metadata;
    message->metadata.progress.clear();
    message->metadata.error.clear();
    if (!writeFinal(*message))
        return false;
    emit messageChanged(message->sessionId, id, Everything);
    return true;
}

bool MessageStore::fail(qint64 id, const QString &error)
{
    return end(id, MessageStatus::Failed, error);
}

bool MessageStore::end(qint64 id, MessageStatus status, const QString &error)
{
    auto message = get(id);
    if (!message)
        return false;
    message->status = status;
    message->metadata.error = error;
    message->metadata.progress.clear();
    if (!writeFinal(*message))
        return false;
    emit messageChanged(message->sessionId, id, Everything);
    return true;
}

bool MessageStore::resetForRetry(qint64 id)
{
    auto message = get(id);
    if (!message)
        return false;
    message->content.clear();
    message->reasoning.clear();
    message->reasoningDetails = {};
    message->status = MessageStatus::Pending;
    MessageMetadata fresh;
    fresh.model = message->metadata.model;
    fresh.mode = message->metadata.mode;
    fresh.request = message->metadata.request;
    message->metadata = fresh;
    QStringList outputs;
    for (const MessageImage &image : std::as_const(message->images)) {
        if (image.role == ImageRole::Output)
            outputs << image.hash;
    }
    const bool saved = m_database->transaction([&] {
        return writeFinal(*message) &&
               sql::run(m_database->connection(),
                        QStringLiteral("DELETE FROM message_images WHERE message_id = ? AND role = 'output'"),
                        {id}, &m_lastError);
    });
    if (!saved)
        return false;
    m_images->removeUnreferenced(outputs);
    emit messageChanged(message->sessionId, id, Everything);
    return true;
}

bool MessageStore::resume(qint64 id)
{
    auto message = get(id);
    if (!message || (message->status != MessageStatus::Stopped && !stoppedAtLengthLimit(*message)))
        return false;
    message->status = MessageStatus::Pending;
    if (!writeFinal(*message))
        return false;
    emit messageChanged(message->sessionId, id, MessageChange::Status);
    return true;
}

bool MessageStore::updateMetadata(qint64 id, const MessageMetadata &metadata)
{
    if (Message *message = m_streaming.find(id)) {
        message->metadata = metadata;
        m_streaming.markUnsaved(id);
        emit messageChanged(message->sessionId, id, MessageChange::Metadata);
        return true;
    }
    auto message = load(id);
    if (!message ||
        !sql::run(m_database->connection(), QStringLiteral("UPDATE messages SET metadata = ? WHERE id = ?"),
                  {records::metadataText(metadata), id}, &m_lastError))
        return false;
    emit messageChanged(message->sessionId, id, MessageChange::Metadata);
    return true;
}

bool MessageStore::attachImages(qint64 id, const QList<MessageImage> &images)
{
    auto message = get(id);
    if (!message || !m_database->transaction([&] { return writeImages(id, images); }))
        return false;
    if (Message *streaming = m_streaming.find(id)) {
        for (const MessageImage &image : images)
            streaming->images << image;
    }
    emit messageChanged(message->sessionId, id, MessageChange::Images);
    return true;
}

} // namespace confab

#pragma once

#include "domain/Message.h"
#include "store/StreamingBuffer.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPair>

#include <optional>

namespace confab {

class Database;
class ImageStore;
class SessionStore;

enum class MessageChange
{
    Content = 0x1,
    Status = 0x2,
    Metadata = 0x4,
    Images = 0x8,
    Reasoning = 0x10,
};
Q_DECLARE_FLAGS(MessageChanges, MessageChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageChanges)

struct NewMessage
{
    qint64 sessionId = 0;
    MessageRole role = MessageRole::User;
    QString content;
    ContentType contentType = ContentType::Text;
    MessageStatus status = MessageStatus::Completed;
    MessageMetadata metadata;
    QList<MessageImage> images;
    QList<AttachedDocument> documents;
    QString reasoning;
    QJsonArray reasoningDetails;
    // Left invalid for "now"; set by imports to keep the original time.
    QDateTime createdAt;
    // Unset: after the last message of the branch on screen. 0: a new first message. The new message becomes
    // the selected version among its siblings.
    std::optional<qint64> parentId;
};

// What removing one message took away, so the removal can be undone.
struct RemovedMessage
{
    Message message;
    bool selected = true;
    // The selection among its siblings and among its children before the removal.
    QList<QPair<qint64, bool>> siblings;
    QList<QPair<qint64, bool>> children;
    QList<qint64> generations;
};

// Messages of all sessions. While an answer streams, its text lives in the StreamingBuffer and every token
// is announced at once; the buffer writes it at most every flush interval and this store on every status
// change, so a kill loses at most the last moment of text and the caller never waits on the disk per token.
class MessageStore : public QObject
{
    Q_OBJECT

public:
    MessageStore(Database *database, SessionStore *sessions, ImageStore *images, QObject *parent = nullptr);
    ~MessageStore() override;

    std::optional<Message> create(const NewMessage &message);
    std::optional<Message> get(qint64 id) const;
    // Up to `limit` messages of the session's visible branch before `beforeId` (0: from its end), oldest
    // first. Given a message on another branch, the page follows that message's own ancestors.
    QList<Message> page(qint64 sessionId, qint64 beforeId, int limit) const;
    // Up to `limit` messages of a session newer than `afterId`, every branch, oldest first: a whole session
    // page by page, for export.
    QList<Message> pageAfter(qint64 sessionId, qint64 afterId, int limit) const;
    bool hasOlder(qint64 sessionId, qint64 beforeId) const;
    // The visible branch from `topId` down to its end, oldest first; it starts elsewhere when `topId` is not
    // on the branch.
    QList<Message> visibleFrom(qint64 sessionId, qint64 topId) const;
    // The reply shown below a message, if any.
    std::optional<Message> selectedReply(qint64 messageId) const;
    // The versions of a message (it and its siblings), oldest first.
    QList<qint64> versions(qint64 messageId) const;
    // Shows the branch through this message: it becomes the selected version among its siblings.
    bool selectBranch(qint64 messageId);
    // Shows a message wherever it is: it and each of its ancestors become the selected versions.
    bool showBranchOf(qint64 messageId);
    int count(qint64 sessionId) const;
    // Whether the message belongs to the session (for jumping to a search hit).
    bool belongsTo(qint64 messageId, qint64 sessionId) const;

    bool beginStreaming(qint64 id);
    bool appendContent(qint64 id, const QString &delta);
    // Reasoning streams like content: kept in memory, written with the next flush.
    bool appendReasoning(qint64 id, const QString &delta);
    bool setReasoningDetails(qint64 id, const QJsonArray &details);
    bool setProgress(qint64 id, const QString &progress);
    bool finish(qint64 id, const MessageMetadata &metadata);
    // Marks the answer failed with `error`, keeping its partial text and metadata.
    bool fail(qint64 id, const QString &error);
    // Ends a running answer with a status other than Completed, keeping what arrived.
    bool end(qint64 id, MessageStatus status, const QString &error);
    bool stop(qint64 id) { return end(id, MessageStatus::Stopped, {}); }
    // Empties a failed or finished answer and sets it pending again, for Retry and Regenerate.
    bool resetForRetry(qint64 id);
    // Sets a stopped answer running again with its text kept, for Continue.
    bool resume(qint64 id);
    bool updateMetadata(qint64 id, const MessageMetadata &metadata);
    bool attachImages(qint64 id, const QList<MessageImage> &images);
    // Removes one message; its replies move up to its parent. The result restores it; release() then frees
    // image files nothing else uses once undo is no longer offered.
    std::optional<RemovedMessage> detach(qint64 id);
    bool restore(const RemovedMessage &removed);
    void release(const RemovedMessage &removed);
    bool remove(qint64 id);

    // Writes buffered streaming text now.
    bool flush();
    void setFlushInterval(int ms) { m_streaming.setFlushInterval(ms); }
    bool isStreaming(qint64 id) const { return m_streaming.contains(id); }

    QString lastError() const { return m_lastError; }

signals:
    void messageAdded(qint64 sessionId, qint64 messageId);
    void messageChanged(qint64 sessionId, qint64 messageId, confab::MessageChanges changes);
    void messageRemoved(qint64 sessionId, qint64 messageId);
    // Which branch is on screen changed (a flip, a new version, a removal): views load it again.
    void branchChanged(qint64 sessionId);

private:
    std::optional<Message> load(qint64 id) const;
    QList<Message> loadChain(const QList<qint64> &newestFirst) const;
    void loadAttachments(QList<Message> &messages) const;
    bool writeImages(qint64 id, const QList<MessageImage> &images);
    // MessageDocuments.cpp
    void loadDocuments(QList<Message> &messages) const;
    bool writeDocuments(qint64 id, const QList<AttachedDocument> &documents);
    bool writeFinal(const Message &message);
    // The in-memory copy of an answer being written, starting its stream if this is the first write.
    Message *streaming(qint64 id);

    Database *m_database;
    SessionStore *m_sessions;
    ImageStore *m_images;
    StreamingBuffer m_streaming;
    mutable QString m_lastError;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::MessageChanges)

#pragma once

#include "domain/Citation.h"
#include "domain/ToolCallRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

enum class MessageRole
{
    User,
    Assistant,
    System
};
enum class ContentType
{
    Text,
    Image,
    Mixed
};
enum class MessageStatus
{
    Pending,
    Processing,
    Completed,
    Failed,
    Stopped,    // the user pressed Stop (or Ctrl+C): what arrived is kept and can be continued
    Interrupted // Confab died while the answer was running; found and marked at the next start
};
enum class ImageRole
{
    Input,
    Output
};

QString toString(MessageRole role);
QString toString(ContentType type);
QString toString(MessageStatus status);
QString toString(ImageRole role);
std::optional<MessageRole> messageRoleFromString(const QString &text);
std::optional<ContentType> contentTypeFromString(const QString &text);
std::optional<MessageStatus> messageStatusFromString(const QString &text);
std::optional<ImageRole> imageRoleFromString(const QString &text);
// Whether a message with this status has ended (however it ended); only ended messages are synced.
constexpr bool isFinished(MessageStatus status)
{
    return status != MessageStatus::Pending && status != MessageStatus::Processing;
}
// The stored names of those statuses, in the enum's order.
QStringList finishedStatusNames();

// Everything about an answer besides its text; kept as one JSON column so new fields need no migration.
struct MessageMetadata
{
    QString model;
    qint64 generationMs = 0;
    QString error;
    QString finishReason;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0; // part of completionTokens, when the provider reports it
    double costUsd = 0.0;
    // Live progress of a queued image job ("in queue, position 3"); cleared when the answer ends.
    QString progress;
    // How the answer was asked for (the generation mode and its options), so Retry runs the same request.
    QString mode;
    QJsonObject request;
    // The web pages the answer cites, numbered in this order, and how many searches it took (each is billed).
    QList<Citation> citations;
    qint64 webSearches = 0;
    // The MCP tools called while writing the answer, in the order the model asked for them.
    QList<ToolCallRecord> toolCalls;

    QJsonObject toJson() const;
    static MessageMetadata fromJson(const QJsonObject &json);

    bool operator==(const MessageMetadata &) const = default;
};

struct MessageImage
{
    QString hash;
    ImageRole role = ImageRole::Output;
    int width = 0;
    int height = 0;
    QString mime;
    int position = 0;

    bool operator==(const MessageImage &) const = default;
};

// A document that went with a question (a PDF, text or source file), kept once by the SHA-256 of its bytes
// in the document store; the name is the file's name as the user attached it.
struct AttachedDocument
{
    QString hash;
    QString name;
    QString mime;
    qint64 size = 0;
    int pages = -1; // PDFs, when it could be told
    int position = 0;

    bool isPdf() const { return mime == QLatin1String("application/pdf"); }
    bool operator==(const AttachedDocument &) const = default;
};

struct Message
{
    qint64 id = 0;
    qint64 sessionId = 0;
    MessageRole role = MessageRole::User;
    QString content;
    ContentType contentType = ContentType::Text;
    MessageStatus status = MessageStatus::Pending;
    QDateTime createdAt;
    MessageMetadata metadata;
    QList<MessageImage> images;
    QList<AttachedDocument> documents;
    // The model's thinking before its answer: readable text, and the structured entries (some encrypted) that
    // must go back to the model unchanged.
    QString reasoning;
    QJsonArray reasoningDetails;
    // Where the message sits in the session's tree: its parent (0 for a first message) and, among the
    // versions sharing that parent, which one it is (0-based) and how many there are.
    qint64 parentId = 0;
    int branchIndex = 0;
    int branchCount = 1;
    // Whether this is the version shown among its siblings.
    bool selected = true;

    bool isFinished() const { return confab::isFinished(status); }

    bool operator==(const Message &) const = default;
};

// Before schema 3, a stopped or interrupted answer was `failed` with the error text "stopped" or
// "interrupted"; older exports still say so. This gives such a message its real status.
void upgradeLegacyStatus(Message &message);

} // namespace confab

Q_DECLARE_METATYPE(confab::Message)
Q_DECLARE_METATYPE(confab::MessageRole)
Q_DECLARE_METATYPE(confab::ContentType)
Q_DECLARE_METATYPE(confab::MessageStatus)
Q_DECLARE_METATYPE(confab::MessageImage)
Q_DECLARE_METATYPE(confab::AttachedDocument)

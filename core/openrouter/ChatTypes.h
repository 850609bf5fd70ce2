#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

struct ToolCall
{
    QString id;
    QString name;
    QString arguments; // JSON text exactly as the model wrote it

    bool operator==(const ToolCall &other) const = default;
};

// An image sent to a vision model: either a ready data URI or raw bytes with their MIME type.
struct ImagePart
{
    QString dataUri;
    QByteArray bytes;
    QString mime;

    QString toDataUri() const;
};

struct ChatMessage
{
    QString role; // system, user, assistant or tool
    QString text;
    QList<ImagePart> images;
    QList<ToolCall> toolCalls; // assistant messages that asked for tools
    QString toolCallId;        // tool results
    // An assistant turn's reasoning exactly as it arrived; thinking models reject the next tool round without
    // it.
    QJsonArray reasoningDetails;
};

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    QJsonArray tools; // OpenAI-style [{type:"function", function:{name, description, parameters}}]
    // Sent as max_completion_tokens; 0 picks DefaultMaxTokens: OpenRouter reserves credit for the model's
    // maximum otherwise.
    int maxTokens = 0;
    std::optional<double> temperature;
    std::optional<double> topP;
    QStringList modalities;  // e.g. {"image","text"} for image output
    QString reasoningEffort; // sent as reasoning.effort when not empty ("none" turns reasoning off)
    QString toolChoice;      // "none" ends a tool loop while still describing the tools
    // OpenRouter's sticky-routing key: the rounds of one tool conversation stay on the provider that made
    // the reasoning signatures they replay.
    QString sessionId;

    static constexpr int DefaultMaxTokens = 4096;
};

struct ChatResult
{
    QString text;
    QString reasoning;
    QJsonArray reasoningDetails;
    QString finishReason;
    QString generationId;
    QString model;
    QString provider;
    QList<ToolCall> toolCalls;
    int imageCount = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    int reasoningTokens = 0;
    std::optional<double> cost; // credits (USD) as reported in the usage chunk
    qint64 msToFirstByte = -1;
    qint64 totalMs = 0;
};

struct ChatError
{
    enum class Kind
    {
        Auth,
        Credits,
        RateLimited,
        BadRequest,
        Forbidden,
        Timeout,
        Network,
        Server,
        Dropped,
        Cancelled,
        MidStream,
        NotFound,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;     // safe to show: never contains the key
    QString partialText; // what arrived before the failure
    int retryAfterSeconds = 0;
    QString code;                  // the server's error code, as text (it may be a number or a string)
    QString errorType;             // OpenRouter's typed error_type ("not_found", "rate_limit_exceeded", …)
    QString availabilityCode;      // error.availability.code ("model_deprecated", "capacity_exhausted", …)
    QStringList fallbackModels;    // error.availability.fallback_models: suggested replacements
    std::optional<bool> retryable; // error.availability.retryable, when OpenRouter said
};

QString chatErrorKindName(ChatError::Kind kind);

} // namespace confab

Q_DECLARE_METATYPE(confab::ToolCall)
Q_DECLARE_METATYPE(confab::ChatResult)
Q_DECLARE_METATYPE(confab::ChatError)

#include "domain/Message.h"

#include <initializer_list>

namespace confab {
namespace {

template<typename Enum> std::optional<Enum> parse(const QString &text, std::initializer_list<Enum> values)
{
    for (Enum value : values) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(MessageRole role)
{
    switch (role) {
    case MessageRole::User:
        return QStringLiteral("user");
    case MessageRole::Assistant:
        return QStringLiteral("assistant");
    case MessageRole::System:
        return QStringLiteral("system");
    }
    return {};
}

QString toString(ContentType type)
{
    switch (type) {
    case ContentType::Text:
        return QStringLiteral("text");
    case ContentType::Image:
        return QStringLiteral("image");
    case ContentType::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString toString(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Pending:
        return QStringLiteral("pending");
    case MessageStatus::Processing:
        return QStringLiteral("processing");
    case MessageStatus::Completed:
        return QStringLiteral("completed");
    case MessageStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toString(ImageRole role)
{
    return role == ImageRole::Input ? QStringLiteral("input") : QStringLiteral("output");
}

std::optional<MessageRole> messageRoleFromString(const QString &text)
{
    return parse(text, {MessageRole::User, MessageRole::Assistant, MessageRole::System});
}

std::optional<ContentType> contentTypeFromString(const QString &text)
{
    return parse(text, {ContentType::Text, ContentType::Image, ContentType::Mixed});
}

std::optional<MessageStatus> messageStatusFromString(const QString &text)
{
    return parse(text, {MessageStatus::Pending, MessageStatus::Processing, MessageStatus::Completed,
                        MessageStatus::Failed});
}

std::optional<ImageRole> imageRoleFromString(const QString &text)
{
    return parse(text, {ImageRole::Input, ImageRole::Output});
}

QJsonObject MessageMetadata::toJson() const
{
    // Empty fields are left out so the column stays small on the many messages that have none.
    QJsonObject json;
    if (!model.isEmpty())
        json.insert(QStringLiteral("model"), model);
    if (generationMs != 0)
        json.insert(QStringLiteral("generation_ms"), generationMs);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!finishReason.isEmpty())
        json.insert(QStringLiteral("finish_reason"), finishReason);
    if (promptTokens != 0)
        json.insert(QStringLiteral("prompt_tokens"), promptTokens);
    if (completionTokens != 0)
        json.insert(QStringLiteral("completion_tokens"), completionTokens);
    if (reasoningTokens != 0)
        json.insert(QStringLiteral("reasoning_tokens"), reasoningTokens);
    if (costUsd != 0.0)
        json.insert(QStringLiteral("cost_usd"), costUsd);
    if (!progress.isEmpty())
        json.insert(QStringLiteral("progress"), progress);
    if (!mode.isEmpty())
        json.insert(QStringLiteral("mode"), mode);
    if (!request.isEmpty())
        json.insert(QStringLiteral("request"), request);
    return json;
}

MessageMetadata MessageMetadata::fromJson(const QJsonObject &json)
{
    MessageMetadata metadata;
    metadata.model = json.value(QStringLiteral("model")).toString();
    metadata.generationMs = json.value(QStringLiteral("generation_ms")).toInteger();
    metadata.error = json.value(QStringLiteral("error")).toString();
    metadata.finishReason = json.value(QStringLiteral("finish_reason")).toString();
    metadata.promptTokens = json.value(QStringLiteral("prompt_tokens")).toInteger();
    metadata.completionTokens = json.value(QStringLiteral("completion_tokens")).toInteger();
    metadata.reasoningTokens = json.value(QStringLiteral("reasoning_tokens")).toInteger();
    metadata.costUsd = json.value(QStringLiteral("cost_usd")).toDouble();
    metadata.progress = json.value(QStringLiteral("progress")).toString();
    metadata.mode = json.value(QStringLiteral("mode")).toString();
    metadata.request = json.value(QStringLiteral("request")).toObject();
    return metadata;
}

} // namespace confab

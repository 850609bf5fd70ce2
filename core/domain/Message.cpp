#include "domain/Message.h"

#include "domain/EnumNames.h"

namespace confab {
namespace {

constexpr std::array<EnumName<MessageRole>, 3> roleNames{{
    {MessageRole::User, QLatin1StringView("user")},
    {MessageRole::Assistant, QLatin1StringView("assistant")},
    {MessageRole::System, QLatin1StringView("system")},
}};
constexpr std::array<EnumName<ContentType>, 3> contentTypeNames{{
    {ContentType::Text, QLatin1StringView("text")},
    {ContentType::Image, QLatin1StringView("image")},
    {ContentType::Mixed, QLatin1StringView("mixed")},
}};
constexpr std::array<EnumName<MessageStatus>, 6> messageStatusNames{{
    {MessageStatus::Pending, QLatin1StringView("pending")},
    {MessageStatus::Processing, QLatin1StringView("processing")},
    {MessageStatus::Completed, QLatin1StringView("completed")},
    {MessageStatus::Failed, QLatin1StringView("failed")},
    {MessageStatus::Stopped, QLatin1StringView("stopped")},
    {MessageStatus::Interrupted, QLatin1StringView("interrupted")},
}};
constexpr std::array<EnumName<ImageRole>, 2> imageRoleNames{{
    {ImageRole::Input, QLatin1StringView("input")},
    {ImageRole::Output, QLatin1StringView("output")},
}};

} // namespace

QString toString(MessageRole role)
{
    return nameOf(roleNames, role);
}

QString toString(ContentType type)
{
    return nameOf(contentTypeNames, type);
}

QString toString(MessageStatus status)
{
    return nameOf(messageStatusNames, status);
}

QString toString(ImageRole role)
{
    return nameOf(imageRoleNames, role);
}

std::optional<MessageRole> messageRoleFromString(const QString &text)
{
    return valueOf(roleNames, text);
}

std::optional<ContentType> contentTypeFromString(const QString &text)
{
    return valueOf(contentTypeNames, text);
}

std::optional<MessageStatus> messageStatusFromString(const QString &text)
{
    return valueOf(messageStatusNames, text);
}

std::optional<ImageRole> imageRoleFromString(const QString &text)
{
    return valueOf(imageRoleNames, text);
}

QStringList finishedStatusNames()
{
    QStringList names;
    for (const EnumName<MessageStatus> &entry : messageStatusNames) {
        if (isFinished(entry.value))
            names << QString(entry.name);
    }
    return names;
}

void upgradeLegacyStatus(Message &message)
{
    if (message.status != MessageStatus::Failed)
        return;
    if (message.metadata.error == QLatin1String("stopped"))
        message.status = MessageStatus::Stopped;
    else if (message.metadata.error == QLatin1String("interrupted"))
        message.status = MessageStatus::Interrupted;
    else
        return;
    message.metadata.error.clear();
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
    if (!citations.isEmpty())
        json.insert(QStringLiteral("citations"), citationsToJson(citations));
    if (webSearches != 0)
        json.insert(QStringLiteral("web_searches"), webSearches);
    if (!toolCalls.isEmpty())
        json.insert(QStringLiteral("tool_calls"), toolCallsToJson(toolCalls));
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
    metadata.citations = citationsFromJson(json.value(QStringLiteral("citations")).toArray());
    metadata.webSearches = json.value(QStringLiteral("web_searches")).toInteger();
    metadata.toolCalls = toolCallsFromJson(json.value(QStringLiteral("tool_calls")).toArray());
    return metadata;
}

} // namespace confab

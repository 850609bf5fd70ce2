#include "ChatRequestBody.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

namespace {

QJsonValue messageContent(const ChatMessage &message)
{
    if (message.images.isEmpty())
        return message.text;
    // OpenRouter recommends the text part first, then the images.
    QJsonArray parts;
    if (!message.text.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), message.text}});
    for (const ImagePart &image : message.images)
        parts.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), image.toDataUri()}}}});
    return parts;
}

QJsonObject messageJson(const ChatMessage &message)
{
    QJsonObject json{{QStringLiteral("role"), message.role}};
    if (!message.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : message.toolCalls)
            calls.append(QJsonObject{
                {QStringLiteral("id"), call.id},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                         {QStringLiteral("arguments"), call.arguments}}}});
        json.insert(QStringLiteral("tool_calls"), calls);
        json.insert(QStringLiteral("content"),
                    message.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message.text));
    } else {
        json.insert(QStringLiteral("content"), messageContent(message));
    }
    if (!message.reasoningDetails.isEmpty())
        json.insert(QStringLiteral("reasoning_details"), message.reasoningDetails);
    if (!message.toolCallId.isEmpty())
        json.insert(QStringLiteral("tool_call_id"), message.toolCallId);
    return json;
}

} // namespace

QByteArray chatRequestBody(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(messageJson(message));

    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        // max_tokens is deprecated in OpenRouter's API reference in favour of max_completion_tokens.
        {QStringLiteral("max_completion_tokens"),
         request.maxTokens > 0 ? request.maxTokens : ChatRequest::DefaultMaxTokens},
    };
    if (!request.sessionId.isEmpty())
        body.insert(QStringLiteral("session_id"), request.sessionId);
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.tools.isEmpty())
        body.insert(QStringLiteral("tools"), request.tools);
    if (!request.toolChoice.isEmpty())
        body.insert(QStringLiteral("tool_choice"), request.toolChoice);
    if (!request.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning"),
                    QJsonObject{{QStringLiteral("effort"), request.reasoningEffort}});
    if (!request.modalities.isEmpty())
        body.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(request.modalities));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace confab

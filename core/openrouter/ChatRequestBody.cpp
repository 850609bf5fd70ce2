#include "ChatRequestBody.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace confab {

namespace {

bool isPdf(const FilePart &file)
{
    return file.mime == QLatin1String("application/pdf");
}

QJsonObject textPart(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

// OpenRouter's PDF input: a "file" part with the file name and the bytes as a data URL. Text documents go as
// text with their name around them, so the model can tell files apart and refer to them.
QJsonObject filePart(const FilePart &file)
{
    if (isPdf(file)) {
        const QString dataUrl =
            QStringLiteral("data:application/pdf;base64,") + QString::fromLatin1(file.bytes.toBase64());
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                           {QStringLiteral("file"), QJsonObject{{QStringLiteral("filename"), file.filename},
                                                                {QStringLiteral("file_data"), dataUrl}}}};
    }
    return textPart(QStringLiteral("<file name=\"%1\">\n%2\n</file>")
                        .arg(QString(file.filename).replace(u'"', u'\''), QString::fromUtf8(file.bytes)));
}

QJsonValue messageContent(const ChatMessage &message)
{
    if (message.images.isEmpty() && message.files.isEmpty())
        return message.text;
    // OpenRouter recommends the text part first, then the images (and its PDF guide puts files after it).
    QJsonArray parts;
    if (!message.text.isEmpty())
        parts.append(textPart(message.text));
    for (const FilePart &file : message.files)
        parts.append(filePart(file));
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
    QJsonArray tools = request.tools;
    // OpenRouter runs this tool itself (its web plugin and ":online" are deprecated); the model decides when
    // to search, and the pages come back as url_citation annotations.
    if (request.webSearchResults > 0)
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("openrouter:web_search")},
                                 {QStringLiteral("parameters"),
                                  QJsonObject{{QStringLiteral("max_results"), request.webSearchResults}}}});
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    if (!request.toolChoice.isEmpty())
        body.insert(QStringLiteral("tool_choice"), request.toolChoice);
    if (!request.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning"),
                    QJsonObject{{QStringLiteral("effort"), request.reasoningEffort}});
    const bool sendsPdf = std::any_of(request.messages.cbegin(), request.messages.cend(), [](const auto &m) {
        return std::any_of(m.files.cbegin(), m.files.cend(), isPdf);
    });
    if (sendsPdf && !request.pdfEngine.isEmpty())
        body.insert(QStringLiteral("plugins"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("file-parser")},
                                           {QStringLiteral("pdf"),
                                            QJsonObject{{QStringLiteral("engine"), request.pdfEngine}}}}});
    if (!request.modalities.isEmpty())
        body.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(request.modalities));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace confab

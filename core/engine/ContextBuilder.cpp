#include "ContextBuilder.h"

#include "engine/DocumentContext.h"
#include "openrouter/ModelCatalog.h"

#include <algorithm>

namespace confab {

ContextBuilder::ContextBuilder(const ModelInfo *model, int reservedForAnswer, ImageLoader loadImage)
    : m_model(model)
    , m_reserved(reservedForAnswer)
    , m_loadImage(std::move(loadImage))
{}

int ContextBuilder::estimateTokens(const QString &text)
{
    return static_cast<int>(text.size() / 4) + 4;
}

int ContextBuilder::budget() const
{
    const int window = m_model && m_model->contextLength > 0 ? m_model->contextLength : FallbackContextTokens;
    return std::max(window - m_reserved, window / 4);
}

bool ContextBuilder::belongsInContext(const Message &message)
{
    // Failed and unfinished answers are left out: a half answer or an error would mislead the model.
    if (message.role == MessageRole::Assistant)
        return message.status == MessageStatus::Completed &&
               (!message.content.isEmpty() || !message.images.isEmpty());
    return message.role == MessageRole::User;
}

QList<ChatMessage> ContextBuilder::replayToolCalls(const Message &message, ChatMessage &answer,
                                                   int *cost) const
{
    if (message.role != MessageRole::Assistant || message.metadata.toolCalls.isEmpty())
        return {};
    ChatMessage asked;
    asked.role = QStringLiteral("assistant");
    QList<ChatMessage> results;
    QStringList told;
    for (const ToolCallRecord &call : message.metadata.toolCalls) {
        if (!call.isFinished())
            continue;
        const QString result = call.textForModel();
        *cost += estimateTokens(result) + estimateTokens(call.arguments);
        if (!call.callId.isEmpty() && m_offeredTools.contains(call.functionName)) {
            asked.toolCalls << ToolCall{call.callId, call.functionName, call.arguments};
            ChatMessage answered;
            answered.role = QStringLiteral("tool");
            answered.toolCallId = call.callId;
            answered.text = result;
            results.prepend(answered);
            continue;
        }
        told << QStringLiteral("[I called the tool %1 of %2 with %3; it returned: %4]")
                    .arg(call.tool, call.server, call.arguments, result);
    }
    if (!told.isEmpty())
        answer.text = told.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + answer.text;
    if (asked.toolCalls.isEmpty())
        return {};
    return results << asked;
}

QList<ChatMessage> ContextBuilder::build(const QString &systemPrompt, const QList<Message> &history) const
{
    const bool vision = m_model && m_model->acceptsImages();
    int remaining = budget() - (systemPrompt.isEmpty() ? 0 : estimateTokens(systemPrompt));
    int imagesLeft = vision ? MaxImagesInContext : 0;

    QList<ChatMessage> newestFirst;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const Message &message = *it;
        const bool isPrompt = it == history.crbegin();
        if (!isPrompt && !belongsInContext(message))
            continue;

        ChatMessage chat;
        chat.role =
            message.role == MessageRole::Assistant ? QStringLiteral("assistant") : QStringLiteral("user");
        chat.text = message.content;
        int cost = estimateTokens(message.content);

        for (const AttachedDocument &document : message.documents) {
            FilePart part = m_loadDocument ? m_loadDocument(document) : FilePart{};
            if (part.bytes.isEmpty()) {
                chat.text += QStringLiteral("\n[document %1, no longer available]").arg(document.name);
                continue;
            }
            chat.files << part;
            cost += documentcontext::estimateTokens(document);
        }

        QList<MessageImage> images = message.images;
        std::sort(images.begin(), images.end(),
                  [](const MessageImage &a, const MessageImage &b) { return a.position < b.position; });
        QList<ImagePart> parts;
        for (const MessageImage &image : std::as_const(images)) {
            if (imagesLeft > 0 && m_loadImage) {
                ImagePart part = m_loadImage(image);
                if (!part.bytes.isEmpty() || !part.dataUri.isEmpty()) {
                    parts << part;
                    --imagesLeft;
                    cost += TokensPerImage;
                    continue;
                }
            }
            chat.text += QStringLiteral("\n[image %1×%2]").arg(image.width).arg(image.height);
        }
        // Vision models take images only from the user's side of the conversation: an assistant's pictures go
        // in a user turn right after it, so the model still sees what it made.
        if (!parts.isEmpty() && chat.role == QStringLiteral("assistant")) {
            ChatMessage shown;
            shown.role = QStringLiteral("user");
            shown.text = QStringLiteral("(The images from your previous answer.)");
            shown.images = parts;
            parts.clear();
            if (!isPrompt && cost > remaining)
                break;
            newestFirst << shown;
        }
        chat.images = parts;
        const QList<ChatMessage> calls = replayToolCalls(message, chat, &cost);

        if (!isPrompt && cost > remaining)
            break;
        remaining -= cost;
        newestFirst << chat << calls;
    }

    QList<ChatMessage> context;
    if (!systemPrompt.isEmpty())
        context << ChatMessage{QStringLiteral("system"), systemPrompt, {}, {}, {}, {}, {}};
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        context << *it;
    return context;
}

} // namespace confab

#include "models/MessageAccessibleText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace confab {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context both for lupdate and at run time, so the two always agree.
struct AccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(MessageAccessibleText)
};

QString author(const Message &message)
{
    switch (message.role) {
    case MessageRole::User:
        return AccessibleText::tr("You");
    case MessageRole::Assistant:
        return AccessibleText::tr("Assistant");
    case MessageRole::System:
        return AccessibleText::tr("System");
    }
    return {};
}

QString imagesSummary(const Message &message, const QString &prompt)
{
    const int count = int(message.images.size());
    if (count == 0)
        return {};
    if (message.role == MessageRole::Assistant && !prompt.isEmpty())
        return count == 1 ? AccessibleText::tr("1 picture of “%1”").arg(prompt)
                          : AccessibleText::tr("%1 pictures of “%2”").arg(count).arg(prompt);
    if (message.role == MessageRole::User)
        return count == 1 ? AccessibleText::tr("1 attached picture")
                          : AccessibleText::tr("%1 attached pictures").arg(count);
    return count == 1 ? AccessibleText::tr("1 picture") : AccessibleText::tr("%1 pictures").arg(count);
}

// The tool calls of an answer, one short clause each: which tool of which server, and how it went.
QString toolCallsSummary(const Message &message)
{
    QStringList calls;
    for (const ToolCallRecord &call : message.metadata.toolCalls) {
        QString state;
        switch (call.state) {
        case ToolCallRecord::State::Asking:
            state = AccessibleText::tr("waiting for your approval");
            break;
        case ToolCallRecord::State::Running:
            state = AccessibleText::tr("running");
            break;
        case ToolCallRecord::State::Done:
            state =
                call.isError ? AccessibleText::tr("the tool reported an error") : AccessibleText::tr("done");
            break;
        case ToolCallRecord::State::Failed:
            state = AccessibleText::tr("failed");
            break;
        case ToolCallRecord::State::Denied:
            state = AccessibleText::tr("denied");
            break;
        case ToolCallRecord::State::Cancelled:
            state = AccessibleText::tr("stopped");
            break;
        }
        calls << AccessibleText::tr("tool %1 of %2, %3").arg(call.tool, call.server, state);
    }
    return calls.join(QStringLiteral("; "));
}

} // namespace

QString accessibleStatus(const Message &message)
{
    if (!message.isFinished())
        return message.status == MessageStatus::Pending ? AccessibleText::tr("waiting")
                                                        : AccessibleText::tr("streaming");
    switch (message.status) {
    case MessageStatus::Failed:
        return AccessibleText::tr("failed");
    case MessageStatus::Stopped:
        return AccessibleText::tr("stopped");
    case MessageStatus::Interrupted:
        return AccessibleText::tr("interrupted");
    default:
        return AccessibleText::tr("completed");
    }
}

QString accessibleName(const Message &message, const QString &prompt)
{
    QStringList head{author(message)};
    if (message.createdAt.isValid())
        head << QLocale().toString(message.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    // A prompt is always complete; saying so on every one of them would only be noise.
    if (message.role != MessageRole::User)
        head << accessibleStatus(message);
    QStringList body;
    if (const QString tools = toolCallsSummary(message); !tools.isEmpty())
        body << tools;
    if (!message.content.isEmpty())
        body << message.content;
    if (const QString images = imagesSummary(message, prompt); !images.isEmpty())
        body << images;
    if (body.isEmpty())
        return head.join(QStringLiteral(", "));
    return head.join(QStringLiteral(", ")) + QStringLiteral(": ") + body.join(QStringLiteral(". "));
}

QString accessibleDescription(const Message &message, const QString &prompt)
{
    QStringList parts;
    const MessageMetadata &meta = message.metadata;
    if (message.status == MessageStatus::Failed && !meta.error.isEmpty())
        parts << AccessibleText::tr("Error: %1").arg(meta.error);
    if (!meta.progress.isEmpty() && !message.isFinished())
        parts << meta.progress;
    if (!meta.model.isEmpty())
        parts << AccessibleText::tr("Model %1").arg(meta.model);
    if (meta.generationMs > 0)
        parts << AccessibleText::tr("took %1 seconds").arg(double(meta.generationMs) / 1000.0, 0, 'f', 1);
    if (const qint64 tokens = meta.promptTokens + meta.completionTokens; tokens > 0)
        parts << AccessibleText::tr("%1 tokens").arg(tokens);
    if (meta.costUsd > 0)
        parts << AccessibleText::tr("cost $%1").arg(meta.costUsd, 0, 'f', meta.costUsd < 0.01 ? 4 : 2);
    if (!message.images.isEmpty()) {
        QStringList images;
        for (const MessageImage &image : message.images)
            images << AccessibleText::tr("%1 by %2 %3")
                          .arg(image.width)
                          .arg(image.height)
                          .arg(image.mime.section(QLatin1Char('/'), -1).toUpper());
        parts << (message.role == MessageRole::Assistant && !prompt.isEmpty()
                      ? AccessibleText::tr("Pictures of “%1”: %2")
                            .arg(prompt, images.join(QStringLiteral(", ")))
                      : AccessibleText::tr("Pictures: %1").arg(images.join(QStringLiteral(", "))));
    }
    if (!message.images.isEmpty())
        parts << AccessibleText::tr("Press Enter to view the picture");
    if (!meta.toolCalls.isEmpty())
        parts << AccessibleText::tr("Press U to show or hide the tool calls");
    return parts.join(QStringLiteral("; "));
}

} // namespace confab

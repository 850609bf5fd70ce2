#include "chat/MessageStatusText.h"

#include "common/Translations.h"
#include "engine/AnswerLength.h"
#include "limits/LimitText.h"

#include <QCoreApplication>
#include <QLocale>

namespace confab::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context both for lupdate and at run time, so the two always agree.
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(confab::ui::MessageDelegate)
};

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(displayLocale().toString(ms));
    return QStringLiteral("%1 s").arg(displayLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

bool isAnswerStreaming(const Message &message)
{
    return message.role == MessageRole::Assistant &&
           (message.status == MessageStatus::Pending || message.status == MessageStatus::Processing);
}

QString messageErrorText(const Message &message)
{
    switch (message.status) {
    case MessageStatus::Stopped:
        return StatusText::tr("Stopped");
    case MessageStatus::Interrupted:
        return StatusText::tr("⚠ Interrupted: Confab closed before this answer was complete");
    case MessageStatus::Failed:
        return message.metadata.error.isEmpty() ? StatusText::tr("The answer failed")
                                                : message.metadata.error;
    case MessageStatus::Completed:
        if (stoppedAtLengthLimit(message))
            return StatusText::tr("⚠ Cut off: the answer reached its length limit of %1 tokens")
                .arg(displayLocale().toString(message.metadata.completionTokens));
        break;
    case MessageStatus::Pending:
    case MessageStatus::Processing:
        break;
    }
    return {};
}

QString messageStatusText(const Message &message)
{
    QStringList parts;
    if (isAnswerStreaming(message)) {
        if (!message.metadata.progress.isEmpty())
            parts << message.metadata.progress;
        else
            parts << (message.status == MessageStatus::Pending ? StatusText::tr("Waiting")
                                                               : StatusText::tr("Writing"));
        return parts.join(QStringLiteral(" · "));
    }
    if (message.role == MessageRole::Assistant) {
        if (!message.metadata.model.isEmpty())
            parts << message.metadata.model;
        if (message.metadata.generationMs > 0)
            parts << formatDuration(message.metadata.generationMs);
        const qint64 tokens = message.metadata.promptTokens + message.metadata.completionTokens;
        if (tokens > 0)
            parts << StatusText::tr("%Ln token(s)", nullptr, int(qMin<qint64>(tokens, INT_MAX)));
        if (message.metadata.costUsd > 0)
            parts << formatUsd(message.metadata.costUsd, message.metadata.costUsd < 0.01 ? 4 : 2);
    }
    if (message.createdAt.isValid())
        parts << displayLocale().toString(message.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    return parts.join(QStringLiteral(" · "));
}

} // namespace confab::ui

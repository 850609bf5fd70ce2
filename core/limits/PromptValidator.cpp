#include "limits/PromptValidator.h"

#include "limits/LimitText.h"

namespace confab {

PromptValidator::PromptValidator(PromptLimits limits)
    : m_limits(limits)
{}

Validation PromptValidator::checkPrompt(const QString &prompt) const
{
    if (prompt.trimmed().isEmpty())
        return {false, QStringLiteral("Type a message first.")};
    const qsizetype length = characterCount(prompt);
    if (length > m_limits.maxPromptLength) {
        return {false, QStringLiteral("This prompt is ") + formatCount(length) +
                           QStringLiteral(" characters; the limit is ") +
                           formatCount(m_limits.maxPromptLength) + QLatin1Char('.')};
    }
    return {};
}

Validation PromptValidator::checkImageCount(int count) const
{
    if (count > m_limits.maxInputImages) {
        return {false, QStringLiteral("This message has ") + formatCount(count) +
                           QStringLiteral(" images; the limit is ") + formatCount(m_limits.maxInputImages) +
                           QStringLiteral(". Remove some and send again.")};
    }
    return {};
}

PreparedImage PromptValidator::prepareImage(const QString &path) const
{
    return prepareImageFile(path, m_limits.maxImageUploadBytes);
}

qsizetype PromptValidator::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace confab

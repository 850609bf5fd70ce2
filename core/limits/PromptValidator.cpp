#include "limits/PromptValidator.h"

#include "limits/LimitText.h"

#include <QCoreApplication>

namespace confab {

PromptValidator::PromptValidator(PromptLimits limits)
    : m_limits(limits)
{}

Validation PromptValidator::checkPrompt(const QString &prompt) const
{
    if (prompt.trimmed().isEmpty())
        return {false, QCoreApplication::translate("PromptValidator", "Type a message first.")};
    const qsizetype length = characterCount(prompt);
    if (length > m_limits.maxPromptLength) {
        return {false, QCoreApplication::translate("PromptValidator",
                                                   "This prompt is %1 characters; the limit is %2.")
                           .arg(formatCount(length), formatCount(m_limits.maxPromptLength))};
    }
    return {};
}

Validation PromptValidator::checkImageCount(int count) const
{
    if (count > m_limits.maxInputImages) {
        return {false, QCoreApplication::translate("PromptValidator",
                                                   "This message has %1 images; the limit is %2. Remove some "
                                                   "and send again.")
                           .arg(formatCount(count), formatCount(m_limits.maxInputImages))};
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

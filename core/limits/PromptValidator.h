#pragma once

#include "limits/ImagePreparation.h"

#include <QString>

namespace confab {

struct PromptLimits
{
    int maxPromptLength = 32000;
    int maxInputImages = 4;
    qint64 maxImageUploadBytes = 4 * 1024 * 1024;
};

struct Validation
{
    bool ok = true;
    // Empty when ok; otherwise the sentence shown next to the input.
    QString message;

    explicit operator bool() const { return ok; }
};

// Checks what the user is about to send before any request is made, with messages a person can act on.
class PromptValidator
{
public:
    explicit PromptValidator(PromptLimits limits = {});

    const PromptLimits &limits() const { return m_limits; }

    Validation checkPrompt(const QString &prompt) const;
    Validation checkImageCount(int count) const;
    // Heavy for large images: call it from a worker thread (it only touches its arguments).
    PreparedImage prepareImage(const QString &path) const;

    // Length as people count it: an emoji or other character outside the BMP is one, not two.
    static qsizetype characterCount(const QString &text);

private:
    PromptLimits m_limits;
};

} // namespace confab

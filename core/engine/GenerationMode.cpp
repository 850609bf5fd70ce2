#include "GenerationMode.h"

#include <QCoreApplication>

namespace confab {

QString toString(GenerationMode mode)
{
    switch (mode) {
    case GenerationMode::Text:
        return QStringLiteral("text");
    case GenerationMode::TextToImage:
        return QStringLiteral("text-to-image");
    case GenerationMode::ImageToImage:
        return QStringLiteral("image-to-image");
    case GenerationMode::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

std::optional<GenerationMode> generationModeFromString(const QString &text)
{
    for (GenerationMode mode : {GenerationMode::Text, GenerationMode::TextToImage,
                                GenerationMode::ImageToImage, GenerationMode::Auto}) {
        if (toString(mode) == text)
            return mode;
    }
    return std::nullopt;
}

QString displayName(GenerationMode mode)
{
    switch (mode) {
    case GenerationMode::Text:
        return QCoreApplication::translate("GenerationMode", "Text");
    case GenerationMode::TextToImage:
        return QCoreApplication::translate("GenerationMode", "Text → Image");
    case GenerationMode::ImageToImage:
        return QCoreApplication::translate("GenerationMode", "Image → Image");
    case GenerationMode::Auto:
        return QCoreApplication::translate("GenerationMode", "Auto");
    }
    return {};
}

} // namespace confab

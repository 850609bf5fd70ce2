#include "GenerationMode.h"

#include "domain/EnumNames.h"

#include <QCoreApplication>

namespace confab {

namespace {

constexpr std::array<EnumName<GenerationMode>, 4> modeNames{{
    {GenerationMode::Text, QLatin1StringView("text")},
    {GenerationMode::TextToImage, QLatin1StringView("text-to-image")},
    {GenerationMode::ImageToImage, QLatin1StringView("image-to-image")},
    {GenerationMode::Auto, QLatin1StringView("auto")},
}};

} // namespace

QString toString(GenerationMode mode)
{
    return nameOf(modeNames, mode);
}

std::optional<GenerationMode> generationModeFromString(const QString &text)
{
    return valueOf(modeNames, text);
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

#pragma once

#include <QString>

#include <optional>

namespace confab {

// What a turn asks for; one session may mix them (SPEC §2).
enum class GenerationMode
{
    Text,
    TextToImage,
    ImageToImage,
    Auto
};

QString toString(GenerationMode mode); // "text", "text-to-image", "image-to-image", "auto"
std::optional<GenerationMode> generationModeFromString(const QString &text);
QString displayName(GenerationMode mode); // "Text", "Text → Image", "Image → Image", "Auto"

} // namespace confab

#include "domain/Generation.h"

#include "domain/EnumNames.h"

namespace confab {

namespace {

constexpr std::array<EnumName<GenerationKind>, 4> kindNames{{
    {GenerationKind::Chat, QLatin1StringView("chat")},
    {GenerationKind::TextToImage, QLatin1StringView("text_to_image")},
    {GenerationKind::ImageEdit, QLatin1StringView("image_edit")},
    {GenerationKind::Title, QLatin1StringView("title")},
}};
constexpr std::array<EnumName<GenerationStatus>, 4> generationStatusNames{{
    {GenerationStatus::Running, QLatin1StringView("running")},
    {GenerationStatus::Succeeded, QLatin1StringView("succeeded")},
    {GenerationStatus::Failed, QLatin1StringView("failed")},
    {GenerationStatus::Cancelled, QLatin1StringView("cancelled")},
}};

} // namespace

QString toString(GenerationKind kind)
{
    return nameOf(kindNames, kind);
}

QString toString(GenerationStatus status)
{
    return nameOf(generationStatusNames, status);
}

std::optional<GenerationKind> generationKindFromString(const QString &text)
{
    return valueOf(kindNames, text);
}

std::optional<GenerationStatus> generationStatusFromString(const QString &text)
{
    return valueOf(generationStatusNames, text);
}

} // namespace confab

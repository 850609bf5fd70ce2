#include "domain/Generation.h"

namespace confab {

QString toString(GenerationKind kind)
{
    switch (kind) {
    case GenerationKind::Chat:
        return QStringLiteral("chat");
    case GenerationKind::TextToImage:
        return QStringLiteral("text_to_image");
    case GenerationKind::ImageEdit:
        return QStringLiteral("image_edit");
    case GenerationKind::Title:
        return QStringLiteral("title");
    }
    return {};
}

QString toString(GenerationStatus status)
{
    switch (status) {
    case GenerationStatus::Running:
        return QStringLiteral("running");
    case GenerationStatus::Succeeded:
        return QStringLiteral("succeeded");
    case GenerationStatus::Failed:
        return QStringLiteral("failed");
    case GenerationStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<GenerationKind> generationKindFromString(const QString &text)
{
    for (auto kind : {GenerationKind::Chat, GenerationKind::TextToImage, GenerationKind::ImageEdit,
                      GenerationKind::Title}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

std::optional<GenerationStatus> generationStatusFromString(const QString &text)
{
    for (auto status : {GenerationStatus::Running, GenerationStatus::Succeeded, GenerationStatus::Failed,
                        GenerationStatus::Cancelled}) {
        if (toString(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace confab

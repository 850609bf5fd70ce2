#include "ReasoningEffort.h"

#include "openrouter/ModelCatalog.h"

namespace confab {

QStringList reasoningEffortLevels()
{
    return {QString(), QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"),
            QStringLiteral("high")};
}

std::optional<QString> reasoningEffortFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word.isEmpty() || word == QLatin1String("default"))
        return QString();
    if (word == QLatin1String("off"))
        return QStringLiteral("none");
    if (reasoningEffortLevels().contains(word))
        return word;
    return std::nullopt;
}

QString reasoningEffortToSend(const QString &effort, const ModelInfo *model)
{
    if (effort.isEmpty() || !model)
        return effort;
    if (!model->supportsReasoning)
        return {};
    if (effort == QLatin1String("none") && model->reasoningMandatory)
        return {};
    return effort;
}

} // namespace confab

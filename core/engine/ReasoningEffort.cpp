#include "ReasoningEffort.h"

#include "openrouter/ModelCatalog.h"

namespace confab {

QStringList reasoningEffortLevels()
{
    // OpenRouter's ReasoningEffort values (API reference, OpenAPI schema ReasoningEffort).
    return {QString(),
            QStringLiteral("none"),
            QStringLiteral("minimal"),
            QStringLiteral("low"),
            QStringLiteral("medium"),
            QStringLiteral("high"),
            QStringLiteral("xhigh"),
            QStringLiteral("max")};
}

QStringList reasoningEffortsOffered(const ModelInfo *model)
{
    QStringList offered;
    for (const QString &level : reasoningEffortLevels()) {
        if (level.isEmpty())
            offered.append(level);
        else if (level == QLatin1String("none"))
            offered.append(model && model->reasoningMandatory ? QStringList() : QStringList{level});
        // No supported_efforts means no allowlist: every effort is accepted (ModelReasoning in the API
        // reference).
        else if (!model || model->supportedEfforts.isEmpty() || model->supportedEfforts.contains(level))
            offered.append(level);
    }
    return offered;
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
    if (!reasoningEffortsOffered(model).contains(effort))
        return {};
    return effort;
}

} // namespace confab

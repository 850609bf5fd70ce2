#include "domain/ChatParameters.h"

namespace confab {

QJsonObject ChatParameters::toJson() const
{
    QJsonObject json;
    if (!systemPrompt.isEmpty())
        json.insert(QStringLiteral("system_prompt"), systemPrompt);
    if (temperature)
        json.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        json.insert(QStringLiteral("top_p"), *topP);
    if (maxTokens)
        json.insert(QStringLiteral("max_tokens"), *maxTokens);
    return json;
}

ChatParameters ChatParameters::fromJson(const QJsonObject &json)
{
    ChatParameters parameters;
    parameters.systemPrompt = json.value(QStringLiteral("system_prompt")).toString();
    if (json.value(QStringLiteral("temperature")).isDouble())
        parameters.temperature = json.value(QStringLiteral("temperature")).toDouble();
    if (json.value(QStringLiteral("top_p")).isDouble())
        parameters.topP = json.value(QStringLiteral("top_p")).toDouble();
    if (json.value(QStringLiteral("max_tokens")).isDouble())
        parameters.maxTokens = json.value(QStringLiteral("max_tokens")).toInt();
    return parameters;
}

} // namespace confab

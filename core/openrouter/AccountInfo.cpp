#include "AccountInfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

namespace {

std::optional<double> optionalNumber(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

std::optional<QJsonObject> dataObject(const QByteArray &json)
{
    const QJsonValue data = QJsonDocument::fromJson(json).object().value(QStringLiteral("data"));
    if (!data.isObject())
        return std::nullopt;
    return data.toObject();
}

} // namespace

std::optional<KeyInfo> parseKeyInfo(const QByteArray &json)
{
    const std::optional<QJsonObject> data = dataObject(json);
    if (!data)
        return std::nullopt;
    KeyInfo info;
    info.label = data->value(QStringLiteral("label")).toString();
    info.limit = optionalNumber(*data, QStringLiteral("limit"));
    info.limitRemaining = optionalNumber(*data, QStringLiteral("limit_remaining"));
    if (!info.limitRemaining && info.limit)
        info.limitRemaining = *info.limit - data->value(QStringLiteral("usage")).toDouble();
    info.limitReset = data->value(QStringLiteral("limit_reset")).toString();
    info.usage = data->value(QStringLiteral("usage")).toDouble();
    info.isFreeTier = data->value(QStringLiteral("is_free_tier")).toBool();
    return info;
}

std::optional<GenerationStats> parseGenerationStats(const QByteArray &json)
{
    const std::optional<QJsonObject> data = dataObject(json);
    if (!data)
        return std::nullopt;
    GenerationStats stats;
    stats.id = data->value(QStringLiteral("id")).toString();
    stats.model = data->value(QStringLiteral("model")).toString();
    stats.provider = data->value(QStringLiteral("provider_name")).toString();
    stats.totalCost = optionalNumber(*data, QStringLiteral("total_cost"));
    stats.promptTokens = data->value(QStringLiteral("tokens_prompt")).toInt();
    stats.completionTokens = data->value(QStringLiteral("tokens_completion")).toInt();
    return stats;
}

} // namespace confab

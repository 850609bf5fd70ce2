#include "fal/FalQueueAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace confab::FalQueueAnswers {

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

FalStatusAnswer readStatus(const QJsonObject &status)
{
    FalStatusAnswer answer;
    answer.state = status.value(QLatin1String("status")).toString();
    // A submit answer may carry only its queue position; a position is only ever given while queued.
    if (answer.state.isEmpty() && status.value(QLatin1String("queue_position")).isDouble())
        answer.state = QStringLiteral("IN_QUEUE");
    answer.queuePosition = status.value(QLatin1String("queue_position")).toInt(0);
    for (const QJsonValue &entry : status.value(QLatin1String("logs")).toArray()) {
        const QJsonObject line = entry.toObject();
        const QString message = line.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            answer.logs.append(
                {line.value(QLatin1String("timestamp")).toString() + QLatin1Char('\n') + message, message});
    }
    const QJsonValue inference =
        status.value(QLatin1String("metrics")).toObject().value(QLatin1String("inference_time"));
    if (inference.isDouble())
        answer.inferenceSeconds = inference.toDouble();
    const QJsonValue error = status.value(QLatin1String("error"));
    answer.hasError = !error.isNull() && !error.isUndefined();
    return answer;
}

FalResultAnswer readResult(const QJsonObject &output)
{
    FalResultAnswer answer;
    const QJsonArray images = output.value(QLatin1String("images")).toArray();
    const QJsonArray nsfw = output.value(QLatin1String("has_nsfw_concepts")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i)
        answer.images.append(
            {images.at(i).toObject().value(QLatin1String("url")).toString(), nsfw.at(i).toBool(false)});
    // Seeds are integers; a number beyond qint64 is no seed, and converting it would be undefined behaviour.
    const QJsonValue seed = output.value(QLatin1String("seed"));
    if (seed.isDouble() && std::abs(seed.toDouble()) < 9.2e18)
        answer.seed = static_cast<qint64>(seed.toDouble());
    answer.description = output.value(QLatin1String("description")).toString();
    return answer;
}

} // namespace confab::FalQueueAnswers
